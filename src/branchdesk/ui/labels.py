"""Domain words as the GUI shows them (translated in the "Labels" context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from branchdesk.core.enums import Stage, StepOutcome, StepRole
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


_OUTCOMES = {
    StepOutcome.DONE: QT_TRANSLATE_NOOP("Labels", "Done / passed"),
    StepOutcome.FAILED: QT_TRANSLATE_NOOP("Labels", "Not passed"),
    StepOutcome.EXTENDED: QT_TRANSLATE_NOOP("Labels", "Probation extended"),
    StepOutcome.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Probationary status cancelled"),
}
_ROLES = {
    StepRole.TALKER: QT_TRANSLATE_NOOP("Labels", "Talked with by"),
    StepRole.CONTACT: QT_TRANSLATE_NOOP("Labels", "Contact persons"),
    StepRole.INTRODUCER: QT_TRANSLATE_NOOP("Labels", "Introducers"),
    StepRole.RECOMMENDER: QT_TRANSLATE_NOOP("Labels", "Recommended by"),
    StepRole.REVIEWER: QT_TRANSLATE_NOOP("Labels", "Reviewed by"),
}


def outcome_label(outcome: StepOutcome) -> str:
    """How a recorded step ended (RULES.md §1), e.g. 未通过."""
    return QCoreApplication.translate(CONTEXT, _OUTCOMES[outcome])


def role_label(role: StepRole) -> str:
    """The people a step names, e.g. 入党介绍人."""
    return QCoreApplication.translate(CONTEXT, _ROLES[role])
