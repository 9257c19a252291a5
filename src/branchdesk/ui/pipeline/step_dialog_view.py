"""Layout of the step dialog (记录发展步骤): step, date, outcome, people, votes, notes, findings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.rules.pipeline_steps import STEPS
from branchdesk.ui.widgets.dates import OptionalDateEdit
from branchdesk.ui.widgets.files import AttachmentList
from branchdesk.ui.widgets.section import titled_section

PEOPLE_SLOTS = 2  # RULES.md §1: at most 2 contacts, exactly 2 introducers
VOTE_MAX = 999
FIELD_MIN_WIDTH = 260


class StepDialogView(QWidget):
    """Widgets only; StepDialog fills, reads, checks and saves them."""

    def __init__(
        self, language: str, *, today: dt.date, store: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.person = QLabel()
        self.person.setObjectName("pageTitle")
        self.suggestion = QLabel()
        self.suggestion.setObjectName("hint")
        self.suggestion.setWordWrap(True)

        self.step = QComboBox()
        self.step.setObjectName("stepCombo")
        for spec in STEPS:
            self.step.addItem(spec.label, spec.no)
        self.step.setMaxVisibleItems(25)
        self.done_on = OptionalDateEdit(language, today=today)
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcomeCombo")
        self.people_label = QLabel()
        self.people: list[QComboBox] = []
        people_row = QHBoxLayout()
        people_row.setContentsMargins(0, 0, 0, 0)
        for _slot in range(PEOPLE_SLOTS):
            box = QComboBox()
            box.setEditable(True)
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            box.lineEdit().setMaxLength(60)
            box.lineEdit().setPlaceholderText(self.tr("Name (pick or type)"))
            self.people.append(box)
            people_row.addWidget(box, 1)
        self.people_cell = QWidget()
        self.people_cell.setLayout(people_row)

        self.votes: dict[str, QSpinBox] = {}
        votes_grid = QGridLayout()
        votes_grid.setContentsMargins(0, 0, 0, 0)
        votes_grid.setHorizontalSpacing(8)
        titles = {
            "expected": self.tr("Expected"),
            "present": self.tr("Present"),
            "in_favour": self.tr("In favour"),
            "against": self.tr("Against"),
            "abstaining": self.tr("Abstaining"),
        }
        for column, (key, title) in enumerate(titles.items()):
            spin = QSpinBox()
            spin.setRange(0, VOTE_MAX)
            spin.setObjectName(f"votes_{key}")
            label = QLabel(title)
            label.setBuddy(spin)
            votes_grid.addWidget(label, 0, column)
            votes_grid.addWidget(spin, 1, column)
            self.votes[key] = spin
        self.votes_label = QLabel(self.tr("Votes"))
        self.votes_cell = QWidget()
        self.votes_cell.setLayout(votes_grid)

        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab follows the form (DESIGN.md §6)
        self.notes.setFixedHeight(72)
        self.notes.setPlaceholderText(self.tr("What happened, where, documents filed …"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        for text, widget in (
            (self.tr("Step"), self.step),
            (self.tr("Date"), self.done_on),
            (self.tr("Outcome"), self.outcome),
        ):
            widget.setMinimumWidth(FIELD_MIN_WIDTH)
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.people_label, self.people_cell)
        form.addRow(self.votes_label, self.votes_cell)
        notes_label = QLabel(self.tr("Notes"))
        notes_label.setBuddy(self.notes)
        form.addRow(notes_label, self.notes)
        self.attachments = AttachmentList(store)
        self.attachments.setToolTip(self.tr("Scans of the forms, minutes or certificates"))
        form.addRow(QLabel(self.tr("Files")), self.attachments)

        self.findings = QLabel()
        self.findings.setObjectName("findings")
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        checks = QVBoxLayout()
        checks.addWidget(self.findings)
        self.confirm = QCheckBox(self.tr("I have checked these warnings: record what happened"))
        self.confirm.setObjectName("confirmWarnings")
        checks.addWidget(self.confirm)

        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = QPushButton(self.tr("Record"))
        self.save_button.setObjectName("recordStepButton")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(12)
        layout.addWidget(self.person)
        layout.addWidget(self.suggestion)
        layout.addWidget(titled_section(self.tr("The step"), form))
        layout.addWidget(titled_section(self.tr("Rule checks"), checks))
        layout.addStretch(1)
        layout.addLayout(buttons)
