"""Democratic evaluation (民主评议党员, RULES.md §5): open a year's round, record each member.

A round is a branch's evaluation of a year. Opening it lists who is evaluated (the branch's
Party members of the year, see evaluation_list.eligible_condition); the clerk adds someone
who joined later or removes someone who should not be evaluated. Each member's evaluation
holds the self-summary (个人自评), the 党员互评 and 民主测评 votes per grade, the branch's
opinion and the grade the 支委会 or the 党员大会 settled.

A grade set or changed to 基本合格 or 不合格 opens an improvement item for the member in the
rectification ledger (RULES.md §4/§5), linked by ``evaluation_id``, in the same transaction
and exactly once: an evaluation that already has an item never gets a second one. Changing
the grade back to 合格 or 优秀 leaves the item where it is: it is the ledger's record that
the problem was raised, closed there (销号, with a reviewer) and never deleted from here.
Removing a member from a round, or deleting a round, keeps their items too (the link is
cleared, the description still names the member, the grade and the year).

The caller owns the unit of work; each write runs in a savepoint, so a refused change
leaves nothing behind. Reads are in evaluation_list.py (re-exported here).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import Grade, ProblemSource, RectifyKind
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import Branch, Evaluation, EvaluationRound, Meeting, Member, Problem
from branchdesk.core.rules.evaluation import (
    GRADED_BY,
    IMPROVEMENT_CATEGORY,
    IMPROVEMENT_MONTHS,
    VOTE_FIELDS,
    WEAK_GRADES,
    VoteTally,
    check_votes,
    improvement_text,
    one_third_finding,
)
from branchdesk.core.rules.pipeline_checks import RuleFinding
from branchdesk.core.rules.reminders import add_months
from branchdesk.core.services.evaluation_list import (
    MEMBER_STAGES,
    SORT_KEYS,
    EvaluationRow,
    RoundRow,
    eligible_member_ids,
    evaluation_rows,
    find_round,
    peer_voters,
    round_summary_of,
    rounds_for,
)

__all__ = [
    "SORT_KEYS",
    "EvaluationDraft",
    "EvaluationRow",
    "RoundDraft",
    "RoundRow",
    "add_member",
    "delete_round",
    "eligible_member_ids",
    "evaluation_draft",
    "evaluation_findings",
    "evaluation_rows",
    "find_round",
    "open_round",
    "record_evaluation",
    "remove_member",
    "round_draft",
    "round_summary_of",
    "rounds_for",
    "update_round",
    "validate_evaluation",
    "validate_round",
]

FIRST_YEAR = 1921  # no Party evaluation before the Party
NOTES_MAX = 10_000
SUMMARY_MAX = 20_000  # a self-summary of several pages still prints
OPINION_MAX = 5_000


@dataclass
class RoundDraft:
    """A round as its editor states it; branch and year are fixed once it is open."""

    branch_id: int
    year: int
    held_on: dt.date | None = None  # the 支委会/党员大会 that settled the grades
    meeting_id: int | None = None  # that meeting's minutes, a meeting of the same branch
    notes: str = ""


@dataclass
class EvaluationDraft:
    """One member's evaluation as its editor states it."""

    self_summary: str = ""
    peer: VoteTally = field(default_factory=VoteTally)  # 党员互评
    masses: VoteTally = field(default_factory=VoteTally)  # 民主测评 (群众)
    branch_opinion: str = ""
    grade: Grade | None = None
    graded_by: str = ""  # GRADED_BY: 支委会 or 党员大会; required with a grade


# --- validation -----------------------------------------------------------------------------


def _error(field: str, rule: str, message: str, **params: object) -> ValidationError:
    return ValidationError(field, rule, message, **params)


def _check_length(field: str, text: str, limit: int) -> None:
    if len(text) > limit:
        raise _error(
            field,
            "text.length",
            QT_TRANSLATE_NOOP("Validation", "This text is longer than {limit} characters."),
            limit=limit,
        )


