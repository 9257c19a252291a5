"""A team's or station's people: who, leader or member, joined and left (the unit dialog's
editable table, core/services/volunteer_units.UnitMemberDraft rows)."""

from __future__ import annotations

import datetime as dt
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
from PySide6.QtWidgets import (
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from branchdesk.core.enums import VolunteerRole
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.services.volunteer_units import UnitMemberDraft
from branchdesk.ui.i18n import format_date
from branchdesk.ui.members.record_labels import volunteer_role_label
from branchdesk.ui.volunteer.participants import ERROR_BACKGROUND, PeopleRowsModel
from branchdesk.ui.widgets.dates import OptionalDateEdit
from branchdesk.ui.widgets.focus import editors_follow_view

NAME, ROLE, JOINED, LEFT = range(4)
_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_TITLES = (
    QT_TRANSLATE_NOOP("UnitPeopleModel", "Name"),
    QT_TRANSLATE_NOOP("UnitPeopleModel", "Role"),
    QT_TRANSLATE_NOOP("UnitPeopleModel", "Joined"),
    QT_TRANSLATE_NOOP("UnitPeopleModel", "Left"),
)


@dataclass
class UnitPerson:
    """A row as the dialog holds it; ``id`` None until saved."""

    member_id: int
    name: str
    role: VolunteerRole = VolunteerRole.MEMBER
    joined_on: dt.date | None = None
    left_on: dt.date | None = None
    id: int | None = None

    def draft(self) -> UnitMemberDraft:
        return UnitMemberDraft(self.member_id, self.role, self.joined_on, self.left_on, self.id)


class UnitPeopleModel(PeopleRowsModel):
    """The unit's people, leaders first as stored; role and dates edited in place."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language

    def rows(self) -> list[UnitPerson]:
        return list(self._rows)

    def row(self, number: int) -> UnitPerson:
        return self._rows[number]

    def add(self, person: UnitPerson) -> int:
        number = len(self._rows)
        self.beginInsertRows(QModelIndex(), number, number)
        self._rows.append(person)
        self.endInsertRows()
        return number

    def remove(self, number: int) -> None:
        if 0 <= number < len(self._rows):
            self.beginRemoveRows(QModelIndex(), number, number)
            del self._rows[number]
            self.endRemoveRows()
            self.mark_error(None)

    def column_total(self) -> int:
        return len(_TITLES)

    def column_title(self, section: int) -> str:
        return QCoreApplication.translate("UnitPeopleModel", _TITLES[section])

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.EditRole:
            return (person.name, person.role.value, person.joined_on, person.left_on)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                person.name,
                volunteer_role_label(person.role),
                format_date(person.joined_on, self._language),
                format_date(person.left_on, self._language),
            )[column]
        if role == Qt.ItemDataRole.BackgroundRole and index.row() == self.error_row:
            return ERROR_BACKGROUND
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        person, column = self._rows[index.row()], index.column()
        if column == ROLE and isinstance(value, str) and value in set(VolunteerRole):
            person.role = VolunteerRole(value)
        elif column in (JOINED, LEFT) and (value is None or isinstance(value, dt.date)):
            setattr(person, "joined_on" if column == JOINED else "left_on", value)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True


class PeopleDelegate(QStyledItemDelegate):
    """A combo for the role, date fields for joined and left; a change commits at once."""

    def __init__(self, language: str, today: dt.date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language, self._today = language, today

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        if index.column() == ROLE:
            combo = QComboBox(parent)
            for choice in VolunteerRole:
                combo.addItem(volunteer_role_label(choice), choice.value)
            combo.activated.connect(lambda _i: self.commitData.emit(combo))
            return combo
        day = OptionalDateEdit(self._language, today=self._today, parent=parent)
        day.changed.connect(lambda: self.commitData.emit(day))
        return day

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, OptionalDateEdit) and editor.value() != value:
            editor.blockSignals(True)  # showing the model's value is no edit to commit
            editor.set_value(value)
            editor.blockSignals(False)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, OptionalDateEdit):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


def open_people_editors(table: QTableView) -> None:
    model = table.model()
    for number in range(model.rowCount()):
        for column in (ROLE, JOINED, LEFT):
            table.openPersistentEditor(model.index(number, column))
    editors_follow_view(table)
