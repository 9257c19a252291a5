"""Study notebooks (RULES.md §3): record, correct and delete entries and collective sessions.

The 学习笔记 page, a meeting's minutes (主题党日, 党课) and the importer call these; the caller
owns the unit of work. Writes go through the ORM so the audit trail records each entry; every
check runs before the first write, so a refused draft leaves nothing partial. The reads, the
hour tally and the reminder are in study_hours.py (re-exported here); what counts toward the
target is decided in core/rules/study.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import StudyForm
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import Branch, Meeting, Member, StudyEntry, StudySession
from branchdesk.core.rules.study import (
    COLLECTIVE_FORMS,
    HOURS_PER_DAY,
    check_hours,
    counts_toward_target,
    hours_text,
)
from branchdesk.core.services.study_hours import (
    EntryRow,
    HoursRow,
    SessionRow,
    entries_for,
    hours_tally,
    meeting_attendee_ids,
    session_choices,
    sessions_for,
    study_reminder_provider,
)

__all__ = [
    "COLLECTIVE_FORMS",
    "EntryDraft",
    "EntryRow",
    "HoursRow",
    "SessionDraft",
    "SessionRow",
    "counts_toward_target",
    "delete_entry",
    "delete_session",
    "entries_for",
    "entry_draft",
    "hours_tally",
    "hours_text",
    "meeting_attendee_ids",
    "record_entry",
    "record_session",
    "session_choices",
    "session_draft",
    "sessions_for",
    "study_reminder_provider",
    "update_entry",
    "update_session",
    "validate_entry",
    "validate_session",
]

TOPIC_MAX = 200  # study_entries.topic / study_sessions.topic: String(200)
MATERIAL_MAX = 200
TEXT_MAX = 10_000  # notes, reflections (Text): bounded so one entry still prints on paper


@dataclass
class EntryDraft:
    """One line of a member's notebook as a form or an import states it."""

    member_id: int
    studied_on: dt.date | None
    topic: str
    form: StudyForm
    class_hours: Decimal | None
    material: str = ""
    notes: str = ""
    reflections: str = ""  # 心得体会


@dataclass
class SessionDraft:
    """A collective session: each attendee gets an entry with its date, topic, form and hours."""

    branch_id: int
    held_on: dt.date | None
    topic: str
    form: StudyForm
    class_hours: Decimal | None
    attendee_ids: list[int] = field(default_factory=list)
    material: str = ""
    meeting_id: int | None = None  # the 主题党日, 党课 … it was part of


# validation --------------------------------------------------------------------------------


def _error(field: str, rule: str, message: str, **params: object) -> ValidationError:
    return ValidationError(field, rule, message, **params)


def _check_date(field: str, day: dt.date | None, today: dt.date) -> None:
    if day is None:
        raise _error(
            field, "date.required", QT_TRANSLATE_NOOP("Validation", "Please enter the date.")
        )
    if day > today:
        raise _error(
            field,
            "date.future",
            QT_TRANSLATE_NOOP("Validation", "The date {date} is in the future."),
            date=day.isoformat(),
        )


def _check_length(field: str, text: str, limit: int) -> None:
    if len(text) > limit:
        raise _error(
            field,
            "text.length",
            QT_TRANSLATE_NOOP("Validation", "This text is longer than {limit} characters."),
            limit=limit,
        )


def _check_text(draft: EntryDraft | SessionDraft, today: dt.date, date_field: str) -> None:
    """Shared by entries and sessions: trims the texts, checks date, topic, lengths, hours."""
    _check_date(date_field, getattr(draft, date_field), today)
    draft.topic = draft.topic.strip()
    draft.material = draft.material.strip()
    if not draft.topic:
        raise _error(
            "topic",
            "topic.required",
            QT_TRANSLATE_NOOP("Validation", "Please enter the topic of the study."),
        )
    _check_length("topic", draft.topic, TOPIC_MAX)
    _check_length("material", draft.material, MATERIAL_MAX)
    draft.class_hours = check_hours(draft.class_hours)


def validate_entry(draft: EntryDraft, *, today: dt.date) -> None:
    """Check an entry without the database; trims its texts. Raises ValidationError."""
    _check_text(draft, today, "studied_on")
    draft.notes = draft.notes.strip()
    draft.reflections = draft.reflections.strip()
    _check_length("notes", draft.notes, TEXT_MAX)
    _check_length("reflections", draft.reflections, TEXT_MAX)


def validate_session(draft: SessionDraft, *, today: dt.date) -> None:
    """Check a session without the database; attendees are kept once each, in order."""
    _check_text(draft, today, "held_on")
    draft.attendee_ids = list(dict.fromkeys(draft.attendee_ids))
    if not draft.attendee_ids:
        raise _error(
            "attendee_ids",
            "attendees.required",
            QT_TRANSLATE_NOOP("Validation", "Please choose at least one attendee."),
        )


