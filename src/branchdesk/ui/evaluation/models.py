"""The table of the 民主评议 page: the members of a round, what each has on file, the grade.

Rows come from core's ``evaluation_rows``. A click on a header asks the page for that order:
core sorts by name, stage, grade and votes in SQL; the self-summary and what is missing are
not columns of the database, so the page orders those rows itself (a round is one branch's
members, a few dozen rows).
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

from branchdesk.core.enums import Grade
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.evaluation import WEAK_GRADES, Part
from branchdesk.core.services.evaluation_list import EvaluationRow
from branchdesk.ui.evaluation.labels import grade_label, graded_by_label, part_label, votes_text
from branchdesk.ui.labels import stage_label
from branchdesk.ui.table_model import FlatTableModel

CONTEXT = "EvaluationPage"
IdRole = Qt.ItemDataRole.UserRole + 1  # the evaluation's id
WEAK_COLOR = QColor("#C5221F")  # 基本合格/不合格: the red of overdue reminders
EXCELLENT_COLOR = QColor("#137333")
MISSING_COLOR = QColor("#B06000")  # the amber of a due period
CHECK = "✓"


class Column(IntEnum):
    NAME = 0
    STAGE = 1
    SELF_SUMMARY = 2
    PEER = 3
    MASSES = 4
    GRADE = 5
    MISSING = 6


# column → its title and how it sorts: core's SQL key, or "" for the page's own order
_COLUMNS = (
    (QT_TRANSLATE_NOOP("EvaluationPage", "Name"), "name"),
    (QT_TRANSLATE_NOOP("EvaluationPage", "Stage"), "stage"),
    (QT_TRANSLATE_NOOP("EvaluationPage", "Self-assessment"), ""),
    (QT_TRANSLATE_NOOP("EvaluationPage", "Peer votes (E/Q/B/U)"), "peer"),
    (QT_TRANSLATE_NOOP("EvaluationPage", "Masses votes (E/Q/B/U)"), "masses"),
    (QT_TRANSLATE_NOOP("EvaluationPage", "Grade"), "grade"),
    (QT_TRANSLATE_NOOP("EvaluationPage", "Still missing"), ""),
)
# The page's own orders of the columns core cannot sort.
LOCAL_SORTS = {Column.SELF_SUMMARY: "self_summary", Column.MISSING: "missing"}
_VOTES_TIP = QT_TRANSLATE_NOOP(
    "EvaluationPage", "Votes for excellent / qualified / basically qualified / unqualified"
)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def missing_text(parts: Sequence[Part]) -> str:
    """What a member's evaluation still lacks, e.g. 个人自评、民主测评; "Complete" when none."""
    if not parts:
        return QCoreApplication.translate("EvaluationPage", "Complete")
    # A list separator of its own: Chinese lists with 、, English with a comma.
    separator = QCoreApplication.translate("EvaluationPage", ", ")
    return separator.join(part_label(part) for part in parts)


def column_sort_key(column: int) -> str:
    """The sort key of a column: core's (SQL) key, else the page's own (LOCAL_SORTS)."""
    key = _COLUMNS[column][1]
    return key or LOCAL_SORTS[Column(column)]


class EvaluationModel(FlatTableModel):
    """The members of one round in the page's order; ``sort_requested`` asks for another."""

    sort_requested = Signal(str, bool)  # sort key (column_sort_key), descending

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EvaluationRow] = []
        self._cells: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[EvaluationRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [self._cells_of(row) for row in self._rows]
        self.endResetModel()

    def _cells_of(self, row: EvaluationRow) -> tuple[str, ...]:
        grade = grade_label(row.grade)
        if row.grade is not None and row.graded_by:
            grade = QCoreApplication.translate("EvaluationPage", "{grade} ({by})").format(
                grade=grade, by=graded_by_label(row.graded_by)
            )
        return (
            row.name,
            stage_label(row.stage),
            "" if Part.SELF_SUMMARY in row.missing else CHECK,
            votes_text(row.peer),
            votes_text(row.masses),
            grade,
            missing_text(row.missing),
        )

    def rows(self) -> list[EvaluationRow]:
        return list(self._rows)

    def row(self, number: int) -> EvaluationRow:
        return self._rows[number]

    def row_of(self, evaluation_id: int) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.id == evaluation_id), None)

    def text(self, row: int, column: int) -> str:
        return self._cells[row][column]

    def row_total(self) -> int:
        return len(self._rows)

    def column_total(self) -> int:
        return len(_COLUMNS)

    def column_title(self, section: int) -> str:
        return _tr(_COLUMNS[section][0])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section in (Column.PEER, Column.MASSES)
        ):
            return _tr(_VOTES_TIP)
        return super().headerData(section, orientation, role)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (Column.PEER, Column.MASSES):
                return _tr(_VOTES_TIP)
            return self._cells[index.row()][column]
        if role == IdRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.SELF_SUMMARY,
            Column.PEER,
            Column.MASSES,
        ):
            return _CENTER
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column)
        return None

    @staticmethod
    def _colour(row: EvaluationRow, column: int) -> QColor | None:
        if column == Column.GRADE and row.grade in WEAK_GRADES:
            return WEAK_COLOR
        if column == Column.GRADE and row.grade is Grade.EXCELLENT:
            return EXCELLENT_COLOR
        if column == Column.MISSING and row.missing:
            return MISSING_COLOR
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(_COLUMNS):
            self.sort_requested.emit(column_sort_key(column), order == Qt.SortOrder.DescendingOrder)
