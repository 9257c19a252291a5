"""Reading study notebooks: entries, sessions, and each member's class hours against the target.

SQL filters and sums; the rows are frozen dataclasses, so the 学习笔记 page, the printed
notebook, the export and 工作台's reminder never hold ORM objects. RULES.md §3; what counts
toward the target is core/rules/study.py's rule, written once in Python and once in SQL here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, case, exists, func, not_, or_, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import AttendanceStatus, PostKind, Stage, StepOutcome, StudyForm
from branchdesk.core.models import (
    Attendance,
    Member,
    MemberPost,
    PipelineStep,
    StudyEntry,
    StudySession,
)
from branchdesk.core.models.meetings import MeetingGuest
from branchdesk.core.print_data.steps import STEP_ADMISSION
from branchdesk.core.queries import has_exited
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.reminders import Reminder
from branchdesk.core.rules.study import (
    COLLECTIVE_FORMS,
    WARN_FROM_MONTH,
    StudyFacts,
    counts_toward_target,
    study_reminders,
    yearly_target,
)

COMMITTEE_POSTS = tuple(kind for kind in PostKind if kind.is_committee)
ZERO = Decimal(0)


def year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def counts_sql() -> ColumnElement[bool]:
    """SQL condition: the entry counts toward the target (as rules.study.counts_toward_target)."""
    return or_(StudyEntry.session_id.isnot(None), StudyEntry.form.in_(sorted(COLLECTIVE_FORMS)))


@dataclass(frozen=True)
class EntryRow:
    """A notebook entry as the page, the printed notebook and the export show it."""

    id: int
    member_id: int
    member_name: str
    session_id: int | None  # set when a collective session made it
    studied_on: dt.date
    topic: str
    material: str
    form: StudyForm
    class_hours: Decimal
    notes: str
    reflections: str

    @property
    def counts(self) -> bool:
        """Collective study or training: counts toward the yearly target."""
        return counts_toward_target(self.form, self.session_id)


@dataclass(frozen=True)
class SessionRow:
    """A collective session with how many attendees it gave an entry."""

    id: int
    branch_id: int
    meeting_id: int | None
    held_on: dt.date
    topic: str
    material: str
    form: StudyForm
    class_hours: Decimal
    attendees: int


@dataclass(frozen=True)
class HoursRow:
    """One member's year: collective hours (those that count) and all hours, against the target."""

    member_id: int
    name: str
    branch_id: int
    is_committee: bool  # secretary or committee member at any time in the year
    collective_hours: Decimal
    total_hours: Decimal
    target: Decimal  # 32 or 56 (local rules); pro rata in the year of admission

    @property
    def behind(self) -> bool:
        return self.collective_hours < self.target

    @property
    def missing(self) -> Decimal:
        """Class hours still to study to reach the target (0 when reached)."""
        return max(ZERO, self.target - self.collective_hours)


def entry_select() -> Select[Any]:
    """The columns of an EntryRow, entries joined to their member (no filter, no order)."""
    return select(
        StudyEntry.id,
        StudyEntry.member_id,
        Member.name,
        StudyEntry.session_id,
        StudyEntry.studied_on,
        StudyEntry.topic,
        StudyEntry.material,
        StudyEntry.form,
        StudyEntry.class_hours,
        StudyEntry.notes,
        StudyEntry.reflections,
    ).join(Member, StudyEntry.member_id == Member.id)


def entry_rows(result: Iterable[Sequence[Any]]) -> list[EntryRow]:
    """EntryRows of the rows of an ``entry_select()``."""
    return [
        EntryRow(
            id=entry_id,
            member_id=member,
            member_name=name,
            session_id=session_id,
            studied_on=studied_on,
            topic=topic,
            material=material or "",
            form=form,
            class_hours=class_hours,
            notes=notes or "",
            reflections=reflections or "",
        )
        # Unpacked: a Row's attributes by name cost a third of the whole read here.
        for (
            entry_id,
            member,
            name,
            session_id,
            studied_on,
            topic,
            material,
            form,
            class_hours,
            notes,
            reflections,
        ) in result
    ]


def entries_for(
    session: Session,
    member_id: int | None = None,
    year: int | None = None,
    *,
    branch_id: int | None = None,
) -> list[EntryRow]:
    """Entries of one member or everyone, of one year or all, by date then name.

    Reads columns, not StudyEntry objects: everyone's entries of a year run to ten thousand
    and more, and reading them as objects took over twice as long (bench/run.py).
    """
    query = entry_select()
    if member_id is not None:
        query = query.where(StudyEntry.member_id == member_id)
    if year is not None:
        query = query.where(StudyEntry.studied_on.between(*year_bounds(year)))
    if branch_id is not None:
        query = query.where(Member.branch_id == branch_id)
    query = query.order_by(StudyEntry.studied_on, Member.name_pinyin, StudyEntry.id)
    return entry_rows(session.execute(query))


