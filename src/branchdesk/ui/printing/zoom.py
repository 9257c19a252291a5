"""The zoom a QPdfView shows, also in its fit modes (where zoomFactor() is not updated)."""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdfWidgets import QPdfView

POINTS_PER_INCH = 72
MIN_ZOOM, MAX_ZOOM = 0.25, 5.0


def shown_zoom(view: QPdfView, page_points: QSizeF) -> float:
    """Pixels per point ÷ (logical dpi / 72) for a page of ``page_points`` in ``view``."""
    mode = view.zoomMode()
    if mode == QPdfView.ZoomMode.Custom or page_points.isEmpty():
        return view.zoomFactor()
    # QPdfView lays a page out at points × (logical dpi / 72) × zoom, inside its margins.
    screen = view.screen() or QGuiApplication.primaryScreen()
    scale = screen.logicalDotsPerInch() / POINTS_PER_INCH
    margins = view.documentMargins()
    viewport = view.viewport().size()
    width = (viewport.width() - margins.left() - margins.right()) / (page_points.width() * scale)
    if mode == QPdfView.ZoomMode.FitToWidth:
        return width
    height = (viewport.height() - view.pageSpacing()) / (page_points.height() * scale)
    return min(width, height)


def clamped(zoom: float) -> float:
    return max(MIN_ZOOM, min(MAX_ZOOM, zoom))
