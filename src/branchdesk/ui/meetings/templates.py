"""Headings the minutes of each kind usually have (RULES.md §2: structure, never content)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from branchdesk.core.enums import MeetingKind
from branchdesk.core.i18n import QT_TRANSLATE_NOOP

_COMMON = (
    QT_TRANSLATE_NOOP("MinutesTemplate", "1. Agenda"),
    QT_TRANSLATE_NOOP("MinutesTemplate", "2. Speeches and discussion"),
    QT_TRANSLATE_NOOP("MinutesTemplate", "3. Conclusions"),
)
_HEADINGS = {
    MeetingKind.BRANCH_ASSEMBLY: (
        QT_TRANSLATE_NOOP("MinutesTemplate", "1. Agenda"),
        QT_TRANSLATE_NOOP("MinutesTemplate", "2. Reports and introductions"),
        QT_TRANSLATE_NOOP("MinutesTemplate", "3. Discussion (dissent included)"),
        QT_TRANSLATE_NOOP("MinutesTemplate", "4. Vote and count"),
        QT_TRANSLATE_NOOP("MinutesTemplate", "5. Resolutions"),
    ),
    MeetingKind.LECTURE: (
        QT_TRANSLATE_NOOP("MinutesTemplate", "1. Topic and lecturer"),
        QT_TRANSLATE_NOOP("MinutesTemplate", "2. Main points of the lecture"),
        QT_TRANSLATE_NOOP("MinutesTemplate", "3. Exchange and discussion"),
    ),
    MeetingKind.LIFE_MEETING: (
        QT_TRANSLATE_NOOP("MinutesTemplate", "1. Report on the committee's work"),
        QT_TRANSLATE_NOOP("MinutesTemplate", "2. Criticism and self-criticism"),
        QT_TRANSLATE_NOOP("MinutesTemplate", "3. Problems found"),
        QT_TRANSLATE_NOOP("MinutesTemplate", "4. Rectification measures"),
    ),
    MeetingKind.THEME_DAY: (
        QT_TRANSLATE_NOOP("MinutesTemplate", "1. Theme of the day"),
        QT_TRANSLATE_NOOP("MinutesTemplate", "2. Activities"),
        QT_TRANSLATE_NOOP("MinutesTemplate", "3. What was learnt"),
    ),
    MeetingKind.TALK: (
        QT_TRANSLATE_NOOP("MinutesTemplate", "1. Who talked with whom"),
        QT_TRANSLATE_NOOP("MinutesTemplate", "2. Main points"),
        QT_TRANSLATE_NOOP("MinutesTemplate", "3. Follow-up"),
    ),
}


def headings(kind: MeetingKind) -> str:
    """The headings with an empty line under each, for the clerk to write into."""
    lines = _HEADINGS.get(kind, _COMMON)
    return "".join(QCoreApplication.translate("MinutesTemplate", line) + "\n\n" for line in lines)
