"""Recording development steps (RULES.md §1): check, store, move the stage, read the history.

The step dialog and the member editor's 发展过程 tab call these; the caller owns the unit of
work. Hard findings refuse the step; warnings are recorded as they happened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import Stage, StepOutcome, StepRole
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import AttachmentLink, Member, PipelineStep, StepPerson
from branchdesk.core.queries import has_exited
from branchdesk.core.rules import pipeline_steps as s
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.pipeline import NamedPerson, PipelineFacts, StepDue, next_step
from branchdesk.core.rules.pipeline_checks import (
    FindingSeverity,
    RuleFinding,
    check_step,
)
from branchdesk.core.rules.votes import VoteCount, vote_findings
from branchdesk.core.services.pipeline_facts import load_pipeline_facts

__all__ = [
    "NameableMember",
    "StepDraft",
    "StepPersonDraft",
    "StepRecord",
    "StepRefused",
    "delete_step",
    "nameable_members",
    "outcomes_for",
    "person_facts",
    "record_step",
    "step_draft",
    "step_findings",
    "step_history",
    "suggest_next",
    "update_step",
]

NAME_MAX = 60  # step_people.name
NOTES_MAX = 2000
# Steps that decide something and may therefore not pass (RULES.md §1: 未通过).
DECISION_STEPS = frozenset({3, 7, 10, 12, 13, 15, 17, 23, 24})


class StepRefused(BranchDeskError):
    """A hard rule refuses the step; ``findings`` holds every hard finding."""

    context = "Reminders"

    def __init__(self, findings: list[RuleFinding]) -> None:
        first = findings[0]
        super().__init__(first.message, **first.params)
        self.findings = findings


@dataclass
class StepPersonDraft:
    """Someone named in a step: a member on file (member_id) or an outsider (name only)."""

    role: StepRole
    name: str
    member_id: int | None = None


@dataclass
class StepDraft:
    """What the clerk records about one occurrence of a step."""

    step_no: int
    done_on: dt.date | None
    outcome: StepOutcome = StepOutcome.DONE
    people: list[StepPersonDraft] = field(default_factory=list)
    votes: VoteCount | None = None
    notes: str = ""
    meeting_id: int | None = None  # the 支部党员大会 whose resolution recorded it (15, 23)


@dataclass(frozen=True)
class StepRecord:
    """One recorded occurrence of a step, for the 发展过程 timeline."""

    id: int
    step_no: int
    name: str
    done_on: dt.date
    outcome: StepOutcome
    people: tuple[tuple[StepRole, str, int | None], ...]  # role, name, member id if on file
    votes: VoteCount | None
    notes: str
    attachments: int = 0  # files linked to this occurrence (scans of forms, minutes …)
    meeting_id: int | None = None


def outcomes_for(step_no: int) -> tuple[StepOutcome, ...]:
    """The outcomes a step can have: 延长预备期 and 取消预备资格 only at the 转正 vote."""
    if step_no == s.CONFIRMATION:
        return (StepOutcome.DONE, StepOutcome.FAILED, StepOutcome.EXTENDED, StepOutcome.CANCELLED)
    if step_no in DECISION_STEPS:
        return (StepOutcome.DONE, StepOutcome.FAILED)
    return (StepOutcome.DONE,)


def person_facts(session: Session, member_id: int) -> PipelineFacts:
    """The pipeline facts of one person (who may have left)."""
    found = load_pipeline_facts(session, member_ids=[member_id], include_exited=True)
    if not found:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "No person with the number {id} is on file."), id=member_id
        )
    return found[0]


def suggest_next(session: Session, member_id: int, rules: LocalRules, today: dt.date) -> StepDue:
    """The step the dialog offers first: the rules' next step, else the one after the last."""
    facts = person_facts(session, member_id)
    due = next_step(facts, rules, today)
    if due is not None:
        return due
    last = max(facts.done, default=0)
    spec = s.step_spec(min(last + 1, s.LAST_STEP))
    return StepDue(spec.no, spec.name, None, None, False)


def _validate(draft: StepDraft) -> None:
    """Form-level checks: a ValidationError names the draft attribute at fault."""
    s.step_spec(draft.step_no)
    if draft.done_on is None:
        raise ValidationError(
            "done_on",
            "date.required",
            QT_TRANSLATE_NOOP("Validation", "Please enter the date the step happened."),
        )
    if draft.outcome not in outcomes_for(draft.step_no):
        raise ValidationError(
            "outcome",
            "step.outcome",
            QT_TRANSLATE_NOOP("Validation", "Step {step_no} cannot have this outcome."),
            step_no=draft.step_no,
        )
    for person in draft.people:
        person.name = person.name.strip()
        if len(person.name) > NAME_MAX:
            raise ValidationError(
                "people",
                "name.length",
                QT_TRANSLATE_NOOP("Validation", "The name is longer than {limit} characters."),
                limit=NAME_MAX,
            )
    draft.people = [person for person in draft.people if person.name]
    if s.step_spec(draft.step_no).has_votes and draft.votes is None:
        raise ValidationError(
            "votes",
            "votes.required",
            QT_TRANSLATE_NOOP(
                "Validation",
                "Please enter the votes of the branch assembly (expected, present, in favour,"
                " against, abstaining).",
            ),
        )
    if len(draft.notes) > NOTES_MAX:
        raise ValidationError(
            "notes",
            "notes.length",
            QT_TRANSLATE_NOOP("Validation", "The notes are longer than {limit} characters."),
            limit=NOTES_MAX,
        )


