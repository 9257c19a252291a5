"""Small questions asked of the user; each has a classmethod ``ask`` that tests patch."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


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


class ConfirmDialog:
    """A yes-or-no question whose buttons say what they do; Esc answers no."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is accept


class EditDialog(QDialog):
    """A form in a dialog: Ctrl+S saves; Esc, 取消 or closing never drop entries silently."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

    def has_unsaved_changes(self) -> bool:
        raise NotImplementedError

    def save(self) -> bool:
        """Validate and store in one unit of work; True when saved (and the dialog accepted)."""
        raise NotImplementedError

    def unsaved_subject(self) -> str:
        """What the unsaved-changes question names, e.g. 李明的档案."""
        return self.windowTitle()

    def reject(self) -> None:
        if self.has_unsaved_changes():
            choice = UnsavedChangesDialog.ask(self, self.unsaved_subject())
            if choice is UnsavedChoice.SAVE:
                self.save()
                return
            if choice is UnsavedChoice.CANCEL:
                return
        super().reject()
