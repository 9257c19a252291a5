"""The fields an entry and a session share: date, topic, material, form, class hours."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.enums import StudyForm
from branchdesk.core.rules.study import HOURS_PER_DAY
from branchdesk.core.services.study import MATERIAL_MAX, TOPIC_MAX
from branchdesk.ui.study.labels import study_form_label
from branchdesk.ui.widgets.dates import OptionalDateEdit

FIELD_MIN_WIDTH = 320


class StudyFields:
    """Widgets of the shared fields, keyed by the draft attribute core's errors name."""

    def __init__(self, language: str, *, today: dt.date, date_field: str) -> None:
        self.day = OptionalDateEdit(language, today=today)
        self.day.setObjectName("studyDate")
        self.topic = QLineEdit()
        self.topic.setObjectName("studyTopic")
        self.topic.setMaxLength(TOPIC_MAX)
        self.material = QLineEdit()
        self.material.setObjectName("studyMaterial")
        self.material.setMaxLength(MATERIAL_MAX)
        self.form = study_form_combo("studyForm")
        self.hours = class_hours_spin()
        self.hours.setObjectName("studyHours")
        self.widgets: dict[str, QWidget] = {
            date_field: self.day,
            "topic": self.topic,
            "material": self.material,
            "form": self.form,
            "class_hours": self.hours,
        }
        for widget in self.widgets.values():
            widget.setMinimumWidth(FIELD_MIN_WIDTH)

    def form_value(self) -> StudyForm:
        return StudyForm(self.form.currentData())

    def set_form(self, form: StudyForm) -> None:
        set_study_form(self.form, form)

    def hours_value(self) -> Decimal | None:
        return class_hours_value(self.hours)

    def set_hours(self, hours: Decimal | None) -> None:
        set_class_hours(self.hours, hours)


def study_form_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for form in StudyForm:
        combo.addItem(study_form_label(form), form.value)
    return combo


def set_study_form(combo: QComboBox, form: StudyForm) -> None:
    combo.setCurrentIndex(max(combo.findData(form.value), 0))


def class_hours_spin() -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(2)  # the rule: at most 2 decimal places (core checks it too)
    spin.setRange(0, float(HOURS_PER_DAY))
    spin.setSingleStep(0.5)
    spin.setSuffix(QCoreApplication.translate("StudyFields", " class hours"))
    return spin


def class_hours_value(spin: QDoubleSpinBox) -> Decimal | None:
    """The hours as an exact Decimal (the spin box's text, not its float); None at 0."""
    value = Decimal(str(round(spin.value(), 2)))
    return value if value > 0 else None


def set_class_hours(spin: QDoubleSpinBox, hours: Decimal | None) -> None:
    spin.setValue(float(hours) if hours is not None else 0.0)


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(8)
    return form


def add_row(
    form: QFormLayout,
    text: str,
    field: str,
    widget: QWidget,
    errors: dict[str, QLabel],
    titles: dict[str, str],
) -> None:
    """A labelled field with a hidden error line beneath it (FieldErrors fills it)."""
    message = QLabel()
    message.setObjectName("errorText")
    message.setWordWrap(True)
    message.hide()
    errors[field] = message
    titles[field] = text
    cell = QWidget()
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(message)
    label = QLabel(text)
    label.setBuddy(widget)
    form.addRow(label, cell)
