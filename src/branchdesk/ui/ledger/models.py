"""Table models of the 检查整改 page and the problem editor.

The ledger's rows are filtered in SQL (core's ``problem_rows``) and all of them are loaded (a
branch's year holds dozens of problems, not thousands), so a click on a header sorts them in
a QSortFilterProxyModel on ``SortRole`` values: 序号 as numbers, dates as dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.reminders import Severity
from branchdesk.core.services.inspections import InspectionRow
from branchdesk.core.services.problem_list import ProblemRow
from branchdesk.ui.i18n import CHINESE, format_date, locale_for
from branchdesk.ui.icons import SEVERITY_COLORS
from branchdesk.ui.ledger.labels import (
    inspection_kind_label,
    link_kind_text,
    link_text,
    overdue_label,
    problem_source_label,
    problem_status_label,
    rectify_kind_label,
)
from branchdesk.ui.table_model import FlatTableModel

IdRole = Qt.ItemDataRole.UserRole + 1  # the record id of a row
SortRole = Qt.ItemDataRole.UserRole + 2  # what a column sorts by
OVERDUE_COLOR = QColor(SEVERITY_COLORS[Severity.OVERDUE])
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NO_DATE = dt.date.max.toordinal()  # a missing deadline sorts last
SNIPPET = 60  # characters of a long text a cell shows (the tooltip has all of it)


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SNIPPET else line[:SNIPPET] + "…"


class ProblemColumn:
    NUMBER = 0
    FOUND_ON = 1
    SOURCE = 2
    CATEGORY = 3
    DESCRIPTION = 4
    RESPONSIBLE = 5
    KIND = 6
    DEADLINE = 7
    STATUS = 8
    LINK = 9


_PROBLEM_COLUMNS = (
    QT_TRANSLATE_NOOP("ProblemListModel", "No."),
    QT_TRANSLATE_NOOP("ProblemListModel", "Found on"),
    QT_TRANSLATE_NOOP("ProblemListModel", "Source"),
    QT_TRANSLATE_NOOP("ProblemListModel", "Category"),
    QT_TRANSLATE_NOOP("ProblemListModel", "Problem"),
    QT_TRANSLATE_NOOP("ProblemListModel", "Responsible"),
    QT_TRANSLATE_NOOP("ProblemListModel", "Rectification"),
    QT_TRANSLATE_NOOP("ProblemListModel", "Deadline"),
    QT_TRANSLATE_NOOP("ProblemListModel", "Status"),
    QT_TRANSLATE_NOOP("ProblemListModel", "Raised at"),
)


def status_text(row: ProblemRow) -> str:
    """整改中, or 已逾期（整改中） once the deadline has passed."""
    status = problem_status_label(row.status)
    if not row.is_overdue:
        return status
    return QCoreApplication.translate("ProblemListModel", "{overdue} ({status})").format(
        overdue=overdue_label(), status=status
    )


class ProblemListModel(FlatTableModel):
    """The ledger's problems in core's order (year, branch, 序号); overdue rows in red."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[ProblemRow] = []
        self._cells: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[ProblemRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [self._cells_of(row) for row in self._rows]
        self.endResetModel()

    def _cells_of(self, row: ProblemRow) -> tuple[str, ...]:
        return (
            str(row.sequence_no),
            self._date(row.found_on, row.year),
            problem_source_label(row.source),
            row.category,
            _one_line(row.description),
            row.responsible_person or row.responsible_leader,
            rectify_kind_label(row.rectify_kind),
            self._date(row.deadline, row.year),
            status_text(row),
            link_kind_text(row.link),
        )

    def _date(self, day: dt.date | None, year: int) -> str:
        """A date of the ledger's own year without the year (the page shows one year)."""
        if day is None or day.year != year:
            return format_date(day, self._language)
        short = "M月d日" if self._language == CHINESE else "d MMM"
        return locale_for(self._language).toString(QDate(day.year, day.month, day.day), short)

    def _sort_key(self, number: int, column: int) -> Any:
        row = self._rows[number]
        if column == ProblemColumn.NUMBER:
            return row.year * 10_000 + row.sequence_no
        if column == ProblemColumn.FOUND_ON:
            return row.found_on.toordinal()
        if column == ProblemColumn.DEADLINE:
            return row.deadline.toordinal() if row.deadline else _NO_DATE
        if column == ProblemColumn.STATUS:  # overdue first, then the flow's order
            return (0 if row.is_overdue else 1) * 10 + list(type(row.status)).index(row.status)
        return self._cells[number][column]

    def row(self, number: int) -> ProblemRow:
        return self._rows[number]

    def rows(self) -> list[ProblemRow]:
        return list(self._rows)

    def row_of(self, problem_id: int) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.id == problem_id), None)

    def text(self, row: int, column: int) -> str:
        return self._cells[row][column]

    def row_total(self) -> int:
        return len(self._rows)

    def column_total(self) -> int:
        return len(_PROBLEM_COLUMNS)

    def column_title(self, section: int) -> str:
        return QCoreApplication.translate("ProblemListModel", _PROBLEM_COLUMNS[section])

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), column)
        if role == IdRole:
            return row.id
        if role == SortRole:
            return self._sort_key(index.row(), column)
        if role == Qt.ItemDataRole.ForegroundRole and row.is_overdue:
            return OVERDUE_COLOR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ProblemColumn.NUMBER:
            return _RIGHT
        return None

    def _tooltip(self, number: int, column: int) -> str:
        row = self._rows[number]
        if column == ProblemColumn.DESCRIPTION:
            return row.description
        if column == ProblemColumn.LINK:
            return link_text(row.link, self._language)
        if column == ProblemColumn.RESPONSIBLE:
            names = (row.responsible_leader, row.responsible_person)
            return " / ".join(dict.fromkeys(name for name in names if name))
        if column in (ProblemColumn.FOUND_ON, ProblemColumn.DEADLINE):
            day = row.found_on if column == ProblemColumn.FOUND_ON else row.deadline
            return format_date(day, self._language)
        return self._cells[number][column]


