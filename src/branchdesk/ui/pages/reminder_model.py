"""The table of reminders on the dashboard: severity, due date, what to do, the rule."""

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
)
from PySide6.QtGui import QColor

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.reminders import CONTEXT as REMINDERS_CONTEXT
from branchdesk.core.rules.reminders import Reminder, Severity
from branchdesk.ui.i18n import format_date, localize_params
from branchdesk.ui.icons import SEVERITY_COLORS, severity_icon
from branchdesk.ui.table_model import FlatTableModel

_SEVERITY_LABELS = {
    Severity.OVERDUE: QT_TRANSLATE_NOOP("Severity", "Overdue"),
    Severity.DUE: QT_TRANSLATE_NOOP("Severity", "Due"),
    Severity.WARNING: QT_TRANSLATE_NOOP("Severity", "Warning"),
}


def severity_label(severity: Severity) -> str:
    return QCoreApplication.translate("Severity", _SEVERITY_LABELS[severity])


def reminder_text(reminder: Reminder, language: str) -> str:
    """The reminder's message in the reader's language, its dates shown as theirs."""
    params = localize_params(reminder.params, language)
    return QCoreApplication.translate(REMINDERS_CONTEXT, reminder.message).format(**params)


def reminder_rule(reminder: Reminder, language: str) -> str:
    params = localize_params(reminder.params, language)
    return QCoreApplication.translate(REMINDERS_CONTEXT, reminder.rule).format(**params)


class Column(IntEnum):
    SEVERITY = 0
    DUE = 1
    MESSAGE = 2
    RULE = 3


_HEADERS = {
    Column.SEVERITY: QT_TRANSLATE_NOOP("ReminderTableModel", "Status"),
    Column.DUE: QT_TRANSLATE_NOOP("ReminderTableModel", "Due"),
    Column.MESSAGE: QT_TRANSLATE_NOOP("ReminderTableModel", "What to do"),
    Column.RULE: QT_TRANSLATE_NOOP("ReminderTableModel", "Rule"),
}

ReminderRole = Qt.ItemDataRole.UserRole + 1


class ReminderTableModel(FlatTableModel):
    """Read-only rows of reminders, most urgent first (the order core gives them)."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        # The reminder and its cells' text (in Column order), made once: the view asks often.
        self._rows: list[tuple[Reminder, tuple[str, str, str, str]]] = []

    def set_reminders(self, reminders: Sequence[Reminder]) -> None:
        self.beginResetModel()
        self._rows = [
            (
                reminder,
                (
                    severity_label(reminder.severity),
                    format_date(reminder.due_on, self._language),
                    reminder_text(reminder, self._language),
                    reminder_rule(reminder, self._language),
                ),
            )
            for reminder in reminders
        ]
        self.endResetModel()

    def column_texts(self, column: int) -> list[str]:
        """The display texts of ``column``, top to bottom (widgets.tables.fit_columns)."""
        return [texts[column] for _reminder, texts in self._rows]

    def reminder(self, row: int) -> Reminder:
        return self._rows[row][0]

    def row_total(self) -> int:
        return len(self._rows)

    def column_total(self) -> int:
        return len(Column)

    def column_title(self, section: int) -> str:
        return QCoreApplication.translate("ReminderTableModel", _HEADERS[Column(section)])

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        reminder, texts = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[column]
        if role == ReminderRole:
            return reminder
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.MESSAGE, Column.RULE):
            return f"{texts[Column.MESSAGE]}\n{texts[Column.RULE]}"
        if role == Qt.ItemDataRole.DecorationRole and column == Column.SEVERITY:
            return severity_icon(reminder.severity)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.SEVERITY:
            return QColor(SEVERITY_COLORS[reminder.severity])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
