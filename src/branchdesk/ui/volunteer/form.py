"""Form pieces the volunteer dialogs share: labelled rows with an error line, the buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchdesk.ui.volunteer.data import category_choices
from branchdesk.ui.widgets.tips import set_tip


class Form:
    """Field widgets, their error lines and titles, keyed by the draft attribute core names."""

    def __init__(self) -> None:
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.titles: dict[str, str] = {}

    def layout(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        return form

    def add(self, form: QFormLayout, text: str, field: str, widget: QWidget) -> QWidget:
        """A labelled field with a hidden error line beneath it (FieldErrors fills it)."""
        self.fields[field] = widget
        self.titles[field] = text
        form.addRow(self.label(text, widget), self.cell(field, widget))
        return widget

    def label(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def cell(self, field: str, widget: QWidget) -> QWidget:
        """``widget`` above its error line."""
        message = QLabel()
        message.setObjectName("errorText")
        message.setWordWrap(True)
        message.hide()
        self.errors[field] = message
        self.fields.setdefault(field, widget)
        cell = QWidget()
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(message)
        return cell


class DialogButtons:
    """The status text, the summary error line, save and cancel."""

    def __init__(self, save: str, save_name: str) -> None:
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.save = QPushButton(save)
        self.save.setObjectName(save_name)
        self.save.setDefault(True)
        set_tip(
            self.save,
            QCoreApplication.translate("VolunteerDialog", "Save"),
            QKeySequence.StandardKey.Save,
        )
        self.cancel = QPushButton(QCoreApplication.translate("VolunteerDialog", "Cancel"))
        self.row = QHBoxLayout()
        self.row.addWidget(self.status)
        self.row.addStretch(1)
        self.row.addWidget(self.save)
        self.row.addWidget(self.cancel)


def category_combo(name: str, in_use: list[str]) -> QComboBox:
    """An editable combo of the usual categories and those the branch has used."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(category_choices(in_use))
    combo.setCurrentIndex(-1)
    return combo


def fill_units(combo: QComboBox, none_text: str, choices: list[tuple[int, str]]) -> None:
    """A team's or station's combo: none, then the branch's active ones."""
    combo.clear()
    combo.addItem(none_text, None)
    for unit_id, unit_name in choices:
        combo.addItem(unit_name, unit_id)


def set_choice(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))
