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
leaves nothing behind. One member's evaluation is recorded in evaluation_records.py, the
reads are in evaluation_list.py (both re-exported here).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.core.errors import BranchDeskError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import Branch, Evaluation, EvaluationRound, Meeting, Member, Problem
from branchdesk.core.services.evaluation_list import (
    MEMBER_STAGES,
    SORT_KEYS,
    EvaluationRow,
    RoundRow,
    eligible_member_ids,
    evaluation_rows,
    find_round,
    round_summary_of,
    rounds_for,
)
from branchdesk.core.services.evaluation_records import (
    EvaluationDraft,
    assign_changed,
    check_length,
    error,
    evaluation_draft,
    evaluation_findings,
    record_evaluation,
    validate_evaluation,
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


@dataclass
class RoundDraft:
    """A round as its editor states it; branch and year are fixed once it is open."""

    branch_id: int
    year: int
    held_on: dt.date | None = None  # the 支委会/党员大会 that settled the grades
    meeting_id: int | None = None  # that meeting's minutes, a meeting of the same branch
    notes: str = ""


# --- validation -----------------------------------------------------------------------------


def validate_round(draft: RoundDraft, *, today: dt.date) -> None:
    """Check a round without the database; trims its notes. Raises ValidationError."""
    if not FIRST_YEAR <= draft.year <= today.year:
        raise error(
            "year",
            "year.range",
            QT_TRANSLATE_NOOP("Validation", "The year must be from {first} to {last}."),
            first=FIRST_YEAR,
            last=today.year,
        )
    if draft.held_on is not None:
        if draft.held_on > today:
            raise error(
                "held_on",
                "date.future",
                QT_TRANSLATE_NOOP("Validation", "The date {date} is in the future."),
                date=draft.held_on.isoformat(),
            )
        # The evaluation of a year is held at its end or early in the next: never before it.
        if draft.held_on.year < draft.year:
            raise error(
                "held_on",
                "held_on.before_year",
                QT_TRANSLATE_NOOP(
                    "Validation", "The evaluation of {year} cannot be held before {year}."
                ),
                year=draft.year,
            )
    draft.notes = draft.notes.strip()
    check_length("notes", draft.notes, NOTES_MAX)


def _check_round_links(session: Session, draft: RoundDraft) -> None:
    """The branch exists; the meeting is one of its meetings (its date fills an empty held_on)."""
    if session.get(Branch, draft.branch_id) is None:
        raise error(
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
        raise error(
            "meeting_id",
            "meeting.branch",
            QT_TRANSLATE_NOOP("Validation", "This meeting is not a meeting of the branch."),
        )
    if draft.held_on is None:
        draft.held_on = meeting.starts_at.date()


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
        raise error(
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
        raise error(
            "year",
            "round.fixed",
            QT_TRANSLATE_NOOP(
                "Validation",
                "A round keeps its branch and year; delete it and open another instead.",
            ),
        )
    _check_round_links(session, draft)
    with session.begin_nested():
        assign_changed(
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
        raise error(
            "member_id",
            "member.unknown",
            QT_TRANSLATE_NOOP("Validation", "There is no member with number {id}."),
            id=member_id,
        )
    if member.branch_id != row.branch_id:
        raise error(
            "member_id",
            "member.branch",
            QT_TRANSLATE_NOOP("Validation", "{name} is not a member of this branch."),
            name=member.name,
        )
    if member.stage not in MEMBER_STAGES:
        # RULES.md §5 evaluates Party members; applicants and activists are assessed apart.
        raise error(
            "member_id",
            "member.stage",
            QT_TRANSLATE_NOOP(
                "Validation",
                "{name} is not a Party member; only probationary and full members are evaluated.",
            ),
            name=member.name,
        )
    if any(evaluation.member_id == member_id for evaluation in row.evaluations):
        raise error(
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
