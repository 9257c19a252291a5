"""Layout of the handoff wizard (移交): drive, passphrase, write, verify, 交接清单, done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QWidget,
)

from branchdesk.ui.backup.passphrase import PassphraseFields
from branchdesk.ui.backup.wizard_view import (
    STYLE,
    StepWizardView,
    boxed,
    error_label,
    hint,
    step_page,
)


def _title() -> QLabel:
    label = QLabel()
    label.setObjectName("sectionTitle")
    label.setWordWrap(True)
    return label


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class HandoffWizardView(StepWizardView):
    DRIVE, PASSPHRASE, WRITE, VERIFY, PRINT, DONE = range(6)
    DRIVE_COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Hand over to the next clerk"),
            [
                self.tr("1 Drive"),
                self.tr("2 Passphrase"),
                self.tr("3 Write"),
                self.tr("4 Verify"),
                self.tr("5 Handoff list"),
                self.tr("6 Done"),
            ],
            parent,
            style=STYLE,
        )
        for build in (
            self._drive_page,
            self._passphrase_page,
            self._write_page,
            self._verify_page,
            self._print_page,
            self._done_page,
        ):
            self.add_step(build())

    def _drive_page(self) -> QWidget:
        intro = hint(
            self.tr(
                "Plug in the USB stick that goes to the next clerk and choose it below. "
                "Removable drives are listed first; the backup is written to the top folder "
                "of the drive you choose."
            )
        )
        self.drives = QTableWidget(0, self.DRIVE_COLUMNS)
        self.drives.setObjectName("handoffDrives")
        self.drives.setHorizontalHeaderLabels(
            [self.tr("Drive"), self.tr("Location"), self.tr("Kind"), self.tr("Free space")]
        )
        self.drives.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.drives.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.drives.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.drives.setAlternatingRowColors(True)
        self.drives.setWordWrap(False)
        self.drives.verticalHeader().hide()
        header = self.drives.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.no_drives = hint(
            self.tr(
                "No drive was found. Plug in the USB stick and click Refresh, or choose "
                "another folder."
            )
        )
        self.no_drives.hide()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("handoffRefresh")
        self.folder_button = QPushButton(self.tr("Choose another folder…"))
        self.folder_button.setObjectName("handoffFolder")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        self.needed = hint()
        buttons.addWidget(self.needed)
        row = QWidget()
        row.setLayout(buttons)
        self.drive_error = error_label()
        return step_page(
            intro, self.drives, self.no_drives, row, self.drive_error, stretch=self.drives
        )

    def _passphrase_page(self) -> QWidget:
        intro = hint(
            self.tr(
                "The backup is encrypted with a passphrase: without it nobody can open the file, "
                "not even you. Tell it to the next clerk in person; never write it on the stick "
                "or on the handoff list."
            )
        )
        self.passphrase = PassphraseFields()
        self.passphrase.setMaximumWidth(640)
        tip = hint(
            self.tr(
                "A short sentence works well, for example four words that do not belong "
                "together. Chinese characters may be used."
            )
        )
        self.no_passphrase = QCheckBox(self.tr("Write the backup without a passphrase"))
        self.no_passphrase.setObjectName("handoffNoPassphrase")
        warning = QLabel(
            self.tr(
                "Not recommended: without a passphrase, anyone who finds or copies the stick "
                "can read every member's ID number, phone number and family details."
            )
        )
        warning.setWordWrap(True)
        self.no_passphrase_warning = boxed("warningBox", warning)
        self.no_passphrase_warning.hide()
        return step_page(
            intro, self.passphrase, tip, self.no_passphrase, self.no_passphrase_warning
        )

    def _write_page(self) -> QWidget:
        self.write_title = _title()
        self.write_progress = QProgressBar()
        self.write_progress.setObjectName("handoffProgress")
        self.write_progress.setRange(0, 100)
        self.write_progress.setMaximumWidth(560)
        self.write_detail = hint()
        note = hint(
            self.tr(
                "Do not pull out the stick while the backup is written. Cancel stops it and "
                "leaves nothing behind on the drive."
            )
        )
        return step_page(self.write_title, self.write_progress, self.write_detail, note)

    def _verify_page(self) -> QWidget:
        self.verify_title = _title()
        self.verify_busy = QProgressBar()
        self.verify_busy.setRange(0, 0)
        self.verify_busy.setTextVisible(False)
        self.verify_busy.setMaximumWidth(560)
        self.verify_explain = hint(
            self.tr(
                "The file is read back from the drive and every part of it is compared with "
                "what was written, so a stick that loses data is found now, not next year."
            )
        )
        self.file_path = _selectable(QLabel())
        self.file_size = _selectable(QLabel())
        self.file_sha = _selectable(QLabel())
        self.file_sha.setObjectName("sha256")
        self.file_sha.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.file_encrypted = QLabel()
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(6)
        form.addRow(self.tr("File:"), self.file_path)
        form.addRow(self.tr("Size:"), self.file_size)
        form.addRow(self.tr("SHA-256:"), self.file_sha)
        form.addRow(self.tr("Encrypted:"), self.file_encrypted)
        details = QWidget()
        details.setLayout(form)
        self.verified_box = boxed("okBox", details)
        self.verified_box.hide()
        self.missing = error_label()
        return step_page(
            self.verify_title,
            self.verify_busy,
            self.verify_explain,
            self.verified_box,
            self.missing,
        )

    def _print_page(self) -> QWidget:
        title = _title()
        title.setText(self.tr("Print the handoff list"))
        explain = hint(
            self.tr(
                "The handoff list (交接清单) names the backup file with its size and SHA-256, "
                "the records it holds per family, and has lines for the outgoing clerk, the "
                "incoming clerk and a witness to sign. Print it, check the figures together, "
                "sign it, and keep it with the branch's paper archive. The passphrase is never "
                "printed on it."
            )
        )
        self.print_button = QPushButton(self.tr("Print the handoff list…"))
        self.print_button.setObjectName("handoffPrint")
        self.print_button.setMinimumWidth(200)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.print_button)
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        later = hint(
            self.tr(
                "It can be printed again later: on the Backup and handoff page, check the "
                "backup file and print its handoff list there."
            )
        )
        return step_page(title, explain, holder, later)

    def _done_page(self) -> QWidget:
        title = _title()
        title.setText(self.tr("The handoff backup is ready."))
        self.done_file = _selectable(QLabel())
        steps = hint(
            self.tr(
                "• Give the USB stick and the signed handoff list to the next clerk.\n"
                "• Tell the passphrase in person.\n"
                "• The next clerk opens BranchDesk, goes to Backup and handoff and clicks "
                "Restore a backup…; the backup is checked again before anything is replaced."
            )
        )
        return step_page(title, self.done_file, steps)
