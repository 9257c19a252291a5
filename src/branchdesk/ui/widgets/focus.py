"""Keeping the Tab order in reading order where Qt's creation order is not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget


def editors_follow_view(view: QAbstractItemView) -> None:
    """Put a table's open editors (persistent ones) right after the table in the Tab order.

    Editors opened once the dialog's buttons exist come after 取消 in Qt's focus chain, so Tab
    went from 取消 back into the table's cells. What follows the table moves behind them.
    """
    window = view.window()
    if window is view:
        return  # not in its dialog yet: the table's editors move with it when it is placed
    following: list[QWidget] = []
    widget = view.nextInFocusChain()
    while widget is not window and widget is not view:
        inside = view.isAncestorOf(widget) or any(w.isAncestorOf(widget) for w in following)
        if not inside:
            following.append(widget)
        widget = widget.nextInFocusChain()
    last_in_tab_order(*following)


def last_in_tab_order(*widgets: QWidget) -> None:
    """Move ``widgets``, in this order, to the end of their window's Tab order (a dialog's
    buttons after tab pages or editors made after them)."""
    for widget in widgets:
        window = widget.window()
        last = window.previousInFocusChain()
        # Behind the last widget that takes Tab itself: Qt ignores a move behind a part
        # of a compound (a scroll bar, a combo's line edit).
        while last is not window and (
            last.focusPolicy() == Qt.FocusPolicy.NoFocus or last.focusProxy() is not None
        ):
            last = last.previousInFocusChain()
        if last is not widget:
            QWidget.setTabOrder(last, widget)