class ProblemSortModel(QSortFilterProxyModel):
    """The ledger sorted by the clicked column's ``SortRole`` value."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)


class InspectionColumn:
    DATE = 0
    KIND = 1
    INSPECTOR = 2
    SCOPE = 3
    PROBLEMS = 4
    OPEN = 5


_INSPECTION_COLUMNS = (
    QT_TRANSLATE_NOOP("InspectionListModel", "Date"),
    QT_TRANSLATE_NOOP("InspectionListModel", "Kind"),
    QT_TRANSLATE_NOOP("InspectionListModel", "Inspected by"),
    QT_TRANSLATE_NOOP("InspectionListModel", "Scope"),
    QT_TRANSLATE_NOOP("InspectionListModel", "Problems"),
    QT_TRANSLATE_NOOP("InspectionListModel", "Open"),
)


class InspectionListModel(FlatTableModel):
    """The inspections of a year by date, with their problems counted."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[InspectionRow] = []

    def set_rows(self, rows: Sequence[InspectionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> InspectionRow:
        return self._rows[number]

    def row_of(self, inspection_id: int) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.id == inspection_id), None)

    def text(self, row: int, column: int) -> str:
        inspection = self._rows[row]
        return (
            format_date(inspection.inspected_on, self._language),
            inspection_kind_label(inspection.kind),
            inspection.inspector,
            inspection.scope,
            str(inspection.problems),
            str(inspection.open_problems) if inspection.open_problems else "",
        )[column]

    def row_total(self) -> int:
        return len(self._rows)

    def column_total(self) -> int:
        return len(_INSPECTION_COLUMNS)

    def column_title(self, section: int) -> str:
        return QCoreApplication.translate("InspectionListModel", _INSPECTION_COLUMNS[section])

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            row = self._rows[index.row()]
            return row.summary or self.text(index.row(), index.column())
        if role == IdRole:
            return self._rows[index.row()].id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (
            InspectionColumn.PROBLEMS,
            InspectionColumn.OPEN,
        ):
            return _RIGHT
        return None


@dataclass(frozen=True)
class NoteLine:
    """A progress note as the editor holds it; ``id`` None until saved."""

    id: int | None
    noted_on: dt.date | None
    note: str


_NOTE_COLUMNS = (
    QT_TRANSLATE_NOOP("ProgressNotesModel", "Date"),
    QT_TRANSLATE_NOOP("ProgressNotesModel", "Progress"),
)


class ProgressNotesModel(FlatTableModel):
    """The problem's progress notes in the editor (saved with the problem)."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._lines: list[NoteLine] = []

    def set_lines(self, lines: Sequence[NoteLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def lines(self) -> list[NoteLine]:
        return list(self._lines)

    def line(self, row: int) -> NoteLine:
        return self._lines[row]

    def add(self, line: NoteLine) -> int:
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(line)
        self.endInsertRows()
        return row

    def replace(self, row: int, line: NoteLine) -> None:
        self._lines[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(_NOTE_COLUMNS) - 1))

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._lines):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._lines[row]
        self.endRemoveRows()

    def row_total(self) -> int:
        return len(self._lines)

    def column_total(self) -> int:
        return len(_NOTE_COLUMNS)

    def column_title(self, section: int) -> str:
        return QCoreApplication.translate("ProgressNotesModel", _NOTE_COLUMNS[section])

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return format_date(line.noted_on, self._language)
            return " ".join(line.note.split())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return line.note
        return None
