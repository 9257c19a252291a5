"""The 发展党员 page: counts per stage, each person's next step by urgency, 公示 periods."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout

from branchdesk.core.db import Database
from branchdesk.core.services.pipeline_overview import PipelineOverview, pipeline_overview
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import MessageDialog
from branchdesk.ui.i18n import format_date
from branchdesk.ui.ops import LatestLoad
from branchdesk.ui.pages.base import Page
from branchdesk.ui.pipeline.model import (
    MemberIdRole,
    PipelineTableModel,
    PublicityTableModel,
)
from branchdesk.ui.pipeline.page_view import PipelineView

if TYPE_CHECKING:
    from branchdesk.reports.jobs import PrintJob


@dataclass(frozen=True)
class PipelineData:
    overview: PipelineOverview
    today: dt.date
    branch_id: int | None


def load_pipeline(database: Database, today: dt.date, branch_id: int | None) -> PipelineData:
    """The page's data, read in one session (runs on the worker thread)."""
    with database.reading() as session:
        return PipelineData(
            pipeline_overview(session, today, branch_id=branch_id), today, branch_id
        )


class PipelinePage(Page):
    """发展党员: key "pipeline"."""

    loaded = Signal()  # the shown data is current (tests and screenshots wait for it)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.view = PipelineView()
        self.model = PipelineTableModel(context.language, self)
        self.publicity_model = PublicityTableModel(context.language, self)
        self.view.table.setModel(self.model)
        self.view.publicity_table.setModel(self.publicity_model)
        self.view.configure_columns()
        self.view.branch_filter.addItem(self.tr("All branches"), None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._loads = LatestLoad(self)
        self.data: PipelineData | None = None

        self.view.branch_filter.currentIndexChanged.connect(self.refresh)
        self.view.table.doubleClicked.connect(self._open_member)
        self.view.publicity_table.doubleClicked.connect(self._open_member)
        self.view.record_button.clicked.connect(self.record_step_current)
        self.view.open_button.clicked.connect(self.open_current)
        self.view.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()
        context.signals.data_changed.connect(self.refresh)
        self.refresh()

    def branch_id(self) -> int | None:
        """The branch the filter shows, None for all."""
        return self.view.branch_filter.currentData()

    def refresh(self) -> None:
        """Re-read off the GUI thread; only the newest answer is shown."""
        today = self.context.today()
        self.view.today.setText(
            self.tr("As of {date}").format(date=format_date(today, self.context.language))
        )
        database, branch_id = self.context.database, self.branch_id()
        self._loads.start(
            lambda: load_pipeline(database, today, branch_id),
            on_success=self._show,
            on_failure=self._failed,
        )

    def is_loading(self) -> bool:
        """True until the answer to the latest refresh is shown."""
        return self._loads.is_loading()

    def _show(self, data: PipelineData) -> None:
        self.data = data
        overview, view = data.overview, self.view
        self._fill_branches(overview.branches)
        for stage, card in view.cards.items():
            card.set_value(str(overview.counts.get(stage, 0)))
        self.model.set_items(overview.rows, data.today)
        self.publicity_model.set_items(overview.publicity, data.today)
        for table in (view.table, view.publicity_table):
            table.horizontalHeader().setSortIndicatorShown(False)  # back to the service's order
        view.steps_stack.setCurrentWidget(view.table if overview.rows else view.nobody)
        view.publicity_stack.setCurrentWidget(
            view.publicity_table if overview.publicity else view.no_publicity
        )
        self.printable_changed.emit()
        self.loaded.emit()

    def _fill_branches(self, branches: tuple[tuple[int, str], ...]) -> None:
        """Keep the filter's entries in step with the archive, keeping the chosen branch."""
        combo = self.view.branch_filter
        shown = [(combo.itemData(i), combo.itemText(i)) for i in range(1, combo.count())]
        if shown == list(branches):
            return
        chosen = self.branch_id()
        combo.blockSignals(True)  # refilling is not a new choice: no second refresh
        while combo.count() > 1:
            combo.removeItem(1)
        for branch_id, name in branches:
            combo.addItem(name, branch_id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(False)

    def _failed(self, error: Exception) -> None:
        # What is on screen stays; the page is no longer loading.
        MessageDialog.warn(
            self,
            self.tr("Development"),
            self.tr("The development records could not be read: {error}").format(error=error),
        )

    def current_member_id(self) -> int | None:
        """The person selected in the next-steps table, if any."""
        rows = self.view.table.selectionModel().selectedRows()
        return rows[0].data(MemberIdRole) if rows else None

    def _selection_changed(self) -> None:
        selected = self.current_member_id() is not None
        self.view.record_button.setEnabled(selected)
        self.view.open_button.setEnabled(selected)

    def record_step_current(self) -> int | None:
        """记录发展步骤 for the selected person; the recorded step's id, or None."""
        member_id = self.current_member_id()
        if member_id is None:
            return None
        from branchdesk.ui.pipeline.step_dialog import StepDialog

        return StepDialog.record(self.context, member_id, self.window())

    def open_current(self) -> None:
        member_id = self.current_member_id()
        if member_id is not None:
            self.open_member(member_id)

    def _open_member(self, index: QModelIndex) -> None:
        member_id = index.data(MemberIdRole)
        if member_id is not None:
            self.open_member(member_id)

    def open_member(self, member_id: int) -> int | None:
        """The person's file, opened on its 发展过程 tab."""
        from branchdesk.ui.members.editor import MemberEditorDialog

        return MemberEditorDialog.edit(
            self.context, member_id, self.window(), tab=MemberEditorDialog.DEVELOPMENT_TAB
        )

    def can_print(self) -> bool:
        return self.data is not None and bool(self.data.overview.rows)

    def print_job(self) -> PrintJob | None:
        """The next-steps table as shown (in its current order), to print."""
        if self.data is None or not self.can_print():
            return None
        from branchdesk.reports.jobs import table_job
        from branchdesk.reports.table import TableExport

        model = self.model
        columns = tuple(
            model.headerData(column, Qt.Orientation.Horizontal)
            for column in range(model.columnCount())
        )
        rows = tuple(
            tuple(str(model.data(model.index(row, column)) or "") for column in range(len(columns)))
            for row in range(model.rowCount())
        )
        branches = self.data.overview.branches
        branch_name = (
            self.view.branch_filter.currentText()
            if self.data.branch_id is not None
            else "、".join(name for _, name in branches)
        )
        return table_job(
            TableExport(
                title=self.tr("Development progress"),
                branch_name=branch_name,
                columns=columns,
                rows=rows,
                subtitle=self.tr("As of {date}").format(
                    date=format_date(self.data.today, self.context.language)
                ),
                landscape=True,
                column_widths=(1.2, 1.2, 2.4, 2.6, 1.4, 1.4, 1.2),
            )
        )
