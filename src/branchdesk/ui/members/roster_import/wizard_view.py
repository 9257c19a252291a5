"""Layout of the roster import wizard: its four steps in the shared wizard frame."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchdesk.ui.members.roster_import.models import FIELD_KEYS, field_label, not_imported_label
from branchdesk.ui.style import ACCENT
from branchdesk.ui.widgets.layout import hint
from branchdesk.ui.widgets.step_wizard import STEP_STYLE, StepWizardView, error_label, step_page
from branchdesk.ui.widgets.summary_card import SummaryCard

# Cells breathe a little, and the headers look like the rest of the program's tables.
STYLE = (
    STEP_STYLE
    + f"""
QTableView::item {{ padding: 0 6px; }}
QTableView QHeaderView::section {{
    padding: 4px 6px;
    border: none;
    border-right: 1px solid #DADCE0;
    border-bottom: 1px solid #DADCE0;
    background: #F6F7F9;
}}
QLabel#cardNumber[problem="true"] {{ color: {ACCENT}; }}
"""
)
MAPPING_ROW_PADDING = 8  # pixels above and below the combo in a mapping row


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


class ImportWizardView(StepWizardView):
    """Widgets only; ImportWizard fills them, wires them and moves between the steps."""

    FILE, MAPPING, PREVIEW, RESULT = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Import a member roster"),
            [
                self.tr("1 Choose the file"),
                self.tr("2 Match the columns"),
                self.tr("3 Check the rows"),
                self.tr("4 Import"),
            ],
            parent,
            style=STYLE,
        )
        for page in (
            self._file_page(),
            self._mapping_page(),
            self._preview_page(),
            self._result_page(),
        ):
            self.add_step(page)

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
            hint(self.tr("People are matched by ID number, or else by student/staff number."))
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

        intro = hint(
            self.tr(
                "Choose a roster saved as an Excel workbook (.xlsx). Its first sheet is read; "
                "title rows above the headers are fine. Rows that name another branch go "
                "there; the others go into the branch chosen here."
            )
        )
        promise = hint(
            self.tr(
                "Nothing is written until you click Import on the last step, and a safety "
                "copy of the archive is made first."
            )
        )
        self.file_error = error_label()
        return step_page(intro, form_box, self.file_error, promise)

    def _mapping_page(self) -> QWidget:
        self.source = QLabel()
        self.source.setObjectName("subsectionTitle")
        self.source.setWordWrap(True)
        explain = hint(
            self.tr(
                "Check which field each column of the file fills, and correct it where the "
                "guess is wrong. Columns set to “Not imported” are left out; each field "
                "takes one column."
            )
        )
        self.no_name = error_label()
        self.no_name.setText(
            self.tr(
                "No column is mapped to the name (姓名). Choose “{name}” for the column that "
                "holds the names."
            ).format(name=field_label("name"))
        )
        self.mapping_table = _table("importMappingTable")
        self.mapping_error = error_label()
        return step_page(
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
        self.preview_notes = hint()
        self.preview_notes.hide()
        self.only_problems = QCheckBox(self.tr("Show only rows with errors"))
        self.only_problems.setObjectName("importOnlyProblems")
        self.preview_table = _table("importPreviewTable")
        self.line_detail = hint()
        self.line_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.line_detail.hide()
        self.skip_bad = QCheckBox()
        self.skip_bad.setObjectName("importSkipBad")
        self.bad_hint = hint(
            self.tr(
                "To import those rows too, correct them in Excel, save the file, and go back "
                "to step 1 to read it again."
            )
        )
        self.preview_error = error_label()
        return step_page(
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
        self.snapshot = hint()
        self.snapshot.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_hint = hint(
            self.tr(
                "The people imported are now on the Member files page, and the import is "
                "recorded in the audit trail."
            )
        )
        self.result_hint.hide()
        self.result_error = error_label()
        return step_page(
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
