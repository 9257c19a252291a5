"""Sending the pages of a rendered PDF to a QPrinter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

# QPdfDocument only renders pages to images. A4 at 300 dpi is a 35 MB image and prints text
# crisply; the printer's own 600–1200 dpi would cost 4–16 times the memory and time per page.
MAX_RENDER_DPI = 300
POINTS_PER_INCH = 72
PROGRESS_FROM_SHEETS = 4  # fewer sheets print too fast for a progress dialog to help


class PrintError(Exception):
    """The printer could not be opened (no printer, or the output file cannot be written)."""


def prepared_printer(document: QPdfDocument) -> QPrinter:
    """A high-resolution A4 printer turned like the document's first page."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    size = document.pagePointSize(0) if document.pageCount() else None
    landscape = size is not None and size.width() > size.height()
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setFromTo(1, max(1, document.pageCount()))
    return printer


def pages_to_print(printer: QPrinter, page_count: int, current_page: int) -> list[int]:
    """The 0-based pages the print dialog asked for, in order, each once."""
    if printer.printRange() == QPrinter.PrintRange.CurrentPage:
        return [current_page] if 0 <= current_page < page_count else []
    ranges = printer.pageRanges()
    if printer.printRange() != QPrinter.PrintRange.PageRange or ranges.isEmpty():
        return list(range(page_count))
    return [page for page in range(page_count) if ranges.contains(page + 1)]


def print_sequence(printer: QPrinter, pages: list[int]) -> list[int]:
    """Pages in printing order, repeated for copies when the driver does not make copies."""
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if copies == 1:
        return list(pages)
    if printer.collateCopies():
        return [page for _ in range(copies) for page in pages]
    return [page for page in pages for _ in range(copies)]


def _target_rect(paper: QRectF, page_points: QSizeF) -> QRectF:
    """The page scaled to fit the paper, centred (1:1 when the paper is the page's size)."""
    width, height = page_points.width(), page_points.height()
    if width <= 0 or height <= 0:
        return paper
    scale = min(paper.width() / width, paper.height() / height)
    shown_w, shown_h = width * scale, height * scale
    return QRectF(
        paper.x() + (paper.width() - shown_w) / 2,
        paper.y() + (paper.height() - shown_h) / 2,
        shown_w,
        shown_h,
    )


def print_pages(
    document: QPdfDocument,
    printer: QPrinter,
    sequence: list[int],
    on_page: Callable[[int], bool] | None = None,
) -> bool:
    """Paint each page of ``sequence`` on its own sheet; False when ``on_page`` cancelled.

    ``on_page(done)`` is called before each sheet with the sheets done so far; returning False
    stops and aborts the print run. Raises PrintError when the printer cannot be opened.
    """
    # The PDF already holds the form's margins: paint on the whole sheet, so it prints 1:1.
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(printer.outputFileName() or printer.printerName())
    try:
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        for done, page in enumerate(sequence):
            if on_page is not None and not on_page(done):
                printer.abort()
                return False
            if done:
                printer.newPage()
            points = document.pagePointSize(page)
            pixels = QSize(
                round(points.width() * dpi / POINTS_PER_INCH),
                round(points.height() * dpi / POINTS_PER_INCH),
            )
            painter.drawImage(_target_rect(paper, points), document.render(page, pixels))
        return True
    finally:
        painter.end()


class PrintProgress:
    """A window-modal progress dialog over a long print run; ``step`` is print_pages' on_page."""

    def __init__(self, parent: QWidget, sheets: int) -> None:
        self._dialog: QProgressDialog | None = None
        if sheets < PROGRESS_FROM_SHEETS:
            return
        translate = QCoreApplication.translate
        dialog = QProgressDialog(
            translate("PrintProgress", "Sending the pages to the printer…"),
            translate("PrintProgress", "Cancel"),
            0,
            sheets,
            parent,
        )
        dialog.setWindowTitle(translate("PrintProgress", "Print"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        self._dialog = dialog

    def step(self, done: int) -> bool:
        """Show ``done`` sheets; False once the user cancelled."""
        if self._dialog is None:
            return True
        self._dialog.setValue(done)  # a window-modal progress dialog processes events here
        return not self._dialog.wasCanceled()

    def close(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
