"""The rectification ledger to .xlsx and .csv: one row per problem, notes joined, logged."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from branchdesk.core.db import Database
from branchdesk.core.enums import InspectionKind, ProblemSource, RectifyKind
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.models import AuditEntry, Inspection
from branchdesk.core.services.problems import (
    ProblemDraft,
    add_progress_note,
    close_problem,
    complete_problem,
    raise_problem,
)
from branchdesk.io import table_file
from branchdesk.io.problem_export import PROBLEM_COLUMNS, export_problems

from .conftest import BRANCH

TODAY = dt.date(2026, 11, 26)
HEADERS = [title for title, _ in PROBLEM_COLUMNS]


@pytest.fixture
def problems(database: Database, branch_id: int) -> None:
    """A closed problem of an annual inspection with two notes, an overdue one, one of 2025."""
    with database.unit_of_work("clerk") as session:
        inspection = Inspection(
            branch_id=branch_id,
            kind=InspectionKind.ANNUAL,
            inspected_on=dt.date(2026, 1, 8),
            inspector="学院党总支",
        )
        session.add(inspection)
        session.flush()
        closed = raise_problem(
            session,
            branch_id,
            ProblemDraft(
                ProblemSource.SUPERIOR,
                dt.date(2026, 1, 8),
                "党费交纳台账不全",
                RectifyKind.IMMEDIATE,
                category="党费收缴",
                target="台账完整",
                measures="逐月补登",
                responsible_leader="王书记",
                responsible_person="张玥",
                inspection_id=inspection.id,
            ),
            today=TODAY,
        )
        add_progress_note(session, closed, dt.date(2026, 1, 12), "已补登十月", today=TODAY)
        add_progress_note(session, closed, dt.date(2026, 1, 10), "已核对", today=TODAY)
        complete_problem(session, closed, dt.date(2026, 1, 14), today=TODAY)
        close_problem(
            session,
            closed,
            reviewer="李老师",
            opinion="整改到位，同意销号。",
            closed_on=dt.date(2026, 1, 20),
            today=TODAY,
        )
        raise_problem(
            session,
            branch_id,
            ProblemDraft(
                ProblemSource.SELF,
                dt.date(2026, 9, 1),
                "宣传栏内容更新不及时",
                RectifyKind.DEADLINE,
                deadline=dt.date(2026, 10, 31),
            ),
            today=TODAY,
        )
        raise_problem(
            session,
            branch_id,
            ProblemDraft(
                ProblemSource.MASSES, dt.date(2025, 11, 2), "群众意见", RectifyKind.ONGOING
            ),
            today=TODAY,
        )


def _csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_csv_holds_every_column_of_the_years_problems(database, problems, tmp_path) -> None:
    out = tmp_path / "problems.csv"
    with database.unit_of_work("clerk") as session:
        count = export_problems(session, out, year=2026, today=TODAY)

    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = _csv(out)
    assert count == 2 and rows[0] == HEADERS
    closed = dict(zip(HEADERS, rows[1], strict=True))
    assert closed == {
        "所属支部": BRANCH,
        "年度": "2026",
        "序号": "1",
        "问题来源": "上级点",
        "检查/会议": "年度大检查",
        "发现日期": "2026-01-08",
        "类别": "党费收缴",
        "问题表现": "党费交纳台账不全",
        "整改目标": "台账完整",
        "整改措施": "逐月补登",
        "责任领导": "王书记",
        "责任人": "张玥",
        "整改类型": "立行立改",
        "整改时限": "2026-01-15",
        "状态": "已销号",
        "已逾期": "否",
        "整改进展": "2026-01-10 已核对\n2026-01-12 已补登十月",
        "完成日期": "2026-01-14",
        "复查人": "李老师",
        "复查意见": "整改到位，同意销号。",
        "销号日期": "2026-01-20",
    }
    late = dict(zip(HEADERS, rows[2], strict=True))
    assert (late["序号"], late["状态"], late["已逾期"], late["完成日期"]) == (
        "2",
        "待整改",
        "是",
        "",
    )


def test_xlsx_keeps_dates_and_all_years_by_default(database, problems, tmp_path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "problems.xlsx"
    with database.unit_of_work("clerk") as session:
        count = export_problems(session, out, today=TODAY)

    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert count == 3 and list(rows[0]) == HEADERS
    assert rows[1][:3] == (BRANCH, 2025, 1)  # by year, then 序号
    assert rows[2][5] == dt.datetime(2026, 1, 8)
    assert sheet.freeze_panes == "A2" and sheet.title == "问题整改台账"


def test_every_export_is_logged(database, problems, tmp_path) -> None:
    out = tmp_path / "problems.csv"
    with database.unit_of_work("clerk") as session:
        export_problems(session, out, year=2026, today=TODAY)
    with database.reading() as session:
        logged = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert [(e.entity, e.actor) for e in logged] == [("problems", "clerk")]
    assert "2026, 2 problems" in logged[0].summary and str(out) in logged[0].summary


@pytest.mark.parametrize(
    ("name", "year", "message"),
    [
        ("problems.txt", None, "Export to a .xlsx or .csv file, not problems.txt."),
        ("problems.csv", 1800, "The year 1800 is not between 1921 and 2026."),
        ("problems.csv", 2027, "The year 2027 is not between 1921 and 2026."),
    ],
)
def test_a_bad_request_writes_and_logs_nothing(
    database, problems, tmp_path, name, year, message
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with database.unit_of_work("clerk") as session, pytest.raises(BranchDeskError) as raised:
        export_problems(session, folder / name, year=year, today=TODAY)
    assert str(raised.value) == message
    assert list(folder.iterdir()) == []


def test_a_failing_write_leaves_no_partial_file_and_no_log(
    database, problems, tmp_path, monkeypatch
) -> None:
    def half_written(path: Path, layout: object, rows: list) -> None:
        path.write_text("所属支部,年度\n教")
        raise OSError("No space left on device")

    monkeypatch.setattr(table_file, "_write_csv", half_written)
    with pytest.raises(OSError, match="No space"), database.unit_of_work("clerk") as session:
        export_problems(session, tmp_path / "problems.csv", today=TODAY)
    assert list(tmp_path.glob("*problems.csv*")) == []
    with database.reading() as session:
        assert not session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()
