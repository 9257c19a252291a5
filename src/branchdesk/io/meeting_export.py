"""The meetings as a list in .xlsx or .csv: one row per meeting, counted like the 会议记录.

Every export is logged (RULES.md §8): the attendance names people.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from branchdesk.core.errors import BranchDeskError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.print_data.minutes import Minutes, ResolutionLine, all_minutes
from branchdesk.core.services.exports import record_export
from branchdesk.reports import labels

__all__ = ["MEETING_COLUMNS", "export_meetings"]

# (header, width in characters); the headers are the paper form's words.
MEETING_COLUMNS: tuple[tuple[str, int], ...] = (
    ("所属支部", 22),
    ("会议类型", 12),
    ("年度", 6),
    ("第N次", 6),
    ("会议名称", 36),
    ("日期", 12),
    ("时间", 12),
    ("地点", 22),
    ("主持人", 10),
    ("记录人", 10),
    ("应到", 6),
    ("实到", 6),
    ("缺席", 6),
    ("缺席人员及原因", 30),
    ("决议及表决", 50),
)
_DATE_COLUMN = 5
Cell = str | int | dt.date


def export_meetings(session: Session, output: Path, *, year: int | None = None) -> int:
    """Write every meeting (of ``year`` when given) to ``output``; returns the row count.

    The format follows the suffix (.xlsx or .csv); the file appears whole or not at all.
    The export is logged in ``session``; the caller's unit of work commits it.
    """
    suffix = output.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "Export to a .xlsx or .csv file, not {name}."),
            name=output.name,
        )
    meetings = all_minutes(session, year=year)
    if not meetings and year is not None:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "No meetings are on file for {year}."), year=year
        )
    rows = [_row(record) for record in meetings]
    writer = _write_xlsx if suffix == ".xlsx" else _write_csv
    _atomic(output, lambda path: writer(path, rows))
    scope = f"{year}, " if year is not None else ""
    record_export(
        session,
        kind="meetings",
        title=f"Meeting list ({scope}{len(rows)} meetings)",
        destination=str(output),
    )
    return len(rows)


def _row(record: Minutes) -> list[Cell]:
    start, end = record.starts_at, record.ends_at
    hours = f"{start:%H:%M}—{end:%H:%M}" if end and end.date() == start.date() else f"{start:%H:%M}"
    missing = "、".join(
        f"{a.name}（{labels.label(a.status)}：{a.reason}）"
        if a.reason
        else f"{a.name}（{labels.label(a.status)}）"
        for a in record.missing
    )
    return [
        record.branch_name,
        labels.label(record.kind),
        record.year,
        record.sequence_no,
        record.title,
        start.date(),
        hours,
        record.place,
        record.host,
        record.recorder,
        record.expected,
        record.present,
        len(record.missing),
        missing,
        "\n".join(_resolution(n, r) for n, r in enumerate(record.resolutions, start=1)),
    ]


def _resolution(number: int, resolution: ResolutionLine) -> str:
    """1. 同意接收张三同志为中共预备党员（赞成6，反对0，弃权0）"""
    text = f"{number}. {resolution.text}"
    votes = resolution.votes
    if votes is None:
        return text
    counts = zip(("赞成", "反对", "弃权"), (votes.for_, votes.against, votes.abstain), strict=True)
    return (
        f"{text}（{'，'.join(f'{title}{count}' for title, count in counts if count is not None)}）"
    )


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


def _write_csv(path: Path, rows: list[list[Cell]]) -> None:
    # UTF-8 with BOM: Excel on Windows otherwise reads the Chinese text as GBK.
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow([title for title, _ in MEETING_COLUMNS])
        for row in rows:
            out.writerow([cell.isoformat() if isinstance(cell, dt.date) else cell for cell in row])


def _write_xlsx(path: Path, rows: list[list[Cell]]) -> None:
    from openpyxl import Workbook  # lazy: openpyxl is slow to import
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "会议记录"
    sheet.append([title for title, _ in MEETING_COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    wrap = Alignment(wrap_text=True, vertical="top")
    for column, (_, width) in enumerate(MEETING_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    for cells in sheet.iter_rows(min_row=2):
        cells[_DATE_COLUMN].number_format = "yyyy-mm-dd"
        cells[-1].alignment = wrap  # one resolution per line
        cells[-2].alignment = wrap
    sheet.freeze_panes = "A2"
    book.save(path)
