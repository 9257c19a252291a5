"""The study entry dialog: add or correct one line of a member's notebook, in one unit of work.

Core validates (core/services/study.py) and its ValidationError is shown at the field it
names; what was typed stays, nothing partial is saved. An entry a collective session made
keeps the session's date, topic, form and hours (they change with the session).
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from branchdesk.core.enums import StudyForm
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.services.study import (
    EntryDraft,
    entries_for,
    entry_draft,
    record_entry,
    update_entry,
)
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import EditDialog, MessageDialog
from branchdesk.ui.i18n import qt_translate
from branchdesk.ui.study.entry_dialog_view import EntryDialogView
from branchdesk.ui.validation import validation_message
from branchdesk.ui.widgets.field_errors import FieldErrors

DIALOG_SIZE = (620, 680)
SESSION_FIELDS = ("studied_on", "topic", "material", "form", "class_hours")


class EntryDialog(EditDialog):
    """New entry (entry_id None) in a member's notebook, or an entry to correct."""

    def __init__(
        self,
        context: AppContext,
        member_id: int,
        member_name: str,
        entry_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.member_id = member_id
        self.entry_id = entry_id
        self.saved_id: int | None = None
        self.view = EntryDialogView(context.language, today=context.today())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(*DIALOG_SIZE)
        view = self.view
        self.errors = FieldErrors(
            view.fields, view.errors, view.error, lambda field: view.titles.get(field, field)
        )
        with context.database.reading() as session:
            draft = entry_draft(session, entry_id) if entry_id is not None else None
            from_session = entry_id is not None and any(
                row.id == entry_id and row.session_id is not None
                for row in entries_for(session, member_id)
            )
        if draft is None:
            draft = EntryDraft(
                member_id=member_id,
                studied_on=context.today(),
                topic="",
                form=StudyForm.SELF_STUDY,
                class_hours=None,
            )
            self.setWindowTitle(self.tr("New study entry"))
        else:
            self.setWindowTitle(self.tr("Study entry: {topic}").format(topic=draft.topic))
        view.member.setText(self.tr("{name}'s study notebook").format(name=member_name))
        self._loaded = draft
        self._show(draft)
        if from_session:
            view.session_note.show()
            for field in SESSION_FIELDS:
                view.fields[field].setEnabled(False)
        self._baseline = self.collect()

        shared = view.shared
        shared.day.changed.connect(lambda: self._edited("studied_on"))
        shared.topic.textChanged.connect(lambda: self._edited("topic"))
        shared.material.textChanged.connect(lambda: self._edited("material"))
        shared.form.currentIndexChanged.connect(lambda: self._edited("form"))
        shared.hours.valueChanged.connect(lambda: self._edited("class_hours"))
        view.notes.textChanged.connect(lambda: self._edited("notes"))
        view.reflections.textChanged.connect(lambda: self._edited("reflections"))
        view.save_button.clicked.connect(self.save)
        view.cancel_button.clicked.connect(self.reject)
        (view.notes if from_session else shared.topic).setFocus()

    @classmethod
    def edit(
        cls,
        context: AppContext,
        member_id: int,
        member_name: str,
        entry_id: int | None,
        parent: QWidget | None = None,
    ) -> int | None:
        """Open the dialog modally; the saved entry's id, or None when cancelled."""
        dialog = cls(context, member_id, member_name, entry_id, parent)
        dialog.exec()
        saved = dialog.saved_id
        dialog.deleteLater()
        return saved

    def _show(self, draft: EntryDraft) -> None:
        shared = self.view.shared
        shared.day.set_value(draft.studied_on)
        shared.topic.setText(draft.topic)
        shared.material.setText(draft.material)
        shared.set_form(draft.form)
        shared.set_hours(draft.class_hours)
        self.view.notes.setPlainText(draft.notes)
        self.view.reflections.setPlainText(draft.reflections)

    def collect(self) -> EntryDraft:
        """The draft as the form shows it now (not yet validated)."""
        shared, view = self.view.shared, self.view
        return EntryDraft(
            member_id=self.member_id,
            studied_on=shared.day.value(),
            topic=shared.topic.text(),
            form=shared.form_value(),
            class_hours=shared.hours_value(),
            material=shared.material.text(),
            notes=view.notes.toPlainText(),
            reflections=view.reflections.toPlainText(),
        )

    def has_unsaved_changes(self) -> bool:
        return self.saved_id is None and self.collect() != self._baseline

    def _edited(self, field: str) -> None:
        self.errors.clear(field)
        self.view.status.setText(self.tr("Unsaved changes") if self.has_unsaved_changes() else "")

    def save(self) -> bool:
        """Validate and store the entry, or nothing; True when saved."""
        draft = self.collect()
        self.errors.clear()
        today = self.context.today()
        try:
            with self.context.database.unit_of_work(self.context.actor) as session:
                if self.entry_id is None:
                    saved_id = record_entry(session, draft, today=today)
                else:
                    update_entry(session, self.entry_id, draft, today=today)
                    saved_id = self.entry_id
        except ValidationError as error:
            widget = self.errors.show(error.field, validation_message(error))
            if widget is not None:
                widget.setFocus()
            return False
        except BranchDeskError as error:
            MessageDialog.warn(
                self,
                self.tr("Study entry"),
                self.tr("The entry could not be saved; nothing was changed. ({error})").format(
                    error=error.text(qt_translate)
                ),
            )
            return False
        self.saved_id = saved_id
        self.context.show_status(self.tr("Saved “{topic}”").format(topic=draft.topic.strip()))
        self.context.data_changed()
        self.accept()
        return True

    def unsaved_subject(self) -> str:
        topic = self.collect().topic.strip()
        return topic or self.tr("The new study entry")
