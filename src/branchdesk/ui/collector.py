"""Python's cyclic garbage collector, run on the GUI thread only."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

COLLECTOR_NAME = "branchdeskCollector"


class MainThreadCollector(QObject):
    """Collects reference cycles on the GUI thread, on a timer.

    Python runs its cycle collector in whichever thread allocates past the threshold: often
    a worker reading the archive. A cycle that holds a Qt object (a page and the lambda that
    captures it) is then destroyed on that worker, and Qt crashes (seen: a segmentation fault
    while 工作台 loaded in the test suite). With automatic collection off, this timer does
    what the thresholds would have done, on the GUI thread.
    """

    INTERVAL_MS = 200

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(COLLECTOR_NAME)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    @staticmethod
    def collect_due() -> int:
        """Collect the generation the thresholds say is due (none: -1)."""
        thresholds = gc.get_threshold()
        counts = gc.get_count()
        generation = -1
        for number in range(3):
            if counts[number] <= thresholds[number]:
                break
            generation = number
        if generation >= 0:
            gc.collect(generation)
        return generation


def collect_on_gui_thread(app: QObject) -> MainThreadCollector:
    """Install the collector on ``app`` once (the existing one when there is one)."""
    existing = app.findChild(MainThreadCollector, COLLECTOR_NAME)
    return existing if existing is not None else MainThreadCollector(app)
