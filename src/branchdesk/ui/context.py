"""What every page is handed: the open archive, who is working, today's date, shared signals.

Pages get this object instead of reaching for a global main window (DESIGN.md §2).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from branchdesk.core.db import Database
from branchdesk.paths import DataDir

DEFAULT_ACTOR = "clerk"


class AppSignals(QObject):
    """Signals shared by the pages and the main window."""

    data_changed = Signal()  # a write committed: pages showing data re-read it
    status_message = Signal(str)  # short feedback for the status bar
    navigate = Signal(str)  # a page asks to show another page, by its key
    # ... at what a 工作台 reminder is about: (page key, subject such as "branch:1:…")
    open_subject = Signal(str, str)


@dataclass(eq=False)
class AppContext:
    database: Database
    data_dir: DataDir
    language: str = "zh_CN"  # the language installed at start (a change applies on restart)
    clerk_name: str = ""
    today: Callable[[], dt.date] = dt.date.today
    signals: AppSignals = field(default_factory=AppSignals)

    @property
    def actor(self) -> str:
        """The name written in the audit trail for changes made in this window."""
        return self.clerk_name.strip() or DEFAULT_ACTOR

    def data_changed(self) -> None:
        self.signals.data_changed.emit()

    def show_status(self, message: str) -> None:
        self.signals.status_message.emit(message)
