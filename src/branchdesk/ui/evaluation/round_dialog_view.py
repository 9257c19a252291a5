"""Layout of the round dialog: when the grades were settled, the meeting's minutes, notes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchdesk.ui.study.fields import add_row, form_layout
from branchdesk.ui.widgets.dates import OptionalDateEdit
from branchdesk.ui.widgets.section import titled_section
from branchdesk.ui.widgets.tips import set_tip

FIELD_MIN_WIDTH = 360


class RoundDialogView(QWidget):
    """Widgets only; RoundDialog fills, reads and saves them."""

    def __init__(self, language: str, *, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.branch = QLabel()
        self.branch.setObjectName("pageSubtitle")
        self.explanation = QLabel()
        self.explanation.setObjectName("hint")
        self.explanation.setWordWrap(True)

        self.held_on = OptionalDateEdit(language, today=today)
        self.held_on.setObjectName("roundHeldOn")
        self.meeting = QComboBox()
        self.meeting.setObjectName("roundMeeting")
        self.meeting.setMinimumWidth(FIELD_MIN_WIDTH)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("roundNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(90)
        self.notes.setPlaceholderText(
            self.tr("How the evaluation was organised, who took part in the masses votes …")
        )
        self.fields: dict[str, QWidget] = {
            "held_on": self.held_on,
            "meeting_id": self.meeting,
            "notes": self.notes,
        }
        self.errors: dict[str, QLabel] = {}
        self.titles: dict[str, str] = {}
        self.meeting_hint = QLabel(
            self.tr(
                "The branch committee meeting or assembly that settled the grades, if its"
                " minutes are on file; its date fills an empty date."
            )
        )
        self.meeting_hint.setObjectName("hint")
        self.meeting_hint.setWordWrap(True)
        meeting = QWidget()
        meeting_layout = QVBoxLayout(meeting)
        meeting_layout.setContentsMargins(0, 0, 0, 0)
        meeting_layout.setSpacing(2)
        meeting_layout.addWidget(self.meeting)
        meeting_layout.addWidget(self.meeting_hint)
        meeting.setFocusProxy(self.meeting)
        form = form_layout()
        for text, field, widget in (
            (self.tr("Grades settled on"), "held_on", self.held_on),
            (self.tr("Meeting minutes"), "meeting_id", meeting),
            (self.tr("Notes"), "notes", self.notes),
        ):
            add_row(form, text, field, widget, self.errors, self.titles)

        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveRoundButton")
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
        heading = QHBoxLayout()
        heading.addWidget(self.heading)
        heading.addSpacing(12)
        heading.addWidget(self.branch, 1)
        layout.addLayout(heading)
        layout.addWidget(self.explanation)
        layout.addWidget(titled_section(self.tr("Arrangements"), form), 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
