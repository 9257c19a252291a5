"""Whether a meeting draft may be stored (RULES.md §2): form errors, quorum, votes, warnings.

Form errors raise a ValidationError naming the draft attribute (``attendance.reason`` with
``row`` = the 1-based grid row); ``meeting_findings`` lists what only warns, for the editor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.core.enums import MeetingKind, ResolutionKind, Stage
from branchdesk.core.errors import ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import Branch, Meeting, Member, PartyGroup
from branchdesk.core.rules.votes import VoteCount, vote_findings
from branchdesk.core.services.development import outcomes_for
from branchdesk.core.services.meeting_drafts import (
    AFFILIATION_MAX,
    GUEST_NAME_MAX,
    PLACE_MAX,
    REASON_MAX,
    SPEAKER_MAX,
    TITLE_MAX,
    MeetingDraft,
    MeetingRuleError,
    attendance_counts,
)


def _error(field: str, rule: str, message: str, **params: object) -> ValidationError:
    return ValidationError(field, rule, message, **params)


def _too_long(field: str, limit: int, **params: object) -> ValidationError:
    return _error(
        field,
        "text.length",
        QT_TRANSLATE_NOOP("Validation", "The text is longer than {limit} characters."),
        limit=limit,
        **params,
    )


def _stages(session: Session, ids: Iterable[int | None]) -> dict[int, tuple[str, Stage]]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(
        select(Member.id, Member.name, Member.stage).where(Member.id.in_(wanted))
    )
    return {row.id: (row.name, row.stage) for row in rows}


def next_sequence_no(
    session: Session,
    branch_id: int,
    kind: MeetingKind,
    year: int,
    party_group_id: int | None = None,
    *,
    exclude_id: int | None = None,
) -> int:
    """The next 第N次 of ``kind`` in ``year`` for the branch (and the 党小组 for its meetings)."""
    query = select(Meeting.sequence_no).where(
        Meeting.branch_id == branch_id, Meeting.kind == kind, Meeting.year == year
    )
    if kind is MeetingKind.GROUP:
        query = query.where(Meeting.party_group_id == party_group_id)
    if exclude_id is not None:
        query = query.where(Meeting.id != exclude_id)
    taken = set(session.scalars(query))
    return max(taken, default=0) + 1


def _check_header(
    session: Session, draft: MeetingDraft, today: dt.date, meeting_id: int | None
) -> None:
    if session.get(Branch, draft.branch_id) is None:
        raise _error(
            "branch_id",
            "branch.required",
            QT_TRANSLATE_NOOP("Validation", "Please choose the branch."),
        )
    if draft.kind is MeetingKind.GROUP:
        group = session.get(PartyGroup, draft.party_group_id) if draft.party_group_id else None
        if group is None or group.branch_id != draft.branch_id:
            raise _error(
                "party_group_id",
                "meeting.group_required",
                QT_TRANSLATE_NOOP("Validation", "Please choose the party group of this branch."),
            )
    else:
        draft.party_group_id = None  # only a 党小组会 belongs to a group
    draft.title = draft.title.strip()
    if not draft.title:
        raise _error(
            "title", "title.required", QT_TRANSLATE_NOOP("Validation", "Please enter the title.")
        )
    for name, limit in (("title", TITLE_MAX), ("place", PLACE_MAX), ("speaker", SPEAKER_MAX)):
        setattr(draft, name, getattr(draft, name).strip())
        if len(getattr(draft, name)) > limit:
            raise _too_long(name, limit)
    if draft.starts_at is None:
        raise _error(
            "starts_at",
            "date.required",
            QT_TRANSLATE_NOOP("Validation", "Please enter when the meeting started."),
        )
    if draft.starts_at.date() > today:
        # Minutes record what happened; a planned meeting is not minuted yet.
        raise _error(
            "starts_at",
            "date.future",
            QT_TRANSLATE_NOOP("Validation", "The date {date} is in the future."),
            date=draft.starts_at.date().isoformat(),
        )
    if draft.ends_at is not None and draft.ends_at <= draft.starts_at:
        raise _error(
            "ends_at",
            "meeting.end_before_start",
            QT_TRANSLATE_NOOP("Validation", "The meeting must end after it starts."),
        )
    _check_sequence(session, draft, meeting_id)


def _check_sequence(session: Session, draft: MeetingDraft, meeting_id: int | None) -> None:
    assert draft.starts_at is not None
    if draft.sequence_no is None:
        return
    if draft.sequence_no < 1:
        raise _error(
            "sequence_no",
            "meeting.sequence_range",
            QT_TRANSLATE_NOOP("Validation", "The meeting number must be 1 or more."),
        )
    query = select(Meeting.id).where(
        Meeting.branch_id == draft.branch_id,
        Meeting.kind == draft.kind,
        Meeting.year == draft.starts_at.year,
        Meeting.sequence_no == draft.sequence_no,
    )
    if draft.kind is MeetingKind.GROUP:
        query = query.where(Meeting.party_group_id == draft.party_group_id)
    if meeting_id is not None:
        query = query.where(Meeting.id != meeting_id)
    if session.scalar(query.limit(1)) is not None:
        raise _error(
            "sequence_no",
            "meeting.sequence_taken",
            QT_TRANSLATE_NOOP(
                "Validation",
                "Meeting number {number} of this kind is already taken in {year}; the next free"
                " one is {free}.",
            ),
            number=draft.sequence_no,
            year=draft.starts_at.year,
            free=next_sequence_no(
                session,
                draft.branch_id,
                draft.kind,
                draft.starts_at.year,
                draft.party_group_id,
                exclude_id=meeting_id,
            ),
        )


def _check_people(session: Session, draft: MeetingDraft) -> None:
    people = _stages(
        session,
        [draft.host_id, draft.recorder_id, *(r.member_id for r in draft.attendance)],
    )
    for name in ("host_id", "recorder_id"):
        person = getattr(draft, name)
        if person is not None and (person not in people or not people[person][1].is_member):
            raise _error(
                name,
                "meeting.not_member",
                QT_TRANSLATE_NOOP("Validation", "Please choose a Party member on file."),
            )
    seen: set[int] = set()
    for row, line in enumerate(draft.attendance, 1):
        found = people.get(line.member_id)
        if found is None or not found[1].is_member or line.member_id in seen:
            raise _error(
                "attendance.member_id",
                "attendance.member",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Row {row}: each Party member on file appears once in the attendance list.",
                ),
                row=row,
            )
        seen.add(line.member_id)
        name, stage = found
        line.reason = line.reason.strip()
        if line.has_vote and stage is not Stage.FULL:
            raise _error(
                "attendance.has_vote",
                "attendance.vote",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Row {row}: {name} is a probationary member and has no vote (Party"
                    " Constitution, Article 7).",
                ),
                row=row,
                name=name,
            )
        # RULES.md §2: the minutes give each absentee's reason; "未请假" is a reason too.
        if not line.status.attended and not line.reason:
            raise _error(
                "attendance.reason",
                "attendance.reason",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Row {row}: please give the reason {name} was away (e.g. 未请假).",
                ),
                row=row,
                name=name,
            )
        if len(line.reason) > REASON_MAX:
            raise _too_long("attendance.reason", REASON_MAX, row=row)


def _check_lists(draft: MeetingDraft) -> None:
    """Guests and agenda items: blank rows are dropped, names and titles are required."""
    for guest in draft.guests:
        guest.name, guest.affiliation = guest.name.strip(), guest.affiliation.strip()
    draft.guests = [g for g in draft.guests if g.name or g.affiliation]
    for row, guest in enumerate(draft.guests, 1):
        if not guest.name:
            raise _error(
                "guests.name",
                "name.required",
                QT_TRANSLATE_NOOP("Validation", "Row {row}: please enter the name."),
                row=row,
            )
        if len(guest.name) > GUEST_NAME_MAX:
            raise _too_long("guests.name", GUEST_NAME_MAX, row=row)
        if len(guest.affiliation) > AFFILIATION_MAX:
            raise _too_long("guests.affiliation", AFFILIATION_MAX, row=row)
    for item in draft.agenda:
        item.title, item.discussion = item.title.strip(), item.discussion.strip()
    draft.agenda = [a for a in draft.agenda if a.title or a.discussion]
    for row, item in enumerate(draft.agenda, 1):
        if not item.title:
            raise _error(
                "agenda.title",
                "title.required",
                QT_TRANSLATE_NOOP("Validation", "Row {row}: please enter the title."),
                row=row,
            )
        if len(item.title) > TITLE_MAX:
            raise _too_long("agenda.title", TITLE_MAX, row=row)


def _check_resolutions(session: Session, draft: MeetingDraft) -> None:
    for item in draft.resolutions:
        item.text = item.text.strip()
    draft.resolutions = [
        r
        for r in draft.resolutions
        if r.text or r.subject_id is not None or r.votes is not None or r.step_no is not None
    ]
    subjects = _stages(session, [r.subject_id for r in draft.resolutions])
    seen: set[tuple[ResolutionKind, int]] = set()
    for row, item in enumerate(draft.resolutions, 1):
        if not item.text:
            raise _error(
                "resolutions.text",
                "resolution.text",
                QT_TRANSLATE_NOOP("Validation", "Row {row}: please enter the resolution."),
                row=row,
            )
        if item.votes is not None:
            bad = vote_findings(item.votes, recorded_as_passed=False)
            if bad:
                raise MeetingRuleError("resolutions.votes", bad, row=row)
        if item.subject_id is not None and item.subject_id not in subjects:
            raise _no_subject(row)
        if item.step_no is None:
            item.outcome = None  # only admissions and 转正 have a pipeline outcome
            continue
        if draft.kind is not MeetingKind.BRANCH_ASSEMBLY:
            raise _error(
                "resolutions.kind",
                "resolution.kind",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Row {row}: only a branch assembly admits a member or confirms a"
                    " probationary member.",
                ),
                row=row,
            )
        if item.subject_id is None:
            raise _no_subject(row)
        if (item.kind, item.subject_id) in seen:
            raise _error(
                "resolutions.subject_id",
                "resolution.twice",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Row {row}: {name} is already voted on in this meeting; one vote per person.",
                ),
                row=row,
                name=subjects[item.subject_id][0],
            )
        seen.add((item.kind, item.subject_id))
        if item.votes is None:
            raise _error(
                "resolutions.votes",
                "votes.required",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Please enter the votes of the branch assembly (expected, present, in favour,"
                    " against, abstaining).",
                ),
                row=row,
            )
        if item.outcome is not None and item.outcome not in outcomes_for(item.step_no):
            raise _error(
                "resolutions.outcome",
                "step.outcome",
                QT_TRANSLATE_NOOP("Validation", "Step {step_no} cannot have this outcome."),
                step_no=item.step_no,
                row=row,
            )


def _no_subject(row: int) -> ValidationError:
    return _error(
        "resolutions.subject_id",
        "resolution.subject",
        QT_TRANSLATE_NOOP(
            "Validation", "Row {row}: please choose the person on file the resolution concerns."
        ),
        row=row,
    )


def validate_meeting(
    session: Session, draft: MeetingDraft, *, today: dt.date, meeting_id: int | None = None
) -> None:
    """Raise the first ValidationError of ``draft`` (tidying its text as it goes).

    A 支部党员大会 that admits or confirms someone without a quorum on its attendance list is
    refused (hard, RULES.md §1 steps 15/23); other meetings without one only warn.
    """
    _check_header(session, draft, today, meeting_id)
    _check_people(session, draft)
    _check_lists(draft)
    _check_resolutions(session, draft)
    counts = attendance_counts(draft)
    if draft.kind is MeetingKind.BRANCH_ASSEMBLY and draft.decides_pipeline and not counts.quorate:
        present = counts.voting_present
        votes = VoteCount(counts.voting_expected, present, present)
        raise MeetingRuleError("attendance", vote_findings(votes, recorded_as_passed=True))
