"""What the 会议记录 reads: one meeting's fields and counts, a year's book in a few queries."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event

from branchdesk.core.db import Database
from branchdesk.core.demo import DemoOptions, generate_demo
from branchdesk.core.enums import (
    AttendanceStatus,
    Gender,
    MeetingKind,
    PersonType,
    ResolutionKind,
    Stage,
)
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.models import (
    AgendaItem,
    Attendance,
    Branch,
    Meeting,
    MeetingGuest,
    Member,
    Resolution,
)
from branchdesk.core.print_data.minutes import all_minutes, minutes, minutes_book

ASSEMBLY_DAY = dt.datetime(2026, 5, 27, 14, 30)


def add_assembly(database: Database) -> int:
    """A 支部党员大会 admitting 陈思: four voting members, one on leave, one absent, one late."""
    with database.unit_of_work("clerk") as session:
        branch = Branch(name="数学学院学生第一党支部", parent_org="数学学院党委")
        session.add(branch)
        session.flush()
        people = {}
        for name, stage in [
            ("张玥", Stage.FULL),
            ("王芳", Stage.FULL),
            ("李明", Stage.FULL),
            ("赵敏", Stage.FULL),
            ("艾青", Stage.PROBATIONARY),
            ("陈思", Stage.CANDIDATE),
        ]:
            member = Member(
                branch_id=branch.id,
                name=name,
                stage=stage,
                gender=Gender.FEMALE,
                person_type=PersonType.STUDENT,
            )
            session.add(member)
            people[name] = member
        session.flush()
        meeting = Meeting(
            branch_id=branch.id,
            kind=MeetingKind.BRANCH_ASSEMBLY,
            year=2026,
            sequence_no=2,
            title="支部党员大会：讨论接收陈思同志为预备党员",
            starts_at=ASSEMBLY_DAY,
            ends_at=ASSEMBLY_DAY + dt.timedelta(hours=2),
            place="明德楼A302",
            host_id=people["张玥"].id,
            recorder_id=people["王芳"].id,
            minutes="会议由张玥同志主持。",
        )
        session.add(meeting)
        session.flush()
        for name, status, reason, vote in [
            ("张玥", AttendanceStatus.PRESENT, "", True),
            ("王芳", AttendanceStatus.LATE, "课程延时", True),
            ("李明", AttendanceStatus.LEAVE, "参加教师资格证面试", True),
            ("赵敏", AttendanceStatus.ABSENT, "", True),
            ("艾青", AttendanceStatus.PRESENT, "", False),
        ]:
            session.add(
                Attendance(
                    meeting_id=meeting.id,
                    member_id=people[name].id,
                    status=status,
                    reason=reason,
                    has_vote=vote,
                )
            )
        session.add(
            MeetingGuest(
                meeting_id=meeting.id,
                member_id=people["陈思"].id,
                name="陈思",
                affiliation="发展对象",
            )
        )
        session.add_all(
            [
                AgendaItem(meeting_id=meeting.id, position=2, title="其他事项"),
                AgendaItem(
                    meeting_id=meeting.id,
                    position=1,
                    title="讨论接收陈思同志为预备党员",
                    discussion="陈思同志汇报了对党的认识。",
                ),
            ]
        )
        session.add(
            Resolution(
                meeting_id=meeting.id,
                position=1,
                kind=ResolutionKind.ADMISSION,
                subject_id=people["陈思"].id,
                text="同意接收陈思同志为中共预备党员",
                votes_expected=4,
                votes_present=2,
                votes_for=2,
                votes_against=0,
                votes_abstain=0,
            )
        )
        return meeting.id


def test_one_meeting_reads_every_field_of_the_minutes(database: Database) -> None:
    meeting_id = add_assembly(database)

    with database.reading() as session:
        record = minutes(session, meeting_id)

    assert record.kind is MeetingKind.BRANCH_ASSEMBLY
    assert (record.year, record.sequence_no) == (2026, 2)
    assert (record.host, record.recorder, record.place) == ("张玥", "王芳", "明德楼A302")
    assert record.branch_name == "数学学院学生第一党支部"
    # 应到 5, 实到 3 (the late one counts as present), 缺席 2 with their reasons.
    assert (record.expected, record.present) == (5, 3)
    assert [(a.name, a.status, a.reason) for a in record.missing] == [
        ("李明", AttendanceStatus.LEAVE, "参加教师资格证面试"),
        ("赵敏", AttendanceStatus.ABSENT, ""),
    ]
    assert [a.name for a in record.late] == ["王芳"]
    # Voting rights are counted apart: 4 full members, 2 of them present — not more than half.
    assert (record.voting_expected, record.voting_present) == (4, 2)
    assert not record.quorate
    assert [g.name for g in record.guests] == ["陈思"]
    assert [item.title for item in record.agenda] == ["讨论接收陈思同志为预备党员", "其他事项"]
    (resolution,) = record.resolutions
    assert resolution.subject == "陈思"
    assert resolution.votes is not None
    assert (resolution.votes.for_, resolution.votes.against) == (2, 0)


def test_an_unknown_meeting_is_one_clear_error(database: Database) -> None:
    with database.reading() as session, pytest.raises(BranchDeskError, match="no meeting"):
        minutes(session, 404)


def test_a_year_without_meetings_is_one_clear_error(database: Database) -> None:
    add_assembly(database)
    with database.reading() as session:
        with pytest.raises(BranchDeskError, match="No meetings are on file for 2019"):
            minutes_book(session, 2019)
        with pytest.raises(BranchDeskError, match="kind lecture"):
            minutes_book(session, 2026, MeetingKind.LECTURE)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, template_database: Path) -> Iterator[Database]:
    folder = tmp_path_factory.mktemp("minutes-demo")
    shutil.copyfile(template_database, folder / "branchdesk.sqlite3")
    database = Database(folder / "branchdesk.sqlite3")
    generate_demo(database, DemoOptions(members=20, years=1, seed=5, today=dt.date(2026, 11, 26)))
    yield database
    database.close()


@contextmanager
def counted(database: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("SELECT"):  # not the BEGIN of each session
            statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(database.engine, "before_cursor_execute", count)


def test_the_book_reads_a_year_in_a_fixed_number_of_queries(demo: Database) -> None:
    with demo.reading() as session, counted(demo) as year_statements:
        book = minutes_book(session, 2026)
    with demo.reading() as session, counted(demo) as kind_statements:
        one_kind = minutes_book(session, 2026, MeetingKind.BRANCH_ASSEMBLY)

    assert len(book.meetings) > 10 > len(one_kind.meetings) > 0
    # The branch, the meetings, then attendance, guests, agenda and resolutions of them all.
    assert len(year_statements) == len(kind_statements) <= 6
    assert all(m.kind is MeetingKind.BRANCH_ASSEMBLY for m in one_kind.meetings)
    starts = [m.starts_at for m in book.meetings]
    assert starts == sorted(starts)
    assert sum(m.expected for m in book.meetings) > 0


def test_all_minutes_reads_every_year_in_a_fixed_number_of_queries(demo: Database) -> None:
    with demo.reading() as session, counted(demo) as statements:
        every = all_minutes(session)
        this_year = all_minutes(session, year=2026)
    assert len(statements) <= 10
    assert len(every) > len(this_year) > 0
    assert {m.year for m in this_year} == {2026}
