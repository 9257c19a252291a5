"""Gathers the facts each reminder provider needs and asks every provider what is due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from sqlalchemy import func, not_, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import AttendanceStatus, ChangeKind, OrgStatus, Stage
from branchdesk.core.models import (
    Attendance,
    BackupRecord,
    Branch,
    Meeting,
    Member,
    MembershipChange,
)
from branchdesk.core.print_data.steps import STEP_ADMISSION, step_dates
from branchdesk.core.queries import has_exited
from branchdesk.core.rules.backup_age import backup_age_reminders
from branchdesk.core.rules.care import CareFacts, care_reminders
from branchdesk.core.rules.committee import CommitteeFacts, committee_term_reminders
from branchdesk.core.rules.inactivity import ActivityFacts, inactivity_reminders
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.reminders import Reminder, by_urgency
from branchdesk.core.services.pipeline_facts import pipeline_reminder_provider
from branchdesk.core.services.settings import load_settings

# A provider reads its facts with the session and returns its reminders. Each record family's
# issue appends its own providers here.
Provider = Callable[[Session, LocalRules, dt.date], Iterable[Reminder]]


def _committee_terms(session: Session, rules: LocalRules, today: dt.date) -> Iterable[Reminder]:
    facts = [
        CommitteeFacts(b.id, b.name, b.committee_elected_on, b.committee_term_years)
        for b in session.scalars(select(Branch).order_by(Branch.position, Branch.id))
    ]
    return committee_term_reminders(facts, rules, today)


def _backup_age(session: Session, rules: LocalRules, today: dt.date) -> Iterable[Reminder]:
    last = session.scalar(select(func.max(BackupRecord.created_at)))
    has_records = bool(session.scalar(select(func.count()).select_from(Member)))
    return backup_age_reminders(last.date() if last else None, has_records, rules, today)


def _current_members(session: Session) -> list[tuple[int, str, dt.date | None]]:
    """(id, name, birth date) of current Party members: probationary and full, not exited."""
    rows = session.execute(
        select(Member.id, Member.name, Member.birth_date).where(
            Member.stage.in_((Stage.PROBATIONARY, Stage.FULL)), not_(has_exited())
        )
    )
    return [(row.id, row.name, row.birth_date) for row in rows]


def _admission_dates(session: Session) -> dict[int, dt.date]:
    current = select(Member.id).where(
        Member.stage.in_((Stage.PROBATIONARY, Stage.FULL)), not_(has_exited())
    )
    dates = step_dates(session, current, (STEP_ADMISSION,))
    return {member_id: steps[STEP_ADMISSION] for member_id, steps in dates.items()}


def _care(session: Session, rules: LocalRules, today: dt.date) -> Iterable[Reminder]:
    admitted = _admission_dates(session)
    people = [
        CareFacts(member_id, name, birth_date, admitted.get(member_id))
        for member_id, name, birth_date in _current_members(session)
    ]
    return care_reminders(people, today)


def _inactivity(session: Session, rules: LocalRules, today: dt.date) -> Iterable[Reminder]:
    last_attended = dict(
        session.execute(
            select(Attendance.member_id, func.max(Meeting.starts_at))
            .join(Meeting, Attendance.meeting_id == Meeting.id)
            .where(Attendance.status.in_((AttendanceStatus.PRESENT, AttendanceStatus.LATE)))
            .group_by(Attendance.member_id)
        ).all()
    )
    transferred_in = dict(
        session.execute(
            select(MembershipChange.member_id, func.max(MembershipChange.changed_on))
            .where(MembershipChange.kind == ChangeKind.TRANSFER_IN)
            .group_by(MembershipChange.member_id)
        ).all()
    )
    # Members abroad, flowing out or suspended are not expected at this branch's meetings.
    expected = set(
        session.scalars(
            select(Member.id).where(Member.org_status.in_((OrgStatus.NORMAL, OrgStatus.FLOW_IN)))
        )
    )
    admitted = _admission_dates(session)
    people = []
    for member_id, name, _birth in _current_members(session):
        if member_id not in expected:
            continue
        since = max(
            (d for d in (admitted.get(member_id), transferred_in.get(member_id)) if d),
            default=None,
        )
        attended = last_attended.get(member_id)
        people.append(ActivityFacts(member_id, name, since, attended.date() if attended else None))
    return inactivity_reminders(people, today)


PROVIDERS: list[Provider] = [
    _committee_terms,
    _backup_age,
    pipeline_reminder_provider,
    _care,
    _inactivity,
]


def collect_reminders(session: Session, today: dt.date) -> list[Reminder]:
    """Every reminder for ``today``, most urgent first."""
    rules = load_settings(session).rules
    reminders: list[Reminder] = []
    for provider in PROVIDERS:
        reminders.extend(provider(session, rules, today))
    return by_urgency(reminders)
