"""Small questions asked of the user; each has a classmethod ``ask`` that tests patch."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class UnsavedChangesDialog:
    """Save / Discard / Cancel before leaving edits behind (never drop them silently)."""

    @classmethod
    def ask(cls, parent: QWidget | None, what: str) -> UnsavedChoice:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("UnsavedChangesDialog", "Unsaved changes"))
        box.setText(
            QCoreApplication.translate(
                "UnsavedChangesDialog", "{what} has unsaved changes. Save them?"
            ).format(what=what)
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return UnsavedChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL


class MessageDialog:
    """Tell the user about a problem they need to know about (one clear sentence)."""

    @classmethod
    def warn(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)
