"""The 组织关系变动 dialog: record a transfer, a flow, an absence or an exit for one person.

Core's membership service validates and writes in one unit of work; this dialog shows the
ValidationError at the field it names, keeps what was typed, asks before an exit (it takes
the person off the active list) and shows a warning rule (失联 under 6 months) as a note.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QTableWidgetItem, QVBoxLayout, QWidget

from branchdesk.core.enums import ChangeKind, OrgStatus
from branchdesk.core.errors import DatabaseError, ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.services.membership import (
    COUNTERPART_KINDS,
    LETTER_KINDS,
    MemberStatus,
    StatusChangeDraft,
    StatusEvent,
    available_events,
    member_status,
    record_status_change,
    status_change_findings,
    validate_status_change,
)
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import EditDialog, MessageDialog
from branchdesk.ui.i18n import format_date, localize_params, qt_translate
from branchdesk.ui.labels import stage_label
from branchdesk.ui.members.labels import org_status_label, status_event_label
from branchdesk.ui.members.status_dialog_view import StatusChangeView
from branchdesk.ui.validation import validation_message
from branchdesk.ui.widgets.field_errors import FieldErrors

CONTEXT = "StatusChangeDialog"
DIALOG_SIZE = (800, 780)

# What the chosen change means, under the combo.
_EXIT_HINT = QT_TRANSLATE_NOOP(
    "StatusChangeDialog",
    "An exit: the person leaves the current member list; their file stays in the archive.",
)
_HINTS: dict[StatusEvent, str] = {
    ChangeKind.TRANSFER_OUT: QT_TRANSLATE_NOOP(
        "StatusChangeDialog",
        "The organisational relationship moves to another Party organisation (most "
        "graduates). The person leaves the current member list; their file stays in the "
        "archive.",
    ),
    ChangeKind.TRANSFER_IN: QT_TRANSLATE_NOOP(
        "StatusChangeDialog",
        "The organisational relationship comes here from another Party organisation; the "
        "person is on the current member list with the status Normal.",
    ),
    ChangeKind.FLOW_OUT: QT_TRANSLATE_NOOP(
        "StatusChangeDialog",
        "The relationship stays here; the person takes part in organisational life elsewhere.",
    ),
    ChangeKind.FLOW_IN: QT_TRANSLATE_NOOP(
        "StatusChangeDialog",
        "The relationship stays with another organisation; the person takes part in "
        "organisational life here.",
    ),
    OrgStatus.ABROAD: QT_TRANSLATE_NOOP(
        "StatusChangeDialog",
        "Studying or working abroad (including Hong Kong, Macau and Taiwan) with membership kept.",
    ),
    OrgStatus.LOST_CONTACT: QT_TRANSLATE_NOOP(
        "StatusChangeDialog",
        "Out of contact with the Party organisation; the date is the day contact was lost.",
    ),
    OrgStatus.SUSPENDED: QT_TRANSLATE_NOOP(
        "StatusChangeDialog", "Membership suspended by decision of the Party organisation."
    ),
    OrgStatus.NORMAL: QT_TRANSLATE_NOOP(
        "StatusChangeDialog",
        "Back from abroad, contact regained, flow ended or suspension lifted.",
    ),
}
# The counterpart row's label for each change that names another organisation.
_COUNTERPART_TITLES: dict[StatusEvent, str] = {
    ChangeKind.TRANSFER_OUT: QT_TRANSLATE_NOOP("StatusChangeDialog", "Transferred to *"),
    ChangeKind.TRANSFER_IN: QT_TRANSLATE_NOOP("StatusChangeDialog", "Transferred from *"),
    ChangeKind.FLOW_OUT: QT_TRANSLATE_NOOP("StatusChangeDialog", "Flowing to *"),
    ChangeKind.FLOW_IN: QT_TRANSLATE_NOOP("StatusChangeDialog", "Flowing from *"),
}
_DATE_TITLE = QT_TRANSLATE_NOOP("StatusChangeDialog", "Date *")
_LOST_ON_TITLE = QT_TRANSLATE_NOOP("StatusChangeDialog", "Lost contact since *")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _is_exit(event: StatusEvent | None) -> bool:
    return isinstance(event, ChangeKind) and event.is_exit


class StatusChangeDialog(EditDialog):
    """Show a person's organisational status and history; record one change per save."""

    def __init__(self, context: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.member_id = member_id
        self.saved = False
        self.view = StatusChangeView(context.language, today=context.today())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(*DIALOG_SIZE)
        view = self.view
        self.errors = FieldErrors(
            view.fields,
            view.errors,
            view.error,
            lambda field: view.labels[field].text().removesuffix("*").strip(),
        )

        with context.database.reading() as session:
            self.person: MemberStatus = member_status(session, member_id)
        self.setWindowTitle(
            self.tr("Organisational status change: {name}").format(name=self.person.name)
        )
        self._show_person()
        self._baseline = self.collect()

        view = self.view
        view.kind.currentIndexChanged.connect(self._kind_changed)
        view.changed_on.changed.connect(lambda: self._edited("changed_on"))
        view.counterpart.textChanged.connect(lambda _text: self._edited("counterpart"))
        view.letter_number.textChanged.connect(lambda _text: self._edited("letter_number"))
        view.notes.textChanged.connect(lambda: self._edited("notes"))
        view.save_button.clicked.connect(self.save)
        view.cancel_button.clicked.connect(self.reject)
        self._kind_changed()
        view.kind.setFocus()

    @classmethod
    def ask(cls, context: AppContext, member_id: int, parent: QWidget | None = None) -> bool:
        """Open the dialog modally; True when a change was recorded."""
        dialog = cls(context, member_id, parent)
        dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        return saved

    @classmethod
    def confirm_exit(cls, parent: QWidget | None, name: str, change: str, date: str) -> bool:
        """Ask before an exit: it takes the person off the current member list."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("StatusChangeDialog", "Record an exit?"),
            QCoreApplication.translate(
                "StatusChangeDialog",
                "Record “{change}” for {name} on {date}? {name} will leave the current member "
                "list; the file stays in the archive and is shown with “Include people who "
                "left”.",
            ).format(change=change, name=name, date=date),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # showing and reading ---------------------------------------------------------------

    def _show_person(self) -> None:
        view, person, language = self.view, self.person, self.context.language
        view.name.setText(person.name)
        view.stage.setText(stage_label(person.stage))
        status = org_status_label(person.org_status)
        if person.lost_contact_on is not None:
            status = self.tr("{status} since {date}").format(
                status=status, date=format_date(person.lost_contact_on, language)
            )
        view.org_status.setText(status)
        left = person.exit
        view.current_form.setRowVisible(view.left, left is not None)
        if left is not None:
            view.left.setText(
                self.tr("Left on {date}: {change}").format(
                    date=format_date(left.changed_on, language),
                    change=status_event_label(left.kind),
                )
            )

        history = view.history
        history.setRowCount(len(person.history))
        for row, entry in enumerate(reversed(person.history)):  # newest first
            cells = (
                format_date(entry.changed_on, language),
                status_event_label(entry.kind),
                entry.counterpart,
                entry.letter_number,
                entry.notes.replace("\n", " "),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                history.setItem(row, column, item)
        view.history_stack.setCurrentWidget(history if person.history else view.no_history)

        events = available_events(person)
        self._events = events  # by combo index: Qt hands enum data back as plain str
        for event in events:
            view.kind.addItem(status_event_label(event), event)
        view.kind.setCurrentIndex(-1)  # the clerk chooses; nothing is preselected
        if not events:
            view.kind.setEnabled(False)
            view.save_button.setEnabled(False)
            view.kind_hint.setText(
                self.tr("{name} left for good: no further change can be recorded.").format(
                    name=person.name
                )
            )

    def chosen(self) -> StatusEvent | None:
        index = self.view.kind.currentIndex()
        return self._events[index] if 0 <= index < len(self._events) else None

    def collect(self) -> StatusChangeDraft:
        """The draft as the form shows it now; fields hidden for this change stay empty."""
        view, event = self.view, self.chosen()
        return StatusChangeDraft(
            kind=event,
            changed_on=view.changed_on.value(),
            counterpart=view.counterpart.text() if event in COUNTERPART_KINDS else "",
            letter_number=view.letter_number.text() if event in LETTER_KINDS else "",
            notes=view.notes.toPlainText(),
        )

    def has_unsaved_changes(self) -> bool:
        return not self.saved and self.collect() != self._baseline

    def _kind_changed(self) -> None:
        """Show the rows the chosen change needs, with their titles and its meaning."""
        view, event = self.view, self.chosen()
        if event is not None:
            view.kind_hint.setText(_tr(_HINTS.get(event, _EXIT_HINT)))
        view.kind_hint.setVisible(bool(view.kind_hint.text()))
        names_other = event in COUNTERPART_KINDS
        view.set_row_visible("counterpart", names_other)
        if names_other:
            view.labels["counterpart"].setText(_tr(_COUNTERPART_TITLES[event]))  # type: ignore[index]
        view.set_row_visible("letter_number", event in LETTER_KINDS)
        lost = event is OrgStatus.LOST_CONTACT
        view.labels["changed_on"].setText(_tr(_LOST_ON_TITLE if lost else _DATE_TITLE))
        self._clear_error()  # errors of another kind of change no longer apply (or show)
        self._edited("kind")

    def _edited(self, field: str) -> None:
        self._clear_error(field)
        self._show_findings()
        dirty = self.has_unsaved_changes()
        self.view.status.setText(self.tr("Unsaved changes") if dirty else "")

    def _show_findings(self) -> None:
        """Warnings (失联 under 6 months) as a note under the date: recorded all the same."""
        found = status_change_findings(self.collect(), today=self.context.today())
        texts = []
        for finding in found:
            params = localize_params(finding.params, self.context.language)
            message = qt_translate("Reminders", finding.message).format(**params)
            rule = qt_translate("Reminders", finding.rule)
            texts.append(self.tr("Note: {message} {rule}").format(message=message, rule=rule))
        self.view.warning.setText("\n".join(texts))
        self.view.warning.setVisible(bool(texts))

    # validation ------------------------------------------------------------------------

    def _show_error(self, error: ValidationError) -> None:
        """The message under the named field, the field outlined in red and focused."""
        widget = self.errors.show(error.field, validation_message(error))
        if widget is not None:
            widget.setFocus()

    def _clear_error(self, field: str | None = None) -> None:
        self.errors.clear(field)

    # actions ---------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate, ask before an exit, and record the change in one unit of work."""
        draft = self.collect()
        self._clear_error()
        today = self.context.today()
        try:
            with self.context.database.reading() as session:
                validate_status_change(session, self.member_id, draft, today=today)
        except ValidationError as error:
            self._show_error(error)
            return False
        change = status_event_label(draft.kind)  # type: ignore[arg-type]  # validated
        if _is_exit(draft.kind) and not self.confirm_exit(
            self,
            self.person.name,
            change,
            format_date(draft.changed_on, self.context.language),
        ):
            return False
        try:
            with self.context.database.unit_of_work(self.context.actor) as session:
                record_status_change(session, self.member_id, draft, today=today)
        except ValidationError as error:  # changed by someone else since the check
            self._show_error(error)
            return False
        except DatabaseError as error:
            MessageDialog.warn(
                self,
                self.tr("Organisational status change"),
                self.tr("The change could not be saved; nothing was changed. ({error})").format(
                    error=error.text(qt_translate)
                ),
            )
            return False
        self.saved = True
        self.context.show_status(
            self.tr("Recorded {change} for {name}").format(change=change, name=self.person.name)
        )
        self.context.data_changed()
        self.accept()
        return True
