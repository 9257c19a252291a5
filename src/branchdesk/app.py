"""Composition root of the GUI: application, font, translations, instance lock, database, window.

Each step is a function so tests can build everything without entering the event loop.
"""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from branchdesk import APP_NAME, __version__
from branchdesk.paths import FONT_FILE, DataDir, resource

if TYPE_CHECKING:
    from branchdesk.core.db import Database
    from branchdesk.ui.context import AppContext
    from branchdesk.ui.main_window import MainWindow

EXIT_OK = 0
EXIT_ALREADY_RUNNING = 1
EXIT_DATABASE = 2
DEFAULT_LANGUAGE = "zh_CN"

_font_family: str | None = None


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (the existing one when there is one, e.g. under pytest-qt), with
    Python's garbage collector moved to its thread (ui/collector.py)."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    from branchdesk.ui.collector import collect_on_gui_thread

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        collect_on_gui_thread(existing)
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName(APP_NAME)
    collect_on_gui_thread(app)
    return app


def load_bundled_font(app: QApplication) -> str | None:
    """Load Noto Sans SC and make it the application font (else Chinese shows as boxes).

    Returns the family name, or None when the font file is missing or unreadable.
    """
    global _font_family
    if _font_family is None:
        font_id = QFontDatabase.addApplicationFont(str(resource(*FONT_FILE)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            return None
        _font_family = families[0]
    font = QFont(app.font())
    font.setFamilies([_font_family])
    app.setFont(font)
    return _font_family


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """BranchDesk's and Qt's translations for ``language``; English needs none."""
    from branchdesk.ui.i18n import install_translators

    return install_translators(app, language)


def acquire_instance_lock(data_dir: DataDir) -> QLockFile | None:
    """Lock the data dir for this process; None when another running BranchDesk holds it.

    A lock left by a process that died (a crash, a power cut) is recovered: with a stale time
    of 0, Qt judges staleness only by whether the recorded process still runs, never by age.
    """
    data_dir.ensure()
    lock = QLockFile(str(data_dir.lock_file))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock
    return None


def lock_refusal_message(data_dir: DataDir) -> str:
    """Why the lock was refused, in the installed language."""
    pid, host, _app = QLockFile(str(data_dir.lock_file)).getLockInfo()
    if pid > 0:
        return QCoreApplication.translate(
            "App",
            "BranchDesk is already open for this data folder (process {pid} on {host}). "
            "Switch to that window, or close it first.",
        ).format(pid=pid, host=host or "?")
    return QCoreApplication.translate(
        "App",
        "BranchDesk cannot lock the data folder {path}. Check that the folder exists and "
        "that you may write in it.",
    ).format(path=data_dir.root)


def peek_language(data_dir: DataDir) -> str:
    """The archive's language without creating or upgrading anything (for early messages)."""
    try:
        from branchdesk.core.db import Database
        from branchdesk.core.schema import HEAD_REVISION, read_revision
        from branchdesk.core.services.settings import language

        if read_revision(data_dir.database) != HEAD_REVISION:
            return DEFAULT_LANGUAGE
        database = Database(data_dir.database)
        try:
            with database.reading() as session:
                return language(session)
        finally:
            database.close()
    except Exception:  # only a message's language is at stake: never fail over it
        return DEFAULT_LANGUAGE


def open_archive(data_dir: DataDir) -> Database:
    """Open, creating or upgrading, the data dir's database (raises DatabaseError)."""
    from branchdesk.core.schema import open_database

    return open_database(data_dir.database, safety_dir=data_dir.safety_backups)


def create_context(data_dir: DataDir, database: Database) -> AppContext:
    """The context pages share, with the clerk and language stored in the archive."""
    from branchdesk.core.services.settings import load_settings
    from branchdesk.ui.context import AppContext

    with database.reading() as session:
        settings = load_settings(session)
    return AppContext(
        database=database,
        data_dir=data_dir,
        language=settings.language,
        clerk_name=settings.clerk_name,
    )


def build_main_window(context: AppContext) -> MainWindow:
    from branchdesk.ui.main_window import MainWindow

    # What is loaded by now (Qt, SQLAlchemy, the models, the pages) lives as long as the
    # program: out of the collector's sight, later collections need not walk it each time
    # (loading 工作台 at school scale: 140 → 90 ms).
    gc.freeze()
    return MainWindow(context)


def show_startup_problem(title: str, text: str, *, critical: bool = False) -> None:
    """A message box before the main window exists (tests replace this function)."""
    if critical:
        QMessageBox.critical(None, title, text)
    else:
        QMessageBox.warning(None, title, text)


def _start_sample_data(context: AppContext, window: MainWindow) -> None:
    from branchdesk.ui.sample_data import archive_is_empty, load_sample_data

    if archive_is_empty(context.database):
        load_sample_data(context, window)
    else:
        context.show_status(
            QCoreApplication.translate(
                "App", "The archive already holds records, so no sample data was added."
            )
        )


def offer_first_run(context: AppContext, window: MainWindow) -> QDialog | None:
    """On a new, empty archive: the first-run assistant over the window (not blocking).

    Only here, at a real start: windows that tests build on empty archives stay undisturbed,
    and ``--sample-data`` (the clerk already said how to start) skips it.
    """
    from branchdesk.ui.first_run.assistant import FirstRunAssistant
    from branchdesk.ui.sample_data import archive_is_empty

    if not archive_is_empty(context.database):
        return None
    return FirstRunAssistant.start(context, window)


def run_gui(data_dir: DataDir, *, sample_data: bool = False) -> int:
    """Open the main window on ``data_dir`` and run until it closes; the exit code."""
    app = create_application()
    load_bundled_font(app)
    translators: list[QTranslator] = []
    lock = acquire_instance_lock(data_dir)
    try:
        if lock is None:
            translators = install_translations(app, peek_language(data_dir))
            show_startup_problem(APP_NAME, lock_refusal_message(data_dir))
            return EXIT_ALREADY_RUNNING
        return _run_locked(app, data_dir, translators, sample_data=sample_data)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        if lock is not None:
            lock.unlock()


def _run_locked(
    app: QApplication, data_dir: DataDir, translators: list[QTranslator], *, sample_data: bool
) -> int:
    """Open the archive and run the window; installed translators are added to the list."""
    from branchdesk.core.errors import DatabaseError
    from branchdesk.ui.i18n import qt_translate
    from branchdesk.ui.ops import wait_for_background_ops

    try:
        database = open_archive(data_dir)
    except (DatabaseError, OSError) as exc:
        translators += install_translations(app, DEFAULT_LANGUAGE)
        show_startup_problem(
            APP_NAME,
            QCoreApplication.translate("App", "BranchDesk cannot open the archive: {error}").format(
                error=exc.text(qt_translate) if isinstance(exc, DatabaseError) else exc
            ),
            critical=True,
        )
        return EXIT_DATABASE
    try:
        context = create_context(data_dir, database)
        translators += install_translations(app, context.language)
        window = build_main_window(context)
        window.show()
        window.start_automatic_backups()
        if sample_data:
            _start_sample_data(context, window)
        else:
            offer_first_run(context, window)
        return app.exec()
    finally:
        wait_for_background_ops()
        database.close()