def validate_round(draft: RoundDraft, *, today: dt.date) -> None:
    """Check a round without the database; trims its notes. Raises ValidationError."""
    if not FIRST_YEAR <= draft.year <= today.year:
        raise _error(
            "year",
            "year.range",
            QT_TRANSLATE_NOOP("Validation", "The year must be from {first} to {last}."),
            first=FIRST_YEAR,
            last=today.year,
        )
    if draft.held_on is not None:
        if draft.held_on > today:
            raise _error(
                "held_on",
                "date.future",
                QT_TRANSLATE_NOOP("Validation", "The date {date} is in the future."),
                date=draft.held_on.isoformat(),
            )
        # The evaluation of a year is held at its end or early in the next: never before it.
        if draft.held_on.year < draft.year:
            raise _error(
                "held_on",
                "held_on.before_year",
                QT_TRANSLATE_NOOP(
                    "Validation", "The evaluation of {year} cannot be held before {year}."
                ),
                year=draft.year,
            )
    draft.notes = draft.notes.strip()
    _check_length("notes", draft.notes, NOTES_MAX)


def _check_round_links(session: Session, draft: RoundDraft) -> None:
    """The branch exists; the meeting is one of its meetings (its date fills an empty held_on)."""
    if session.get(Branch, draft.branch_id) is None:
        raise _error(
            "branch_id",
            "branch.unknown",
            QT_TRANSLATE_NOOP("Validation", "Please choose the branch."),
        )
    if draft.meeting_id is None:
        return
    meeting = session.execute(
        select(Meeting.branch_id, Meeting.starts_at).where(Meeting.id == draft.meeting_id)
    ).one_or_none()
    if meeting is None or meeting.branch_id != draft.branch_id:
        raise _error(
            "meeting_id",
            "meeting.branch",
            QT_TRANSLATE_NOOP("Validation", "This meeting is not a meeting of the branch."),
        )
    if draft.held_on is None:
        draft.held_on = meeting.starts_at.date()


def validate_evaluation(draft: EvaluationDraft, *, peer_voters: int | None = None) -> None:
    """Check an evaluation without the database; trims its texts. Raises ValidationError."""
    draft.self_summary = draft.self_summary.strip()
    draft.branch_opinion = draft.branch_opinion.strip()
    draft.graded_by = draft.graded_by.strip()
    _check_length("self_summary", draft.self_summary, SUMMARY_MAX)
    check_votes(draft.peer, "peer", voters=peer_voters)
    check_votes(draft.masses, "masses")
    _check_length("branch_opinion", draft.branch_opinion, OPINION_MAX)
    if draft.graded_by and draft.graded_by not in GRADED_BY:
        raise _error(
            "graded_by",
            "graded_by.choice",
            QT_TRANSLATE_NOOP(
                "Validation", "The grade is settled by the branch committee or the assembly."
            ),
        )
    if draft.grade is not None and not draft.graded_by:
        raise _error(
            "graded_by",
            "graded_by.required",
            QT_TRANSLATE_NOOP(
                "Validation",
                "Please say who settled the grade: the branch committee or the assembly.",
            ),
        )


# --- rounds ---------------------------------------------------------------------------------


def _round(session: Session, round_id: int) -> EvaluationRound:
    row = session.get(EvaluationRound, round_id)
    if row is None:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP(
                "Errors", "This evaluation round is no longer on file; nothing was changed."
            )
        )
    return row


def open_round(session: Session, draft: RoundDraft, *, today: dt.date) -> int:
    """Open a branch's round of a year with everyone it evaluates; returns its id.

    Raises ValidationError (a round of that year already open: ``round.exists``).
    """
    validate_round(draft, today=today)
    _check_round_links(session, draft)
    if find_round(session, draft.branch_id, draft.year) is not None:
        raise _error(
            "year",
            "round.exists",
            QT_TRANSLATE_NOOP(
                "Validation", "The branch's democratic evaluation of {year} is already open."
            ),
            year=draft.year,
        )
    members = eligible_member_ids(session, draft.branch_id, draft.year, today=today)
    with session.begin_nested():
        row = EvaluationRound(
            branch_id=draft.branch_id,
            year=draft.year,
            held_on=draft.held_on,
            meeting_id=draft.meeting_id,
            notes=draft.notes,
        )
        row.evaluations = [Evaluation(member_id=member_id) for member_id in members]
        session.add(row)
        session.flush()
        return row.id


