"""Who takes part in organisational life: the facts behind the 6-month inactivity flag.

The 工作台 reminder (core.rules.inactivity) and the member list's "inactive" filter read the
same facts here, so both flag the same people.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, func, not_, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import AttendanceStatus, ChangeKind, OrgStatus, Stage
from branchdesk.core.models import Attendance, Meeting, Member, MembershipChange
from branchdesk.core.print_data.steps import STEP_ADMISSION, step_dates
from branchdesk.core.queries import has_exited
from branchdesk.core.rules.inactivity import INACTIVE_MONTHS, ActivityFacts, inactive_since
from branchdesk.core.rules.reminders import add_months

# Members abroad, flowing out or suspended are not expected at this branch's meetings.
EXPECTED_AT_MEETINGS = (OrgStatus.NORMAL, OrgStatus.FLOW_IN)


def current_members(session: Session) -> list[tuple[int, str, dt.date | None]]:
    """(id, name, birth date) of current Party members: probationary and full, not exited."""
    rows = session.execute(
        select(Member.id, Member.name, Member.birth_date).where(
            Member.stage.in_((Stage.PROBATIONARY, Stage.FULL)), not_(has_exited())
        )
    )
    return [(row.id, row.name, row.birth_date) for row in rows]


def admission_dates(session: Session) -> dict[int, dt.date]:
    """入党时间 (step 15) of each current Party member who has one on file."""
    current = select(Member.id).where(
        Member.stage.in_((Stage.PROBATIONARY, Stage.FULL)), not_(has_exited())
    )
    dates = step_dates(session, current, (STEP_ADMISSION,))
    return {member_id: steps[STEP_ADMISSION] for member_id, steps in dates.items()}


def activity_facts(session: Session, today: dt.date) -> list[ActivityFacts]:
    """For each current member expected at meetings: since when a member, last attendance."""
    last_attended = _last_attended(session, today)
    transferred_in = {
        member_id: day
        for member_id, day in session.execute(
            select(MembershipChange.member_id, func.max(MembershipChange.changed_on))
            .where(MembershipChange.kind == ChangeKind.TRANSFER_IN)
            .group_by(MembershipChange.member_id)
        )
    }
    expected = set(
        session.scalars(select(Member.id).where(Member.org_status.in_(EXPECTED_AT_MEETINGS)))
    )
    admitted = admission_dates(session)
    people = []
    for member_id, name, _birth in current_members(session):
        if member_id not in expected:
            continue
        since = max(
            (d for d in (admitted.get(member_id), transferred_in.get(member_id)) if d),
            default=None,
        )
        attended = last_attended.get(member_id)
        people.append(ActivityFacts(member_id, name, since, attended.date() if attended else None))
    return people


def _last_attended(session: Session, today: dt.date) -> dict[int, dt.datetime]:
    """Each member's last meeting attended (present or late), exactly.

    Most members attended something in the last six months; meetings since then are few and
    found by date, so their attendance is read through the (meeting, member) index instead of
    joining all attendance of ten years (0.3 s at school scale). Only the rest, who may be
    inactive, are looked up one by one through the member index."""
    cutoff = dt.datetime.combine(add_months(today, -INACTIVE_MONTHS), dt.time.min)
    recent_meetings = select(Meeting.id).where(Meeting.starts_at >= cutoff)
    last = _last_attended_where(session, Attendance.meeting_id.in_(recent_meetings))
    others = select(Member.id).where(not_(has_exited()), Member.id.not_in(list(last)))
    last.update(_last_attended_where(session, Attendance.member_id.in_(others)))
    return last


def _last_attended_where(
    session: Session, condition: ColumnElement[bool]
) -> dict[int, dt.datetime]:
    """member id → the start of the last meeting they attended, among the rows matching."""
    rows = session.execute(
        select(Attendance.member_id, func.max(Meeting.starts_at))
        .join(Meeting, Attendance.meeting_id == Meeting.id)
        .where(condition, Attendance.status.in_((AttendanceStatus.PRESENT, AttendanceStatus.LATE)))
        .group_by(Attendance.member_id)
    )
    return dict(rows.tuples().all())


def inactive_member_ids(session: Session, today: dt.date) -> set[int]:
    """Members with no organisational life for 6 months or more (RULES.md §7)."""
    return {
        p.member_id for p in activity_facts(session, today) if inactive_since(p, today) is not None
    }
