"""The frame the backup wizards share: title and step bar, the steps in a stack, busy bar and
buttons (the roster import wizard's look)."""

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

STYLE = f"""
QLabel#wizardStep {{ color: #80868B; padding: 2px 0; }}
QLabel#wizardStep[current="true"] {{ color: {ACCENT}; font-weight: 600; }}
QLabel#wizardStep[done="true"] {{ color: #202124; }}
QLabel#wizardStepArrow {{ color: #BDC1C6; }}
QFrame#wizardRule {{ border-bottom: 1px solid #DADCE0; }}
QFrame#warningBox {{
    background: #FFF4E5;
    border: 1px solid #F5C97A;
    border-radius: 6px;
}}
QFrame#okBox {{
    background: #EDF7EE;
    border: 1px solid #A8D5AE;
    border-radius: 6px;
}}
QLabel#bigFigure {{ font-size: 18px; font-weight: 600; }}
QTableWidget QHeaderView::section {{
    padding: 4px 8px;
    border: none;
    border-right: 1px solid #ECEDEF;
    border-bottom: 1px solid #DADCE0;
    background: #F6F7F9;
}}
QTableWidget::item {{ padding: 0 6px; }}
"""


def hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorText")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def boxed(kind: str, *widgets: QWidget) -> QFrame:
    """``widgets`` in a tinted box: ``warningBox`` (amber) or ``okBox`` (green)."""
    frame = QFrame()
    frame.setObjectName(kind)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 10)
    layout.setSpacing(6)
    for widget in widgets:
        layout.addWidget(widget)
    return frame


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

    def __init__(self, title: str, steps: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.steps = [QLabel(text) for text in steps]
        step_bar = QFrame()
        step_bar.setObjectName("wizardRule")
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
        self.busy.setRange(0, 0)
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
        footer = QFrame()
        footer.setObjectName("wizardRule")
        footer.setFrameShape(QFrame.Shape.HLine)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(step_bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(footer)
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
