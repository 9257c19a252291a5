"""发展党员 at a glance: people per stage, each person's next step by urgency, 公示 periods."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import not_, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import Stage
from branchdesk.core.models import Member
from branchdesk.core.queries import has_exited
from branchdesk.core.rules.pipeline import PipelineFacts, StepDue, next_step
from branchdesk.core.rules.publicity import PublicityPeriod, publicity_periods
from branchdesk.core.services.pipeline_facts import load_pipeline_facts
from branchdesk.core.services.settings import load_settings


@dataclass(frozen=True)
class PipelineRow:
    """One person in development (or a member with steps left) and their next step."""

    member_id: int
    name: str
    stage: Stage
    branch_name: str
    next_step_no: int | None
    next_step_name: str
    earliest_on: dt.date | None
    due_on: dt.date | None
    overdue: bool
    days_left: int | None  # to ``due_on``; negative when overdue
    ready_on: dt.date | None = None  # from when the next step may be done (None: no next step)


@dataclass(frozen=True)
class PipelineOverview:
    """What the 发展党员 page shows, for all branches or one."""

    counts: dict[Stage, int] = field(default_factory=dict)  # current people only
    rows: tuple[PipelineRow, ...] = ()  # most urgent first
    publicity: tuple[PublicityPeriod, ...] = ()
    branches: tuple[tuple[int, str], ...] = ()  # every branch (id, name), for the filter

    @property
    def in_development(self) -> int:
        return sum(n for stage, n in self.counts.items() if not stage.is_member)


def urgency_key(row: PipelineRow) -> tuple[int, int, str, int]:
    """Overdue first (latest first), then due soonest, then reachable earliest, then the rest."""
    if row.days_left is not None:
        return 0, row.days_left, row.name, row.member_id
    if row.ready_on is not None:
        return 1, row.ready_on.toordinal(), row.name, row.member_id
    return 2, 0, row.name, row.member_id


def _row(facts: PipelineFacts, due: StepDue | None, branch: str, today: dt.date) -> PipelineRow:
    due_on = due.due_on if due else None
    return PipelineRow(
        member_id=facts.person_id,
        name=facts.name,
        stage=facts.stage,
        branch_name=branch,
        next_step_no=due.step_no if due else None,
        next_step_name=due.name if due else "",
        earliest_on=due.earliest_on if due else None,
        due_on=due_on,
        overdue=due.overdue if due else False,
        days_left=(due_on - today).days if due_on is not None else None,
        # A step without a waiting rule may be done as soon as the one before it is.
        ready_on=(due.earliest_on or facts.done.get(due.step_no - 1, today)) if due else None,
    )


def pipeline_overview(
    session: Session, today: dt.date, *, branch_id: int | None = None
) -> PipelineOverview:
    """Counts, next steps and 公示 of current people, of ``branch_id`` only when given."""
    settings = load_settings(session)
    branches = {info.id: info.name for info in settings.branches if info.id is not None}
    # One query for everyone's branch; with a filter, only that branch's steps are read.
    member_branch: dict[int, int] = dict(
        session.execute(select(Member.id, Member.branch_id).where(not_(has_exited()))).all()
    )
    chosen = (
        None
        if branch_id is None
        else [member for member, branch in member_branch.items() if branch == branch_id]
    )
    facts = load_pipeline_facts(session, member_ids=chosen)
    counts = dict.fromkeys(Stage, 0)
    rows: list[PipelineRow] = []
    for person in facts:
        counts[person.stage] += 1
        due = next_step(person, settings.rules, today)
        # Full members appear only while steps 24–25 are left; everyone else is in development.
        if due is not None or person.stage is not Stage.FULL:
            branch = branches.get(member_branch.get(person.person_id), "")
            rows.append(_row(person, due, branch, today))
    rows.sort(key=urgency_key)
    return PipelineOverview(
        counts=counts,
        rows=tuple(rows),
        publicity=tuple(publicity_periods(facts, settings.rules, today)),
        branches=tuple(branches.items()),
    )
