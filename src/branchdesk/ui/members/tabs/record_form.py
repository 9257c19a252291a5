"""A small dialog editing one record of a tab, validated by core when the clerk accepts it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.errors import ValidationError
from branchdesk.ui.validation import validation_message
from branchdesk.ui.widgets.dates import OptionalDateEdit

FIELD_MIN_WIDTH = 280
NOTES_HEIGHT = 80


class RecordForm(QDialog):
    """Rows of label + field + hidden error line; OK keeps the dialog open on a bad value.

    Subclasses add their fields with ``line``, ``combo``, ``date``, ``text`` and implement
    ``collect``; ``check`` (a core ``validate_*``) turns what was typed into ``draft``.
    """

    def __init__(
        self,
        title: str,
        language: str,
        *,
        today: dt.date,
        check: Callable[[Any], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.language = language
        self.today = today
        self._check = check
        self.draft: Any = None  # the checked record once accepted
        self.fields: dict[str, QWidget] = {}  # core field name ("posts.title") → editor
        self._errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    # building ------------------------------------------------------------------------------

    def add_row(self, label: str, field: str, widget: QWidget) -> None:
        widget.setMinimumWidth(FIELD_MIN_WIDTH)
        message = QLabel()
        message.setObjectName("errorText")
        message.setWordWrap(True)
        message.hide()
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(widget)
        cell_layout.addWidget(message)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, cell)
        if self._editable(widget) and not any(self._editable(w) for w in self.fields.values()):
            widget.setFocus()  # the form opens on its first field, not on OK
        self.fields[field] = widget
        self._errors[field] = message

    @staticmethod
    def _editable(widget: QWidget) -> bool:
        return not (isinstance(widget, QLineEdit) and widget.isReadOnly())

    def line(self, label: str, field: str, max_length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)  # the column's size: a longer text cannot be typed
        self.add_row(label, field, edit)
        return edit

    def combo(self, label: str, field: str, items: list[tuple[str, object]]) -> QComboBox:
        box = QComboBox()
        for text, value in items:
            box.addItem(text, value)
        self.add_row(label, field, box)
        return box

    def date(self, label: str, field: str) -> OptionalDateEdit:
        edit = OptionalDateEdit(self.language, today=self.today)
        self.add_row(label, field, edit)
        return edit

    def text(self, label: str, field: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        edit.setFixedHeight(NOTES_HEIGHT)
        self.add_row(label, field, edit)
        return edit

    @staticmethod
    def choose(box: QComboBox, value: object) -> None:
        box.setCurrentIndex(max(box.findData(value), 0))

    # checking ------------------------------------------------------------------------------

    def collect(self) -> Any:
        """The record as typed, not yet checked (keeps the id of the record edited)."""
        raise NotImplementedError

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.draft = self._check(self.collect())
        except ValidationError as error:
            self.show_error(error)
            return
        super().accept()

    def show_error(self, error: ValidationError) -> None:
        """The message under the field it names, the field outlined; what was typed stays."""
        label = self._errors.get(error.field)
        widget = self.fields.get(error.field)
        if label is None or widget is None:  # not a field of this form: under the last row
            label, widget = list(self._errors.values())[-1], None
        label.setText(validation_message(error))
        label.show()
        if widget is not None:
            _set_invalid(widget.focusProxy() or widget, True)
            widget.setFocus()

    def clear_errors(self) -> None:
        for field, label in self._errors.items():
            label.hide()
            label.clear()
            widget = self.fields[field]
            _set_invalid(widget.focusProxy() or widget, False)


def _set_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
