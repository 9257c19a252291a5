"""The pages of the main window, registered in one place, and the list that picks one.

A record family's issue adds its page by adding one ``PageEntry`` to ``PAGES`` (in the order of
DESIGN.md §6: 工作台, 党员档案, 发展党员, 会议记录, 学习笔记, 检查整改, 民主评议, 志愿服务,
备份与移交, 设置).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.ui.context import AppContext
from branchdesk.ui.icons import icon
from branchdesk.ui.pages.base import Page
from branchdesk.ui.widgets.tips import with_key

CONTEXT = "Navigation"


@dataclass(frozen=True)
class PageEntry:
    key: str
    title: str  # English source text, translated in the "Navigation" context when shown
    icon: str  # file name in resources/icons
    factory: Callable[[AppContext], Page]

    def translated_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)


def _dashboard(context: AppContext) -> Page:
    from branchdesk.ui.pages.dashboard import DashboardPage

    return DashboardPage(context)


def _members(context: AppContext) -> Page:
    from branchdesk.ui.members.page import MembersPage

    return MembersPage(context)


def _pipeline(context: AppContext) -> Page:
    from branchdesk.ui.pipeline.page import PipelinePage

    return PipelinePage(context)


def _meetings(context: AppContext) -> Page:
    from branchdesk.ui.meetings.page import MeetingsPage

    return MeetingsPage(context)


def _study(context: AppContext) -> Page:
    from branchdesk.ui.study.page import StudyPage

    return StudyPage(context)


def _ledger(context: AppContext) -> Page:
    from branchdesk.ui.ledger.page import LedgerPage

    return LedgerPage(context)


def _evaluation(context: AppContext) -> Page:
    from branchdesk.ui.evaluation.page import EvaluationPage

    return EvaluationPage(context)


def _volunteer(context: AppContext) -> Page:
    from branchdesk.ui.volunteer.page import VolunteerPage

    return VolunteerPage(context)


def _backup(context: AppContext) -> Page:
    from branchdesk.ui.backup.page import BackupPage

    return BackupPage(context)


def _settings(context: AppContext) -> Page:
    from branchdesk.ui.pages.settings import SettingsPage

    return SettingsPage(context)


PAGES: tuple[PageEntry, ...] = (
    PageEntry(
        "dashboard", QT_TRANSLATE_NOOP("Navigation", "Dashboard"), "dashboard.svg", _dashboard
    ),
    PageEntry("members", QT_TRANSLATE_NOOP("Navigation", "Member files"), "members.svg", _members),
    PageEntry(
        "pipeline", QT_TRANSLATE_NOOP("Navigation", "Development"), "pipeline.svg", _pipeline
    ),
    PageEntry("meetings", QT_TRANSLATE_NOOP("Navigation", "Meetings"), "meetings.svg", _meetings),
    PageEntry("study", QT_TRANSLATE_NOOP("Navigation", "Study"), "study.svg", _study),
    PageEntry("ledger", QT_TRANSLATE_NOOP("Navigation", "Inspections"), "ledger.svg", _ledger),
    PageEntry(
        "evaluation",
        QT_TRANSLATE_NOOP("Navigation", "Evaluation"),
        "evaluation.svg",
        _evaluation,
    ),
    PageEntry(
        "volunteer",
        QT_TRANSLATE_NOOP("Navigation", "Volunteer service"),
        "volunteer.svg",
        _volunteer,
    ),
    PageEntry(
        "backup", QT_TRANSLATE_NOOP("Navigation", "Backup and handoff"), "backup.svg", _backup
    ),
    PageEntry("settings", QT_TRANSLATE_NOOP("Navigation", "Settings"), "settings.svg", _settings),
)


class NavigationList(QListWidget):
    """The list on the left of the main window: one row per page, with its icon."""

    def __init__(self, entries: Sequence[PageEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setIconSize(QSize(22, 22))
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for number, entry in enumerate(entries, start=1):
            item = QListWidgetItem(icon(entry.icon), entry.translated_title())
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            if number <= 9:
                item.setToolTip(with_key(entry.translated_title(), f"Ctrl+{number}"))
            self.addItem(item)
        self.setFixedWidth(self._preferred_width())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the style sheet's size arrives when shown
            self.setFixedWidth(self._preferred_width())

    def _preferred_width(self) -> int:
        widest = max(
            (
                self.fontMetrics().horizontalAdvance(self.item(row).text())
                for row in range(self.count())
            ),
            default=80,
        )
        return max(168, widest + self.iconSize().width() + 64)

    def titles(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]
