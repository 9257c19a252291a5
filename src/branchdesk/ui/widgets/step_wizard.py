"""The frame of a step-by-step wizard: title and step bar, the steps in a stack, a busy bar,
a status line and Back / Next / Cancel. The roster import and the backup wizards use it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from branchdesk.ui.style import ACCENT
from branchdesk.ui.widgets.layout import hint

STEP_STYLE = f"""
QLabel#wizardStep {{ color: #80868B; padding: 2px 0; }}
QLabel#wizardStep[current="true"] {{ color: {ACCENT}; font-weight: 600; }}
QLabel#wizardStep[done="true"] {{ color: #202124; }}
QLabel#wizardStepArrow {{ color: #BDC1C6; }}
QFrame#wizardRule {{ background: #DADCE0; border: none; }}
"""


def _rule() -> QFrame:
    """A thin grey line across the wizard, under the step bar and above the buttons."""
    line = QFrame()
    line.setObjectName("wizardRule")
    line.setFixedHeight(1)
    return line


def error_label() -> QLabel:
    """A red, selectable line for what went wrong; hidden until it has something to say."""
    label = QLabel()
    label.setObjectName("errorText")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def step_page(*widgets: QWidget, stretch: QWidget | None = None) -> QWidget:
    """A step: widgets from the top; ``stretch`` takes the spare height (else a spacer does)."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(24, 16, 24, 8)
    layout.setSpacing(10)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is stretch else 0)
    if stretch is None:
        layout.addStretch(1)
    return page


class StepWizardView(QWidget):
    """Widgets only: the controller adds the steps, fills them and moves between them."""

    def __init__(
        self,
        title: str,
        steps: Sequence[str],
        parent: QWidget | None = None,
        *,
        style: str = STEP_STYLE,
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet(style)
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.steps = [QLabel(text) for text in steps]
        step_bar = QWidget()
        bar = QHBoxLayout(step_bar)
        bar.setContentsMargins(24, 14, 24, 12)
        bar.setSpacing(10)
        bar.addWidget(self.title)
        bar.addStretch(1)
        for number, label in enumerate(self.steps):
            label.setObjectName("wizardStep")
            if number:
                arrow = QLabel("›")
                arrow.setObjectName("wizardStepArrow")
                bar.addWidget(arrow)
            bar.addWidget(label)

        self.stack = QStackedWidget()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # how long a step takes is unknown: a moving bar
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(140)
        self.busy.hide()
        self.status = hint()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("wizardBack")
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("wizardNext")
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("wizardCancel")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(24, 10, 24, 14)
        buttons.setSpacing(8)
        buttons.addWidget(self.busy)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(step_bar)
        layout.addWidget(_rule())
        layout.addWidget(self.stack, 1)
        layout.addWidget(_rule())
        layout.addLayout(buttons)

    def add_step(self, page: QWidget) -> int:
        return self.stack.addWidget(page)

    def show_step(self, step: int, marked: int | None = None) -> None:
        """Switch to ``step``; ``marked`` is the step bar's current entry (default: the same)."""
        self.stack.setCurrentIndex(step)
        current = step if marked is None else marked
        for number, label in enumerate(self.steps):
            label.setProperty("current", number == current)
            label.setProperty("done", number < current)
            label.style().unpolish(label)
            label.style().polish(label)
