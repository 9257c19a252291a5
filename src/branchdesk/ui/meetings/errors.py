"""Where the minutes editor shows core's errors, and their text in the reader's language."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from branchdesk.core.errors import ValidationError
from branchdesk.core.services.meeting_drafts import MeetingRuleError
from branchdesk.ui.i18n import CHINESE, ENGLISH, localize_params, qt_translate
from branchdesk.ui.validation import validation_message

# The first part of a draft attribute core names → the editor's tab.
TAB_OF = {"attendance": 1, "guests": 1, "agenda": 2, "minutes": 2, "resolutions": 3}


def error_text(error: ValidationError) -> str:
    """A form error, or a rule's refusal with the rule behind it (a ``Reminders`` text)."""
    if not isinstance(error, MeetingRuleError):
        return validation_message(error)
    language = CHINESE if QLocale().language() == QLocale.Language.Chinese else ENGLISH
    params = localize_params({k: str(v) for k, v in error.params.items()}, language)
    text = qt_translate("Reminders", error.template).format(**params)
    rule = error.findings[0].rule
    return f"{text}\n{qt_translate('Reminders', rule)}" if rule else text
