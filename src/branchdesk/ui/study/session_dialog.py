"""The collective session dialog (集体学习): one study, an entry for every attendee, one step.

core/services/study.record_session (update_session when correcting one) validates the session
and writes the session and every attendee's entry in the same unit of work: all of them, or
none (RULES.md §3). The attendees offered are the branch's members in the session's year.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QVBoxLayout, QWidget

from branchdesk.core.enums import StudyForm
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.services.settings import list_branches
from branchdesk.core.services.study import (
    SessionDraft,
    record_session,
    session_choices,
    session_draft,
    update_session,
)
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import EditDialog, MessageDialog
from branchdesk.ui.i18n import qt_translate
from branchdesk.ui.study.session_dialog_view import SessionDialogView
from branchdesk.ui.validation import validation_message
from branchdesk.ui.widgets.field_errors import FieldErrors

DIALOG_SIZE = (640, 760)
MemberIdRole = Qt.ItemDataRole.UserRole


class SessionDialog(EditDialog):
    """Record a collective session for the members of one branch who attended."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        session_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id = session_id
        self.saved_id: int | None = None
        today = context.today()
        self.view = SessionDialogView(context.language, today=today)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(*DIALOG_SIZE)
        view = self.view
        self.errors = FieldErrors(
            view.fields, view.errors, view.error, lambda field: view.titles.get(field, field)
        )
        with context.database.reading() as session:
            branches = list_branches(session)
            stored = session_draft(session, session_id) if session_id is not None else None
        for branch in branches:
            view.branch.addItem(branch.name, branch.id)
        shared = view.shared
        if stored is None:
            self.setWindowTitle(self.tr("Collective session"))
            view.branch.setEnabled(len(branches) > 1)
            shared.day.set_value(today)
            shared.set_form(StudyForm.COLLECTIVE)
            self._stored_ids: list[int] = []
            self._meeting_id: int | None = None
        else:
            self.setWindowTitle(self.tr("Correct the collective session"))
            view.heading.setText(self.windowTitle())
            view.save_button.setText(self.tr("Save"))
            view.branch.setCurrentIndex(max(0, view.branch.findData(stored.branch_id)))
            view.branch.setEnabled(False)  # its entries belong to that branch's members
            shared.day.set_value(stored.held_on)
            shared.topic.setText(stored.topic)
            shared.material.setText(stored.material)
            shared.set_form(stored.form)
            shared.set_hours(stored.class_hours)
            self._stored_ids = list(stored.attendee_ids)
            self._meeting_id = stored.meeting_id
        self._listed: tuple[int, int] | None = None  # (branch, year) the list shows
        self._fill_attendees(ticked=set(self._stored_ids))
        self._baseline = self.collect()

        view.branch.currentIndexChanged.connect(lambda: self._fill_attendees())
        shared.day.changed.connect(lambda: self._fill_attendees())
        view.select_all.clicked.connect(self._select_all)
        view.attendees.itemChanged.connect(self._attendance_changed)
        shared.day.changed.connect(lambda: self._edited("held_on"))
        shared.topic.textChanged.connect(lambda: self._edited("topic"))
        shared.material.textChanged.connect(lambda: self._edited("material"))
        shared.form.currentIndexChanged.connect(lambda: self._edited("form"))
        shared.hours.valueChanged.connect(lambda: self._edited("class_hours"))
        view.save_button.clicked.connect(self.save)
        view.cancel_button.clicked.connect(self.reject)
        shared.topic.setFocus()

    @classmethod
    def record(
        cls,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        session_id: int | None = None,
    ) -> int | None:
        """Open the dialog modally (a new session, or a stored one to correct); the saved
        session's id, or None when cancelled."""
        dialog = cls(context, parent, session_id=session_id)
        dialog.exec()
        saved = dialog.saved_id
        dialog.deleteLater()
        return saved

    # attendees -------------------------------------------------------------------------

    def _fill_attendees(self, ticked: set[int] | None = None) -> None:
        """The chosen branch's members in the session's year; those ticked before stay
        ticked (the clerk ticks who came)."""
        branch_id = self.view.branch.currentData()
        day = self.view.shared.day.value() or self.context.today()
        if self._listed == (branch_id, day.year) and ticked is None:
            return
        if ticked is None:
            ticked = set(self.collect().attendee_ids)
        self._listed = (branch_id, day.year)
        with self.context.database.reading() as session:
            members = (
                session_choices(session, branch_id, day.year, also=self._stored_ids)
                if branch_id is not None
                else []
            )
        box = self.view.attendees
        box.blockSignals(True)
        box.clear()
        for member_id, name in members:
            item = QListWidgetItem(name)
            item.setData(MemberIdRole, member_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = member_id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            box.addItem(item)
        box.blockSignals(False)
        self._attendance_changed()

    def attendee_items(self) -> list[QListWidgetItem]:
        box = self.view.attendees
        return [box.item(row) for row in range(box.count())]

    def set_attending(self, names: set[str]) -> None:
        """Tick exactly these members (by name); for the clerk's quick edits and for tests."""
        for item in self.attendee_items():
            checked = item.text() in names
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _select_all(self, checked: bool) -> None:
        box = self.view.attendees
        box.blockSignals(True)
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for item in self.attendee_items():
            item.setCheckState(state)
        box.blockSignals(False)
        self._attendance_changed()

    def _attendance_changed(self, *_args: object) -> None:
        items = self.attendee_items()
        ticked = sum(item.checkState() == Qt.CheckState.Checked for item in items)
        view = self.view
        view.select_all.blockSignals(True)
        view.select_all.setChecked(bool(items) and ticked == len(items))
        view.select_all.blockSignals(False)
        view.chosen.setText(
            self.tr("{ticked} of {total} members").format(ticked=ticked, total=len(items))
        )
        self._edited("attendee_ids")

    # reading and saving ----------------------------------------------------------------

    def collect(self) -> SessionDraft:
        """The session as the form shows it now (not yet validated)."""
        shared = self.view.shared
        return SessionDraft(
            branch_id=self.view.branch.currentData() or 0,
            held_on=shared.day.value(),
            topic=shared.topic.text(),
            form=shared.form_value(),
            class_hours=shared.hours_value(),
            attendee_ids=[
                item.data(MemberIdRole)
                for item in self.attendee_items()
                if item.checkState() == Qt.CheckState.Checked
            ],
            material=shared.material.text(),
            meeting_id=self._meeting_id,
        )

    def has_unsaved_changes(self) -> bool:
        return self.saved_id is None and self.collect() != getattr(self, "_baseline", None)

    def _edited(self, field: str) -> None:
        self.errors.clear(field)
        if hasattr(self, "_baseline"):
            dirty = self.has_unsaved_changes()
            self.view.status.setText(self.tr("Unsaved changes") if dirty else "")

    def save(self) -> bool:
        """Store the session and every attendee's entry, or nothing; True when saved."""
        draft = self.collect()
        self.errors.clear()
        try:
            with self.context.database.unit_of_work(self.context.actor) as session:
                if self.session_id is None:
                    saved_id = record_session(session, draft, today=self.context.today())
                else:
                    saved_id = self.session_id
                    update_session(session, saved_id, draft, today=self.context.today())
        except ValidationError as error:
            widget = self.errors.show(error.field, validation_message(error))
            if widget is not None:
                widget.setFocus()
            return False
        except BranchDeskError as error:
            MessageDialog.warn(
                self,
                self.tr("Collective session"),
                self.tr("The session could not be saved; nothing was changed. ({error})").format(
                    error=error.text(qt_translate)
                ),
            )
            return False
        self.saved_id = saved_id
        self.context.show_status(
            self.tr("Recorded “{topic}” for {count} members").format(
                topic=draft.topic.strip(), count=len(draft.attendee_ids)
            )
        )
        self.context.data_changed()
        self.accept()
        return True

    def unsaved_subject(self) -> str:
        return self.collect().topic.strip() or self.tr("The collective session")
