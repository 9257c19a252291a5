"""Layout of the study entry dialog: date, topic, material, form, hours, notes, reflections."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchdesk.ui.study.fields import StudyFields, add_row, form_layout
from branchdesk.ui.widgets.section import titled_section
from branchdesk.ui.widgets.tips import set_tip


def _text_box(name: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)  # Tab follows the form (DESIGN.md §6)
    box.setMinimumHeight(height)
    return box


class EntryDialogView(QWidget):
    """Widgets only; EntryDialog fills, reads and saves them."""

    def __init__(self, language: str, *, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member = QLabel()
        self.member.setObjectName("pageTitle")
        self.session_note = QLabel(
            self.tr(
                "This entry comes from a collective session: its date, topic, form and class "
                "hours are the session's. Notes and reflections are this member's own."
            )
        )
        self.session_note.setObjectName("hint")
        self.session_note.setWordWrap(True)
        self.session_note.hide()

        self.shared = StudyFields(language, today=today, date_field="studied_on")
        self.notes = _text_box("studyNotes", 90)
        self.notes.setPlaceholderText(self.tr("Key points of what was studied"))
        self.reflections = _text_box("studyReflections", 120)
        self.reflections.setPlaceholderText(self.tr("What the member took from it (心得体会)"))
        self.fields: dict[str, QWidget] = {
            **self.shared.widgets,
            "notes": self.notes,
            "reflections": self.reflections,
        }
        self.errors: dict[str, QLabel] = {}
        self.titles: dict[str, str] = {}
        shared = self.shared
        study = form_layout()
        for text, field, widget in (
            (self.tr("Date"), "studied_on", shared.day),
            (self.tr("Topic"), "topic", shared.topic),
            (self.tr("Material"), "material", shared.material),
            (self.tr("Form"), "form", shared.form),
            (self.tr("Class hours"), "class_hours", shared.hours),
        ):
            add_row(study, text, field, widget, self.errors, self.titles)
        writing = form_layout()
        add_row(writing, self.tr("Notes"), "notes", self.notes, self.errors, self.titles)
        add_row(
            writing,
            self.tr("Reflections"),
            "reflections",
            self.reflections,
            self.errors,
            self.titles,
        )

        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveEntryButton")
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
        layout.addWidget(self.member)
        layout.addWidget(self.session_note)
        layout.addWidget(titled_section(self.tr("The study"), study))
        layout.addWidget(titled_section(self.tr("Notes and reflections"), writing), 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
