"""What the 会议记录 shows: one meeting, or a year's meetings for the minutes book (RULES.md §2).

Read in five queries whatever the number of meetings: the meetings (with host, recorder, branch
and party group joined), then attendance, guests, agenda items and resolutions of all of them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from branchdesk.core.enums import AttendanceStatus, MeetingKind, ResolutionKind
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import (
    AgendaItem,
    Attendance,
    Branch,
    Meeting,
    MeetingGuest,
    Member,
    PartyGroup,
    Resolution,
)
from branchdesk.core.print_data.roster import resolve_branch


class Attendee(NamedTuple):
    """One expected attendee; ``reason`` explains a leave or an absence."""

    name: str
    status: AttendanceStatus
    reason: str
    has_vote: bool


class Guest(NamedTuple):
    """Someone attending without being expected (列席)."""

    name: str
    affiliation: str


class Agenda(NamedTuple):
    """A 议题 with the speakers' points."""

    title: str
    discussion: str


class ResolutionVotes(NamedTuple):
    """应到/实到/赞成/反对/弃权 of a resolution; None where not recorded."""

    expected: int | None
    present: int | None
    for_: int | None
    against: int | None
    abstain: int | None


class ResolutionLine(NamedTuple):
    """A resolution; admission and 转正 votes name the member concerned (``subject``)."""

    kind: ResolutionKind
    text: str
    subject: str
    votes: ResolutionVotes | None  # None when no count was recorded


@dataclass(frozen=True)
class Minutes:
    """Everything one 会议记录 prints; text fields are "" when unknown."""

    meeting_id: int
    branch_name: str
    party_group: str  # the 党小组 of a 党小组会
    kind: MeetingKind
    year: int
    sequence_no: int
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    place: str
    host: str
    recorder: str
    speaker: str
    attendees: tuple[Attendee, ...]
    guests: tuple[Guest, ...]
    agenda: tuple[Agenda, ...]
    text: str
    resolutions: tuple[ResolutionLine, ...]

    @property
    def expected(self) -> int:
        """应到: everyone expected, whatever happened."""
        return len(self.attendees)

    @property
    def present(self) -> int:
        """实到: present or late."""
        return sum(1 for a in self.attendees if a.status.attended)

    @property
    def missing(self) -> tuple[Attendee, ...]:
        """缺席: on leave or absent, each with its reason."""
        return tuple(a for a in self.attendees if not a.status.attended)

    @property
    def late(self) -> tuple[Attendee, ...]:
        return tuple(a for a in self.attendees if a.status is AttendanceStatus.LATE)

    @property
    def voting_expected(self) -> int:
        """应到 of the members with a vote (full members; RULES.md §2 counts them apart)."""
        return sum(1 for a in self.attendees if a.has_vote)

    @property
    def voting_present(self) -> int:
        return sum(1 for a in self.attendees if a.has_vote and a.status.attended)

    @property
    def quorate(self) -> bool:
        """RULES.md §2: more than half of the voting members are present."""
        return self.voting_present * 2 > self.voting_expected


@dataclass(frozen=True)
class MinutesBook:
    """A branch's minutes of one year (optionally of one kind), in the order they were held."""

    branch_name: str
    parent_org: str
    year: int
    kind: MeetingKind | None
    meetings: tuple[Minutes, ...]


def minutes(session: Session, meeting_id: int) -> Minutes:
    """Read one meeting's 会议记录; raises BranchDeskError when there is no such meeting."""
    found = _read(session, _meetings_query().where(Meeting.id == meeting_id))
    if not found:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "There is no meeting with number {id}."), id=meeting_id
        )
    return found[0]


def minutes_book(
    session: Session, year: int, kind: MeetingKind | None = None, *, branch_name: str | None = None
) -> MinutesBook:
    """Read a branch's meetings of ``year`` (the first branch by default) in five queries.

    Raises BranchDeskError when there is no such branch or no meeting to print.
    """
    branch = resolve_branch(session, branch_name)
    query = _meetings_query().where(Meeting.branch_id == branch.id, Meeting.year == year)
    if kind is not None:
        query = query.where(Meeting.kind == kind)
    meetings = _read(session, query)
    if not meetings:
        if kind is None:
            raise BranchDeskError(
                QT_TRANSLATE_NOOP("Errors", "No meetings are on file for {year}."), year=year
            )
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "No meetings of the kind {kind} are on file for {year}."),
            kind=kind.value,
            year=year,
        )
    return MinutesBook(branch.name, branch.parent_org, year, kind, tuple(meetings))


# The book's order: by date, then by kind and 第N次 for meetings held at the same time.
_ORDER = (Meeting.starts_at, Meeting.kind, Meeting.sequence_no, Meeting.id)


