"""Reading democratic evaluations: who is evaluated, the rounds of a year, a round's rows.

SQL filters, joins and sorts; the rows are frozen dataclasses, so the 民主评议 page, the printed
forms, the export and 工作台's reminder never hold ORM objects. What is missing and the
one-third rule are decided in core/rules/evaluation.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, not_, or_, select
from sqlalchemy.orm import Session, aliased

from branchdesk.core.enums import EXIT_KINDS, ChangeKind, Grade, Stage, StepOutcome
from branchdesk.core.models import (
    Branch,
    Evaluation,
    EvaluationRound,
    Member,
    MembershipChange,
    PipelineStep,
    Problem,
)
from branchdesk.core.print_data.steps import STEP_ADMISSION, STEP_CONFIRMATION
from branchdesk.core.queries import pinyin_matches
from branchdesk.core.rules.evaluation import (
    GRADES,
    EvaluationFacts,
    Part,
    RoundFacts,
    RoundSummary,
    VoteTally,
    evaluation_reminders,
    missing_parts,
    round_summary,
)
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.reminders import Reminder
from branchdesk.core.services.activity import EXPECTED_AT_MEETINGS

MEMBER_STAGES = (Stage.PROBATIONARY, Stage.FULL)


def year_end(year: int) -> dt.date:
    return dt.date(year, 12, 31)


# --- who is evaluated -----------------------------------------------------------------------


def left_by(day: dt.date) -> ColumnElement[bool]:
    """SQL condition: the member had left (转出, 退党, 去世 …) on or before ``day`` and not
    transferred back in by then; ``queries.has_exited`` as of a day."""
    back = aliased(MembershipChange)
    returned = exists().where(
        back.member_id == MembershipChange.member_id,
        back.kind == ChangeKind.TRANSFER_IN,
        back.changed_on <= day,
        or_(
            back.changed_on > MembershipChange.changed_on,
            and_(back.changed_on == MembershipChange.changed_on, back.id > MembershipChange.id),
        ),
    )
    left = select(MembershipChange.member_id).where(
        MembershipChange.kind.in_(EXIT_KINDS),
        MembershipChange.changed_on <= day,
        not_(returned),
    )
    return Member.id.in_(left)


def _step_done_after(step_no: int, day: dt.date) -> ColumnElement[bool]:
    """SQL condition: the member's latest completed ``step_no`` is dated after ``day``."""
    latest = (
        select(func.max(PipelineStep.done_on))
        .where(
            PipelineStep.member_id == Member.id,
            PipelineStep.step_no == step_no,
            PipelineStep.outcome == StepOutcome.DONE,
        )
        .scalar_subquery()
    )
    # No step on file (NULL) is "not after": imported files often lack the step.
    return func.coalesce(latest, dt.date.min) > day


def eligible_condition(branch_id: int, year: int, today: dt.date) -> tuple[Any, ...]:
    """SQL conditions: evaluated in ``branch_id``'s round of ``year`` by default.

    RULES.md §5 evaluates the branch's Party members of the year: probationary and full
    members of the branch, admitted (step 15) by the year's end (no step on file counts as
    admitted: imported files often lack it), who had not left by the year's end (or today,
    for the running year) and had not transferred in only after it. Members abroad, flowing
    out, out of contact or suspended are not evaluated here, as they are not expected at
    its meetings (core/services/activity.py); the clerk adds anyone else by hand.
    """
    end = year_end(year)
    arrived_later = exists().where(
        MembershipChange.member_id == Member.id,
        MembershipChange.kind == ChangeKind.TRANSFER_IN,
        MembershipChange.changed_on > end,
    )
    return (
        Member.branch_id == branch_id,
        Member.stage.in_(MEMBER_STAGES),
        Member.org_status.in_(EXPECTED_AT_MEETINGS),
        not_(_step_done_after(STEP_ADMISSION, end)),
        not_(left_by(min(end, today))),
        not_(arrived_later),
    )


def eligible_member_ids(
    session: Session, branch_id: int, year: int, *, today: dt.date
) -> list[int]:
    """Who a new round of ``year`` evaluates (see eligible_condition), by name."""
    query = (
        select(Member.id)
        .where(*eligible_condition(branch_id, year, today))
        .order_by(Member.name_pinyin, Member.id)
    )
    return list(session.scalars(query))


