"""Table models of the 会议记录 page: the meetings of a year, and the cadence grid.

The list is sorted in SQL (core's ``meeting_rows``): a click on a header asks the page to
re-read with that key. The grid shows core's ``CadenceGrid`` as months × kinds.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.cadence import CadenceGrid, CadenceRow, PeriodState
from branchdesk.core.services.meeting_list import MeetingRow
from branchdesk.ui.i18n import format_date
from branchdesk.ui.meetings.labels import meeting_kind_label, period_state_label
from branchdesk.ui.table_model import FlatTableModel

IdRole = Qt.ItemDataRole.UserRole + 1  # the meeting id of a list row
StateRole = Qt.ItemDataRole.UserRole + 2  # the PeriodState of a grid cell
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)

# column → core's sort key (core.services.meeting_list.SORT_KEYS)
_COLUMNS = (
    (QT_TRANSLATE_NOOP("MeetingListModel", "Kind"), "kind"),
    (QT_TRANSLATE_NOOP("MeetingListModel", "No."), "sequence_no"),
    (QT_TRANSLATE_NOOP("MeetingListModel", "Title"), "title"),
    (QT_TRANSLATE_NOOP("MeetingListModel", "Date"), "starts_at"),
    (QT_TRANSLATE_NOOP("MeetingListModel", "Place"), "place"),
    (QT_TRANSLATE_NOOP("MeetingListModel", "Host"), "host_name"),
    (QT_TRANSLATE_NOOP("MeetingListModel", "Present / expected"), "present"),
    (QT_TRANSLATE_NOOP("MeetingListModel", "Resolutions"), "resolutions"),
)
DATE_COLUMN = 3
_NUMERIC = {1, 6, 7}

# Fill and text colours of the grid's states, as the legend shows them.
STATE_COLOURS = {
    PeriodState.HELD: ("#E6F4EA", "#137333"),
    PeriodState.MISSING: ("#FCE8E6", "#C5221F"),
    PeriodState.DUE: ("#FEF7E0", "#B06000"),
    PeriodState.NOT_DUE: ("#F1F3F4", "#80868B"),
}


class MeetingListModel(FlatTableModel):
    """The meetings of a year in core's order; ``sort_requested`` asks for another order."""

    sort_requested = Signal(str, bool)  # core sort key, descending

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[MeetingRow] = []
        self._cells: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[MeetingRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [self._cells_of(row) for row in self._rows]
        self.endResetModel()

    def _cells_of(self, row: MeetingRow) -> tuple[str, ...]:
        kind = meeting_kind_label(row.kind)
        if row.party_group_name:
            kind = f"{kind}（{row.party_group_name}）"
        return (
            kind,
            str(row.sequence_no),
            row.title,
            f"{format_date(row.starts_at.date(), self._language)} {row.starts_at:%H:%M}",
            row.place,
            row.host_name,
            f"{row.present} / {row.expected}",
            str(row.resolutions) if row.resolutions else "",
        )

    def row(self, number: int) -> MeetingRow:
        return self._rows[number]

    def row_of(self, meeting_id: int) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.id == meeting_id), None)

    def text(self, row: int, column: int) -> str:
        return self._cells[row][column]

    def row_total(self) -> int:
        return len(self._rows)

    def column_total(self) -> int:
        return len(_COLUMNS)

    def column_title(self, section: int) -> str:
        return QCoreApplication.translate("MeetingListModel", _COLUMNS[section][0])

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[index.row()][index.column()]
        if role == IdRole:
            return self._rows[index.row()].id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in _NUMERIC:
            return _RIGHT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(_COLUMNS):
            descending = order == Qt.SortOrder.DescendingOrder
            self.sort_requested.emit(_COLUMNS[column][1], descending)


class CadenceModel(FlatTableModel):
    """Months (columns) × kinds and 党小组 (rows): meetings held, coloured by period state."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[CadenceRow, ...] = ()

    def set_grid(self, grid: CadenceGrid | None) -> None:
        self.beginResetModel()
        self._rows = grid.rows if grid is not None else ()
        self.endResetModel()

    def cadence_row(self, number: int) -> CadenceRow:
        return self._rows[number]

    def row_title(self, number: int) -> str:
        row = self._rows[number]
        title = meeting_kind_label(row.kind)
        return f"{title}（{row.group_name}）" if row.group_name else title

    def row_total(self) -> int:
        return len(self._rows)

    def column_total(self) -> int:
        return 12

    def column_title(self, section: int) -> str:
        return QCoreApplication.translate("CadenceModel", "{month}").format(month=section + 1)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return self.row_title(section) if 0 <= section < len(self._rows) else None
        return super().headerData(section, orientation, role)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, month = self._rows[index.row()], index.column() + 1
        state = row.state_of(month)
        if role == Qt.ItemDataRole.DisplayRole:
            held = row.per_month[month - 1]
            return str(held) if held else ("!" if state is PeriodState.MISSING else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            period = row.period_of(month)
            months = (
                str(period.first)
                if period.first == period.last
                else f"{period.first}–{period.last}"
            )
            return QCoreApplication.translate(
                "CadenceModel", "{kind}, month {months}: {state} ({held} held)"
            ).format(
                kind=self.row_title(index.row()),
                months=months,
                state=period_state_label(state),
                held=period.held,
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(STATE_COLOURS[state][0])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(STATE_COLOURS[state][1])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTER
        if role == StateRole:
            return state
        return None
