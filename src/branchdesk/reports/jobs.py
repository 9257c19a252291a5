"""Print jobs: a named document rendered to a PDF file; the command line and the preview share them.

A job is built on the GUI (or CLI) thread, which checks its selectors at once (a missing member
or branch raises BranchDeskError there); ``render`` then reads what it needs in its own session
and writes the PDF, so the GUI can run it off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Called with the number of pages finished so far (from the rendering thread).
ProgressCallback = Callable[[int], None]


@dataclass(frozen=True)
class PrintJob:
    """A document to print: its title (window title, default file name) and how to make it."""

    title: str
    render: Callable[[Path, ProgressCallback | None], int]  # writes the PDF; returns pages
    kind: str = "document"  # the form's name (e.g. "roster"), for the export log
