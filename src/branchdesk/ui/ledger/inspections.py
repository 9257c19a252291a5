"""The 检查记录 tab of the 检查整改 page: record, correct and delete inspections, raise the
problems one found, show them on the ledger, print its ledger."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from branchdesk.core.enums import InspectionKind
from branchdesk.core.services.inspections import InspectionRow, delete_inspection
from branchdesk.ui.i18n import format_date
from branchdesk.ui.ledger.labels import INSPECTION_SOURCE, inspection_kind_label
from branchdesk.ui.ledger.models import IdRole, InspectionListModel

if TYPE_CHECKING:
    from branchdesk.reports.jobs import PrintJob
    from branchdesk.ui.ledger.page import LedgerPage
    from branchdesk.ui.printing.preview import PrintPreviewDialog


class InspectionsTab(QObject):
    """The inspections of the page's branch and year, and what is done with them."""

    def __init__(self, page: LedgerPage) -> None:
        super().__init__(page)
        self.page = page
        self.context = page.context
        self.model = InspectionListModel(page.context.language, self)
        self.select_after_load: int | None = None
        view = page.view
        view.inspections.setModel(self.model)
        view.inspections.activated.connect(lambda _index: self.edit_inspection())
        view.new_inspection.clicked.connect(lambda: self.new_inspection())
        view.edit_inspection.clicked.connect(self.edit_inspection)
        view.delete_inspection.clicked.connect(self.delete_inspection)
        view.raise_button.clicked.connect(self.raise_problem)
        view.show_problems.clicked.connect(self.show_problems)
        view.print_inspection.clicked.connect(self.print_ledger)

    def show(self, rows: list[InspectionRow], text_when_empty: str) -> None:
        """The year's inspections, the selection kept (or the one just recorded)."""
        view = self.page.view
        chosen = self.select_after_load or self.current_id()
        self.select_after_load = None
        self.model.set_rows(rows)
        row = self.model.row_of(chosen) if chosen is not None else None
        if row is not None:
            view.inspections.selectRow(row)
        view.no_inspections.setText(text_when_empty)
        view.inspections_stack.setCurrentWidget(view.inspections if rows else view.no_inspections)

    def current_id(self) -> int | None:
        rows = self.page.view.inspections.selectionModel().selectedRows()
        return rows[0].data(IdRole) if rows else None

    def current(self) -> InspectionRow | None:
        rows = self.page.view.inspections.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def update_buttons(self, has_branch: bool) -> None:
        view, chosen = self.page.view, self.current_id() is not None
        view.new_inspection.setEnabled(has_branch)
        for button in (
            view.edit_inspection,
            view.delete_inspection,
            view.raise_button,
            view.show_problems,
            view.print_inspection,
        ):
            button.setEnabled(chosen)

    # actions -------------------------------------------------------------------------------

    def new_inspection(
        self, kind: InspectionKind = InspectionKind.ROUTINE, *, year: int | None = None
    ) -> int | None:
        """新建检查: the inspection dialog; the inspection's id once saved. It is dated
        today, unless it is owed for a past ``year`` (then its date is the clerk's to enter)."""
        branch_id = self.page.branch_id()
        if branch_id is None:
            return None
        from branchdesk.ui.ledger.inspection_dialog import InspectionDialog

        today = self.context.today()
        saved = InspectionDialog.edit(
            self.context,
            None,
            branch_id=branch_id,
            kind=kind,
            inspected_on=today if year in (None, today.year) else None,
            parent=self.page.window(),
        )
        if saved is not None:
            self.select_after_load = saved
            self.page.refresh()
        return saved

    def edit_inspection(self) -> int | None:
        """编辑: the selected inspection."""
        inspection_id = self.current_id()
        if inspection_id is None:
            return None
        from branchdesk.ui.ledger.inspection_dialog import InspectionDialog

        return InspectionDialog.edit(self.context, inspection_id, parent=self.page.window())

    @classmethod
    def confirm_delete(cls, parent: QWidget, inspection: InspectionRow, language: str) -> bool:
        """Ask before deleting an inspection with the links of its files."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("InspectionsTab", "Delete inspection"),
            QCoreApplication.translate(
                "InspectionsTab", "Delete the {kind} of {date}? The audit trail keeps it."
            ).format(
                kind=inspection_kind_label(inspection.kind),
                date=format_date(inspection.inspected_on, language),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_inspection(self) -> bool:
        """删除: the selected inspection, after asking (refused while problems name it)."""
        inspection = self.current()
        if inspection is None or not self.confirm_delete(
            self.page, inspection, self.context.language
        ):
            return False
        kind = inspection_kind_label(inspection.kind)
        return self.page.write(
            lambda session: delete_inspection(session, inspection.id),
            self.tr("Delete inspection"),
            self.tr("Deleted the {kind}").format(kind=kind),
        )

    def raise_problem(self) -> int | None:
        """登记问题: a problem the selected inspection found, linked to it; its id once saved.

        Found on the inspection's day; the source follows its kind (labels.INSPECTION_SOURCE),
        the clerk may change both.
        """
        inspection = self.current()
        if inspection is None:
            return None
        from branchdesk.ui.ledger.problem_editor import ProblemEditor, new_draft

        draft = replace(
            new_draft(self.context.today(), inspection_id=inspection.id),
            source=INSPECTION_SOURCE[inspection.kind],
            found_on=inspection.inspected_on,
        )
        saved = ProblemEditor.raise_for(
            self.context, inspection.branch_id, draft, self.page.window()
        )
        if saved is not None:
            self.page.select_problem(saved)
        return saved

    def show_problems(self) -> None:
        """The ledger narrowed to the selected inspection's problems."""
        inspection_id = self.current_id()
        if inspection_id is not None:
            self.page.show_inspection(inspection_id)

    def job(self) -> PrintJob | None:
        """问题整改台账 of the selected inspection."""
        inspection_id = self.current_id()
        if inspection_id is None:
            return None
        from branchdesk.reports.jobs import ledger_job

        return ledger_job(
            self.context.database, inspection_id=inspection_id, today=self.context.today()
        )

    def print_ledger(self) -> PrintPreviewDialog | None:
        """The selected inspection's ledger in the print preview."""
        return self.page.preview(self.job, self.tr("Print ledger"))
