"""Render a print job into a PDF file off the GUI thread, reporting pages and honouring cancel."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from branchdesk.ui.ops import run_in_background

if TYPE_CHECKING:
    from branchdesk.reports.jobs import PrintJob


class _Cancelled(Exception):
    """Raised inside the job's page callback once the user cancelled: the renderer stops there."""


class Rendering(QObject):
    """One job rendered into ``output`` on the worker thread.

    Connect the signals to slots of QObjects living on the GUI thread: ``page_done`` is emitted
    from the worker thread, so Qt queues it to them.
    """

    page_done = Signal(int)  # pages finished so far
    succeeded = Signal(int)  # the page count; the file is complete
    failed = Signal(object)  # the exception; no file is left
    cancelled = Signal()  # stopped at the user's request; no file is left

    def __init__(self, job: PrintJob, output: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.output = output
        self._cancel = threading.Event()
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        self._running = True
        run_in_background(
            self._render, on_success=self._succeeded, on_failure=self._failed, owner=self
        )

    def cancel(self) -> None:
        """Ask the renderer to stop at its next page; ``cancelled`` follows."""
        self._cancel.set()

    def _render(self) -> int:  # worker thread
        return self.job.render(self.output, self._report_page)

    def _report_page(self, pages: int) -> None:  # worker thread
        if self._cancel.is_set():
            raise _Cancelled
        self.page_done.emit(pages)

    def _succeeded(self, pages: int) -> None:
        self._running = False
        if self._cancel.is_set():  # cancelled after the last page: the file is not wanted
            self._discard()
            self.cancelled.emit()
        else:
            self.succeeded.emit(pages)

    def _failed(self, error: Exception) -> None:
        self._running = False
        # The renderers write atomically; removing the target anyway costs nothing.
        self._discard()
        if isinstance(error, _Cancelled) or self._cancel.is_set():
            self.cancelled.emit()
        else:
            self.failed.emit(error)

    def _discard(self) -> None:
        self.output.unlink(missing_ok=True)
