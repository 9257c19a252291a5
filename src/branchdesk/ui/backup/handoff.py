"""The handoff wizard (移交): choose the drive, set the passphrase, write, verify, print the
交接清单, done.

create_backup does the work off the GUI thread: it writes through a hidden file, reads the file
back from the drive and verifies it before it reports success; a cancel or a failure leaves no
file. The drive lister is injectable (``drives=`` or the module's ``drive_lister``) so tests
list folders of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QTableWidgetItem, QVBoxLayout, QWidget

from branchdesk.backup.create import BackupResult
from branchdesk.backup.drives import (
    Drive,
    DriveLister,
    check_writable,
    sorted_drives,
    system_drives,
)
from branchdesk.backup.errors import BackupCancelled, BackupError
from branchdesk.core.enums import BackupKind
from branchdesk.ui.backup.drive_list import estimated_size, folder_drive
from branchdesk.ui.backup.handoff_list import preview_handoff_list
from branchdesk.ui.backup.handoff_view import HandoffWizardView
from branchdesk.ui.backup.labels import grouped_sha256
from branchdesk.ui.backup.task import BackupTask, Progress, error_text, percent
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import ConfirmDialog, MessageDialog
from branchdesk.ui.widgets.files import size_text

if TYPE_CHECKING:
    from branchdesk.ui.printing.preview import PrintPreviewDialog

DIALOG_SIZE = (900, 620)
drive_lister: Callable[[], DriveLister] = system_drives  # tests replace it with FakeDrives


class HandoffWizard(QDialog):
    """Six steps on one dialog; only step 3 writes, and only to the drive chosen in step 1."""

    finished_backup = Signal(object)  # the BackupResult, once written and verified

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        drives: DriveLister | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._lister = drives if drives is not None else drive_lister()
        self.setWindowTitle(self.tr("Hand over to the next clerk"))
        self.view = HandoffWizardView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(*DIALOG_SIZE)

        self.needed_bytes = estimated_size(context)
        self.drive_list: list[Drive] = []
        self._folders: list[Drive] = []  # chosen with “Choose another folder…”
        self.task: BackupTask | None = None
        self.result: BackupResult | None = None
        self.previews: list[PrintPreviewDialog] = []
        self._close_when_stopped = False
        self._printed = False  # the 交接清单 preview was opened

        view = self.view
        view.needed.setText(
            self.tr("The backup needs about {size}.").format(size=size_text(self.needed_bytes))
        )
        view.refresh_button.clicked.connect(self.refresh_drives)
        view.folder_button.clicked.connect(self.choose_folder)
        view.drives.itemSelectionChanged.connect(self._drive_changed)
        view.drives.itemDoubleClicked.connect(lambda _item: self.go_next())
        view.passphrase.changed.connect(self._update_buttons)
        view.no_passphrase.toggled.connect(self._no_passphrase_toggled)
        view.print_button.clicked.connect(self.open_handoff_list)
        view.back_button.clicked.connect(self.go_back)
        view.next_button.clicked.connect(self.go_next)
        view.cancel_button.clicked.connect(self._cancel_clicked)
        self.refresh_drives()
        self._go(HandoffWizardView.DRIVE)
        view.drives.setFocus()  # the arrow keys choose the drive, Enter goes on

    @classmethod
    def start(cls, context: AppContext, parent: QWidget | None = None) -> HandoffWizard:
        """Open the wizard window-modal without blocking; it deletes itself when closed."""
        wizard = cls(context, parent)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    @classmethod
    def ask_folder(cls, parent: QWidget | None) -> Path | None:
        """Another folder to write to, or None when the clerk cancelled."""
        folder = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("HandoffWizard", "Choose the folder to write to")
        )
        return Path(folder) if folder else None

    # state -----------------------------------------------------------------------------

    def step(self) -> int:
        return self.view.stack.currentIndex()

    def selected_drive(self) -> Drive | None:
        rows = self.view.drives.selectionModel().selectedRows()
        if not rows:
            return None
        return self.drive_list[rows[0].row()]

    def _go(self, step: int) -> None:
        self.view.show_step(step)
        self._update_buttons()

    def _update_buttons(self) -> None:
        view, step = self.view, self.step()
        running = self.task is not None and self.task.running
        view.back_button.setVisible(step == HandoffWizardView.PASSPHRASE)
        view.next_button.setVisible(step not in (HandoffWizardView.WRITE, HandoffWizardView.DONE))
        texts = {
            HandoffWizardView.PASSPHRASE: self.tr("Write the backup"),
            HandoffWizardView.PRINT: self.tr("Next"),
        }
        view.next_button.setText(texts.get(step, self.tr("Next")))
        view.next_button.setEnabled(not running and self._can_go_on())
        if step == HandoffWizardView.DONE:
            view.cancel_button.setText(self.tr("Finish"))
        elif self.result is not None:
            view.cancel_button.setText(self.tr("Close"))
        else:
            view.cancel_button.setText(self.tr("Cancel"))
        view.cancel_button.setEnabled(not (running and step == HandoffWizardView.VERIFY))

    def _can_go_on(self) -> bool:
        step = self.step()
        if step == HandoffWizardView.DRIVE:
            return self.selected_drive() is not None and self.view.drive_error.isHidden()
        if step == HandoffWizardView.PASSPHRASE:
            return self.view.no_passphrase.isChecked() or self.view.passphrase.is_acceptable()
        if step in (HandoffWizardView.VERIFY, HandoffWizardView.PRINT):
            return self.result is not None
        return False

    # step 1: the drive -----------------------------------------------------------------

    def refresh_drives(self) -> None:
        """List the drives again (a stick plugged in meanwhile), keeping chosen folders."""
        previous = self.selected_drive()
        self.drive_list = sorted_drives(self._lister) + list(self._folders)
        self._fill_drives()
        paths = [drive.path for drive in self.drive_list]
        if previous is not None and previous.path in paths:
            self.view.drives.selectRow(paths.index(previous.path))
            return
        for row, drive in enumerate(self.drive_list):  # the first stick that can take it
            if drive.removable and not drive.read_only:
                self.view.drives.selectRow(row)
                return
        self._drive_changed()

    def _fill_drives(self) -> None:
        table = self.view.drives
        table.setRowCount(len(self.drive_list))
        for row, drive in enumerate(self.drive_list):
            cells = [
                drive.label,
                str(drive.path),
                self._kind_text(drive),
                self.tr("{free} of {total}").format(
                    free=size_text(drive.free_bytes), total=size_text(drive.total_bytes)
                )
                if drive.total_bytes
                else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        self.view.no_drives.setVisible(not self.drive_list)
        table.setVisible(bool(self.drive_list))

    def _kind_text(self, drive: Drive) -> str:
        if drive in self._folders:
            kind = self.tr("Folder")
        elif drive.removable:
            kind = self.tr("Removable drive")
        else:
            kind = self.tr("Fixed disk")
        if drive.read_only:
            kind = self.tr("{kind}, read-only").format(kind=kind)
        return kind

    def choose_folder(self) -> None:
        folder = self.ask_folder(self)
        if folder is None:
            return
        drive = folder_drive(folder)
        if drive.path not in [known.path for known in self.drive_list]:
            self._folders.append(drive)
            self.drive_list.append(drive)
            self._fill_drives()
        self.view.drives.selectRow([known.path for known in self.drive_list].index(drive.path))

    def _drive_changed(self) -> None:
        drive = self.selected_drive()
        error = self.view.drive_error
        error.hide()
        if drive is not None:
            try:
                check_writable(drive, self.needed_bytes)
            except BackupError as refused:
                error.setText(error_text(refused))
                error.show()
        self._update_buttons()

    # step 2: the passphrase ------------------------------------------------------------

    def _no_passphrase_toggled(self, checked: bool) -> None:
        self.view.passphrase.setEnabled(not checked)
        self.view.no_passphrase_warning.setVisible(checked)
        self._update_buttons()

    def passphrase(self) -> str | None:
        if self.view.no_passphrase.isChecked():
            return None
        return self.view.passphrase.passphrase()

    # moving ----------------------------------------------------------------------------

    def go_next(self) -> None:
        if not self.view.next_button.isEnabled() or self.view.next_button.isHidden():
            return
        step = self.step()
        if step == HandoffWizardView.DRIVE:
            self._go(HandoffWizardView.PASSPHRASE)
            self.view.passphrase.first.setFocus()
        elif step == HandoffWizardView.PASSPHRASE:
            self._write()
        elif step == HandoffWizardView.VERIFY:
            self._go(HandoffWizardView.PRINT)
            if not self._printed:  # the list is the point of this step: show it at once
                self.open_handoff_list()
        elif step == HandoffWizardView.PRINT:
            self._done()

    def go_back(self) -> None:
        if self.step() == HandoffWizardView.PASSPHRASE:
            self.view.status.clear()
            self._go(HandoffWizardView.DRIVE)

    # steps 3 and 4: write, then read back and verify -------------------------------------

    def _write(self) -> None:
        from branchdesk.backup.create import create_backup

        drive = self.selected_drive()
        assert drive is not None
        if self.view.no_passphrase.isChecked() and not ConfirmDialog.ask(
            self,
            self.tr("No passphrase"),
            self.tr(
                "Write the backup without a passphrase? Anyone who has the stick can then read "
                "the whole archive."
            ),
            self.tr("Write without a passphrase"),
            self.tr("Set a passphrase"),
        ):
            return
        try:
            check_writable(drive, self.needed_bytes)  # plugged out meanwhile?
        except BackupError as refused:
            MessageDialog.warn(self, self.tr("Hand over"), error_text(refused))
            self._go(HandoffWizardView.DRIVE)
            self.refresh_drives()
            return
        database, data_dir = self.context.database, self.context.data_dir
        passphrase = self.passphrase()

        def work(progress: Progress) -> BackupResult:
            return create_backup(
                database,
                data_dir,
                drive.path,
                passphrase=passphrase,
                kind=BackupKind.HANDOFF,
                progress=progress,
            )

        view = self.view
        view.status.clear()
        view.write_title.setText(self.tr("Writing the backup to {drive}…").format(drive=drive.path))
        view.write_progress.setValue(0)
        view.write_detail.clear()
        view.verify_title.setText(
            self.tr("Encrypting the backup, then reading it back from the drive and checking it…")
            if passphrase
            else self.tr("Reading the backup back from the drive and checking it…")
        )
        view.verify_busy.show()
        view.verify_explain.show()
        view.verified_box.hide()
        view.missing.hide()
        self.task = BackupTask(work, self)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(self._written)
        self.task.failed.connect(self._failed)
        self.task.start()
        self._go(HandoffWizardView.WRITE)

    def _progressed(self, done: int, total: int) -> None:
        view = self.view
        view.write_progress.setValue(percent(done, total))
        view.write_detail.setText(
            self.tr("{done} of {total} written").format(
                done=size_text(done), total=size_text(total)
            )
        )
        if total and done >= total and self.step() == HandoffWizardView.WRITE:
            self._go(HandoffWizardView.VERIFY)

    def _written(self, result: BackupResult) -> None:
        self.result = result
        view = self.view
        view.verify_title.setText(self.tr("The backup is written and verified."))
        view.verify_busy.hide()
        view.verify_explain.hide()
        view.file_path.setText(str(result.path))
        view.file_size.setText(size_text(result.size))
        view.file_sha.setText(grouped_sha256(result.sha256))
        view.file_encrypted.setText(
            self.tr("yes, with the passphrase you set") if result.encrypted else self.tr("no")
        )
        view.verified_box.show()
        if result.missing_attachments:
            view.missing.setText(
                self.tr(
                    "{count} attached files recorded in the archive were missing from this PC "
                    "and are not in the backup."
                ).format(count=len(result.missing_attachments))
            )
            view.missing.show()
        self.context.show_status(
            self.tr("Handoff backup written and verified: {path}").format(path=result.path)
        )
        self.context.data_changed()  # the backup log changed: the last backup is this one
        self.finished_backup.emit(result)
        if self._close_when_stopped:
            super().reject()
            return
        self._go(HandoffWizardView.VERIFY)

    def _failed(self, error: Exception) -> None:
        if self._close_when_stopped:
            super().reject()
            return
        if isinstance(error, BackupCancelled):
            self.view.status.setText(error_text(error))
            self._go(HandoffWizardView.PASSPHRASE)
            return
        MessageDialog.warn(self, self.tr("Hand over"), error_text(error))
        self.view.status.clear()
        self._go(HandoffWizardView.DRIVE)
        self.refresh_drives()

    # step 5: the 交接清单 ----------------------------------------------------------------

    def open_handoff_list(self) -> PrintPreviewDialog | None:
        """The 交接清单 of the backup just written, in the print preview."""
        result = self.result
        if result is None:
            return None
        self._printed = True
        return preview_handoff_list(
            self,
            self.context,
            file_name=result.path.name,
            size=result.size,
            sha256=result.sha256,
            encrypted=result.encrypted,
            manifest=result.manifest,
            previews=self.previews,
        )

    # step 6 and closing ----------------------------------------------------------------

    def _done(self) -> None:
        result = self.result
        assert result is not None
        self.view.done_file.setText(
            self.tr("Backup file: {path}").format(path=result.path)
            if not result.encrypted
            else self.tr("Encrypted backup file: {path}").format(path=result.path)
        )
        self._go(HandoffWizardView.DONE)

    def reject(self) -> None:
        """Cancel, Esc or closing: a write stops (leaving nothing); the check is waited for."""
        task = self.task
        if task is not None and task.running:
            if self.step() == HandoffWizardView.WRITE:
                task.cancel()
                self._close_when_stopped = True
                self.view.status.setText(self.tr("Stopping…"))
            else:
                self.view.status.setText(self.tr("Please wait until the backup has been checked."))
            return
        for preview in list(self.previews):
            preview.close()
        super().reject()

    def _cancel_clicked(self) -> None:
        """Cancel while writing stops the write (back to the passphrase); otherwise closes."""
        task = self.task
        if task is not None and task.running and self.step() == HandoffWizardView.WRITE:
            task.cancel()
            self.view.status.setText(self.tr("Stopping…"))
            return
        self.reject()
