"""Layout of the 学习笔记 page: year, summary cards, the tally, a member's notebook, the chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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

from branchdesk.ui.study.chart import HoursChart
from branchdesk.ui.widgets.layout import empty_state, stacked
from branchdesk.ui.widgets.summary_card import SummaryCard
from branchdesk.ui.widgets.tables import fit_columns, list_table
from branchdesk.ui.widgets.tips import set_tip

CARD_HEIGHT = 84
YEAR_RANGE = (2000, 2100)
LEFT_MIN_WIDTH = 540


def _column(*items: QWidget | QHBoxLayout, stretch_last: bool = True) -> QWidget:
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 6, 0, 0)
    layout.setSpacing(8)
    for number, item in enumerate(items):
        last = stretch_last and number == len(items) - 1
        if isinstance(item, QHBoxLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item, 1 if last else 0)
    return column


class StudyView(QWidget):
    """Widgets only; StudyPage fills them and wires them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Study notebooks"))
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        self.year_label = QLabel(self.tr("Year:"))
        self.year = QSpinBox()
        self.year.setObjectName("studyYear")
        self.year.setRange(*YEAR_RANGE)
        self.year_label.setBuddy(self.year)
        self.session_button = QPushButton(self.tr("Collective session…"))
        self.session_button.setObjectName("collectiveSessionButton")
        self.session_button.setToolTip(
            self.tr(
                "Record a collective study (a theme day, a Party lecture …) for all who attended"
            )
        )
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(16)
        header.addWidget(self.subtitle)
        header.addStretch(1)
        header.addWidget(self.year_label)
        header.addWidget(self.year)
        header.addSpacing(8)
        header.addWidget(self.session_button)

        self.cards = {
            "members": SummaryCard(self.tr("Members")),
            "reached": SummaryCard(self.tr("Reached the target")),
            "behind": SummaryCard(self.tr("Behind the target")),
            "sessions": SummaryCard(self.tr("Collective sessions")),
        }
        cards = QGridLayout()
        cards.setHorizontalSpacing(12)
        for column, card in enumerate(self.cards.values()):
            card.setMaximumHeight(CARD_HEIGHT)
            cards.addWidget(card, 0, column)
            cards.setColumnStretch(column, 1)

        # Left: everyone's hours.
        self.tally_title = QLabel(self.tr("Class hours of the year"))
        self.tally_title.setObjectName("sectionTitle")
        self.search = QLineEdit()
        self.search.setObjectName("studySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name or pinyin initials"))
        self.tally = list_table("studyTally")
        self.no_members = empty_state()
        self.tally_stack = stacked(self.tally, self.no_members)
        left = _column(self.tally_title, self.search, self.tally_stack)
        left.setMinimumWidth(LEFT_MIN_WIDTH)  # six columns without a horizontal scroll bar

        # Right: the selected member's notebook, and the branch's chart.
        self.member_title = QLabel()
        self.member_title.setObjectName("sectionTitle")
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setObjectName("newEntryButton")
        set_tip(
            self.new_button,
            self.tr("Add a study entry for the selected member"),
            QKeySequence.StandardKey.New,
        )
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editEntryButton")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteEntryButton")
        self.print_button = QPushButton(self.tr("Print study notebook…"))
        self.print_button.setObjectName("printNotebookButton")
        self.print_button.setToolTip(
            self.tr("The selected member's notebook of the year, with the hour tally")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        self.entries = list_table("studyEntries")
        self.entries.setToolTip(self.tr("Double-click an entry to edit it"))
        self.no_entries = empty_state()
        self.entries_stack = stacked(self.entries, self.no_entries)
        notebook = _column(self.member_title, buttons, self.entries_stack)

        self.edit_session_button = QPushButton(self.tr("Edit…"))
        self.edit_session_button.setObjectName("editSessionButton")
        self.edit_session_button.setToolTip(
            self.tr("Correct the session: its topic, hours and who attended")
        )
        self.delete_session_button = QPushButton(self.tr("Delete"))
        self.delete_session_button.setObjectName("deleteSessionButton")
        session_buttons = QHBoxLayout()
        session_buttons.addWidget(self.edit_session_button)
        session_buttons.addWidget(self.delete_session_button)
        session_buttons.addStretch(1)
        self.sessions = list_table("studySessions")
        self.sessions.setToolTip(self.tr("Double-click a session to correct it"))
        self.no_sessions = empty_state()
        self.sessions_stack = stacked(self.sessions, self.no_sessions)
        self.sessions_tab = _column(session_buttons, self.sessions_stack)

        # Everyone's entries of the year: searched and sorted in SQL, read as it scrolls.
        self.all_search = QLineEdit()
        self.all_search.setObjectName("studyAllSearch")
        self.all_search.setClearButtonEnabled(True)
        self.all_search.setPlaceholderText(
            self.tr("Search by name, pinyin initials, topic or material")
        )
        self.all_count = QLabel()
        self.all_count.setObjectName("hint")
        all_row = QHBoxLayout()
        all_row.addWidget(self.all_search, 1)
        all_row.addSpacing(8)
        all_row.addWidget(self.all_count)
        self.all_entries = list_table("studyAllEntries")
        self.all_entries.setSortingEnabled(True)
        self.all_entries.setToolTip(
            self.tr("Click a column title to sort; double-click an entry to edit it")
        )
        self.no_all_entries = empty_state()
        self.all_stack = stacked(self.all_entries, self.no_all_entries)
        self.everyone_tab = _column(all_row, self.all_stack)

        self.chart = HoursChart()
        self.chart.setObjectName("studyChart")
        self.chart_scroll = QScrollArea()
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.chart_scroll.setWidget(self.chart)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("studyTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(notebook, self.tr("Notebook"))
        self.tabs.addTab(self.everyone_tab, self.tr("Everyone's entries"))
        self.tabs.addTab(self.sessions_tab, self.tr("Collective study"))
        self.tabs.addTab(self.chart_scroll, self.tr("Branch chart"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(cards)
        layout.addWidget(self.splitter, 1)

    def configure_columns(self) -> None:
        """Once the models are set: topics take the room, names and figures fit their text
        (a stretched name column would be squeezed to "…" first)."""
        for table, stretch in self._stretched_columns():
            header = table.horizontalHeader()
            header.setStretchLastSection(stretch is None)
            for column in range(table.model().columnCount()):
                mode = (
                    QHeaderView.ResizeMode.Stretch
                    if column == stretch
                    else QHeaderView.ResizeMode.Interactive
                )
                header.setSectionResizeMode(column, mode)

    def fit_columns(self, table: QTableView) -> None:
        """The columns that fit their text, fitted to the rows now shown."""
        stretch = dict(self._stretched_columns())[table]
        fit_columns(table, [c for c in range(table.model().columnCount()) if c != stretch])

    def _stretched_columns(self) -> tuple[tuple[QTableView, int | None], ...]:
        """Each table and its column that takes the spare room (None: the last one)."""
        return (
            (self.tally, None),
            (self.entries, 1),
            (self.sessions, 1),
            (self.all_entries, 2),
        )
