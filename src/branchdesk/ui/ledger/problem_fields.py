"""Two live parts of the problem editor: the 时限 that follows the kind of rectification, and
the progress notes edited in a small table (saved with the problem)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelection, QObject, Signal

from branchdesk.core.enums import RectifyKind
from branchdesk.core.rules.rectification import IMMEDIATE_DEFAULT_DAYS, IMMEDIATE_MAX_DAYS
from branchdesk.ui.i18n import format_date
from branchdesk.ui.ledger.models import NoteLine, ProgressNotesModel
from branchdesk.ui.ledger.problem_editor_view import ProblemEditorView


class DeadlineRule(QObject):
    """The 时限 as core/rules/rectification.py sets it, shown live.

    立行立改 fills in the week after the finding (core's default) and follows the finding date
    until the clerk types a date of their own; leaving 立行立改 takes that week away again. The
    hint under the field says the rule of the kind chosen.
    """

    def __init__(self, view: ProblemEditorView, language: str) -> None:
        super().__init__(view)
        self.view = view
        self.language = language
        self.active = False  # off while the editor fills the form
        self._filled: dt.date | None = None  # the date last filled in, not typed
        view.found_on.changed.connect(self._found_changed)
        view.kind.currentIndexChanged.connect(self._kind_changed)

    def kind(self) -> RectifyKind:
        return RectifyKind(self.view.kind.currentData())

    def start(self) -> None:
        """The form is filled: a 立行立改 without a deadline gets its week; follow from now."""
        self._filled = None
        if self.kind() is RectifyKind.IMMEDIATE and self.view.deadline.value() is None:
            self._fill()
        self.show_rule()
        self.active = True

    def _found_changed(self) -> None:
        if self.active and self.view.deadline.value() == self._filled:
            self._fill()
        self.show_rule()

    def _kind_changed(self) -> None:
        if not self.active:
            return
        deadline = self.view.deadline.value()
        if self.kind() is RectifyKind.IMMEDIATE and deadline in (None, self._filled):
            self._fill()
        elif self.kind() is not RectifyKind.IMMEDIATE and deadline == self._filled:
            self.view.deadline.set_value(None)  # the week was the rule's, not the clerk's
            self._filled = None
        self.show_rule()

    def _fill(self) -> None:
        if self.kind() is not RectifyKind.IMMEDIATE:
            return
        found = self.view.found_on.value()
        self._filled = found + dt.timedelta(days=IMMEDIATE_DEFAULT_DAYS) if found else None
        self.view.deadline.set_value(self._filled)

    def show_rule(self) -> None:
        """The 时限 rule of the kind chosen, with its dates."""
        kind, found = self.kind(), self.view.found_on.value()
        if kind is RectifyKind.IMMEDIATE:
            text = self.tr(
                "Rectified at once: the deadline is {days} days after the finding unless you"
                " set another, within {limit} days at most."
            ).format(days=IMMEDIATE_DEFAULT_DAYS, limit=IMMEDIATE_MAX_DAYS)
            if found is not None:
                latest = format_date(found + dt.timedelta(days=IMMEDIATE_MAX_DAYS), self.language)
                text += " " + self.tr("Latest: {date}.").format(date=latest)
        elif kind is RectifyKind.DEADLINE:
            text = self.tr("Rectified by a deadline: the deadline is required.")
        else:
            text = self.tr(
                "Kept up long-term: no deadline, never overdue; a date entered here is only"
                " a review date."
            )
        self.view.deadline_rule.setText(text)


class ProgressNotes(QObject):
    """The notes table and the form of the selected note; ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, view: ProblemEditorView, language: str, today: dt.date) -> None:
        super().__init__(view)
        self.view = view
        self.today = today
        self.model = ProgressNotesModel(language, self)
        self._filling = False
        view.notes.setModel(self.model)
        view.configure_columns()
        view.notes.selectionModel().selectionChanged.connect(self._selected)
        view.note_day.changed.connect(self._typed)
        view.note_text.textChanged.connect(self._typed)
        view.add_note.clicked.connect(self.add)
        view.remove_note.clicked.connect(self.remove)

    def lines(self) -> list[NoteLine]:
        return self.model.lines()

    def set_lines(self, lines: list[NoteLine]) -> None:
        self.model.set_lines(lines)
        self._selected()

    def row(self) -> int:
        rows = self.view.notes.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.notes.selectRow(row)

    def _selected(self, *_args: QItemSelection) -> None:
        view, row = self.view, self.row()
        view.remove_note.setEnabled(row >= 0)
        view.note_form.setEnabled(row >= 0)
        line = self.model.line(row) if row >= 0 else NoteLine(None, None, "")
        self._filling = True
        view.note_day.set_value(line.noted_on)
        view.note_text.setPlainText(line.note)
        self._filling = False

    def _typed(self) -> None:
        row = self.row()
        if self._filling or row < 0:
            return
        view, line = self.view, self.model.line(row)
        self.model.replace(
            row, NoteLine(line.id, view.note_day.value(), view.note_text.toPlainText())
        )
        self.changed.emit()

    def add(self) -> int:
        """A new note dated today, selected for typing; returns its row."""
        row = self.model.add(NoteLine(None, self.today, ""))
        self.view.notes.selectRow(row)
        self.view.note_text.setFocus()
        self.changed.emit()
        return row

    def remove(self) -> None:
        self.model.remove(self.row())
        self._selected()
        self.changed.emit()
