"""Layout of the 会议记录 page: year, kind, search, the meetings, and the cadence grid."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.enums import MeetingKind
from branchdesk.core.rules.cadence import PeriodState
from branchdesk.ui.meetings.labels import meeting_kind_label, period_state_label
from branchdesk.ui.meetings.models import STATE_COLOURS
from branchdesk.ui.widgets.layout import empty_state
from branchdesk.ui.widgets.tables import TABLE_STYLE, fit_all_but, list_table
from branchdesk.ui.widgets.tips import set_tip

YEAR_RANGE = (2000, 2100)
MONTH_WIDTH = 52


def _legend_chip(state: PeriodState) -> QLabel:
    fill, text = STATE_COLOURS[state]
    chip = QLabel(period_state_label(state))
    chip.setStyleSheet(
        f"background: {fill}; color: {text}; border: 1px solid {text};"
        " border-radius: 3px; padding: 2px 10px;"
    )
    return chip


class MeetingsView(QWidget):
    """Widgets only; MeetingsPage fills them and wires them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Meeting minutes"))
        self.title.setObjectName("pageTitle")
        self.branch = QComboBox()
        self.branch.setObjectName("meetingBranch")
        self.branch.hide()  # shown when the archive holds more than one branch
        self.year_label = QLabel(self.tr("Year:"))
        self.year = QSpinBox()
        self.year.setObjectName("meetingYear")
        self.year.setRange(*YEAR_RANGE)
        self.year_label.setBuddy(self.year)
        self.kind = QComboBox()
        self.kind.setObjectName("meetingKindFilter")
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in MeetingKind:
            self.kind.addItem(meeting_kind_label(kind), kind)
        self.search = QLineEdit()
        self.search.setObjectName("meetingSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search title, place, host or minutes (Ctrl+F)"))
        self.search.setMinimumWidth(260)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.branch)
        header.addWidget(self.year_label)
        header.addWidget(self.year)
        header.addWidget(self.kind)
        header.addWidget(self.search)

        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setObjectName("newMeetingButton")
        set_tip(
            self.new_button,
            self.tr("Record the minutes of a meeting"),
            QKeySequence.StandardKey.New,
        )
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editMeetingButton")
        self.edit_button.setToolTip(self.tr("Open the selected minutes (Enter)"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteMeetingButton")
        self.print_button = QPushButton(self.tr("Print minutes…"))
        self.print_button.setObjectName("printMinutesButton")
        set_tip(
            self.print_button,
            self.tr("The selected meeting's minutes"),
            QKeySequence.StandardKey.Print,
        )
        self.book_button = QPushButton(self.tr("Print minutes book…"))
        self.book_button.setObjectName("printBookButton")
        self.book_button.setToolTip(
            self.tr("All minutes of the year (of the kind chosen), with a contents page")
        )
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.book_button)

        self.table = list_table("meetingTable")
        self.table.setSortingEnabled(True)
        self.table.setToolTip(self.tr("Double-click a meeting to open its minutes"))
        self.empty = empty_state()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        minutes = QWidget()
        minutes_layout = QVBoxLayout(minutes)
        minutes_layout.setContentsMargins(0, 8, 0, 0)
        minutes_layout.addLayout(buttons)
        minutes_layout.addWidget(self.stack, 1)

        self.grid = QTableView()
        self.grid.setObjectName("cadenceGrid")
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setStyleSheet(TABLE_STYLE)
        self.grid.setShowGrid(True)
        self.grid.horizontalHeader().setHighlightSections(False)
        self.grid.verticalHeader().setHighlightSections(False)
        self.grid_hint = QLabel(
            self.tr(
                "Each cell counts the meetings held that month; its colour is the state of the"
                " period the rules ask for (a month, or a quarter). Double-click a missing cell"
                " to record that meeting."
            )
        )
        self.grid_hint.setObjectName("hint")
        self.grid_hint.setWordWrap(True)
        legend = QHBoxLayout()
        legend.addWidget(QLabel(self.tr("Legend:")))
        for state in PeriodState:
            legend.addWidget(_legend_chip(state))
        legend.addStretch(1)
        cadence = QWidget()
        cadence_layout = QVBoxLayout(cadence)
        cadence_layout.setContentsMargins(0, 8, 0, 0)
        cadence_layout.addWidget(self.grid_hint)
        cadence_layout.addLayout(legend)
        cadence_layout.addWidget(self.grid, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(minutes, self.tr("Minutes"))
        self.tabs.addTab(cadence, self.tr("Cadence"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    def configure_columns(self) -> None:
        """Once the models are set: titles take the room, the rest fit their text."""
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.fitted = fit_all_but(self.table, 2)
        grid = self.grid.horizontalHeader()
        grid.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        grid.setMinimumSectionSize(MONTH_WIDTH)
        grid.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
