"""Reads the pipeline facts of many people in three queries, and the pipeline's reminders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import ColumnElement, Select, and_, func, not_, or_, select
from sqlalchemy.orm import Session, aliased

from branchdesk.core.enums import Stage, StepOutcome, StepRole
from branchdesk.core.models import Member, PipelineStep, StepPerson
from branchdesk.core.queries import has_exited
from branchdesk.core.rules import pipeline_steps as s
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.pipeline import (
    NamedPerson,
    OutcomeFact,
    PipelineFacts,
    pipeline_reminders,
)
from branchdesk.core.rules.reminders import Reminder

_PEOPLE_STEPS = {s.CONTACTS: StepRole.CONTACT, s.INTRODUCERS: StepRole.INTRODUCER}


def _people_filter(member_ids: Iterable[int] | None, include_exited: bool) -> Select[tuple[int]]:
    conditions: list[ColumnElement[bool]] = []
    if member_ids is not None:
        conditions.append(Member.id.in_(list(member_ids)))
    if not include_exited:
        conditions.append(not_(has_exited()))
    return select(Member.id).where(*conditions)


def _step_date(step_no: int, member_id: ColumnElement[int]) -> ColumnElement[dt.date]:
    """Correlated: the latest DONE date of ``step_no`` for ``member_id``."""
    step = aliased(PipelineStep)
    return (
        select(func.max(step.done_on))
        .where(
            step.member_id == member_id,
            step.step_no == step_no,
            step.outcome == StepOutcome.DONE,
        )
        .scalar_subquery()
    )


def _stage_then(
    current: Stage | None, admitted: dt.date | None, confirmed: dt.date | None, day: dt.date
) -> Stage | None:
    """A named member's stage on ``day`` from their step-15/23 dates; None for outsiders."""
    if current is None:
        return None
    if confirmed is not None:
        if confirmed <= day:
            return Stage.FULL
        # Not yet full then; before step 15 they were at most a candidate.
        return Stage.PROBATIONARY if admitted is not None and admitted <= day else Stage.CANDIDATE
    if current is Stage.FULL:
        return Stage.FULL  # admitted before the archive began
    if admitted is not None and admitted > day:
        return Stage.CANDIDATE
    return current


def load_pipeline_facts(
    session: Session, *, member_ids: Iterable[int] | None = None, include_exited: bool = False
) -> list[PipelineFacts]:
    """The facts of every current person (or of ``member_ids``) in three queries."""
    people = _people_filter(member_ids, include_exited)
    members = session.execute(
        select(Member.id, Member.name, Member.stage, Member.birth_date, Member.expected_leave_on)
        .where(Member.id.in_(people))
        .order_by(Member.id)
    ).all()
    # One row per (person, step, outcome): the latest date, and how often (extensions add up).
    done: dict[int, dict[int, dt.date]] = {}
    outcomes: dict[int, list[OutcomeFact]] = {}
    for member_id, step_no, outcome, on, count in session.execute(
        select(
            PipelineStep.member_id,
            PipelineStep.step_no,
            PipelineStep.outcome,
            func.max(PipelineStep.done_on),
            func.count(),
        )
        .where(PipelineStep.member_id.in_(people))
        .group_by(PipelineStep.member_id, PipelineStep.step_no, PipelineStep.outcome)
    ):
        if outcome is StepOutcome.DONE:
            done.setdefault(member_id, {})[step_no] = on
        else:
            outcomes.setdefault(member_id, []).extend(
                OutcomeFact(step_no, outcome, on) for _ in range(count)
            )
    named = aliased(Member)
    rows = session.execute(
        select(
            PipelineStep.member_id,
            PipelineStep.step_no,
            PipelineStep.done_on,
            StepPerson.name,
            named.stage,
            _step_date(s.ADMISSION, named.id),
            _step_date(s.CONFIRMATION, named.id),
        )
        .join(StepPerson, StepPerson.step_id == PipelineStep.id)
        .outerjoin(named, named.id == StepPerson.member_id)
        .where(
            PipelineStep.member_id.in_(people),
            PipelineStep.outcome == StepOutcome.DONE,
            # Contacts of step 5 and introducers of step 9 only (not talkers, reviewers …).
            or_(
                *(
                    and_(PipelineStep.step_no == no, StepPerson.role == role)
                    for no, role in _PEOPLE_STEPS.items()
                )
            ),
        )
        .order_by(PipelineStep.member_id, StepPerson.id)
    )
    named_people: dict[tuple[int, int], list[NamedPerson]] = {}
    for member_id, step_no, on, name, stage, admitted, confirmed in rows:
        # Only the latest occurrence of the step names the current people.
        if done.get(member_id, {}).get(step_no) == on:
            stage_then = _stage_then(stage, admitted, confirmed, on)
            named_people.setdefault((member_id, step_no), []).append(NamedPerson(name, stage_then))
    return [
        PipelineFacts(
            person_id=member_id,
            name=name,
            stage=stage,
            birth_date=birth_date,
            expected_leave_on=leave_on,
            done=done.get(member_id, {}),
            outcomes=tuple(sorted(outcomes.get(member_id, []), key=lambda o: o.on)),
            introducers=tuple(named_people.get((member_id, s.INTRODUCERS), [])),
            contacts=tuple(named_people.get((member_id, s.CONTACTS), [])),
        )
        for member_id, name, stage, birth_date, leave_on in members
    ]


def pipeline_reminder_provider(
    session: Session, rules: LocalRules, today: dt.date
) -> Iterable[Reminder]:
    """Provider (services/reminders.py): one pipeline reminder per current person at most."""
    return list(pipeline_reminders(load_pipeline_facts(session), rules, today))
