"""Study notebooks: entries, collective sessions, the class-hour tally and its reminder."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from branchdesk.core.db import Database
from branchdesk.core.enums import (
    AttendanceStatus,
    ChangeKind,
    Gender,
    MeetingKind,
    PersonType,
    PostKind,
    Stage,
    StudyForm,
)
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.models import (
    Attendance,
    AuditEntry,
    Branch,
    Meeting,
    Member,
    MemberPost,
    MembershipChange,
    PipelineStep,
    StudyEntry,
    StudySession,
)
from branchdesk.core.models.meetings import MeetingGuest
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.reminders import Severity
from branchdesk.core.rules.study import check_hours, yearly_target
from branchdesk.core.services.reminders import collect_reminders
from branchdesk.core.services.study import (
    EntryDraft,
    SessionDraft,
    delete_entry,
    delete_session,
    entries_for,
    entry_draft,
    hours_tally,
    meeting_attendee_ids,
    record_entry,
    record_session,
    session_draft,
    sessions_for,
    update_entry,
    update_session,
)

TODAY = dt.date(2026, 11, 26)
DAY = dt.date(2026, 5, 4)
H = Decimal


@pytest.fixture
def branch(database: Database) -> dict[str, int]:
    """A branch with a secretary, two full members, a probationary (admitted 1 July 2026),
    an activist and someone who transferred out; ids by name, "branch" and "other" branch."""
    with database.unit_of_work("test") as session:
        branch = Branch(name="数学学院学生第一党支部")
        other = Branch(name="数学学院教工党支部", position=1)
        session.add_all([branch, other])
        session.flush()
        ids = {"branch": branch.id, "other": other.id}
        for name, stage in (
            ("王书记", Stage.FULL),
            ("张玥", Stage.FULL),
            ("李明", Stage.FULL),
            ("艾青", Stage.PROBATIONARY),
            ("陈思", Stage.ACTIVIST),
            ("周末", Stage.FULL),
        ):
            member = Member(
                branch_id=branch.id,
                name=name,
                gender=Gender.FEMALE,
                person_type=PersonType.STUDENT,
                stage=stage,
            )
            session.add(member)
            session.flush()
            ids[name] = member.id
        session.add_all(
            [
                MemberPost(
                    member_id=ids["王书记"],
                    branch_id=branch.id,
                    kind=PostKind.SECRETARY,
                    started_on=dt.date(2025, 9, 1),
                ),
                # A 宣传委员 post that ended the year before: not committee in 2026.
                MemberPost(
                    member_id=ids["张玥"],
                    branch_id=branch.id,
                    kind=PostKind.PROPAGANDA,
                    started_on=dt.date(2023, 9, 1),
                    ended_on=dt.date(2025, 8, 31),
                ),
                # A 党小组长 is not on the committee.
                MemberPost(
                    member_id=ids["李明"],
                    branch_id=branch.id,
                    kind=PostKind.GROUP_LEADER,
                    started_on=dt.date(2025, 9, 1),
                ),
                PipelineStep(member_id=ids["艾青"], step_no=15, done_on=dt.date(2026, 7, 1)),
                MembershipChange(
                    member_id=ids["周末"],
                    kind=ChangeKind.TRANSFER_OUT,
                    changed_on=dt.date(2026, 3, 1),
                ),
            ]
        )
        meeting = Meeting(
            branch_id=branch.id,
            kind=MeetingKind.THEME_DAY,
            year=2026,
            sequence_no=5,
            title="五四主题党日",
            starts_at=dt.datetime(2026, 5, 4, 14, 0),
        )
        foreign = Meeting(
            branch_id=other.id,
            kind=MeetingKind.LECTURE,
            year=2026,
            sequence_no=1,
            title="教工党课",
            starts_at=dt.datetime(2026, 5, 6, 14, 0),
        )
        session.add_all([meeting, foreign])
        session.flush()
        ids["meeting"], ids["foreign"] = meeting.id, foreign.id
    return ids


def _session_draft(ids: dict[str, int], *names: str, **changes: object) -> SessionDraft:
    values: dict[str, object] = {
        "branch_id": ids["branch"],
        "held_on": DAY,
        "topic": "学习习近平新时代中国特色社会主义思想",
        "form": StudyForm.COLLECTIVE,
        "class_hours": H("2.5"),
        "attendee_ids": [ids[name] for name in names],
        "material": "《习近平著作选读》第一卷",
        "meeting_id": ids["meeting"],
    }
    values.update(changes)
    return SessionDraft(**values)  # type: ignore[arg-type]


def _entry_draft(member_id: int, **changes: object) -> EntryDraft:
    values: dict[str, object] = {
        "member_id": member_id,
        "studied_on": DAY,
        "topic": "党章第一章",
        "form": StudyForm.SELF_STUDY,
        "class_hours": H(1),
    }
    values.update(changes)
    return EntryDraft(**values)  # type: ignore[arg-type]


def _count(database: Database, model: type) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# --- collective sessions -------------------------------------------------------------------


def test_a_theme_day_gives_every_attendee_an_entry_in_one_step(database, branch) -> None:
    # When the clerk records the 主题党日 as a collective study for three attendees
    with database.unit_of_work("clerk") as session:
        session_id = record_session(
            session, _session_draft(branch, "王书记", "张玥", "陈思", "张玥"), today=TODAY
        )
    # Then each attendee (once) has an entry carrying the session's fields, audited
    with database.reading() as session:
        rows = entries_for(session, year=2026)
        audit = session.scalars(
            select(AuditEntry.actor).where(AuditEntry.entity == "study_entries")
        ).all()
        listed = sessions_for(session, 2026, branch_id=branch["branch"])
    assert sorted(r.member_name for r in rows) == sorted(["陈思", "王书记", "张玥"])
    assert {(r.session_id, r.class_hours, r.studied_on, r.counts) for r in rows} == {
        (session_id, H("2.5"), DAY, True)
    }
    assert audit == ["clerk"] * 3
    assert [(s.id, s.attendees, s.meeting_id) for s in listed] == [
        (session_id, 3, branch["meeting"])
    ]


def test_changing_a_session_changes_its_entries_and_keeps_reflections(database, branch) -> None:
    with database.unit_of_work("clerk") as session:
        session_id = record_session(session, _session_draft(branch, "王书记", "张玥"), today=TODAY)
        kept = session.scalar(select(StudyEntry.id).where(StudyEntry.member_id == branch["张玥"]))
        draft = entry_draft(session, kept)
        draft.reflections = "深受教育。"
        update_entry(session, kept, draft, today=TODAY)
    # When the clerk corrects the hours and the topic, drops 王书记 and adds 李明
    with database.unit_of_work("clerk") as session:
        draft = session_draft(session, session_id)
        assert draft.attendee_ids == [branch["王书记"], branch["张玥"]]
        draft.class_hours, draft.topic = H(3), "学习党的二十届四中全会精神"
        draft.attendee_ids = [branch["张玥"], branch["李明"]]
        update_session(session, session_id, draft, today=TODAY)
    with database.reading() as session:
        rows = {r.member_name: r for r in entries_for(session)}
    assert set(rows) == {"张玥", "李明"}
    assert {(r.class_hours, r.topic) for r in rows.values()} == {
        (H(3), "学习党的二十届四中全会精神")
    }
    assert rows["张玥"].id == kept and rows["张玥"].reflections == "深受教育。"


def test_deleting_a_session_deletes_its_entries_but_not_others(database, branch) -> None:
    with database.unit_of_work("clerk") as session:
        session_id = record_session(session, _session_draft(branch, "王书记", "张玥"), today=TODAY)
        record_entry(session, _entry_draft(branch["张玥"]), today=TODAY)
    with database.unit_of_work("clerk") as session:
        delete_session(session, session_id)
    assert _count(database, StudySession) == 0
    with database.reading() as session:
        assert [r.form for r in entries_for(session)] == [StudyForm.SELF_STUDY]
        deleted = session.scalar(
            select(func.count()).where(
                AuditEntry.entity == "study_entries", AuditEntry.action == "delete"
            )
        )
    assert deleted == 2


def test_a_session_entry_changes_its_shared_fields_only_through_the_session(
    database, branch
) -> None:
    with database.unit_of_work("clerk") as session:
        record_session(session, _session_draft(branch, "张玥"), today=TODAY)
        entry_id = session.scalar(select(StudyEntry.id))
    with database.unit_of_work("clerk") as session:
        draft = entry_draft(session, entry_id)
        draft.class_hours = H(8)
        with pytest.raises(ValidationError) as raised:
            update_entry(session, entry_id, draft, today=TODAY)
    assert raised.value.field == "session_id"
    # Deleting one attendee's entry removes them from the session.
    with database.unit_of_work("clerk") as session:
        delete_entry(session, entry_id)
    with database.reading() as session:
        assert sessions_for(session)[0].attendees == 0


def test_a_meeting_of_another_branch_or_with_a_session_already_is_refused(database, branch) -> None:
    with database.unit_of_work("clerk") as session:
        record_session(session, _session_draft(branch, "张玥"), today=TODAY)
    for meeting, rule in (("meeting", "meeting.session"), ("foreign", "meeting.branch")):
        with database.unit_of_work("clerk") as session, pytest.raises(ValidationError) as raised:
            record_session(
                session, _session_draft(branch, "李明", meeting_id=branch[meeting]), today=TODAY
            )
        assert raised.value.rule == rule
    assert _count(database, StudySession) == 1


def test_meeting_attendees_are_the_present_the_late_and_linked_guests(database, branch) -> None:
    with database.unit_of_work("clerk") as session:
        meeting = branch["meeting"]
        for name, status in (
            ("王书记", AttendanceStatus.PRESENT),
            ("张玥", AttendanceStatus.LEAVE),
            ("李明", AttendanceStatus.LATE),
        ):
            session.add(Attendance(meeting_id=meeting, member_id=branch[name], status=status))
        session.add(MeetingGuest(meeting_id=meeting, member_id=branch["陈思"], name="陈思"))
        session.add(MeetingGuest(meeting_id=meeting, name="校外专家"))
    with database.reading() as session:
        ids = meeting_attendee_ids(session, branch["meeting"])
    assert ids == [branch["王书记"], branch["李明"], branch["陈思"]]


# --- validation: nothing partial -----------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "rule"),
    [
        ({"held_on": TODAY + dt.timedelta(days=1)}, "held_on", "date.future"),
        ({"held_on": None}, "held_on", "date.required"),
        ({"topic": "  "}, "topic", "topic.required"),
        ({"topic": "学" * 201}, "topic", "text.length"),
        ({"material": "材" * 201}, "material", "text.length"),
        ({"class_hours": H(0)}, "class_hours", "class_hours.positive"),
        ({"class_hours": H("-1")}, "class_hours", "class_hours.positive"),
        ({"class_hours": H("24.5")}, "class_hours", "class_hours.day"),
        ({"class_hours": H("1.125")}, "class_hours", "class_hours.decimals"),
        ({"class_hours": None}, "class_hours", "class_hours.required"),
        ({"attendee_ids": []}, "attendee_ids", "attendees.required"),
        ({"attendee_ids": [9999]}, "attendee_ids", "member.unknown"),
        ({"branch_id": 9999, "meeting_id": None}, "branch_id", "branch.unknown"),
    ],
)
def test_a_bad_session_is_refused_and_writes_nothing(
    database, branch, changes, field, rule
) -> None:
    draft = _session_draft(branch, "王书记", "张玥", **changes)
    with database.unit_of_work("clerk") as session, pytest.raises(ValidationError) as raised:
        record_session(session, draft, today=TODAY)
    assert (raised.value.field, raised.value.rule) == (field, rule)
    assert _count(database, StudySession) == 0
    assert _count(database, StudyEntry) == 0


def test_no_one_studies_more_than_24_hours_on_one_day(database, branch) -> None:
    with database.unit_of_work("clerk") as session:
        record_entry(session, _entry_draft(branch["张玥"], class_hours=H(20)), today=TODAY)
    # A session of 5 hours that day would give 张玥 25: the whole session is refused.
    draft = _session_draft(branch, "王书记", "张玥", class_hours=H(5))
    with database.unit_of_work("clerk") as session, pytest.raises(ValidationError) as raised:
        record_session(session, draft, today=TODAY)
    assert raised.value.rule == "class_hours.day_total"
    assert "张玥" in raised.value.message
    assert _count(database, StudyEntry) == 1
    # 4 more hours are fine, and correcting the 20-hour entry is checked without itself.
    with database.unit_of_work("clerk") as session:
        record_session(session, _session_draft(branch, "张玥", class_hours=H(4)), today=TODAY)
        entry_id = session.scalar(select(StudyEntry.id).where(StudyEntry.session_id.is_(None)))
        update_entry(
            session, entry_id, _entry_draft(branch["张玥"], class_hours=H(20)), today=TODAY
        )


def test_entries_are_trimmed_and_bounded(database, branch) -> None:
    with database.unit_of_work("clerk") as session:
        entry_id = record_entry(
            session,
            _entry_draft(branch["李明"], topic="  党史学习  ", notes=" 笔记 \n"),
            today=TODAY,
        )
        with pytest.raises(ValidationError) as raised:
            record_entry(session, _entry_draft(branch["李明"], notes="记" * 10_001), today=TODAY)
    assert raised.value.field == "notes"
    with database.reading() as session:
        draft = entry_draft(session, entry_id)
    assert (draft.topic, draft.notes) == ("党史学习", "笔记")


def test_floats_are_a_programming_error_and_unknown_ids_one_sentence(database, branch) -> None:
    with pytest.raises(TypeError):
        check_hours(1.5)
    with database.unit_of_work("clerk") as session:
        with pytest.raises(BranchDeskError, match="no study entry with number 77"):
            delete_entry(session, 77)
        with pytest.raises(BranchDeskError, match="no study session with number 78"):
            session_draft(session, 78)


@given(st.decimals(min_value=H("-30"), max_value=H("30"), allow_nan=False, places=3))
def test_class_hours_are_accepted_exactly_when_in_range_with_two_decimals(value: Decimal) -> None:
    valid = H(0) < value <= H(24) and value == value.quantize(H("0.01"))
    try:
        assert check_hours(value) == value
        accepted = True
    except ValidationError:
        accepted = False
    assert accepted == valid


# --- the tally and its reminder ------------------------------------------------------------


def _fill_year(database: Database, ids: dict[str, int]) -> None:
    """2026 for the tally: counted and uncounted forms, a session, other years and people."""
    with database.unit_of_work("clerk") as session:
        # A 微党课 held as a collective session counts, like every session: 3 h each.
        record_session(
            session,
            _session_draft(
                ids,
                "王书记",
                "张玥",
                "艾青",
                "陈思",
                form=StudyForm.MICRO_LECTURE,
                class_hours=H(3),
            ),
            today=TODAY,
        )
        for form, hours in (
            (StudyForm.COLLECTIVE, "2"),
            (StudyForm.LECTURE, "1.5"),
            (StudyForm.PARTY_SCHOOL, "24"),
            (StudyForm.SELF_STUDY, "2"),
            (StudyForm.XUEXI_QIANGGUO, "1"),
            (StudyForm.MICRO_LECTURE, "0.5"),
            (StudyForm.OTHER, "1"),
        ):
            day = dt.date(2026, 3, 1) + dt.timedelta(days=len(hours) * 7 + int(H(hours)))
            record_entry(
                session,
                _entry_draft(ids["张玥"], form=form, class_hours=H(hours), studied_on=day),
                today=TODAY,
            )
        # Another year and a person who left do not show in 2026's tally.
        record_entry(
            session,
            _entry_draft(ids["张玥"], studied_on=dt.date(2025, 12, 31), form=StudyForm.COLLECTIVE),
            today=TODAY,
        )
        record_entry(session, _entry_draft(ids["周末"], form=StudyForm.LECTURE), today=TODAY)


def test_the_tally_counts_collective_study_and_training_against_each_target(
    database, branch
) -> None:
    _fill_year(database, branch)
    with database.reading() as session:
        rows = {row.name: row for row in hours_tally(session, 2026, branch["branch"])}
    # Members only: the activist and the one who transferred out have no row.
    assert set(rows) == {"王书记", "张玥", "李明", "艾青"}
    zhang = rows["张玥"]
    # Counted: session 3 + 集中学习 2 + 党课 1.5 + 党校培训 24; self-study forms are not.
    assert (zhang.collective_hours, zhang.total_hours) == (H("30.5"), H("35"))
    assert (zhang.is_committee, zhang.target, zhang.behind, zhang.missing) == (
        False,
        H(32),
        True,
        H("1.5"),
    )
    assert (rows["王书记"].is_committee, rows["王书记"].target) == (True, H(56))
    assert (rows["李明"].is_committee, rows["李明"].collective_hours) == (False, H(0))
    # 艾青 was admitted on 1 July: 184 of 365 days left → 32 × 184/365 = 16.1 → 17.
    assert rows["艾青"].target == H(17)
    with database.reading() as session:
        assert hours_tally(session, 2026, branch["other"]) == []
        # In 2025 艾青 was not yet a member; 张玥's 2025 entry is counted there.
        earlier = {row.name: row for row in hours_tally(session, 2025)}
    assert "艾青" not in earlier and earlier["张玥"].collective_hours == H(1)


def test_entries_for_a_member_and_a_year(database, branch) -> None:
    _fill_year(database, branch)
    with database.reading() as session:
        this_year = entries_for(session, branch["张玥"], 2026)
        everything = entries_for(session, branch["张玥"])
    assert len(this_year) == 8 and len(everything) == 9
    assert [row.studied_on for row in this_year] == sorted(row.studied_on for row in this_year)
    assert [row.counts for row in this_year].count(True) == 4


@pytest.mark.parametrize(
    ("admitted_on", "expected"),
    [
        (None, 32),
        (dt.date(2025, 6, 1), 32),
        (dt.date(2026, 1, 1), 32),
        (dt.date(2026, 12, 31), 1),
        (dt.date(2026, 7, 1), 17),
    ],
)
def test_the_target_is_pro_rata_in_the_year_of_admission(admitted_on, expected) -> None:
    target = yearly_target(LocalRules(), 2026, committee=False, admitted_on=admitted_on)
    assert target == H(expected)


@pytest.mark.parametrize(
    ("today", "severity"),
    [
        (dt.date(2026, 9, 30), None),
        (dt.date(2026, 10, 1), Severity.WARNING),
        (dt.date(2026, 12, 1), Severity.DUE),
    ],
)
def test_members_behind_target_are_reminded_from_the_last_quarter(
    database, branch, today, severity
) -> None:
    _fill_year(database, branch)
    with database.reading() as session:
        study = [r for r in collect_reminders(session, today) if r.family == "study"]
    if severity is None:
        assert study == []
        return
    by_subject = {r.subject: r for r in study}
    # Everyone is behind except nobody: 张玥 30.5/32, 王书记 3/56, 李明 0/32, 艾青 3/17.
    assert set(by_subject) == {f"member:{branch[n]}" for n in ("张玥", "王书记", "李明", "艾青")}
    zhang = by_subject[f"member:{branch['张玥']}"]
    assert zhang.severity is severity and zhang.due_on == dt.date(2026, 12, 31)
    assert (
        zhang.text() == "张玥 has 30.5 of 32 class hours of collective study this year (1.5 to go)."
    )
    assert "at least 32 class hours" in zhang.rule_text() and "56" in zhang.rule_text()


def test_a_member_who_reached_the_target_is_not_reminded(database, branch) -> None:
    with database.unit_of_work("clerk") as session:
        for day in (dt.date(2026, 3, 2), dt.date(2026, 6, 1)):
            record_entry(
                session,
                _entry_draft(
                    branch["李明"], studied_on=day, form=StudyForm.PARTY_SCHOOL, class_hours=H(16)
                ),
                today=TODAY,
            )
    with database.reading() as session:
        subjects = {r.subject for r in collect_reminders(session, TODAY) if r.family == "study"}
    assert f"member:{branch['李明']}" not in subjects
    assert f"member:{branch['张玥']}" in subjects
