"""The search popup (Ctrl+K): type, ↑/↓, Enter opens, Esc closes.

The search runs in SQL (core.services.search) off the GUI thread, after a short pause in the
typing; only the answer to the newest text is shown (LatestLoad).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from branchdesk.core.errors import BranchDeskError
from branchdesk.core.services.search import SearchHit, SearchResults, search_records
from branchdesk.ui.context import AppContext
from branchdesk.ui.i18n import qt_translate
from branchdesk.ui.ops import LatestLoad
from branchdesk.ui.search.model import SearchResultsModel
from branchdesk.ui.search.view import SearchView

SEARCH_DELAY_MS = 150  # one query when typing pauses, not one per key
SIZE = (680, 460)  # at most; a smaller main window gets a smaller popup
TOP_OFFSET = 72  # pixels below the main window's top edge, over the toolbar and page title
PAGE_STEP = 5  # hits skipped by Page Up / Page Down


class SearchDialog(QDialog):
    """Finds records of every kind; ``chosen`` is the hit opened with Enter or a click."""

    searched = Signal()  # results (or a failure) for the text as it is now were shown

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("globalSearch")
        self.setWindowTitle(self.tr("Search"))
        self.context = context
        self.chosen: SearchHit | None = None
        self._max_size = SIZE
        self.view = SearchView()
        self.model = SearchResultsModel(context.language, self)
        self.view.results.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        self._load = LatestLoad(self)
        self._open_when_found = False  # Enter came before the answer: open its first hit
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.view.search.textChanged.connect(self._typed)
        self.view.search.installEventFilter(self)
        self.view.results.clicked.connect(self._clicked)
        self._show_start_hint()
        self.view.search.setFocus()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None = None) -> SearchHit | None:
        """Show the popup modally; the hit the clerk opened, or None after Esc."""
        dialog = cls(context, parent)
        dialog.exec()
        chosen = dialog.chosen
        dialog.deleteLater()
        return chosen

    # searching ---------------------------------------------------------------------------

    def is_searching(self) -> bool:
        """Typed text not searched yet, or its answer not shown yet."""
        return self._timer.isActive() or self._load.is_loading()

    def _typed(self, _text: str) -> None:
        self._open_when_found = False
        self._timer.start()

    def search_now(self) -> None:
        """Search the text as it is now (the pause after typing is over, or Enter came)."""
        self._timer.stop()
        text = self.view.search.text().strip()
        if not text:
            self._load.start(
                lambda: SearchResults(""), on_success=self._found, on_failure=self._failed
            )
            return
        database = self.context.database

        def search() -> SearchResults:
            with database.reading() as session:
                return search_records(session, text)

        self._load.start(search, on_success=self._found, on_failure=self._failed)

    def _found(self, results: SearchResults) -> None:
        self.model.set_results(results)
        if not results.text:
            self._show_start_hint()
        elif not results.groups:
            self.view.show_hint(self.tr("Nothing found for “{text}”.").format(text=results.text))
        else:
            self.view.show_results()
            self._select(self.model.first_hit_row())
        self._fit_height()
        self.searched.emit()
        if self._open_when_found:
            self._open_when_found = False
            self.open_current()

    def _failed(self, error: Exception) -> None:
        text = error.text(qt_translate) if isinstance(error, BranchDeskError) else str(error)
        self.view.show_hint(self.tr("The search failed: {error}").format(error=text))
        self._fit_height()
        self.searched.emit()
        self._open_when_found = False

    def _show_start_hint(self) -> None:
        self.view.show_hint(
            self.tr(
                "Type a name or its pinyin initials (zs finds 张三), a student number, "
                "a meeting's number (第3次), a request's number or a few words."
            )
        )

    # choosing ----------------------------------------------------------------------------

    def current_hit(self) -> SearchHit | None:
        index = self.view.results.currentIndex()
        return self.model.hit(index.row()) if index.isValid() else None

    def _select(self, row: int) -> None:
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.view.results.setCurrentIndex(index)
        if row == self.model.first_hit_row() and row > 0:
            self.view.results.scrollToTop()  # keep the first group's heading in sight
        else:
            self.view.results.scrollTo(index)

    def select_step(self, step: int) -> None:
        """Select the next (1) or previous (-1) hit, ``abs(step)`` hits away, skipping headings."""
        row = self.view.results.currentIndex().row()
        if row < 0:
            self._select(self.model.first_hit_row())
            return
        direction = 1 if step > 0 else -1
        for _ in range(abs(step)):
            row = self.model.next_hit_row(row, direction)
        self._select(row)

    def open_current(self) -> bool:
        """Enter: close the popup with the selected hit as ``chosen``; False when there is none."""
        if self.is_searching():
            self._open_when_found = True  # typed fast: open what this text finds
            if self._timer.isActive():
                self.search_now()
            return False
        hit = self.current_hit()
        if hit is None:
            return False
        self.chosen = hit
        self.accept()
        return True

    def _clicked(self, index: QModelIndex) -> None:
        if self.model.hit(index.row()) is not None:
            self._select(index.row())
            self.open_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            steps = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: PAGE_STEP,
                Qt.Key.Key_PageUp: -PAGE_STEP,
            }
            if key in steps:
                self.select_step(steps[Qt.Key(key)])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    # placement ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self._place()
        super().showEvent(event)

    def _place(self) -> None:
        """Centred near the top of the main window, like a command palette."""
        parent = self.parentWidget()
        width, height = SIZE
        if parent is not None:
            window = parent.window()
            frame = window.geometry()
            width = min(width, max(360, frame.width() - 80))
            height = min(height, max(240, frame.height() - TOP_OFFSET - 40))
            self.move(window.mapToGlobal(QPoint((frame.width() - width) // 2, TOP_OFFSET)))
        self._max_size = (width, height)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as what it shows: the box and a hint, or the results up to the most."""
        width, most = self._max_size
        view = self.view
        chrome = view.search.sizeHint().height() + view.keys.sizeHint().height() + 2
        if view.pages.currentWidget() is view.hint:
            body = view.hint.heightForWidth(width - 2)
        else:
            rows = view.results.model().rowCount()
            body = sum(view.results.sizeHintForRow(row) for row in range(rows)) + 4
        self.resize(width, min(most, chrome + body))
