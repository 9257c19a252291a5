"""Icons: the bundled SVG files and the coloured severity markers."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from branchdesk.core.rules.reminders import Severity
from branchdesk.paths import resource

# Red for overdue, orange for due, amber for a warning: the usual traffic-light reading.
SEVERITY_COLORS: dict[Severity, str] = {
    Severity.OVERDUE: "#C62828",
    Severity.DUE: "#EF6C00",
    Severity.WARNING: "#C9A227",
}


@cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons by file name (e.g. ``dashboard.svg``)."""
    return QIcon(str(resource("icons", name)))


@cache
def severity_icon(severity: Severity, size: int = 12) -> QIcon:
    """A filled dot in the severity's colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(SEVERITY_COLORS[severity]))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)
