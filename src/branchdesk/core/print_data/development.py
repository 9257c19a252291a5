"""What the 发展党员工作纪实表 shows: one person's 25 steps with dates, people and votes."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.core.enums import Gender, PersonType, Stage, StepOutcome, StepRole
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import Branch, Member, PipelineStep, StepPerson
from branchdesk.core.rules.pipeline_steps import STEPS


class StepVotes(NamedTuple):
    """应到/实到/赞成/反对/弃权 of a 支部大会 vote (steps 15 and 23); None where not recorded."""

    expected: int | None
    present: int | None
    for_: int | None
    against: int | None
    abstain: int | None


class StepOccurrence(NamedTuple):
    """One time a step was recorded: a step may recur (a failed vote, then the admission)."""

    done_on: dt.date
    outcome: StepOutcome
    people: tuple[tuple[StepRole, str], ...]  # in the order they were entered
    votes: StepVotes | None  # only when any count was recorded
    notes: str


@dataclass(frozen=True)
class StepLine:
    """One catalogue step (1–25) and every occurrence of it, earliest first."""

    no: int
    name: str
    has_votes: bool
    occurrences: tuple[StepOccurrence, ...]

    @property
    def done(self) -> bool:
        return any(o.outcome is StepOutcome.DONE for o in self.occurrences)

    def names(self, role: StepRole) -> tuple[str, ...]:
        """The people named in ``role`` over all occurrences, each once, first mention first."""
        seen: dict[str, None] = {}
        for occurrence in self.occurrences:
            for person_role, name in occurrence.people:
                if person_role is role:
                    seen.setdefault(name, None)
        return tuple(seen)


@dataclass(frozen=True)
class DevelopmentRecord:
    """Everything the 发展党员工作纪实表 prints; text fields are "" when unknown."""

    member_id: int
    name: str
    gender: Gender
    birth_date: dt.date | None
    ethnicity: str
    education: str
    person_type: PersonType
    student_number: str
    grade: str
    class_name: str
    department: str
    branch_name: str
    parent_org: str
    stage: Stage
    steps: tuple[StepLine, ...]  # always all 25, so the paper form is complete

    def step(self, step_no: int) -> StepLine:
        return self.steps[step_no - 1]


def development_record(session: Session, member_id: int) -> DevelopmentRecord:
    """Read one person's 发展党员工作纪实表 in three queries; BranchDeskError if no such member."""
    found = session.execute(
        select(Member, Branch.name, Branch.parent_org)
        .join(Branch, Member.branch_id == Branch.id)
        .where(Member.id == member_id)
    ).one_or_none()
    if found is None:
        # The same sentence as the 党员基本信息表: one translation for both.
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "There is no member with number {id}."), id=member_id
        )
    member, branch_name, parent_org = found
    return DevelopmentRecord(
        member_id=member.id,
        name=member.name,
        gender=member.gender,
        birth_date=member.birth_date,
        ethnicity=member.ethnicity or "",
        education=member.education or "",
        person_type=member.person_type,
        student_number=member.student_number or "",
        grade=member.grade or "",
        class_name=member.class_name or "",
        department=member.department or "",
        branch_name=branch_name,
        parent_org=parent_org or "",
        stage=member.stage,
        steps=_step_lines(session, member_id),
    )


def _step_lines(session: Session, member_id: int) -> tuple[StepLine, ...]:
    steps = session.scalars(
        select(PipelineStep)
        .where(PipelineStep.member_id == member_id)
        .order_by(PipelineStep.step_no, PipelineStep.done_on, PipelineStep.id)
    ).all()
    people: dict[int, list[tuple[StepRole, str]]] = defaultdict(list)
    if steps:
        rows = session.execute(
            select(StepPerson.step_id, StepPerson.role, StepPerson.name)
            .where(StepPerson.step_id.in_([step.id for step in steps]))
            .order_by(StepPerson.id)
        )
        for step_id, role, name in rows:
            people[step_id].append((role, name))
    occurrences: dict[int, list[StepOccurrence]] = defaultdict(list)
    for step in steps:
        occurrences[step.step_no].append(
            StepOccurrence(
                done_on=step.done_on,
                outcome=step.outcome,
                people=tuple(people[step.id]),
                votes=_votes(step),
                notes=step.notes or "",
            )
        )
    return tuple(
        StepLine(spec.no, spec.name, spec.has_votes, tuple(occurrences[spec.no])) for spec in STEPS
    )


def _votes(step: PipelineStep) -> StepVotes | None:
    votes = StepVotes(
        step.votes_expected,
        step.votes_present,
        step.votes_for,
        step.votes_against,
        step.votes_abstain,
    )
    return None if all(count is None for count in votes) else votes