def _named(session: Session, draft: StepDraft, role: StepRole) -> list[NamedPerson]:
    """The people of ``role`` with their stage today when they are on file."""
    people = [p for p in draft.people if p.role is role]
    ids = [p.member_id for p in people if p.member_id is not None]
    stages = (
        {
            row.id: row.stage
            for row in session.execute(select(Member.id, Member.stage).where(Member.id.in_(ids)))
        }
        if ids
        else {}
    )
    return [NamedPerson(p.name, stages.get(p.member_id)) for p in people]


def step_findings(
    session: Session,
    member_id: int,
    draft: StepDraft,
    *,
    rules: LocalRules,
    today: dt.date,
    facts: PipelineFacts | None = None,
) -> list[RuleFinding]:
    """Everything recording ``draft`` would break, hard findings first; ValidationError on
    a form that is not filled in enough to check."""
    _validate(draft)
    assert draft.done_on is not None
    facts = facts or person_facts(session, member_id)
    found = check_step(
        facts,
        draft.step_no,
        draft.done_on,
        rules,
        today,
        introducers=_named(session, draft, StepRole.INTRODUCER),
        contacts=_named(session, draft, StepRole.CONTACT),
    )
    if draft.outcome is not StepOutcome.DONE:
        # Timing rules concern a step that was done; a failed vote is recorded whenever it was.
        found = [f for f in found if f.severity is FindingSeverity.HARD]
    spec = s.step_spec(draft.step_no)
    if draft.votes is not None:
        found += vote_findings(draft.votes, recorded_as_passed=draft.outcome is StepOutcome.DONE)
    if draft.outcome is StepOutcome.DONE and s.stage_rank(spec.stage) > s.stage_rank(facts.stage):
        found.append(
            RuleFinding(
                FindingSeverity.WARNING,
                "stage.skipped",
                QT_TRANSLATE_NOOP(
                    "Reminders",
                    "Step {step_no} belongs to a later stage than {name}'s: the steps that"
                    " lead there are not recorded.",
                ),
                s.RULE_ORDER,
                {"step_no": str(draft.step_no), "name": facts.name},
            )
        )
    return sorted(found, key=lambda f: f.severity is not FindingSeverity.HARD)


def _refuse_hard(found: list[RuleFinding]) -> None:
    hard = [f for f in found if f.severity is FindingSeverity.HARD]
    if hard:
        raise StepRefused(hard)


def _write(step: PipelineStep, draft: StepDraft) -> None:
    assert draft.done_on is not None
    step.done_on = draft.done_on
    step.outcome = draft.outcome
    votes = draft.votes
    step.votes_expected = votes.expected if votes else None
    step.votes_present = votes.present if votes else None
    step.votes_for = votes.in_favour if votes else None
    step.votes_against = votes.against if votes else None
    step.votes_abstain = votes.abstaining if votes else None
    step.notes = draft.notes.strip()
    step.meeting_id = draft.meeting_id
    step.people = [
        StepPerson(role=p.role, name=p.name, member_id=p.member_id) for p in draft.people
    ]


def _advance_stage(member: Member, draft: StepDraft) -> None:
    """A step that leads to a later stage moves the person there (never backwards)."""
    leads_to = s.step_spec(draft.step_no).leads_to
    if (
        draft.outcome is StepOutcome.DONE
        and leads_to is not None
        and s.stage_rank(leads_to) > s.stage_rank(member.stage)
    ):
        member.stage = leads_to


def record_step(
    session: Session, member_id: int, draft: StepDraft, *, rules: LocalRules, today: dt.date
) -> int:
    """Check and store one occurrence of a step; returns its id. Raises StepRefused on a hard
    finding and ValidationError on an incomplete form; warnings are the caller's to show."""
    _refuse_hard(step_findings(session, member_id, draft, rules=rules, today=today))
    member = session.get_one(Member, member_id)
    step = PipelineStep(member_id=member_id, step_no=draft.step_no)
    _write(step, draft)
    session.add(step)
    _advance_stage(member, draft)
    session.flush()
    return step.id


def _facts_without(session: Session, member_id: int, step: PipelineStep) -> PipelineFacts:
    """The person's facts as if ``step`` were not recorded (to check a correction of it)."""
    with session.begin_nested() as savepoint:
        session.delete(step)
        session.flush()
        facts = person_facts(session, member_id)
        savepoint.rollback()
    return facts


def _own_step(session: Session, member_id: int, step_id: int) -> PipelineStep:
    step = session.get(PipelineStep, step_id)
    if step is None or step.member_id != member_id:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "This step is no longer on file; nothing was changed.")
        )
    return step


