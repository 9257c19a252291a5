"""The QApplication and AppContext of the in-process GUI figures, set up as app.py does."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType, QTranslator
    from PySide6.QtWidgets import QApplication

    from branchdesk.ui.context import AppContext
    from harness.bench import Bench

SETTLE_TIMEOUT_S = 60.0
# Qt's offscreen platform says these about what only a real window system does.
_OFFSCREEN_NOISE = ("This plugin does not support",)
_translators: list[QTranslator] = []
_contexts: dict[int, AppContext] = {}


def _quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if not message.startswith(_OFFSCREEN_NOISE):
        print(message, file=sys.stderr, flush=True)


def application() -> QApplication:
    """The application with the bundled font and the Chinese translation (made once)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from branchdesk.app import create_application, install_translations, load_bundled_font

    if isinstance(existing := QApplication.instance(), QApplication):
        return existing  # pytest-qt's, or one made earlier in this run
    app = create_application(["branchdesk-bench"])
    qInstallMessageHandler(_quiet_offscreen)
    load_bundled_font(app)
    _translators.extend(install_translations(app, "zh_CN"))
    return app


def context(bench: Bench) -> AppContext:
    """The AppContext of the bench's working copy, as app.create_context makes it."""
    from branchdesk.app import create_context

    application()
    key = id(bench)
    if key not in _contexts:
        _contexts[key] = create_context(bench.data_dir, bench.database())
    return _contexts[key]


def settle(done: Callable[[], bool] = lambda: True) -> None:
    """Run the event loop until background reads are delivered and ``done()`` says so, then
    paint. The loop waits in Qt, as app.exec() does, so the worker thread has the GIL to
    itself; a 1 ms timer asks whether everything is in."""
    from PySide6.QtCore import QEventLoop, QTimer

    from branchdesk.ui.ops import running_ops

    app = application()
    deadline = time.monotonic() + SETTLE_TIMEOUT_S
    loop = QEventLoop()

    def check() -> None:
        if not running_ops() and done():
            loop.quit()
        elif time.monotonic() > deadline:
            loop.exit(1)

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(check)
    app.processEvents()
    if running_ops() or not done():
        timer.start()
        failed = loop.exec()
        timer.stop()
        if failed:
            raise TimeoutError("the GUI did not settle within a minute")
    app.processEvents()  # paint what arrived
