"""Layout of the 备份与移交 page: the last backup, the four actions, the automatic backups."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from branchdesk.ui.backup.wizard_view import STYLE as WIZARD_STYLE
from branchdesk.ui.backup.wizard_view import hint


class BackupPageView(QWidget):
    """Widgets only; BackupPage fills them and wires the buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(WIZARD_STYLE)
        self.title = QLabel(self.tr("Backup and handoff"))
        self.title.setObjectName("pageTitle")
        subtitle = QLabel(
            self.tr(
                "Keep the archive safe: automatic backups on this PC, copies on a USB stick, "
                "and the yearly handoff to the next clerk."
            )
        )
        subtitle.setObjectName("pageSubtitle")
        subtitle.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(subtitle)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self._last_backup_panel(), 2)
        top.addWidget(self._actions_panel(), 3)
        layout.addLayout(top)
        layout.addSpacing(4)
        layout.addWidget(self._automatic_section(), 1)

    def _last_backup_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("panel")
        caption = QLabel(self.tr("Last backup"))
        caption.setObjectName("cardLabel")
        self.last_age = QLabel("–")
        self.last_age.setObjectName("cardNumber")
        self.last_details = QLabel()
        self.last_details.setObjectName("hint")
        self.last_details.setWordWrap(True)
        self.last_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_warning = QLabel()
        self.last_warning.setObjectName("errorText")
        self.last_warning.setWordWrap(True)
        self.last_warning.hide()
        column = QVBoxLayout(panel)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(4)
        column.addWidget(caption)
        column.addWidget(self.last_age)
        column.addWidget(self.last_details)
        column.addSpacing(4)
        column.addWidget(self.last_warning)
        column.addStretch(1)
        return panel

    def _actions_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("panel")
        grid = QGridLayout(panel)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        self.back_up_button = QPushButton(self.tr("Back up now…"))
        self.back_up_button.setObjectName("backUpNow")
        self.hand_over_button = QPushButton(self.tr("Hand over to the next clerk…"))
        self.hand_over_button.setObjectName("handOver")
        self.restore_button = QPushButton(self.tr("Restore a backup…"))
        self.restore_button.setObjectName("restoreBackup")
        self.check_button = QPushButton(self.tr("Check a backup file…"))
        self.check_button.setObjectName("checkBackup")
        rows = [
            (
                self.back_up_button,
                self.tr(
                    "Write the whole archive into one backup file, in a folder or on a USB "
                    "stick you choose."
                ),
            ),
            (
                self.hand_over_button,
                self.tr(
                    "At the change of clerks: an encrypted backup on a USB stick, read back "
                    "and checked, with the handoff list to sign."
                ),
            ),
            (
                self.restore_button,
                self.tr(
                    "Replace this PC's archive with a backup, for example the one your "
                    "predecessor handed over."
                ),
            ),
            (
                self.check_button,
                self.tr(
                    "See whether a backup file is whole and what it holds; nothing is changed."
                ),
            ),
        ]
        for row, (button, text) in enumerate(rows):
            button.setMinimumWidth(180)
            grid.addWidget(button, row, 0)
            grid.addWidget(hint(text), row, 1)
        grid.setColumnStretch(1, 1)
        return panel

    def _automatic_section(self) -> QWidget:
        heading = QLabel(self.tr("Automatic backups on this PC"))
        heading.setObjectName("sectionTitle")
        explain = hint(
            self.tr(
                "BranchDesk backs up the archive into this folder once a day and when you close "
                "it after changes, and keeps the newest of recent days, weeks and months. They "
                "protect against mistakes; a copy away from this PC protects against losing it."
            )
        )
        self.folder = QLabel()
        self.folder.setObjectName("backupFolder")
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Open the folder"))
        self.open_folder_button.setObjectName("openBackupFolder")
        self.restore_selected_button = QPushButton(self.tr("Restore the selected backup…"))
        self.restore_selected_button.setObjectName("restoreSelected")
        self.restore_selected_button.setEnabled(False)
        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(QLabel(self.tr("Folder:")))
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.restore_selected_button)
        folder_row.addWidget(self.open_folder_button)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("automaticBackups")
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Size"), self.tr("File")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = hint(
            self.tr(
                "No automatic backup yet. One is made today while BranchDesk is open, and "
                "each time you close it after a change."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        section = QWidget()
        column = QVBoxLayout(section)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(heading)
        column.addWidget(explain)
        column.addLayout(folder_row)
        column.addWidget(self.list_stack, 1)
        return section
