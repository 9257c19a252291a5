"""Layout of the 志愿服务 page: branch and year, summary cards, and four tabs (activities,
statistics, teams and stations, service requests)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.enums import RequestStatus
from branchdesk.ui.ledger.page_view import KeepRoom
from branchdesk.ui.volunteer.charts import AverageBarChart, MonthChart, UnitChart
from branchdesk.ui.volunteer.data import OVERDUE
from branchdesk.ui.volunteer.labels import overdue_label, request_status_label
from branchdesk.ui.volunteer.models import ActivityColumn, RequestColumn, TotalColumn, UnitColumn
from branchdesk.ui.widgets.layout import empty_state, stacked
from branchdesk.ui.widgets.summary_card import SummaryCard
from branchdesk.ui.widgets.tables import FittedColumns, fit_all_but, list_table

YEAR_RANGE = (2000, 2100)
CARD_HEIGHT = 84
TOTALS_MIN_WIDTH = 380
CONTENT_MIN_WIDTH = 200
ACTIVITIES_TAB, STATISTICS_TAB, UNITS_TAB, REQUESTS_TAB = range(4)


def button(text: str, name: str, tip: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.setObjectName(name)
    if tip:
        widget.setToolTip(tip)
    return widget


def row(*items: QWidget | int | None) -> QHBoxLayout:
    """Widgets left to right; an int is spacing, None the stretch."""
    layout = QHBoxLayout()
    layout.setSpacing(6)
    for item in items:
        if item is None:
            layout.addStretch(1)
        elif isinstance(item, int):
            layout.addSpacing(item)
        else:
            layout.addWidget(item)
    return layout


def labelled(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def tab_page(*parts: QLayout | QWidget) -> QWidget:
    """A tab's column: rows of controls, the last part taking the room."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 8, 0, 0)
    layout.setSpacing(8)
    for number, part in enumerate(parts):
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part, 1 if number == len(parts) - 1 else 0)
    return page


def share_columns(table: QTableView, wide: int | None) -> FittedColumns:
    """``wide`` takes the room (None: the last column), the others fit their text."""
    header = table.horizontalHeader()
    header.setStretchLastSection(wide is None)
    if wide is None:
        return fit_all_but(table)
    header.setSectionResizeMode(wide, QHeaderView.ResizeMode.Stretch)
    return fit_all_but(table, wide)


