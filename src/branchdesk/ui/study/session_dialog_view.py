"""Layout of the collective session dialog: the study's fields, and who attended."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchdesk.ui.study.fields import StudyFields, add_row, form_layout
from branchdesk.ui.widgets.section import titled_section
from branchdesk.ui.widgets.tips import set_tip


class SessionDialogView(QWidget):
    """Widgets only; SessionDialog fills, reads and saves them."""

    def __init__(self, language: str, *, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Collective session"))
        self.heading.setObjectName("pageTitle")
        self.explanation = QLabel(
            self.tr(
                "A theme day, a Party lecture or any study together: every member ticked "
                "below gets this entry in their notebook, in one step."
            )
        )
        self.explanation.setObjectName("hint")
        self.explanation.setWordWrap(True)

        self.branch = QComboBox()
        self.branch.setObjectName("sessionBranch")
        self.shared = StudyFields(language, today=today, date_field="held_on")
        self.attendees = QListWidget()
        self.attendees.setObjectName("sessionAttendees")
        self.attendees.setMinimumHeight(180)
        self.select_all = QCheckBox(self.tr("Select all"))
        self.select_all.setObjectName("selectAllAttendees")
        self.select_all.setTristate(False)
        self.chosen = QLabel()
        self.chosen.setObjectName("hint")
        picker = QWidget()
        picker_layout = QVBoxLayout(picker)
        picker_layout.setContentsMargins(0, 0, 0, 0)
        picker_layout.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.select_all)
        top.addStretch(1)
        top.addWidget(self.chosen)
        picker_layout.addLayout(top)
        picker_layout.addWidget(self.attendees, 1)

        self.fields: dict[str, QWidget] = {
            "branch_id": self.branch,
            **self.shared.widgets,
            "attendee_ids": self.attendees,
        }
        self.errors: dict[str, QLabel] = {}
        self.titles: dict[str, str] = {}
        shared = self.shared
        study = form_layout()
        for text, field, widget in (
            (self.tr("Branch"), "branch_id", self.branch),
            (self.tr("Date"), "held_on", shared.day),
            (self.tr("Topic"), "topic", shared.topic),
            (self.tr("Material"), "material", shared.material),
            (self.tr("Form"), "form", shared.form),
            (self.tr("Class hours"), "class_hours", shared.hours),
        ):
            add_row(study, text, field, widget, self.errors, self.titles)
        people = form_layout()
        add_row(people, self.tr("Attendees"), "attendee_ids", picker, self.errors, self.titles)
        self.fields["attendee_ids"] = picker  # FieldErrors outlines the picker's list
        picker.setFocusProxy(self.attendees)

        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.save_button = QPushButton(self.tr("Record for attendees"))
        self.save_button.setObjectName("saveSessionButton")
        self.save_button.setDefault(True)
        set_tip(self.save_button, self.tr("Save"), QKeySequence.StandardKey.Save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(titled_section(self.tr("The study"), study))
        layout.addWidget(titled_section(self.tr("Who attended"), people), 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        # Tab into the picker lands on its proxy, the list, and skips 全选 above it: 全选 goes
        # ahead of the picker in the Tab order, so Tab reads it, then the list.
        QWidget.setTabOrder(shared.hours, self.select_all)
