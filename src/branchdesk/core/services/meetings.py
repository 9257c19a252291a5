"""Meetings (三会一课, 主题党日, 组织生活会; RULES.md §2): store minutes and what they decide.

The caller owns the unit of work; each write runs in a savepoint, so a refused meeting leaves
nothing behind even when the caller goes on using the session. An admission or 转正
resolution of a 支部党员大会 records the subject's pipeline step 15 or 23 in the same
transaction (``meeting_id`` on the step): passed → DONE, not passed → 未通过 (FAILED).
Editing the meeting updates those steps; deleting it deletes them, unless the person has
later steps on file, which must be deleted first (the step is what those later steps rest on).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import and_, not_, or_, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import MeetingKind, PostKind, Stage
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import (
    AgendaItem,
    AttachmentLink,
    Attendance,
    Meeting,
    MeetingGuest,
    Member,
    MemberPost,
    Resolution,
    StudySession,
)
from branchdesk.core.queries import has_exited
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.votes import VoteCount
from branchdesk.core.services.activity import EXPECTED_AT_MEETINGS
from branchdesk.core.services.meeting_checks import next_sequence_no, validate_meeting
from branchdesk.core.services.meeting_drafts import (
    AgendaDraft,
    AttendanceCounts,
    AttendanceDraft,
    GuestDraft,
    MeetingDraft,
    MeetingRuleError,
    ResolutionDraft,
    attendance_counts,
)
from branchdesk.core.services.meeting_list import MeetingRow, meeting_rows
from branchdesk.core.services.meeting_pipeline import (
    linked_steps,
    meeting_findings,
    sync_steps,
    undo_step,
)
from branchdesk.core.services.study import delete_session

__all__ = [
    "AgendaDraft",
    "AttendanceCounts",
    "AttendanceDraft",
    "GuestDraft",
    "MeetingDraft",
    "MeetingRow",
    "MeetingRuleError",
    "ResolutionDraft",
    "attendance_counts",
    "delete_meeting",
    "meeting_draft",
    "meeting_findings",
    "meeting_rows",
    "new_meeting_draft",
    "next_sequence_no",
    "record_meeting",
    "resolution_subjects",
    "update_meeting",
    "validate_meeting",
]

COMMITTEE_POSTS = [kind for kind in PostKind if kind.is_committee]


def resolution_subjects(
    session: Session, branch_id: int, *, also: Sequence[int | None] = ()
) -> list[tuple[int, str, Stage]]:
    """Whom a branch assembly's vote can concern: the branch's current 发展对象 and 预备党员,
    and the people ``also`` names (the subjects of stored resolutions, whatever they are now)."""
    current = and_(
        Member.branch_id == branch_id,
        Member.stage.in_([Stage.CANDIDATE, Stage.PROBATIONARY]),
        ~has_exited(),
    )
    named = [member_id for member_id in also if member_id is not None]
    rows = session.execute(
        select(Member.id, Member.name, Member.stage)
        .where(or_(current, Member.id.in_(named)) if named else current)
        .order_by(Member.name_pinyin, Member.id)
    )
    return [(row.id, row.name, row.stage) for row in rows]


def _holding(kinds: Sequence[PostKind], day: dt.date) -> Any:
    """SQL condition: a post of ``kinds`` held on ``day``."""
    return and_(
        MemberPost.kind.in_(kinds),
        MemberPost.started_on <= day,
        or_(MemberPost.ended_on.is_(None), MemberPost.ended_on >= day),
    )


def new_meeting_draft(
    session: Session,
    branch_id: int,
    kind: MeetingKind,
    starts_at: dt.datetime,
    *,
    party_group_id: int | None = None,
) -> MeetingDraft:
    """A draft with the next 第N次, the attendance list and a host filled in.

    Expected: the branch's current Party members (probationary and full, not exited, not
    abroad, flowing out or suspended); for a 党小组会 the group's, for a 支部委员会 the
    committee's (everyone when no committee posts are on file). Full members vote
    (党章 第四条), probationary members do not (第七条). The host is the secretary (the group
    leader for a 党小组会) when they are on the list.
    """
    day = starts_at.date()
    query = (
        select(Member.id, Member.name, Member.stage)
        .where(
            Member.branch_id == branch_id,
            Member.stage.in_((Stage.PROBATIONARY, Stage.FULL)),
            Member.org_status.in_(EXPECTED_AT_MEETINGS),
            not_(has_exited()),
        )
        .order_by(Member.name_pinyin, Member.id)
    )
    if kind is MeetingKind.GROUP:
        query = query.where(Member.party_group_id == party_group_id)
    people = session.execute(query).all()
    if kind is MeetingKind.COMMITTEE:
        committee = set(
            session.scalars(
                select(MemberPost.member_id).where(
                    MemberPost.branch_id == branch_id, _holding(COMMITTEE_POSTS, day)
                )
            )
        )
        people = [p for p in people if p.id in committee] or people
    host_posts = [PostKind.GROUP_LEADER] if kind is MeetingKind.GROUP else [PostKind.SECRETARY]
    hosts = set(
        session.scalars(
            select(MemberPost.member_id).where(
                MemberPost.branch_id == branch_id, _holding(host_posts, day)
            )
        )
    )
    listed = [p.id for p in people]
    return MeetingDraft(
        kind=kind,
        branch_id=branch_id,
        starts_at=starts_at,
        party_group_id=party_group_id if kind is MeetingKind.GROUP else None,
        sequence_no=next_sequence_no(session, branch_id, kind, starts_at.year, party_group_id),
        host_id=next((i for i in listed if i in hosts), None),
        attendance=[
            AttendanceDraft(p.id, has_vote=p.stage is Stage.FULL, name=p.name) for p in people
        ],
    )


# writing -----------------------------------------------------------------------------------


def _sync(rows: list[Any], drafts: Sequence[Any], make: Callable[[], Any], fill: Any) -> None:
    """Rows updated in place by position (a small audit trail), extras added, leftovers deleted."""
    for index, draft in enumerate(drafts):
        if index == len(rows):
            rows.append(make())
        fill(rows[index], draft, index + 1)
    del rows[len(drafts) :]


def _write(session: Session, meeting: Meeting, draft: MeetingDraft) -> None:
    assert draft.starts_at is not None
    assert draft.sequence_no is not None
    for name in ("kind", "branch_id", "party_group_id", "sequence_no", "title", "starts_at"):
        setattr(meeting, name, getattr(draft, name))
    for name in ("ends_at", "place", "host_id", "recorder_id", "speaker", "minutes"):
        setattr(meeting, name, getattr(draft, name))
    meeting.year = draft.starts_at.year
    # Attendance matched by member: the (meeting, member) pair is unique, so a row that is
    # deleted and added back in one flush would collide.
    by_member = {row.member_id: row for row in meeting.attendance}
    meeting.attendance = [by_member.get(a.member_id) or Attendance() for a in draft.attendance]
    for row, line in zip(meeting.attendance, draft.attendance, strict=True):
        row.member_id, row.status, row.reason = line.member_id, line.status, line.reason
        row.has_vote = line.has_vote
    _sync(meeting.guests, draft.guests, MeetingGuest, _fill_guest)
    _sync(meeting.agenda_items, draft.agenda, AgendaItem, _fill_agenda)
    _sync(meeting.resolutions, draft.resolutions, Resolution, _fill_resolution)
    session.flush()


def _fill_guest(row: MeetingGuest, draft: GuestDraft, _position: int) -> None:
    row.name, row.affiliation, row.member_id = draft.name, draft.affiliation, draft.member_id


def _fill_agenda(row: AgendaItem, draft: AgendaDraft, position: int) -> None:
    row.position, row.title, row.discussion = position, draft.title, draft.discussion


def _fill_resolution(row: Resolution, draft: ResolutionDraft, position: int) -> None:
    row.position, row.kind, row.subject_id, row.text = (
        position,
        draft.kind,
        draft.subject_id,
        draft.text,
    )
    votes = draft.votes
    row.votes_expected = votes.expected if votes else None
    row.votes_present = votes.present if votes else None
    row.votes_for = votes.in_favour if votes else None
    row.votes_against = votes.against if votes else None
    row.votes_abstain = votes.abstaining if votes else None


def record_meeting(
    session: Session, draft: MeetingDraft, *, rules: LocalRules, today: dt.date
) -> int:
    """Validate and store a meeting with its attendance, guests, agenda and resolutions, and
    the pipeline steps its admission and 转正 votes decide; returns its id.

    Raises ValidationError (MeetingRuleError for a rule of RULES.md) and writes nothing then.
    """
    validate_meeting(session, draft, today=today)
    assert draft.starts_at is not None
    if draft.sequence_no is None:
        draft.sequence_no = next_sequence_no(
            session, draft.branch_id, draft.kind, draft.starts_at.year, draft.party_group_id
        )
    with session.begin_nested():
        meeting = Meeting()
        session.add(meeting)
        _write(session, meeting, draft)
        sync_steps(session, meeting, draft, rules, today)
        return meeting.id


def _own(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "This meeting is no longer on file; nothing was changed.")
        )
    return meeting


def update_meeting(
    session: Session,
    meeting_id: int,
    draft: MeetingDraft,
    *,
    rules: LocalRules,
    today: dt.date,
) -> None:
    """Store the edited minutes; the steps its resolutions recorded are updated, not doubled."""
    _own(session, meeting_id)
    validate_meeting(session, draft, today=today, meeting_id=meeting_id)
    assert draft.starts_at is not None
    if draft.sequence_no is None:
        draft.sequence_no = next_sequence_no(
            session,
            draft.branch_id,
            draft.kind,
            draft.starts_at.year,
            draft.party_group_id,
            exclude_id=meeting_id,
        )
    with session.begin_nested():
        meeting = _own(session, meeting_id)  # reloaded: the steps' savepoints expire it
        _write(session, meeting, draft)
        sync_steps(session, meeting, draft, rules, today)


def delete_meeting(session: Session, meeting_id: int) -> None:
    """Delete a meeting recorded by mistake, with the pipeline steps it recorded, the study
    session it counted as, and the links of its files (the audit trail keeps them all).
    Refused while a passed step of it has later steps on file."""
    meeting = _own(session, meeting_id)
    with session.begin_nested():
        for step in linked_steps(session, meeting_id).values():
            undo_step(session, step)
        for study_id in session.scalars(
            select(StudySession.id).where(StudySession.meeting_id == meeting_id)
        ):
            delete_session(session, study_id)
        for link in session.scalars(
            select(AttachmentLink).where(AttachmentLink.meeting_id == meeting_id)
        ):
            session.delete(link)  # through the ORM, so the trail records the links too
        session.delete(meeting)
        session.flush()


# reading -----------------------------------------------------------------------------------


def meeting_draft(session: Session, meeting_id: int) -> MeetingDraft:
    """A draft holding a stored meeting, for editing it."""
    meeting = _own(session, meeting_id)
    # In the order entered (the relationship has none; SQLite would follow the unique index).
    attendance = sorted(meeting.attendance, key=lambda a: a.id)
    guests = sorted(meeting.guests, key=lambda g: g.id)
    ids = [a.member_id for a in attendance]
    # A comprehension, not dict(): a Result has keys() and dict() would take it for a map.
    names = {
        member_id: name
        for member_id, name in session.execute(
            select(Member.id, Member.name).where(Member.id.in_(ids))
        )
    }
    outcomes = {key: step.outcome for key, step in linked_steps(session, meeting_id).items()}
    resolutions = []
    for row in meeting.resolutions:
        draft = ResolutionDraft(row.text, row.kind, row.subject_id, _votes(row))
        outcome = outcomes.get((row.subject_id or 0, draft.step_no or 0))
        # Only an outcome the votes do not imply is kept (延长预备期, 取消预备资格).
        if outcome is not None and outcome is not draft.step_outcome:
            draft.outcome = outcome
        resolutions.append(draft)
    return MeetingDraft(
        kind=meeting.kind,
        branch_id=meeting.branch_id,
        starts_at=meeting.starts_at,
        title=meeting.title,
        party_group_id=meeting.party_group_id,
        sequence_no=meeting.sequence_no,
        ends_at=meeting.ends_at,
        place=meeting.place,
        host_id=meeting.host_id,
        recorder_id=meeting.recorder_id,
        speaker=meeting.speaker,
        minutes=meeting.minutes,
        attendance=[
            AttendanceDraft(a.member_id, a.status, a.reason, a.has_vote, names.get(a.member_id, ""))
            for a in attendance
        ],
        guests=[GuestDraft(g.name, g.affiliation, g.member_id) for g in guests],
        agenda=[AgendaDraft(a.title, a.discussion) for a in meeting.agenda_items],
        resolutions=resolutions,
    )


def _votes(row: Resolution) -> VoteCount | None:
    if row.votes_expected is None or row.votes_present is None or row.votes_for is None:
        return None
    return VoteCount(
        row.votes_expected,
        row.votes_present,
        row.votes_for,
        row.votes_against or 0,
        row.votes_abstain or 0,
    )
