"""The 备份与移交 page: when the archive was last backed up, the automatic backups, and the
ways to back up, hand over, restore and check."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTableWidgetItem, QVBoxLayout, QWidget

from branchdesk.backup.rotation import BackupFile, list_backups
from branchdesk.core.db import Database
from branchdesk.core.services.backups import BackupLogEntry, last_backup
from branchdesk.core.services.settings import load_settings
from branchdesk.paths import DataDir
from branchdesk.ui.backup.labels import age_text, kind_label, local_time_text
from branchdesk.ui.backup.page_view import BackupPageView
from branchdesk.ui.backup.restore import ArchiveHost
from branchdesk.ui.backup.task import error_text
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import MessageDialog
from branchdesk.ui.ops import LatestLoad
from branchdesk.ui.pages.base import Page
from branchdesk.ui.widgets.files import size_text


@dataclass(frozen=True)
class AutomaticBackup:
    path: Path
    created_at: dt.datetime  # UTC
    size: int


@dataclass(frozen=True)
class BackupOverview:
    last: BackupLogEntry | None
    max_age_days: int
    folder: Path
    automatic: tuple[AutomaticBackup, ...]


def load_overview(database: Database, data_dir: DataDir) -> BackupOverview:
    """What the page shows, read on the worker thread."""
    with database.reading() as session:
        last = last_backup(session)
        max_age = load_settings(session).rules.backup_max_age_days
    folder = data_dir.automatic_backups
    found = []
    for backup in list_backups(folder):
        found.append(_with_size(backup))
    return BackupOverview(last, max_age, folder, tuple(item for item in found if item))


def _with_size(backup: BackupFile) -> AutomaticBackup | None:
    try:
        size = backup.path.stat().st_size
    except OSError:
        return None  # thinned meanwhile
    return AutomaticBackup(backup.path, backup.created_at, size)


class FolderOpener:
    """The system file manager (tests patch it)."""

    @classmethod
    def open(cls, folder: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class BackupPage(Page):
    loaded = Signal()  # the shown data is current (tests and screenshots wait for it)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.view = BackupPageView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._loads = LatestLoad(self)
        self.data: BackupOverview | None = None

        view = self.view
        view.back_up_button.clicked.connect(self.back_up_now)
        view.hand_over_button.clicked.connect(self.hand_over)
        view.restore_button.clicked.connect(lambda: self.restore())
        view.check_button.clicked.connect(self.check_file)
        view.open_folder_button.clicked.connect(self.open_folder)
        view.restore_selected_button.clicked.connect(self.restore_selected)
        view.table.itemSelectionChanged.connect(self._selection_changed)
        view.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        context.signals.data_changed.connect(self.refresh)
        self.refresh()

    # reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        database, data_dir = self.context.database, self.context.data_dir
        self._loads.start(
            lambda: load_overview(database, data_dir),
            on_success=self._show,
            on_failure=self._failed,
        )

    def is_loading(self) -> bool:
        return self._loads.is_loading()

    def _show(self, data: BackupOverview) -> None:
        self.data = data
        self._show_last(data)
        view = self.view
        view.folder.setText(str(data.folder))
        view.folder.setToolTip(str(data.folder))
        table = view.table
        table.setRowCount(len(data.automatic))
        language = self.context.language
        for row, backup in enumerate(data.automatic):
            cells = (
                local_time_text(backup.created_at, language),
                size_text(backup.size),
                backup.path.name,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                table.setItem(row, column, item)
        view.list_stack.setCurrentWidget(table if data.automatic else view.empty)
        self._selection_changed()
        self.loaded.emit()

    def _show_last(self, data: BackupOverview) -> None:
        view, last = self.view, data.last
        today = self.context.today()
        if last is None:
            view.last_age.setText(self.tr("Never"))
            view.last_details.setText(
                self.tr(
                    "This archive has not been backed up yet. Click Back up now… and choose a "
                    "USB stick, or leave BranchDesk open: the automatic backup follows today."
                )
            )
            view.last_warning.hide()
            return
        age = last.age_days(today)
        view.last_age.setText(age_text(age))
        encrypted = self.tr(", encrypted") if last.encrypted else ""
        view.last_details.setText(
            self.tr("{when}, {kind}{encrypted}\n{path}").format(
                when=local_time_text(last.created_at, self.context.language),
                kind=kind_label(last.kind),
                encrypted=encrypted,
                path=last.path,
            )
        )
        too_old = age > data.max_age_days
        view.last_warning.setVisible(too_old)
        if too_old:
            view.last_warning.setText(
                self.tr("Older than the {days} days the local rules allow: back up now.").format(
                    days=data.max_age_days
                )
            )

    def _failed(self, error: Exception) -> None:
        MessageDialog.warn(
            self,
            self.tr("Backup and handoff"),
            self.tr("The backups could not be listed: {error}").format(error=error_text(error)),
        )

    def _selection_changed(self) -> None:
        self.view.restore_selected_button.setEnabled(self.selected_backup() is not None)

    def selected_backup(self) -> Path | None:
        rows = self.view.table.selectionModel().selectedRows()
        if self.data is None or not rows or rows[0].row() >= len(self.data.automatic):
            return None
        return self.data.automatic[rows[0].row()].path

    # actions ---------------------------------------------------------------------------

    def _host(self) -> ArchiveHost | None:
        window = self.window()
        return window if isinstance(window, ArchiveHost) else None

    def _parent(self) -> QWidget:
        """Dialogs belong to the main window: a restore rebuilds this page under them."""
        return self.window()

    def back_up_now(self) -> QWidget | None:
        from branchdesk.ui.backup.backup_now import BackupNowDialog

        return BackupNowDialog.start(self.context, self._parent())

    def hand_over(self) -> QWidget:
        from branchdesk.ui.backup.handoff import HandoffWizard

        return HandoffWizard.start(self.context, self._parent())

    def restore(self, path: Path | None = None) -> QWidget:
        from branchdesk.ui.backup.restore import RestoreWizard

        return RestoreWizard.start(self.context, self._parent(), path=path, host=self._host())

    def restore_selected(self) -> QWidget | None:
        path = self.selected_backup()
        return self.restore(path) if path is not None else None

    def check_file(self) -> QWidget:
        from branchdesk.ui.backup.restore import RestoreWizard

        return RestoreWizard.start(self.context, self._parent(), check_only=True)

    def open_folder(self) -> bool:
        folder = self.context.data_dir.automatic_backups
        folder.mkdir(parents=True, exist_ok=True)
        return FolderOpener.open(folder)
