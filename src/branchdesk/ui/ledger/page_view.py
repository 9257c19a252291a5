"""Layout of the 检查整改 page: year and branch, summary cards, the ledger and the inspections."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.enums import ProblemSource, ProblemStatus
from branchdesk.ui.ledger.data import OVERDUE
from branchdesk.ui.ledger.labels import overdue_label, problem_source_label, problem_status_label
from branchdesk.ui.ledger.models import InspectionColumn, ProblemColumn
from branchdesk.ui.widgets.dates import OptionalDateEdit
from branchdesk.ui.widgets.layout import empty_state, stacked
from branchdesk.ui.widgets.summary_card import SummaryCard
from branchdesk.ui.widgets.tables import fit_all_but, list_table
from branchdesk.ui.widgets.tips import clear_button_tip

YEAR_RANGE = (2000, 2100)
CARD_HEIGHT = 84
DESCRIPTION_MIN_WIDTH = 220


class KeepRoom(QObject):
    """Gives one column of a table what the others leave, but never less than ``minimum``
    (a narrow window scrolls instead of squeezing the problem's text to "…")."""

    def __init__(self, table: QTableView, column: int, minimum: int) -> None:
        super().__init__(table)
        self.table, self.column, self.minimum = table, column, minimum
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._resized)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return super().eventFilter(watched, event)

    def _resized(self, section: int, _old: int, _new: int) -> None:
        if section != self.column:
            self.fit()

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(column) for column in range(header.count()) if column != self.column
        )
        room = self.table.viewport().width() - others
        header.resizeSection(self.column, max(self.minimum, room))


def _labelled(text: str, widget: QWidget) -> tuple[QLabel, QWidget]:
    label = QLabel(text)
    label.setBuddy(widget)
    return label, widget