def all_minutes(session: Session, *, year: int | None = None) -> list[Minutes]:
    """Every branch's meetings (of ``year`` when given), by date, in five queries."""
    query = _meetings_query()
    if year is not None:
        query = query.where(Meeting.year == year)
    return _read(session, query.order_by(None).order_by(Branch.position, *_ORDER))


def _meetings_query() -> Select:
    host, recorder = aliased(Member), aliased(Member)
    return (
        select(Meeting, Branch.name, PartyGroup.name, host.name, recorder.name)
        .join(Branch, Meeting.branch_id == Branch.id)
        .outerjoin(PartyGroup, Meeting.party_group_id == PartyGroup.id)
        .outerjoin(host, Meeting.host_id == host.id)
        .outerjoin(recorder, Meeting.recorder_id == recorder.id)
        .order_by(*_ORDER)
    )


def _read(session: Session, query: Select) -> list[Minutes]:
    rows = session.execute(query).all()
    if not rows:
        return []
    # The ids go into IN (...) once per family: SQLite takes 32,766 parameters, far more than
    # the meetings of any year.
    ids = [row[0].id for row in rows]
    attendees = _attendees(session, ids)
    guests = _guests(session, ids)
    agenda = _agenda(session, ids)
    resolutions = _resolutions(session, ids)
    return [
        Minutes(
            meeting_id=meeting.id,
            branch_name=branch_name,
            party_group=group or "",
            kind=meeting.kind,
            year=meeting.year,
            sequence_no=meeting.sequence_no,
            title=meeting.title,
            starts_at=meeting.starts_at,
            ends_at=meeting.ends_at,
            place=meeting.place or "",
            host=host or "",
            recorder=recorder or "",
            speaker=meeting.speaker or "",
            attendees=tuple(attendees[meeting.id]),
            guests=tuple(guests[meeting.id]),
            agenda=tuple(agenda[meeting.id]),
            text=meeting.minutes or "",
            resolutions=tuple(resolutions[meeting.id]),
        )
        for meeting, branch_name, group, host, recorder in rows
    ]


def _attendees(session: Session, ids: Sequence[int]) -> dict[int, list[Attendee]]:
    found: dict[int, list[Attendee]] = defaultdict(list)
    rows = session.execute(
        select(
            Attendance.meeting_id,
            Member.name,
            Attendance.status,
            Attendance.reason,
            Attendance.has_vote,
        )
        .join(Member, Attendance.member_id == Member.id)
        .where(Attendance.meeting_id.in_(ids))
        .order_by(Attendance.meeting_id, Member.name_pinyin, Member.id)
    )
    for meeting_id, name, status, reason, has_vote in rows:
        found[meeting_id].append(Attendee(name, status, reason or "", bool(has_vote)))
    return found


def _guests(session: Session, ids: Sequence[int]) -> dict[int, list[Guest]]:
    found: dict[int, list[Guest]] = defaultdict(list)
    rows = session.execute(
        select(MeetingGuest.meeting_id, MeetingGuest.name, MeetingGuest.affiliation)
        .where(MeetingGuest.meeting_id.in_(ids))
        .order_by(MeetingGuest.meeting_id, MeetingGuest.id)
    )
    for meeting_id, name, affiliation in rows:
        found[meeting_id].append(Guest(name, affiliation or ""))
    return found


def _agenda(session: Session, ids: Sequence[int]) -> dict[int, list[Agenda]]:
    found: dict[int, list[Agenda]] = defaultdict(list)
    rows = session.execute(
        select(AgendaItem.meeting_id, AgendaItem.title, AgendaItem.discussion)
        .where(AgendaItem.meeting_id.in_(ids))
        .order_by(AgendaItem.meeting_id, AgendaItem.position, AgendaItem.id)
    )
    for meeting_id, title, discussion in rows:
        found[meeting_id].append(Agenda(title, discussion or ""))
    return found


def _resolutions(session: Session, ids: Sequence[int]) -> dict[int, list[ResolutionLine]]:
    found: dict[int, list[ResolutionLine]] = defaultdict(list)
    rows = session.execute(
        select(Resolution, Member.name)
        .outerjoin(Member, Resolution.subject_id == Member.id)
        .where(Resolution.meeting_id.in_(ids))
        .order_by(Resolution.meeting_id, Resolution.position, Resolution.id)
    )
    for resolution, subject in rows:
        votes = ResolutionVotes(
            resolution.votes_expected,
            resolution.votes_present,
            resolution.votes_for,
            resolution.votes_against,
            resolution.votes_abstain,
        )
        recorded = None if all(count is None for count in votes) else votes
        found[resolution.meeting_id].append(
            ResolutionLine(resolution.kind, resolution.text, subject or "", recorded)
        )
    return found
