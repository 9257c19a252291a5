"""Layout of the roster import wizard: step bar, four steps in a stack, busy bar and buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchdesk.ui.members.roster_import.models import FIELD_KEYS, field_label, not_imported_label
from branchdesk.ui.style import ACCENT
from branchdesk.ui.widgets.summary_card import SummaryCard

# Cells breathe a little, and the headers look like the rest of the program's tables.
STYLE = f"""
QTableView::item {{ padding: 0 6px; }}
QTableView QHeaderView::section {{
    padding: 4px 6px;
    border: none;
    border-right: 1px solid #DADCE0;
    border-bottom: 1px solid #DADCE0;
    background: #F6F7F9;
}}
QLabel#importStep {{ color: #80868B; padding: 2px 0; }}
QLabel#importStep[current="true"] {{ color: {ACCENT}; font-weight: 600; }}
QLabel#importStep[done="true"] {{ color: #202124; }}
QLabel#importStepArrow {{ color: #BDC1C6; }}
QLabel#cardNumber[problem="true"] {{ color: {ACCENT}; }}
QFrame#importStepBar {{ border-bottom: 1px solid #DADCE0; }}
"""
MAPPING_ROW_PADDING = 8  # pixels above and below the combo in a mapping row


def _hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def _error() -> QLabel:
    label = QLabel()
    label.setObjectName("errorText")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _page(*widgets: QWidget, stretch: QWidget | None = None) -> QWidget:
    """A step: widgets from the top; ``stretch`` takes the spare height (else a spacer does)."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(24, 16, 24, 8)
    layout.setSpacing(10)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is stretch else 0)
    if stretch is None:
        layout.addStretch(1)
    return page