def sessions_for(
    session: Session, year: int | None = None, *, branch_id: int | None = None
) -> list[SessionRow]:
    """Collective sessions with their attendee counts, by date."""
    attendees = (
        select(func.count(StudyEntry.id))
        .where(StudyEntry.session_id == StudySession.id)
        .scalar_subquery()
    )
    query = select(StudySession, attendees).order_by(StudySession.held_on, StudySession.id)
    if year is not None:
        query = query.where(StudySession.held_on.between(*year_bounds(year)))
    if branch_id is not None:
        query = query.where(StudySession.branch_id == branch_id)
    return [
        SessionRow(
            id=row.id,
            branch_id=row.branch_id,
            meeting_id=row.meeting_id,
            held_on=row.held_on,
            topic=row.topic,
            material=row.material or "",
            form=row.form,
            class_hours=row.class_hours,
            attendees=count,
        )
        for row, count in session.execute(query)
    ]


def session_choices(
    session: Session, branch_id: int, year: int, *, also: Sequence[int] = ()
) -> list[tuple[int, str]]:
    """Who can attend a branch's session in ``year``: the members its tally lists then, and
    the stored attendees ``also`` names (someone who has left since stays ticked)."""
    listed = [(row.member_id, row.name) for row in hours_tally(session, year, branch_id)]
    known = {member_id for member_id, _name in listed}
    missing = [member_id for member_id in also if member_id not in known]
    if missing:
        names = session.execute(
            select(Member.id, Member.name).where(Member.id.in_(missing)).order_by(Member.id)
        )
        listed += [(row.id, row.name) for row in names]
    return listed


def meeting_attendee_ids(session: Session, meeting_id: int) -> list[int]:
    """Who attended a meeting (present or late, then guests on file): a session's attendees."""
    attended = [status for status in AttendanceStatus if status.attended]
    present = session.scalars(
        select(Attendance.member_id)
        .where(Attendance.meeting_id == meeting_id, Attendance.status.in_(attended))
        .order_by(Attendance.id)
    )
    guests = session.scalars(
        select(MeetingGuest.member_id)
        .where(MeetingGuest.meeting_id == meeting_id, MeetingGuest.member_id.isnot(None))
        .order_by(MeetingGuest.id)
    )
    return list(dict.fromkeys([*present, *(g for g in guests if g is not None)]))


def hours_tally(
    session: Session,
    year: int,
    branch_id: int | None = None,
    *,
    member_ids: Sequence[int] | None = None,
    rules: LocalRules | None = None,
) -> list[HoursRow]:
    """Each current Party member's class hours of ``year`` against their target, in one query.

    Current members: probationary and full, not exited (RULES.md §3 sets the target for
    members). Someone admitted after ``year`` is left out; admitted during it, the target is
    pro rata. ``member_ids`` restricts the rows (the printed notebook reads one).
    """
    if rules is None:
        from branchdesk.core.services.settings import load_settings

        rules = load_settings(session).rules
    start, end = year_bounds(year)
    sums = (
        select(
            StudyEntry.member_id,
            func.sum(case((counts_sql(), StudyEntry.class_hours), else_=None)).label("counted"),
            func.sum(StudyEntry.class_hours).label("total"),
        )
        .where(StudyEntry.studied_on.between(start, end))
        .group_by(StudyEntry.member_id)
        .subquery()
    )
    committee = exists().where(
        MemberPost.member_id == Member.id,
        MemberPost.kind.in_(COMMITTEE_POSTS),
        MemberPost.started_on <= end,
        or_(MemberPost.ended_on.is_(None), MemberPost.ended_on >= start),
    )
    admitted = (
        select(func.max(PipelineStep.done_on))
        .where(
            PipelineStep.member_id == Member.id,
            PipelineStep.step_no == STEP_ADMISSION,
            PipelineStep.outcome == StepOutcome.DONE,
        )
        .scalar_subquery()
    )
    query = (
        select(
            Member.id,
            Member.name,
            Member.branch_id,
            committee.label("committee"),
            admitted.label("admitted"),
            sums.c.counted,
            sums.c.total,
        )
        .outerjoin(sums, sums.c.member_id == Member.id)
        .where(Member.stage.in_((Stage.PROBATIONARY, Stage.FULL)), not_(has_exited()))
        .order_by(Member.branch_id, Member.name_pinyin, Member.id)
    )
    if branch_id is not None:
        query = query.where(Member.branch_id == branch_id)
    if member_ids is not None:
        query = query.where(Member.id.in_(member_ids))
    rows = []
    for row in session.execute(query):
        if row.admitted is not None and row.admitted > end:
            continue  # not yet a member that year
        rows.append(
            HoursRow(
                member_id=row.id,
                name=row.name,
                branch_id=row.branch_id,
                is_committee=bool(row.committee),
                collective_hours=row.counted or ZERO,
                total_hours=row.total or ZERO,
                target=yearly_target(
                    rules, year, committee=bool(row.committee), admitted_on=row.admitted
                ),
            )
        )
    return rows


def study_reminder_provider(
    session: Session, rules: LocalRules, today: dt.date
) -> Iterable[Reminder]:
    """工作台: members short of this year's target, from October (core/rules/study.py)."""
    if today.month < WARN_FROM_MONTH:
        return []  # nothing to read before the warnings start
    people = [
        StudyFacts(row.member_id, row.name, row.collective_hours, row.target)
        for row in hours_tally(session, today.year, rules=rules)
        if row.behind
    ]
    return list(study_reminders(people, rules, today))


__all__ = [
    "EntryRow",
    "HoursRow",
    "SessionRow",
    "counts_sql",
    "entries_for",
    "hours_tally",
    "meeting_attendee_ids",
    "sessions_for",
    "study_reminder_provider",
    "year_bounds",
]
