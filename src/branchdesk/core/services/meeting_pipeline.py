"""What a meeting's resolutions do to the pipeline (RULES.md §1 steps 15, 23), and the
warnings the minutes editor shows before saving.

An admission or 转正 resolution of a 支部党员大会 records the subject's step with the meeting
date, the votes and ``meeting_id``: passed → DONE, not passed → 未通过 (FAILED). A step the
rules refuse refuses the meeting (MeetingRuleError naming ``resolutions.subject_id``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.core.enums import MeetingKind, StepOutcome
from branchdesk.core.errors import ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import Meeting, Member, PipelineStep
from branchdesk.core.rules import pipeline_steps as s
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.pipeline_checks import FindingSeverity, RuleFinding
from branchdesk.core.rules.votes import RULE_QUORUM
from branchdesk.core.services.development import (
    StepPersonDraft,
    StepRefused,
    delete_step,
    record_step,
    step_findings,
    update_step,
)
from branchdesk.core.services.meeting_checks import validate_meeting
from branchdesk.core.services.meeting_drafts import (
    RULE_COMMITTEE_QUORUM,
    RULE_VOTES_FROM_LIST,
    MeetingDraft,
    MeetingRuleError,
    attendance_counts,
)


def linked_steps(session: Session, meeting_id: int) -> dict[tuple[int, int], PipelineStep]:
    steps = session.scalars(select(PipelineStep).where(PipelineStep.meeting_id == meeting_id))
    return {(step.member_id, step.step_no): step for step in steps}


def _refuse_if_built_upon(session: Session, step: PipelineStep, row: int | None) -> None:
    """A passed step 15/23 that later steps rest on is not undone from a meeting."""
    if step.outcome is not StepOutcome.DONE:
        return
    later = session.scalar(
        select(PipelineStep.step_no)
        .where(PipelineStep.member_id == step.member_id, PipelineStep.step_no > step.step_no)
        .limit(1)
    )
    if later is not None:
        raise ValidationError(
            "resolutions.subject_id",
            "meeting.later_steps",
            QT_TRANSLATE_NOOP(
                "Validation",
                "{name} has later development steps on file (step {later}); delete those"
                " before undoing step {step_no} of this meeting.",
            ),
            name=session.get_one(Member, step.member_id).name,
            later=later,
            step_no=step.step_no,
            row=row or "",
        )


def undo_step(session: Session, step: PipelineStep) -> None:
    """Delete a step a meeting recorded (its resolution or the meeting went away)."""
    _refuse_if_built_upon(session, step, None)
    delete_step(session, step.member_id, step.id)


def _fall_back_stage(session: Session, member_id: int, step_no: int) -> None:
    """A passed vote corrected to 未通过: the person returns to the stage before it, unless
    another occurrence of a step leading there passed (as delete_step does)."""
    spec = s.step_spec(step_no)
    member = session.get_one(Member, member_id)
    if spec.leads_to is not member.stage:
        return
    other = session.scalar(
        select(PipelineStep.id)
        .where(
            PipelineStep.member_id == member_id,
            PipelineStep.outcome == StepOutcome.DONE,
            PipelineStep.step_no.in_([x.no for x in s.STEPS if x.leads_to is spec.leads_to]),
        )
        .limit(1)
    )
    if other is None:
        member.stage = spec.stage
        session.flush()


def _adoptable(session: Session, member_id: int, step_no: int, day: dt.date) -> int | None:
    """The same step recorded by hand (from 发展过程) for that day: linked, not duplicated."""
    return session.scalar(
        select(PipelineStep.id)
        .where(
            PipelineStep.member_id == member_id,
            PipelineStep.step_no == step_no,
            PipelineStep.done_on == day,
            PipelineStep.meeting_id.is_(None),
        )
        .limit(1)
    )


def sync_steps(
    session: Session, meeting: Meeting, draft: MeetingDraft, rules: LocalRules, today: dt.date
) -> None:
    """Record, update or delete the pipeline steps the resolutions decide."""
    assert draft.starts_at is not None
    day = draft.starts_at.date()
    linked = linked_steps(session, meeting.id)
    wanted = {
        (r.subject_id, r.step_no): (row, r)
        for row, r in enumerate(draft.resolutions, 1)
        if r.step_no is not None and r.subject_id is not None
    }
    for key, step in linked.items():
        if key not in wanted:
            undo_step(session, step)
    for (member_id, step_no), (row, item) in wanted.items():
        step_draft = item.step_draft(day, meeting.id)
        try:
            existing = linked.get((member_id, step_no))
            step_id = existing.id if existing else _adoptable(session, member_id, step_no, day)
            if step_id is None:
                record_step(session, member_id, step_draft, rules=rules, today=today)
                continue
            step = session.get_one(PipelineStep, step_id)
            was_done = step.outcome is StepOutcome.DONE
            if was_done and step_draft.outcome is not StepOutcome.DONE:
                _refuse_if_built_upon(session, step, row)
            # A correction keeps what 发展过程 added to the step: its notes and people.
            step_draft.notes = step.notes
            step_draft.people = [StepPersonDraft(p.role, p.name, p.member_id) for p in step.people]
            update_step(session, member_id, step_id, step_draft, rules=rules, today=today)
            if was_done and step_draft.outcome is not StepOutcome.DONE:
                _fall_back_stage(session, member_id, step_no)
        except StepRefused as refused:
            name = session.get_one(Member, member_id).name
            raise MeetingRuleError(
                "resolutions.subject_id", refused.findings, row=row, name=name
            ) from refused
        except MeetingRuleError:
            raise
        except ValidationError as invalid:
            raise ValidationError(
                f"resolutions.{invalid.field}",
                invalid.rule,
                invalid.template,
                **{**invalid.params, "row": row},
            ) from invalid


def _warn(code: str, message: str, rule: str, **params: object) -> RuleFinding:
    return RuleFinding(
        FindingSeverity.WARNING, code, message, rule, {k: str(v) for k, v in params.items()}
    )


def meeting_findings(
    session: Session,
    draft: MeetingDraft,
    *,
    rules: LocalRules,
    today: dt.date,
    meeting_id: int | None = None,
) -> list[RuleFinding]:
    """What storing ``draft`` would break, hard findings first (ValidationError if it cannot
    be stored at all): quorum, votes against the attendance list, the pipeline steps' rules."""
    validate_meeting(session, draft, today=today, meeting_id=meeting_id)
    counts = attendance_counts(draft)
    found: list[RuleFinding] = []
    if draft.kind is MeetingKind.BRANCH_ASSEMBLY and not counts.quorate:
        found.append(
            _warn(
                "meeting.no_quorum",
                QT_TRANSLATE_NOOP(
                    "Reminders",
                    "Only {present} of {expected} voting members were present: the branch"
                    " assembly has no quorum.",
                ),
                RULE_QUORUM,
                present=counts.voting_present,
                expected=counts.voting_expected,
            )
        )
    if draft.kind is MeetingKind.COMMITTEE and counts.present * 2 <= counts.expected:
        found.append(
            _warn(
                "meeting.committee_quorum",
                QT_TRANSLATE_NOOP(
                    "Reminders", "Only {present} of {expected} committee members were present."
                ),
                RULE_COMMITTEE_QUORUM,
                present=counts.present,
                expected=counts.expected,
            )
        )
    assert draft.starts_at is not None
    for row, item in enumerate(draft.resolutions, 1):
        votes = item.votes
        listed = (counts.voting_expected, counts.voting_present)
        if (
            draft.kind is MeetingKind.BRANCH_ASSEMBLY
            and votes
            and (votes.expected, votes.present) != listed
        ):
            found.append(
                _warn(
                    "votes.attendance",
                    QT_TRANSLATE_NOOP(
                        "Reminders",
                        "Resolution {row} counts {expected} expected and {present} present voting"
                        " members; the attendance list has {list_expected} and {list_present}.",
                    ),
                    RULE_VOTES_FROM_LIST,
                    row=row,
                    expected=votes.expected,
                    present=votes.present,
                    list_expected=listed[0],
                    list_present=listed[1],
                )
            )
        if item.step_no is not None and item.subject_id is not None:
            step = item.step_draft(draft.starts_at.date(), meeting_id)
            for finding in step_findings(session, item.subject_id, step, rules=rules, today=today):
                found.append(replace(finding, params={**finding.params, "row": str(row)}))
    return sorted(found, key=lambda f: f.severity is not FindingSeverity.HARD)
