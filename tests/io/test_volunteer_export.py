"""Volunteer hours in the national platforms' layout, and the service requests, to .xlsx/.csv."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from branchdesk.core.db import Database
from branchdesk.core.enums import Gender, PersonType, Stage
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.models import AuditEntry, Member
from branchdesk.core.rules.idnumber import IdType
from branchdesk.core.services.volunteer import ActivityDraft, HoursLine, record_activity
from branchdesk.core.services.volunteer_requests import (
    RequestCompletion,
    RequestDraft,
    complete_request,
    record_request,
)
from branchdesk.io.volunteer_export import (
    HOURS_COLUMNS,
    REQUEST_COLUMNS,
    export_service_requests,
    export_volunteer_hours,
)

TODAY = dt.date(2026, 11, 26)
ID_NUMBER = "440106200301011234"


@pytest.fixture
def served(database: Database, branch_id: int) -> dict[str, int]:
    """Two people, two activities (2025 and 2026), a completed and an overdue request."""
    with database.unit_of_work("clerk") as session:
        ids = {}
        for name, id_type, number in (
            ("张玥", IdType.RESIDENT, ID_NUMBER),
            ("欧阳娜娜", IdType.PASSPORT, "E12345678"),
        ):
            member = Member(
                branch_id=branch_id,
                name=name,
                gender=Gender.FEMALE,
                person_type=PersonType.STUDENT,
                stage=Stage.FULL,
                id_type=id_type,
                id_number=number,
            )
            session.add(member)
            session.flush()
            ids[name] = member.id
        record_activity(
            session,
            ActivityDraft(
                branch_id,
                dt.date(2026, 3, 10),
                "英语四级备考辅导",
                "等级考试辅导",
                [HoursLine(ids["张玥"], 3, 30), HoursLine(ids["欧阳娜娜"], 0, 20)],
                description="为大一同学讲解四级听力技巧",
            ),
            today=TODAY,
        )
        record_activity(
            session,
            ActivityDraft(
                branch_id,
                dt.date(2025, 12, 1),
                "宿舍值班",
                "生活帮扶",
                [HoursLine(ids["张玥"], 2, 0)],
            ),
            today=TODAY,
        )
        done = record_request(
            session,
            RequestDraft(
                branch_id,
                "林晓（2025级学前教育3班）",
                "等级考试辅导",
                "四级听力辅导",
                dt.date(2026, 5, 4),
                contact="13800001111",
                dispatched_on=dt.date(2026, 5, 5),
                promised_on=dt.date(2026, 5, 15),
                assignee_ids=[ids["张玥"], ids["欧阳娜娜"]],
            ),
            today=TODAY,
        )
        complete_request(
            session,
            done,
            RequestCompletion(dt.date(2026, 5, 12), [HoursLine(ids["张玥"], 1, 15)], rating=5),
            today=TODAY,
        )
        record_request(
            session,
            RequestDraft(
                branch_id,
                "王老师",
                "生活帮扶",
                "帮忙搬运教具",
                dt.date(2026, 10, 8),
                dispatched_on=dt.date(2026, 10, 9),
                promised_on=dt.date(2026, 10, 20),
                assignee_ids=[ids["欧阳娜娜"]],
            ),
            today=TODAY,
        )
    return ids


def _csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_hours_are_exported_in_the_platforms_layout(
    database: Database, served: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "hours.csv"
    with database.unit_of_work("clerk") as session:
        count = export_volunteer_hours(session, out, year=2026, today=TODAY)
    rows = _csv(out)
    assert count == 3
    assert rows[0] == [
        "姓名",
        "证件类型",
        "证件号码",
        "服务日期",
        "服务时长(小时)",
        "服务内容",
        "活动名称",
    ]
    # By date, then name (pinyin: ouyang before zhang).
    assert rows[1][:5] == ["欧阳娜娜", "护照", "E12345678", "2026-03-10", "0.33"]
    assert rows[2] == [
        "张玥",
        "居民身份证",
        ID_NUMBER,
        "2026-03-10",
        "3.5",
        "为大一同学讲解四级听力技巧",
        "英语四级备考辅导",
    ]
    assert rows[3][3:5] == ["2026-05-12", "1.25"]
    assert rows[3][5] == "四级听力辅导"  # a completed request's content
    with database.reading() as session:
        logged = session.scalars(
            select(AuditEntry.summary).where(
                AuditEntry.action == "export", AuditEntry.entity == "volunteer_hours"
            )
        ).all()
    assert logged == [f"Volunteer hours (3 rows, year 2026) → {out}"]


def test_the_xlsx_keeps_id_numbers_as_text_and_hours_as_numbers(
    database: Database, served: dict[str, int], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "hours.xlsx"
    with database.unit_of_work() as session:
        assert export_volunteer_hours(session, out, mask_id=True) == 4
    sheet = load_workbook(out).active
    assert [cell.value for cell in sheet[1]] == [title for title, _ in HOURS_COLUMNS]
    first = [cell.value for cell in sheet[2]]
    assert first[:3] == ["张玥", "居民身份证", "440106********1234"]  # masked on request
    assert first[3] == dt.datetime(2025, 12, 1) and first[4] == 2
    assert sheet.cell(2, 3).number_format == "@"
    assert sheet.cell(3, 1).value == "欧阳娜娜"
    assert Decimal(str(sheet.cell(3, 5).value)) == Decimal("0.33")


def test_requests_are_exported_with_their_state(
    database: Database, served: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "requests.csv"
    with database.unit_of_work() as session:
        assert export_service_requests(session, out, year=2026, today=TODAY) == 2
    rows = _csv(out)
    assert rows[0] == [title for title, _ in REQUEST_COLUMNS]
    done, late = rows[1], rows[2]
    assert done[0] == "FW2026-001" and done[2] == "林晓（2025级学前教育3班）"
    assert done[8] == "张玥、欧阳娜娜" and done[10] == "已完成" and done[11] == "否"
    assert done[12:] == ["2026-05-12", "1.25", "", "5"]
    assert late[10] == "已派单" and late[11] == "是" and late[13] == "" and late[15] == ""
    from openpyxl import load_workbook

    book = tmp_path / "requests.xlsx"
    with database.unit_of_work() as session:
        assert export_service_requests(session, book, today=TODAY) == 2
    sheet = load_workbook(book).active
    assert sheet.title == "群众点单" and sheet.cell(2, 7).value == dt.datetime(2026, 5, 4)


def test_a_bad_suffix_or_year_is_one_sentence_and_writes_nothing(
    database: Database, served: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with (
        pytest.raises(BranchDeskError, match=r"Export to a .xlsx or .csv file, not hours.pdf"),
        database.unit_of_work() as session,
    ):
        export_volunteer_hours(session, out / "hours.pdf")
    with (
        pytest.raises(BranchDeskError, match="The year 1900 is not between"),
        database.unit_of_work() as session,
    ):
        export_service_requests(session, out / "r.csv", year=1900, today=TODAY)
    assert list(out.iterdir()) == []
