"""The inspection dialog: record or correct an inspection with its files, in one unit of work.

Core validates (core/services/inspections.py); its ValidationError is shown at the field it
names, what was typed stays, nothing partial is saved. The problems an inspection found are
raised from the page (登记问题…) and name it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QVBoxLayout, QWidget

from branchdesk.core.enums import InspectionKind
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.services.attachments import AttachmentDraft
from branchdesk.core.services.inspections import (
    InspectionDraft,
    inspection_draft,
    inspection_rows,
    list_inspection_files,
    record_inspection,
    save_inspection_files,
    update_inspection,
)
from branchdesk.core.services.settings import list_branches
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import EditDialog, MessageDialog
from branchdesk.ui.i18n import qt_translate
from branchdesk.ui.ledger.inspection_dialog_view import InspectionDialogView
from branchdesk.ui.ledger.labels import inspection_kind_label
from branchdesk.ui.validation import validation_message
from branchdesk.ui.widgets.field_errors import FieldErrors

DIALOG_SIZE = (640, 640)


class InspectionDialog(EditDialog):
    """A new inspection of ``branch_id`` (``inspection_id`` None), or a stored one."""

    def __init__(
        self,
        context: AppContext,
        inspection_id: int | None = None,
        *,
        branch_id: int | None = None,
        kind: InspectionKind = InspectionKind.ROUTINE,
        inspected_on: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.inspection_id = inspection_id
        self.saved_id: int | None = None
        self.view = view = InspectionDialogView(
            context.language, context.data_dir.attachments, today=context.today()
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        self.resize(*DIALOG_SIZE)
        self.errors = FieldErrors(
            view.fields,
            view.errors,
            view.error,
            lambda field: view.titles.get(field, field).removesuffix(" *"),
        )
        files: list[AttachmentDraft] = []
        with context.database.reading() as session:
            if inspection_id is not None:
                draft = inspection_draft(session, inspection_id)
                files = list_inspection_files(session, inspection_id)
                counted = next(
                    (
                        row
                        for row in inspection_rows(
                            session, draft.inspected_on.year, branch_id=draft.branch_id
                        )
                        if row.id == inspection_id
                    ),
                    None,
                )
            else:
                assert branch_id is not None
                draft = InspectionDraft(branch_id, kind, inspected_on, "")
                counted = None
            names = {branch.id: branch.name for branch in list_branches(session)}
        self._branch_id = draft.branch_id
        if len(names) > 1:
            view.branch.setText(names.get(draft.branch_id, ""))
        if counted is not None and counted.problems:
            view.problems.setText(
                self.tr(
                    "{count} problem(s) on the ledger came from this inspection, {open} still open."
                ).format(count=counted.problems, open=counted.open_problems)
            )
            view.problems.show()
        self._show(draft, files)
        self._baseline = self.state()

        view.kind.currentIndexChanged.connect(lambda: self._edited("kind"))
        view.day.changed.connect(lambda: self._edited("inspected_on"))
        view.inspector.textChanged.connect(lambda: self._edited("inspector"))
        view.scope.textChanged.connect(lambda: self._edited("scope"))
        view.summary.textChanged.connect(lambda: self._edited("summary"))
        view.files.changed.connect(lambda: self._edited(None))
        view.save_button.clicked.connect(self.save)
        view.cancel_button.clicked.connect(self.reject)
        view.inspector.setFocus()

    @classmethod
    def edit(
        cls,
        context: AppContext,
        inspection_id: int | None,
        *,
        branch_id: int | None = None,
        kind: InspectionKind = InspectionKind.ROUTINE,
        inspected_on: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> int | None:
        """Open the dialog modally; the saved inspection's id, or None when cancelled.
        A new one is of ``kind`` on ``inspected_on`` (None: not yet entered)."""
        dialog = cls(
            context,
            inspection_id,
            branch_id=branch_id,
            kind=kind,
            inspected_on=inspected_on,
            parent=parent,
        )
        dialog.exec()
        saved = dialog.saved_id
        dialog.deleteLater()
        return saved

    def _show(self, draft: InspectionDraft, files: list[AttachmentDraft]) -> None:
        view = self.view
        view.kind.setCurrentIndex(max(0, view.kind.findData(draft.kind.value)))
        view.day.set_value(draft.inspected_on)
        view.inspector.setText(draft.inspector)
        view.scope.setText(draft.scope)
        view.summary.setPlainText(draft.summary)
        view.files.set_drafts(files)
        title = (
            self.tr("New inspection")
            if self.inspection_id is None
            else self.tr("Inspection: {kind}").format(kind=inspection_kind_label(draft.kind))
        )
        self.setWindowTitle(title)
        view.heading.setText(title)

    def collect(self) -> InspectionDraft:
        """The inspection as the form shows it now (not yet validated)."""
        view = self.view
        return InspectionDraft(
            branch_id=self._branch_id,
            kind=InspectionKind(view.kind.currentData()),
            inspected_on=view.day.value(),
            inspector=view.inspector.text(),
            scope=view.scope.text(),
            summary=view.summary.toPlainText(),
        )

    def state(self) -> tuple[InspectionDraft, tuple[AttachmentDraft, ...]]:
        return self.collect(), tuple(self.view.files.drafts())

    def has_unsaved_changes(self) -> bool:
        return self.saved_id is None and self.state() != self._baseline

    def _edited(self, field: str | None) -> None:
        if field is None:
            self.errors.clear()
        else:
            self.errors.clear(field)
        self.view.status.setText(self.tr("Unsaved changes") if self.has_unsaved_changes() else "")

    def save(self) -> bool:
        """Validate and store the inspection and its files, or nothing; True when saved."""
        draft, files = self.state()
        self.errors.clear()
        context, today = self.context, self.context.today()
        try:
            with context.database.unit_of_work(context.actor) as session:
                if self.inspection_id is None:
                    saved_id = record_inspection(session, draft, today=today)
                else:
                    saved_id = self.inspection_id
                    update_inspection(session, saved_id, draft, today=today)
                save_inspection_files(session, saved_id, files)
        except ValidationError as error:
            widget = self.errors.show(error.field, validation_message(error))
            if widget is not None:
                widget.setFocus()
            return False
        except BranchDeskError as error:
            MessageDialog.warn(
                self,
                self.tr("Inspection"),
                self.tr("The inspection could not be saved; nothing was changed. ({error})").format(
                    error=error.text(qt_translate)
                ),
            )
            return False
        self.saved_id = saved_id
        context.show_status(
            self.tr("Saved the {kind}").format(kind=inspection_kind_label(draft.kind))
        )
        context.data_changed()
        self.accept()
        return True

    def unsaved_subject(self) -> str:
        return self.windowTitle()
