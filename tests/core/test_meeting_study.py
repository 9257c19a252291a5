"""A meeting that counts as collective study keeps one study session in step with it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from branchdesk.core.db import Database
from branchdesk.core.enums import (
    AttendanceStatus,
    Gender,
    MeetingKind,
    PersonType,
    Stage,
    StudyForm,
)
from branchdesk.core.errors import ValidationError
from branchdesk.core.models import Branch, Member, StudyEntry, StudySession
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.services.meeting_study import (
    MeetingStudy,
    default_study_form,
    hours_between,
    meeting_study,
    save_meeting_study,
)
from branchdesk.core.services.meetings import (
    delete_meeting,
    meeting_draft,
    new_meeting_draft,
    record_meeting,
    update_meeting,
)
from branchdesk.core.services.study import EntryDraft, record_entry

TODAY = dt.date(2026, 11, 27)
HELD_AT = dt.datetime(2026, 6, 10, 14, 30)
NAMES = ("王芳", "赵磊", "孙丽")


@pytest.fixture
def ids(database: Database) -> dict[str, int]:
    with database.unit_of_work("test") as session:
        branch = Branch(name="第一党支部")
        session.add(branch)
        session.flush()
        found = {"branch": branch.id}
        for name in NAMES:
            member = Member(
                name=name,
                branch_id=branch.id,
                gender=Gender.FEMALE,
                person_type=PersonType.STUDENT,
                stage=Stage.FULL,
            )
            session.add(member)
            session.flush()
            found[name] = member.id
    return found


def _theme_day(database: Database, ids: dict[str, int], away: tuple[str, ...] = ()) -> int:
    with database.unit_of_work("test") as session:
        draft = new_meeting_draft(session, ids["branch"], MeetingKind.THEME_DAY, HELD_AT)
        draft.title = "主题党日：重温入党誓词"
        draft.attendance = [
            replace(a, status=AttendanceStatus.LEAVE, reason="病假") if a.name in away else a
            for a in draft.attendance
        ]
        return record_meeting(session, draft, rules=LocalRules(), today=TODAY)


def _entries(database: Database) -> dict[int, tuple[dt.date, str, Decimal]]:
    with database.reading() as session:
        return {
            e.member_id: (e.studied_on, e.topic, e.class_hours)
            for e in session.scalars(select(StudyEntry))
        }


def test_the_attendees_get_entries_that_follow_the_meeting(database, ids) -> None:
    meeting_id = _theme_day(database, ids, away=("孙丽",))
    study = MeetingStudy(StudyForm.COLLECTIVE, Decimal("2.5"))
    with database.unit_of_work("test") as session:
        save_meeting_study(session, meeting_id, study, today=TODAY)
    assert _entries(database) == {
        ids[name]: (HELD_AT.date(), "主题党日：重温入党誓词", Decimal("2.5"))
        for name in ("王芳", "赵磊")
    }
    with database.reading() as session:
        assert meeting_study(session, meeting_id) == study

    # 孙丽 turns out to have been there: saving again gives her the entry too, nobody twice
    with database.unit_of_work("test") as session:
        draft = meeting_draft(session, meeting_id)
        draft.attendance = [
            replace(a, status=AttendanceStatus.PRESENT, reason="") for a in draft.attendance
        ]
        update_meeting(session, meeting_id, draft, rules=LocalRules(), today=TODAY)
        save_meeting_study(session, meeting_id, study, today=TODAY)
    assert set(_entries(database)) == {ids[name] for name in NAMES}

    # No longer counted as study: the session and its entries go
    with database.unit_of_work("test") as session:
        save_meeting_study(session, meeting_id, None, today=TODAY)
        assert meeting_study(session, meeting_id) is None
        assert session.scalar(select(func.count()).select_from(StudySession)) == 0
    assert _entries(database) == {}


def test_a_day_over_24_class_hours_is_refused_at_the_meeting_s_hours(database, ids) -> None:
    meeting_id = _theme_day(database, ids)
    with database.unit_of_work("test") as session:
        record_entry(
            session,
            EntryDraft(ids["赵磊"], HELD_AT.date(), "自学", StudyForm.SELF_STUDY, Decimal(23)),
            today=TODAY,
        )
    with pytest.raises(ValidationError) as raised, database.unit_of_work("test") as session:
        save_meeting_study(
            session, meeting_id, MeetingStudy(StudyForm.COLLECTIVE, Decimal(2)), today=TODAY
        )
    assert (raised.value.field, raised.value.rule) == ("study_class_hours", "class_hours.day_total")
    assert "赵磊" in raised.value.message
    with pytest.raises(ValidationError) as raised, database.unit_of_work("test") as session:
        save_meeting_study(session, meeting_id, MeetingStudy(StudyForm.LECTURE, None), today=TODAY)
    assert raised.value.field == "study_class_hours"
    assert len(_entries(database)) == 1  # only the self-study entry: nothing partial


def test_defaults_follow_the_kind_and_the_meeting_s_length() -> None:
    assert default_study_form(MeetingKind.LECTURE) is StudyForm.LECTURE
    assert default_study_form(MeetingKind.THEME_DAY) is StudyForm.COLLECTIVE
    assert hours_between(HELD_AT, HELD_AT + dt.timedelta(minutes=100)) == Decimal("1.5")
    assert hours_between(HELD_AT, HELD_AT + dt.timedelta(minutes=20)) is None
    assert hours_between(HELD_AT, None) is None
    assert hours_between(HELD_AT, HELD_AT - dt.timedelta(hours=1)) is None


def test_deleting_the_meeting_deletes_its_study(database, ids) -> None:
    meeting_id = _theme_day(database, ids)
    with database.unit_of_work("test") as session:
        save_meeting_study(
            session, meeting_id, MeetingStudy(StudyForm.COLLECTIVE, Decimal(2)), today=TODAY
        )
    with database.unit_of_work("test") as session:
        delete_meeting(session, meeting_id)
    assert _entries(database) == {}
