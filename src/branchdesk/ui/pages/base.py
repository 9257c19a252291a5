"""What the main window expects of every page."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWidget

from branchdesk.ui.context import AppContext

if TYPE_CHECKING:
    from branchdesk.reports.jobs import PrintJob
    from branchdesk.ui.printing.preview import PrintPreviewDialog


# The keys every page answers the same way (Ctrl+P prints, in the main window's toolbar).
STANDARD_KEYS = {
    "new": QKeySequence.StandardKey.New,  # Ctrl+N: a new record of the page
    "find": QKeySequence.StandardKey.Find,  # Ctrl+F: the page's search box
    "delete": QKeySequence.StandardKey.Delete,  # Del: the selected record, after asking
}


class _EscapeClears(QObject):
    """Esc in a search box empties it (the list shows everything again); a box already
    empty lets Esc pass on. Only the box's own key presses are looked at, so Esc still
    closes a combo box's popup or a dialog."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QLineEdit)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and watched.text()
        ):
            watched.clear()
            return True
        return False


class Page(QWidget):
    """A page of the main window; one per record family."""

    printable_changed = Signal()  # what can_print() answers may have changed

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.shortcuts: dict[str, QShortcut] = {}

    def add_shortcuts(self, **actions: Callable[[], object]) -> None:
        """Bind the standard keys (``new``, ``find``, ``delete``) to this page's actions.

        They act while focus is anywhere on the page; a text box keeps Del for itself.
        """
        for name, action in actions.items():
            shortcut = QShortcut(QKeySequence(STANDARD_KEYS[name]), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda act=action: act())
            self.shortcuts[name] = shortcut

    def clear_on_escape(self, *boxes: QLineEdit) -> None:
        """Esc in these search boxes empties them; their × says so."""
        from branchdesk.ui.widgets.tips import clear_button_tip

        self._escape = getattr(self, "_escape", None) or _EscapeClears(self)
        for box in boxes:
            box.installEventFilter(self._escape)
            clear_button_tip(box, self.tr("Clear the search"), Qt.Key.Key_Escape)

    def refresh(self) -> None:
        """Re-read what the page shows (F5, or after a write elsewhere)."""
        raise NotImplementedError

    def show_subject(self, subject: str) -> None:
        """Show what a 工作台 reminder's subject names (a branch's year …); by default the
        page just opens."""

    def has_unsaved_changes(self) -> bool:
        return False

    def can_leave(self) -> bool:
        """Whether the page may be left now; a page with unsaved edits asks the user first."""
        return True

    def can_print(self) -> bool:
        """Whether print_job() has a document now (enables 打印 and Ctrl+P); cheap to ask."""
        return False

    def print_job(self) -> PrintJob | None:
        """The document of what the page shows (打印 / Ctrl+P), or None when there is none."""
        return None

    def preview(self, make: Callable[[], PrintJob | None], title: str) -> PrintPreviewDialog | None:
        """Build a job (its selectors are checked now) and show it in the print preview; a
        refusal is one sentence in a message box titled ``title``."""
        from branchdesk.core.errors import BranchDeskError
        from branchdesk.ui.dialogs import MessageDialog
        from branchdesk.ui.i18n import qt_translate
        from branchdesk.ui.printing.preview import PrintPreviewDialog

        try:
            job = make()
        except (BranchDeskError, ImportError) as error:
            text = error.text(qt_translate) if isinstance(error, BranchDeskError) else str(error)
            MessageDialog.warn(self, title, text)
            return None
        if job is None:
            return None
        # Non-modal above the main window, as 打印 opens it; closing it removes its file.
        dialog = PrintPreviewDialog(job, self.context, self.window())
        dialog.show()
        return dialog
