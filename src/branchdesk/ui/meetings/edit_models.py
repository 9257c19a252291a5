"""Editable table models of the minutes editor: the attendance grid, guests and agenda items.

Each model edits a list of core drafts in place (core/services/meeting_drafts.py), so the
editor collects the meeting without copying cells back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from branchdesk.core.enums import AttendanceStatus
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.services.meeting_drafts import AttendanceDraft
from branchdesk.ui.meetings.labels import attendance_label
from branchdesk.ui.table_model import FlatTableModel

AWAY_COLOUR = QColor("#B06000")  # amber: away, a reason is needed
_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

NAME, VOTE, STATUS, REASON = range(4)
_ATTENDANCE_TITLES = (
    QT_TRANSLATE_NOOP("AttendanceModel", "Name"),
    QT_TRANSLATE_NOOP("AttendanceModel", "Voting right"),
    QT_TRANSLATE_NOOP("AttendanceModel", "Attendance"),
    QT_TRANSLATE_NOOP("AttendanceModel", "Reason (if away)"),
)


class AttendanceModel(FlatTableModel):
    """One row per expected member: status and reason are edited; the vote follows the stage."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AttendanceDraft] = []

    def set_rows(self, rows: Sequence[AttendanceDraft]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[AttendanceDraft]:
        return list(self._rows)

    def row_total(self) -> int:
        return len(self._rows)

    def column_total(self) -> int:
        return len(_ATTENDANCE_TITLES)

    def column_title(self, section: int) -> str:
        return QCoreApplication.translate("AttendanceModel", _ATTENDANCE_TITLES[section])

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _EDITABLE if index.column() in (STATUS, REASON) else _READ_ONLY

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.EditRole:
            return {STATUS: line.status, REASON: line.reason}.get(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == NAME:
                return line.name
            if column == VOTE:
                return (
                    QCoreApplication.translate("AttendanceModel", "Votes")
                    if line.has_vote
                    else QCoreApplication.translate("AttendanceModel", "No vote (probationary)")
                )
            if column == STATUS:
                return attendance_label(line.status)
            return line.reason
        if role == Qt.ItemDataRole.ForegroundRole and not line.status.attended:
            return AWAY_COLOUR if column in (NAME, STATUS) else None
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        line = self._rows[index.row()]
        if index.column() == STATUS and isinstance(value, str) and value in set(AttendanceStatus):
            line.status = AttendanceStatus(value)
        elif index.column() == REASON and isinstance(value, str):
            line.reason = value
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), REASON))
        return True

    def set_status(self, row: int, status: AttendanceStatus, reason: str = "") -> None:
        """As the clerk would choose it in the grid (tests and 全部出席 use this)."""
        self.setData(self.index(row, STATUS), status.value)
        if reason or status.attended:
            self.setData(self.index(row, REASON), reason)

    def row_of(self, name: str) -> int:
        return next(n for n, line in enumerate(self._rows) if line.name == name)


class StatusDelegate(QStyledItemDelegate):
    """A combo of 出席 / 迟到 / 请假 / 缺席 in the attendance column."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for status in AttendanceStatus:
            combo.addItem(attendance_label(status), status.value)
        # Committed as soon as chosen, so the counts update without leaving the cell.
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(str(index.data(Qt.ItemDataRole.EditRole)))))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TextRowsModel(FlatTableModel):
    """Rows of a draft dataclass whose text attributes are the columns (guests, agenda)."""

    def __init__(
        self,
        make: Any,
        columns: Sequence[tuple[str, str]],
        context: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._make = make  # () → a blank draft
        self._columns = list(columns)  # (attribute, English title)
        self._context = context  # where the titles are translated
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def add_row(self) -> int:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(self._make())
        self.endInsertRows()
        return len(self._rows) - 1

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def row_total(self) -> int:
        return len(self._rows)

    def column_total(self) -> int:
        return len(self._columns)

    def column_title(self, section: int) -> str:
        return QCoreApplication.translate(self._context, self._columns[section][1])

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _EDITABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return getattr(self._rows[index.row()], self._columns[index.column()][0])
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not isinstance(value, str):
            return False
        setattr(self._rows[index.row()], self._columns[index.column()][0], value)
        self.dataChanged.emit(index, index)
        return True
