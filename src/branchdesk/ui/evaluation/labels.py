"""Evaluation words as the GUI shows them (RULES.md §5), translated in the "Labels" context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from branchdesk.core.enums import Grade
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.evaluation import (
    GRADED_BY_ASSEMBLY,
    GRADED_BY_COMMITTEE,
    GRADES,
    PART_LABELS,
    Part,
    VoteTally,
)

_GRADES = {
    Grade.EXCELLENT: QT_TRANSLATE_NOOP("Labels", "Excellent"),
    Grade.QUALIFIED: QT_TRANSLATE_NOOP("Labels", "Qualified"),
    Grade.BASICALLY_QUALIFIED: QT_TRANSLATE_NOOP("Labels", "Basically qualified"),
    Grade.UNQUALIFIED: QT_TRANSLATE_NOOP("Labels", "Unqualified"),
}
# 支委会 and 党员大会 are stored as these words; the GUI names them in the reader's language.
_GRADED_BY = {
    GRADED_BY_COMMITTEE: QT_TRANSLATE_NOOP("Labels", "Branch committee"),
    GRADED_BY_ASSEMBLY: QT_TRANSLATE_NOOP("Labels", "Branch assembly"),
}


def grade_label(grade: Grade | None) -> str:
    """A grade, e.g. 基本合格; "" when not graded yet."""
    return QCoreApplication.translate("Labels", _GRADES[grade]) if grade is not None else ""


def graded_by_label(graded_by: str) -> str:
    """Who settled the grade (支委会 / 党员大会), or the stored text when it is another."""
    known = _GRADED_BY.get(graded_by)
    return QCoreApplication.translate("Labels", known) if known else graded_by


def part_label(part: Part) -> str:
    """A part of one member's evaluation, e.g. 党员互评."""
    return QCoreApplication.translate("Evaluation", PART_LABELS[part])


def votes_text(votes: VoteTally) -> str:
    """Votes per grade in GRADES order, as the tables show them: 9 / 2 / 0 / 0."""
    return " / ".join(str(votes.count(grade)) for grade in GRADES)
