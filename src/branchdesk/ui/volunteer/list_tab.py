"""What the 志愿服务 page's lists share: a sorted table over a row model, its empty hint,
the selection kept across reads."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTableView

from branchdesk.ui.volunteer.models import IdRole, RowsModel, SortModel

if TYPE_CHECKING:
    from branchdesk.ui.volunteer.page import VolunteerPage


class ListTab(QObject):
    """One list of the page: ``show`` fills it, ``current`` is the selected row."""

    def __init__(
        self,
        page: VolunteerPage,
        table: QTableView,
        stack: QStackedWidget,
        empty: QLabel,
        model: RowsModel,
        sort_column: int = 0,
        order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    ) -> None:
        super().__init__(page)
        self.page = page
        self.context = page.context
        self.table, self.stack, self.empty = table, stack, empty
        self.model = model
        self.sorted = SortModel(self)
        self.sorted.setSourceModel(model)
        table.setModel(self.sorted)
        table.sortByColumn(sort_column, order)
        self.select_after_load: object = None

    def show(self, rows: list[Any], text_when_empty: str, year: int | None = None) -> None:
        """The rows, the selection kept (or the record just saved selected)."""
        chosen = self.select_after_load if self.select_after_load is not None else None
        chosen = chosen if chosen is not None else self.current_id()
        self.select_after_load = None
        self.model.set_rows(rows, year)
        if chosen is not None:
            self.select(chosen)
        self.empty.setText(text_when_empty)
        self.stack.setCurrentWidget(self.table if rows else self.empty)

    def select(self, row_id: object) -> bool:
        """Select the row of ``row_id`` if listed, scrolled into view."""
        number = self.model.row_of(row_id)
        if number is None:
            return False
        shown = self.sorted.mapFromSource(self.model.index(number, 0))
        self.table.selectRow(shown.row())
        self.table.scrollTo(shown)
        return True

    def current_id(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(IdRole) if rows else None

    def current(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row(self.sorted.mapToSource(rows[0]).row())
