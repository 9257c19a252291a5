"""Showing core's ValidationError in the reader's language."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from branchdesk.core.errors import ValidationError
from branchdesk.ui.i18n import CHINESE, ENGLISH, localize_params, qt_translate


def validation_message(error: ValidationError) -> str:
    """The error's message translated with Qt, its dates shown as the reader writes them."""
    template = qt_translate("Validation", error.template)
    if not error.params:
        return template
    language = CHINESE if QLocale().language() == QLocale.Language.Chinese else ENGLISH
    return template.format(**localize_params(error.params, language))
