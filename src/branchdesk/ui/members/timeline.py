"""The 发展过程 tab of the member editor: every recorded step as a timeline, and the next one.

Steps are recorded, corrected and deleted through the step dialog, each as its own unit of
work (they run rule checks against the archive), so this tab stages nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.enums import StepOutcome
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.pipeline import next_step
from branchdesk.core.services.development import (
    DECISION_STEPS,
    StepRecord,
    delete_step,
    person_facts,
    step_history,
)
from branchdesk.core.services.settings import load_settings
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import MessageDialog
from branchdesk.ui.i18n import format_date, qt_translate
from branchdesk.ui.labels import outcome_label, role_label, stage_label
from branchdesk.ui.table_model import FlatTableModel

CONTEXT = "StepTimelineModel"
FAILED_COLOUR = QColor("#B3261E")


class Column(IntEnum):
    DATE = 0
    STEP = 1
    OUTCOME = 2
    PEOPLE = 3
    VOTES = 4
    FILES = 5
    NOTES = 6


_HEADERS = {
    Column.DATE: QT_TRANSLATE_NOOP("StepTimelineModel", "Date"),
    Column.STEP: QT_TRANSLATE_NOOP("StepTimelineModel", "Step"),
    Column.OUTCOME: QT_TRANSLATE_NOOP("StepTimelineModel", "Outcome"),
    Column.PEOPLE: QT_TRANSLATE_NOOP("StepTimelineModel", "People"),
    Column.VOTES: QT_TRANSLATE_NOOP("StepTimelineModel", "Votes"),
    Column.FILES: QT_TRANSLATE_NOOP("StepTimelineModel", "Files"),
    Column.NOTES: QT_TRANSLATE_NOOP("StepTimelineModel", "Notes"),
}


def votes_text(record: StepRecord) -> str:
    """应到 N，实到 N：赞成 N，反对 N，弃权 N — or empty."""
    votes = record.votes
    if votes is None:
        return ""
    return QCoreApplication.translate(
        "StepTimelineModel",
        "{expected} expected, {present} present: {in_favour} for, {against} against,"
        " {abstaining} abstaining",
    ).format(
        expected=votes.expected,
        present=votes.present,
        in_favour=votes.in_favour,
        against=votes.against,
        abstaining=votes.abstaining,
    )


def outcome_text(record: StepRecord) -> str:
    """通过 for a decision that passed, 已完成 for a step done, else the outcome (未通过 …)."""
    if record.outcome is StepOutcome.DONE:
        if record.step_no in DECISION_STEPS:
            return QCoreApplication.translate("StepTimelineModel", "Passed")
        return QCoreApplication.translate("StepTimelineModel", "Done")
    return outcome_label(record.outcome)


class StepTimelineModel(FlatTableModel):
    """One person's recorded steps in the order they happened (read-only)."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._records: list[StepRecord] = []

    def set_records(self, records: Sequence[StepRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> StepRecord:
        return self._records[row]

    def row_total(self) -> int:
        return len(self._records)

    def column_total(self) -> int:
        return len(Column)

    def column_title(self, section: int) -> str:
        return QCoreApplication.translate(CONTEXT, _HEADERS[Column(section)])

    def text(self, row: int, column: Column) -> str:
        record = self._records[row]
        if column is Column.DATE:
            return format_date(record.done_on, self._language)
        if column is Column.STEP:
            return f"{record.step_no}. {record.name}"
        if column is Column.OUTCOME:
            return outcome_text(record)
        if column is Column.PEOPLE:
            return "、".join(name for _role, name, _id in record.people)
        if column is Column.VOTES:
            return votes_text(record)
        if column is Column.FILES:
            return str(record.attachments) if record.attachments else ""
        return record.notes.replace("\n", " ")

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        column = Column(index.column())
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.PEOPLE and record.people:
            return "\n".join(f"{role_label(r)}：{name}" for r, name, _id in record.people)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.NOTES and record.notes:
            return record.notes
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column is Column.OUTCOME
            and record.outcome is not StepOutcome.DONE
        ):
            return FAILED_COLOUR
        return None


class TimelineTab(QWidget):
    """发展过程: the timeline, the next step, and 记录 / 更正 / 删除."""

    steps_changed = Signal()  # a step was recorded, corrected or deleted (committed)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.member_id: int | None = None
        self.read_only = False
        self.model = StepTimelineModel(context.language, self)

        self.status = QLabel()
        self.status.setObjectName("sectionTitle")
        self.next_step = QLabel()
        self.next_step.setObjectName("hint")
        self.next_step.setWordWrap(True)
        self.record_button = QPushButton(self.tr("Record a step…"))
        self.record_button.setObjectName("recordStep")
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.table = QTableView()
        self.table.setObjectName("stepTimeline")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (Column.DATE, 120),
            (Column.STEP, 190),
            (Column.OUTCOME, 70),
            (Column.PEOPLE, 120),
            (Column.VOTES, 230),
            (Column.FILES, 50),
        ):
            header.resizeSection(column, width)
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(8)
        layout.addLayout(buttons)
        layout.addWidget(self.next_step)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

        self.record_button.clicked.connect(self.record_step)
        self.correct_button.clicked.connect(self.correct_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.table.doubleClicked.connect(
            lambda _index: None if self.read_only else self.correct_current()
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def title(self) -> str:
        return self.tr("Development")

    def load(self, member_id: int | None) -> None:
        """Read (or re-read) the person's steps; a new person has none until saved."""
        self.member_id = member_id
        if member_id is None:
            self.model.set_records([])
            self.status.setText("")
            self.next_step.setText("")
            self.empty.setText(
                self.tr(
                    "Save the new file first; then record each development step here. The"
                    " dates entered on the first tab become the first steps."
                )
            )
            self.empty.show()
            self.table.hide()
            self._selection_changed()
            return
        today = self.context.today()
        with self.context.database.reading() as session:
            rules = load_settings(session).rules
            facts = person_facts(session, member_id)
            records = step_history(session, member_id)
        due = next_step(facts, rules, today)
        self.model.set_records(records)
        self.status.setText(self.tr("Now: {stage}").format(stage=stage_label(facts.stage)))
        language = self.context.language
        if due is None:
            self.next_step.setText(self.tr("No development step is pending."))
        elif due.due_on is not None:
            template = (
                self.tr("Next: {step}, overdue since {date}.")
                if due.overdue
                else self.tr("Next: {step}, due by {date}.")
            )
            self.next_step.setText(
                template.format(
                    step=f"{due.step_no}. {due.name}", date=format_date(due.due_on, language)
                )
            )
        elif due.earliest_on is not None:
            self.next_step.setText(
                self.tr("Next: {step}, not before {date}.").format(
                    step=f"{due.step_no}. {due.name}",
                    date=format_date(due.earliest_on, language),
                )
            )
        else:
            self.next_step.setText(
                self.tr("Next: {step}.").format(step=f"{due.step_no}. {due.name}")
            )
        self.empty.setText(self.tr("No step is recorded yet."))
        self.empty.setVisible(not records)
        self.table.setVisible(bool(records))
        if records:
            self.table.scrollToBottom()
        self._selection_changed()

    def set_read_only(self, read_only: bool) -> None:
        """Someone who left: the steps are shown, not recorded or changed."""
        self.read_only = read_only
        self._selection_changed()

    def _selection_changed(self) -> None:
        selected = self.current_record() is not None and not self.read_only
        self.record_button.setEnabled(self.member_id is not None and not self.read_only)
        self.correct_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def current_record(self) -> StepRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    # actions ---------------------------------------------------------------------------

    def record_step(self) -> int | None:
        """Open the step dialog on the next step; the recorded step's id, or None."""
        if self.member_id is None:
            return None
        from branchdesk.ui.pipeline.step_dialog import StepDialog

        saved = StepDialog.record(self.context, self.member_id, self.window())
        if saved is not None:
            self._changed()
        return saved

    def correct_current(self) -> bool:
        record = self.current_record()
        if record is None or self.member_id is None:
            return False
        from branchdesk.ui.pipeline.step_dialog import StepDialog

        saved = StepDialog.correct(self.context, self.member_id, record.id, self.window())
        if saved:
            self._changed()
        return saved

    @classmethod
    def confirm_delete(cls, parent: QWidget, step: str) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("TimelineTab", "Delete step"),
            QCoreApplication.translate(
                "TimelineTab",
                "Delete the record of “{step}”? Do this only for a step recorded by mistake;"
                " the audit trail keeps what it said.",
            ).format(step=step),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_current(self) -> bool:
        record = self.current_record()
        if record is None or self.member_id is None:
            return False
        if not self.confirm_delete(self, f"{record.step_no}. {record.name}"):
            return False
        try:
            with self.context.database.unit_of_work(self.context.actor) as session:
                delete_step(session, self.member_id, record.id)
        except BranchDeskError as error:
            MessageDialog.warn(self, self.tr("Delete step"), error.text(qt_translate))
            return False
        self._changed()
        return True

    def _changed(self) -> None:
        self.load(self.member_id)
        self.steps_changed.emit()
        self.context.data_changed()