class LedgerView(QWidget):
    """Widgets only; LedgerPage fills them and wires them."""

    def __init__(self, language: str, *, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Inspection and rectification"))
        self.title.setObjectName("pageTitle")
        self.branch = QComboBox()
        self.branch.setObjectName("ledgerBranch")
        self.branch.hide()  # shown when the archive holds more than one branch
        self.year_label = QLabel(self.tr("Year:"))
        self.year = QSpinBox()
        self.year.setObjectName("ledgerYear")
        self.year.setRange(*YEAR_RANGE)
        self.year_label.setBuddy(self.year)
        self.search = QLineEdit()
        self.search.setObjectName("ledgerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search problems, targets, measures (Ctrl+F)"))
        self.search.setMinimumWidth(280)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.branch)
        header.addWidget(self.year_label)
        header.addWidget(self.year)
        header.addWidget(self.search)

        self.cards = {
            "open": SummaryCard(self.tr("Open")),
            "overdue": SummaryCard(self.tr("Overdue")),
            "due_soon": SummaryCard(self.tr("Due within 7 days")),
            "closed": SummaryCard(self.tr("Closed after review")),
        }
        cards = QGridLayout()
        cards.setHorizontalSpacing(12)
        for column, card in enumerate(self.cards.values()):
            card.setMaximumHeight(CARD_HEIGHT)
            cards.addWidget(card, 0, column)
            cards.setColumnStretch(column, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("ledgerTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._ledger(language, today), self.tr("Problem ledger"))
        self.tabs.addTab(self._inspections(), self.tr("Inspections"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(cards)
        layout.addWidget(self.tabs, 1)

    def _ledger(self, language: str, today: dt.date) -> QWidget:
        self.status = QComboBox()
        self.status.setObjectName("ledgerStatus")
        self.status.addItem(self.tr("All statuses"), None)
        for status in ProblemStatus:
            self.status.addItem(problem_status_label(status), status.value)
        self.status.addItem(overdue_label(), OVERDUE)
        self.source = QComboBox()
        self.source.setObjectName("ledgerSource")
        self.source.addItem(self.tr("All sources"), None)
        for source in ProblemSource:
            self.source.addItem(problem_source_label(source), source.value)
        self.category = QComboBox()
        self.category.setObjectName("ledgerCategory")
        self.category.setMinimumContentsLength(6)
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.responsible = QLineEdit()
        self.responsible.setObjectName("ledgerResponsible")
        self.responsible.setClearButtonEnabled(True)
        clear_button_tip(self.responsible, self.tr("Show every responsible person"))
        self.responsible.setMinimumWidth(140)
        self.deadline_from = OptionalDateEdit(language, today=today, future=True)
        self.deadline_from.setObjectName("ledgerDeadlineFrom")
        self.deadline_to = OptionalDateEdit(language, today=today, future=True)
        self.deadline_to.setObjectName("ledgerDeadlineTo")
        self.inspection = QComboBox()
        self.inspection.setObjectName("ledgerInspection")
        self.inspection.setMinimumContentsLength(10)
        self.inspection.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.clear_filters = QPushButton(self.tr("Clear filters"))
        self.clear_filters.setObjectName("clearLedgerFilters")
        self.responsible.setPlaceholderText(self.tr("Part of a name"))
        first, second = QHBoxLayout(), QHBoxLayout()
        for row, pairs in (
            (
                first,
                (
                    _labelled(self.tr("Status"), self.status),
                    _labelled(self.tr("Source"), self.source),
                    _labelled(self.tr("Category"), self.category),
                    _labelled(self.tr("Inspection"), self.inspection),
                ),
            ),
            (
                second,
                (
                    _labelled(self.tr("Deadline from"), self.deadline_from),
                    _labelled(self.tr("to"), self.deadline_to),
                    _labelled(self.tr("Responsible person"), self.responsible),
                ),
            ),
        ):
            row.setSpacing(6)
            for label, widget in pairs:
                row.addWidget(label)
                row.addWidget(widget)
                row.addSpacing(10)
            row.addStretch(1)
        second.addWidget(self.clear_filters)

        self.new_button = QPushButton(self.tr("New problem…"))
        self.new_button.setObjectName("newProblemButton")
        self.new_button.setToolTip(
            self.tr("Put a problem on the ledger: pointed out, raised or found (Ctrl+N)")
        )
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editProblemButton")
        self.edit_button.setToolTip(self.tr("Open the selected problem (Enter)"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteProblemButton")
        self.print_button = QPushButton(self.tr("Print ledger…"))
        self.print_button.setObjectName("printLedgerButton")
        self.print_button.setToolTip(self.tr("The year's rectification ledger of the branch"))
        self.count = QLabel()
        self.count.setObjectName("hint")
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)

        self.table = list_table("problemTable")
        self.table.setSortingEnabled(True)
        self.table.setToolTip(self.tr("Double-click a problem to open it"))
        self.empty = empty_state()
        self.stack = stacked(self.table, self.empty)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)
        return page

    def _inspections(self) -> QWidget:
        self.new_inspection = QPushButton(self.tr("New inspection…"))
        self.new_inspection.setObjectName("newInspectionButton")
        self.new_inspection.setToolTip(
            self.tr("Record a routine, annual or special inspection, or a patrol (Ctrl+N)")
        )
        self.edit_inspection = QPushButton(self.tr("Edit…"))
        self.edit_inspection.setObjectName("editInspectionButton")
        self.delete_inspection = QPushButton(self.tr("Delete"))
        self.delete_inspection.setObjectName("deleteInspectionButton")
        self.raise_button = QPushButton(self.tr("Raise a problem…"))
        self.raise_button.setObjectName("raiseProblemButton")
        self.raise_button.setToolTip(
            self.tr("Put a problem this inspection found on the ledger, linked to it")
        )
        self.show_problems = QPushButton(self.tr("Show its problems"))
        self.show_problems.setObjectName("showProblemsButton")
        self.print_inspection = QPushButton(self.tr("Print its ledger…"))
        self.print_inspection.setObjectName("printInspectionButton")
        self.print_inspection.setToolTip(
            self.tr("The rectification ledger of the selected inspection")
        )
        buttons = QHBoxLayout()
        for button in (
            self.new_inspection,
            self.edit_inspection,
            self.delete_inspection,
        ):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.raise_button)
        buttons.addWidget(self.show_problems)
        buttons.addStretch(1)
        buttons.addWidget(self.print_inspection)
        self.inspections = list_table("inspectionTable")
        self.inspections.setToolTip(self.tr("Double-click an inspection to edit it"))
        self.no_inspections = empty_state()
        self.inspections_stack = stacked(self.inspections, self.no_inspections)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(buttons)
        layout.addWidget(self.inspections_stack, 1)
        return page

    def configure_columns(self) -> None:
        """Once the models are set: the problem and the scope take the room (the problem at
        least DESCRIPTION_MIN_WIDTH), the other columns fit their text."""
        self.fitted = []
        for table, wide in (
            (self.table, ProblemColumn.DESCRIPTION),
            (self.inspections, InspectionColumn.SCOPE),
        ):
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(wide, QHeaderView.ResizeMode.Interactive)
            self.fitted.append(fit_all_but(table, wide))
        self.keep_room = KeepRoom(self.table, ProblemColumn.DESCRIPTION, DESCRIPTION_MIN_WIDTH)
        self.inspections.horizontalHeader().setSectionResizeMode(
            InspectionColumn.SCOPE, QHeaderView.ResizeMode.Stretch
        )
