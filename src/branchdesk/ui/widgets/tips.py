"""Tooltips in one style: what the control does, then its key in brackets, as Qt writes it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

Key = QKeySequence | QKeySequence.StandardKey | str


def with_key(text: str, key: Key | None) -> str:
    """``text (Ctrl+N)`` (保存（Ctrl+S） in Chinese): the key as the platform names it, or
    just ``text`` without one."""
    if key is None:
        return text
    keys = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    if not keys:
        return text
    return QCoreApplication.translate("Tooltip", "{text} ({key})").format(text=text, key=keys)


def set_tip(target: QWidget | QAction, text: str, key: Key | None = None) -> None:
    """Give ``target`` the tooltip ``text``, naming ``key`` when it has one."""
    target.setToolTip(with_key(text, key))


def clear_button_tip(box: QLineEdit, text: str, key: Key | None = None) -> None:
    """The tooltip of the × Qt shows in a box with setClearButtonEnabled (none otherwise)."""
    for action in box.findChildren(QAction):
        if action.objectName() == "_q_qlineeditclearaction":
            set_tip(action, text, key)
