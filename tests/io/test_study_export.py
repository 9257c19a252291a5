"""Study entries to .xlsx and .csv: one row per entry, exact hours, logged, whole or nothing."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from branchdesk.core.db import Database
from branchdesk.core.enums import Gender, PersonType, Stage, StudyForm
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.models import AuditEntry, Member
from branchdesk.core.services.study import EntryDraft, SessionDraft, record_entry, record_session
from branchdesk.io import table_file
from branchdesk.io.study_export import HEADERS, export_study

from .conftest import BRANCH

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def entries(database: Database, branch_id: int) -> None:
    """A 主题党日 session for two members in 2026, 张玥's self-study, and a 2025 entry."""
    with database.unit_of_work("clerk") as session:
        ids = []
        for name in ("张玥", "李明"):
            member = Member(
                branch_id=branch_id,
                name=name,
                gender=Gender.FEMALE,
                person_type=PersonType.STUDENT,
                stage=Stage.FULL,
            )
            session.add(member)
            session.flush()
            ids.append(member.id)
        record_session(
            session,
            SessionDraft(
                branch_id=branch_id,
                held_on=dt.date(2026, 5, 4),
                topic="五四主题党日：传承五四精神",
                form=StudyForm.COLLECTIVE,
                class_hours=Decimal("2.5"),
                attendee_ids=ids,
                material="《习近平关于青年工作论述摘编》",
            ),
            today=TODAY,
        )
        record_entry(
            session,
            EntryDraft(
                member_id=ids[0],
                studied_on=dt.date(2026, 6, 1),
                topic="学习强国专题",
                form=StudyForm.XUEXI_QIANGGUO,
                class_hours=Decimal("0.75"),
                notes="第一行\n第二行",
                reflections="收获很大，要学以致用。",
            ),
            today=TODAY,
        )
        record_entry(
            session,
            EntryDraft(
                member_id=ids[1],
                studied_on=dt.date(2025, 12, 30),
                topic="党章",
                form=StudyForm.SELF_STUDY,
                class_hours=Decimal(1),
            ),
            today=TODAY,
        )


def test_csv_holds_a_row_per_entry_of_the_year(database, entries, tmp_path: Path) -> None:
    out = tmp_path / "study.csv"
    with database.unit_of_work("clerk") as session:
        count = export_study(session, out, year=2026, today=TODAY)

    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert count == 3 and rows[0] == list(HEADERS)
    by_topic = {(row[0], row[3]): row for row in rows[1:]}
    zhang = by_topic[("张玥", "五四主题党日：传承五四精神")]
    assert zhang[1:3] == [BRANCH, "2026-05-04"]
    assert zhang[5:8] == ["集中学习", "2.5", "是"]
    own = by_topic[("张玥", "学习强国专题")]
    assert own[5:] == ["学习强国", "0.75", "否", "第一行\n第二行", "收获很大，要学以致用。"]


def test_xlsx_keeps_dates_and_exact_hours_and_all_years_by_default(
    database, entries, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "study.xlsx"
    with database.unit_of_work("clerk") as session:
        count = export_study(session, out)

    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert count == 4 and rows[0] == HEADERS
    assert rows[1][:3] == ("李明", BRANCH, dt.datetime(2025, 12, 30))
    assert sorted(row[6] for row in rows[1:]) == [0.75, 1, 2.5, 2.5]
    assert sheet.freeze_panes == "A2"


def test_every_export_is_logged(database, entries, tmp_path: Path) -> None:
    out = tmp_path / "study.csv"
    with database.unit_of_work("clerk") as session:
        export_study(session, out, year=2026, today=TODAY)
    with database.reading() as session:
        logged = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert [(e.entity, e.actor) for e in logged] == [("study", "clerk")]
    assert "year 2026" in logged[0].summary and str(out) in logged[0].summary


@pytest.mark.parametrize(
    ("name", "year", "message"),
    [
        ("study.txt", None, "Export to a .xlsx or .csv file, not study.txt."),
        ("study.csv", 1800, "The year 1800 is not between 1921 and 2026."),
        ("study.csv", 2027, "The year 2027 is not between 1921 and 2026."),
    ],
)
def test_a_bad_request_writes_and_logs_nothing(
    database, entries, tmp_path: Path, name, year, message
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with database.unit_of_work("clerk") as session, pytest.raises(BranchDeskError) as raised:
        export_study(session, folder / name, year=year, today=TODAY)
    assert str(raised.value) == message
    assert list(folder.iterdir()) == []


def test_a_failing_write_leaves_no_partial_file_and_no_log(
    database, entries, tmp_path: Path, monkeypatch
) -> None:
    def half_written(path: Path, layout: object, rows: list) -> None:
        path.write_text("姓名,所在支部\n张")
        raise OSError("No space left on device")

    monkeypatch.setattr(table_file, "_write_csv", half_written)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(OSError, match="No space"), database.unit_of_work("clerk") as session:
        export_study(session, folder / "study.csv")
    assert list(folder.iterdir()) == []
    with database.reading() as session:
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all() == []
