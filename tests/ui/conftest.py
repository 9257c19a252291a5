"""GUI fixtures: the bundled font, translators per test, main windows on a data dir.

Helpers reach the tests through the ``gui`` fixture (``--import-mode=importlib`` keeps test
modules from importing each other or this file).
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from branchdesk.app import create_application, load_bundled_font
from branchdesk.core.db import Database
from branchdesk.core.enums import ChangeKind, Gender, PersonType, Stage
from branchdesk.core.models import Branch, Member, MembershipChange
from branchdesk.core.services.settings import AppSettings, BranchInfo, load_settings, save_settings
from branchdesk.paths import DataDir
from branchdesk.reports.jobs import PrintJob, ProgressCallback
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import UnsavedChangesDialog, UnsavedChoice
from branchdesk.ui.i18n import install_translators, remove_translators
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.ops import wait_for_background_ops
from branchdesk.ui.pages.dashboard import DashboardPage
from branchdesk.ui.pages.settings import SettingsPage
from branchdesk.ui.printing.preview import PrintPreviewDialog

TODAY = dt.date(2026, 5, 12)  # a fixed "today": dates and reminders do not depend on the clock


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Around pytest-qt closing a test's widgets: a dialog a failed test left with unsaved
    edits would ask Save/Discard modally and hang the run; its edits are dropped instead."""
    original = UnsavedChangesDialog.__dict__["ask"]
    UnsavedChangesDialog.ask = classmethod(lambda *_: UnsavedChoice.DISCARD)  # type: ignore[method-assign, assignment]
    try:
        yield
    finally:
        UnsavedChangesDialog.ask = original  # type: ignore[method-assign]


@pytest.fixture(scope="session")
def gui_app(qapp: QApplication) -> QApplication:
    app = create_application()
    assert app is qapp
    load_bundled_font(app)
    return app


@pytest.fixture
def install_language(gui_app: QApplication) -> Iterator[Callable[[str], None]]:
    """Install a language's translators for this test only."""
    installed: list[QTranslator] = []

    def install(language: str) -> None:
        remove_translators(gui_app, installed)
        installed[:] = install_translators(gui_app, language)

    yield install
    remove_translators(gui_app, installed)
    QLocale.setDefault(QLocale.c())


class Gui:
    """What GUI tests share: a fixed today, the archive, and ways to reach the pages."""

    today = TODAY

    def __init__(self, qtbot, database: Database, data_dir: DataDir) -> None:
        self.qtbot = qtbot
        self.database = database
        self.data_dir = data_dir

    def branch(self, **fields: object) -> BranchInfo:
        values: dict[str, object] = {
            "name": "计算机学院第一学生党支部",
            "parent_org": "计算机学院党委",
        }
        values.update(fields)
        return BranchInfo(**values)  # type: ignore[arg-type]

    def store_settings(self, **changes: object) -> AppSettings:
        """Write settings through the service, as an earlier session of the clerk would."""
        with self.database.unit_of_work("test") as session:
            settings = replace(load_settings(session), **changes)  # type: ignore[arg-type]
            save_settings(session, settings, today=TODAY)
        return settings

    def stored_settings(self) -> AppSettings:
        with self.database.reading() as session:
            return load_settings(session)

    def dashboard(self, window: MainWindow) -> DashboardPage:
        page = window.page("dashboard")
        assert isinstance(page, DashboardPage)
        return page

    def settings(self, window: MainWindow) -> SettingsPage:
        page = window.page("settings")
        assert isinstance(page, SettingsPage)
        return page

    def wait_for_dashboard(self, window: MainWindow) -> DashboardPage:
        """Wait until the dashboard shows what was read after its latest refresh."""
        page = self.dashboard(window)
        self.qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)
        return page

    def add_people(
        self,
        *people: tuple[str, Stage],
        branch: str = "计算机学院第一学生党支部",
        exited: tuple[str, ...] = (),
        details: Mapping[str, Mapping[str, object]] | None = None,
    ) -> dict[str, int]:
        """Put people on file in a new branch, as earlier sessions would have; name → id."""
        with self.database.unit_of_work("test") as session:
            unit = Branch(name=branch, parent_org="计算机学院党委")
            session.add(unit)
            session.flush()
            members = {
                name: Member(
                    branch_id=unit.id,
                    name=name,
                    gender=Gender.FEMALE,
                    person_type=PersonType.STUDENT,
                    stage=stage,
                    **(details or {}).get(name, {}),  # type: ignore[arg-type]
                )
                for name, stage in people
            }
            session.add_all(members.values())
            session.flush()
            for name in exited:
                session.add(
                    MembershipChange(
                        member_id=members[name].id,
                        kind=ChangeKind.TRANSFER_OUT,
                        changed_on=TODAY,
                    )
                )
            return {name: member.id for name, member in members.items()}

    def when_modal(self, kind: type[QWidget], act: Callable[[Any], None]) -> list[Any]:
        """Run ``act(dialog)`` once a modal ``kind`` shows (the test then clicks what opens it).

        The dialog is closed afterwards even when ``act`` fails, so exec() never hangs a test;
        the returned list holds the dialog once it was handled.
        """
        handled: list[Any] = []

        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if isinstance(widget, kind) and widget.isVisible() and widget not in handled:
                handled.append(widget)
                try:
                    act(widget)
                finally:
                    if widget.isVisible():
                        widget.done(0)  # not reject(): no unsaved-changes question
                return
            QTimer.singleShot(10, poll)

        QTimer.singleShot(0, poll)
        return handled

    def open_preview(self, window: MainWindow, job: PrintJob) -> PrintPreviewDialog:
        """Open a preview of ``job`` and wait until its document is shown."""
        dialog = window.print_actions.open_preview(job)
        self.qtbot.waitUntil(dialog.is_ready, timeout=5000)
        return dialog

    def wait_closed(self, dialog: PrintPreviewDialog) -> None:
        """Wait until the preview has stopped rendering and removed its temporary folder."""
        self.qtbot.waitUntil(
            lambda: not shiboken6.isValid(dialog) or dialog.is_disposed(), timeout=5000
        )


