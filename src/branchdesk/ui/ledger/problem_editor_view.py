"""Layout of the problem editor: 问题, 整改要求, 整改进展, 复查销号 and 佐证材料 tabs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.enums import ProblemSource, RectifyKind
from branchdesk.core.services.problem_progress import CATEGORY_MAX, NAME_MAX
from branchdesk.ui.ledger.labels import problem_source_label, rectify_kind_label
from branchdesk.ui.study.fields import add_row, form_layout
from branchdesk.ui.widgets.dates import OptionalDateEdit
from branchdesk.ui.widgets.files import AttachmentList
from branchdesk.ui.widgets.layout import hint
from branchdesk.ui.widgets.section import titled_section
from branchdesk.ui.widgets.tables import list_table
from branchdesk.ui.widgets.tips import set_tip

FIELD_MIN_WIDTH = 360
CHIP_STYLE = "border-radius: 3px; padding: 2px 10px; font-weight: 600;"
STATUS_CHIP = f"background: #E8F0FE; color: #1A73E8; {CHIP_STYLE}"
OVERDUE_CHIP = f"background: #FCE8E6; color: #C5221F; {CHIP_STYLE}"

# The editor's tabs, and the tab each field core may name is on.
PROBLEM_TAB, RECTIFY_TAB, PROGRESS_TAB, REVIEW_TAB, EVIDENCE_TAB = range(5)
TAB_OF = {
    "target": RECTIFY_TAB,
    "measures": RECTIFY_TAB,
    "responsible_leader": RECTIFY_TAB,
    "responsible_person": RECTIFY_TAB,
    "responsible_member_id": RECTIFY_TAB,
    "rectify_kind": RECTIFY_TAB,
    "deadline": RECTIFY_TAB,
    "status": PROGRESS_TAB,
    "completed_on": PROGRESS_TAB,
    "reason": PROGRESS_TAB,
    "noted_on": PROGRESS_TAB,
    "note": PROGRESS_TAB,
    "reviewer": REVIEW_TAB,
    "review_opinion": REVIEW_TAB,
    "closed_on": REVIEW_TAB,
}


def _text_box(name: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)  # Tab follows the form (DESIGN.md §6)
    box.setMinimumHeight(height)
    return box


def _names(name: str) -> QComboBox:
    """A member of the branch to pick, or any name to type."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.lineEdit().setMaxLength(NAME_MAX)
    return combo


def _page(*items: QWidget, stretch: int = -1) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(12, 12, 12, 12)
    layout.setSpacing(10)
    for number, item in enumerate(items):
        layout.addWidget(item, 1 if number == stretch else 0)
    if stretch < 0:
        layout.addStretch(1)
    return page


def _row(*widgets: QWidget, stretch_at: int = -1) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for number, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if number == stretch_at else 0)
    if stretch_at < 0:
        layout.addStretch(1)
    return row


