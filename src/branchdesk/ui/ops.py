"""Run a core call off the GUI thread and get its result or error back on the GUI thread.

Anki's CollectionOp idea: the page hands over a plain function (it opens its own unit of work)
and two callbacks. Calls run one after another on a single worker thread: SQLite writes are
serialised anyway, and a refresh queued behind a long write then sees that write's result.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

_running: set[BackgroundOp] = set()  # keeps each op alive until its outcome is delivered
_pool: QThreadPool | None = None
_retired: list[_Task] = []  # finished tasks, dropped once the pool is idle (see _Task)


def _thread_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool(QCoreApplication.instance())
        _pool.setMaxThreadCount(1)
    return _pool


class _Outcome(QObject):
    """Lives on the GUI thread; the worker emits these, so delivery is queued to the GUI."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, call: Callable[[], Any], outcome: _Outcome) -> None:
        super().__init__()
        # The pool would delete the C++ runnable on the worker thread, tearing down its Python
        # wrapper there while the GUI thread's garbage collector may be walking it (a crash
        # seen under load). The op keeps the task and drops it on the GUI thread instead.
        self.setAutoDelete(False)
        self._call = call
        self._outcome = outcome

    def run(self) -> None:
        try:
            result = self._call()
        except Exception as exc:  # every failure goes back to the GUI, none is lost
            self._outcome.failed.emit(exc)
            return
        self._outcome.succeeded.emit(result)


class BackgroundOp(QObject):
    """One call on the worker thread; ``on_success`` / ``on_failure`` run on the GUI thread.

    With an ``owner`` widget, the callbacks are skipped when the owner was deleted meanwhile.
    """

    finished = Signal()

    def __init__(
        self,
        call: Callable[[], Any],
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        owner: QObject | None = None,
    ) -> None:
        super().__init__()
        self._call = call
        self._on_success = on_success
        self._on_failure = on_failure
        self._owner = owner
        self._outcome = _Outcome()
        self._outcome.succeeded.connect(self._succeeded)
        self._outcome.failed.connect(self._failed)
        self._task: _Task | None = None

    def start(self) -> BackgroundOp:
        _drop_retired_tasks()
        _running.add(self)
        self._task = _Task(self._call, self._outcome)
        _thread_pool().start(self._task)
        return self

    def _owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        try:
            if self._owner_alive():
                self._on_success(result)
        finally:
            self._done()

    @Slot(object)
    def _failed(self, error: object) -> None:
        try:
            if self._owner_alive():
                self._on_failure(error if isinstance(error, Exception) else RuntimeError(error))
        finally:
            self._done()

    def _done(self) -> None:
        self.finished.emit()
        # Drop the last reference from the event loop, not inside this object's own slot:
        # deleting a QObject while Qt delivers an event to it crashes.
        QTimer.singleShot(0, partial(_running.discard, self))
        if self._task is not None:
            _retired.append(self._task)  # the worker may still be returning from run()
            self._task = None


def _drop_retired_tasks() -> None:
    if _pool is not None and _pool.waitForDone(0):
        _retired.clear()


def run_in_background(
    call: Callable[[], Any],
    *,
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    owner: QObject | None = None,
) -> BackgroundOp:
    """Start ``call`` on the worker thread; see BackgroundOp."""
    return BackgroundOp(call, on_success=on_success, on_failure=on_failure, owner=owner).start()


def wait_for_background_ops(timeout_ms: int = 30_000) -> bool:
    """Block until queued calls have run (at exit, before closing the database)."""
    if _pool is None:
        return True
    deadline = time.monotonic() + timeout_ms / 1000
    # QThreadPool.waitForDone keeps the GIL, so a Python worker could never finish: poll with
    # time.sleep, which lets the worker run.
    while not _pool.waitForDone(0):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)
    QCoreApplication.processEvents()  # deliver the outcomes still queued to the GUI thread
    _drop_retired_tasks()
    return True


def running_ops() -> int:
    return len(_running)


class LatestLoad:
    """Loads for a page, off the GUI thread, of which only the newest answer is delivered.

    A page that re-reads on every change may have several reads in flight; an older answer
    arriving after a newer request would show stale data, so it is dropped.
    """

    def __init__(self, owner: QObject) -> None:
        self._owner = owner
        self._asked = 0  # loads asked for
        self._answered = 0  # the load whose answer (or failure) was delivered last

    def start(
        self,
        call: Callable[[], Any],
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        self._asked += 1
        asked = self._asked
        run_in_background(
            call,
            on_success=lambda result: self._deliver(asked, on_success, result),
            on_failure=lambda error: self._deliver(asked, on_failure, error),
            owner=self._owner,
        )

    def is_loading(self) -> bool:
        """True until the answer to the latest load has been delivered."""
        return self._answered != self._asked

    def _deliver(self, asked: int, callback: Callable[[Any], None], value: Any) -> None:
        if asked != self._asked:
            return  # a newer load is on its way
        self._answered = asked
        callback(value)
