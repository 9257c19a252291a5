"""Layout of the 发展党员 page: stage cards, branch filter, next steps, 公示 periods."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.enums import Stage
from branchdesk.ui.labels import stage_label
from branchdesk.ui.widgets.layout import empty_state
from branchdesk.ui.widgets.summary_card import SummaryCard
from branchdesk.ui.widgets.tables import fit_all_but, list_table

CARD_HEIGHT = 84  # figure + caption; the dashboard's cards also carry a breakdown line


# Cells breathe a little: names of two or three characters otherwise touch the grid lines.
# The header gets the same padding so its titles stand above their columns.
def _table(name: str) -> QTableView:
    table = list_table(name)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicatorShown(False)  # the first order is urgency
    return table


def _section(title: QLabel, body: QWidget) -> QWidget:
    section = QWidget()
    layout = QVBoxLayout(section)
    layout.setContentsMargins(0, 6, 0, 0)
    layout.setSpacing(6)
    layout.addWidget(title)
    layout.addWidget(body, 1)
    return section


class PipelineView(QWidget):
    """Widgets only; PipelinePage fills them and wires the filter and the tables."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Development"))
        self.title.setObjectName("pageTitle")
        self.today = QLabel()
        self.today.setObjectName("pageSubtitle")
        self.branch_label = QLabel(self.tr("Branch:"))
        self.branch_filter = QComboBox()
        self.branch_filter.setObjectName("branchFilter")
        self.branch_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.branch_label.setBuddy(self.branch_filter)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(16)
        header.addWidget(self.today)
        header.addStretch(1)
        header.addWidget(self.branch_label)
        header.addWidget(self.branch_filter)
        header.addSpacing(8)
        self.record_button = QPushButton(self.tr("Record step…"))
        self.record_button.setObjectName("recordStepButton")
        self.record_button.setToolTip(self.tr("Record the selected person's next step"))
        self.open_button = QPushButton(self.tr("Open file…"))
        self.open_button.setObjectName("openMemberButton")
        header.addWidget(self.record_button)
        header.addWidget(self.open_button)

        self.cards = {stage: SummaryCard(stage_label(stage)) for stage in Stage}
        cards = QGridLayout()
        cards.setHorizontalSpacing(12)
        for column, card in enumerate(self.cards.values()):
            # As tall as a figure and its caption: the tables below need the height more.
            card.setMaximumHeight(CARD_HEIGHT)
            cards.addWidget(card, 0, column)
            cards.setColumnStretch(column, 1)

        self.steps_title = QLabel(self.tr("Next steps, most urgent first"))
        self.steps_title.setObjectName("sectionTitle")
        self.table = _table("pipelineSteps")
        self.table.setToolTip(self.tr("Double-click a person to open their development record"))
        self.nobody = empty_state(self.tr("Nobody is in development. Applicants appear here."))
        self.steps_stack = QStackedWidget()
        self.steps_stack.addWidget(self.table)
        self.steps_stack.addWidget(self.nobody)

        self.publicity_title = QLabel(self.tr("Publicity periods (公示), current and last week"))
        self.publicity_title.setObjectName("sectionTitle")
        self.publicity_table = _table("publicityPeriods")
        self.no_publicity = empty_state(
            self.tr("No publicity period is running or ended this week.")
        )
        self.publicity_stack = QStackedWidget()
        self.publicity_stack.addWidget(self.publicity_table)
        self.publicity_stack.addWidget(self.no_publicity)

        # The clerk can give the 公示 list more room when many run at once.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(_section(self.steps_title, self.steps_stack))
        self.splitter.addWidget(_section(self.publicity_title, self.publicity_stack))
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(cards)
        layout.addWidget(self.splitter, 1)

    def configure_columns(self) -> None:
        """Once the models are set: text columns share the width, short ones fit content."""
        self.fitted = []
        for table, stretch in ((self.table, (2, 3)), (self.publicity_table, (1,))):
            header = table.horizontalHeader()
            for column in stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            self.fitted.append(fit_all_but(table, *stretch))
