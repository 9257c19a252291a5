"""Study words as the GUI shows them (RULES.md §3), translated in the "Labels" context."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from branchdesk.core.enums import StudyForm
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.study import hours_text

_FORMS = {
    StudyForm.COLLECTIVE: QT_TRANSLATE_NOOP("Labels", "Collective study"),
    StudyForm.SELF_STUDY: QT_TRANSLATE_NOOP("Labels", "Self-study"),
    StudyForm.XUEXI_QIANGGUO: QT_TRANSLATE_NOOP("Labels", "Xuexi Qiangguo app"),
    StudyForm.MICRO_LECTURE: QT_TRANSLATE_NOOP("Labels", "Micro Party lecture"),
    StudyForm.PARTY_SCHOOL: QT_TRANSLATE_NOOP("Labels", "Party school training"),
    StudyForm.LECTURE: QT_TRANSLATE_NOOP("Labels", "Party lecture"),
    StudyForm.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}


def study_form_label(form: StudyForm) -> str:
    """The form of a study entry, e.g. 学习强国."""
    return QCoreApplication.translate("Labels", _FORMS[form])


def hours_label(hours: Decimal) -> str:
    """Class hours as the tables show them: 2, 1.5, 0.25 (no trailing zeros)."""
    return hours_text(hours)
