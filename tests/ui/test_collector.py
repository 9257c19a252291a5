"""Reference cycles are collected on the GUI thread, never on a worker."""

from __future__ import annotations

import gc
import threading

from branchdesk.app import create_application
from branchdesk.ui.collector import MainThreadCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collection_is_off_and_the_gui_thread_collects_what_is_due(qtbot, gui_app) -> None:
    assert create_application() is gui_app
    collectors = gui_app.findChildren(MainThreadCollector)
    assert len(collectors) == 1  # once, however often the application is asked for
    assert not gc.isenabled()

    threads: set[str] = set()

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            threads.add(threading.current_thread().name)

    gc.callbacks.append(note)
    try:
        # A worker makes far more cycles than the threshold: nothing is collected there
        def churn() -> None:
            for _ in range(5 * gc.get_threshold()[0]):
                Cycle()

        worker = threading.Thread(target=churn, name="worker")
        worker.start()
        worker.join()
        assert gc.get_count()[0] > gc.get_threshold()[0]
        # The GUI thread's timer collects it
        qtbot.waitUntil(lambda: gc.get_count()[0] <= gc.get_threshold()[0], timeout=2000)
    finally:
        gc.callbacks.remove(note)
    assert threads == {threading.main_thread().name}