def _check_members(session: Session, field: str, member_ids: list[int]) -> None:
    found = set(session.scalars(select(Member.id).where(Member.id.in_(member_ids))))
    for member_id in member_ids:
        if member_id not in found:
            raise _error(
                field,
                "member.unknown",
                QT_TRANSLATE_NOOP("Validation", "There is no member with number {id}."),
                id=member_id,
            )


def _check_day_totals(
    session: Session,
    member_ids: list[int],
    day: dt.date,
    hours: Decimal,
    *,
    entry_id: int | None = None,
    session_id: int | None = None,
) -> None:
    """Nobody studies more than 24 class hours on one day, this entry or session included."""
    query = (
        select(Member.name, func.sum(StudyEntry.class_hours))
        .join(Member, StudyEntry.member_id == Member.id)
        .where(StudyEntry.member_id.in_(member_ids), StudyEntry.studied_on == day)
        .group_by(StudyEntry.member_id, Member.name)
    )
    if entry_id is not None:
        query = query.where(StudyEntry.id != entry_id)
    if session_id is not None:
        query = query.where(
            or_(StudyEntry.session_id.is_(None), StudyEntry.session_id != session_id)
        )
    for name, already in session.execute(query):
        if already + hours > HOURS_PER_DAY:
            raise _error(
                "class_hours",
                "class_hours.day_total",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{name} already has {hours} class hours on {date}; a day has at most {limit}.",
                ),
                name=name,
                hours=hours_text(already),
                date=day.isoformat(),
                limit=hours_text(HOURS_PER_DAY),
            )


def _check_meeting(session: Session, draft: SessionDraft, session_id: int | None) -> None:
    """The session's branch exists; its meeting is of that branch and has no other session."""
    if session.get(Branch, draft.branch_id) is None:
        raise _error(
            "branch_id",
            "branch.unknown",
            QT_TRANSLATE_NOOP("Validation", "Please choose the branch."),
        )
    if draft.meeting_id is None:
        return
    meeting_branch = session.scalar(select(Meeting.branch_id).where(Meeting.id == draft.meeting_id))
    if meeting_branch != draft.branch_id:
        raise _error(
            "meeting_id",
            "meeting.branch",
            QT_TRANSLATE_NOOP("Validation", "This meeting is not a meeting of the branch."),
        )
    other = session.scalar(
        select(StudySession.id).where(
            StudySession.meeting_id == draft.meeting_id, StudySession.id != (session_id or 0)
        )
    )
    if other is not None:
        raise _error(
            "meeting_id",
            "meeting.session",
            QT_TRANSLATE_NOOP("Validation", "This meeting already has its study session."),
        )


# writing -----------------------------------------------------------------------------------

_SHARED = ("topic", "material", "form", "class_hours")  # a session's fields on its entries


def _not_found(what: str, number: int) -> BranchDeskError:
    if what == "entry":
        return BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "There is no study entry with number {id}."), id=number
        )
    return BranchDeskError(
        QT_TRANSLATE_NOOP("Errors", "There is no study session with number {id}."), id=number
    )


def _entry(session: Session, entry_id: int) -> StudyEntry:
    entry = session.get(StudyEntry, entry_id)
    if entry is None:
        raise _not_found("entry", entry_id)
    return entry


def _session(session: Session, session_id: int) -> StudySession:
    row = session.get(StudySession, session_id)
    if row is None:
        raise _not_found("session", session_id)
    return row


def _assign(target: object, values: dict[str, object]) -> None:
    """Set only what changed, so the audit trail lists real changes."""
    for name, value in values.items():
        if getattr(target, name) != value:
            setattr(target, name, value)


def _entry_values(draft: EntryDraft) -> dict[str, object]:
    return {
        "member_id": draft.member_id,
        "studied_on": draft.studied_on,
        "topic": draft.topic,
        "material": draft.material,
        "form": draft.form,
        "class_hours": draft.class_hours,
        "notes": draft.notes,
        "reflections": draft.reflections,
    }


def record_entry(session: Session, draft: EntryDraft, *, today: dt.date) -> int:
    """Validate and add one member's own entry (self-study …); returns its id."""
    validate_entry(draft, today=today)
    _check_members(session, "member_id", [draft.member_id])
    assert draft.studied_on is not None  # validated
    assert draft.class_hours is not None
    _check_day_totals(session, [draft.member_id], draft.studied_on, draft.class_hours)
    entry = StudyEntry(**_entry_values(draft))
    session.add(entry)
    session.flush()
    return entry.id


