"""The roster import wizard (导入党员名册): choose the file, match columns, check rows, import.

io/roster_import does the work: reading and the preview write nothing; applying takes a
safety snapshot, then writes every good row in one unit of work (all or nothing), as the
command line does. Reading, previewing and applying run off the GUI thread, so a roster of
thousands of rows never freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QVBoxLayout, QWidget

from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.services.settings import list_branches
from branchdesk.io.headers import ColumnMapping, correct_mapping
from branchdesk.io.roster_file import RosterFile
from branchdesk.io.roster_plan import ImportAction, ImportPreview, ImportResult
from branchdesk.ui.context import AppContext
from branchdesk.ui.i18n import qt_translate
from branchdesk.ui.members.roster_import.lines import join_names, preview_lines, row_names
from branchdesk.ui.members.roster_import.models import (
    MappingColumn,
    MappingModel,
    PreviewColumn,
    PreviewModel,
)
from branchdesk.ui.members.roster_import.wizard_view import ImportWizardView
from branchdesk.ui.ops import run_in_background
from branchdesk.ui.validation import validation_message

DIALOG_SIZE = (1000, 700)
# Preview and mapping column widths (pixels); the last column takes the rest.
PREVIEW_WIDTHS = {
    PreviewColumn.ROW: 56,
    PreviewColumn.NAME: 110,
    PreviewColumn.ACTION: 150,
    PreviewColumn.COLUMN: 170,
}
MAPPING_WIDTHS = {MappingColumn.LETTER: 56, MappingColumn.HEADER: 220, MappingColumn.FIELD: 230}


class ImportWizard(QDialog):
    """Four steps on one dialog; nothing is written before the clerk clicks Import."""

    imported = Signal(object)  # the ImportResult, once the import is committed

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Import member roster"))
        self.view = ImportWizardView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(*DIALOG_SIZE)

        self.mapping_model = MappingModel(self)
        self.preview_model = PreviewModel(self)
        view = self.view
        view.mapping_table.setModel(self.mapping_model)
        view.preview_table.setModel(self.preview_model)
        for column, width in MAPPING_WIDTHS.items():
            view.mapping_table.horizontalHeader().resizeSection(column, width)
        view.mapping_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.mapping_table.verticalHeader().setDefaultSectionSize(view.mapping_row_height())
        for column, width in PREVIEW_WIDTHS.items():
            view.preview_table.horizontalHeader().resizeSection(column, width)

        self.path: Path | None = None
        self.roster: RosterFile | None = None
        self.mapping: ColumnMapping | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self._combos: list[QComboBox] = []
        self._asked = 0  # background calls started
        self._waiting = 0  # the call whose answer is awaited (0: none)
        self._applying = False

        with context.database.reading() as session:
            branches = list_branches(session)
        for branch in branches:
            view.branch.addItem(branch.name, branch.id)
        if not branches:
            view.file_error.setText(
                self.tr("The archive has no branch yet: enter your branch in Settings first.")
            )
            view.file_error.show()

        view.choose_button.clicked.connect(self.choose_file)
        view.back_button.clicked.connect(self.go_back)
        view.next_button.clicked.connect(self.go_next)
        view.cancel_button.clicked.connect(self._cancel_clicked)
        view.skip_bad.toggled.connect(lambda _checked: self._update_buttons())
        view.only_problems.toggled.connect(self.preview_model.set_only_problems)
        view.preview_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_line(current.row())
        )
        self.preview_model.modelReset.connect(lambda: self._show_line(-1))
        view.show_step(ImportWizardView.FILE)
        self._update_buttons()
        view.choose_button.setFocus()

    @classmethod
    def ask_path(cls, parent: QWidget | None) -> Path | None:
        """The roster workbook to read, or None when the clerk cancelled."""
        path, _chosen = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ImportWizard", "Choose the member roster"),
            "",
            QCoreApplication.translate("ImportWizard", "Excel workbook (*.xlsx)"),
        )
        return Path(path) if path else None

    @classmethod
    def start(cls, context: AppContext, parent: QWidget | None = None) -> ImportWizard:
        """Open the wizard window-modal without blocking; it deletes itself when closed."""
        wizard = cls(context, parent)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    # state -----------------------------------------------------------------------------

    def step(self) -> int:
        return self.view.stack.currentIndex()

    def is_busy(self) -> bool:
        """True while the file is read, the preview planned or the import applied."""
        return self._waiting != 0

    def _update_buttons(self) -> None:
        view, step = self.view, self.step()
        busy = self.is_busy()
        view.stack.setEnabled(not busy)
        view.back_button.setVisible(step != ImportWizardView.FILE and self.result is None)
        view.back_button.setEnabled(not busy and not self._applying)
        view.next_button.setVisible(step != ImportWizardView.RESULT)
        view.next_button.setText(
            self.tr("Import") if step == ImportWizardView.PREVIEW else self.tr("Next")
        )
        view.next_button.setEnabled(not busy and self._can_go_on())
        view.cancel_button.setEnabled(not self._applying)
        view.cancel_button.setText(self.tr("Close") if self.result else self.tr("Cancel"))

    def _can_go_on(self) -> bool:
        step = self.step()
        if step == ImportWizardView.FILE:
            return self.path is not None and self.view.branch.count() > 0
        if step == ImportWizardView.MAPPING:
            return self.mapping is not None and self.mapping.has("name")
        if step == ImportWizardView.PREVIEW:
            preview = self.preview
            if preview is None:
                return False
            work = preview.count(ImportAction.CREATE) + preview.count(ImportAction.UPDATE)
            return work > 0 and (not preview.has_errors or self.view.skip_bad.isChecked())
        return False

    def _go(self, step: int) -> None:
        self.view.show_step(step)
        self.view.status.clear()
        self._update_buttons()

    # moving between the steps ----------------------------------------------------------

    def choose_file(self) -> None:
        path = self.ask_path(self)
        if path is None:
            return
        self.path = path
        self.view.path.setText(str(path))
        self.view.path.setToolTip(str(path))
        self.view.file_error.hide()
        self._update_buttons()

    def go_next(self) -> None:
        if not self.view.next_button.isEnabled():
            return
        step = self.step()
        if step == ImportWizardView.FILE:
            self._read()
        elif step == ImportWizardView.MAPPING:
            self._plan()
        elif step == ImportWizardView.PREVIEW:
            self._apply()

    def go_back(self) -> None:
        step = self.step()
        if self.is_busy() or self._applying or step == ImportWizardView.FILE:
            return
        if step == ImportWizardView.RESULT:
            self._go(ImportWizardView.PREVIEW)  # the import failed: the preview still holds
        else:
            self._go(step - 1)

    def _cancel_clicked(self) -> None:
        if self.result is not None:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        """Cancel, Esc or closing: the answer of a read or preview in flight is dropped.

        While the import is applied the dialog stays: the transaction commits or rolls back
        as a whole, and the clerk should see which.
        """
        if self._applying:
            self.view.status.setText(self.tr("Please wait until the import has finished."))
            return
        self._waiting = 0
        super().reject()

    # background calls ------------------------------------------------------------------

    def _run(
        self,
        call: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        message: str,
    ) -> None:
        self._asked += 1
        asked = self._asked
        self._waiting = asked
        self.view.busy.show()
        self.view.status.setText(message)
        self._update_buttons()
        run_in_background(
            call,
            on_success=lambda result: self._deliver(asked, on_success, result),
            on_failure=lambda error: self._deliver(asked, on_failure, error),
            owner=self,
        )

    def _deliver(self, asked: int, callback: Callable[[Any], None], value: Any) -> None:
        if asked != self._waiting:
            return  # cancelled meanwhile
        self._waiting = 0
        self.view.busy.hide()
        self.view.status.clear()
        callback(value)
        self._update_buttons()

    def _message(self, error: Exception) -> str:
        """One sentence for the clerk, in their language."""
        if isinstance(error, ValidationError):
            return validation_message(error)
        if isinstance(error, BranchDeskError):
            return error.text(qt_translate)
        if isinstance(error, OSError):
            return self.tr("The file could not be opened ({error}).").format(
                error=error.strerror or error
            )
        return self.tr("Something went wrong: {error}").format(error=error)

    # step 1 → 2: read the workbook -----------------------------------------------------

    def _read(self) -> None:
        from branchdesk.io.roster_file import read_roster

        path = self.path
        assert path is not None
        self.view.file_error.hide()
        self._run(
            lambda: read_roster(path),
            self._read_done,
            self._read_failed,
            self.tr("Reading {name}…").format(name=path.name),
        )

    def _read_done(self, roster: RosterFile) -> None:
        previous = self.roster
        same_layout = (
            previous is not None
            and previous.path == roster.path
            and previous.headers == roster.headers
            and self.mapping is not None
        )
        # Reading the same file again (corrected in Excel meanwhile) keeps the clerk's mapping.
        self.mapping = self.mapping if same_layout else roster.mapping
        self.roster = roster
        self.preview = None
        assert self.mapping is not None
        self.mapping_model.set_roster(roster, self.mapping)
        self._make_combos()
        self.view.source.setText(
            self.tr(
                "{file}, sheet “{sheet}”: headers on row {header}, {count} rows of data"
            ).format(
                file=roster.path.name,
                sheet=roster.sheet,
                header=roster.header_row,
                count=len(roster.rows),
            )
        )
        self.view.mapping_error.hide()
        self._show_mapping()
        self._go(ImportWizardView.MAPPING)

    def _read_failed(self, error: Exception) -> None:
        self.view.file_error.setText(self._message(error))
        self.view.file_error.show()

    # step 2: the column mapping --------------------------------------------------------

    def _make_combos(self) -> None:
        table = self.view.mapping_table
        self._combos = []
        for row in range(self.mapping_model.rowCount()):
            combo = self.view.field_combo()
            combo.setObjectName(f"importField{row}")
            combo.currentIndexChanged.connect(lambda _index, r=row: self._field_chosen(r))
            table.setIndexWidget(self.mapping_model.index(row, MappingColumn.FIELD), combo)
            self._combos.append(combo)

    def combo_for(self, column: int) -> QComboBox:
        """The field combo of spreadsheet column ``column`` (0-based)."""
        return self._combos[column]

    def _show_mapping(self) -> None:
        mapping = self.mapping
        assert mapping is not None
        self.mapping_model.set_mapping(mapping)
        for row, combo in enumerate(self._combos):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(self.mapping_model.field_of(row)), 0))
            combo.blockSignals(False)
        self.view.no_name.setVisible(not mapping.has("name"))
        self._update_buttons()

    def _field_chosen(self, column: int) -> None:
        """The clerk picked a field for a column: that column feeds it, no other one does."""
        assert self.mapping is not None
        key = self.combo_for(column).currentData()
        current = self.mapping_model.field_of(column)
        if key == current:
            return
        corrections: dict[str, int | None] = {key: column} if key else {str(current): None}
        self.mapping = correct_mapping(self.mapping, corrections)
        self.preview = None
        self._show_mapping()

    # step 2 → 3: the dry run -----------------------------------------------------------

    def _plan(self) -> None:
        from branchdesk.io.roster_import import preview_import

        roster, mapping = self.roster, self.mapping
        assert roster is not None
        assert mapping is not None
        database = self.context.database
        today = self.context.today()
        branch = self.view.branch.currentText()
        update = self.view.update_existing.isChecked()

        def plan() -> ImportPreview:
            with database.reading() as session:
                return preview_import(
                    session,
                    roster,
                    mapping,
                    today=today,
                    branch_name=branch,
                    update_existing=update,
                )

        self.view.mapping_error.hide()
        self._run(plan, self._planned, self._plan_failed, self.tr("Checking every row…"))

    def _plan_failed(self, error: Exception) -> None:
        self.view.mapping_error.setText(self._message(error))
        self.view.mapping_error.show()

    def _planned(self, preview: ImportPreview) -> None:
        self.preview = preview
        view = self.view
        roster, mapping = self.roster, self.mapping
        names = row_names(roster, mapping) if roster and mapping else {}
        language = self.context.language
        self.preview_model.set_lines(preview_lines(preview, names, language))
        view.create_card.set_value(str(preview.count(ImportAction.CREATE)))
        view.update_card.set_value(str(preview.count(ImportAction.UPDATE)))
        view.skip_card.set_value(str(preview.count(ImportAction.SKIP)))
        bad = len(preview.bad_rows)
        view.reject_card.set_value(str(bad))
        view.mark_problem(view.reject_card, bool(bad))
        view.skip_bad.setText(
            self.tr("Import the good rows and leave out the {count} rows with errors").format(
                count=bad
            )
        )
        view.skip_bad.setChecked(False)  # asked again after every change
        view.skip_bad.setVisible(bool(bad))
        view.bad_hint.setVisible(bool(bad))
        view.only_problems.setChecked(False)
        view.only_problems.setVisible(bool(bad))
        notes: list[str] = []
        if preview.new_groups:
            notes.append(
                self.tr("New party groups will be created: {names}.").format(
                    names=join_names((name for _branch, name in preview.new_groups), language)
                )
            )
        if not preview.count(ImportAction.CREATE) + preview.count(ImportAction.UPDATE):
            notes.append(self.tr("There is nothing to import from this file."))
        view.preview_notes.setText("\n".join(notes))
        view.preview_notes.setVisible(bool(notes))
        view.preview_error.hide()
        self._go(ImportWizardView.PREVIEW)

    def _show_line(self, row: int) -> None:
        """The whole reason or note of the selected line (the cell may cut it off)."""
        label = self.view.line_detail
        if not 0 <= row < self.preview_model.rowCount():
            label.hide()
            return
        line = self.preview_model.line(row)
        if not line.detail:
            label.hide()
            return
        where = (
            self.tr("Row {row}, {column}:").format(row=line.row, column=line.column)
            if line.column
            else self.tr("Row {row}:").format(row=line.row)
        )
        label.setText(f"{where} {line.detail}")
        label.show()

    # step 3 → 4: apply -----------------------------------------------------------------

    def _apply(self) -> None:
        from branchdesk.io.roster_import import apply_import

        preview = self.preview
        assert preview is not None
        database, actor = self.context.database, self.context.actor
        backup_dir = self.context.data_dir.safety_backups
        skip_bad = self.view.skip_bad.isChecked()
        view = self.view
        view.result_title.setText(self.tr("Importing… a safety copy of the archive is made first."))
        view.progress.show()
        view.result_cards.hide()
        view.snapshot.hide()
        view.result_hint.hide()
        view.result_error.hide()
        self._applying = True
        self._go(ImportWizardView.RESULT)
        self._run(
            lambda: apply_import(
                database, preview, actor=actor, backup_dir=backup_dir, skip_bad_rows=skip_bad
            ),
            self._applied,
            self._apply_failed,
            self.tr("Importing…"),
        )

    def _applied(self, result: ImportResult) -> None:
        self._applying = False
        self.result = result
        view = self.view
        view.progress.hide()
        view.result_title.setText(self.tr("The roster has been imported."))
        view.created_card.set_value(str(result.created))
        view.updated_card.set_value(str(result.updated))
        view.skipped_card.set_value(str(result.skipped))
        view.rejected_card.set_value(str(result.rejected))
        view.mark_problem(view.rejected_card, bool(result.rejected))
        view.result_cards.show()
        view.snapshot.setText(
            self.tr(
                "The archive as it was before the import is kept in a safety copy:\n{path}"
            ).format(path=result.snapshot)
        )
        view.snapshot.show()
        view.result_hint.show()
        self.context.show_status(
            self.tr("Imported the roster: {created} new, {updated} updated.").format(
                created=result.created, updated=result.updated
            )
        )
        self.context.data_changed()
        self.imported.emit(result)

    def _apply_failed(self, error: Exception) -> None:
        self._applying = False
        view = self.view
        view.progress.hide()
        view.result_title.setText(self.tr("Nothing was imported; the archive is as it was before."))
        view.result_error.setText(self._message(error))
        view.result_error.show()
