"""Volunteer words as the 志愿服务 page shows them (RULES.md §6), in the "VolunteerLabels"
context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from branchdesk.core.enums import RequestStatus
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.volunteer import AUTUMN, SPRING, Period, Term, hours_figure, term_of
from branchdesk.core.services.volunteer_units import UnitKind
from branchdesk.ui.i18n import qt_translate
from branchdesk.ui.validation import validation_message

CONTEXT = "VolunteerLabels"

# The services the source article names (学前先锋在行动): offered in every category box,
# besides those the branch has used.
USUAL_CATEGORIES = ("新生成长导航", "等级考试辅导", "考研就业服务", "心理疏导", "生活帮扶")

_STATUSES = {
    RequestStatus.OPEN: QT_TRANSLATE_NOOP("VolunteerLabels", "Waiting for dispatch"),
    RequestStatus.DISPATCHED: QT_TRANSLATE_NOOP("VolunteerLabels", "Dispatched"),
    RequestStatus.COMPLETED: QT_TRANSLATE_NOOP("VolunteerLabels", "Completed"),
    RequestStatus.CANCELLED: QT_TRANSLATE_NOOP("VolunteerLabels", "Cancelled"),
}
_KINDS = {
    UnitKind.TEAM: QT_TRANSLATE_NOOP("VolunteerLabels", "Service team"),
    UnitKind.STATION: QT_TRANSLATE_NOOP("VolunteerLabels", "Service station"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def request_status_label(status: RequestStatus) -> str:
    """待派单, 已派单, 已完成, 已取消."""
    return _tr(_STATUSES[status])


def overdue_label() -> str:
    """逾期未完成: open or dispatched past the promised date (derived, never stored)."""
    return _tr(QT_TRANSLATE_NOOP("VolunteerLabels", "Overdue"))


def unit_kind_label(kind: UnitKind) -> str:
    """党员服务队 or 党员服务站."""
    return _tr(_KINDS[kind])


def hours_text(minutes: int) -> str:
    """Service time as the tables show it: 3.5, 0.25, 12 (hours, no trailing zeros)."""
    return hours_figure(minutes)


def rating_text(rating: int | None) -> str:
    """★★★★☆ for 4 of 5; empty when not rated."""
    return "" if rating is None else "★" * rating + "☆" * (5 - rating)


def period_label(period: Period) -> str:
    """2026年度 / 2025—2026学年第二学期 as the reader writes it."""
    if period.year is not None:
        return _tr(QT_TRANSLATE_NOOP("VolunteerLabels", "Year {year}")).format(year=period.year)
    term = term_of(period.start)
    text = (
        QT_TRANSLATE_NOOP("VolunteerLabels", "{start}—{end} autumn term")
        if term.half == AUTUMN
        else QT_TRANSLATE_NOOP("VolunteerLabels", "{start}—{end} spring term")
    )
    return _tr(text).format(start=term.start_year, end=term.start_year + 1)


def periods_of(year: int) -> list[Period]:
    """The year, then the three terms that overlap it (oldest first)."""
    terms = (Term(year - 1, AUTUMN), Term(year - 1, SPRING), Term(year, AUTUMN))
    return [Period.of_year(year), *(Period.of_term(term) for term in terms)]


def error_text(error: BranchDeskError) -> str:
    """Core's refusal in the reader's language, its dates as the reader writes them."""
    if isinstance(error, ValidationError):
        return validation_message(error)
    return error.text(qt_translate)
