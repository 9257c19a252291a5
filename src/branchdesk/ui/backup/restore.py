"""The receiving side (恢复备份), and checking a file without restoring it (核对备份文件).

The file is verified once, off the GUI thread; the VerifiedBackup keeps what it extracted, so
restoring never decrypts it again. Restoring replaces the live database: the main window (the
``ArchiveHost``) first asks about unsaved edits and closes its previews, the restore closes every
connection to the old file, and afterwards the host builds its pages again on the new one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from branchdesk.backup import envelope
from branchdesk.backup.errors import BackupCancelled, WrongPassphraseError
from branchdesk.ui.backup.comparison import Checked, counts_shown, show_comparison
from branchdesk.ui.backup.handoff_list import preview_handoff_list
from branchdesk.ui.backup.labels import local_time_text
from branchdesk.ui.backup.restore_view import RestoreWizardView
from branchdesk.ui.backup.task import BackupTask, Progress, error_text, percent
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import ConfirmDialog, MessageDialog
from branchdesk.ui.widgets.files import size_text

if TYPE_CHECKING:
    from branchdesk.backup.restore import RestoreResult
    from branchdesk.ui.printing.preview import PrintPreviewDialog

DIALOG_SIZE = (900, 720)


@runtime_checkable
class ArchiveHost(Protocol):
    """The window whose pages show the archive (the main window)."""

    def prepare_archive_swap(self) -> bool:
        """Ask about unsaved edits and stop what reads the archive; False to keep it."""
        ...

    def archive_swapped(self) -> None:
        """Build the pages again on the replaced archive."""
        ...


class RestoreWizard(QDialog):
    """Choose, verify, compare, then (unless ``check_only``) restore."""

    restored = Signal(object)  # the RestoreResult

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        check_only: bool = False,
        path: Path | None = None,
        host: ArchiveHost | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.check_only = check_only
        self.host = host
        self.setWindowTitle(
            self.tr("Check a backup file") if check_only else self.tr("Restore a backup")
        )
        self.view = RestoreWizardView(check_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(*DIALOG_SIZE)

        self.path: Path | None = None
        self.encrypted = False
        self.checked: Checked | None = None
        self.task: BackupTask | None = None
        self.result: RestoreResult | None = None
        self.previews: list[PrintPreviewDialog] = []
        self._restoring = False
        self._close_when_stopped = False

        view = self.view
        view.choose_button.clicked.connect(self.choose_file)
        view.passphrase.textChanged.connect(lambda _text: self._update_buttons())
        view.passphrase.returnPressed.connect(self.go_next)
        view.show_passphrase.toggled.connect(
            lambda shown: view.passphrase.setEchoMode(
                QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
            )
        )
        view.print_button.clicked.connect(self.open_handoff_list)
        view.back_button.clicked.connect(self.go_back)
        view.next_button.clicked.connect(self.go_next)
        view.cancel_button.clicked.connect(self._cancel_clicked)
        self._go(RestoreWizardView.FILE)
        view.choose_button.setFocus()
        if path is not None:
            self.set_file(path)  # an encrypted file puts the focus on its passphrase

    @classmethod
    def start(
        cls,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        check_only: bool = False,
        path: Path | None = None,
        host: ArchiveHost | None = None,
    ) -> RestoreWizard:
        """Open the wizard window-modal without blocking; it deletes itself when closed."""
        wizard = cls(context, parent, check_only=check_only, path=path, host=host)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    @classmethod
    def ask_path(cls, parent: QWidget | None) -> Path | None:
        """The backup file, or None when the clerk cancelled."""
        path, _chosen = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("RestoreWizard", "Choose the backup file"),
            "",
            QCoreApplication.translate(
                "RestoreWizard", "BranchDesk backups (*.zip *.age);;All files (*)"
            ),
        )
        return Path(path) if path else None

    # state -----------------------------------------------------------------------------

    def step(self) -> int:
        return self.view.stack.currentIndex()

    def is_busy(self) -> bool:
        return self.task is not None and self.task.running

    def _go(self, step: int) -> None:
        self.view.show_step(step, min(step, len(self.view.steps) - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        view, step = self.view, self.step()
        busy = self.is_busy()
        done = self.result is not None
        view.back_button.setVisible(step == RestoreWizardView.PREVIEW and not done)
        view.back_button.setEnabled(not busy)
        view.next_button.setVisible(
            step == RestoreWizardView.FILE
            or (step == RestoreWizardView.PREVIEW and not self.check_only)
        )
        view.next_button.setText(
            self.tr("Restore…") if step == RestoreWizardView.PREVIEW else self.tr("Verify")
        )
        view.next_button.setEnabled(not busy and self._can_go_on())
        if done or (self.check_only and step == RestoreWizardView.PREVIEW):
            view.cancel_button.setText(self.tr("Close"))
        else:
            view.cancel_button.setText(self.tr("Cancel"))
        view.cancel_button.setEnabled(not self._restoring)

    def _can_go_on(self) -> bool:
        if self.step() == RestoreWizardView.FILE:
            if self.path is None or not self.view.file_error.isHidden():
                return False
            return not self.encrypted or bool(self.view.passphrase.text())
        return self.step() == RestoreWizardView.PREVIEW and self.checked is not None

    # step 1: the file ------------------------------------------------------------------

    def choose_file(self) -> None:
        path = self.ask_path(self)
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        """Show what kind of file ``path`` is; an encrypted one asks for its passphrase."""
        view = self.view
        self.path = path
        self._drop_checked()
        view.path.setText(str(path))
        view.path.setToolTip(str(path))
        view.file_error.hide()
        try:
            with open(path, "rb") as handle:
                head = handle.read(len(envelope.AGE_MAGIC))
            size = path.stat().st_size
        except OSError as error:
            view.file_error.setText(
                self.tr("The file cannot be read ({error}).").format(error=error.strerror or error)
            )
            view.file_error.show()
            view.file_info.hide()
            view.passphrase_box.hide()
            self.encrypted = False
            self._update_buttons()
            return
        self.encrypted = envelope.is_encrypted(head)
        view.file_info.setText(
            self.tr("{size}, encrypted").format(size=size_text(size))
            if self.encrypted
            else self.tr("{size}, not encrypted").format(size=size_text(size))
        )
        view.file_info.show()
        view.passphrase_box.setVisible(self.encrypted)
        if self.encrypted:
            view.passphrase.setFocus()
        self._update_buttons()

    # step 2: verify --------------------------------------------------------------------

    def go_next(self) -> None:
        if not self.view.next_button.isEnabled() or self.view.next_button.isHidden():
            return
        if self.step() == RestoreWizardView.FILE:
            self._verify()
        elif self.step() == RestoreWizardView.PREVIEW:
            self._restore()

    def go_back(self) -> None:
        if self.step() == RestoreWizardView.PREVIEW and not self.is_busy():
            self._go(RestoreWizardView.FILE)

    def _verify(self) -> None:
        from branchdesk.backup.restore import preview_restore
        from branchdesk.backup.verify import verify_backup
        from branchdesk.reports.handoff_list import file_sha256

        path = self.path
        assert path is not None
        self._drop_checked()
        passphrase = self.view.passphrase.text() if self.encrypted else None
        database = self.context.database
        work_dir = self.context.data_dir.root / "backups" / "tmp"
        check_only = self.check_only

        def work(progress: Progress) -> Checked:
            size = path.stat().st_size
            verified = verify_backup(path, passphrase, work_dir=work_dir, progress=progress)
            try:
                preview = preview_restore(verified, database)
                sha = file_sha256(path) if check_only else ""
            except BaseException:
                verified.close()
                raise
            return Checked(verified, preview, size, sha)

        view = self.view
        view.verify_title.setText(self.tr("Checking {name}…").format(name=path.name))
        view.verify_progress.setRange(0, 0)  # decrypting and opening: no figure yet
        view.verify_detail.setText(
            self.tr("Decrypting takes a few seconds.") if self.encrypted else ""
        )
        self.task = BackupTask(work, self)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(self._verified)
        self.task.failed.connect(self._verify_failed)
        self.task.start()
        self._go(RestoreWizardView.VERIFY)

    def _progressed(self, done: int, total: int) -> None:
        view = self.view
        view.verify_progress.setRange(0, 100)
        view.verify_progress.setValue(percent(done, total))
        view.verify_detail.setText(
            self.tr("{done} of {total} checked").format(
                done=size_text(done), total=size_text(total)
            )
        )

    def _verified(self, checked: Checked) -> None:
        self.checked = checked
        if self._close_when_stopped:  # closed while checking: done() removes what it extracted
            super().reject()
            return
        self._show_preview(checked)
        self._go(RestoreWizardView.PREVIEW)

    def _verify_failed(self, error: Exception) -> None:
        if self._close_when_stopped:
            super().reject()
            return
        self._go(RestoreWizardView.FILE)
        if isinstance(error, BackupCancelled):
            self.view.status.setText(self.tr("Checking was cancelled."))
            return
        MessageDialog.warn(self, self.windowTitle(), error_text(error))
        if isinstance(error, WrongPassphraseError) or (
            self.encrypted and not self.view.passphrase.text()
        ):
            self.view.passphrase.selectAll()
            self.view.passphrase.setFocus()

    # step 3: what the backup holds -----------------------------------------------------

    def _show_preview(self, checked: Checked) -> None:
        show_comparison(
            self.view,
            checked,
            language=self.context.language,
            safety_folder=self.context.data_dir.safety_backups,
            check_only=self.check_only,
        )

    def counts_shown(self) -> dict[str, tuple[str, str]]:
        """Family label → (in the backup, on this PC) as the table shows them (tests)."""
        return counts_shown(self.view)

    def open_handoff_list(self) -> PrintPreviewDialog | None:
        """The 交接清单 of the checked file (printed again, or for a file made elsewhere)."""
        checked = self.checked
        if checked is None or not checked.sha256:
            return None
        return preview_handoff_list(
            self,
            self.context,
            file_name=checked.verified.path.name,
            size=checked.size,
            sha256=checked.sha256,
            encrypted=checked.verified.encrypted,
            manifest=checked.preview.backup,
            previews=self.previews,
        )

    # step 4: restore -------------------------------------------------------------------

    def _confirmed(self) -> bool:
        checked = self.checked
        assert checked is not None
        made = local_time_text(checked.preview.backup.created_at, self.context.language)
        text = self.tr(
            "Replace this PC's archive with the backup made on {made}? A safety copy of the "
            "current data is written first."
        ).format(made=made)
        if checked.preview.backup_is_older:
            text += "\n\n" + self.tr(
                "The backup is older than this PC's data: the changes made since are lost."
            )
        return ConfirmDialog.ask(
            self,
            self.tr("Restore a backup"),
            text,
            self.tr("Replace this PC's archive"),
            self.tr("Keep this PC's archive"),
        )

    def _restore(self) -> None:
        from branchdesk.backup.restore import restore_backup
        from branchdesk.ui.ops import wait_for_background_ops

        checked = self.checked
        assert checked is not None
        if not self._confirmed():
            return
        if self.host is not None and not self.host.prepare_archive_swap():
            self.view.status.setText(
                self.tr("Nothing was restored: save or discard the open edits first.")
            )
            return
        wait_for_background_ops()  # no read of the old file is still queued
        database, data_dir = self.context.database, self.context.data_dir
        verified = checked.verified

        def work(_progress: Progress) -> RestoreResult:
            return restore_backup(verified, data_dir, close_live=database.close)

        self._restoring = True
        view = self.view
        view.restore_title.setText(self.tr("Restoring the backup…"))
        view.restore_busy.show()
        view.restore_detail.setText(
            self.tr("A safety copy of this PC's archive is written first. Please wait.")
        )
        self.task = BackupTask(work, self)
        self.task.succeeded.connect(self._restored)
        self.task.failed.connect(self._restore_failed)
        self.task.start()
        self._go(RestoreWizardView.RESTORE)

    def _reopen(self) -> None:
        """Every page reads the restored file from now on (no connection to the old one)."""
        from branchdesk.core.services.settings import load_settings

        self.context.database.close()
        with self.context.database.reading() as session:
            self.context.clerk_name = load_settings(session).clerk_name
        if self.host is not None:
            self.host.archive_swapped()
        self.context.data_changed()

    def _restored(self, result: RestoreResult) -> None:
        self._restoring = False
        self.result = result
        self._reopen()
        checked = self.checked
        assert checked is not None
        view = self.view
        view.restore_busy.hide()
        view.restore_title.setText(self.tr("The backup has been restored."))
        lines = [
            self.tr("This PC's archive is now the backup made on {made}: {branches}.").format(
                made=local_time_text(checked.preview.backup.created_at, self.context.language),
                branches="、".join(checked.preview.backup.branches) or self.tr("(no branch)"),
            )
        ]
        if result.safety_copy is not None:
            lines.append(
                self.tr("The previous data is kept in the safety copy {path}.").format(
                    path=result.safety_copy
                )
            )
        if result.attachments_added:
            lines.append(
                self.tr("{count} attached files were added.").format(count=result.attachments_added)
            )
        view.restore_detail.setText("\n\n".join(lines))
        self.context.show_status(self.tr("The backup has been restored."))
        self._drop_checked()
        self._update_buttons()
        self.restored.emit(result)

    def _restore_failed(self, error: Exception) -> None:
        self._restoring = False
        self._reopen()  # whatever happened, the pages read the file as it is now
        self._go(RestoreWizardView.PREVIEW)
        MessageDialog.warn(self, self.tr("Restore a backup"), error_text(error))

    # closing ---------------------------------------------------------------------------

    def _cancel_clicked(self) -> None:
        if self.is_busy() and self.step() == RestoreWizardView.VERIFY:
            assert self.task is not None
            self.task.cancel()  # takes effect once decrypting is done
            self.view.status.setText(self.tr("Stopping…"))
            return
        if self.result is not None:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        """Esc or closing: a check in flight is stopped first (its extracted files must go);
        a restore is waited for."""
        if self._restoring:
            self.view.status.setText(self.tr("Please wait until the restore has finished."))
            return
        if self.is_busy() and self.task is not None:
            self.task.cancel()
            self._close_when_stopped = True
            self.view.status.setText(self.tr("Stopping…"))
            return
        super().reject()

    def done(self, result: int) -> None:
        for preview in list(self.previews):
            preview.close()
        self._drop_checked()
        super().done(result)

    def _drop_checked(self) -> None:
        """Remove what verifying extracted (the decrypted database among it)."""
        if self.checked is not None:
            self.checked.verified.close()
            self.checked = None
