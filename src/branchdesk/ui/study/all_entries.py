"""Everyone's entries of the year, read a page at a time as the list scrolls.

A year at school scale holds some 14,000 entries. The model holds only the pages shown so
far: the count and the first page come with each filter or sort (done in SQL), the next page
when the view scrolls near the end (canFetchMore / fetchMore, as QSqlQueryModel does).
"""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from branchdesk.core.db import Database
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.services.study_entries import (
    EntryFilter,
    EntrySort,
    count_entries,
    entry_page,
)
from branchdesk.core.services.study_hours import EntryRow
from branchdesk.ui.i18n import format_date
from branchdesk.ui.study.labels import hours_label
from branchdesk.ui.study.models import RowsModel, entry_form_text

PAGE_ROWS = 200  # a few screens: one page reads in a few milliseconds


class AllEntriesColumn(IntEnum):
    DATE = 0
    NAME = 1
    TOPIC = 2
    FORM = 3
    HOURS = 4


_TITLES = (
    QT_TRANSLATE_NOOP("StudyPage", "Date"),
    QT_TRANSLATE_NOOP("StudyPage", "Name"),
    QT_TRANSLATE_NOOP("StudyPage", "Topic"),
    QT_TRANSLATE_NOOP("StudyPage", "Form"),
    QT_TRANSLATE_NOOP("StudyPage", "Class hours"),
)
_SORTS = {
    AllEntriesColumn.DATE: EntrySort.DATE,
    AllEntriesColumn.NAME: EntrySort.NAME,
    AllEntriesColumn.TOPIC: EntrySort.TOPIC,
    AllEntriesColumn.FORM: EntrySort.FORM,
    AllEntriesColumn.HOURS: EntrySort.HOURS,
}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class AllEntriesModel(RowsModel):
    """The year's entries matching the filter, in its order; pages are added as needed."""

    TITLES = _TITLES
    # After a new filter or order is read and every view has seen the reset: a listener
    # that resizes or refills the view must not do it inside the reset's own signal.
    filtered = Signal()

    def __init__(
        self, database: Database, language: str, year: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._language = language
        self._filter = EntryFilter(year)
        self._total = 0

    @property
    def filter(self) -> EntryFilter:
        return self._filter

    def total(self) -> int:
        """How many entries match, shown or not yet."""
        return self._total

    def set_filter(self, flt: EntryFilter) -> None:
        """Read the count and the first page again (a new year, search text or order)."""
        with self._database.reading() as session:
            total = count_entries(session, flt)
            first = entry_page(session, flt, 0, PAGE_ROWS)
        self._filter = flt
        self._total = total
        self.set_rows(first)
        self.filtered.emit()

    def refresh(self, **changes: Any) -> None:
        """The filter with ``changes`` (year, text, sort, descending), read again."""
        self.set_filter(replace(self._filter, **changes))

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.row_total() < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        start = self.row_total()
        with self._database.reading() as session:
            page = entry_page(session, self._filter, start, PAGE_ROWS)
        if not page:
            self._total = start  # fewer than counted: something was deleted meanwhile
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self._cells.extend(self._cells_of(row) for row in page)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(_SORTS):
            return
        sort = _SORTS[AllEntriesColumn(column)]
        descending = order == Qt.SortOrder.DescendingOrder
        # The view asks again for the order it shows when set up: nothing to read then.
        if (sort, descending) != (self._filter.sort, self._filter.descending):
            self.refresh(sort=sort, descending=descending)

    def _id(self, row: EntryRow) -> int:
        return row.id

    def _cells_of(self, row: EntryRow) -> tuple[str, ...]:
        return (
            format_date(row.studied_on, self._language),
            row.member_name,
            row.topic,
            entry_form_text(row),
            hours_label(row.class_hours),
        )

    def _style(self, row: EntryRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AllEntriesColumn.HOURS:
            return _RIGHT
        return None
