"""A process the GUI figures start and time from outside (run as a script, offscreen).

    python bench/harness/gui_child.py bare
    python bench/harness/gui_child.py start DATA_DIR
    python bench/harness/gui_child.py pages DATA_DIR

``bare``: a bare PySide6 window shown (the floor of the start figure). ``start``: what
app.run_gui does up to the main window shown with 工作台's background load delivered and
painted. ``pages``: then shows every page of ui/navigation.PAGES in turn, waiting for each
one's loads. Each prints one JSON line when done — the parent stops its clock when the line
arrives — and exits without tearing the window down.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import json  # noqa: E402  (the clock starts before anything else is imported)
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

os.environ["QT_QPA_PLATFORM"] = "offscreen"
TIMEOUT_S = 120.0
CHECK_MS = 2


def since_start() -> float:
    return round(time.perf_counter() - STARTED, 4)


def ru_maxrss_mb() -> float:
    """getrusage's peak (KiB on Linux, bytes on macOS). On Linux it survives execve, so a
    child started by a big process starts from that process's size: see peak_rss_mb."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def peak_rss_mb() -> float:
    """This process's own peak resident memory: Linux's VmHWM (reset by execve), else
    ru_maxrss."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return ru_maxrss_mb()
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return ru_maxrss_mb()


def current_rss_mb() -> float | None:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return None
    return round(pages * os.sysconf("SC_PAGE_SIZE") / 1024**2, 1)


def report(result: dict[str, Any]) -> None:
    print(json.dumps(result), flush=True)
    os._exit(0)  # the figure ends at the line above; no teardown to wait for


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("BranchDesk"))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    report({"shown": since_start()})


def settle(app: Any, page: Any) -> None:
    """Run the event loop until the page's loads (and every background call) have been
    delivered, then paint. The loop waits in Qt, as app.exec() does, so the worker thread
    has the GIL to itself; a short timer asks whether the loads are in."""
    from PySide6.QtCore import QEventLoop, QTimer

    from branchdesk.ui.ops import running_ops

    loading = getattr(page, "is_loading", lambda: False)
    deadline = time.monotonic() + TIMEOUT_S
    loop = QEventLoop()

    def check() -> None:
        if not (running_ops() or loading()):
            loop.quit()
        elif time.monotonic() > deadline:
            loop.exit(1)

    timer = QTimer()
    timer.setInterval(CHECK_MS)
    timer.timeout.connect(check)
    timer.start()
    app.processEvents()
    check()
    failed = loop.exec()
    timer.stop()
    if failed:
        raise TimeoutError(f"{page.objectName()} still loading after {TIMEOUT_S:.0f} s")
    app.processEvents()


def start(data_dir: Path, visit_pages: bool) -> None:
    phases: dict[str, float] = {}
    from branchdesk.app import (
        acquire_instance_lock,
        build_main_window,
        create_application,
        create_context,
        install_translations,
        load_bundled_font,
        open_archive,
    )
    from branchdesk.paths import DataDir

    phases["imported"] = since_start()
    app = create_application(sys.argv[:1])
    load_bundled_font(app)
    folder = DataDir(data_dir)
    lock = acquire_instance_lock(folder)
    if lock is None:
        raise RuntimeError(f"{data_dir} is locked by another BranchDesk")
    database = open_archive(folder)
    phases["archive_open"] = since_start()
    context = create_context(folder, database)
    install_translations(app, context.language)
    window = build_main_window(context)
    window.show()
    phases["window_shown"] = since_start()
    dashboard = window.page("dashboard")
    settle(app, dashboard)
    phases["dashboard_filled"] = since_start()
    result: dict[str, Any] = {"shown": since_start(), "phases": phases}
    if visit_pages:
        from branchdesk.ui.navigation import PAGES

        visits = []
        for entry in PAGES:
            began = time.perf_counter()
            window.show_page(entry.key)
            settle(app, window.page(entry.key))
            visits.append(
                {
                    "page": entry.key,
                    "seconds": round(time.perf_counter() - began, 4),
                    "rss_mb": current_rss_mb(),
                    "peak_rss_mb": peak_rss_mb(),
                }
            )
        result["pages"] = visits
    result["peak_rss_mb"] = peak_rss_mb()
    result["ru_maxrss_mb"] = ru_maxrss_mb()
    report(result)


def main() -> None:
    mode = sys.argv[1]
    if mode == "bare":
        bare()
    elif mode in ("start", "pages"):
        start(Path(sys.argv[2]), visit_pages=mode == "pages")
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main()
