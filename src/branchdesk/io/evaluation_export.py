"""Democratic evaluations (民主评议) of a year, or all, exported to .xlsx or .csv (RULES.md §5).

One row per member evaluated, with the votes per grade of 党员互评 and 民主测评 in their own
columns (so a superior's spreadsheet can add them up), the grade, who settled it, and what is
still missing. Every export is logged (RULES.md §8): it names people and their grades.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.core.errors import BranchDeskError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import Branch, EvaluationRound
from branchdesk.core.print_data.evaluation import EvaluationSheet, check_year, round_sheets
from branchdesk.core.rules.evaluation import GRADES, PART_NAMES, missing_parts
from branchdesk.core.services.evaluation_list import peer_voters
from branchdesk.core.services.exports import record_export
from branchdesk.reports import labels

__all__ = ["EVALUATION_COLUMNS", "export_evaluations"]

# (header, width in characters); the headers are the paper form's words.
EVALUATION_COLUMNS: tuple[tuple[str, int], ...] = (
    ("所在支部", 24),
    ("年度", 6),
    ("姓名", 10),
    ("人员类别", 10),
    *((f"互评{labels.label(g)}", 8) for g in GRADES),
    *((f"测评{labels.label(g)}", 8) for g in GRADES),
    ("评定等次", 9),
    ("评定方式", 9),
    ("评定日期", 12),
    ("尚缺", 24),
    ("个人自评", 50),
    ("支部意见", 40),
)
_DATE_COLUMN = 14
_TEXT_COLUMNS = 2  # the last two: long texts, wrapped
Cell = str | int | dt.date | None


def export_evaluations(
    session: Session, output: Path, *, year: int | None = None, today: dt.date | None = None
) -> int:
    """Write every member of every round (of ``year`` when given) to ``output``; returns the
    row count. The format follows the suffix; the file appears whole or not at all. The export
    is logged in ``session``; the caller's unit of work commits it."""
    suffix = output.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "Export to a .xlsx or .csv file, not {name}."),
            name=output.name,
        )
    query = (
        select(EvaluationRound.id)
        .join(Branch, EvaluationRound.branch_id == Branch.id)
        .order_by(EvaluationRound.year, Branch.position, Branch.id)
    )
    if year is not None:
        check_year(year, today or dt.date.today())
        query = query.where(EvaluationRound.year == year)
    round_ids = list(session.scalars(query))
    if not round_ids and year is not None:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "No democratic evaluation is on file for {year}."),
            year=year,
        )
    rows: list[list[Cell]] = []
    for round_id in round_ids:
        sheets = round_sheets(session, round_id)
        rows += [_row(sheet, peer_voters(len(sheets))) for sheet in sheets]
    writer = _write_xlsx if suffix == ".xlsx" else _write_csv
    _atomic(output, lambda path: writer(path, rows))
    scope = f"{year}, " if year is not None else ""
    record_export(
        session,
        kind="evaluations",
        title=f"Democratic evaluations ({scope}{len(rows)} members)",
        destination=str(output),
    )
    return len(rows)


def _row(sheet: EvaluationSheet, voters: int) -> list[Cell]:
    missing = missing_parts(sheet.facts(), peer_voters=voters)
    # No ballot counted is an empty cell, not 0 (which would claim a count).
    peer = list(sheet.peer.counts()) if sheet.peer.total else [None] * 4
    masses = list(sheet.masses.counts()) if sheet.masses.total else [None] * 4
    return [
        sheet.branch_name,
        sheet.year,
        sheet.name,
        labels.label(sheet.stage),
        *peer,
        *masses,
        labels.label(sheet.grade),
        sheet.graded_by,
        sheet.held_on if sheet.grade else None,
        "、".join(PART_NAMES[part] for part in missing),
        sheet.self_summary,
        sheet.branch_opinion,
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


def _text(cell: Cell) -> str | int:
    if cell is None:
        return ""
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return cell


def _write_csv(path: Path, rows: list[list[Cell]]) -> None:
    # UTF-8 with BOM: Excel on Windows otherwise reads the Chinese text as GBK.
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow([title for title, _ in EVALUATION_COLUMNS])
        out.writerows([_text(cell) for cell in row] for row in rows)


def _write_xlsx(path: Path, rows: list[list[Cell]]) -> None:
    from openpyxl import Workbook  # lazy: openpyxl is slow to import
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "民主评议"
    sheet.append([title for title, _ in EVALUATION_COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for column, (_, width) in enumerate(EVALUATION_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for cells in sheet.iter_rows(min_row=2):
        cells[_DATE_COLUMN].number_format = "yyyy-mm-dd"
        for cell in cells[-_TEXT_COLUMNS:]:
            cell.alignment = wrap
    sheet.freeze_panes = "D2"  # branch, year and name stay in view
    book.save(path)
