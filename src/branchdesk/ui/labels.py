"""Domain words as the GUI shows them (translated in the "Labels" context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from branchdesk.core.enums import Stage
from branchdesk.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

_STAGES = {
    Stage.APPLICANT: QT_TRANSLATE_NOOP("Labels", "Applicant"),
    Stage.ACTIVIST: QT_TRANSLATE_NOOP("Labels", "Activist"),
    Stage.CANDIDATE: QT_TRANSLATE_NOOP("Labels", "Candidate"),
    Stage.PROBATIONARY: QT_TRANSLATE_NOOP("Labels", "Probationary member"),
    Stage.FULL: QT_TRANSLATE_NOOP("Labels", "Full member"),
}


def stage_label(stage: Stage) -> str:
    """The stage of development (RULES.md §1), e.g. 入党积极分子."""
    return QCoreApplication.translate(CONTEXT, _STAGES[stage])
