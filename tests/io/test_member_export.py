"""Exporting the member list: masked by default, logged, and it re-imports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from branchdesk.core.db import Database
from branchdesk.core.enums import Gender, Stage
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.models import AuditEntry
from branchdesk.core.rules.idnumber import check_digit
from branchdesk.core.services.members import MemberDraft, create_member
from branchdesk.io.member_export import export_members
from branchdesk.io.roster_import import ImportAction, preview_import, read_roster

TODAY = dt.date(2026, 11, 27)
ID_1 = "11010119990101001" + check_digit("11010119990101001")
ID_2 = "11010120000202002" + check_digit("11010120000202002")


@pytest.fixture
def members(database: Database, branch_id: int) -> list[int]:
    with database.unit_of_work() as session:
        return [
            create_member(
                session,
                MemberDraft(
                    name="龚䶮",
                    branch_id=branch_id,
                    id_number=ID_1,
                    student_number="2020001",
                    phone="13900001111",
                    stage=Stage.FULL,
                    applied_on=dt.date(2018, 3, 1),
                    activist_on=dt.date(2018, 9, 1),
                    candidate_on=dt.date(2019, 9, 2),
                    admitted_on=dt.date(2019, 12, 1),
                    confirmed_on=dt.date(2020, 12, 1),
                ),
                today=TODAY,
            ),
            create_member(
                session,
                MemberDraft(
                    name="刘雨桐", branch_id=branch_id, id_number=ID_2, notes="备注，含逗号"
                ),
                today=TODAY,
            ),
        ]


def test_xlsx_export_masks_ids_sets_dates_and_freezes_the_header(
    database: Database, members: list[int], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "out" / "名册.xlsx"
    with database.unit_of_work("clerk") as session:
        assert export_members(session, out) == 2
    sheet = load_workbook(out).active
    header = [cell.value for cell in sheet[1]]
    assert header[:5] == ["姓名", "性别", "民族", "出生日期", "公民身份号码"]
    rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    id_column = header.index("公民身份号码")
    assert rows["龚䶮"][id_column] == ID_1[:6] + "*" * 8 + ID_1[-4:]
    applied = rows["龚䶮"][header.index("递交入党申请书时间")]
    assert isinstance(applied, dt.datetime)
    assert applied.date() == dt.date(2018, 3, 1)
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["E"].width == 22
    assert list(tmp_path.joinpath("out").iterdir()) == [out]  # no temp file left behind


def test_every_export_is_logged(database: Database, members: list[int], tmp_path: Path) -> None:
    out = tmp_path / "members.csv"
    with database.unit_of_work("clerk") as session:
        export_members(session, out, full_id=True, member_ids=[members[0]])
    with database.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert entry.actor == "clerk"
    assert entry.entity == "members"
    assert str(out) in entry.summary
    assert "full ID" in entry.summary


def test_csv_has_a_bom_and_full_ids_only_when_asked(
    database: Database, members: list[int], tmp_path: Path
) -> None:
    masked, full = tmp_path / "masked.csv", tmp_path / "full.csv"
    with database.unit_of_work() as session:
        export_members(session, masked)
        export_members(session, full, full_id=True)
    assert masked.read_bytes().startswith(b"\xef\xbb\xbf")
    assert ID_1 not in masked.read_text(encoding="utf-8-sig")
    text = full.read_text(encoding="utf-8-sig")
    assert ID_1 in text
    assert "龚䶮" in text
    assert '"备注，含逗号"' in text or "备注，含逗号" in text


def test_an_unknown_suffix_is_refused(
    database: Database, members: list[int], tmp_path: Path
) -> None:
    with (
        database.unit_of_work() as session,
        pytest.raises(BranchDeskError, match=r"\.xlsx or \.csv"),
    ):
        export_members(session, tmp_path / "members.pdf")


def test_a_full_export_re_imports_as_the_same_people(
    database: Database, members: list[int], tmp_path: Path
) -> None:
    out = tmp_path / "roundtrip.xlsx"
    with database.unit_of_work() as session:
        export_members(session, out, full_id=True)
    roster = read_roster(out)
    assert roster.unknown_columns == []
    with database.reading() as session:
        again = preview_import(session, roster, today=TODAY, update_existing=True)
    assert again.errors == []
    assert [row.action for row in again.rows] == [ImportAction.UPDATE, ImportAction.UPDATE]
    by_name = {row.draft.name: row.draft for row in again.rows}
    assert by_name["龚䶮"].confirmed_on == dt.date(2020, 12, 1)
    assert by_name["龚䶮"].stage is Stage.FULL
    assert by_name["龚䶮"].gender is Gender.MALE
    assert by_name["刘雨桐"].notes == "备注，含逗号"


def test_a_masked_export_does_not_re_import_silently(
    database: Database, members: list[int], tmp_path: Path
) -> None:
    out = tmp_path / "masked.xlsx"
    with database.unit_of_work() as session:
        export_members(session, out)
    with database.reading() as session:
        again = preview_import(session, read_roster(out), today=TODAY)
    assert {error.rule for error in again.errors} == {"id.masked"}
