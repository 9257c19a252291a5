"""Automatic backups while the program runs: daily (soon after start, then checked hourly) and on
exit after changes, always off the GUI thread.

A failure never stops the clerk or blocks quitting: it is logged and said in the status bar.
The main window owns one of these; app.py starts it (tests start it only where they need it).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from branchdesk.ui.backup.task import error_text
from branchdesk.ui.context import AppContext
from branchdesk.ui.ops import run_in_background

log = logging.getLogger(__name__)

START_DELAY_MS = 20_000  # the first page loads first; a daily backup is not urgent to the second
CHECK_INTERVAL_MS = 60 * 60 * 1000  # a program left open overnight makes the next day's backup
BUSY_DELAY_MS = 400  # a quick exit backup shows no dialog at all


class AutomaticBackups(QObject):
    """Runs backup/automatic.run_automatic_backup (it decides whether one is due)."""

    made = Signal(object)  # the BackupResult of a backup just made
    failed = Signal(str)  # what went wrong, in one sentence

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._started = False
        self._paused = False
        self._running = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.run_daily)

    @property
    def started(self) -> bool:
        return self._started

    def start(self, first_delay_ms: int = START_DELAY_MS) -> None:
        """Check for the day's backup soon, then every hour; back up on exit from now on."""
        self._started = True
        QTimer.singleShot(first_delay_ms, self, self.run_daily)
        self._timer.start()

    def pause(self) -> None:
        """No automatic backup until resume() (while a restore replaces the archive)."""
        self._paused = True

    def resume(self) -> None:
        self._paused = False

    def is_running(self) -> bool:
        return self._running

    def run_daily(self) -> bool:
        """Make the day's backup off the GUI thread when one is due; False when not tried."""
        if not self._started or self._paused or self._running:
            return False
        from branchdesk.backup.automatic import run_automatic_backup

        database, data_dir = self.context.database, self.context.data_dir
        self._running = True
        run_in_background(
            lambda: run_automatic_backup(database, data_dir, on_exit=False),
            on_success=self._made,
            on_failure=self._failed,
            owner=self,
        )
        return True

    def run_on_exit(self, parent: QWidget | None = None) -> None:
        """Back up when something changed since the last backup, waiting for it (a busy
        dialog shows when it takes a moment). Never raises: quitting goes on regardless."""
        if not self._started:
            return
        self._started = False  # once: a second close event makes no second backup
        self._timer.stop()
        self._paused = True
        from branchdesk.backup.automatic import run_automatic_backup

        database, data_dir = self.context.database, self.context.data_dir
        finished: list[bool] = []
        loop = QEventLoop()

        def succeeded(result: object) -> None:
            if result is not None:
                log.info("automatic backup on exit: %s", getattr(result, "path", result))

        def failed(error: Exception) -> None:
            log.warning("the automatic backup on exit failed: %s", error_text(error))

        op = run_in_background(
            lambda: run_automatic_backup(database, data_dir, on_exit=True),
            on_success=succeeded,
            on_failure=failed,
        )
        op.finished.connect(lambda: (finished.append(True), loop.quit()))
        busy = QProgressDialog(
            self.tr("Making the automatic backup before closing…"), "", 0, 0, parent
        )
        busy.setWindowTitle(self.tr("Automatic backup"))
        busy.setCancelButton(None)  # the backup leaves nothing partial, but let it finish
        busy.setWindowModality(Qt.WindowModality.ApplicationModal)
        busy.setMinimumDuration(BUSY_DELAY_MS)
        if not finished:
            loop.exec()
        busy.close()
        busy.deleteLater()

    def _made(self, result: object) -> None:
        self._running = False
        if result is None:
            return  # not due
        path = getattr(result, "path", "")
        self.context.show_status(
            self.tr("Automatic backup made: {name}").format(name=getattr(path, "name", path))
        )
        self.made.emit(result)
        self.context.data_changed()  # the backup log changed (last backup, 工作台 reminder)

    def _failed(self, error: Exception) -> None:
        self._running = False
        text = error_text(error)
        log.warning("the automatic backup failed: %s", text)
        self.context.show_status(self.tr("The automatic backup failed: {error}").format(error=text))
        self.failed.emit(text)