class ImportWizardView(QWidget):
    """Widgets only; ImportWizard fills them, wires them and moves between the steps."""

    FILE, MAPPING, PREVIEW, RESULT = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.title = QLabel(self.tr("Import a member roster"))
        self.title.setObjectName("pageTitle")
        self.steps = [
            QLabel(self.tr("1 Choose the file")),
            QLabel(self.tr("2 Match the columns")),
            QLabel(self.tr("3 Check the rows")),
            QLabel(self.tr("4 Import")),
        ]
        step_bar = QFrame()
        step_bar.setObjectName("importStepBar")
        bar = QHBoxLayout(step_bar)
        bar.setContentsMargins(24, 14, 24, 12)
        bar.setSpacing(10)
        bar.addWidget(self.title)
        bar.addStretch(1)
        for number, label in enumerate(self.steps):
            label.setObjectName("importStep")
            if number:
                arrow = QLabel("›")
                arrow.setObjectName("importStepArrow")
                bar.addWidget(arrow)
            bar.addWidget(label)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._file_page())
        self.stack.addWidget(self._mapping_page())
        self.stack.addWidget(self._preview_page())
        self.stack.addWidget(self._result_page())

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # how long reading takes is unknown: a moving bar
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(140)
        self.busy.hide()
        self.status = _hint()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("importBack")
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("importNext")
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("importCancel")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(24, 10, 24, 14)
        buttons.setSpacing(8)
        buttons.addWidget(self.busy)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        footer = QFrame()
        footer.setObjectName("importStepBar")  # the same thin rule, above the buttons
        footer.setFrameShape(QFrame.Shape.HLine)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(step_bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(footer)
        layout.addLayout(buttons)

    # the steps -------------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file chosen yet"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setObjectName("importChoose")
        file_row = QHBoxLayout()
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose_button)
        self.branch = QComboBox()
        self.branch.setObjectName("importBranch")
        self.branch.setMinimumWidth(320)
        self.skip_existing = QRadioButton(self.tr("Skip them: their files stay as they are"))
        self.skip_existing.setObjectName("importSkipExisting")
        self.skip_existing.setChecked(True)
        self.update_existing = QRadioButton(
            self.tr("Update them with the roster's values (empty cells change nothing)")
        )
        self.update_existing.setObjectName("importUpdateExisting")
        self.existing_group = QButtonGroup(self)
        self.existing_group.addButton(self.skip_existing)
        self.existing_group.addButton(self.update_existing)
        existing = QVBoxLayout()
        existing.setContentsMargins(0, 2, 0, 0)
        existing.setSpacing(6)
        existing.addWidget(self.skip_existing)
        existing.addWidget(self.update_existing)
        existing.addWidget(
            _hint(self.tr("People are matched by ID number, or else by student/staff number."))
        )

        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(14)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Excel file:"), file_row)
        form.addRow(self.tr("Import into:"), self.branch)
        form.addRow(self.tr("People already on file:"), existing)
        form_box = QWidget()
        form_box.setLayout(form)
        form_box.setMaximumWidth(760)

        intro = _hint(
            self.tr(
                "Choose a roster saved as an Excel workbook (.xlsx). Its first sheet is read; "
                "title rows above the headers are fine. Rows that name another branch go "
                "there; the others go into the branch chosen here."
            )
        )
        promise = _hint(
            self.tr(
                "Nothing is written until you click Import on the last step, and a safety "
                "copy of the archive is made first."
            )
        )
        self.file_error = _error()
        return _page(intro, form_box, self.file_error, promise)

    def _mapping_page(self) -> QWidget:
        self.source = QLabel()
        self.source.setObjectName("subsectionTitle")
        self.source.setWordWrap(True)
        explain = _hint(
            self.tr(
                "Check which field each column of the file fills, and correct it where the "
                "guess is wrong. Columns set to “Not imported” are left out; each field "
                "takes one column."
            )
        )
        self.no_name = _error()
        self.no_name.setText(
            self.tr(
                "No column is mapped to the name (姓名). Choose “{name}” for the column that "
                "holds the names."
            ).format(name=field_label("name"))
        )
        self.mapping_table = _table("importMappingTable")
        self.mapping_error = _error()
        return _page(
            self.source,
            explain,
            self.no_name,
            self.mapping_table,
            self.mapping_error,
            stretch=self.mapping_table,
        )

    def field_combo(self) -> QComboBox:
        """A combo of every importable field, plus “Not imported” (data None) first."""
        box = QComboBox()
        box.addItem(not_imported_label(), None)
        for key in FIELD_KEYS:
            box.addItem(field_label(key), key)
        box.setMaxVisibleItems(len(FIELD_KEYS) + 1)
        return box

    def mapping_row_height(self) -> int:
        return self.field_combo().sizeHint().height() + MAPPING_ROW_PADDING

    def _preview_page(self) -> QWidget:
        self.create_card = SummaryCard(self.tr("New files"))
        self.update_card = SummaryCard(self.tr("Files updated"))
        self.skip_card = SummaryCard(self.tr("Skipped (already on file)"))
        self.reject_card = SummaryCard(self.tr("Rows with errors"))
        cards = QHBoxLayout()
        cards.setContentsMargins(0, 0, 0, 0)
        cards.setSpacing(12)
        for card in (self.create_card, self.update_card, self.skip_card, self.reject_card):
            cards.addWidget(card, 1)
        cards_box = QWidget()
        cards_box.setLayout(cards)
        self.preview_notes = _hint()
        self.preview_notes.hide()
        self.only_problems = QCheckBox(self.tr("Show only rows with errors"))
        self.only_problems.setObjectName("importOnlyProblems")
        self.preview_table = _table("importPreviewTable")
        self.line_detail = _hint()
        self.line_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.line_detail.hide()
        self.skip_bad = QCheckBox()
        self.skip_bad.setObjectName("importSkipBad")
        self.bad_hint = _hint(
            self.tr(
                "To import those rows too, correct them in Excel, save the file, and go back "
                "to step 1 to read it again."
            )
        )
        self.preview_error = _error()
        return _page(
            cards_box,
            self.preview_notes,
            self.only_problems,
            self.preview_table,
            self.line_detail,
            self.skip_bad,
            self.bad_hint,
            self.preview_error,
            stretch=self.preview_table,
        )

    def _result_page(self) -> QWidget:
        self.result_title = QLabel()
        self.result_title.setObjectName("sectionTitle")
        self.result_title.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # one transaction: no steps to count
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(480)
        self.created_card = SummaryCard(self.tr("New files"))
        self.updated_card = SummaryCard(self.tr("Files updated"))
        self.skipped_card = SummaryCard(self.tr("Skipped (already on file)"))
        self.rejected_card = SummaryCard(self.tr("Rows not imported"))
        cards = QHBoxLayout()
        cards.setContentsMargins(0, 0, 0, 0)
        cards.setSpacing(12)
        for card in (self.created_card, self.updated_card, self.skipped_card, self.rejected_card):
            cards.addWidget(card, 1)
        self.result_cards = QWidget()
        self.result_cards.setLayout(cards)
        self.snapshot = _hint()
        self.snapshot.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_hint = _hint(
            self.tr(
                "The people imported are now on the Member files page, and the import is "
                "recorded in the audit trail."
            )
        )
        self.result_hint.hide()
        self.result_error = _error()
        return _page(
            self.result_title,
            self.progress,
            self.result_cards,
            self.snapshot,
            self.result_hint,
            self.result_error,
        )

    # showing the step ------------------------------------------------------------------

    @staticmethod
    def mark_problem(card: SummaryCard, problem: bool) -> None:
        """The card's figure in red when it counts rows with errors."""
        card.number.setProperty("problem", problem)
        card.number.style().unpolish(card.number)
        card.number.style().polish(card.number)

    def show_step(self, step: int) -> None:
        """Switch to ``step`` and mark it (and the ones done) in the step bar."""
        self.stack.setCurrentIndex(step)
        for number, label in enumerate(self.steps):
            label.setProperty("current", number == step)
            label.setProperty("done", number < step)
            label.style().unpolish(label)
            label.style().polish(label)
