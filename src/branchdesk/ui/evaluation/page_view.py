"""Layout of the 民主评议 page: branch and year, the empty state, or the round's cards,
its one-third warning, its members and their buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from branchdesk.ui.evaluation.models import Column
from branchdesk.ui.widgets.layout import hint
from branchdesk.ui.widgets.summary_card import SummaryCard
from branchdesk.ui.widgets.tables import fit_all_but, list_table

YEAR_RANGE = (2000, 2100)
EMPTY_WIDTH = 760
# The one-third warning stands out from the page: the amber of a notice, a stronger border.
WARNING_STYLE = (
    "QFrame#excellentWarning { background: #FFF4E5; border: 1px solid #F5A623;"
    " border-radius: 6px; }"
    " QLabel#warningTitle { color: #8A4B00; font-weight: 600; }"
    " QLabel#warningText { color: #5F3700; }"
)
STEP_STYLE = "QLabel#stepNumber { color: #B3261E; font-size: 18px; font-weight: 600; }"


def _button(text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    if tip:
        button.setToolTip(tip)
    return button


class EvaluationView(QWidget):
    """Widgets only; EvaluationPage fills them and wires them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Democratic evaluation"))
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        self.branch = QComboBox()
        self.branch.setObjectName("evaluationBranch")
        self.branch.hide()  # shown when the archive holds more than one branch
        self.year_label = QLabel(self.tr("Year:"))
        self.year = QSpinBox()
        self.year.setObjectName("evaluationYear")
        self.year.setRange(*YEAR_RANGE)
        self.year_label.setBuddy(self.year)
        self.round_button = _button(
            self.tr("Edit arrangements…"),
            "editRoundButton",
            self.tr("The date the grades were settled, the meeting's minutes, notes"),
        )
        self.delete_round_button = _button(
            self.tr("Delete evaluation…"),
            "deleteRoundButton",
            self.tr("Delete this year's round with everything recorded in it"),
        )
        # The subtitle (date, minutes' title) can be long: on its own line, never widening
        # the window.
        self.subtitle.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.branch)
        header.addWidget(self.year_label)
        header.addWidget(self.year)
        header.addSpacing(8)
        header.addWidget(self.round_button)
        header.addWidget(self.delete_round_button)

        self.empty = self._build_empty()
        self.content = self._build_content()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.content)
        self.pages.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.pages, 1)

    # no round yet ------------------------------------------------------------------------

    def _build_empty(self) -> QWidget:
        self.empty_title = QLabel()
        self.empty_title.setObjectName("emptyTitle")
        self.empty_title.setWordWrap(True)
        self.empty_intro = hint(
            self.tr("Every year the branch evaluates its Party members in four steps:")
        )
        steps = QHBoxLayout()
        steps.setSpacing(8)
        procedure = (
            (
                self.tr("Self-assessment"),
                self.tr("Each member sums up their year: strengths, shortcomings, plans."),
            ),
            (
                self.tr("Peer votes"),
                self.tr("The other members vote a grade for each member."),
            ),
            (
                self.tr("Masses votes"),
                self.tr("Students and colleagues who are not members vote too."),
            ),
            (
                self.tr("Branch grading"),
                self.tr("The branch committee or assembly writes its opinion and the grade."),
            ),
        )
        for number, (name, text) in enumerate(procedure, start=1):
            if number > 1:
                arrow = QLabel("→")
                arrow.setObjectName("hint")
                steps.addWidget(arrow)
            steps.addWidget(self._step(number, name, text), 1)
        self.empty_text = hint()
        self.open_button = _button("", "openRoundButton")
        self.open_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.empty_title)
        column.addSpacing(6)
        column.addWidget(self.empty_intro)
        column.addLayout(steps)
        column.addSpacing(6)
        column.addWidget(self.empty_text)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addStretch(2)
        frame = QWidget()
        frame.setMaximumWidth(EMPTY_WIDTH)
        frame.setLayout(column)
        empty = QWidget()
        empty.setObjectName("evaluationEmpty")
        layout = QHBoxLayout(empty)
        layout.addStretch(1)
        layout.addWidget(frame, 4)
        layout.addStretch(1)
        return empty

    @staticmethod
    def _step(number: int, name: str, text: str) -> QFrame:
        box = QFrame()
        box.setObjectName("panel")
        box.setStyleSheet(STEP_STYLE)
        digit = QLabel(str(number))
        digit.setObjectName("stepNumber")
        title = QLabel(name)
        title.setObjectName("subsectionTitle")
        title.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(2)
        layout.addWidget(digit)
        layout.addWidget(title)
        layout.addWidget(hint(text))
        layout.addStretch(1)
        return box

    # a round -----------------------------------------------------------------------------

    def _build_content(self) -> QWidget:
        self.cards = {
            "members": SummaryCard(self.tr("Members evaluated")),
            "complete": SummaryCard(self.tr("Complete")),
            "excellent": SummaryCard(self.tr("Graded excellent")),
            "weak": SummaryCard(self.tr("Basically qualified / unqualified")),
        }
        cards = QGridLayout()
        cards.setHorizontalSpacing(12)
        for column, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, column)
            cards.setColumnStretch(column, 1)

        self.warning = QFrame()
        self.warning.setObjectName("excellentWarning")
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning_title = QLabel()
        self.warning_title.setObjectName("warningTitle")
        self.warning_title.setWordWrap(True)
        self.warning_text = QLabel()
        self.warning_text.setObjectName("warningText")
        self.warning_text.setWordWrap(True)
        sign = QLabel("⚠")
        sign.setStyleSheet("color: #E37400; font-size: 22px;")
        sign.setAlignment(Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.warning_title)
        texts.addWidget(self.warning_text)
        banner = QHBoxLayout(self.warning)
        banner.setContentsMargins(14, 8, 14, 8)
        banner.setSpacing(10)
        banner.addWidget(sign)
        banner.addLayout(texts, 1)
        self.warning.hide()

        self.record_button = _button(
            self.tr("Record evaluation…"),
            "recordEvaluationButton",
            self.tr("Self-assessment, votes and grade of the selected member (Enter)"),
        )
        self.add_button = _button(
            self.tr("Add members…"),
            "addEvaluatedButton",
            self.tr("Add members of the branch who were left out"),
        )
        self.remove_button = _button(
            self.tr("Remove from round…"),
            "removeEvaluatedButton",
            self.tr("Take the selected member out of this year's evaluation"),
        )
        self.print_sheet_button = _button(
            self.tr("Print evaluation form…"),
            "printSheetButton",
            self.tr("The selected member's democratic evaluation form (Ctrl+P)"),
        )
        self.print_summary_button = _button(
            self.tr("Print summary…"),
            "printSummaryButton",
            self.tr("The round's summary table: votes and grades of every member"),
        )
        self.print_book_button = _button(
            self.tr("Print all forms…"),
            "printBookButton",
            self.tr("The summary table, then every member's form from a new page"),
        )
        actions = QHBoxLayout()
        for button in (self.record_button, self.add_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.print_sheet_button, self.print_summary_button, self.print_book_button):
            actions.addWidget(button)

        self.search = QLineEdit()
        self.search.setObjectName("evaluationSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name or pinyin initials (Ctrl+F)"))
        self.search.setMinimumWidth(260)
        self.only_incomplete = QCheckBox(self.tr("Only incomplete"))
        self.only_incomplete.setObjectName("onlyIncomplete")
        self.only_incomplete.setToolTip(
            self.tr("Show only members whose evaluation still lacks a part")
        )
        self.shown = hint()
        self.shown.setWordWrap(False)
        filters = QHBoxLayout()
        filters.addWidget(self.search)
        filters.addSpacing(8)
        filters.addWidget(self.only_incomplete)
        filters.addStretch(1)
        filters.addWidget(self.shown)

        self.table = list_table("evaluationTable")
        self.table.setSortingEnabled(True)
        self.table.setToolTip(self.tr("Double-click a member to record their evaluation"))
        self.no_rows = hint()
        self.no_rows.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_rows.setMargin(24)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.no_rows)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(cards)
        layout.addWidget(self.warning)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.table_stack, 1)
        return content

    def configure_columns(self) -> None:
        """Once the model is set: what is missing takes the room, the rest fit their text."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.MISSING, QHeaderView.ResizeMode.Stretch)
        self.fitted = fit_all_but(self.table, Column.MISSING)
