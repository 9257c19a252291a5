"""What the minutes editor stages for one meeting (RULES.md §2), its counts and its checks.

``meetings.py`` stores a draft; this module says whether it may be stored. Form errors raise
a ValidationError naming the draft attribute (``attendance.reason`` with ``row`` for a grid
row); rule findings that only warn are returned by ``meeting_findings`` for the editor to show.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from branchdesk.core.enums import (
    AttendanceStatus,
    MeetingKind,
    ResolutionKind,
    StepOutcome,
)
from branchdesk.core.errors import ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules import pipeline_steps as s
from branchdesk.core.rules.pipeline_checks import RuleFinding
from branchdesk.core.rules.votes import VoteCount
from branchdesk.core.services.development import StepDraft

# Column sizes of core/models/meetings.py; the title has none, 200 keeps it printable.
TITLE_MAX, PLACE_MAX, SPEAKER_MAX, REASON_MAX = 200, 100, 60, 200
GUEST_NAME_MAX, AFFILIATION_MAX = 60, 100
# A resolution of these kinds records the subject's pipeline step (RULES.md §1 steps 15, 23).
PIPELINE_STEPS = {
    ResolutionKind.ADMISSION: s.ADMISSION,
    ResolutionKind.CONFIRMATION: s.CONFIRMATION,
}

RULE_COMMITTEE_QUORUM = QT_TRANSLATE_NOOP(
    "Reminders",
    "Branch Work Regulations: a committee meeting needs more than half of the committee members"
    " present.",
)
RULE_VOTES_FROM_LIST = QT_TRANSLATE_NOOP(
    "Reminders", "The votes of a resolution count the voting members on the attendance list."
)


class MeetingRuleError(ValidationError):
    """A rule of RULES.md refuses the meeting; the message is a ``Reminders`` template.

    ``field`` names the draft attribute (``resolutions.subject_id`` …) and ``params["row"]``
    the 1-based row; ``findings`` holds every hard finding behind it.
    """

    context = "Reminders"

    def __init__(self, field: str, findings: list[RuleFinding], **params: object) -> None:
        first = findings[0]
        super().__init__(field, first.code, first.message, **{**first.params, **params})
        self.findings = findings


@dataclass
class AttendanceDraft:
    """One expected attendee; ``name`` is shown, not stored."""

    member_id: int
    status: AttendanceStatus = AttendanceStatus.PRESENT
    reason: str = ""
    has_vote: bool = False
    name: str = ""


@dataclass
class GuestDraft:
    """Someone attending without being expected (列席); a person on file may be linked."""

    name: str
    affiliation: str = ""
    member_id: int | None = None


@dataclass
class AgendaDraft:
    """A 议题 and the speakers' points, dissent included."""

    title: str
    discussion: str = ""


@dataclass
class ResolutionDraft:
    """A resolution with its votes; admissions and 转正 name the member concerned.

    ``outcome`` None means: passed (DONE) when the votes pass, 未通过 (FAILED) otherwise;
    a 转正 vote may instead extend or cancel the probation.
    """

    text: str
    kind: ResolutionKind = ResolutionKind.OTHER
    subject_id: int | None = None
    votes: VoteCount | None = None
    outcome: StepOutcome | None = None

    @property
    def step_no(self) -> int | None:
        return PIPELINE_STEPS.get(self.kind)

    def step_draft(self, day: dt.date, meeting_id: int | None) -> StepDraft:
        """The pipeline step this resolution records (step 15 or 23) on the meeting's day."""
        assert self.step_no is not None
        return StepDraft(
            self.step_no, day, self.step_outcome, votes=self.votes, meeting_id=meeting_id
        )

    @property
    def step_outcome(self) -> StepOutcome:
        if self.outcome is not None:
            return self.outcome
        return (
            StepOutcome.DONE if self.votes is not None and self.votes.passed else StepOutcome.FAILED
        )


@dataclass
class MeetingDraft:
    """Everything the minutes of one meeting hold; ``sequence_no`` None is assigned on save."""

    kind: MeetingKind
    branch_id: int
    starts_at: dt.datetime | None
    title: str = ""
    party_group_id: int | None = None  # 党小组会 only
    sequence_no: int | None = None
    ends_at: dt.datetime | None = None
    place: str = ""
    host_id: int | None = None
    recorder_id: int | None = None
    speaker: str = ""  # 主讲人 of a 党课
    minutes: str = ""
    attendance: list[AttendanceDraft] = field(default_factory=list)
    guests: list[GuestDraft] = field(default_factory=list)
    agenda: list[AgendaDraft] = field(default_factory=list)
    resolutions: list[ResolutionDraft] = field(default_factory=list)

    @property
    def year(self) -> int | None:
        return self.starts_at.year if self.starts_at else None

    @property
    def decides_pipeline(self) -> bool:
        return any(r.step_no is not None for r in self.resolutions)


@dataclass(frozen=True)
class AttendanceCounts:
    """应到 / 实到 / 缺席 of everyone expected, and 应到 / 实到 of those with a vote."""

    expected: int
    present: int
    absent: int  # on leave or absent: everyone expected who did not attend
    voting_expected: int
    voting_present: int

    @property
    def quorate(self) -> bool:
        """More than half of the voting members present (RULES.md §2)."""
        return self.voting_present * 2 > self.voting_expected

    def default_votes(self) -> VoteCount:
        """A resolution's votes before the clerk types them: everyone present in favour."""
        return VoteCount(self.voting_expected, self.voting_present, self.voting_present)


def attendance_counts(draft: MeetingDraft) -> AttendanceCounts:
    rows = draft.attendance
    present = [r for r in rows if r.status.attended]
    return AttendanceCounts(
        expected=len(rows),
        present=len(present),
        absent=len(rows) - len(present),
        voting_expected=sum(1 for r in rows if r.has_vote),
        voting_present=sum(1 for r in present if r.has_vote),
    )
