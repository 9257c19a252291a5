"""Study entries (学习笔记) of a year, or all, exported to .xlsx or .csv (RULES.md §3).

One row per entry with the member's name and branch, so a superior's spreadsheet can sum class
hours its own way; the 计入集中学习培训 column says which hours count toward the target. Every
export is logged (RULES.md §8).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.core.errors import BranchDeskError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import Branch, Member
from branchdesk.core.print_data.study_notebook import STUDY_FORM_LABELS, check_year
from branchdesk.core.rules.study import hours_text
from branchdesk.core.services.exports import record_export
from branchdesk.core.services.study_hours import entries_for

__all__ = ["HEADERS", "export_study"]

HEADERS = (
    "姓名",
    "所在支部",
    "学习日期",
    "学习主题",
    "学习材料",
    "学习形式",
    "学时",
    "计入集中学习培训",
    "学习笔记",
    "心得体会",
)
_WIDTHS = (10, 24, 12, 36, 30, 10, 7, 10, 40, 40)
_DATE = HEADERS.index("学习日期")
Value = str | dt.date | Decimal


def export_study(
    session: Session, output: Path, *, year: int | None = None, today: dt.date | None = None
) -> int:
    """Write the entries of ``year`` (default: all) to ``output``; returns the row count.

    The format follows the suffix; the file appears whole or not at all. The export is logged
    in ``session``; the caller's unit of work commits it.
    """
    suffix = output.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "Export to a .xlsx or .csv file, not {name}."),
            name=output.name,
        )
    if year is not None:
        check_year(year, today or dt.date.today())
    rows = _rows(session, year)
    writer = _write_xlsx if suffix == ".xlsx" else _write_csv
    _atomic(output, lambda path: writer(path, rows))
    which = f"year {year}" if year is not None else "all years"
    record_export(
        session,
        kind="study",
        title=f"Study entries ({len(rows)}, {which})",
        destination=str(output),
    )
    return len(rows)


def _rows(session: Session, year: int | None) -> list[list[Value]]:
    branch_of = {
        member_id: name
        for member_id, name in session.execute(
            select(Member.id, Branch.name).join(Branch, Member.branch_id == Branch.id)
        )
    }
    return [
        [
            entry.member_name,
            branch_of.get(entry.member_id, ""),
            entry.studied_on,
            entry.topic,
            entry.material,
            STUDY_FORM_LABELS[entry.form],
            entry.class_hours,
            "是" if entry.counts else "否",
            entry.notes,
            entry.reflections,
        ]
        for entry in entries_for(session, year=year)
    ]


def _atomic(output: Path, write: Callable[[Path], None]) -> None:
    """Write to a temporary file beside ``output``, then rename it into place."""
    handle, temp = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    os.close(handle)
    try:
        write(Path(temp))
        os.replace(temp, output)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _text(value: Value) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return hours_text(value)
    return value


def _write_csv(path: Path, rows: list[list[Value]]) -> None:
    # UTF-8 with BOM: Excel on Windows otherwise reads the Chinese text as GBK.
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(HEADERS)
        out.writerows([_text(value) for value in row] for row in rows)


def _write_xlsx(path: Path, rows: list[list[Value]]) -> None:
    from openpyxl import Workbook  # lazy: openpyxl is slow to import
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "学习笔记"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for column, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for cells in sheet.iter_rows(min_row=2):
        cells[_DATE].number_format = "yyyy-mm-dd"
        for cell in cells[-2:]:
            cell.alignment = wrap
    sheet.freeze_panes = "A2"
    book.save(path)
