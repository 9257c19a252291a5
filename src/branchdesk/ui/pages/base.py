"""What the main window expects of every page."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from branchdesk.ui.context import AppContext


class Page(QWidget):
    """A page of the main window; one per record family."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context

    def refresh(self) -> None:
        """Re-read what the page shows (F5, or after a write elsewhere)."""
        raise NotImplementedError

    def has_unsaved_changes(self) -> bool:
        return False

    def can_leave(self) -> bool:
        """Whether the page may be left now; a page with unsaved edits asks the user first."""
        return True
