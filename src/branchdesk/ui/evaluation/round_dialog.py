"""The round dialog: open a branch's evaluation of a year, or correct its arrangements.

core/services/evaluations.open_round lists who is evaluated (the branch's Party members of the
year) in the same unit of work; update_round keeps the branch and year. A ValidationError is
shown at the field it names, and nothing is saved.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QVBoxLayout, QWidget

from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.services.evaluations import (
    RoundDraft,
    eligible_member_ids,
    open_round,
    round_draft,
    update_round,
)
from branchdesk.core.services.meeting_list import MeetingRow
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import EditDialog, MessageDialog
from branchdesk.ui.evaluation.data import meeting_choices
from branchdesk.ui.evaluation.round_dialog_view import RoundDialogView
from branchdesk.ui.i18n import format_date, qt_translate
from branchdesk.ui.meetings.labels import meeting_kind_label
from branchdesk.ui.validation import validation_message
from branchdesk.ui.widgets.field_errors import FieldErrors

DIALOG_SIZE = (640, 520)


class RoundDialog(EditDialog):
    """Open a new round (round_id None) of a branch and year, or edit a stored one."""

    def __init__(
        self,
        context: AppContext,
        branch_id: int,
        branch_name: str,
        year: int,
        round_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.round_id = round_id
        self.saved_id: int | None = None
        today = context.today()
        self.view = RoundDialogView(context.language, today=today)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(*DIALOG_SIZE)
        view = self.view
        self.errors = FieldErrors(
            view.fields, view.errors, view.error, lambda field: view.titles.get(field, field)
        )
        with context.database.reading() as session:
            stored = round_draft(session, round_id) if round_id is not None else None
            meetings = meeting_choices(session, branch_id, year, today)
            eligible = (
                len(eligible_member_ids(session, branch_id, year, today=today))
                if round_id is None
                else 0
            )
        self._meetings = {row.id: row for row in meetings}
        view.meeting.addItem(self.tr("None"), None)
        for row in meetings:
            view.meeting.addItem(self._meeting_text(row), row.id)
        view.heading.setText(self.tr("Democratic evaluation of {year}").format(year=year))
        view.branch.setText(branch_name)
        if stored is None:
            self.setWindowTitle(self.tr("Open the evaluation of {year}").format(year=year))
            view.explanation.setText(
                self.tr(
                    "{count} Party members of the branch will be evaluated: its probationary"
                    " and full members of {year}, apart from those abroad, flowing out, out"
                    " of contact or suspended. Add or remove people on the page afterwards."
                    " The date and the minutes can be filled in later."
                ).format(count=eligible, year=year)
            )
            view.save_button.setText(self.tr("Open evaluation"))
            stored = RoundDraft(branch_id=branch_id, year=year)
        else:
            self.setWindowTitle(
                self.tr("Arrangements of the evaluation of {year}").format(year=year)
            )
            view.explanation.hide()
            view.save_button.setText(self.tr("Save"))
        self._draft = stored
        view.held_on.set_value(stored.held_on)
        view.meeting.setCurrentIndex(max(0, view.meeting.findData(stored.meeting_id)))
        view.notes.setPlainText(stored.notes)
        self._baseline = self.collect()

        view.held_on.changed.connect(lambda: self._edited("held_on"))
        view.meeting.currentIndexChanged.connect(self._meeting_chosen)
        view.notes.textChanged.connect(lambda: self._edited("notes"))
        view.save_button.clicked.connect(self.save)
        view.cancel_button.clicked.connect(self.reject)
        view.held_on.setFocus()

    @classmethod
    def ask(
        cls,
        context: AppContext,
        branch_id: int,
        branch_name: str,
        year: int,
        round_id: int | None = None,
        parent: QWidget | None = None,
    ) -> int | None:
        """Open the dialog modally; the round's id once opened or saved, else None."""
        dialog = cls(context, branch_id, branch_name, year, round_id, parent)
        dialog.exec()
        saved = dialog.saved_id
        dialog.deleteLater()
        return saved

    def _meeting_text(self, row: MeetingRow) -> str:
        return self.tr("{date} {kind}: {title}").format(
            date=format_date(row.starts_at.date(), self.context.language),
            kind=meeting_kind_label(row.kind),
            title=row.title,
        )

    def _meeting_chosen(self) -> None:
        """A meeting's date fills an empty date (as core does when saving)."""
        meeting = self._meetings.get(self.view.meeting.currentData())
        if meeting is not None and self.view.held_on.value() is None:
            day = meeting.starts_at.date()
            if day <= self.context.today():
                self.view.held_on.set_value(day)
        self._edited("meeting_id")

    def collect(self) -> RoundDraft:
        """The round as the form shows it now (not yet validated)."""
        view = self.view
        return replace(
            self._draft,
            held_on=view.held_on.value(),
            meeting_id=view.meeting.currentData(),
            notes=view.notes.toPlainText(),
        )

    def has_unsaved_changes(self) -> bool:
        return self.saved_id is None and self.collect() != getattr(self, "_baseline", None)

    def _edited(self, field: str) -> None:
        self.errors.clear(field)
        if hasattr(self, "_baseline"):
            dirty = self.has_unsaved_changes()
            self.view.status.setText(self.tr("Unsaved changes") if dirty else "")

    def save(self) -> bool:
        """Open or update the round, or change nothing; True when saved."""
        draft = self.collect()
        self.errors.clear()
        context = self.context
        try:
            with context.database.unit_of_work(context.actor) as session:
                if self.round_id is None:
                    saved_id = open_round(session, draft, today=context.today())
                else:
                    saved_id = self.round_id
                    update_round(session, saved_id, draft, today=context.today())
        except ValidationError as error:
            widget = self.errors.show(error.field, validation_message(error))
            if widget is not None:
                widget.setFocus()
            return False
        except BranchDeskError as error:
            MessageDialog.warn(
                self,
                self.windowTitle(),
                self.tr("The evaluation could not be saved; nothing was changed. ({error})").format(
                    error=error.text(qt_translate)
                ),
            )
            return False
        self.saved_id = saved_id
        context.show_status(
            self.tr("Opened the democratic evaluation of {year}").format(year=draft.year)
            if self.round_id is None
            else self.tr("Saved the arrangements of the evaluation of {year}").format(
                year=draft.year
            )
        )
        context.data_changed()
        self.accept()
        return True

    def unsaved_subject(self) -> str:
        return self.windowTitle()
