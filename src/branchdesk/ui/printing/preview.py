"""The print preview: renders a print job off the GUI thread, then shows, prints and saves it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QPointF,
    QSettings,
    QStandardPaths,
    Qt,
    QTemporaryDir,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QVBoxLayout, QWidget

from branchdesk.core.errors import BranchDeskError, DatabaseError
from branchdesk.core.services.exports import record_export
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import MessageDialog
from branchdesk.ui.i18n import qt_translate
from branchdesk.ui.printing.preview_view import PreviewView
from branchdesk.ui.printing.printer import (
    PrintError,
    PrintProgress,
    pages_to_print,
    prepared_printer,
    print_pages,
    print_sequence,
)
from branchdesk.ui.printing.render import Rendering
from branchdesk.ui.printing.saving import copy_atomically, file_name_for, with_pdf_suffix
from branchdesk.ui.printing.zoom import clamped, shown_zoom

if TYPE_CHECKING:
    from branchdesk.reports.jobs import PrintJob

ZOOM_STEP = 1.25
PROGRESS_DELAY_MS = 250  # a quick form appears without a flash of the progress panel
LAST_FOLDER_KEY = "printing/last_folder"
GEOMETRY_KEY = "printing/preview_geometry"


class PrintPreviewDialog(QDialog):
    """A non-modal window previewing one print job; closing it removes its temporary file."""

    ready = Signal()  # the document is shown (tests and screenshots wait for it)
    closed = Signal()  # rendering has stopped and the temporary folder is gone

    def __init__(self, job: PrintJob, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.context = context
        self._ui_state = QSettings(str(context.data_dir.ui_state), QSettings.Format.IniFormat)
        self._closing = False
        self._disposed = False
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowMinimizeButtonHint, True)
        self.setWindowTitle(self.tr("Print preview: {title}").format(title=job.title))

        self.view = PreviewView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.document = QPdfDocument(self)
        self._temp_dir = QTemporaryDir()
        self.rendering = Rendering(job, Path(self._temp_dir.path()) / "document.pdf", self)

        self._connect()
        self._set_document_actions_enabled(False)
        self._restore_geometry()
        if self._temp_dir.isValid():
            QTimer.singleShot(PROGRESS_DELAY_MS, self._show_progress)
            self.rendering.start()
        else:
            QTimer.singleShot(0, lambda: self._fail(OSError(self._temp_dir.errorString())))

    # wiring ----------------------------------------------------------------------------

    def _connect(self) -> None:
        view = self.view
        self.rendering.page_done.connect(self._on_page_done)
        self.rendering.succeeded.connect(self._on_rendered)
        self.rendering.failed.connect(self._fail)
        self.rendering.cancelled.connect(self._on_cancelled)
        view.cancel_button.clicked.connect(self.reject)
        view.close_action.triggered.connect(self.reject)
        view.print_action.triggered.connect(self.print_document)
        view.save_action.triggered.connect(self.save_as_pdf)
        view.zoom_in_action.triggered.connect(lambda: self.zoom_by(ZOOM_STEP))
        view.zoom_out_action.triggered.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        view.fit_width_action.triggered.connect(
            lambda: self.set_zoom_mode(QPdfView.ZoomMode.FitToWidth)
        )
        view.fit_page_action.triggered.connect(
            lambda: self.set_zoom_mode(QPdfView.ZoomMode.FitInView)
        )
        view.first_action.triggered.connect(lambda: self.go_to_page(0))
        view.previous_action.triggered.connect(lambda: self.go_to_page(self.current_page() - 1))
        view.next_action.triggered.connect(lambda: self.go_to_page(self.current_page() + 1))
        view.last_action.triggered.connect(lambda: self.go_to_page(self.page_count() - 1))
        view.page_spin.valueChanged.connect(lambda number: self.go_to_page(number - 1))
        view.pdf_view.pageNavigator().currentPageChanged.connect(self._on_current_page_changed)
        self.finished.connect(self._on_finished)

    def _set_document_actions_enabled(self, enabled: bool) -> None:
        view = self.view
        for action in (
            view.print_action,
            view.save_action,
            view.zoom_in_action,
            view.zoom_out_action,
            view.fit_width_action,
            view.fit_page_action,
        ):
            action.setEnabled(enabled)
        view.page_spin.setEnabled(enabled)
        self._update_navigation()

    # rendering -------------------------------------------------------------------------

    @property
    def pdf_path(self) -> Path:
        return self.rendering.output

    def is_disposed(self) -> bool:
        """Closed, rendering stopped and the temporary folder removed."""
        return self._disposed

    def is_ready(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    def _show_progress(self) -> None:
        if not self.is_ready() and not self._closing:
            self.view.progress_box.setVisible(True)

    @Slot(int)
    def _on_page_done(self, pages: int) -> None:
        self.view.progress_label.setText(self.tr("Generating page {page}…").format(page=pages))

    @Slot(int)
    def _on_rendered(self, _pages: int) -> None:
        if self._closing:
            self._dispose()
            return
        error = self.document.load(str(self.pdf_path))
        if error != QPdfDocument.Error.None_ or self.document.pageCount() == 0:
            self._fail(
                OSError(
                    self.tr("The PDF file could not be read ({error}).").format(error=error.name)
                )
            )
            return
        view = self.view
        view.pdf_view.setDocument(self.document)
        view.set_page_count(self.page_count())
        view.stack.setCurrentWidget(view.pdf_view)
        self._set_document_actions_enabled(True)
        view.set_document_shown(True)
        self.set_zoom_mode(QPdfView.ZoomMode.FitInView)
        self._on_current_page_changed(0)
        view.pdf_view.setFocus()
        view.status_bar.showMessage(
            self.tr("{count} pages").format(count=self.page_count())
            if self.page_count() != 1
            else self.tr("1 page")
        )
        self.ready.emit()

    @Slot(object)
    def _fail(self, error: object) -> None:
        if self._closing:
            self._dispose()
            return
        if isinstance(error, BranchDeskError):
            text = error.text(qt_translate)
        else:
            text = self.tr("The document could not be made: {error}").format(error=error)
        MessageDialog.warn(self.parentWidget() or self, self.tr("Print preview"), text)
        self.reject()

    @Slot()
    def _on_cancelled(self) -> None:
        if not self._closing:
            self.reject()
        self._dispose()

    # closing ---------------------------------------------------------------------------

    @Slot(int)
    def _on_finished(self, _result: int) -> None:
        """Esc, Close, Cancel or the window's close button: stop rendering, then clean up."""
        if self._closing:
            return
        self._closing = True
        self._save_geometry()
        if self.rendering.running:
            self.rendering.cancel()  # _on_cancelled (or _on_rendered) disposes when it stops
        else:
            self._dispose()

    def _dispose(self) -> None:
        if self._disposed:
            return
        self._disposed = True
        self.document.close()  # the file is open while shown (Windows could not delete it)
        self._temp_dir.remove()
        self.closed.emit()
        self.deleteLater()

    # pages -----------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount() if self.is_ready() else 0

    def current_page(self) -> int:
        """The 0-based page at the top of the view."""
        return self.view.pdf_view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        count = self.page_count()
        if count == 0:
            return
        page = max(0, min(page, count - 1))
        navigator = self.view.pdf_view.pageNavigator()
        if page != navigator.currentPage():
            navigator.jump(page, QPointF(), 0)  # zoom 0: keep the current zoom

    @Slot(int)
    def _on_current_page_changed(self, page: int) -> None:
        spin = self.view.page_spin
        spin.blockSignals(True)
        spin.setValue(page + 1)
        spin.blockSignals(False)
        self._update_navigation()

    def _update_navigation(self) -> None:
        count, page = self.page_count(), self.current_page()
        view = self.view
        view.first_action.setEnabled(count > 0 and page > 0)
        view.previous_action.setEnabled(count > 0 and page > 0)
        view.next_action.setEnabled(page < count - 1)
        view.last_action.setEnabled(page < count - 1)

    # zoom ------------------------------------------------------------------------------

    def set_zoom_mode(self, mode: QPdfView.ZoomMode) -> None:
        self.view.pdf_view.setZoomMode(mode)
        self.view.fit_width_action.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.view.fit_page_action.setChecked(mode == QPdfView.ZoomMode.FitInView)
        self._update_zoom_label()

    def zoom_by(self, factor: float) -> None:
        zoom = clamped(self.effective_zoom() * factor)
        pdf_view = self.view.pdf_view
        pdf_view.setZoomFactor(zoom)
        self.set_zoom_mode(QPdfView.ZoomMode.Custom)

    def effective_zoom(self) -> float:
        """The zoom shown, also in the fit modes (where QPdfView keeps its factor unchanged)."""
        if not self.is_ready():
            return self.view.pdf_view.zoomFactor()
        page = self.document.pagePointSize(max(0, self.current_page()))
        return shown_zoom(self.view.pdf_view, page)

    def _update_zoom_label(self) -> None:
        self.view.zoom_label.setText(f"{round(self.effective_zoom() * 100)}%")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.is_ready():
            QTimer.singleShot(0, self._update_zoom_label)  # after the view took its new size

    # print and save ----------------------------------------------------------------------

    @classmethod
    def ask_printer(cls, parent: QWidget, printer: QPrinter, page_count: int) -> QPrinter | None:
        """The print dialog over ``printer``; the printer set up by the user, or None."""
        dialog = QPrintDialog(printer, parent)
        dialog.setMinMax(1, max(1, page_count))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return printer
        return None

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: Path) -> Path | None:
        """Where to save the PDF, or None when the user cancelled."""
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("PrintPreviewDialog", "Save as PDF"),
            str(suggested),
            QCoreApplication.translate("PrintPreviewDialog", "PDF files (*.pdf)"),
        )
        return Path(chosen) if chosen else None

    def print_document(self) -> None:
        """Ask for a printer and pages, then print them (rendered page by page)."""
        if not self.is_ready():
            return
        printer = self.ask_printer(self, prepared_printer(self.document), self.page_count())
        if printer is None:
            return
        pages = pages_to_print(printer, self.page_count(), self.current_page())
        sequence = print_sequence(printer, pages)
        if not sequence:
            return
        progress = PrintProgress(self, len(sequence))
        try:
            done = print_pages(self.document, printer, sequence, on_page=progress.step)
        except PrintError as error:
            MessageDialog.warn(
                self,
                self.tr("Print"),
                self.tr("The printer {printer} could not be opened.").format(printer=error),
            )
            return
        finally:
            progress.close()
        if done:
            self._report_printed(printer, len(sequence))

    def _report_printed(self, printer: QPrinter, sheets: int) -> None:
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            destination = printer.outputFileName()
            message = self.tr("Printed to {path}").format(path=destination)
        else:
            destination = f"printer {printer.printerName()}"
            message = self.tr("{count} pages sent to {printer}").format(
                count=sheets, printer=printer.printerName()
            )
        self._record_export(destination)
        self.view.status_bar.showMessage(message)
        self.context.show_status(message)

    def save_as_pdf(self) -> None:
        """Copy the rendered PDF where the user chooses (atomically: no half-written file)."""
        if not self.is_ready():
            return
        suggested = self._last_folder() / file_name_for(self.job.title)
        chosen = self.ask_save_path(self, suggested)
        if chosen is None:
            return
        target = with_pdf_suffix(chosen)
        try:
            copy_atomically(self.pdf_path, target)
        except OSError as error:
            MessageDialog.warn(
                self,
                self.tr("Save as PDF"),
                self.tr("The PDF could not be saved to {path}: {error}").format(
                    path=target, error=error.strerror or error
                ),
            )
            return
        self._ui_state.setValue(LAST_FOLDER_KEY, str(target.parent))
        self._record_export(str(target))
        message = self.tr("Saved to {path}").format(path=target)
        self.view.status_bar.showMessage(message)
        self.context.show_status(message)

    def _record_export(self, destination: str) -> None:
        """Log that the document left the archive (RULES.md §8: every export is logged)."""
        try:
            with self.context.database.unit_of_work(self.context.actor) as session:
                record_export(
                    session, kind=self.job.kind, title=self.job.title, destination=destination
                )
        except DatabaseError as error:
            # The paper or file already exists; say the log entry is missing, never hide it.
            MessageDialog.warn(
                self,
                self.tr("Export log"),
                self.tr("The export could not be written to the audit trail: {error}").format(
                    error=error.text(qt_translate)
                ),
            )

    def _last_folder(self) -> Path:
        stored = self._ui_state.value(LAST_FOLDER_KEY)
        if stored and Path(str(stored)).is_dir():
            return Path(str(stored))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    # geometry ----------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self._ui_state.value(GEOMETRY_KEY)
        if geometry is not None and self.restoreGeometry(geometry):
            return
        width, height = 1000, 900
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width())
            height = min(height, available.height())
        self.resize(width, height)

    def _save_geometry(self) -> None:
        self._ui_state.setValue(GEOMETRY_KEY, self.saveGeometry())
