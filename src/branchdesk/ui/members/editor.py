"""The member editor (党员基本信息): create or edit one person's file in one unit of work.

Core's members service validates and writes; this dialog shows its ValidationError at the
field it names, keeps what was typed, and never drops unsaved changes silently.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.enums import Gender, OrgStatus, PersonType, Stage
from branchdesk.core.errors import DatabaseError, ValidationError
from branchdesk.core.rules.idnumber import IdType
from branchdesk.core.services.members import (
    STEP_FIELDS,
    MemberDraft,
    create_member,
    draft_from_member,
    list_party_groups,
    update_member,
    validate_member_draft,
)
from branchdesk.core.services.membership import member_status
from branchdesk.core.services.settings import list_branches
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import EditDialog, MessageDialog
from branchdesk.ui.i18n import format_date, qt_translate
from branchdesk.ui.members.editor_view import MemberEditorView
from branchdesk.ui.members.labels import status_event_label
from branchdesk.ui.members.tabs import MemberTab, record_tabs
from branchdesk.ui.members.timeline import TimelineTab
from branchdesk.ui.validation import validation_message
from branchdesk.ui.widgets.dates import OptionalDateEdit
from branchdesk.ui.widgets.field_errors import FieldErrors
from branchdesk.ui.widgets.focus import last_in_tab_order

if TYPE_CHECKING:
    from branchdesk.ui.printing.preview import PrintPreviewDialog

DIALOG_SIZE = (1000, 760)
# Draft attributes edited in a line edit, read back with text().
_TEXT_FIELDS = (
    "name",
    "ethnicity",
    "id_number",
    "native_place",
    "education",
    "student_number",
    "grade",
    "class_name",
    "department",
    "job_post",
    "dormitory",
    "phone",
    "address",
)
_DATE_FIELDS = (
    "birth_date",
    "expected_leave_on",
    "applied_on",
    "activist_on",
    "candidate_on",
    "admitted_on",
    "confirmed_on",
    "league_recommended_on",
)
# Combo-box fields and the type their data comes back as (Qt returns enums as plain str).
_CHOICE_FIELDS: dict[str, type] = {
    "gender": Gender,
    "id_type": IdType,
    "branch_id": int,
    "person_type": PersonType,
    "stage": Stage,
    "org_status": OrgStatus,
    "party_group_id": int,
}


class MemberEditorDialog(EditDialog):
    """Create (member_id None) or edit a person's file: basic information, then the tabs."""

    DEVELOPMENT_TAB = 1  # 发展过程, right after 基本信息

    def __init__(
        self, context: AppContext, member_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.member_id = member_id
        self.saved_id: int | None = None
        self.read_only = False
        self.view = MemberEditorView(context.language, today=context.today(), new=member_id is None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(*DIALOG_SIZE)
        view = self.view
        self.errors = FieldErrors(
            view.fields, view.errors, view.error, lambda field: view.titles.get(field, field)
        )

        self.timeline = TimelineTab(context)
        self.record_tabs: list[MemberTab] = record_tabs(context)
        with context.database.reading() as session:
            branches = list_branches(session)
            self._party_groups = list_party_groups(session)
            loaded = draft_from_member(session, member_id) if member_id is not None else None
            status = member_status(session, member_id) if member_id is not None else None
            for tab in self.record_tabs:
                tab.load(session, member_id)
        for branch in branches:
            self.view.branch.addItem(branch.name, branch.id)
        self.view.tabs.addTab(self.timeline, self.timeline.title())
        for tab in self.record_tabs:
            self.view.tabs.addTab(tab, tab.title())
            tab.changed.connect(lambda: self._edited(""))
        # The pages were made after the buttons: Tab reads a page before the buttons.
        last_in_tab_order(self.view.print_button, self.view.save_button, self.view.cancel_button)
        self.timeline.load(member_id)
        self.timeline.steps_changed.connect(self._steps_changed)
        if loaded is None:
            loaded = MemberDraft(name="", branch_id=branches[0].id if branches else 0)
            self.setWindowTitle(self.tr("New member file"))
        else:
            self.setWindowTitle(self.tr("Member file: {name}").format(name=loaded.name))
        self._loaded = loaded
        self._show(loaded)
        self._baseline = self.collect()

        view = self.view
        for field, widget in view.fields.items():
            self._edit_signal(widget).connect(lambda *_args, f=field: self._edited(f))
        view.branch.currentIndexChanged.connect(self._fill_party_groups)
        view.id_number.editingFinished.connect(self.check_id_number)
        view.id_type.currentIndexChanged.connect(self._id_type_changed)
        self._id_type_changed()
        view.save_button.clicked.connect(self.save)
        view.unlock_button.clicked.connect(lambda: self.set_read_only(False))
        view.print_card.triggered.connect(lambda: self.print_form("member_card"))
        view.print_record.triggered.connect(lambda: self.print_form("development_record"))
        if status is not None and status.exit is not None:
            view.left_text.setText(
                self.tr("{name} left on {date} ({change}). The file is kept read-only.").format(
                    name=status.name,
                    date=format_date(status.exit.changed_on, context.language),
                    change=status_event_label(status.exit.kind),
                )
            )
            view.left_banner.show()
            self.set_read_only(True)
        view.cancel_button.clicked.connect(self.reject)
        view.name.setFocus()

    @classmethod
    def edit(
        cls,
        context: AppContext,
        member_id: int | None,
        parent: QWidget | None = None,
        *,
        tab: int = 0,
    ) -> int | None:
        """Open the editor modally on ``tab``; the saved member's id, or None when cancelled."""
        dialog = cls(context, member_id, parent)
        dialog.view.tabs.setCurrentIndex(tab)
        dialog.exec()
        saved = dialog.saved_id
        dialog.deleteLater()
        return saved

    # showing and reading ---------------------------------------------------------------

    def _show(self, draft: MemberDraft) -> None:
        view = self.view
        for field in _TEXT_FIELDS:
            widget = view.fields[field]
            assert isinstance(widget, QLineEdit)
            widget.setText(getattr(draft, field) or "")
        view.notes.setPlainText(draft.notes or "")
        for field in _DATE_FIELDS:
            widget = view.fields.get(field)
            if isinstance(widget, OptionalDateEdit):
                widget.set_value(getattr(draft, field))
        view.league_member.setChecked(draft.league_member)
        for field in _CHOICE_FIELDS:
            box = view.fields[field]
            assert isinstance(box, QComboBox)
            if field == "party_group_id":
                self._fill_party_groups()
            box.setCurrentIndex(max(box.findData(getattr(draft, field)), 0))

    def collect(self) -> MemberDraft:
        """The draft as the form shows it now (not yet validated); hidden fields kept."""
        view = self.view
        values: dict[str, object] = {}
        for field in _TEXT_FIELDS:
            widget = view.fields[field]
            assert isinstance(widget, QLineEdit)
            values[field] = widget.text()
        values["notes"] = view.notes.toPlainText()
        values["league_member"] = view.league_member.isChecked()
        for field in _DATE_FIELDS:
            widget = view.fields.get(field)
            if isinstance(widget, OptionalDateEdit):
                values[field] = widget.value()
        for field, kind in _CHOICE_FIELDS.items():
            box = view.fields[field]
            assert isinstance(box, QComboBox)
            data = box.currentData()
            values[field] = None if data is None else kind(data)
        if values["branch_id"] is None:
            values["branch_id"] = 0
        return dataclasses.replace(self._loaded, **values)

    def set_read_only(self, read_only: bool) -> None:
        """The file of someone who left is shown read-only until the clerk unlocks it."""
        self.read_only = read_only
        view = self.view
        body = view.scroll.widget()
        body.setEnabled(not read_only)
        view.save_button.setEnabled(not read_only)
        view.unlock_button.setVisible(read_only)
        self.timeline.set_read_only(read_only)
        for tab in self.record_tabs:
            tab.set_read_only(read_only)

    def has_unsaved_changes(self) -> bool:
        if self.saved_id is not None:
            return False
        return self.collect() != self._baseline or any(t.has_changes() for t in self.record_tabs)

    def _fill_party_groups(self) -> None:
        """The party-group choices follow the branch chosen (a group belongs to one branch)."""
        box = self.view.party_group
        chosen = box.currentData()
        branch_id = self.view.branch.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("None"), None)
        for group in self._party_groups:
            if group.branch_id == branch_id:
                box.addItem(group.name, group.id)
        box.setCurrentIndex(max(box.findData(chosen), 0))
        box.blockSignals(False)
        if box.currentData() != chosen:
            self._edited("party_group_id")

    def _steps_changed(self) -> None:
        """A step was committed in 发展过程: take its stage and dates, keep the typed edits."""
        assert self.member_id is not None
        with self.context.database.reading() as session:
            fresh = draft_from_member(session, self.member_id)
        taken = {name: getattr(fresh, name) for name in (*STEP_FIELDS, "stage")}
        self._loaded = dataclasses.replace(self._loaded, **taken)
        self._baseline = dataclasses.replace(self._baseline, **taken)
        box = self.view.stage
        box.blockSignals(True)
        box.setCurrentIndex(max(box.findData(fresh.stage), 0))
        box.blockSignals(False)
        self._edited("stage")

    def _edited(self, field: str) -> None:
        self._clear_error(field)
        dirty = self.has_unsaved_changes()
        self.view.status.setText(self.tr("Unsaved changes") if dirty else "")

    # validation ------------------------------------------------------------------------

    def check_id_number(self) -> None:
        """Check the ID number as soon as it is typed; a valid one fills an empty birth date."""
        draft = self.collect()
        draft.name = draft.name.strip() or "-"  # the name is checked first: not this one's business
        if not draft.id_number.strip():
            self._clear_error("id_number")
            return
        try:
            validate_member_draft(draft, today=self.context.today())
        except ValidationError as error:
            if error.field in ("id_number", "birth_date"):
                self._show_error(error, focus=False)
                return
        self._clear_error("id_number")
        view = self.view
        if draft.id_type is IdType.RESIDENT and view.birth_date.value() is None:
            view.birth_date.set_value(draft.birth_date)

    def _id_type_changed(self) -> None:
        resident = self.view.id_type.currentData() == IdType.RESIDENT
        self.view.id_number.setPlaceholderText(
            self.tr("18 characters, ASCII digits") if resident else ""
        )

    def _show_error(self, error: ValidationError, *, focus: bool = True) -> None:
        """The message under the named field (or at the bottom), the field outlined in red."""
        widget = self.errors.show(error.field, validation_message(error), summary=focus)
        if widget is not None and focus:
            self.view.scroll.ensureWidgetVisible(widget)
            widget.setFocus()

    def _clear_error(self, field: str | None = None) -> None:
        self.errors.clear(field)

    @staticmethod
    def _edit_signal(widget: QWidget) -> SignalInstance:
        if isinstance(widget, OptionalDateEdit):
            return widget.changed
        if isinstance(widget, QComboBox):
            return widget.currentIndexChanged
        if isinstance(widget, QPlainTextEdit):
            return widget.textChanged
        if isinstance(widget, QCheckBox):
            return widget.toggled
        assert isinstance(widget, QLineEdit)
        return widget.textChanged

    # actions ---------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate and store the whole file, or nothing; True when saved."""
        if self.read_only:
            return False
        draft = self.collect()
        self._clear_error()
        today = self.context.today()
        try:
            with self.context.database.unit_of_work(self.context.actor) as session:
                if self.member_id is None:
                    saved_id = create_member(session, draft, today=today)
                else:
                    update_member(session, self.member_id, draft, today=today)
                    saved_id = self.member_id
                for tab in self.record_tabs:
                    tab.save(session, saved_id, today=today)
        except ValidationError as error:
            for tab in self.record_tabs:
                if tab.show_error(error):
                    self.view.tabs.setCurrentWidget(tab)
                    return False
            self.view.tabs.setCurrentIndex(0)
            self._show_error(error)
            return False
        except DatabaseError as error:
            MessageDialog.warn(
                self,
                self.tr("Member file"),
                self.tr("The file could not be saved; nothing was changed. ({error})").format(
                    error=error.text(qt_translate)
                ),
            )
            return False
        self.saved_id = saved_id
        for tab in self.record_tabs:
            tab.mark_saved()
        self.context.show_status(self.tr("Saved {name}").format(name=draft.name))
        self.context.data_changed()
        self.accept()
        return True

    def print_form(self, form: str) -> PrintPreviewDialog | None:
        """Preview the saved file as 党员基本信息表 or 发展党员纪实表, above this dialog."""
        if self.member_id is None:
            return None
        from branchdesk.reports.jobs import development_record_job, member_card_job
        from branchdesk.ui.printing.preview import PrintPreviewDialog

        database = self.context.database
        job = (
            member_card_job(
                database, self.member_id, attachments_dir=self.context.data_dir.attachments
            )
            if form == "member_card"
            else development_record_job(database, self.member_id)
        )
        # A child of this (modal) dialog, so it takes input while the file stays open.
        preview = PrintPreviewDialog(job, self.context, self)
        preview.setWindowModality(Qt.WindowModality.WindowModal)
        preview.show()
        return preview

    def unsaved_subject(self) -> str:
        return self.collect().name.strip() or self.tr("The new member file")
