"""What the list tabs share: a table of staged records with 添加/编辑/删除 and their errors.

A ``RecordSection`` shows one family (posts, honours …) as a list of frozen drafts; adds,
edits and removals only change that list until the editor saves it through core.
``RecordListTab`` is a MemberTab made of one or more sections.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from branchdesk.core.errors import ValidationError
from branchdesk.ui.context import AppContext
from branchdesk.ui.members.tabs.base import MemberTab
from branchdesk.ui.members.tabs.record_form import RecordForm
from branchdesk.ui.members.tabs.record_model import Column, RecordTableModel
from branchdesk.ui.validation import validation_message

ROW_HEIGHT = 30
__all__ = ["Column", "ConfirmDialog", "RecordListTab", "RecordSection", "RecordTableModel"]


class ConfirmDialog:
    """Ask before removing a record (tests patch ``ask``)."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


class RecordSection(QWidget):
    """One family's table and buttons. Subclasses say how to read, write, edit and name rows."""

    changed = Signal()
    prefix = ""  # core's field prefix of this family, e.g. "posts"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.baseline: list[Any] = []
        self._written: list[Any] | None = None  # rows as stored by save(), before the commit
        self.form: RecordForm | None = None  # the open add/edit dialog, if any
        self.read_only = False  # a file of someone who left, not unlocked
        columns = self.columns()
        self.model = RecordTableModel(columns, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Delete"))
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(8)
        for button in (self.add_button, self.edit_button, self.remove_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(8)
        self.layout_.addLayout(self.buttons)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.error)

        self.add_button.clicked.connect(lambda: self.open_form(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.installEventFilter(self)  # Enter edits the selected record
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.modelReset.connect(self._fit_columns)
        self._fit_columns()
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.selected_row() is not None
        ):
            self.edit_selected()
            return True
        return super().eventFilter(watched, event)

    # what subclasses provide -----------------------------------------------------------

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def read(self, session: Session, member_id: int) -> list[Any]:
        raise NotImplementedError

    def write(self, session: Session, member_id: int, rows: list[Any], today: dt.date) -> None:
        raise NotImplementedError

    def make_form(self, record: Any | None) -> RecordForm:
        """The dialog adding (record None) or editing a record."""
        raise NotImplementedError

    def describe(self, record: Any) -> str:
        """A few words naming the record in the removal question."""
        raise NotImplementedError

    def field_title(self, field: str) -> str:
        """The label of a core field of this family (for errors shown under the table)."""
        return field

    def sort_key(self, record: Any) -> Any:
        return 0  # stable sort: the order staged

    # staging ---------------------------------------------------------------------------

    def load(self, session: Session, member_id: int | None) -> None:
        rows = [] if member_id is None else self.read(session, member_id)
        self.baseline = list(rows)
        self._written = None
        self.model.set_rows(rows)
        self._clear_error()

    def rows(self) -> list[Any]:
        return list(self.model.rows)

    def has_changes(self) -> bool:
        return self.model.rows != self.baseline

    def save(self, session: Session, member_id: int, today: dt.date) -> None:
        """Write the staged rows, then read them back with their new ids (kept until commit)."""
        self.write(session, member_id, self.rows(), today)
        self._written = self.read(session, member_id)

    def mark_saved(self) -> None:
        if self._written is not None:  # added records now have ids: later edits update them
            self.model.set_rows(self._written)
            self._written = None
        self.baseline = list(self.model.rows)

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def open_form(self, row: int | None, record: Any | None = None) -> RecordForm:
        """Open the add (row None) or edit dialog; it stages its record when accepted.

        ``record`` prefills an added record (an attachment knows its file already).
        """
        if row is not None:
            record = self.model.rows[row]
        form = self.make_form(record)
        form.accepted.connect(lambda: self.stage(form.draft, row))
        form.finished.connect(lambda: self._form_closed(form))
        self.form = form
        form.open()
        return form

    def _form_closed(self, form: RecordForm) -> None:
        if self.form is form:
            self.form = None
        form.deleteLater()

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None and not self.read_only:
            self.open_form(row)

    def stage(self, record: Any, row: int | None) -> None:
        """Put an added or edited record in the list (re-sorted), select it, tell the tab."""
        rows = self.rows()
        if row is None:
            rows.append(record)
        else:
            rows[row] = record
        self.replace_rows(rows, select=record)

    def replace_rows(self, rows: list[Any], *, select: Any = None) -> None:
        rows.sort(key=self.sort_key)
        self.model.set_rows(rows)
        self._clear_error()
        if select is not None:
            self.select_row(next(i for i, r in enumerate(rows) if r is select))
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        record = self.model.rows[row]
        question = self.tr("Delete {what}? It is removed when the file is saved.").format(
            what=self.describe(record)
        )
        if ConfirmDialog.ask(self, self.tr("Delete record"), question):
            rows = self.rows()
            del rows[row]
            self.replace_rows(rows)

    # errors ------------------------------------------------------------------------------

    def owns(self, error: ValidationError) -> bool:
        return error.field.split(".")[0] == self.prefix

    def show_error(self, error: ValidationError) -> None:
        row = int(error.params.get("row", "0"))
        if row:
            self.select_row(row - 1)
        self.error.setText(
            self.tr("Row {row}, {field}: {message}").format(
                row=row or "-",
                field=self.field_title(error.field),
                message=validation_message(error),
            )
        )
        self.error.show()
        self.table.setFocus()

    def _clear_error(self) -> None:
        self.error.hide()
        self.error.clear()

    def _fit_columns(self) -> None:
        """Each column at least its planned width, wider when a label needs it (English)."""
        header = self.table.horizontalHeader()
        for number, column in enumerate(self.model.columns[:-1]):
            fit = max(self.table.sizeHintForColumn(number), header.sectionSizeHint(number))
            header.resizeSection(number, max(column.width, fit))

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None and not self.read_only
        self.add_button.setEnabled(not self.read_only)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)


class RecordListTab(MemberTab):
    """A MemberTab made of record sections, one below the other; each saves its own family."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[RecordSection] = []
        self.page = QVBoxLayout(self)
        self.page.setContentsMargins(20, 16, 20, 16)
        self.page.setSpacing(10)

    def add_section(self, section: RecordSection, heading: str = "") -> None:
        if heading:
            label = QLabel(heading)
            label.setObjectName("sectionTitle")
            self.page.addWidget(label)
        self.page.addWidget(section, 1)
        self.sections.append(section)
        section.changed.connect(self.changed)

    def load(self, session: Session, member_id: int | None) -> None:
        for section in self.sections:
            section.load(session, member_id)

    def has_changes(self) -> bool:
        return any(section.has_changes() for section in self.sections)

    def save(self, session: Session, member_id: int, *, today: dt.date) -> None:
        for section in self.sections:
            if section.has_changes():
                section.save(session, member_id, today)

    def show_error(self, error: ValidationError) -> bool:
        for section in self.sections:
            if section.owns(error):
                section.show_error(error)
                return True
        return False

    def mark_saved(self) -> None:
        for section in self.sections:
            section.mark_saved()

    def set_read_only(self, read_only: bool) -> None:
        for section in self.sections:
            section.read_only = read_only
            section._update_buttons()
