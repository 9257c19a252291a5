"""Table models of the 发展党员 page: next steps by urgency, and 公示 periods."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
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
from branchdesk.core.rules.pipeline_steps import stage_rank
from branchdesk.core.rules.publicity import PublicityPeriod, PublicityPoint
from branchdesk.core.rules.reminders import Severity
from branchdesk.core.services.pipeline_overview import PipelineRow, urgency_key
from branchdesk.ui.i18n import format_date
from branchdesk.ui.icons import SEVERITY_COLORS
from branchdesk.ui.labels import stage_label
from branchdesk.ui.table_model import FlatTableModel

CONTEXT = "PipelinePage"
NO_VALUE = "—"
MemberIdRole = Qt.ItemDataRole.UserRole + 1

_POINTS = {
    PublicityPoint.ACTIVIST: QT_TRANSLATE_NOOP("PipelinePage", "Named an activist"),
    PublicityPoint.CANDIDATE: QT_TRANSLATE_NOOP("PipelinePage", "Named a candidate"),
    PublicityPoint.ADMISSION: QT_TRANSLATE_NOOP("PipelinePage", "Admitted as probationary member"),
    PublicityPoint.CONFIRMATION: QT_TRANSLATE_NOOP("PipelinePage", "Confirmed as full member"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def point_label(point: PublicityPoint) -> str:
    """What a 公示 is about, e.g. 接收为预备党员."""
    return _tr(_POINTS[point])


def status_text(row: PipelineRow, today: dt.date) -> str:
    """已逾期 N 天 / 剩 N 天 / 可以办理 / — (not yet, or nothing to do)."""
    if row.days_left is not None:
        if row.overdue:
            return QCoreApplication.translate("PipelinePage", "Overdue by {days} days").format(
                days=-row.days_left
            )
        return QCoreApplication.translate("PipelinePage", "{days} days left").format(
            days=row.days_left
        )
    if row.ready_on is not None and row.ready_on <= today:
        return QCoreApplication.translate("PipelinePage", "Can be done now")
    return NO_VALUE


def next_step_text(row: PipelineRow) -> str:
    if row.next_step_no is None:
        return NO_VALUE
    return QCoreApplication.translate("PipelinePage", "Step {no}: {name}").format(
        no=row.next_step_no, name=row.next_step_name
    )


class _RowsModel(FlatTableModel):
    """Read-only rows kept as display strings; sorting happens in Python (a few hundred rows)."""

    HEADERS: Sequence[str] = ()

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._items: list[Any] = []
        self._cells: list[tuple[str, ...]] = []
        self._today = dt.date.today()  # set with the items: the context's today

    def _cells_of(self, item: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def _date(self, day: Any) -> str:
        return format_date(day, self._language) or NO_VALUE

    def set_items(self, items: Sequence[Any], today: dt.date | None = None) -> None:
        self._today = today or dt.date.today()
        self.beginResetModel()
        self._items = list(items)
        self._cells = [self._cells_of(item) for item in self._items]
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self._items[row]

    def row_total(self) -> int:
        return len(self._items)

    def column_total(self) -> int:
        return len(self.HEADERS)

    def column_title(self, section: int) -> str:
        return _tr(self.HEADERS[section])

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[index.row()][index.column()]
        if role == MemberIdRole:
            return self._member_id(self._items[index.row()])
        return self._extra(self._items[index.row()], index.column(), role)

    def _member_id(self, item: Any) -> int:
        raise NotImplementedError

    def _extra(self, item: Any, column: int, role: int) -> Any:
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _sort_key(self, column: int) -> Callable[[int], Any]:
        return lambda row: self._cells[row][column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        rows = sorted(
            range(len(self._items)),
            key=self._sort_key(column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        moved = {old_row: new_row for new_row, old_row in enumerate(rows)}
        self._items = [self._items[row] for row in rows]
        self._cells = [self._cells[row] for row in rows]
        self.changePersistentIndexList(old, [self.index(moved[i.row()], i.column()) for i in old])
        self.layoutChanged.emit()


class Column(IntEnum):
    NAME = 0
    STAGE = 1
    BRANCH = 2
    NEXT_STEP = 3
    EARLIEST = 4
    DUE = 5
    STATUS = 6


class PipelineTableModel(_RowsModel):
    """One row per person in development, most urgent first (the order the service gives)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("PipelinePage", "Name"),
        QT_TRANSLATE_NOOP("PipelinePage", "Stage"),
        QT_TRANSLATE_NOOP("PipelinePage", "Branch"),
        QT_TRANSLATE_NOOP("PipelinePage", "Next step"),
        QT_TRANSLATE_NOOP("PipelinePage", "Earliest"),
        QT_TRANSLATE_NOOP("PipelinePage", "Due"),
        QT_TRANSLATE_NOOP("PipelinePage", "Status"),
    )

    def _cells_of(self, item: PipelineRow) -> tuple[str, ...]:
        return (
            item.name,
            stage_label(item.stage),
            item.branch_name,
            next_step_text(item),
            self._date(item.earliest_on),
            self._date(item.due_on),
            status_text(item, self._today),
        )

    def row(self, row: int) -> PipelineRow:
        return self._items[row]

    def _member_id(self, item: PipelineRow) -> int:
        return item.member_id

    def _extra(self, item: PipelineRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS and item.overdue:
            return QColor(SEVERITY_COLORS[Severity.OVERDUE])
        return None

    def _sort_key(self, column: int) -> Callable[[int], Any]:
        # Dates and status sort by urgency, not by their text (2026年11月9日 < 2026年11月26日).
        if column in (Column.EARLIEST, Column.DUE, Column.STATUS):
            return lambda row: urgency_key(self._items[row])
        if column == Column.STAGE:
            return lambda row: stage_rank(self._items[row].stage)
        if column == Column.NEXT_STEP:
            return lambda row: self._items[row].next_step_no or 0
        return super()._sort_key(column)


class PublicityColumn(IntEnum):
    NAME = 0
    POINT = 1
    START = 2
    END = 3
    STATE = 4


class PublicityTableModel(_RowsModel):
    """公示 periods in progress or ended in the last week."""

    HEADERS = (
        QT_TRANSLATE_NOOP("PipelinePage", "Name"),
        QT_TRANSLATE_NOOP("PipelinePage", "Publicity for"),
        QT_TRANSLATE_NOOP("PipelinePage", "Start"),
        QT_TRANSLATE_NOOP("PipelinePage", "End"),
        QT_TRANSLATE_NOOP("PipelinePage", "Status"),
    )

    def _cells_of(self, item: PublicityPeriod) -> tuple[str, ...]:
        return (
            item.name,
            point_label(item.point),
            self._date(item.start),
            self._date(item.end),
            QCoreApplication.translate("PipelinePage", "In progress")
            if item.ongoing
            else QCoreApplication.translate("PipelinePage", "Ended"),
        )

    def _member_id(self, item: PublicityPeriod) -> int:
        return item.person_id

    def _sort_key(self, column: int) -> Callable[[int], Any]:
        if column == PublicityColumn.START:
            return lambda row: self._items[row].start
        if column in (PublicityColumn.END, PublicityColumn.STATE):
            return lambda row: (not self._items[row].ongoing, self._items[row].end)
        return super()._sort_key(column)
