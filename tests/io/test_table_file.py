"""The one table writer every export uses: suffix, atomic file, CSV for Excel, xlsx formats."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from branchdesk.core.errors import BranchDeskError
from branchdesk.io import table_file
from branchdesk.io.table_file import TableLayout, columns_named, write_table

COLUMNS = (("姓名", 10), ("日期", 12), ("证件号码", 20), ("学时", 6), ("备注", 40))
LAYOUT = TableLayout(
    "测试",
    COLUMNS,
    dates=columns_named(COLUMNS, "日期"),
    texts=columns_named(COLUMNS, "证件号码"),
    wrapped=columns_named(COLUMNS, "备注"),
)
ROWS = [["王芳", dt.date(2026, 5, 4), "440101200001011234", Decimal("2.50"), "很长的备注" * 3]]


def test_csv_opens_in_excel_and_keeps_exact_values(tmp_path: Path) -> None:
    out = tmp_path / "table.csv"
    write_table(out, LAYOUT, ROWS)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for UTF-8
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "姓名,日期,证件号码,学时,备注"
    assert lines[1].split(",")[:4] == ["王芳", "2026-05-04", "440101200001011234", "2.5"]


def test_xlsx_shows_dates_as_dates_and_numbers_as_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "table.xlsx"
    write_table(out, LAYOUT, ROWS)
    sheet = load_workbook(out).active
    assert sheet.title == "测试" and sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold
    assert sheet["B2"].number_format == "yyyy-mm-dd"
    assert sheet["C2"].number_format == "@" and sheet["C2"].value == "440101200001011234"
    assert sheet["E2"].alignment.wrap_text
    assert sheet.column_dimensions["E"].width == 40


def test_a_bad_suffix_or_a_failed_write_leaves_nothing(tmp_path: Path, monkeypatch) -> None:
    with pytest.raises(BranchDeskError, match=r"not table\.txt"):
        write_table(tmp_path / "table.txt", LAYOUT, ROWS)

    def half_written(path: Path, layout: object, rows: object) -> None:
        path.write_text("姓名\n王")
        raise OSError("No space left on device")

    monkeypatch.setattr(table_file, "_write_csv", half_written)
    (tmp_path / "old.csv").write_text("kept")
    with pytest.raises(OSError, match="No space"):
        write_table(tmp_path / "old.csv", LAYOUT, ROWS)
    assert [p.name for p in tmp_path.iterdir()] == ["old.csv"]
    assert (tmp_path / "old.csv").read_text() == "kept"