def stage_in(year: int) -> ColumnElement[Any]:
    """SQL: the member's stage at the end of ``year`` as far as the file says: a full member
    whose 转正 (step 23) came after the year was still probationary then."""
    return case(
        (
            and_(Member.stage == Stage.FULL, _step_done_after(STEP_CONFIRMATION, year_end(year))),
            Stage.PROBATIONARY.value,
        ),
        else_=Member.stage,
    )


# --- rounds ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoundRow:
    """One evaluation round with its progress."""

    id: int
    branch_id: int
    branch_name: str
    year: int
    held_on: dt.date | None
    meeting_id: int | None
    notes: str
    summary: RoundSummary


@dataclass(frozen=True)
class EvaluationRow:
    """One member of a round as the page lists them."""

    id: int  # the evaluation's id
    round_id: int
    member_id: int
    name: str
    stage: Stage  # at the end of the round's year
    missing: tuple[Part, ...]
    peer: VoteTally
    masses: VoteTally
    grade: Grade | None
    graded_by: str
    problem_id: int | None  # the improvement item a 基本合格/不合格 opened, if any

    @property
    def complete(self) -> bool:
        return not self.missing


def _tally(prefix: str, row: Any) -> VoteTally:
    return VoteTally(
        getattr(row, f"{prefix}_excellent"),
        getattr(row, f"{prefix}_qualified"),
        getattr(row, f"{prefix}_basically_qualified"),
        getattr(row, f"{prefix}_unqualified"),
    )


def evaluation_facts(evaluation: Any) -> EvaluationFacts:
    """The rule's facts of an Evaluation (or a row with its columns)."""
    return EvaluationFacts(
        self_summary=bool((evaluation.self_summary or "").strip()),
        peer=_tally("peer", evaluation),
        masses=_tally("masses", evaluation),
        branch_opinion=bool((evaluation.branch_opinion or "").strip()),
        grade=evaluation.grade,
    )


def peer_voters(members: int) -> int:
    """Voters in 党员互评: the other members of the round."""
    return max(0, members - 1)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


SORT_KEYS = ("name", "stage", "grade", "peer", "masses")


def evaluation_rows(
    session: Session,
    round_id: int,
    text: str = "",
    *,
    sort: str = "name",
    descending: bool = False,
) -> list[EvaluationRow]:
    """The members of a round, one row each; ``text`` matches names (also pinyin initials).

    ``sort`` is one of SORT_KEYS (ties by name); grades sort best first, ungraded last.
    """
    year = session.scalar(select(EvaluationRound.year).where(EvaluationRound.id == round_id))
    if year is None:
        return []
    members = session.scalar(
        select(func.count()).select_from(Evaluation).where(Evaluation.round_id == round_id)
    )
    problem = (
        select(func.min(Problem.id)).where(Problem.evaluation_id == Evaluation.id).scalar_subquery()
    )
    stage = stage_in(year).label("stage")
    query = (
        select(Evaluation, Member.name, stage, problem.label("problem_id"))
        .join(Member, Evaluation.member_id == Member.id)
        .where(Evaluation.round_id == round_id)
    )
    needle = text.strip()
    if needle:
        query = query.where(
            or_(
                Member.name.like(_like(needle), escape="\\"),
                pinyin_matches(needle),
            )
        )
    grade_rank = case(
        {grade.value: rank for rank, grade in enumerate(GRADES)}, value=Evaluation.grade, else_=9
    )
    keys: dict[str, Any] = {
        "name": Member.name_pinyin,
        "stage": stage,
        "grade": grade_rank,
        "peer": Evaluation.peer_excellent,
        "masses": Evaluation.masses_excellent,
    }
    key = keys[sort]
    query = query.order_by(key.desc() if descending else key, Member.name_pinyin, Member.id)
    voters = peer_voters(members or 0)
    rows = []
    for evaluation, name, stage_value, problem_id in session.execute(query):
        facts = evaluation_facts(evaluation)
        rows.append(
            EvaluationRow(
                id=evaluation.id,
                round_id=round_id,
                member_id=evaluation.member_id,
                name=name,
                stage=Stage(stage_value),
                missing=missing_parts(facts, peer_voters=voters),
                peer=facts.peer,
                masses=facts.masses,
                grade=evaluation.grade,
                graded_by=evaluation.graded_by or "",
                problem_id=problem_id,
            )
        )
    return rows


