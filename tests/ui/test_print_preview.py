"""打印预览: renders off the GUI thread, pages and zoom, save as PDF, print, cancel, errors."""

from __future__ import annotations

import re
import shutil
import subprocess
import threading

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter

from branchdesk.core.errors import DatabaseError
from branchdesk.ui.dialogs import MessageDialog
from branchdesk.ui.printing import preview
from branchdesk.ui.printing.preview import PrintPreviewDialog
from branchdesk.ui.printing.printer import pages_to_print, print_sequence
from branchdesk.ui.printing.saving import file_name_for


@pytest.fixture
def warnings(monkeypatch) -> list[tuple[str, str]]:
    """Message boxes the code would show, as (title, text)."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        MessageDialog,
        "warn",
        classmethod(lambda _cls, _p, title, text: shown.append((title, text))),
    )
    return shown


def pdf_pages(path) -> int:
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(
        next(line for line in info.stdout.splitlines() if line.startswith("Pages:")).split()[1]
    )


def test_preview_renders_off_the_gui_thread_and_shows_every_page(window, gui, fake_jobs):
    # When the clerk opens the preview of a 4-page document
    dialog = gui.open_preview(window, fake_jobs.job("会议记录", pages=4))
    # Then it was rendered on the worker thread and shows all pages, in Chinese
    assert threading.current_thread().name not in fake_jobs.threads
    assert dialog.windowTitle() == "打印预览：会议记录"
    assert dialog.view.pdf_view.document() is dialog.document
    assert dialog.view.pdf_view.pageMode() == QPdfView.PageMode.MultiPage
    assert dialog.page_count() == 4
    assert dialog.view.page_prefix.text() == "第"
    assert dialog.view.page_suffix.text() == "页 / 共 4 页"
    assert dialog.view.page_spin.value() == 1
    assert dialog.view.print_action.iconText() == "打印"
    assert dialog.view.save_action.iconText() == "另存为 PDF"
    assert dialog.view.fit_width_action.text() == "适合宽度"
    assert not dialog.isModal()


def test_page_buttons_keys_and_spin_box_move_the_view(qtbot, window, gui, fake_jobs):
    dialog = gui.open_preview(window, fake_jobs.job(pages=4))
    view = dialog.view
    navigator = view.pdf_view.pageNavigator()
    assert not view.previous_action.isEnabled() and not view.first_action.isEnabled()

    view.next_action.trigger()
    assert navigator.currentPage() == 1
    assert view.page_spin.value() == 2
    view.last_action.trigger()
    assert navigator.currentPage() == 3
    assert view.pdf_view.verticalScrollBar().value() > 0  # the view really scrolled
    assert not view.next_action.isEnabled() and not view.last_action.isEnabled()
    view.previous_action.trigger()
    assert navigator.currentPage() == 2
    view.first_action.trigger()
    assert navigator.currentPage() == 0
    assert view.pdf_view.verticalScrollBar().value() <= view.pdf_view.documentMargins().top()

    view.page_spin.setValue(3)
    assert navigator.currentPage() == 2

    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # waitActive only works as a context manager
    view.pdf_view.setFocus()
    qtbot.keyClick(view.pdf_view, Qt.Key.Key_PageDown)
    assert navigator.currentPage() == 3
    qtbot.keyClick(view.pdf_view, Qt.Key.Key_PageUp)
    assert navigator.currentPage() == 2
    assert view.page_spin.value() == 3


def test_scrolling_updates_the_page_number(qtbot, window, gui, fake_jobs):
    dialog = gui.open_preview(window, fake_jobs.job(pages=3))
    bar = dialog.view.pdf_view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: dialog.view.page_spin.value() == 3, timeout=2000)


def test_zoom_actions_change_the_zoom(qtbot, window, gui, fake_jobs):
    dialog = gui.open_preview(window, fake_jobs.job(pages=2))
    view = dialog.view
    pdf_view = view.pdf_view
    # The preview opens showing whole pages, as they will be printed
    assert pdf_view.zoomMode() == QPdfView.ZoomMode.FitInView
    assert view.fit_page_action.isChecked()
    whole_page = dialog.effective_zoom()

    view.zoom_in_action.trigger()
    assert pdf_view.zoomMode() == QPdfView.ZoomMode.Custom
    assert pdf_view.zoomFactor() == pytest.approx(whole_page * 1.25)
    assert not view.fit_page_action.isChecked()
    assert view.zoom_label.text() == f"{round(whole_page * 125)}%"
    view.zoom_out_action.trigger()
    view.zoom_out_action.trigger()
    assert pdf_view.zoomFactor() == pytest.approx(whole_page / 1.25)

    view.fit_width_action.trigger()
    assert pdf_view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert view.fit_width_action.isChecked()
    assert dialog.effective_zoom() > whole_page  # the dialog is wider than an A4 page's shape
    assert pdf_view.horizontalScrollBar().maximum() == 0

    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # waitActive only works as a context manager
    qtbot.keyClick(pdf_view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert pdf_view.zoomMode() == QPdfView.ZoomMode.FitInView
    qtbot.keyClick(pdf_view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert pdf_view.zoomMode() == QPdfView.ZoomMode.Custom
    assert pdf_view.zoomFactor() > whole_page


def export_log(gui) -> list[str]:
    from sqlalchemy import select

    from branchdesk.core.models import AuditEntry

    with gui.database.reading() as session:
        return list(
            session.scalars(select(AuditEntry.summary).where(AuditEntry.action == "export"))
        )


def test_save_as_pdf_writes_an_identical_copy(monkeypatch, window, gui, fake_jobs, tmp_path):
    dialog = gui.open_preview(window, fake_jobs.job("党员花名册 2026-05-12", pages=2))
    folder = tmp_path / "U盘"
    folder.mkdir()
    suggested = []

    def choose(_cls, _parent, default):
        suggested.append(default)
        return folder / "花名册"  # typed without the suffix

    monkeypatch.setattr(PrintPreviewDialog, "ask_save_path", classmethod(choose))
    dialog.view.save_action.trigger()

    saved = folder / "花名册.pdf"
    assert saved.read_bytes() == dialog.pdf_path.read_bytes()
    assert suggested[0].name == "党员花名册 2026-05-12.pdf"
    assert list(folder.iterdir()) == [saved]  # no temporary file left beside it
    assert dialog.view.status_bar.currentMessage() == f"已保存到 {saved}"
    assert window.statusBar().currentMessage() == f"已保存到 {saved}"
    assert export_log(gui) == [f"党员花名册 2026-05-12 → {saved}"]  # RULES.md §8

    # The next save suggests the folder used last
    dialog.view.save_action.trigger()
    assert suggested[1].parent == folder
    state = QSettings(str(gui.data_dir.ui_state), QSettings.Format.IniFormat)
    assert state.value("printing/last_folder") == str(folder)


def test_saving_where_one_cannot_write_says_so(
    monkeypatch, window, gui, fake_jobs, tmp_path, warnings
):
    dialog = gui.open_preview(window, fake_jobs.job(pages=1))
    target = tmp_path / "missing" / "a.pdf"
    monkeypatch.setattr(
        PrintPreviewDialog, "ask_save_path", classmethod(lambda _cls, _parent, _default: target)
    )
    dialog.view.save_action.trigger()
    assert not target.exists()
    assert warnings and warnings[0][0] == "另存为 PDF"
    assert str(target) in warnings[0][1]


def test_printing_to_a_pdf_printer_prints_every_page(monkeypatch, window, gui, fake_jobs, tmp_path):
    dialog = gui.open_preview(window, fake_jobs.job(pages=3, landscape=True))
    output = tmp_path / "printed.pdf"
    offered: list[QPrinter] = []

    def printer_chosen(_cls, _parent, printer, page_count):
        offered.append(printer)
        assert page_count == 3
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return printer

    monkeypatch.setattr(PrintPreviewDialog, "ask_printer", classmethod(printer_chosen))
    dialog.view.print_action.trigger()

    # The printer was set up like the document: A4, turned like its first page
    assert offered[0].pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert offered[0].resolution() >= 300
    assert pdf_pages(output) == 3
    assert window.statusBar().currentMessage() == f"已打印到 {output}"
    assert [entry.endswith(str(output)) for entry in export_log(gui)] == [True]


def test_printing_honours_the_page_range_and_copies(monkeypatch, window, gui, fake_jobs, tmp_path):
    dialog = gui.open_preview(window, fake_jobs.job(pages=4))
    output = tmp_path / "range.pdf"

    def two_copies_of_pages_two_to_three(_cls, _parent, printer, _count):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        printer.setCopyCount(2)  # a PDF "printer" makes no copies itself: the sheets repeat
        return printer

    monkeypatch.setattr(
        PrintPreviewDialog, "ask_printer", classmethod(two_copies_of_pages_two_to_three)
    )
    dialog.view.print_action.trigger()
    assert pdf_pages(output) == 4


def test_cancelled_print_dialog_prints_nothing(monkeypatch, window, gui, fake_jobs):
    dialog = gui.open_preview(window, fake_jobs.job(pages=1))
    monkeypatch.setattr(PrintPreviewDialog, "ask_printer", classmethod(lambda *_: None))
    dialog.view.print_action.trigger()
    assert dialog.view.status_bar.currentMessage() == "共 1 页"


def test_progress_names_the_page_being_generated(qtbot, monkeypatch, window, fake_jobs):
    monkeypatch.setattr(preview, "PROGRESS_DELAY_MS", 0)  # as if rendering took a while
    dialog = window.print_actions.open_preview(fake_jobs.job(pages=6, delay=0.05))
    assert dialog.view.stack.currentWidget() is dialog.view.progress_panel
    shown: list[str] = []
    qtbot.waitUntil(lambda: shown.append(dialog.view.progress_label.text()) or "页" in shown[-1])
    assert re.fullmatch(r"正在生成第 [1-6] 页…", shown[-1])
    assert dialog.view.progress_box.isVisible()
    assert not dialog.view.print_action.isEnabled()
    qtbot.waitUntil(dialog.is_ready, timeout=5000)
    assert dialog.view.stack.currentWidget() is dialog.view.pdf_view
    assert dialog.view.print_action.isEnabled()


def test_cancel_stops_a_slow_job_and_leaves_no_file(qtbot, window, gui, fake_jobs):
    dialog = window.print_actions.open_preview(fake_jobs.job("慢", pages=200, delay=0.01))
    qtbot.waitUntil(lambda: dialog.view.progress_label.text() != "", timeout=3000)
    output = dialog.pdf_path
    qtbot.mouseClick(dialog.view.cancel_button, Qt.MouseButton.LeftButton)
    gui.wait_closed(dialog)
    assert fake_jobs.rendered["慢"] < 200  # stopped early, at the page after the click
    assert not output.exists()
    assert not output.parent.exists()  # the temporary folder is gone


def test_escape_closes_the_preview_and_removes_its_file(qtbot, window, gui, fake_jobs):
    dialog = gui.open_preview(window, fake_jobs.job(pages=1))
    folder = dialog.pdf_path.parent
    assert folder.exists()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # waitActive only works as a context manager
    qtbot.keyClick(dialog.view.pdf_view, Qt.Key.Key_Escape)
    gui.wait_closed(dialog)
    assert not folder.exists()


def test_a_failing_job_shows_the_error_and_closes(window, gui, fake_jobs, warnings):
    dialog = window.print_actions.open_preview(fake_jobs.job(error=RuntimeError("disk full")))
    gui.wait_closed(dialog)
    assert warnings == [("打印预览", "文档未能生成：disk full")]


def test_a_branchdesk_error_is_shown_in_chinese(window, gui, fake_jobs, warnings):
    error = DatabaseError("Cannot open the database {path}: {reason}.", path="x", reason="gone")
    dialog = window.print_actions.open_preview(fake_jobs.job(error=error))
    gui.wait_closed(dialog)
    assert warnings == [("打印预览", "无法打开数据库 x：gone。")]


def test_closing_the_main_window_stops_open_previews(qtbot, make_window, gui, fake_jobs):
    window = make_window()
    dialog = window.print_actions.open_preview(fake_jobs.job("长", pages=200, delay=0.01))
    qtbot.waitUntil(lambda: dialog.view.progress_label.text() != "", timeout=3000)
    window.close()
    gui.wait_closed(dialog)
    assert fake_jobs.rendered["长"] < 200


def test_copies_repeat_the_pages_collated_or_not(qapp):
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    assert print_sequence(printer, [0, 1]) == [0, 1, 0, 1]
    printer.setCollateCopies(False)
    assert print_sequence(printer, [0, 1]) == [0, 0, 1, 1]
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert pages_to_print(printer, 5, current_page=3) == [3]


def test_file_names_keep_chinese_and_drop_what_windows_refuses():
    assert file_name_for("党员花名册 — 第一支部") == "党员花名册 — 第一支部.pdf"
    assert file_name_for('会议记录 2026/05:12 "A"?') == "会议记录 2026_05_12 _A__.pdf"
    assert file_name_for("...") == "document.pdf"
