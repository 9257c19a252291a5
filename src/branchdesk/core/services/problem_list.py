"""The rectification ledger as a list: problems filtered and sorted in SQL, and their reminders.

已逾期 is computed in the query (``overdue_condition``), the same rule as
core/rules/rectification.is_overdue, so filtering by it never loads the whole ledger.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from branchdesk.core.enums import (
    InspectionKind,
    MeetingKind,
    ProblemSource,
    ProblemStatus,
    RectifyKind,
)
from branchdesk.core.models import (
    AttachmentLink,
    Branch,
    Evaluation,
    EvaluationRound,
    Inspection,
    Meeting,
    Member,
    Problem,
    ProgressNote,
)
from branchdesk.core.rules.ledger_reminders import ProblemFacts, problem_reminders
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.rectification import DUE_SOON_DAYS, OPEN_STATUSES
from branchdesk.core.rules.reminders import Reminder


class LinkKind(StrEnum):
    """What raised a problem besides its source."""

    INSPECTION = "inspection"
    MEETING = "meeting"  # usually a 组织生活会
    EVALUATION = "evaluation"  # a 民主评议


@dataclass(frozen=True)
class ProblemLink:
    """The record a problem was raised at; ``title`` is the inspection's scope, the meeting's
    title or the evaluated member's name; ``day`` its date (an evaluation's round date)."""

    kind: LinkKind
    id: int
    day: dt.date | None
    title: str
    inspection_kind: InspectionKind | None = None
    meeting_kind: MeetingKind | None = None
    year: int | None = None  # the evaluation's year


@dataclass(frozen=True)
class ProblemFilter:
    """What the ledger page filters on; None or "" means any."""

    year: int | None = None
    branch_id: int | None = None
    status: ProblemStatus | None = None
    overdue_only: bool = False  # 已逾期 (derived): open, not 长期坚持, deadline passed
    source: ProblemSource | None = None
    category: str | None = None
    responsible: str = ""  # part of 责任人 or 责任领导
    deadline_from: dt.date | None = None
    deadline_to: dt.date | None = None
    inspection_id: int | None = None
    text: str = ""  # part of 问题表现, 整改目标 or 整改措施


@dataclass(frozen=True)
class ProblemRow:
    """One line of the ledger with everything its table and printed form show."""

    id: int
    branch_id: int
    branch_name: str
    year: int
    sequence_no: int  # 序号
    found_on: dt.date
    source: ProblemSource
    category: str
    description: str
    target: str
    measures: str
    responsible_leader: str
    responsible_person: str
    responsible_member_id: int | None
    rectify_kind: RectifyKind
    deadline: dt.date | None
    status: ProblemStatus
    is_overdue: bool
    completed_on: dt.date | None
    reviewer: str
    review_opinion: str
    closed_on: dt.date | None
    link: ProblemLink | None
    progress_notes: int
    evidence: int


def overdue_condition(today: dt.date) -> ColumnElement[bool]:
    """SQL: 已逾期 on ``today`` (see core/rules/rectification.is_overdue)."""
    return and_(
        Problem.status.in_(OPEN_STATUSES),
        Problem.rectify_kind != RectifyKind.ONGOING,
        Problem.deadline.is_not(None),
        Problem.deadline < today,
    )


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _conditions(wanted: ProblemFilter, today: dt.date) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    equal = (
        (Problem.year, wanted.year),
        (Problem.branch_id, wanted.branch_id),
        (Problem.status, wanted.status),
        (Problem.source, wanted.source),
        (Problem.category, wanted.category),
        (Problem.inspection_id, wanted.inspection_id),
    )
    conditions += [column == value for column, value in equal if value is not None]
    if wanted.overdue_only:
        conditions.append(overdue_condition(today))
    if wanted.deadline_from is not None:
        conditions.append(Problem.deadline >= wanted.deadline_from)
    if wanted.deadline_to is not None:
        conditions.append(Problem.deadline <= wanted.deadline_to)
    if wanted.responsible.strip():
        pattern = _like(wanted.responsible.strip())
        conditions.append(
            or_(
                Problem.responsible_person.like(pattern, escape="\\"),
                Problem.responsible_leader.like(pattern, escape="\\"),
            )
        )
    if wanted.text.strip():
        pattern = _like(wanted.text.strip())
        conditions.append(
            or_(
                Problem.description.like(pattern, escape="\\"),
                Problem.target.like(pattern, escape="\\"),
                Problem.measures.like(pattern, escape="\\"),
            )
        )
    return conditions


def problem_rows(session: Session, filter: ProblemFilter, today: dt.date) -> list[ProblemRow]:
    """The problems ``filter`` selects, by year, branch and 序号, read in one statement (their
    links and the counts of notes and evidence joined)."""
    notes = (
        select(ProgressNote.problem_id.label("problem_id"), func.count().label("count"))
        .group_by(ProgressNote.problem_id)
        .subquery()
    )
    files = (
        select(AttachmentLink.problem_id.label("problem_id"), func.count().label("count"))
        .where(AttachmentLink.problem_id.is_not(None))
        .group_by(AttachmentLink.problem_id)
        .subquery()
    )
    evaluated = aliased(Member)
    overdue = case((overdue_condition(today), True), else_=False)
    query = (
        select(
            Problem,
            Branch.name,
            overdue.label("overdue"),
            Inspection.kind,
            Inspection.inspected_on,
            Inspection.scope,
            Meeting.kind,
            Meeting.starts_at,
            Meeting.title,
            evaluated.name,
            EvaluationRound.year,
            EvaluationRound.held_on,
            func.coalesce(notes.c.count, 0),
            func.coalesce(files.c.count, 0),
        )
        .join(Branch, Problem.branch_id == Branch.id)
        .outerjoin(Inspection, Problem.inspection_id == Inspection.id)
        .outerjoin(Meeting, Problem.meeting_id == Meeting.id)
        .outerjoin(Evaluation, Problem.evaluation_id == Evaluation.id)
        .outerjoin(EvaluationRound, Evaluation.round_id == EvaluationRound.id)
        .outerjoin(evaluated, Evaluation.member_id == evaluated.id)
        .outerjoin(notes, notes.c.problem_id == Problem.id)
        .outerjoin(files, files.c.problem_id == Problem.id)
        .where(*_conditions(filter, today))
        .order_by(Problem.year, Branch.position, Branch.id, Problem.sequence_no, Problem.id)
    )
    rows = []
    for (
        problem,
        branch_name,
        is_overdue,
        inspection_kind,
        inspected_on,
        scope,
        meeting_kind,
        starts_at,
        meeting_title,
        evaluated_name,
        evaluation_year,
        evaluation_day,
        note_count,
        evidence_count,
    ) in session.execute(query):
        link = None
        if problem.inspection_id is not None:
            link = ProblemLink(
                LinkKind.INSPECTION,
                problem.inspection_id,
                inspected_on,
                scope or "",
                inspection_kind=inspection_kind,
            )
        elif problem.meeting_id is not None:
            link = ProblemLink(
                LinkKind.MEETING,
                problem.meeting_id,
                starts_at.date() if starts_at else None,
                meeting_title or "",
                meeting_kind=meeting_kind,
            )
        elif problem.evaluation_id is not None:
            link = ProblemLink(
                LinkKind.EVALUATION,
                problem.evaluation_id,
                evaluation_day,
                evaluated_name or "",
                year=evaluation_year,
            )
        rows.append(
            ProblemRow(
                id=problem.id,
                branch_id=problem.branch_id,
                branch_name=branch_name,
                year=problem.year,
                sequence_no=problem.sequence_no,
                found_on=problem.found_on,
                source=problem.source,
                category=problem.category or "",
                description=problem.description,
                target=problem.target or "",
                measures=problem.measures or "",
                responsible_leader=problem.responsible_leader or "",
                responsible_person=problem.responsible_person or "",
                responsible_member_id=problem.responsible_member_id,
                rectify_kind=problem.rectify_kind,
                deadline=problem.deadline,
                status=problem.status,
                is_overdue=bool(is_overdue),
                completed_on=problem.completed_on,
                reviewer=problem.reviewer or "",
                review_opinion=problem.review_opinion or "",
                closed_on=problem.closed_on,
                link=link,
                progress_notes=note_count,
                evidence=evidence_count,
            )
        )
    return rows


def problem_link(
    session: Session,
    *,
    inspection_id: int | None = None,
    meeting_id: int | None = None,
    evaluation_id: int | None = None,
) -> ProblemLink | None:
    """What a problem (or a draft about to be raised) was raised at, as the ledger shows it;
    None without a link or when the record is gone."""
    if inspection_id is not None:
        inspection = session.execute(
            select(Inspection.kind, Inspection.inspected_on, Inspection.scope).where(
                Inspection.id == inspection_id
            )
        ).one_or_none()
        if inspection is None:
            return None
        return ProblemLink(
            LinkKind.INSPECTION,
            inspection_id,
            inspection.inspected_on,
            inspection.scope or "",
            inspection_kind=inspection.kind,
        )
    if meeting_id is not None:
        meeting = session.execute(
            select(Meeting.kind, Meeting.starts_at, Meeting.title).where(Meeting.id == meeting_id)
        ).one_or_none()
        if meeting is None:
            return None
        return ProblemLink(
            LinkKind.MEETING,
            meeting_id,
            meeting.starts_at.date(),
            meeting.title or "",
            meeting_kind=meeting.kind,
        )
    if evaluation_id is not None:
        evaluation = session.execute(
            select(Member.name, EvaluationRound.year, EvaluationRound.held_on)
            .select_from(Evaluation)
            .join(EvaluationRound, Evaluation.round_id == EvaluationRound.id)
            .join(Member, Evaluation.member_id == Member.id)
            .where(Evaluation.id == evaluation_id)
        ).one_or_none()
        if evaluation is None:
            return None
        return ProblemLink(
            LinkKind.EVALUATION,
            evaluation_id,
            evaluation.held_on,
            evaluation.name,
            year=evaluation.year,
        )
    return None


def problem_categories(session: Session, branch_id: int | None = None) -> list[str]:
    """The categories in use (类别), for a combo box: distinct, non-empty, sorted."""
    query = select(Problem.category).where(Problem.category != "").distinct()
    if branch_id is not None:
        query = query.where(Problem.branch_id == branch_id)
    return sorted(category for category in session.scalars(query) if category)


def problem_reminder_provider(
    session: Session, rules: LocalRules, today: dt.date
) -> Iterable[Reminder]:
    """工作台: each open problem past its deadline (overdue) or due within a week."""
    soon = today + dt.timedelta(days=DUE_SOON_DAYS)
    query = (
        select(
            Problem.id,
            Branch.name,
            Problem.year,
            Problem.sequence_no,
            Problem.description,
            Problem.status,
            Problem.rectify_kind,
            Problem.deadline,
        )
        .join(Branch, Problem.branch_id == Branch.id)
        .where(
            Problem.status.in_(OPEN_STATUSES),
            Problem.rectify_kind != RectifyKind.ONGOING,
            Problem.deadline <= soon,
        )
        .order_by(Problem.deadline, Problem.id)
    )
    facts = [ProblemFacts(*row) for row in session.execute(query)]
    return list(problem_reminders(facts, today))