def _summaries(session: Session, round_ids: list[int]) -> dict[int, RoundSummary]:
    """round id → its summary, from one query over the rounds' evaluations."""
    facts: dict[int, list[EvaluationFacts]] = {round_id: [] for round_id in round_ids}
    if round_ids:
        # The facts' columns only: whole Evaluation objects cost ten times as much to load.
        columns = [
            Evaluation.round_id,
            Evaluation.self_summary,
            Evaluation.branch_opinion,
            Evaluation.grade,
            *(
                getattr(Evaluation, f"{who}_{grade}")
                for who in ("peer", "masses")
                for grade in ("excellent", "qualified", "basically_qualified", "unqualified")
            ),
        ]
        for row in session.execute(select(*columns).where(Evaluation.round_id.in_(round_ids))):
            facts[row.round_id].append(evaluation_facts(row))
    return {
        round_id: round_summary(people, peer_voters=peer_voters(len(people)))
        for round_id, people in facts.items()
    }


def rounds_for(
    session: Session, year: int | None = None, *, branch_id: int | None = None
) -> list[RoundRow]:
    """Rounds of ``year`` (default: all), latest year first, branches in their order."""
    query = (
        select(EvaluationRound, Branch.name)
        .join(Branch, EvaluationRound.branch_id == Branch.id)
        .order_by(EvaluationRound.year.desc(), Branch.position, Branch.id)
    )
    if year is not None:
        query = query.where(EvaluationRound.year == year)
    if branch_id is not None:
        query = query.where(EvaluationRound.branch_id == branch_id)
    found = session.execute(query).all()
    summaries = _summaries(session, [row.id for row, _ in found])
    return [
        RoundRow(
            id=row.id,
            branch_id=row.branch_id,
            branch_name=branch_name,
            year=row.year,
            held_on=row.held_on,
            meeting_id=row.meeting_id,
            notes=row.notes or "",
            summary=summaries[row.id],
        )
        for row, branch_name in found
    ]


def find_round(session: Session, branch_id: int, year: int) -> int | None:
    """The id of ``branch_id``'s round of ``year``, if one is open."""
    return session.scalar(
        select(EvaluationRound.id).where(
            EvaluationRound.branch_id == branch_id, EvaluationRound.year == year
        )
    )


def round_summary_of(session: Session, round_id: int) -> RoundSummary:
    """Counts, grades, votes and 优秀's share of one round."""
    return _summaries(session, [round_id])[round_id]


# --- reminders ------------------------------------------------------------------------------


def evaluation_reminder_provider(
    session: Session, rules: LocalRules, today: dt.date
) -> Iterable[Reminder]:
    """工作台: this year's round missing or incomplete (from the local rule's month), last
    year's round still incomplete (core/rules/evaluation.py)."""
    years = [today.year - 1]
    if today.month >= rules.evaluation_reminder_month:
        years.append(today.year)
    branches = session.execute(select(Branch.id, Branch.name).order_by(Branch.position, Branch.id))
    rounds = {(r.branch_id, r.year): r for year in years for r in rounds_for(session, year)}
    facts = []
    for branch_id, branch_name in branches:
        for year in years:
            found = rounds.get((branch_id, year))
            if found is not None:
                summary = found.summary
                facts.append(
                    RoundFacts(
                        branch_id, branch_name, year, found.id, summary.members, summary.complete
                    )
                )
            elif year == today.year:
                # Only a branch with someone to evaluate needs a round.
                members = session.scalar(
                    select(func.count())
                    .select_from(Member)
                    .where(*eligible_condition(branch_id, year, today))
                )
                if members:
                    facts.append(RoundFacts(branch_id, branch_name, year, None, members, 0))
    return list(evaluation_reminders(facts, rules, today))


__all__ = [
    "SORT_KEYS",
    "EvaluationRow",
    "RoundRow",
    "eligible_condition",
    "eligible_member_ids",
    "evaluation_facts",
    "evaluation_reminder_provider",
    "evaluation_rows",
    "find_round",
    "left_by",
    "peer_voters",
    "round_summary_of",
    "rounds_for",
    "stage_in",
]
