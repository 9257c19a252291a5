"""Layout of the dashboard (工作台): summary cards, the reminders table, the empty state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchdesk.ui.pages.reminder_model import Column
from branchdesk.ui.widgets.summary_card import SummaryCard
from branchdesk.ui.widgets.tables import fit_columns


class ReminderTable(QTableView):
    """The reminders table; the rule column keeps a fixed share of the width."""

    RULE_SHARE = 0.36

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.horizontalHeader().resizeSection(
            Column.RULE, int(self.viewport().width() * self.RULE_SHARE)
        )


class DashboardView(QWidget):
    """Widgets only; DashboardPage fills them and wires the buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Dashboard"))
        self.title.setObjectName("pageTitle")
        self.today = QLabel()
        self.today.setObjectName("pageSubtitle")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.today)

        self.pages = QStackedWidget()
        self.content = self._build_content()
        self.empty_state = self._build_empty_state()
        self.pages.addWidget(self.content)
        self.pages.addWidget(self.empty_state)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)

    def _build_content(self) -> QWidget:
        content = QWidget()
        self.cards = {
            "members": SummaryCard(self.tr("Party members")),
            "development": SummaryCard(self.tr("In development")),
            "meetings": SummaryCard(self.tr("Meetings this year")),
            "study": SummaryCard(self.tr("Study hours this year")),
            "problems": SummaryCard(self.tr("Open rectification items")),
            "volunteer": SummaryCard(self.tr("Volunteer hours this year")),
        }
        cards = QGridLayout()
        cards.setHorizontalSpacing(12)
        for column, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, column)
            cards.setColumnStretch(column, 1)

        self.reminders_title = QLabel(self.tr("What is due"))
        self.reminders_title.setObjectName("sectionTitle")
        self.severity_counts = QLabel()
        self.severity_counts.setObjectName("hint")
        reminders_header = QHBoxLayout()
        reminders_header.addWidget(self.reminders_title)
        reminders_header.addSpacing(12)
        reminders_header.addWidget(self.severity_counts)
        reminders_header.addStretch(1)

        self.table = ReminderTable()
        self.table.setObjectName("reminders")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.no_reminders = QLabel(self.tr("Nothing is due or overdue. Well kept!"))
        self.no_reminders.setObjectName("hint")
        self.no_reminders.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reminder_stack = QStackedWidget()
        self.reminder_stack.addWidget(self.table)
        self.reminder_stack.addWidget(self.no_reminders)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(cards)
        layout.addSpacing(6)
        layout.addLayout(reminders_header)
        layout.addWidget(self.reminder_stack, 1)
        return content

    def configure_table_columns(self) -> None:
        """Column sizes once the model is set: narrow status and date, text columns share."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.SEVERITY, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.DUE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.RULE, QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def fit_narrow_columns(self) -> None:
        """Status and due date as wide as their widest cell (after the rows change)."""
        fit_columns(self.table, (Column.SEVERITY, Column.DUE))

    def _build_empty_state(self) -> QWidget:
        empty = QWidget()
        self.empty_title = QLabel(self.tr("This archive is still empty"))
        self.empty_title.setObjectName("emptyTitle")
        self.empty_text = QLabel(
            self.tr(
                "Start in Settings: enter your branch, its parent organisation and the date its "
                "committee was elected, and your name as clerk. Member files, minutes and the "
                "other records are added on their pages.\n\n"
                "Just looking around? Load sample data: a made-up branch with members, "
                "meetings and study records, so you can see every page filled in."
            )
        )
        self.empty_text.setWordWrap(True)
        self.empty_text.setObjectName("hint")
        self.open_settings_button = QPushButton(self.tr("Go to Settings"))
        self.load_sample_button = QPushButton(self.tr("Load sample data"))
        self.open_settings_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_settings_button)
        buttons.addWidget(self.load_sample_button)
        buttons.addStretch(1)

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.empty_title)
        column.addSpacing(8)
        column.addWidget(self.empty_text)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addStretch(2)
        frame = QWidget()
        frame.setMaximumWidth(640)
        frame.setLayout(column)
        layout = QHBoxLayout(empty)
        layout.addStretch(1)
        layout.addWidget(frame, 3)
        layout.addStretch(1)
        return empty
