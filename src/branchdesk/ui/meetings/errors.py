"""Where the minutes editor shows core's errors, and their text in the reader's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from branchdesk.core.errors import ValidationError
from branchdesk.core.services.meeting_drafts import MeetingDraft, MeetingRuleError
from branchdesk.ui.i18n import CHINESE, ENGLISH, localize_params, qt_translate
from branchdesk.ui.validation import validation_message

if TYPE_CHECKING:
    from branchdesk.ui.meetings.editor import MeetingEditor

# The first part of a draft attribute core names → the editor's tab.
TAB_OF = {
    "attendance": 1,
    "guests": 1,
    "agenda": 2,
    "minutes": 2,
    "resolutions": 3,
    "attachments": 4,
}


def error_text(error: ValidationError) -> str:
    """A form error, or a rule's refusal with the rule behind it (a ``Reminders`` text)."""
    if not isinstance(error, MeetingRuleError):
        return validation_message(error)
    language = CHINESE if QLocale().language() == QLocale.Language.Chinese else ENGLISH
    params = localize_params({k: str(v) for k, v in error.params.items()}, language)
    text = qt_translate("Reminders", error.template).format(**params)
    rule = error.findings[0].rule
    return f"{text}\n{qt_translate('Reminders', rule)}" if rule else text


def show_error(editor: MeetingEditor, error: ValidationError, draft: MeetingDraft) -> None:
    """Show the error at its field, or on its tab at its row."""
    view, message = editor.view, error_text(error)
    row = int(error.params.get("row", 0) or 0) - 1
    field = error.field
    if field == "attendance" and draft.decides_pipeline:
        field = "resolutions.votes"  # a vote without a quorum: said where the vote is
    tab = TAB_OF.get(field.split(".")[0], 0)
    view.tabs.setCurrentIndex(tab)
    if tab == 0:
        widget = editor.errors.show(field, message)
        if widget is not None:
            widget.setFocus()
        return
    label = {1: view.attendance_error, 2: view.minutes_error, 3: view.resolution_error}.get(
        tab, view.error
    )
    label.setText(message)
    label.show()
    if tab == 1 and field.startswith("attendance.") and row >= 0:
        view.attendance.setCurrentIndex(editor.attendance_model.index(row, 3))
    elif tab == 1 and field.startswith("guests.") and row >= 0:
        view.guests.setCurrentIndex(editor.guest_model.index(row, 0))
    elif tab == 2 and row >= 0:
        view.agenda.setCurrentIndex(editor.agenda_model.index(row, 0))
    elif tab == 3 and row >= 0:
        editor.resolutions.select(row)
