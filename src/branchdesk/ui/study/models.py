"""Table models of the 学习笔记 page: each member's class hours, and one member's entries.

Rows come from core (hours_tally, entries_for) in their SQL order; the models only show them.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.services.study_hours import EntryRow, HoursRow, SessionRow
from branchdesk.ui.i18n import format_date
from branchdesk.ui.study.labels import hours_label, study_form_label
from branchdesk.ui.table_model import FlatTableModel

CONTEXT = "StudyPage"
BEHIND_COLOR = QColor("#C5221F")  # the red of overdue reminders: short of the target
IdRole = Qt.ItemDataRole.UserRole + 1  # member id (tally) or entry id (entries)


class TallyColumn(IntEnum):
    NAME = 0
    COMMITTEE = 1
    COLLECTIVE = 2
    TOTAL = 3
    TARGET = 4
    MISSING = 5


class EntryColumn(IntEnum):
    DATE = 0
    TOPIC = 1
    FORM = 2
    HOURS = 3


_TALLY_TITLES = (
    QT_TRANSLATE_NOOP("StudyPage", "Name"),
    QT_TRANSLATE_NOOP("StudyPage", "Committee"),
    QT_TRANSLATE_NOOP("StudyPage", "Collective hours"),
    QT_TRANSLATE_NOOP("StudyPage", "All hours"),
    QT_TRANSLATE_NOOP("StudyPage", "Target"),
    QT_TRANSLATE_NOOP("StudyPage", "To go"),
)
_ENTRY_TITLES = (
    QT_TRANSLATE_NOOP("StudyPage", "Date"),
    QT_TRANSLATE_NOOP("StudyPage", "Topic"),
    QT_TRANSLATE_NOOP("StudyPage", "Form"),
    QT_TRANSLATE_NOOP("StudyPage", "Class hours"),
)
_SESSION_TITLES = (
    QT_TRANSLATE_NOOP("StudyPage", "Date"),
    QT_TRANSLATE_NOOP("StudyPage", "Topic"),
    QT_TRANSLATE_NOOP("StudyPage", "Form"),
    QT_TRANSLATE_NOOP("StudyPage", "Class hours"),
    QT_TRANSLATE_NOOP("StudyPage", "Attendees"),
    QT_TRANSLATE_NOOP("StudyPage", "Recorded with"),
)
_NUMERIC = {TallyColumn.COLLECTIVE, TallyColumn.TOTAL, TallyColumn.TARGET, TallyColumn.MISSING}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def entry_form_text(row: EntryRow) -> str:
    """The entry's form, marked when a collective session of the branch made it."""
    form = study_form_label(row.form)
    if row.session_id is None:
        return form
    return QCoreApplication.translate("StudyPage", "{form} (branch session)").format(form=form)


class RowsModel(FlatTableModel):
    """Read-only rows shown as display strings; the order is core's."""

    TITLES: Sequence[str] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._cells: list[tuple[str, ...]] = []

    def _cells_of(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [self._cells_of(row) for row in self._rows]
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, number: int) -> Any:
        return self._rows[number]

    def row_of(self, row_id: int) -> int | None:
        """The row number of a member (tally) or an entry (entries), if listed."""
        return next((n for n, row in enumerate(self._rows) if row_id == self._id(row)), None)

    def _id(self, row: Any) -> int:
        raise NotImplementedError

    def row_total(self) -> int:
        return len(self._rows)

    def column_total(self) -> int:
        return len(self.TITLES)

    def column_title(self, section: int) -> str:
        return _tr(self.TITLES[section])

    def text(self, row: int, column: int) -> str:
        return self._cells[row][column]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[index.row()][index.column()]
        if role == IdRole:
            return self._id(self._rows[index.row()])
        return self._style(self._rows[index.row()], index.column(), role)

    def _style(self, row: Any, column: int, role: int) -> Any:
        return None

    def column_texts(self, column: int) -> list[str]:
        """The display texts of ``column``, top to bottom (widgets.tables.fit_columns)."""
        return [cells[column] for cells in self._cells]


class TallyModel(RowsModel):
    """Each current member's class hours of the year against the target (core's order)."""

    TITLES = _TALLY_TITLES

    def _id(self, row: HoursRow) -> int:
        return row.member_id

    def _cells_of(self, row: HoursRow) -> tuple[str, ...]:
        return (
            row.name,
            QCoreApplication.translate("StudyPage", "Yes") if row.is_committee else "",
            hours_label(row.collective_hours),
            hours_label(row.total_hours),
            hours_label(row.target),
            hours_label(row.missing)
            if row.behind
            else QCoreApplication.translate("StudyPage", "Reached"),
        )

    def _style(self, row: HoursRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and row.behind and column in (0, 2, 5):
            return BEHIND_COLOR  # short of the target: name, hours and what is missing in red
        if role == Qt.ItemDataRole.FontRole and row.behind and column == TallyColumn.MISSING:
            font = QFont()
            font.setBold(True)
            return font
        return None


class EntriesModel(RowsModel):
    """One member's notebook entries of the year, by date."""

    TITLES = _ENTRY_TITLES

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language

    def _id(self, row: EntryRow) -> int:
        return row.id

    def _cells_of(self, row: EntryRow) -> tuple[str, ...]:
        return (
            format_date(row.studied_on, self._language),
            row.topic,
            entry_form_text(row),
            hours_label(row.class_hours),
        )

    def _style(self, row: EntryRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == EntryColumn.HOURS:
            return _RIGHT
        return None


class SessionsModel(RowsModel):
    """The year's collective sessions, by date, with how many attended."""

    TITLES = _SESSION_TITLES

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language

    def _id(self, row: SessionRow) -> int:
        return row.id

    def _cells_of(self, row: SessionRow) -> tuple[str, ...]:
        return (
            format_date(row.held_on, self._language),
            row.topic,
            study_form_label(row.form),
            hours_label(row.class_hours),
            str(row.attendees),
            QCoreApplication.translate("StudyPage", "Meeting minutes")
            if row.meeting_id is not None
            else "",
        )

    def _style(self, row: SessionRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4):
            return _RIGHT
        return None