def update_step(
    session: Session,
    member_id: int,
    step_id: int,
    draft: StepDraft,
    *,
    rules: LocalRules,
    today: dt.date,
) -> None:
    """Correct a recorded step (its number stays); checked as if recorded anew."""
    step = _own_step(session, member_id, step_id)
    draft.step_no = step.step_no
    facts = _facts_without(session, member_id, step)
    step = _own_step(session, member_id, step_id)  # reloaded after the savepoint's rollback
    _refuse_hard(step_findings(session, member_id, draft, rules=rules, today=today, facts=facts))
    _write(step, draft)
    _advance_stage(session.get_one(Member, member_id), draft)
    session.flush()


def delete_step(session: Session, member_id: int, step_id: int) -> None:
    """Remove a step recorded by mistake (the audit trail keeps it).

    When it was the step that moved the person to their current stage, and no other
    occurrence did, the person goes back to the stage the step belongs to.
    """
    step = _own_step(session, member_id, step_id)
    member = session.get_one(Member, member_id)
    spec = s.step_spec(step.step_no)
    moved_here = step.outcome is StepOutcome.DONE and spec.leads_to is member.stage
    session.delete(step)
    session.flush()
    if moved_here and spec.leads_to is not None:
        others = session.scalar(
            select(PipelineStep.id)
            .where(
                PipelineStep.member_id == member_id,
                PipelineStep.outcome == StepOutcome.DONE,
                PipelineStep.step_no.in_([x.no for x in s.STEPS if x.leads_to is spec.leads_to]),
            )
            .limit(1)
        )
        if others is None:
            member.stage = _stage_before(spec.leads_to)
            session.flush()


def _stage_before(stage: Stage) -> Stage:
    order = list(Stage)
    return order[max(order.index(stage) - 1, 0)]


def step_history(session: Session, member_id: int) -> list[StepRecord]:
    """Every recorded occurrence of every step, in the order they happened."""
    steps = session.scalars(
        select(PipelineStep)
        .where(PipelineStep.member_id == member_id)
        .order_by(PipelineStep.done_on, PipelineStep.step_no, PipelineStep.id)
    ).all()
    people: dict[int, list[tuple[StepRole, str, int | None]]] = {}
    files: dict[int | None, int] = {}
    if steps:
        for step_id, role, name, person_id in session.execute(
            select(StepPerson.step_id, StepPerson.role, StepPerson.name, StepPerson.member_id)
            .where(StepPerson.step_id.in_([step.id for step in steps]))
            .order_by(StepPerson.id)
        ):
            people.setdefault(step_id, []).append((role, name, person_id))
        # A comprehension, not dict(): a Result has keys() and dict() would take it for a map.
        files = {
            step_id: count
            for step_id, count in session.execute(
                select(AttachmentLink.pipeline_step_id, func.count())
                .where(AttachmentLink.pipeline_step_id.in_([step.id for step in steps]))
                .group_by(AttachmentLink.pipeline_step_id)
            )
        }
    return [
        StepRecord(
            id=step.id,
            step_no=step.step_no,
            name=s.step_spec(step.step_no).name,
            done_on=step.done_on,
            outcome=step.outcome,
            people=tuple(people.get(step.id, ())),
            votes=_votes(step),
            notes=step.notes,
            attachments=files.get(step.id, 0),
            meeting_id=step.meeting_id,
        )
        for step in steps
    ]


def _votes(step: PipelineStep) -> VoteCount | None:
    if step.votes_expected is None or step.votes_present is None or step.votes_for is None:
        return None
    return VoteCount(
        step.votes_expected,
        step.votes_present,
        step.votes_for,
        step.votes_against or 0,
        step.votes_abstain or 0,
    )


def step_draft(record: StepRecord) -> StepDraft:
    """A draft holding a recorded step, for correcting it."""
    return StepDraft(
        step_no=record.step_no,
        done_on=record.done_on,
        outcome=record.outcome,
        people=[StepPersonDraft(role, name, person) for role, name, person in record.people],
        votes=record.votes,
        notes=record.notes,
        meeting_id=record.meeting_id,  # a correction keeps the link to the meeting
    )


@dataclass(frozen=True)
class NameableMember:
    """A current Party member who can be named in a step (talker, contact, introducer …)."""

    id: int
    name: str
    stage: Stage


def nameable_members(
    session: Session, branch_id: int | None = None, *, also: Iterable[int | None] = ()
) -> list[NameableMember]:
    """Current probationary and full members (of one branch), full members first, by name;
    with ``also``, people named before who no longer are (a stored host stays choosable)."""
    current = and_(Member.stage.in_([Stage.FULL, Stage.PROBATIONARY]), ~has_exited())
    if branch_id is not None:
        current = and_(current, Member.branch_id == branch_id)
    named = [member_id for member_id in also if member_id is not None]
    rows = session.execute(
        select(Member.id, Member.name, Member.stage)
        .where(or_(current, Member.id.in_(named)) if named else current)
        .order_by(Member.stage != Stage.FULL, Member.name_pinyin, Member.id)
    )
    return [NameableMember(row.id, row.name, row.stage) for row in rows]