def update_round(session: Session, round_id: int, draft: RoundDraft, *, today: dt.date) -> None:
    """Store the round's date, meeting and notes; its branch and year stay as opened."""
    row = _round(session, round_id)
    validate_round(draft, today=today)
    if (draft.branch_id, draft.year) != (row.branch_id, row.year):
        raise _error(
            "year",
            "round.fixed",
            QT_TRANSLATE_NOOP(
                "Validation",
                "A round keeps its branch and year; delete it and open another instead.",
            ),
        )
    _check_round_links(session, draft)
    with session.begin_nested():
        _assign(
            row, {"held_on": draft.held_on, "meeting_id": draft.meeting_id, "notes": draft.notes}
        )
        session.flush()


def delete_round(session: Session, round_id: int) -> None:
    """Delete a round and its evaluations (the audit trail keeps them); the improvement items
    they opened stay in the ledger, unlinked."""
    row = _round(session, round_id)
    with session.begin_nested():
        for evaluation in row.evaluations:
            _unlink_problems(session, evaluation.id)
        session.delete(row)
        session.flush()


def round_draft(session: Session, round_id: int) -> RoundDraft:
    """A draft holding a round, for editing it."""
    row = _round(session, round_id)
    return RoundDraft(
        branch_id=row.branch_id,
        year=row.year,
        held_on=row.held_on,
        meeting_id=row.meeting_id,
        notes=row.notes or "",
    )


def add_member(session: Session, round_id: int, member_id: int) -> int:
    """Add a member of the round's branch (who joined later, or was left out); returns the
    new evaluation's id. Raises ValidationError for someone not a Party member of the branch
    or already in the round."""
    row = _round(session, round_id)
    member = session.get(Member, member_id)
    if member is None:
        raise _error(
            "member_id",
            "member.unknown",
            QT_TRANSLATE_NOOP("Validation", "There is no member with number {id}."),
            id=member_id,
        )
    if member.branch_id != row.branch_id:
        raise _error(
            "member_id",
            "member.branch",
            QT_TRANSLATE_NOOP("Validation", "{name} is not a member of this branch."),
            name=member.name,
        )
    if member.stage not in MEMBER_STAGES:
        # RULES.md §5 evaluates Party members; applicants and activists are assessed apart.
        raise _error(
            "member_id",
            "member.stage",
            QT_TRANSLATE_NOOP(
                "Validation",
                "{name} is not a Party member; only probationary and full members are evaluated.",
            ),
            name=member.name,
        )
    if any(evaluation.member_id == member_id for evaluation in row.evaluations):
        raise _error(
            "member_id",
            "member.in_round",
            QT_TRANSLATE_NOOP("Validation", "{name} is already in this evaluation."),
            name=member.name,
        )
    with session.begin_nested():
        evaluation = Evaluation(member_id=member_id)
        row.evaluations.append(evaluation)
        session.flush()
        return evaluation.id


def remove_member(session: Session, round_id: int, member_id: int) -> None:
    """Take a member out of the round with what was recorded for them (the audit trail keeps
    it); an improvement item their grade opened stays in the ledger, unlinked."""
    row = _round(session, round_id)
    evaluation = next((e for e in row.evaluations if e.member_id == member_id), None)
    if evaluation is None:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP(
                "Errors", "This member is not in the evaluation round; nothing was changed."
            )
        )
    with session.begin_nested():
        _unlink_problems(session, evaluation.id)
        row.evaluations.remove(evaluation)
        session.flush()


def _unlink_problems(session: Session, evaluation_id: int) -> None:
    # Through the ORM, not the foreign key's ON DELETE SET NULL: the trail records the change.
    for problem in session.scalars(select(Problem).where(Problem.evaluation_id == evaluation_id)):
        problem.evaluation_id = None


# --- one member's evaluation ----------------------------------------------------------------


def _evaluation(session: Session, evaluation_id: int) -> Evaluation:
    row = session.get(Evaluation, evaluation_id)
    if row is None:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP(
                "Errors", "This evaluation is no longer on file; nothing was changed."
            )
        )
    return row


def _round_size(session: Session, round_id: int) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(Evaluation).where(Evaluation.round_id == round_id)
        )
        or 0
    )


def _assign(target: object, values: dict[str, object]) -> None:
    """Set only what changed, so the audit trail lists real changes."""
    for name, value in values.items():
        if getattr(target, name) != value:
            setattr(target, name, value)


