"""A backup call on the worker thread that reports progress and can be cancelled.

The core's progress callbacks take ``(done, total)`` and may raise BackupCancelled, after which
the core leaves nothing behind; this relays them to the GUI thread as a signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from branchdesk.backup.errors import BackupCancelled
from branchdesk.core.errors import BranchDeskError
from branchdesk.ui.i18n import qt_translate
from branchdesk.ui.ops import run_in_background

Progress = Callable[[int, int], None]


class BackupTask(QObject):
    """``work(progress)`` run once off the GUI thread.

    Connect the signals to slots of objects on the GUI thread: ``progressed`` is emitted from the
    worker, so Qt queues it. A cancel takes effect at the next progress report; ``failed`` then
    carries the BackupCancelled.
    """

    progressed = Signal(int, int)  # done, total (bytes or files; total 0: not known yet)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception (BackupCancelled after a cancel)

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> BackupTask:
        self._running = True
        run_in_background(
            lambda: self._work(self._report),
            on_success=self._succeeded,
            on_failure=self._failed,
            owner=self,
        )
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _report(self, done: int, total: int) -> None:  # worker thread
        if self._cancel.is_set():
            raise BackupCancelled
        self.progressed.emit(done, total)

    def _succeeded(self, result: object) -> None:
        self._running = False
        self.succeeded.emit(result)

    def _failed(self, error: Exception) -> None:
        self._running = False
        self.failed.emit(error)


def percent(done: int, total: int) -> int:
    """0–100 for a progress bar; 0 while the total is unknown."""
    return min(100, done * 100 // total) if total > 0 else 0


def error_text(error: Exception) -> str:
    """One sentence for the clerk: the core's own message, or what the system said."""
    if isinstance(error, BranchDeskError):
        return error.text(qt_translate)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "BackupTask", "The file could not be read or written ({error})."
        ).format(error=error.strerror or error)
    return QCoreApplication.translate("BackupTask", "Something went wrong: {error}").format(
        error=error
    )
