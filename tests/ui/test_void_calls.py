"""Guard: PySide6 6.12.0 aborts ("deallocating None") after ~5,000 void Qt calls (DESIGN §9)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect
from PySide6.QtWidgets import QLabel

CALLS = 20_000


def test_many_calls_that_return_nothing_do_not_abort(gui_app):
    label = QLabel()
    holder = QObject()
    rect = QRect()
    for number in range(CALLS // 3 + 1):
        label.setToolTip("提醒")
        holder.setObjectName("page")
        rect.setWidth(number)
    assert rect.width() == CALLS // 3
    assert label.toolTip() == "提醒"