def _values(draft: EvaluationDraft) -> dict[str, object]:
    values: dict[str, object] = {
        "self_summary": draft.self_summary,
        "branch_opinion": draft.branch_opinion,
        "grade": draft.grade,
        "graded_by": draft.graded_by,
    }
    for name in VOTE_FIELDS:
        values[f"peer_{name}"] = getattr(draft.peer, name)
        values[f"masses_{name}"] = getattr(draft.masses, name)
    return values


def record_evaluation(
    session: Session, evaluation_id: int, draft: EvaluationDraft, *, today: dt.date
) -> int | None:
    """Validate and store one member's evaluation; returns the id of the improvement item
    opened in the ledger when the grade became 基本合格 or 不合格 (None otherwise).

    Peer votes count at most the round's other members. Raises ValidationError and writes
    nothing then.
    """
    evaluation = _evaluation(session, evaluation_id)
    voters = peer_voters(_round_size(session, evaluation.round_id))
    validate_evaluation(draft, peer_voters=voters)
    previous = evaluation.grade
    with session.begin_nested():
        _assign(evaluation, _values(draft))
        session.flush()
        if draft.grade in WEAK_GRADES and draft.grade != previous:
            return _open_improvement(session, evaluation, today=today)
    return None


def evaluation_draft(session: Session, evaluation_id: int) -> EvaluationDraft:
    """A draft holding a member's evaluation, for editing it."""
    row = _evaluation(session, evaluation_id)
    return EvaluationDraft(
        self_summary=row.self_summary or "",
        peer=VoteTally(*(getattr(row, f"peer_{name}") for name in VOTE_FIELDS)),
        masses=VoteTally(*(getattr(row, f"masses_{name}") for name in VOTE_FIELDS)),
        branch_opinion=row.branch_opinion or "",
        grade=row.grade,
        graded_by=row.graded_by or "",
    )


def evaluation_findings(
    session: Session, evaluation_id: int, draft: EvaluationDraft
) -> list[RuleFinding]:
    """Warnings that storing ``draft`` would give (优秀 over a third of the round's members);
    ValidationError if it cannot be stored at all."""
    evaluation = _evaluation(session, evaluation_id)
    members = _round_size(session, evaluation.round_id)
    validate_evaluation(draft, peer_voters=peer_voters(members))
    others = session.scalar(
        select(func.count()).where(
            Evaluation.round_id == evaluation.round_id,
            Evaluation.id != evaluation_id,
            Evaluation.grade == Grade.EXCELLENT,
        )
    )
    excellent = (others or 0) + (draft.grade is Grade.EXCELLENT)
    found = one_third_finding(excellent, members)
    return [found] if found else []


def _open_improvement(session: Session, evaluation: Evaluation, *, today: dt.date) -> int | None:
    """Open the member's improvement item (RULES.md §5) unless the evaluation has one: 自己找,
    限期整改 within IMPROVEMENT_MONTHS of the grading (the round's date, else today). What to
    achieve and how (整改目标, 措施) is the branch's to decide: left for the clerk to fill in."""
    from branchdesk.core.services.problems import ProblemDraft, raise_problem

    already = session.scalar(select(Problem.id).where(Problem.evaluation_id == evaluation.id))
    if already is not None:
        return None
    row = _round(session, evaluation.round_id)
    member = session.get(Member, evaluation.member_id)
    assert member is not None  # a foreign key
    assert evaluation.grade is not None  # just set
    graded_on = row.held_on or today
    draft = ProblemDraft(
        source=ProblemSource.SELF,
        found_on=graded_on,
        description=improvement_text(member.name, row.year, evaluation.grade),
        rectify_kind=RectifyKind.DEADLINE,
        deadline=add_months(graded_on, IMPROVEMENT_MONTHS),
        category=IMPROVEMENT_CATEGORY,
        responsible_person=member.name,
        # Someone since moved to another branch stays named, not linked (the ledger links
        # only the branch's own members).
        responsible_member_id=member.id if member.branch_id == row.branch_id else None,
        evaluation_id=evaluation.id,
    )
    return raise_problem(session, row.branch_id, draft, today=today)
