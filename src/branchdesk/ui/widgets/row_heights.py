"""Row heights of a word-wrapped table, measured only for the rows in view."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView


class VisibleRowHeights(QObject):
    """Sizes a word-wrapped table's rows to their text, measuring only the rows in view.

    ResizeToContents on the vertical header lays out every cell of every row again whenever a
    column's width changes: with some hundred wrapped rows (工作台's reminders at school
    scale) that is 0.1–0.2 s for each resize of the window. Here the rows in view get their
    exact height; the others get an estimate from their text's width (CJK text wraps at any
    character, so it is close) until they are scrolled into view. The table's model must be
    set before this is made.
    """

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._exact: set[int] = set()
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.update_heights)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.horizontalHeader().sectionResized.connect(self.invalidate)
        table.verticalScrollBar().valueChanged.connect(self._schedule)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
        ):
            signal.connect(self.invalidate)

    def _schedule(self) -> None:
        # Not valueChanged → QTimer.start directly: the value would become the interval.
        self._timer.start()

    def invalidate(self) -> None:
        """Every row's text or width may have changed: estimate again, measure the visible."""
        self._stale = True
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._timer.start()  # taller: more rows come into view
        return False

    def update_heights(self) -> None:
        """Estimate the rows when stale, then measure the rows in view that are not exact."""
        self._timer.stop()
        if self._stale:
            self._stale = False
            self._exact.clear()
            self._estimate_all()
        table = self._table
        bottom = table.viewport().height()
        row = table.rowAt(0)
        rows = table.model().rowCount()
        while 0 <= row < rows and table.rowViewportPosition(row) < bottom:
            if row not in self._exact and not table.isRowHidden(row):
                table.resizeRowToContents(row)
                self._exact.add(row)
            row += 1

    def _estimate_all(self) -> None:
        table = self._table
        model = table.model()
        rows, columns = model.rowCount(), model.columnCount()
        if not rows:
            return
        metrics = table.fontMetrics()
        line = metrics.lineSpacing()
        # The cell's padding and margins: what an exact row adds to its lines of text.
        padding = 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin)
        widths = [max(1, table.columnWidth(column) - padding - line) for column in range(columns)]
        table.resizeRowToContents(0)
        extra = table.rowHeight(0) - line * self._lines(0, widths, metrics)
        header = table.verticalHeader()
        for row in range(rows):
            header.resizeSection(row, line * self._lines(row, widths, metrics) + extra)

    def _lines(self, row: int, widths: list[int], metrics: QFontMetrics) -> int:
        """The most lines any cell of ``row`` wraps into at ``widths``."""
        model = self._table.model()
        most = 1
        for column, width in enumerate(widths):
            text = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
            if text:
                cell = sum(
                    max(1, math.ceil(metrics.horizontalAdvance(part) / width))
                    for part in str(text).split("\n")
                )
                most = max(most, cell)
        return most
