"""Read a roster workbook (untrusted input) into header texts, a column mapping and raw rows."""

from __future__ import annotations

import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

from branchdesk.core.errors import BranchDeskError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.io.headers import ColumnMapping, match_header, match_headers

__all__ = ["MAX_COLUMNS", "MAX_ROWS", "RosterFile", "read_roster"]

# Limits for a file from elsewhere: a branch roster has hundreds of rows, never this many.
MAX_ROWS = 20_000
MAX_COLUMNS = 100
MAX_FILE_BYTES = 50 * 1024 * 1024
HEADER_SEARCH_ROWS = 10  # merged title rows sit above the header
MIN_HEADER_MATCHES = 2

Cell = object


@dataclass(frozen=True)
class RosterFile:
    """A roster's first sheet: header texts, the detected mapping and the data rows."""

    path: Path
    sheet: str
    header_row: int  # 1-based spreadsheet row of the (last) header row
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]  # (spreadsheet row number, cell values)
    mapping: ColumnMapping

    @property
    def unknown_columns(self) -> list[str]:
        """Headers of the columns that matched no field, for the clerk to map or ignore."""
        return [self.headers[index] for index in self.mapping.unknown]

    def header_of(self, index: int) -> str:
        return self.headers[index] if index < len(self.headers) else ""


def read_roster(path: Path) -> RosterFile:
    """Read the first sheet of an .xlsx roster; raises BranchDeskError for unusable files."""
    _check_file(path)
    from openpyxl import load_workbook  # lazy: openpyxl is slow to import
    from openpyxl.utils.exceptions import InvalidFileException

    # openpyxl warns about workbook features it ignores (data validation, extensions);
    # they do not affect the values read.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError):
            raise _not_xlsx(path) from None
        try:
            if not book.worksheets:
                raise _not_xlsx(path)
            sheet = book.worksheets[0]
            sheet.reset_dimensions()  # generators often write wrong dimensions
            raw = _read_rows(sheet)
            title = sheet.title
        finally:
            book.close()
    return _locate_header(path, title, raw)


def _check_file(path: Path) -> None:
    if not path.is_file():
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist."), path=path
        )
    if path.stat().st_size > MAX_FILE_BYTES:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP(
                "Errors", "The file {path} is too large for a roster (over {mb} MB)."
            ),
            path=path,
            mb=MAX_FILE_BYTES // (1024 * 1024),
        )
    with open(path, "rb") as handle:
        magic = handle.read(4)
    if magic != b"PK\x03\x04":  # .xlsx is a zip; old .xls, csv and others are not
        raise _not_xlsx(path)


def _not_xlsx(path: Path) -> BranchDeskError:
    return BranchDeskError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is not an Excel .xlsx workbook; open it in Excel or WPS and save it "
            "as .xlsx first.",
        ),
        path=path.name,
    )


def _read_rows(sheet: object) -> list[tuple[Cell, ...]]:
    rows: list[tuple[Cell, ...]] = []
    for values in sheet.iter_rows(min_row=1, max_col=MAX_COLUMNS, values_only=True):  # type: ignore[attr-defined]
        if len(rows) >= MAX_ROWS + HEADER_SEARCH_ROWS:
            raise BranchDeskError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The roster has more than {limit} rows; split it into smaller files."
                ),
                limit=MAX_ROWS,
            )
        rows.append(tuple(values))
    return rows


def _matches(row: tuple[Cell, ...]) -> int:
    return sum(1 for value in row if match_header(value) is not None)


def _locate_header(path: Path, title: str, raw: list[tuple[Cell, ...]]) -> RosterFile:
    """The header is the first of the top rows naming at least two known fields."""
    index = next(
        (
            i
            for i, row in enumerate(raw[:HEADER_SEARCH_ROWS])
            if _matches(row) >= MIN_HEADER_MATCHES
        ),
        None,
    )
    if index is None:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No header row found in the first {count} rows of {path}; the roster needs "
                "a row with headers such as 姓名 and 公民身份号码.",
            ),
            count=HEADER_SEARCH_ROWS,
            path=path.name,
        )
    headers = [_text(value) for value in raw[index]]
    # A two-row header (group labels merged over sub-headers): the sub-header row wins
    # where it names a field.
    if index + 1 < len(raw) and _matches(raw[index + 1]) >= MIN_HEADER_MATCHES:
        below = raw[index + 1]
        for column, value in enumerate(below):
            if match_header(value) is not None or (column < len(headers) and not headers[column]):
                if column >= len(headers):
                    headers.extend([""] * (column + 1 - len(headers)))
                headers[column] = _text(value) or headers[column]
        index += 1
    while headers and not headers[-1]:
        headers.pop()
    rows = tuple(
        (number, values)
        for number, values in enumerate(raw[index + 1 :], start=index + 2)
        if any(_text(value) for value in values)
    )
    return RosterFile(
        path=path,
        sheet=title,
        header_row=index + 1,
        headers=tuple(headers),
        rows=rows,
        mapping=match_headers(headers),
    )


def _text(value: Cell) -> str:
    return "" if value is None else str(value).strip()