class ProblemEditorView(QWidget):
    """Widgets only; ProblemEditor fills, reads and saves them."""

    def __init__(
        self, language: str, attachments: Path, *, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.status_chip = QLabel()
        self.status_chip.setObjectName("problemStatus")
        self.status_chip.setStyleSheet(STATUS_CHIP)
        self.overdue_chip = QLabel()
        self.overdue_chip.setObjectName("problemOverdue")
        self.overdue_chip.setStyleSheet(OVERDUE_CHIP)
        self.overdue_chip.hide()
        heading = QHBoxLayout()
        heading.addWidget(self.heading)
        heading.addSpacing(12)
        heading.addWidget(self.status_chip)
        heading.addWidget(self.overdue_chip)
        heading.addStretch(1)
        self.closed_hint = hint(
            self.tr("This problem is closed. To change it, reopen it on the Progress tab.")
        )
        self.closed_hint.setObjectName("closedHint")
        self.closed_hint.hide()

        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.titles: dict[str, str] = {}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("problemEditorTabs")
        self.tabs.addTab(self._problem(language, today), self.tr("Problem"))
        self.tabs.addTab(self._rectification(language, today), self.tr("Rectification"))
        self.tabs.addTab(self._progress(language, today), self.tr("Progress"))
        self.tabs.addTab(self._review(language, today), self.tr("Review and closing"))
        self.tabs.addTab(self._evidence(attachments), self.tr("Evidence"))

        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveProblemButton")
        self.save_button.setDefault(True)
        set_tip(self.save_button, self.tr("Save"), QKeySequence.StandardKey.Save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelProblemButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(self.closed_hint)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def _add(self, form: QFormLayout, text: str, field: str, widget: QWidget) -> None:
        self.fields[field] = widget
        add_row(form, text, field, widget, self.errors, self.titles)

    def _alias(self, field: str, to: str) -> None:
        """Core's ``field`` is shown where ``to`` is (e.g. the chosen member at 责任人)."""
        self.fields[field] = self.fields[to]
        self.errors[field] = self.errors[to]
        self.titles[field] = self.titles[to]

    def _problem(self, language: str, today: dt.date) -> QWidget:
        self.number = QLabel()
        self.number.setObjectName("problemNumber")
        self.source = QComboBox()
        self.source.setObjectName("problemSource")
        for source in ProblemSource:
            self.source.addItem(problem_source_label(source), source.value)
        self.link = QLabel()
        self.link.setObjectName("problemLink")
        self.link.setWordWrap(True)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.found_on = OptionalDateEdit(language, today=today)
        self.found_on.setObjectName("problemFoundOn")
        self.category = QComboBox()
        self.category.setObjectName("problemCategory")
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category.lineEdit().setMaxLength(CATEGORY_MAX)
        self.category.lineEdit().setPlaceholderText(
            self.tr("e.g. Theoretical study, Organisational life, Party dues")
        )
        self.description = _text_box("problemDescription", 140)
        self.description.setPlaceholderText(
            self.tr("What was found, as the inspection or the opinion states it")
        )
        form = form_layout()
        for text, field, widget in (
            (self.tr("No."), "sequence_no", self.number),
            (self.tr("Source"), "source", self.source),
            (self.tr("Raised at"), "inspection_id", self.link),
            (self.tr("Found on"), "found_on", self.found_on),
            (self.tr("Category"), "category", self.category),
            (self.tr("Problem *"), "description", self.description),
        ):
            self._add(form, text, field, widget)
        for field in ("meeting_id", "evaluation_id"):
            self._alias(field, "inspection_id")
        for widget in (self.source, self.found_on, self.category):
            widget.setMinimumWidth(FIELD_MIN_WIDTH)
        return _page(titled_section(self.tr("The problem"), form), stretch=0)

    def _rectification(self, language: str, today: dt.date) -> QWidget:
        self.target = _text_box("problemTarget", 70)
        self.target.setPlaceholderText(self.tr("What the rectification is to achieve"))
        self.measures = _text_box("problemMeasures", 90)
        self.measures.setPlaceholderText(self.tr("What will be done, by whom, how often"))
        self.leader = _names("problemLeader")
        self.person = _names("problemPerson")
        self.person.lineEdit().setPlaceholderText(self.tr("Pick a member or type a name"))
        self.kind = QComboBox()
        self.kind.setObjectName("problemRectifyKind")
        for kind in RectifyKind:
            self.kind.addItem(rectify_kind_label(kind), kind.value)
        self.deadline = OptionalDateEdit(language, today=today, future=True)
        self.deadline.setObjectName("problemDeadline")
        self.deadline_rule = hint()
        self.deadline_rule.setObjectName("deadlineRule")
        form = form_layout()
        for text, field, widget in (
            (self.tr("Target"), "target", self.target),
            (self.tr("Measures"), "measures", self.measures),
            (self.tr("Leader in charge"), "responsible_leader", self.leader),
            (self.tr("Responsible person"), "responsible_person", self.person),
            (self.tr("Kind"), "rectify_kind", self.kind),
            (self.tr("Deadline"), "deadline", self.deadline),
        ):
            self._add(form, text, field, widget)
        self._alias("responsible_member_id", "responsible_person")
        form.addRow("", self.deadline_rule)
        for widget in (self.leader, self.person, self.kind, self.deadline):
            widget.setMinimumWidth(FIELD_MIN_WIDTH)
        return _page(titled_section(self.tr("What is to be done, by whom, by when"), form))

    def _progress(self, language: str, today: dt.date) -> QWidget:
        self.flow = hint(
            self.tr(
                "Pending → In progress → Completed → Closed after review. Each step saves "
                "what the form holds with it."
            )
        )
        self.start_button = QPushButton(self.tr("Start rectifying"))
        self.start_button.setObjectName("startProblemButton")
        self.completed_on = OptionalDateEdit(language, today=today)
        self.completed_on.setObjectName("problemCompletedOn")
        self.complete_button = QPushButton(self.tr("Record completion"))
        self.complete_button.setObjectName("completeProblemButton")
        self.reason = QLineEdit()
        self.reason.setObjectName("reopenReason")
        self.reason.setPlaceholderText(self.tr("Why the closed problem is reopened"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setObjectName("reopenProblemButton")
        status = form_layout()
        status.addRow(self.flow)
        status.addRow("", _row(self.start_button))
        self._add(
            status,
            self.tr("Completed on"),
            "completed_on",
            _row(self.completed_on, self.complete_button),
        )
        self.fields["completed_on"] = self.completed_on
        self._add(status, self.tr("Reason"), "reason", self.reason)
        status.addRow("", _row(self.reopen_button))
        self.status_form = status
        self.completed_on.setMinimumWidth(FIELD_MIN_WIDTH // 2)

        self.notes = list_table("progressNotes")
        self.notes.setMinimumHeight(110)
        self.add_note = QPushButton(self.tr("Add progress"))
        self.add_note.setObjectName("addNoteButton")
        self.remove_note = QPushButton(self.tr("Remove"))
        self.remove_note.setObjectName("removeNoteButton")
        self.note_day = OptionalDateEdit(language, today=today)
        self.note_day.setObjectName("noteDate")
        self.note_text = _text_box("noteText", 60)
        self.note_text.setMaximumHeight(90)
        self.note_text.setPlaceholderText(self.tr("What was done on that day"))
        self.note_error = QLabel()
        self.note_error.setObjectName("errorText")
        self.note_error.setWordWrap(True)
        self.note_error.hide()
        note_form = form_layout()
        note_form.addRow(self.tr("Date"), self.note_day)
        note_form.addRow(self.tr("Progress"), self.note_text)
        self.note_form = QWidget()
        self.note_form.setLayout(note_form)
        notes = QVBoxLayout()
        notes.addWidget(self.notes, 1)
        notes.addWidget(_row(self.add_note, self.remove_note))
        notes.addWidget(self.note_form)
        notes.addWidget(self.note_error)
        self.fields.update({"noted_on": self.note_day, "note": self.note_text})
        return _page(
            titled_section(self.tr("Status"), status),
            titled_section(self.tr("Progress notes"), notes),
            stretch=1,
        )

    def _review(self, language: str, today: dt.date) -> QWidget:
        self.review_hint = hint(
            self.tr(
                "A completed problem is closed (销号) once reviewed: the reviewer, their opinion "
                "and the date are all needed. A closed problem can no longer be changed unless "
                "it is reopened."
            )
        )
        self.reviewer = QLineEdit()
        self.reviewer.setObjectName("problemReviewer")
        self.reviewer.setMaxLength(NAME_MAX)
        self.reviewer.setPlaceholderText(self.tr("Who checked the rectification"))
        self.opinion = _text_box("reviewOpinion", 80)
        self.opinion.setMaximumHeight(140)
        self.opinion.setPlaceholderText(self.tr("e.g. Rectified as required; agreed to close."))
        self.closed_on = OptionalDateEdit(language, today=today)
        self.closed_on.setObjectName("problemClosedOn")
        self.close_button = QPushButton(self.tr("Close after review"))
        self.close_button.setObjectName("closeProblemButton")
        form = form_layout()
        form.addRow(self.review_hint)
        for text, field, widget in (
            (self.tr("Reviewer"), "reviewer", self.reviewer),
            (self.tr("Opinion"), "review_opinion", self.opinion),
            (self.tr("Closed on"), "closed_on", self.closed_on),
        ):
            self._add(form, text, field, widget)
        form.addRow("", _row(self.close_button))
        for widget in (self.reviewer, self.closed_on):
            widget.setMinimumWidth(FIELD_MIN_WIDTH)
        return _page(titled_section(self.tr("Review"), form))

    def _evidence(self, store: Path) -> QWidget:
        explanation = hint(
            self.tr(
                "Proof of the rectification: photos, scanned records, documents issued, "
                "sign-in sheets."
            )
        )
        self.evidence = AttachmentList(store)
        self.evidence.setObjectName("problemEvidence")
        self.evidence.list.setMaximumHeight(16777215)
        return _page(explanation, self.evidence, stretch=1)

    def configure_columns(self) -> None:
        """Once the notes model is set: dates fit, the text takes the room."""
        header = self.notes.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