class FakeJobs:
    """Print jobs whose render writes an n-page PDF with reportlab, as the real forms do.

    ``rendered`` counts the pages each job really drew, so a test sees where a cancel stopped.
    """

    def __init__(self) -> None:
        self.rendered: dict[str, int] = {}
        self.threads: set[str] = set()

    def job(
        self,
        title: str = "测试文档",
        pages: int = 3,
        *,
        delay: float = 0.0,
        error: Exception | None = None,
        landscape: bool = False,
    ) -> PrintJob:
        def render(output: Path, on_page: ProgressCallback | None) -> int:
            from reportlab.lib.pagesizes import A4
            from reportlab.lib.pagesizes import landscape as turned
            from reportlab.pdfgen import canvas

            self.threads.add(threading.current_thread().name)
            if error is not None:
                raise error
            partial = output.with_name(output.name + ".part")
            pdf = canvas.Canvas(str(partial), pagesize=turned(A4) if landscape else A4)
            self.rendered[title] = 0
            for number in range(1, pages + 1):
                pdf.setFont("Helvetica", 36)
                pdf.drawString(72, 700 if not landscape else 450, f"Page {number} of {pages}")
                pdf.showPage()
                self.rendered[title] = number
                time.sleep(delay)
                if on_page is not None:
                    on_page(number)
            pdf.save()  # like the real renderers: a complete file appears, or none
            os.replace(partial, output)
            return pages

        return PrintJob(title, render)


@pytest.fixture
def fake_jobs() -> FakeJobs:
    return FakeJobs()


@pytest.fixture
def gui(qtbot, database: Database, data_dir: DataDir) -> Gui:
    return Gui(qtbot, database, data_dir)


WindowFactory = Callable[[], MainWindow]


@pytest.fixture
def make_window(
    qtbot,
    gui: Gui,
    install_language: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[WindowFactory]:
    """Build main windows the way app.py does (language from the archive), without exec()."""
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        settings = gui.stored_settings()
        install_language(settings.language)
        context = AppContext(
            database=gui.database,
            data_dir=gui.data_dir,
            language=settings.language,
            clerk_name=settings.clerk_name,
            today=lambda: TODAY,
        )
        window = MainWindow(context)
        # Not qtbot.addWidget: pytest-qt would close it before this fixture's teardown, and
        # a page with unsaved edits would then open a real dialog.
        windows.append(window)
        window.show()
        qtbot.waitUntil(window.isVisible)  # waitExposed only works as a context manager
        if window.current_key == "dashboard":
            gui.wait_for_dashboard(window)
        return window

    yield make
    # Whatever a test left unsaved is dropped here, without asking.
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda *_: UnsavedChoice.DISCARD))
    for window in windows:
        window.close()
        window.deleteLater()
    wait_for_background_ops()


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window()
