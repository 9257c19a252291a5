"""Exporting the meetings: one row per meeting, counted like the minutes, and logged."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from branchdesk.core.db import Database
from branchdesk.core.enums import AttendanceStatus, Gender, MeetingKind, PersonType, Stage
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.models import Attendance, AuditEntry, Meeting, Member, Resolution
from branchdesk.io.meeting_export import MEETING_COLUMNS, export_meetings


@pytest.fixture
def meeting(database: Database, branch_id: int) -> int:
    """A 支部委员会 with one member on leave and a resolution with its votes."""
    with database.unit_of_work() as session:
        people = [
            Member(
                branch_id=branch_id,
                name=name,
                stage=Stage.FULL,
                gender=Gender.FEMALE,
                person_type=PersonType.STAFF,
            )
            for name in ("龚䶮", "王芳", "李明")
        ]
        session.add_all(people)
        session.flush()
        meeting = Meeting(
            branch_id=branch_id,
            kind=MeetingKind.COMMITTEE,
            year=2026,
            sequence_no=7,
            title="支部委员会会议：研究推荐入党积极分子人选",
            starts_at=dt.datetime(2026, 7, 8, 12, 30),
            ends_at=dt.datetime(2026, 7, 8, 13, 30),
            place="学院会议室（行政楼402）",
            host_id=people[0].id,
            recorder_id=people[1].id,
        )
        session.add(meeting)
        session.flush()
        statuses = [
            (AttendanceStatus.PRESENT, ""),
            (AttendanceStatus.PRESENT, ""),
            (AttendanceStatus.LEAVE, "外出参加培训"),
        ]
        for person, (status, reason) in zip(people, statuses, strict=True):
            session.add(
                Attendance(meeting_id=meeting.id, member_id=person.id, status=status, reason=reason)
            )
        session.add(
            Resolution(
                meeting_id=meeting.id,
                position=1,
                text="同意推荐3名同志为入党积极分子",
                votes_for=2,
                votes_against=0,
                votes_abstain=0,
            )
        )
        return meeting.id


def test_a_csv_row_per_meeting(database: Database, meeting: int, tmp_path: Path) -> None:
    out = tmp_path / "meetings.csv"
    with database.unit_of_work("clerk") as session:
        assert export_meetings(session, out) == 1

    with open(out, encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle))
    values = dict(zip(header, row, strict=True))
    assert header == [title for title, _ in MEETING_COLUMNS]
    assert values["会议类型"] == "支部委员会"
    assert values["第N次"] == "7"
    assert values["日期"] == "2026-07-08"
    assert values["时间"] == "12:30—13:30"
    assert (values["主持人"], values["记录人"]) == ("龚䶮", "王芳")
    assert (values["应到"], values["实到"], values["缺席"]) == ("3", "2", "1")
    assert values["缺席人员及原因"] == "李明（请假：外出参加培训）"
    assert values["决议及表决"] == "1. 同意推荐3名同志为入党积极分子（赞成2，反对0，弃权0）"
    with database.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert entry.entity == "meetings" and str(out) in entry.summary


def test_an_xlsx_keeps_dates_and_numbers(database: Database, meeting: int, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "meetings.xlsx"
    with database.unit_of_work("clerk") as session:
        export_meetings(session, out, year=2026)

    sheet = load_workbook(out).active
    header = [cell.value for cell in sheet[1]]
    row = dict(zip(header, [cell.value for cell in sheet[2]], strict=True))
    assert sheet.max_row == 2
    assert row["日期"] == dt.datetime(2026, 7, 8)
    assert row["应到"] == 3 and row["会议名称"].startswith("支部委员会会议")


def test_a_year_without_meetings_and_a_bad_suffix_are_refused(
    database: Database, meeting: int, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with database.unit_of_work("clerk") as session:
        with pytest.raises(BranchDeskError, match="No meetings are on file for 2019"):
            export_meetings(session, folder / "meetings.csv", year=2019)
        with pytest.raises(BranchDeskError, match=r"\.xlsx or \.csv"):
            export_meetings(session, folder / "meetings.ods")
    assert list(folder.iterdir()) == []
