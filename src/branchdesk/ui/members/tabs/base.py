"""The contract between the member editor and each of its record tabs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from branchdesk.core.errors import ValidationError


class MemberTab(QWidget):
    """A tab of the member editor whose records are staged until the editor saves.

    The editor calls ``load`` once inside ``database.reading()``, ``save`` inside its single
    unit of work after the person is written, then ``mark_saved`` after the commit.
    """

    changed = Signal()  # the staged records changed (the editor shows "unsaved changes")

    def title(self) -> str:
        """The translated tab title."""
        raise NotImplementedError

    def load(self, session: Session, member_id: int | None) -> None:
        """Read the person's records (member_id None: a new person, nothing on file)."""
        raise NotImplementedError

    def has_changes(self) -> bool:
        """True when staged adds, edits or removals differ from what was loaded."""
        raise NotImplementedError

    def save(self, session: Session, member_id: int, *, today: dt.date) -> None:
        """Write the staged records through core services; raises ValidationError."""
        raise NotImplementedError

    def show_error(self, error: ValidationError) -> bool:
        """Show an error whose field belongs to this tab at its row; False if not ours."""
        raise NotImplementedError

    def mark_saved(self) -> None:
        """After the commit: what is staged becomes the new baseline."""
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        """The file of someone who left opens read-only: records can be seen, not changed."""
        raise NotImplementedError
