"""What the 民主评议表 and the round's summary table show: read in a few queries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import Gender, Grade, PostKind, Stage
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import Branch, Evaluation, EvaluationRound, Member, MemberPost
from branchdesk.core.print_data.roster import resolve_branch
from branchdesk.core.rules.evaluation import EvaluationFacts, RoundSummary, VoteTally
from branchdesk.core.services.evaluation_list import (
    evaluation_facts,
    round_summary_of,
    stage_in,
    year_end,
)

FIRST_YEAR = 1921


@dataclass(frozen=True)
class PostHeld:
    """A post held in the round's year: its recorded title, or the kind's label when empty."""

    kind: PostKind
    title: str


@dataclass(frozen=True)
class EvaluationSheet:
    """One member's 民主评议表."""

    evaluation_id: int
    member_id: int
    name: str
    gender: Gender
    stage: Stage  # at the end of the year
    posts: tuple[PostHeld, ...]  # held in the branch during the year
    branch_name: str
    year: int
    held_on: dt.date | None
    self_summary: str
    peer: VoteTally
    masses: VoteTally
    branch_opinion: str
    grade: Grade | None
    graded_by: str

    def facts(self) -> EvaluationFacts:
        """What the rules need to say what is missing."""
        return EvaluationFacts(
            bool(self.self_summary.strip()),
            self.peer,
            self.masses,
            bool(self.branch_opinion.strip()),
            self.grade,
        )


@dataclass(frozen=True)
class EvaluationBook:
    """A round: its summary table and every member's sheet, in the list's order."""

    round_id: int
    branch_name: str
    parent_org: str
    year: int
    held_on: dt.date | None
    notes: str
    summary: RoundSummary
    sheets: tuple[EvaluationSheet, ...]


def check_year(year: int, today: dt.date) -> None:
    """An evaluation year lies between the Party's founding and this year."""
    if not FIRST_YEAR <= year <= today.year:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "The year {year} is not between {first} and {last}."),
            year=year,
            first=FIRST_YEAR,
            last=today.year,
        )


def _posts(session: Session, member_ids: list[int], year: int) -> dict[int, tuple[PostHeld, ...]]:
    start, end = dt.date(year, 1, 1), year_end(year)
    rows = session.scalars(
        select(MemberPost)
        .where(
            MemberPost.member_id.in_(member_ids),
            MemberPost.started_on <= end,
            or_(MemberPost.ended_on.is_(None), MemberPost.ended_on >= start),
        )
        .order_by(MemberPost.started_on, MemberPost.id)
    )
    posts: dict[int, list[PostHeld]] = {}
    for post in rows:
        held = PostHeld(post.kind, post.title or "")
        if held not in posts.setdefault(post.member_id, []):
            posts[post.member_id].append(held)
    return {member_id: tuple(held) for member_id, held in posts.items()}


def _sheets(
    session: Session,
    round_id: int,
    year: int,
    branch_name: str,
    held_on: dt.date | None,
    *,
    member_id: int | None = None,
) -> tuple[EvaluationSheet, ...]:
    query = (
        select(Evaluation, Member.name, Member.gender, stage_in(year).label("stage"))
        .join(Member, Evaluation.member_id == Member.id)
        .where(Evaluation.round_id == round_id)
        .order_by(Member.name_pinyin, Member.id)
    )
    if member_id is not None:
        query = query.where(Evaluation.member_id == member_id)
    found = session.execute(query).all()
    posts = _posts(session, [row.Evaluation.member_id for row in found], year)
    sheets = []
    for evaluation, name, gender, stage in found:
        facts = evaluation_facts(evaluation)
        sheets.append(
            EvaluationSheet(
                evaluation_id=evaluation.id,
                member_id=evaluation.member_id,
                name=name,
                gender=gender,
                stage=Stage(stage),
                posts=posts.get(evaluation.member_id, ()),
                branch_name=branch_name,
                year=year,
                held_on=held_on,
                self_summary=evaluation.self_summary or "",
                peer=facts.peer,
                masses=facts.masses,
                branch_opinion=evaluation.branch_opinion or "",
                grade=evaluation.grade,
                graded_by=evaluation.graded_by or "",
            )
        )
    return tuple(sheets)


def round_sheets(session: Session, round_id: int) -> tuple[EvaluationSheet, ...]:
    """Every member's sheet of a round, by name (empty for a round no longer on file)."""
    found = session.execute(
        select(EvaluationRound.year, EvaluationRound.held_on, Branch.name)
        .join(Branch, EvaluationRound.branch_id == Branch.id)
        .where(EvaluationRound.id == round_id)
    ).one_or_none()
    if found is None:
        return ()
    year, held_on, branch_name = found
    return _sheets(session, round_id, year, branch_name, held_on)


def evaluation_book(
    session: Session, year: int, *, branch_name: str | None = None, today: dt.date
) -> EvaluationBook:
    """The round of ``year`` of a branch (the first by default); BranchDeskError for a year
    outside 1921–this year, an unknown branch, or no round of that year."""
    check_year(year, today)
    branch = resolve_branch(session, branch_name)
    row = session.scalars(
        select(EvaluationRound).where(
            EvaluationRound.branch_id == branch.id, EvaluationRound.year == year
        )
    ).one_or_none()
    if row is None:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "{branch} has no democratic evaluation of {year} on file."),
            branch=branch.name,
            year=year,
        )
    return EvaluationBook(
        round_id=row.id,
        branch_name=branch.name,
        parent_org=branch.parent_org,
        year=year,
        held_on=row.held_on,
        notes=row.notes or "",
        summary=round_summary_of(session, row.id),
        sheets=_sheets(session, row.id, year, branch.name, row.held_on),
    )


def evaluation_sheet(
    session: Session, member_id: int, year: int, *, today: dt.date
) -> EvaluationSheet:
    """One member's 民主评议表 of ``year`` (from the latest round that evaluates them);
    BranchDeskError for an unknown member, a bad year, or a member not evaluated that year."""
    check_year(year, today)
    name = session.scalar(select(Member.name).where(Member.id == member_id))
    if name is None:
        # The same sentence as the other forms of one person: one translation for all.
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "There is no member with number {id}."), id=member_id
        )
    found = session.execute(
        select(EvaluationRound.id, EvaluationRound.held_on, Branch.name)
        .join(Branch, EvaluationRound.branch_id == Branch.id)
        .join(
            Evaluation,
            and_(Evaluation.round_id == EvaluationRound.id, Evaluation.member_id == member_id),
        )
        .where(EvaluationRound.year == year)
        .order_by(EvaluationRound.id.desc())
    ).first()
    if found is None:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "{name} is in no democratic evaluation of {year}."),
            name=name,
            year=year,
        )
    round_id, held_on, branch_name = found
    (sheet,) = _sheets(session, round_id, year, branch_name, held_on, member_id=member_id)
    return sheet