class VolunteerView(QWidget):
    """Widgets only; VolunteerPage and its tabs fill them and wire them."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Volunteer service"))
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        self.branch = QComboBox()
        self.branch.setObjectName("volunteerBranch")
        self.branch.hide()  # shown when the archive holds more than one branch
        self.year = QSpinBox()
        self.year.setObjectName("volunteerYear")
        self.year.setRange(*YEAR_RANGE)
        header = row(
            self.title, 16, self.subtitle, None, self.branch, labelled(self.tr("Year:"), self.year)
        )
        header.addWidget(self.year)

        self.cards = {
            "hours": SummaryCard(self.tr("Service hours this year")),
            "activities": SummaryCard(self.tr("Activities")),
            "people": SummaryCard(self.tr("Members who served")),
            "requests": SummaryCard(self.tr("Open service requests")),
        }
        cards = QGridLayout()
        cards.setHorizontalSpacing(12)
        for column, card in enumerate(self.cards.values()):
            card.setMaximumHeight(CARD_HEIGHT)
            cards.addWidget(card, 0, column)
            cards.setColumnStretch(column, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("volunteerTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._activities(), self.tr("Activities"))
        self.tabs.addTab(self._statistics(language), self.tr("Statistics"))
        self.tabs.addTab(self._units(), self.tr("Teams and stations"))
        self.tabs.addTab(self._requests(), self.tr("Service requests"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(cards)
        layout.addWidget(self.tabs, 1)

    def _activities(self) -> QWidget:
        self.category = QComboBox()
        self.category.setObjectName("activityCategory")
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unit = QComboBox()
        self.unit.setObjectName("activityUnit")
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.search = QLineEdit()
        self.search.setObjectName("activitySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search titles, places, descriptions (Ctrl+F)"))
        self.search.setMinimumWidth(260)
        self.clear_filters = button(self.tr("Clear filters"), "clearActivityFilters")
        filters = row(
            labelled(self.tr("Category"), self.category),
            self.category,
            10,
            labelled(self.tr("Team / station"), self.unit),
            self.unit,
            10,
            self.search,
            None,
            self.clear_filters,
        )
        self.new_activity = button(
            self.tr("New activity…"),
            "newActivityButton",
            self.tr("Record an activity with each participant's hours (Ctrl+N)"),
        )
        self.edit_activity = button(
            self.tr("Edit…"), "editActivityButton", self.tr("Open the selected activity (Enter)")
        )
        self.delete_activity = button(self.tr("Delete"), "deleteActivityButton")
        self.activity_count = QLabel()
        self.activity_count.setObjectName("hint")
        buttons = row(
            self.new_activity, self.edit_activity, self.delete_activity, 12, self.activity_count
        )
        buttons.addStretch(1)
        self.activities = list_table("activityTable")
        self.activities.setSortingEnabled(True)
        self.activities.setToolTip(self.tr("Double-click an activity to open it"))
        self.no_activities = empty_state()
        self.activities_stack = stacked(self.activities, self.no_activities)
        return tab_page(filters, buttons, self.activities_stack)

    def _statistics(self, language: str) -> QWidget:
        self.period = QComboBox()
        self.period.setObjectName("statisticsPeriod")
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.print_certificate = button(
            self.tr("Print service certificate…"),
            "printCertificateButton",
            self.tr(
                "The selected member's volunteer service record of the year, numbered once"
                " (a reprint shows the same number)"
            ),
        )
        self.print_summary = button(
            self.tr("Print yearly summary…"),
            "printSummaryButton",
            self.tr("The branch's summary of the year by team and by member"),
        )
        controls = row(
            labelled(self.tr("Period"), self.period),
            self.period,
            None,
            self.print_certificate,
            self.print_summary,
        )
        self.totals_title = QLabel()
        self.totals_title.setObjectName("sectionTitle")
        self.totals = list_table("memberTotals")
        self.totals.setSortingEnabled(True)
        self.no_totals = empty_state()
        self.totals_stack = stacked(self.totals, self.no_totals)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(6)
        left_layout.addWidget(self.totals_title)
        left_layout.addWidget(self.totals_stack, 1)
        left.setMinimumWidth(TOTALS_MIN_WIDTH)

        self.unit_chart = UnitChart()
        self.unit_chart.setObjectName("unitChart")
        self.month_chart = MonthChart(language)
        self.month_chart.setObjectName("monthChart")
        self.average_chart = AverageBarChart()
        self.average_chart.setObjectName("averageChart")
        self.charts = QTabWidget()
        self.charts.setObjectName("volunteerCharts")
        for chart, title in (
            (self.unit_chart, self.tr("By team and station")),
            (self.month_chart, self.tr("By month")),
            (self.average_chart, self.tr("Against the average")),
        ):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(chart)
            self.charts.addTab(scroll, title)

        self.statistics_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.statistics_splitter.setChildrenCollapsible(False)
        self.statistics_splitter.addWidget(left)
        self.statistics_splitter.addWidget(self.charts)
        self.statistics_splitter.setStretchFactor(0, 2)
        self.statistics_splitter.setStretchFactor(1, 3)
        return tab_page(controls, self.statistics_splitter)

    def _units(self) -> QWidget:
        self.new_team = button(
            self.tr("New service team…"),
            "newTeamButton",
            self.tr("A Party member service team of the branch, with its members and leaders"),
        )
        self.new_station = button(
            self.tr("New service station…"),
            "newStationButton",
            self.tr("A Party member service station, e.g. in a dormitory building"),
        )
        self.edit_unit = button(
            self.tr("Edit…"),
            "editUnitButton",
            self.tr("Name, place, in service, members and leaders (Enter)"),
        )
        self.delete_unit = button(self.tr("Delete"), "deleteUnitButton")
        buttons = row(self.new_team, self.new_station, self.edit_unit, self.delete_unit, None)
        self.units = list_table("unitTable")
        self.units.setSortingEnabled(True)
        self.units.setToolTip(self.tr("Double-click a team or station to edit it"))
        self.no_units = empty_state()
        self.units_stack = stacked(self.units, self.no_units)
        return tab_page(buttons, self.units_stack)

    def _requests(self) -> QWidget:
        self.request_status = QComboBox()
        self.request_status.setObjectName("requestStatus")
        self.request_status.addItem(self.tr("All statuses"), None)
        for status in RequestStatus:
            self.request_status.addItem(request_status_label(status), status.value)
        self.request_status.addItem(overdue_label(), OVERDUE)
        self.request_search = QLineEdit()
        self.request_search.setObjectName("requestSearch")
        self.request_search.setClearButtonEnabled(True)
        self.request_search.setPlaceholderText(self.tr("Search numbers, requesters, requests"))
        self.request_search.setMinimumWidth(260)
        filters = row(
            labelled(self.tr("Status"), self.request_status),
            self.request_status,
            10,
            self.request_search,
            None,
        )
        self.new_request = button(
            self.tr("Register request…"),
            "newRequestButton",
            self.tr("The masses order: who asks for what, and when (Ctrl+N)"),
        )
        self.edit_request = button(self.tr("Edit…"), "editRequestButton")
        self.dispatch_request = button(
            self.tr("Dispatch…"),
            "dispatchRequestButton",
            self.tr("The branch dispatches: who serves, and by when it is promised"),
        )
        self.complete_request = button(
            self.tr("Complete…"),
            "completeRequestButton",
            self.tr("Members served: the date, each one's hours and the requester's rating"),
        )
        self.cancel_request = button(self.tr("Cancel…"), "cancelRequestButton")
        self.reopen_request = button(self.tr("Reopen"), "reopenRequestButton")
        self.delete_request = button(self.tr("Delete"), "deleteRequestButton")
        self.request_count = QLabel()
        self.request_count.setObjectName("hint")
        buttons = row(
            self.new_request,
            self.edit_request,
            12,
            self.dispatch_request,
            self.complete_request,
            self.cancel_request,
            self.reopen_request,
            12,
            self.delete_request,
            12,
            self.request_count,
            None,
        )
        self.requests = list_table("requestTable")
        self.requests.setSortingEnabled(True)
        self.requests.setToolTip(self.tr("Double-click a request to edit it"))
        self.no_requests = empty_state()
        self.requests_stack = stacked(self.requests, self.no_requests)
        return tab_page(filters, buttons, self.requests_stack)

    def configure_columns(self) -> None:
        """Once the models are set: titles and requests take the room."""
        self.fitted = [
            share_columns(self.activities, ActivityColumn.TITLE),
            share_columns(self.units, UnitColumn.DESCRIPTION),
            share_columns(self.totals, TotalColumn.NAME),
        ]
        header = self.requests.horizontalHeader()
        header.setStretchLastSection(False)
        self.fitted.append(fit_all_but(self.requests, RequestColumn.CONTENT))
        header.setSectionResizeMode(RequestColumn.CONTENT, QHeaderView.ResizeMode.Interactive)
        # The request keeps some room: a narrow window scrolls instead of squeezing it.
        self.keep_room = KeepRoom(self.requests, RequestColumn.CONTENT, CONTENT_MIN_WIDTH)
