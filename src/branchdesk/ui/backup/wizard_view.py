"""What the backup wizards add to the shared wizard frame: their style and tinted boxes."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from branchdesk.ui.widgets.layout import hint
from branchdesk.ui.widgets.step_wizard import STEP_STYLE, StepWizardView, error_label, step_page

__all__ = ["STYLE", "StepWizardView", "boxed", "error_label", "hint", "step_page"]

STYLE = (
    STEP_STYLE
    + """
QFrame#warningBox {
    background: #FFF4E5;
    border: 1px solid #F5C97A;
    border-radius: 6px;
}
QFrame#okBox {
    background: #EDF7EE;
    border: 1px solid #A8D5AE;
    border-radius: 6px;
}
QLabel#bigFigure { font-size: 18px; font-weight: 600; }
QTableWidget QHeaderView::section {
    padding: 4px 8px;
    border: none;
    border-right: 1px solid #ECEDEF;
    border-bottom: 1px solid #DADCE0;
    background: #F6F7F9;
}
QTableWidget::item { padding: 0 6px; }
"""
)


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
