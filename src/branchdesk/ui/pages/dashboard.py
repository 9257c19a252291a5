"""The dashboard (工作台): what is due, and where to start in an empty archive."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout

from branchdesk.core.db import Database
from branchdesk.core.enums import Stage
from branchdesk.core.queries import DashboardSummary, dashboard_summary
from branchdesk.core.rules.evaluation import FAMILY as EVALUATIONS
from branchdesk.core.rules.ledger_reminders import FAMILY as INSPECTIONS
from branchdesk.core.rules.reminders import Reminder, Severity
from branchdesk.core.rules.service_requests import FAMILY as VOLUNTEER
from branchdesk.core.services.info import record_counts
from branchdesk.core.services.reminders import collect_reminders
from branchdesk.core.services.settings import branch_names
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import MessageDialog
from branchdesk.ui.i18n import format_date
from branchdesk.ui.ops import LatestLoad
from branchdesk.ui.pages.base import Page
from branchdesk.ui.pages.dashboard_view import DashboardView
from branchdesk.ui.pages.reminder_model import Column, ReminderTableModel, severity_label
from branchdesk.ui.sample_data import load_sample_data
from branchdesk.ui.widgets.row_heights import VisibleRowHeights

if TYPE_CHECKING:
    from branchdesk.reports.jobs import PrintJob


# A reminder of these record families opens their page at its subject when activated.
REMINDER_PAGES: dict[str, str] = {
    EVALUATIONS: "evaluation",
    INSPECTIONS: "ledger",  # overdue or due problems, inspections not held
    VOLUNTEER: "volunteer",  # service requests past their promised date
}
# ... and a reminder about one of these subjects, whatever its family, opens their page.
SUBJECT_PAGES: dict[str, str] = {
    "backup": "backup",  # core/rules/backup_age.py: the last backup is too old, or none
}


@dataclass(frozen=True)
class DashboardData:
    reminders: list[Reminder]
    summary: DashboardSummary
    archive_is_empty: bool  # no branch and nobody on file: the empty state shows instead
    today: dt.date
    branch_names: tuple[str, ...] = ()


def load_dashboard(database: Database, today: dt.date) -> DashboardData:
    """Everything the dashboard shows, read in one session (runs on the worker thread)."""
    with database.reading() as session:
        counts = record_counts(session)
        return DashboardData(
            reminders=collect_reminders(session, today),
            summary=dashboard_summary(session, today),
            archive_is_empty=counts["branches"] == 0 and counts["members"] == 0,
            today=today,
            branch_names=tuple(branch_names(session)),
        )


def _figure(value: Decimal | float | int) -> str:
    """Whole numbers without decimals, others with one (class hours can be 1.5)."""
    rounded = round(float(value), 1)
    return f"{rounded:.0f}" if rounded.is_integer() else f"{rounded:.1f}"


class DashboardPage(Page):
    loaded = Signal()  # the shown data is current (tests and screenshots wait for it)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.view = DashboardView()
        self.model = ReminderTableModel(context.language, self)
        self.view.table.setModel(self.model)
        self.view.configure_table_columns()
        self.row_heights = VisibleRowHeights(self.view.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._loads = LatestLoad(self)
        self.data: DashboardData | None = None

        self.view.open_settings_button.clicked.connect(
            lambda: context.signals.navigate.emit("settings")
        )
        self.view.load_sample_button.clicked.connect(self.load_sample_data)
        self.view.table.activated.connect(self.open_reminder)
        context.signals.data_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Re-read reminders and counts off the GUI thread; only the newest answer is shown."""
        today = self.context.today()
        self.view.today.setText(
            self.tr("Today is {date}").format(date=format_date(today, self.context.language))
        )
        database = self.context.database
        self._loads.start(
            lambda: load_dashboard(database, today), on_success=self._show, on_failure=self._failed
        )

    def is_loading(self) -> bool:
        """True until the answer to the latest refresh is shown."""
        return self._loads.is_loading()

    def _show(self, data: DashboardData) -> None:
        self.data = data
        view = self.view
        if data.archive_is_empty:
            view.pages.setCurrentWidget(view.empty_state)
        else:
            view.pages.setCurrentWidget(view.content)
            self._show_summary(data.summary)
            self.model.set_reminders(data.reminders)
            view.fit_narrow_columns()
            view.reminder_stack.setCurrentWidget(
                view.table if data.reminders else view.no_reminders
            )
            view.severity_counts.setText(self._severity_summary(data.reminders))
        self.printable_changed.emit()
        self.loaded.emit()

    def _show_summary(self, summary: DashboardSummary) -> None:
        cards = self.view.cards
        stages = summary.people_by_stage
        cards["members"].set_value(
            _figure(summary.members),
            self.tr("{full} full\n{probationary} probationary").format(
                full=stages.get(Stage.FULL, 0), probationary=stages.get(Stage.PROBATIONARY, 0)
            ),
        )
        cards["development"].set_value(
            _figure(summary.people - summary.members),
            # One line per stage: a sentence would wrap mid-word in a narrow card
            self.tr(
                "{candidates} candidates\n{activists} activists\n{applicants} applicants"
            ).format(
                applicants=stages.get(Stage.APPLICANT, 0),
                activists=stages.get(Stage.ACTIVIST, 0),
                candidates=stages.get(Stage.CANDIDATE, 0),
            ),
        )
        cards["meetings"].set_value(_figure(summary.meetings_this_year))
        cards["study"].set_value(_figure(summary.study_hours_this_year))
        cards["problems"].set_value(
            _figure(summary.open_problems),
            self.tr("{count} overdue").format(count=summary.overdue_problems)
            if summary.overdue_problems
            else "",
        )
        cards["volunteer"].set_value(
            _figure(summary.volunteer_hours_this_year),
            self.tr("{count} open service requests").format(count=summary.open_requests)
            if summary.open_requests
            else "",
        )

    @staticmethod
    def _severity_summary(reminders: list[Reminder]) -> str:
        parts = []
        for severity in Severity:
            count = sum(1 for reminder in reminders if reminder.severity is severity)
            if count:
                parts.append(f"{severity_label(severity)} {count}")
        return " · ".join(parts)

    def _failed(self, error: Exception) -> None:
        # What is on screen stays; the page is no longer loading.
        MessageDialog.warn(
            self,
            self.tr("Dashboard"),
            self.tr("The dashboard could not be read: {error}").format(error=error),
        )

    def open_reminder(self, index: QModelIndex) -> bool:
        """Enter or double-click: the reminder's page, showing what it is about."""
        if not index.isValid():
            return False
        reminder = self.model.reminder(index.row())
        key = REMINDER_PAGES.get(reminder.family) or SUBJECT_PAGES.get(reminder.subject)
        if key is None:
            return False
        self.context.signals.open_subject.emit(key, reminder.subject)
        return True

    def can_print(self) -> bool:
        return self.data is not None and not self.data.archive_is_empty

    def print_job(self) -> PrintJob | None:
        """The reminders as shown (status, due, what to do, rule), as a table to print."""
        if self.data is None or not self.can_print():
            return None
        from branchdesk.reports.jobs import table_job
        from branchdesk.reports.table import TableExport

        model = self.model
        columns = tuple(model.headerData(column, Qt.Orientation.Horizontal) for column in Column)
        rows = tuple(
            tuple(str(model.data(model.index(row, column)) or "") for column in Column)
            for row in range(model.rowCount())
        )
        return table_job(
            TableExport(
                title=self.tr("Reminders"),
                branch_name="、".join(self.data.branch_names),
                columns=columns,
                rows=rows,
                subtitle=self.tr("As of {date}").format(
                    date=format_date(self.data.today, self.context.language)
                ),
                landscape=True,
            )
        )

    def load_sample_data(self) -> None:
        self.view.load_sample_button.setEnabled(False)
        load_sample_data(
            self.context,
            self,
            on_finished=lambda _ok: self.view.load_sample_button.setEnabled(True),
        )
