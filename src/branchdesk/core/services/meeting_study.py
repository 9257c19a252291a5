"""A meeting that counts as collective study (主题党日, 党课 …): its study session, kept in step.

The session takes the meeting's branch, date and title, and its attendees are whoever attended
(present or late, then guests on file); core/services/study.py validates and writes it, so a
day over 24 class hours is refused here as anywhere. Errors name the editor's ``study_*`` fields.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.core.enums import MeetingKind, StudyForm
from branchdesk.core.errors import ValidationError
from branchdesk.core.models import Meeting, StudySession
from branchdesk.core.services.study import (
    SessionDraft,
    delete_session,
    record_session,
    update_session,
)
from branchdesk.core.services.study_hours import meeting_attendee_ids

__all__ = ["MeetingStudy", "default_study_form", "meeting_study", "save_meeting_study"]

# The study form a meeting of this kind usually is; other kinds are 集中学习 when they count.
_FORM_OF_KIND = {MeetingKind.LECTURE: StudyForm.LECTURE}
HALF_HOUR = Decimal("0.5")


@dataclass(frozen=True)
class MeetingStudy:
    """How a meeting counts as study: its form and class hours (None until entered)."""

    form: StudyForm
    class_hours: Decimal | None


def default_study_form(kind: MeetingKind) -> StudyForm:
    return _FORM_OF_KIND.get(kind, StudyForm.COLLECTIVE)


def hours_between(starts_at: dt.datetime, ends_at: dt.datetime | None) -> Decimal | None:
    """A meeting's length in class hours, to the half hour below; None without an end."""
    if ends_at is None or ends_at <= starts_at:
        return None
    halves = int((ends_at - starts_at).total_seconds() // 1800)
    return Decimal(halves) * HALF_HOUR if halves else None


def _session_of(session: Session, meeting_id: int) -> StudySession | None:
    return session.scalar(select(StudySession).where(StudySession.meeting_id == meeting_id))


def meeting_study(session: Session, meeting_id: int) -> MeetingStudy | None:
    """How the stored meeting counts as study, or None when it does not."""
    row = _session_of(session, meeting_id)
    return None if row is None else MeetingStudy(row.form, row.class_hours)


def save_meeting_study(
    session: Session, meeting_id: int, study: MeetingStudy | None, *, today: dt.date
) -> int | None:
    """Create, refresh or remove the meeting's study session after the meeting was written;
    returns the session's id (None when the meeting no longer counts)."""
    existing = _session_of(session, meeting_id)
    if study is None:
        if existing is not None:
            delete_session(session, existing.id)
        return None
    meeting = session.get(Meeting, meeting_id)
    assert meeting is not None  # the caller has just written it
    draft = SessionDraft(
        branch_id=meeting.branch_id,
        held_on=meeting.starts_at.date(),
        topic=meeting.title,
        form=study.form,
        class_hours=study.class_hours,
        attendee_ids=meeting_attendee_ids(session, meeting_id),
        material=existing.material if existing is not None else "",
        meeting_id=meeting_id,
    )
    try:
        if existing is None:
            return record_session(session, draft, today=today)
        update_session(session, existing.id, draft, today=today)
        return existing.id
    except ValidationError as error:
        field = {"held_on": "starts_at", "topic": "title", "attendee_ids": "attendance"}.get(
            error.field
        )
        raise ValidationError(
            field or f"study_{error.field}", error.rule, error.template, **error.params
        ) from error
