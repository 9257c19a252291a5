"""One member's democratic evaluation (民主评议, RULES.md §5): record it, read it back, warn.

A member's evaluation holds the self-summary (个人自评), the 党员互评 and 民主测评 votes per
grade, the branch's opinion and the grade the 支委会 or the 党员大会 settled. A grade set or
changed to 基本合格 or 不合格 opens an improvement item in the rectification ledger, in the
same transaction and exactly once (see evaluations.py). The caller owns the unit of work.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import Grade, ProblemSource, RectifyKind
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import Evaluation, EvaluationRound, Member, Problem
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
from branchdesk.core.services.evaluation_list import peer_voters

SUMMARY_MAX = 20_000  # a self-summary of several pages still prints
OPINION_MAX = 5_000


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


def error(field: str, rule: str, message: str, **params: object) -> ValidationError:
    return ValidationError(field, rule, message, **params)


def check_length(field: str, text: str, limit: int) -> None:
    if len(text) > limit:
        raise error(
            field,
            "text.length",
            QT_TRANSLATE_NOOP("Validation", "This text is longer than {limit} characters."),
            limit=limit,
        )


def validate_evaluation(draft: EvaluationDraft, *, peer_voters: int | None = None) -> None:
    """Check an evaluation without the database; trims its texts. Raises ValidationError."""
    draft.self_summary = draft.self_summary.strip()
    draft.branch_opinion = draft.branch_opinion.strip()
    draft.graded_by = draft.graded_by.strip()
    check_length("self_summary", draft.self_summary, SUMMARY_MAX)
    check_votes(draft.peer, "peer", voters=peer_voters)
    check_votes(draft.masses, "masses")
    check_length("branch_opinion", draft.branch_opinion, OPINION_MAX)
    if draft.graded_by and draft.graded_by not in GRADED_BY:
        raise error(
            "graded_by",
            "graded_by.choice",
            QT_TRANSLATE_NOOP(
                "Validation", "The grade is settled by the branch committee or the assembly."
            ),
        )
    if draft.grade is not None and not draft.graded_by:
        raise error(
            "graded_by",
            "graded_by.required",
            QT_TRANSLATE_NOOP(
                "Validation",
                "Please say who settled the grade: the branch committee or the assembly.",
            ),
        )


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


def assign_changed(target: object, values: dict[str, object]) -> None:
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
        assign_changed(evaluation, _values(draft))
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
    row = session.get(EvaluationRound, evaluation.round_id)
    member = session.get(Member, evaluation.member_id)
    assert row is not None  # a foreign key
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
