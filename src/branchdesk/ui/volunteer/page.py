"""The 志愿服务 page: a branch's year of volunteer service (RULES.md §6).

Reads run off the GUI thread (LatestLoad, data.py); the lists' filters are core's (in SQL,
逾期未完成 included) and a click on a header sorts the rows shown. Writes happen in the
dialogs (one unit of work each) or here for a delete, cancel or reopen, and data_changed
brings every page up to date. The tabs' logic lives in activities_tab.py, statistics_tab.py,
units_tab.py and requests_tab.py. 工作台 reminders of overdue requests open here
(``show_subject``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QVBoxLayout
from sqlalchemy.orm import Session

from branchdesk.core.errors import BranchDeskError
from branchdesk.core.rules.service_requests import SUBJECT_PREFIX
from branchdesk.core.services.volunteer import activity_draft
from branchdesk.core.services.volunteer_requests import request_row
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import MessageDialog
from branchdesk.ui.i18n import qt_translate
from branchdesk.ui.ops import LatestLoad
from branchdesk.ui.pages.base import Page
from branchdesk.ui.volunteer.activities_tab import ActivitiesTab
from branchdesk.ui.volunteer.data import VolunteerData, VolunteerQuery, load_volunteer
from branchdesk.ui.volunteer.labels import error_text, hours_text
from branchdesk.ui.volunteer.models import OVERDUE_COLOR
from branchdesk.ui.volunteer.page_view import (
    ACTIVITIES_TAB,
    REQUESTS_TAB,
    STATISTICS_TAB,
    UNITS_TAB,
    VolunteerView,
)
from branchdesk.ui.volunteer.requests_tab import RequestsTab
from branchdesk.ui.volunteer.statistics_tab import StatisticsTab
from branchdesk.ui.volunteer.units_tab import UnitsTab

if TYPE_CHECKING:
    from branchdesk.reports.jobs import PrintJob

SEARCH_DELAY_MS = 250
ACTIVITY_SUBJECT = "volunteer_activity"  # global search opens an activity here


class VolunteerPage(Page):
    """志愿服务: key "volunteer"."""

    loaded = Signal()  # what is shown is current (tests and screenshots wait for it)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.view = view = VolunteerView(context.language)
        self.activities = ActivitiesTab(self)
        self.statistics = StatisticsTab(self)
        self.units = UnitsTab(self)
        self.requests = RequestsTab(self)
        view.configure_columns()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        self._loads = LatestLoad(self)
        self.data: VolunteerData | None = None
        self._branch_id: int | None = None
        self._period = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        view.year.setValue(context.today().year)
        view.year.valueChanged.connect(self._year_changed)
        view.branch.currentIndexChanged.connect(self._branch_changed)
        for combo in (view.category, view.unit, view.request_status):
            combo.currentIndexChanged.connect(self.refresh)
        view.period.currentIndexChanged.connect(self._period_changed)
        for line in (view.search, view.request_search):
            line.textChanged.connect(lambda _text: self._timer.start())
        view.clear_filters.clicked.connect(self.clear_filters)
        view.tabs.currentChanged.connect(lambda _index: self.update_buttons())
        self.clear_on_escape(view.search, view.request_search)
        self.add_shortcuts(find=self.focus_search, new=self._new, delete=self._delete)
        context.signals.data_changed.connect(self.refresh)
        self.update_buttons()
        self.refresh()

    @property
    def title(self) -> str:
        return self.tr("Volunteer service")

    def year(self) -> int:
        return self.view.year.value()

    def branch_id(self) -> int | None:
        """The branch shown, once read."""
        return self.data.branch_id if self.data is not None else None

    # reading -------------------------------------------------------------------------------

    def query(self) -> VolunteerQuery:
        view = self.view
        return VolunteerQuery(
            year=view.year.value(),
            branch_id=self._branch_id,
            category=view.category.currentData(),
            unit=view.unit.currentData(),
            text=view.search.text().strip(),
            request_status=view.request_status.currentData(),
            request_text=view.request_search.text().strip(),
            period=self._period,
        )

    def refresh(self) -> None:
        """Re-read the branch's year off the GUI thread."""
        self._timer.stop()
        database, query, today = self.context.database, self.query(), self.context.today()
        self._loads.start(
            lambda: load_volunteer(database, query, today),
            on_success=self._show,
            on_failure=self._failed,
        )

    def is_loading(self) -> bool:
        return self._loads.is_loading() or self._timer.isActive()

    def _show(self, data: VolunteerData) -> None:
        self.data = data
        self._branch_id = data.branch_id
        self._period = data.query.period
        self._show_choices(data)
        self._show_cards(data)
        self.activities.show_data(data)
        self.statistics.show_data(data)
        self.units.show_data(data)
        self.requests.show_data(data)
        self.update_buttons()
        self.loaded.emit()

    def _show_choices(self, data: VolunteerData) -> None:
        """Branches, categories and units to filter by, keeping what is chosen."""
        view, query = self.view, data.query
        units = [(unit.name, f"{unit.kind}:{unit.id}") for unit in data.units]
        choices: list[tuple[QComboBox, list[tuple[str, object]], object]] = [
            (view.branch, [(name, branch_id) for branch_id, name in data.branches], data.branch_id),
            (
                view.category,
                [(self.tr("All categories"), None)] + [(c, c) for c in data.categories],
                query.category,
            ),
            (view.unit, [(self.tr("All teams and stations"), None), *units], query.unit),
        ]
        for combo, items, current in choices:
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        view.branch.setVisible(len(data.branches) > 1)
        self.statistics.show_periods(data)

    def _show_cards(self, data: VolunteerData) -> None:
        cards, counts = self.view.cards, data.cards
        cards["hours"].set_value(hours_text(counts.minutes))
        cards["activities"].set_value(str(counts.activities))
        cards["people"].set_value(str(counts.people))
        cards["requests"].set_value(
            str(counts.open_requests),
            self.tr("{count} overdue").format(count=counts.overdue_requests)
            if counts.overdue_requests
            else "",
        )
        cards["requests"].number.setStyleSheet(
            f"color: {OVERDUE_COLOR.name()};" if counts.overdue_requests else ""
        )
        self.view.subtitle.setText(data.branch_name if len(data.branches) == 1 else "")

    def _failed(self, error: Exception) -> None:
        text = error.text(qt_translate) if isinstance(error, BranchDeskError) else str(error)
        MessageDialog.warn(
            self,
            self.tr("Volunteer service"),
            self.tr("The volunteer records could not be read: {error}").format(error=text),
        )

    def _year_changed(self) -> None:
        self._period = 0  # the terms differ from year to year
        self.refresh()

    def _branch_changed(self) -> None:
        self._branch_id = self.view.branch.currentData()
        self.refresh()

    def _period_changed(self, index: int) -> None:
        if index >= 0:
            self._period = index
            self.refresh()

    def clear_filters(self) -> None:
        """Show every activity and request of the year again."""
        view = self.view
        widgets = (view.category, view.unit, view.search, view.request_status, view.request_search)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (view.category, view.unit, view.request_status):
            combo.setCurrentIndex(0)
        view.search.clear()
        view.request_search.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self.refresh()

    def focus_search(self) -> None:
        view = self.view
        line = view.request_search if view.tabs.currentIndex() == REQUESTS_TAB else view.search
        if line is view.search:
            view.tabs.setCurrentIndex(ACTIVITIES_TAB)
        line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        line.selectAll()

    def _new(self) -> None:
        tab = self.view.tabs.currentIndex()
        if tab == REQUESTS_TAB:
            self.requests.new_request()
        elif tab == UNITS_TAB:
            self.units.new_unit()
        else:
            self.activities.new_activity()

    def _delete(self) -> None:
        """Del: the selected activity, request or team/station of the tab, after asking."""
        tab = self.view.tabs.currentIndex()
        if tab == REQUESTS_TAB:
            self.requests.delete()
        elif tab == UNITS_TAB:
            self.units.delete_unit()
        elif tab == ACTIVITIES_TAB:
            self.activities.delete_activity()

    def update_buttons(self) -> None:
        has_branch = self.branch_id() is not None
        for tab in (self.activities, self.statistics, self.units, self.requests):
            tab.update_buttons(has_branch)
        self.printable_changed.emit()

    # writing -------------------------------------------------------------------------------

    def write(self, action: Callable[[Session], object], title: str, done: str) -> bool:
        """A delete, cancel or reopen in one unit of work; core's refusal in a message box."""
        try:
            with self.context.database.unit_of_work(self.context.actor) as session:
                action(session)
        except BranchDeskError as error:
            MessageDialog.warn(self, title, error_text(error))
            return False
        self.context.show_status(done)
        self.context.data_changed()
        return True

    # reminders of the 工作台 ---------------------------------------------------------------

    def show_subject(self, subject: str) -> None:
        """A subject of the 工作台 or of global search: an overdue request's reminder
        (``service_request:<id>``) shows the requests of its branch and year, an activity
        (``volunteer_activity:<id>``) the activities; the filters cleared, the record
        selected."""
        kind, _, number = subject.partition(":")
        today = self.context.today()
        try:
            record_id = int(number)
            with self.context.database.reading() as session:
                if f"{kind}:" == SUBJECT_PREFIX:
                    request = request_row(session, record_id, today)
                    branch_id, year, tab, list_tab = (
                        request.branch_id,
                        request.asked_on.year,
                        REQUESTS_TAB,
                        self.requests,
                    )
                elif kind == ACTIVITY_SUBJECT:
                    activity = activity_draft(session, record_id)
                    assert activity.held_on is not None  # stored
                    branch_id, year, tab, list_tab = (
                        activity.branch_id,
                        activity.held_on.year,
                        ACTIVITIES_TAB,
                        self.activities,
                    )
                else:
                    return
        except (ValueError, BranchDeskError):
            return  # deleted meanwhile: the page as it is
        view = self.view
        self._branch_id = branch_id
        list_tab.select_after_load = record_id
        view.tabs.setCurrentIndex(tab)
        view.year.blockSignals(True)
        view.year.setValue(year)
        view.year.blockSignals(False)
        self._period = 0
        self.clear_filters()

    # printing ------------------------------------------------------------------------------

    def can_print(self) -> bool:
        return self.branch_id() is not None

    def print_job(self) -> PrintJob | None:
        """Ctrl+P: the selected member's certificate on the statistics tab, else the year's
        summary (building the certificate's job issues its number, kept for reprints)."""
        if self.view.tabs.currentIndex() == STATISTICS_TAB and self.statistics.current():
            return self.statistics.certificate_job()
        return self.statistics.summary_job()


__all__ = ["ACTIVITIES_TAB", "REQUESTS_TAB", "STATISTICS_TAB", "UNITS_TAB", "VolunteerPage"]
