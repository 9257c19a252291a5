"""立即备份: one verified backup file into a folder the clerk chooses, optionally encrypted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchdesk.backup.create import BackupResult
from branchdesk.backup.errors import BackupCancelled
from branchdesk.core.enums import BackupKind
from branchdesk.ui.backup.passphrase import PassphraseFields
from branchdesk.ui.backup.task import BackupTask, Progress, error_text, percent
from branchdesk.ui.backup.wizard_view import STYLE, boxed, hint
from branchdesk.ui.context import AppContext
from branchdesk.ui.widgets.files import size_text

LAST_FOLDER_KEY = "backup/last_folder"


class BackupNowDialog(QDialog):
    """The folder, an optional passphrase, then the backup written and read back."""

    finished_backup = Signal(object)  # the BackupResult

    def __init__(self, context: AppContext, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.folder = folder
        self.task: BackupTask | None = None
        self.result: BackupResult | None = None
        self._close_when_stopped = False
        self.setWindowTitle(self.tr("Back up now"))
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(640)

        self.folder_label = QLabel(str(folder))
        self.folder_label.setObjectName("backupTarget")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_button = QPushButton(self.tr("Change…"))
        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.change_button)
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.addRow(self.tr("Write to:"), folder_row)

        self.encrypt = QCheckBox(self.tr("Encrypt it with a passphrase"))
        self.encrypt.setObjectName("backupEncrypt")
        self.encrypt_hint = hint(
            self.tr(
                "Recommended when the file leaves this PC: without the passphrase nobody can "
                "open it, not even you."
            )
        )
        self.passphrase = PassphraseFields()
        self.passphrase.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = hint()
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        self.done_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_box = boxed("okBox", self.done_text)
        self.done_box.hide()

        self.start_button = QPushButton(self.tr("Back up"))
        self.start_button.setObjectName("backupStart")
        self.start_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self.encrypt)
        layout.addWidget(self.encrypt_hint)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.done_box)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.change_button.clicked.connect(self.change_folder)
        self.encrypt.toggled.connect(self._encrypt_toggled)
        self.passphrase.changed.connect(self._update_buttons)
        self.start_button.clicked.connect(self.back_up)
        self.close_button.clicked.connect(self._close_clicked)
        self._update_buttons()
        self.encrypt.setFocus()  # the folder was just chosen: the first question is here

    @classmethod
    def ask_folder(cls, parent: QWidget | None, start: Path | None) -> Path | None:
        """The folder to write to, or None when the clerk cancelled."""
        folder = QFileDialog.getExistingDirectory(
            parent,
            QCoreApplication.translate("BackupNowDialog", "Choose where to write the backup"),
            str(start or ""),
        )
        return Path(folder) if folder else None

    @classmethod
    def start(cls, context: AppContext, parent: QWidget | None = None) -> BackupNowDialog | None:
        """Ask for the folder, then open the dialog window-modal (it deletes itself)."""
        folder = cls.ask_folder(parent, _last_folder(context))
        if folder is None:
            return None
        dialog = cls(context, folder, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def change_folder(self) -> None:
        folder = self.ask_folder(self, self.folder)
        if folder is not None:
            self.folder = folder
            self.folder_label.setText(str(folder))

    def _encrypt_toggled(self, checked: bool) -> None:
        self.passphrase.setVisible(checked)
        if checked:
            self.passphrase.first.setFocus()
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.task is not None and self.task.running
        done = self.result is not None
        ready = not self.encrypt.isChecked() or self.passphrase.is_acceptable()
        self.start_button.setVisible(not done)
        self.start_button.setEnabled(ready and not running)
        for widget in (self.change_button, self.encrypt, self.passphrase):
            widget.setEnabled(not running and not done)
        self.close_button.setText(self.tr("Close") if done else self.tr("Cancel"))

    def back_up(self) -> None:
        from branchdesk.backup.create import create_backup

        if not self.start_button.isEnabled():
            return
        database, data_dir, folder = self.context.database, self.context.data_dir, self.folder
        passphrase = self.passphrase.passphrase() if self.encrypt.isChecked() else None

        def work(progress: Progress) -> BackupResult:
            return create_backup(
                database,
                data_dir,
                folder,
                passphrase=passphrase,
                kind=BackupKind.MANUAL,
                progress=progress,
            )

        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.show()
        self._say(self.tr("Writing the backup…"))
        self.task = BackupTask(work, self)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(self._written)
        self.task.failed.connect(self._failed)
        self.task.start()
        self._update_buttons()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(percent(done, total))
        if total and done >= total:
            self.progress.setRange(0, 0)  # encrypting and reading back: no figure
            self.status.setText(self.tr("Reading the backup back and checking it…"))

    def _written(self, result: BackupResult) -> None:
        self.result = result
        QSettings(str(self.context.data_dir.ui_state), QSettings.Format.IniFormat).setValue(
            LAST_FOLDER_KEY, str(self.folder)
        )
        self.progress.hide()
        self.status.clear()
        self.done_text.setText(
            self.tr("The backup is written and checked:\n{path} ({size})").format(
                path=result.path, size=size_text(result.size)
            )
        )
        self.done_box.show()
        self.context.show_status(self.tr("Backup written: {path}").format(path=result.path))
        self.context.data_changed()
        self.finished_backup.emit(result)
        self._update_buttons()
        if self._close_when_stopped:
            super().reject()

    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        self._say(error_text(error), error=not isinstance(error, BackupCancelled))
        self._update_buttons()
        if self._close_when_stopped:
            super().reject()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setObjectName("errorText" if error else "hint")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _close_clicked(self) -> None:
        if self.result is not None:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        """Cancel stops a backup being written (nothing is left); closing waits for it."""
        if self.task is not None and self.task.running:
            self.task.cancel()
            self._close_when_stopped = True
            self.status.setText(self.tr("Stopping…"))
            return
        super().reject()


def _last_folder(context: AppContext) -> Path | None:
    value = QSettings(str(context.data_dir.ui_state), QSettings.Format.IniFormat).value(
        LAST_FOLDER_KEY
    )
    return Path(str(value)) if value else None
