"""Ledger words as the GUI shows them (RULES.md §4), translated in the "Labels" context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from branchdesk.core.enums import InspectionKind, ProblemSource, ProblemStatus, RectifyKind
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.services.problem_list import LinkKind, ProblemLink
from branchdesk.ui.i18n import format_date
from branchdesk.ui.meetings.labels import meeting_kind_label

_INSPECTION_KINDS = {
    InspectionKind.ROUTINE: QT_TRANSLATE_NOOP("Labels", "Routine inspection"),
    InspectionKind.ANNUAL: QT_TRANSLATE_NOOP("Labels", "Annual inspection"),
    InspectionKind.SPECIAL: QT_TRANSLATE_NOOP("Labels", "Special inspection"),
    InspectionKind.PATROL: QT_TRANSLATE_NOOP("Labels", "Patrol inspection"),
}
_SOURCES = {
    ProblemSource.SUPERIOR: QT_TRANSLATE_NOOP("Labels", "Pointed out by superiors"),
    ProblemSource.MASSES: QT_TRANSLATE_NOOP("Labels", "Raised by the masses"),
    ProblemSource.SELF: QT_TRANSLATE_NOOP("Labels", "Found by the branch"),
}
_RECTIFY_KINDS = {
    RectifyKind.IMMEDIATE: QT_TRANSLATE_NOOP("Labels", "Rectify immediately"),
    RectifyKind.DEADLINE: QT_TRANSLATE_NOOP("Labels", "Rectify by a deadline"),
    RectifyKind.ONGOING: QT_TRANSLATE_NOOP("Labels", "Keep up long-term"),
}
_STATUSES = {
    ProblemStatus.PENDING: QT_TRANSLATE_NOOP("Labels", "Pending"),
    ProblemStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    ProblemStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
    ProblemStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
}

# Where an inspection's problems usually come from: the branch's own routine check finds
# them itself; an annual, special or patrol inspection is held by the level above.
INSPECTION_SOURCE = {
    InspectionKind.ROUTINE: ProblemSource.SELF,
    InspectionKind.ANNUAL: ProblemSource.SUPERIOR,
    InspectionKind.SPECIAL: ProblemSource.SUPERIOR,
    InspectionKind.PATROL: ProblemSource.SUPERIOR,
}


def inspection_kind_label(kind: InspectionKind) -> str:
    """The kind of an inspection, e.g. 专项检查."""
    return QCoreApplication.translate("Labels", _INSPECTION_KINDS[kind])


def problem_source_label(source: ProblemSource) -> str:
    """Where a problem came from, e.g. 群众提."""
    return QCoreApplication.translate("Labels", _SOURCES[source])


def rectify_kind_label(kind: RectifyKind) -> str:
    """How a problem is rectified, e.g. 限期整改."""
    return QCoreApplication.translate("Labels", _RECTIFY_KINDS[kind])


def problem_status_label(status: ProblemStatus) -> str:
    """Where a problem stands, e.g. 整改中."""
    return QCoreApplication.translate("Labels", _STATUSES[status])


def overdue_label() -> str:
    """已逾期: derived from the deadline, never stored."""
    return QCoreApplication.translate("Labels", "Overdue")


def link_text(link: ProblemLink | None, language: str) -> str:
    """What a problem was raised at, on one line; "" without a link."""
    if link is None:
        return ""
    day = format_date(link.day, language)
    if link.kind is LinkKind.INSPECTION:
        assert link.inspection_kind is not None
        text = QCoreApplication.translate("Labels", "{kind} on {date}").format(
            kind=inspection_kind_label(link.inspection_kind), date=day
        )
        return f"{text}：{link.title}" if link.title else text
    if link.kind is LinkKind.MEETING:
        kind = meeting_kind_label(link.meeting_kind) if link.meeting_kind else ""
        return QCoreApplication.translate("Labels", "{kind} “{title}” on {date}").format(
            kind=kind, title=link.title, date=day
        )
    return QCoreApplication.translate("Labels", "Democratic evaluation of {year}: {name}").format(
        year=link.year or "", name=link.title
    )


def link_kind_text(link: ProblemLink | None) -> str:
    """The short name of what raised a problem, for a table column: 巡察, 组织生活会 …"""
    if link is None:
        return ""
    if link.kind is LinkKind.INSPECTION and link.inspection_kind is not None:
        return inspection_kind_label(link.inspection_kind)
    if link.kind is LinkKind.MEETING and link.meeting_kind is not None:
        return meeting_kind_label(link.meeting_kind)
    return QCoreApplication.translate("Labels", "Democratic evaluation")
