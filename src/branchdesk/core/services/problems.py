"""Problems of the rectification ledger (问题整改台账, RULES.md §4): raise, edit, progress, close.

The 检查整改 page, the 民主评议 service and the 组织生活会 call these; the caller owns the unit of
work (one transaction per user action). Writes go through the ORM, so the audit trail records
each change in the same transaction; every check runs before the first write, so a refused
change leaves nothing partial. What the status moves, deadlines and 销号 allow is decided in
core/rules/rectification.py; the ledger's list and reminders are in problem_list.py
(re-exported here).

序号 counts per branch and year (the year of 发现日期) from 1; a deleted problem leaves its gap
(the numbers may already be on paper), and a problem moved to another year gets the next
number there. A problem comes from one inspection, meeting or evaluation at most, of the same
branch.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import ProblemSource, ProblemStatus, RectifyKind
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
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
from branchdesk.core.rules.rectification import (
    check_day,
    check_editable,
    effective_deadline,
    is_overdue,
)
from branchdesk.core.services.problem_list import (
    LinkKind,
    ProblemFilter,
    ProblemLink,
    ProblemRow,
    problem_categories,
    problem_link,
    problem_reminder_provider,
    problem_rows,
)
from branchdesk.core.services.problem_progress import (
    CATEGORY_MAX,
    LEDGER_TEXT_MAX,
    NAME_MAX,
    ProgressNoteRow,
    add_progress_note,
    assign_changed,
    check_length,
    close_problem,
    complete_problem,
    delete_progress_note,
    error,
    evidence_owner,
    get_problem,
    list_evidence,
    progress_notes,
    reopen_problem,
    save_evidence,
    start_problem,
    update_progress_note,
)

__all__ = [
    "LinkKind",
    "ProblemDetail",
    "ProblemDraft",
    "ProblemFilter",
    "ProblemLink",
    "ProblemRow",
    "ProgressNoteRow",
    "add_progress_note",
    "close_problem",
    "complete_problem",
    "delete_problem",
    "delete_progress_note",
    "evidence_owner",
    "list_evidence",
    "next_sequence_no",
    "problem_categories",
    "problem_detail",
    "problem_draft",
    "problem_link",
    "problem_reminder_provider",
    "problem_rows",
    "progress_notes",
    "raise_problem",
    "reopen_problem",
    "save_evidence",
    "start_problem",
    "update_problem",
    "update_progress_note",
    "validate_problem",
]


@dataclass(frozen=True)
class ProblemDraft:
    """A problem as a form, an import or another record (民主评议, 组织生活会) states it."""

    source: ProblemSource
    found_on: dt.date | None
    description: str  # 问题表现
    rectify_kind: RectifyKind
    deadline: dt.date | None = None  # 时限; 立行立改 defaults to 7 days after found_on
    category: str = ""
    target: str = ""  # 整改目标
    measures: str = ""  # 整改措施
    responsible_leader: str = ""  # 责任领导
    responsible_person: str = ""  # 责任人; the member's name when only the member is chosen
    responsible_member_id: int | None = None
    inspection_id: int | None = None
    meeting_id: int | None = None
    evaluation_id: int | None = None


@dataclass(frozen=True)
class ProblemDetail:
    """A stored problem for its editor: the draft, where it stands, and its progress notes."""

    id: int
    branch_id: int
    year: int
    sequence_no: int
    draft: ProblemDraft
    status: ProblemStatus
    is_overdue: bool
    completed_on: dt.date | None
    reviewer: str
    review_opinion: str
    closed_on: dt.date | None
    notes: tuple[ProgressNoteRow, ...]  # by date
    link: ProblemLink | None = None  # what it was raised at


# validation --------------------------------------------------------------------------------


_LIMITS = (
    ("category", CATEGORY_MAX),
    ("description", LEDGER_TEXT_MAX),
    ("target", LEDGER_TEXT_MAX),
    ("measures", LEDGER_TEXT_MAX),
    ("responsible_leader", NAME_MAX),
    ("responsible_person", NAME_MAX),
)


def validate_problem(draft: ProblemDraft, *, today: dt.date) -> ProblemDraft:
    """Check a draft without the database; returns it trimmed, with its effective deadline.

    Raises ValidationError naming the field and the rule.
    """
    if not isinstance(draft.source, ProblemSource):
        raise error(
            "source",
            "source.required",
            QT_TRANSLATE_NOOP("Validation", "Please choose where the problem came from."),
        )
    if not isinstance(draft.rectify_kind, RectifyKind):
        raise error(
            "rectify_kind",
            "rectify_kind.required",
            QT_TRANSLATE_NOOP("Validation", "Please choose the kind of rectification."),
        )
    found_on = check_day("found_on", draft.found_on, today)
    texts = {name: getattr(draft, name).strip() for name, _ in _LIMITS}
    if not texts["description"]:
        raise error(
            "description",
            "description.required",
            QT_TRANSLATE_NOOP("Validation", "Please describe the problem."),
        )
    for name, limit in _LIMITS:
        check_length(name, texts[name], limit)
    deadline = effective_deadline(draft.rectify_kind, found_on, draft.deadline)
    links = [draft.inspection_id, draft.meeting_id, draft.evaluation_id]
    if sum(link is not None for link in links) > 1:
        field = "meeting_id" if draft.meeting_id is not None else "evaluation_id"
        raise error(
            field,
            "link.single",
            QT_TRANSLATE_NOOP(
                "Validation",
                "A problem comes from one inspection, meeting or evaluation at most.",
            ),
        )
    return replace(draft, deadline=deadline, **texts)


def _branch_of_link(session: Session, draft: ProblemDraft) -> tuple[str, int | None] | None:
    """(field, the linked record's branch id or None when missing), for the draft's link."""
    if draft.inspection_id is not None:
        found = session.scalar(
            select(Inspection.branch_id).where(Inspection.id == draft.inspection_id)
        )
        return "inspection_id", found
    if draft.meeting_id is not None:
        found = session.scalar(select(Meeting.branch_id).where(Meeting.id == draft.meeting_id))
        return "meeting_id", found
    if draft.evaluation_id is not None:
        found = session.scalar(
            select(EvaluationRound.branch_id)
            .join(Evaluation, Evaluation.round_id == EvaluationRound.id)
            .where(Evaluation.id == draft.evaluation_id)
        )
        return "evaluation_id", found
    return None


_LINK_MESSAGES = {
    "inspection_id": QT_TRANSLATE_NOOP(
        "Validation", "This inspection is not an inspection of the branch."
    ),
    "meeting_id": QT_TRANSLATE_NOOP("Validation", "This meeting is not a meeting of the branch."),
    "evaluation_id": QT_TRANSLATE_NOOP(
        "Validation", "This evaluation is not an evaluation of the branch."
    ),
}


def _check_refs(session: Session, branch_id: int, draft: ProblemDraft) -> ProblemDraft:
    """The branch, the link and the responsible member exist and belong together; returns the
    draft with the member's name as 责任人 when only the member was chosen."""
    if session.get(Branch, branch_id) is None:
        raise error(
            "branch_id",
            "branch.unknown",
            QT_TRANSLATE_NOOP("Validation", "Please choose the branch."),
        )
    link = _branch_of_link(session, draft)
    if link is not None and link[1] != branch_id:
        raise error(link[0], link[0].removesuffix("_id") + ".branch", _LINK_MESSAGES[link[0]])
    if draft.responsible_member_id is None:
        return draft
    member = session.execute(
        select(Member.branch_id, Member.name).where(Member.id == draft.responsible_member_id)
    ).one_or_none()
    if member is None or member.branch_id != branch_id:
        raise error(
            "responsible_member_id",
            "member.branch",
            QT_TRANSLATE_NOOP("Validation", "This member does not belong to the branch."),
        )
    if not draft.responsible_person:
        return replace(draft, responsible_person=member.name)
    return draft


# reading -----------------------------------------------------------------------------------


def next_sequence_no(
    session: Session, branch_id: int, year: int, *, exclude_id: int | None = None
) -> int:
    """The next 序号 of the branch's ledger in ``year``."""
    query = select(func.max(Problem.sequence_no)).where(
        Problem.branch_id == branch_id, Problem.year == year
    )
    if exclude_id is not None:
        query = query.where(Problem.id != exclude_id)
    return (session.scalar(query) or 0) + 1


def problem_draft(session: Session, problem_id: int) -> ProblemDraft:
    """A draft holding a stored problem, for editing it."""
    problem = get_problem(session, problem_id)
    return ProblemDraft(
        source=problem.source,
        found_on=problem.found_on,
        description=problem.description,
        rectify_kind=problem.rectify_kind,
        deadline=problem.deadline,
        category=problem.category or "",
        target=problem.target or "",
        measures=problem.measures or "",
        responsible_leader=problem.responsible_leader or "",
        responsible_person=problem.responsible_person or "",
        responsible_member_id=problem.responsible_member_id,
        inspection_id=problem.inspection_id,
        meeting_id=problem.meeting_id,
        evaluation_id=problem.evaluation_id,
    )


def problem_detail(session: Session, problem_id: int, *, today: dt.date) -> ProblemDetail:
    """Everything the problem's editor shows."""
    problem = get_problem(session, problem_id)
    return ProblemDetail(
        id=problem.id,
        branch_id=problem.branch_id,
        year=problem.year,
        sequence_no=problem.sequence_no,
        draft=problem_draft(session, problem_id),
        status=problem.status,
        is_overdue=is_overdue(problem.status, problem.rectify_kind, problem.deadline, today),
        completed_on=problem.completed_on,
        reviewer=problem.reviewer or "",
        review_opinion=problem.review_opinion or "",
        closed_on=problem.closed_on,
        notes=tuple(progress_notes(session, problem_id)),
        link=problem_link(
            session,
            inspection_id=problem.inspection_id,
            meeting_id=problem.meeting_id,
            evaluation_id=problem.evaluation_id,
        ),
    )


# writing -----------------------------------------------------------------------------------


def _values(draft: ProblemDraft) -> dict[str, object]:
    return {
        "source": draft.source,
        "found_on": draft.found_on,
        "description": draft.description,
        "rectify_kind": draft.rectify_kind,
        "deadline": draft.deadline,
        "category": draft.category,
        "target": draft.target,
        "measures": draft.measures,
        "responsible_leader": draft.responsible_leader,
        "responsible_person": draft.responsible_person,
        "responsible_member_id": draft.responsible_member_id,
        "inspection_id": draft.inspection_id,
        "meeting_id": draft.meeting_id,
        "evaluation_id": draft.evaluation_id,
    }


def raise_problem(session: Session, branch_id: int, draft: ProblemDraft, *, today: dt.date) -> int:
    """Validate and add a problem to the branch's ledger as 待整改 with the next 序号 of its
    year; returns its id. Raises ValidationError and writes nothing then."""
    clean = _check_refs(session, branch_id, validate_problem(draft, today=today))
    assert clean.found_on is not None  # validated
    year = clean.found_on.year
    problem = Problem(
        branch_id=branch_id,
        year=year,
        sequence_no=next_sequence_no(session, branch_id, year),
        status=ProblemStatus.PENDING,
        **_values(clean),
    )
    session.add(problem)
    session.flush()
    return problem.id


def update_problem(
    session: Session, problem_id: int, draft: ProblemDraft, *, today: dt.date
) -> None:
    """Overwrite a problem's facts (its status changes with start/complete/close/reopen).

    Refused for a closed problem; the dates already recorded (completion, progress notes)
    must not come before the new 发现日期.
    """
    problem = get_problem(session, problem_id)
    check_editable(problem.status)
    clean = _check_refs(session, problem.branch_id, validate_problem(draft, today=today))
    assert clean.found_on is not None  # validated
    earliest = session.scalar(
        select(func.min(ProgressNote.noted_on)).where(ProgressNote.problem_id == problem_id)
    )
    for recorded in (problem.completed_on, earliest):
        if recorded is not None and recorded < clean.found_on:
            raise error(
                "found_on",
                "found_on.after_progress",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Progress on this problem is recorded on {date}, before {found}.",
                ),
                date=recorded.isoformat(),
                found=clean.found_on.isoformat(),
            )
    values = _values(clean)
    if clean.found_on.year != problem.year:
        values["year"] = clean.found_on.year
        values["sequence_no"] = next_sequence_no(
            session, problem.branch_id, clean.found_on.year, exclude_id=problem_id
        )
    assign_changed(problem, values)
    session.flush()


def delete_problem(session: Session, problem_id: int) -> None:
    """Delete a problem recorded by mistake, with its progress notes and the links of its
    evidence (the audit trail keeps them all). A closed problem must be reopened first."""
    problem = get_problem(session, problem_id)
    check_editable(problem.status)
    for link in session.scalars(
        select(AttachmentLink).where(AttachmentLink.problem_id == problem_id)
    ):
        session.delete(link)  # through the ORM, so the trail records the links too
    session.delete(problem)  # its notes go with it (delete-orphan cascade), audited
    session.flush()
