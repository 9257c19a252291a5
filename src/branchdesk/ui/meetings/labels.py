"""Meeting words as the GUI shows them (RULES.md §2), translated in the "Labels" context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from branchdesk.core.enums import AttendanceStatus, MeetingKind, ResolutionKind
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.cadence import PeriodState

_KINDS = {
    MeetingKind.BRANCH_ASSEMBLY: QT_TRANSLATE_NOOP("Labels", "Branch assembly"),
    MeetingKind.COMMITTEE: QT_TRANSLATE_NOOP("Labels", "Branch committee meeting"),
    MeetingKind.GROUP: QT_TRANSLATE_NOOP("Labels", "Party group meeting"),
    MeetingKind.LECTURE: QT_TRANSLATE_NOOP("Labels", "Party lecture"),
    MeetingKind.THEME_DAY: QT_TRANSLATE_NOOP("Labels", "Theme Party day"),
    MeetingKind.LIFE_MEETING: QT_TRANSLATE_NOOP("Labels", "Organisational life meeting"),
    MeetingKind.TALK: QT_TRANSLATE_NOOP("Labels", "Heart-to-heart talk"),
}
_STATUSES = {
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("Labels", "Present"),
    AttendanceStatus.LATE: QT_TRANSLATE_NOOP("Labels", "Late"),
    AttendanceStatus.LEAVE: QT_TRANSLATE_NOOP("Labels", "On leave"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("Labels", "Absent"),
}
_RESOLUTIONS = {
    ResolutionKind.ADMISSION: QT_TRANSLATE_NOOP("Labels", "Admit as probationary member"),
    ResolutionKind.CONFIRMATION: QT_TRANSLATE_NOOP("Labels", "Confirm as full member"),
    ResolutionKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other resolution"),
}
_STATES = {
    PeriodState.HELD: QT_TRANSLATE_NOOP("Labels", "Held"),
    PeriodState.MISSING: QT_TRANSLATE_NOOP("Labels", "Missing"),
    PeriodState.DUE: QT_TRANSLATE_NOOP("Labels", "Due now"),
    PeriodState.NOT_DUE: QT_TRANSLATE_NOOP("Labels", "Not yet due"),
}


def meeting_kind_label(kind: MeetingKind) -> str:
    """The kind of a meeting, e.g. 支部党员大会."""
    return QCoreApplication.translate("Labels", _KINDS[kind])


def attendance_label(status: AttendanceStatus) -> str:
    """How an expected member attended, e.g. 请假."""
    return QCoreApplication.translate("Labels", _STATUSES[status])


def resolution_kind_label(kind: ResolutionKind) -> str:
    """What a resolution decides, e.g. 接收预备党员."""
    return QCoreApplication.translate("Labels", _RESOLUTIONS[kind])


def period_state_label(state: PeriodState) -> str:
    """A cadence period's state, e.g. 缺失."""
    return QCoreApplication.translate("Labels", _STATES[state])
