"""One table to a .xlsx or .csv file, the way every export writes it.

The suffix chooses the format; the file appears whole or not at all (a temporary file beside
it, renamed into place). CSV is UTF-8 with a BOM, because Excel on Windows otherwise reads the
Chinese text as GBK. In .xlsx the header is bold, the columns have their widths, dates show
as yyyy-mm-dd, number-like text (ID numbers, phone numbers) stays text, and long text wraps.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from branchdesk.core.errors import BranchDeskError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP

Cell = str | int | float | Decimal | dt.date | None


@dataclass(frozen=True)
class TableLayout:
    """A sheet: its name, (header, width in characters) per column, and how columns show."""

    sheet_name: str
    columns: Sequence[tuple[str, float]]
    dates: Collection[int] = ()  # column indexes shown as yyyy-mm-dd
    texts: Collection[int] = ()  # column indexes kept as text (never 4.4E+17)
    wrapped: Collection[int] = ()  # column indexes that wrap; other text wraps when long
    freeze: str = "A2"  # the header stays in view (and the columns left of this cell)
    wrap_longer_than: int = 30

    @property
    def headers(self) -> list[str]:
        return [title for title, _ in self.columns]


def columns_named(columns: Sequence[tuple[str, float]], *titles: str) -> tuple[int, ...]:
    """The indexes of the columns with these headers (for a layout's dates, texts, wrapped)."""
    return tuple(index for index, (title, _) in enumerate(columns) if title in titles)


def check_suffix(output: Path) -> str:
    """``.xlsx`` or ``.csv``, else one sentence naming the file."""
    suffix = output.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "Export to a .xlsx or .csv file, not {name}."),
            name=output.name,
        )
    return suffix


def write_table(output: Path, layout: TableLayout, rows: Sequence[Sequence[Cell]]) -> None:
    """Write ``rows`` under ``layout``'s headers to ``output`` (.xlsx or .csv), atomically."""
    writer = _write_xlsx if check_suffix(output) == ".xlsx" else _write_csv
    _atomic(output, lambda path: writer(path, layout, rows))


def _atomic(output: Path, write: Callable[[Path], None]) -> None:
    handle, temp = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    os.close(handle)
    try:
        write(Path(temp))
        os.replace(temp, output)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    return str(value)


def _write_csv(path: Path, layout: TableLayout, rows: Sequence[Sequence[Cell]]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(layout.headers)
        out.writerows([csv_text(value) for value in row] for row in rows)


def _write_xlsx(path: Path, layout: TableLayout, rows: Sequence[Sequence[Cell]]) -> None:
    from openpyxl import Workbook  # lazy: openpyxl is slow to import
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = layout.sheet_name
    sheet.append(layout.headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
    for column, (_, width) in enumerate(layout.columns, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for cells in sheet.iter_rows(min_row=2):
        for index in layout.dates:
            cells[index].number_format = "yyyy-mm-dd"
        for index in layout.texts:
            cells[index].number_format = "@"
        for index, cell in enumerate(cells):
            long_text = isinstance(cell.value, str) and len(cell.value) > layout.wrap_longer_than
            if index in layout.wrapped or long_text:
                cell.alignment = wrap
    sheet.freeze_panes = layout.freeze
    book.save(path)
