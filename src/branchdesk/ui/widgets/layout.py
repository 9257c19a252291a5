"""Small layout pieces the pages and dialogs share: hints, empty states, stacks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

EMPTY_STATE_MARGIN = 24


def hint(text: str = "") -> QLabel:
    """A grey, word-wrapped line that explains (style sheet: #hint)."""
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def empty_state(text: str = "") -> QLabel:
    """What an empty table shows instead: centred, with room around it, telling what to do."""
    label = hint(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMargin(EMPTY_STATE_MARGIN)
    return label


def stacked(*widgets: QWidget) -> QStackedWidget:
    """The widgets on top of each other; the page shows one (e.g. a table or its empty state)."""
    stack = QStackedWidget()
    for widget in widgets:
        stack.addWidget(widget)
    return stack
