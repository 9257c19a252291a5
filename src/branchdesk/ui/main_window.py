"""The main window: navigation on the left, the current page on the right, a status bar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from branchdesk.core.services.settings import branch_names
from branchdesk.ui.backup.automatic import AutomaticBackups
from branchdesk.ui.context import AppContext
from branchdesk.ui.icons import icon
from branchdesk.ui.navigation import PAGES, NavigationList, PageEntry
from branchdesk.ui.pages.base import Page
from branchdesk.ui.printing.actions import PrintActions
from branchdesk.ui.style import STYLESHEET

DEFAULT_SIZE = (1280, 800)
STATUS_TIMEOUT_MS = 6000


class MainWindow(QMainWindow):
    """Shows one page at a time; remembers its size, state and last page per data dir."""

    def __init__(self, context: AppContext, entries: Sequence[PageEntry] = PAGES) -> None:
        super().__init__()
        self.context = context
        self._entries = list(entries)
        self._pages: dict[str, Page] = {}
        self._current_key = ""
        self._ui_state = QSettings(str(context.data_dir.ui_state), QSettings.Format.IniFormat)
        self.automatic_backups = AutomaticBackups(context, self)

        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("branchdesk.svg"))
        self.setStyleSheet(STYLESHEET)
        self.navigation = NavigationList(self._entries)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.print_actions = PrintActions(self, context, self.current_page)
        self.search_action = QAction(icon("search.svg"), self.tr("Search…"), self)
        self.search_action.setIconText(self.tr("Search"))
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.setToolTip(
            self.tr("Find people, meetings, problems, activities and requests (Ctrl+K)")
        )
        self.search_action.triggered.connect(self.open_search)
        toolbar = self.print_actions.build_toolbar()
        toolbar.insertAction(toolbar.actions()[0], self.search_action)
        toolbar.insertSeparator(toolbar.actions()[1])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

        self._data_dir_label = QLabel(
            self.tr("Data folder: {path}").format(path=context.data_dir.root)
        )
        self.statusBar().addPermanentWidget(self._data_dir_label)
        self._build_menus()
        self._build_shortcuts()

        self.navigation.currentRowChanged.connect(self._on_row_changed)
        context.signals.status_message.connect(self._show_status)
        context.signals.navigate.connect(self.show_page)
        context.signals.open_subject.connect(self.show_subject)
        context.signals.data_changed.connect(self._update_title)
        self._update_title()
        self._restore_state()

    # pages -----------------------------------------------------------------------------

    @property
    def current_key(self) -> str:
        return self._current_key

    def current_page(self) -> Page | None:
        return self._pages.get(self._current_key)

    def page(self, key: str) -> Page:
        """The page registered under ``key``, built the first time it is needed."""
        if key not in self._pages:
            entry = self._entry(key)
            page = entry.factory(self.context)
            page.setObjectName(f"page_{key}")
            page.printable_changed.connect(self._update_print_action)
            self._pages[key] = page
            self.stack.addWidget(page)
        return self._pages[key]

    def show_page(self, key: str) -> bool:
        """Switch to the page ``key``; False when the current page may not be left now."""
        if key not in {entry.key for entry in self._entries}:
            return False
        self.navigation.setCurrentRow(self._row(key))
        return self._current_key == key

    def show_subject(self, key: str, subject: str) -> bool:
        """Switch to the page ``key`` showing ``subject`` (a reminder's); False when the
        current page may not be left now."""
        if not self.show_page(key):
            return False
        self.page(key).show_subject(subject)
        return True

    def has_page(self, key: str) -> bool:
        return key in {entry.key for entry in self._entries}

    def open_search(self) -> None:
        """搜索… (Ctrl+K): the search popup, then the record chosen in it."""
        from branchdesk.ui.search.dialog import SearchDialog
        from branchdesk.ui.search.opening import open_hit

        hit = SearchDialog.ask(self.context, self)
        if hit is not None:
            open_hit(self.context, hit, self, self)

    def refresh_current_page(self) -> None:
        page = self.current_page()
        if page is not None:
            page.refresh()

    def _entry(self, key: str) -> PageEntry:
        for entry in self._entries:
            if entry.key == key:
                return entry
        raise KeyError(key)

    def _row(self, key: str) -> int:
        return [entry.key for entry in self._entries].index(key)

    def _on_row_changed(self, row: int) -> None:
        if row < 0 or self._entries[row].key == self._current_key:
            return
        current = self.current_page()
        if current is not None and not current.can_leave():
            # Stay: put the selection back without re-entering this handler.
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self._row(self._current_key))
            self.navigation.blockSignals(False)
            return
        self._activate(self._entries[row].key)

    def _activate(self, key: str) -> None:
        page = self.page(key)
        self._current_key = key
        self.stack.setCurrentWidget(page)
        self._update_print_action()
        if self.navigation.currentRow() != self._row(key):
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self._row(key))
            self.navigation.blockSignals(False)

    # chrome ----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.search_action)
        file_menu.addSeparator()
        self.print_actions.add_to_menu(file_menu)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("E&xit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About BranchDesk"), self)
        self.about_action.triggered.connect(self._show_about)
        help_menu.addAction(self.about_action)

    def _build_shortcuts(self) -> None:
        for number, entry in enumerate(self._entries[:9], start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda key=entry.key: self.show_page(key))
        refresh = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        refresh.activated.connect(self.refresh_current_page)

    def _update_print_action(self) -> None:
        self.print_actions.update_for(self.current_page())

    def _show_about(self) -> None:
        from branchdesk.ui.about import AboutDialog

        AboutDialog.show_for(self.context, self)

    def _show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def _update_title(self) -> None:
        with self.context.database.reading() as session:
            names = branch_names(session)
        if names:
            self.setWindowTitle(self.tr("BranchDesk — {branch}").format(branch=names[0]))
        else:
            self.setWindowTitle(self.tr("BranchDesk"))

    # state -----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self._ui_state.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_size()
        state = self._ui_state.value("window/state")
        if state is not None:
            self.restoreState(state)
        key = str(self._ui_state.value("window/page", self._entries[0].key))
        if key not in {entry.key for entry in self._entries}:
            key = self._entries[0].key
        self._activate(key)

    def _default_size(self) -> None:
        width, height = DEFAULT_SIZE
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width())
            height = min(height, available.height())
        self.resize(width, height)

    def save_state(self) -> None:
        self._ui_state.setValue("window/geometry", self.saveGeometry())
        self._ui_state.setValue("window/state", self.saveState())
        self._ui_state.setValue("window/page", self._current_key)
        self._ui_state.sync()

    def pages_may_close(self) -> bool:
        """Ask about each page's unsaved edits, showing it; False when the clerk stays."""
        for key, page in self._pages.items():
            if page.has_unsaved_changes():
                self._activate(key)  # show what the question is about
                if not page.can_leave():
                    return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.pages_may_close():
            event.ignore()
            return
        self.print_actions.close_previews()
        self.save_state()
        self.automatic_backups.run_on_exit(self)  # after the pages saved; never blocks quitting
        event.accept()

    # automatic backups, and the archive replaced by a restore ---------------------------

    def start_automatic_backups(self) -> None:
        """Daily and on-exit backups into the data dir (app.py starts them; tests choose)."""
        self.automatic_backups.start()

    def prepare_archive_swap(self) -> bool:
        """Before a restore replaces the archive: edits asked about, previews closed, automatic
        backups paused; False when the clerk keeps an edit open."""
        if not self.pages_may_close():
            return False
        self.print_actions.close_previews()
        self.automatic_backups.pause()
        return True

    def archive_swapped(self) -> None:
        """After a restore: every page is built again, so none shows the old archive."""
        key = self._current_key or self._entries[0].key
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        self._current_key = ""
        self._activate(key)
        self._update_title()
        self.automatic_backups.resume()