def update_entry(session: Session, entry_id: int, draft: EntryDraft, *, today: dt.date) -> None:
    """Overwrite an entry. An entry of a session keeps the session's fields: only its notes
    and reflections change here (the session's own fields change with update_session)."""
    entry = _entry(session, entry_id)
    validate_entry(draft, today=today)
    _check_members(session, "member_id", [draft.member_id])
    values = _entry_values(draft)
    if entry.session_id is not None:
        fixed = ("member_id", "studied_on", *_SHARED)
        if any(getattr(entry, name) != values[name] for name in fixed):
            raise _error(
                "session_id",
                "entry.session",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "This entry comes from a collective session: change its date, topic, "
                    "form or class hours in the session.",
                ),
            )
    assert draft.studied_on is not None  # validated
    assert draft.class_hours is not None
    _check_day_totals(
        session, [draft.member_id], draft.studied_on, draft.class_hours, entry_id=entry_id
    )
    _assign(entry, values)
    session.flush()


def delete_entry(session: Session, entry_id: int) -> None:
    """Delete an entry (the audit trail keeps it); for a session, the member's attendance."""
    session.delete(_entry(session, entry_id))
    session.flush()


def _session_values(draft: SessionDraft) -> dict[str, object]:
    return {
        "branch_id": draft.branch_id,
        "meeting_id": draft.meeting_id,
        "held_on": draft.held_on,
        **{name: getattr(draft, name) for name in _SHARED},
    }


def _check_session(
    session: Session, draft: SessionDraft, today: dt.date, session_id: int | None
) -> None:
    validate_session(draft, today=today)
    _check_meeting(session, draft, session_id)
    _check_members(session, "attendee_ids", draft.attendee_ids)
    assert draft.held_on is not None  # validated
    assert draft.class_hours is not None
    _check_day_totals(
        session, draft.attendee_ids, draft.held_on, draft.class_hours, session_id=session_id
    )


def _new_entry(row: StudySession, member_id: int) -> StudyEntry:
    return StudyEntry(
        member_id=member_id,
        session_id=row.id,
        studied_on=row.held_on,
        **{name: getattr(row, name) for name in _SHARED},
    )


def record_session(session: Session, draft: SessionDraft, *, today: dt.date) -> int:
    """Validate and store a collective session with one entry per attendee; returns its id."""
    _check_session(session, draft, today, None)
    row = StudySession(**_session_values(draft))
    session.add(row)
    session.flush()
    session.add_all([_new_entry(row, member_id) for member_id in draft.attendee_ids])
    session.flush()
    return row.id


def update_session(
    session: Session, session_id: int, draft: SessionDraft, *, today: dt.date
) -> None:
    """Overwrite a session and its entries: attendees left out lose their entry, new ones get
    one, the others keep their notes and reflections and take the session's new fields."""
    row = _session(session, session_id)
    _check_session(session, draft, today, session_id)
    _assign(row, _session_values(draft))
    wanted = set(draft.attendee_ids)
    shared = {"studied_on": row.held_on, **{name: getattr(row, name) for name in _SHARED}}
    kept: set[int] = set()
    for entry in session.scalars(select(StudyEntry).where(StudyEntry.session_id == session_id)):
        if entry.member_id in wanted and entry.member_id not in kept:
            _assign(entry, shared)
            kept.add(entry.member_id)
        else:
            session.delete(entry)
    session.add_all([_new_entry(row, m) for m in draft.attendee_ids if m not in kept])
    session.flush()


def delete_session(session: Session, session_id: int) -> None:
    """Delete a session and every entry it made (the audit trail keeps them)."""
    row = _session(session, session_id)
    for entry in session.scalars(select(StudyEntry).where(StudyEntry.session_id == session_id)):
        session.delete(entry)
    session.delete(row)
    session.flush()


def entry_draft(session: Session, entry_id: int) -> EntryDraft:
    """A draft holding an entry, for editing."""
    entry = _entry(session, entry_id)
    return EntryDraft(
        member_id=entry.member_id,
        studied_on=entry.studied_on,
        topic=entry.topic,
        form=entry.form,
        class_hours=entry.class_hours,
        material=entry.material or "",
        notes=entry.notes or "",
        reflections=entry.reflections or "",
    )


def session_draft(session: Session, session_id: int) -> SessionDraft:
    """A draft holding a session and its attendees (in the order their entries were made)."""
    row = _session(session, session_id)
    attendees = session.scalars(
        select(StudyEntry.member_id)
        .where(StudyEntry.session_id == session_id)
        .order_by(StudyEntry.id)
    )
    return SessionDraft(
        branch_id=row.branch_id,
        held_on=row.held_on,
        topic=row.topic,
        form=row.form,
        class_hours=row.class_hours,
        attendee_ids=list(dict.fromkeys(attendees)),
        material=row.material or "",
        meeting_id=row.meeting_id,
    )
