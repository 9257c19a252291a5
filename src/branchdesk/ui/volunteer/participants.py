"""Each participant's time as hours and minutes boxes: the editable table of the activity and
completion dialogs (core/services/volunteer.HoursLine rows, stored in whole minutes)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.volunteer import ACTIVITY_LIMIT_HOURS, MINUTES_PER_HOUR
from branchdesk.core.services.volunteer import HoursLine
from branchdesk.ui.table_model import FlatTableModel
from branchdesk.ui.widgets.focus import editors_follow_view

NAME, HOURS, MINUTES = range(3)
ERROR_BACKGROUND = QColor("#FCE8E6")  # the row a validation error names
MARK_ROLE = Qt.ItemDataRole.BackgroundRole  # what mark_error changes: no edit
TIME_WIDTH = 104  # an hours or minutes box with its suffix and arrows
_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_TITLES = (
    QT_TRANSLATE_NOOP("ParticipantModel", "Name"),
    QT_TRANSLATE_NOOP("ParticipantModel", "Hours"),
    QT_TRANSLATE_NOOP("ParticipantModel", "Minutes"),
)


@dataclass
class Participant:
    """A row of the table: who, and their time as typed."""

    member_id: int
    name: str
    hours: int = 0
    minutes: int = 0

    @property
    def total(self) -> int:
        return self.hours * MINUTES_PER_HOUR + self.minutes

    def line(self) -> HoursLine:
        return HoursLine(self.member_id, self.hours, self.minutes)


class PeopleRowsModel(FlatTableModel):
    """People in rows, the name (column 0) read-only and the rest edited in place; the row a
    validation error names is tinted. The participant and team-member tables share it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self.error_row: int | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.error_row = None
        self.endResetModel()

    def mark_error(self, number: int | None) -> None:
        """Tint the row a validation error names (None: no row)."""
        previous, self.error_row = self.error_row, number
        last = self.column_total() - 1
        for row in {previous, number} - {None}:
            assert row is not None
            if 0 <= row < len(self._rows):
                self.dataChanged.emit(self.index(row, 0), self.index(row, last), [MARK_ROLE])

    def row_total(self) -> int:
        return len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _READ_ONLY if index.column() == NAME else _EDITABLE


class ParticipantModel(PeopleRowsModel):
    """Participants in the order added; hours and minutes edited in place."""

    def rows(self) -> list[Participant]:
        return list(self._rows)

    def row(self, number: int) -> Participant:
        return self._rows[number]

    def member_ids(self) -> list[int]:
        return [row.member_id for row in self._rows]

    def add(self, member_id: int, name: str, hours: int, minutes: int) -> int | None:
        """Append a participant (not twice); their row, or None when already listed."""
        if member_id in self.member_ids():
            return None
        number = len(self._rows)
        self.beginInsertRows(QModelIndex(), number, number)
        self._rows.append(Participant(member_id, name, hours, minutes))
        self.endInsertRows()
        return number

    def remove(self, number: int) -> None:
        if 0 <= number < len(self._rows):
            self.beginRemoveRows(QModelIndex(), number, number)
            del self._rows[number]
            self.endRemoveRows()
            self.mark_error(None)

    def set_time(self, number: int, hours: int, minutes: int) -> None:
        """As the clerk would type it in the row's boxes."""
        self.setData(self.index(number, HOURS), hours)
        self.setData(self.index(number, MINUTES), minutes)

    def total_minutes(self) -> int:
        return sum(row.total for row in self._rows)

    def column_total(self) -> int:
        return len(_TITLES)

    def column_title(self, section: int) -> str:
        return QCoreApplication.translate("ParticipantModel", _TITLES[section])

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (row.name, row.hours, row.minutes)[column]
        if role == Qt.ItemDataRole.BackgroundRole and index.row() == self.error_row:
            return ERROR_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == NAME:
            return False
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            return False
        row = self._rows[index.row()]
        if index.column() == HOURS:
            row.hours = value
        else:
            row.minutes = value
        self.dataChanged.emit(index, index)
        return True


class TimeDelegate(QStyledItemDelegate):
    """A spin box for the hours (0–12) or the minutes (0–59); a change commits at once."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        spin = QSpinBox(parent)
        spin.setFrame(False)
        if index.column() == HOURS:
            # The boxes allow a little more than the rule, so core names the row's mistake.
            spin.setRange(0, ACTIVITY_LIMIT_HOURS * 2)
            spin.setSuffix(QCoreApplication.translate("ParticipantModel", " h"))
        else:
            spin.setRange(0, MINUTES_PER_HOUR - 1)
            spin.setSingleStep(5)
            spin.setSuffix(QCoreApplication.translate("ParticipantModel", " min"))
        spin.valueChanged.connect(lambda _value: self.commitData.emit(spin))
        return spin

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The background only: the row's open box shows the value (the text would show
        through beside its arrows)."""
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        shown.text = ""
        style = shown.widget.style() if shown.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, shown, painter, shown.widget)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QSpinBox)
        value = int(index.data(Qt.ItemDataRole.EditRole) or 0)
        if editor.value() != value:
            editor.blockSignals(True)  # showing the model's value is no edit to commit
            editor.setValue(value)
            editor.blockSignals(False)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QSpinBox)
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


def is_edit(roles: Sequence[int]) -> bool:
    """Whether a dataChanged with these roles is the clerk's edit, not an error's tint."""
    return list(roles) != [MARK_ROLE]


def open_time_editors(table: QTableView) -> None:
    """Show every row's boxes as boxes (persistent editors), not as text to double-click."""
    model = table.model()
    for number in range(model.rowCount()):
        for column in (HOURS, MINUTES):
            table.openPersistentEditor(model.index(number, column))
    editors_follow_view(table)
