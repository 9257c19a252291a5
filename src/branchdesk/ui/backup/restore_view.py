"""Layout of the receiving side: choose the file, verify it, compare it with this PC, restore.

The same wizard checks a file without restoring (核对备份文件): then its last step is the
contents, with the 交接清单 to print.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from branchdesk.ui.backup.wizard_view import (
    STYLE,
    StepWizardView,
    boxed,
    error_label,
    hint,
    step_page,
)


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


COUNT_COLUMNS = 3  # family, in the backup, on this PC now


class RestoreWizardView(StepWizardView):
    FILE, VERIFY, PREVIEW, RESTORE = range(4)

    def __init__(self, check_only: bool, parent: QWidget | None = None) -> None:
        if check_only:
            title = self.tr("Check a backup file")
            steps = [self.tr("1 Choose the file"), self.tr("2 Verify"), self.tr("3 Contents")]
        else:
            title = self.tr("Restore a backup")
            steps = [
                self.tr("1 Choose the file"),
                self.tr("2 Verify"),
                self.tr("3 Compare"),
                self.tr("4 Restore"),
            ]
        super().__init__(title, steps, parent, style=STYLE)
        self.check_only = check_only
        self.add_step(self._file_page())
        self.add_step(self._verify_page())
        self.add_step(self._preview_page())
        self.add_step(self._restore_page())

    def _file_page(self) -> QWidget:
        if self.check_only:
            intro = hint(
                self.tr(
                    "Choose a backup file to check. It is read completely and every part is "
                    "compared with its table of contents; nothing on this PC is changed."
                )
            )
        else:
            intro = hint(
                self.tr(
                    "Choose the backup file to restore, for example the one on the USB stick "
                    "your predecessor handed over. It is checked completely, and you see what "
                    "it holds, before anything on this PC is changed."
                )
            )
        self.path = QLineEdit()
        self.path.setObjectName("restorePath")
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file chosen yet"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setObjectName("restoreChoose")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        file_row = QWidget()
        file_row.setLayout(row)
        file_row.setMaximumWidth(760)
        self.file_info = hint()
        self.file_info.hide()

        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("restorePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMaxLength(200)
        self.passphrase.setMaximumWidth(420)
        self.show_passphrase = QCheckBox(self.tr("Show the passphrase"))
        passphrase_form = QFormLayout()
        passphrase_form.setContentsMargins(0, 0, 0, 0)
        passphrase_form.setHorizontalSpacing(16)
        passphrase_form.addRow(self.tr("Passphrase:"), self.passphrase)
        passphrase_form.addRow("", self.show_passphrase)
        self.passphrase_box = QWidget()
        box = QVBoxLayout(self.passphrase_box)
        box.setContentsMargins(0, 6, 0, 0)
        box.setSpacing(8)
        box.addWidget(
            hint(
                self.tr(
                    "This backup is encrypted: enter the passphrase it was made with (the clerk "
                    "who made it tells it in person; it is not on the handoff list)."
                )
            )
        )
        box.addLayout(passphrase_form)
        self.passphrase_box.hide()
        self.file_error = error_label()
        return step_page(intro, file_row, self.file_info, self.passphrase_box, self.file_error)

    def _verify_page(self) -> QWidget:
        self.verify_title = QLabel()
        self.verify_title.setObjectName("sectionTitle")
        self.verify_title.setWordWrap(True)
        self.verify_progress = QProgressBar()
        self.verify_progress.setObjectName("restoreProgress")
        self.verify_progress.setMaximumWidth(560)
        self.verify_detail = hint()
        return step_page(self.verify_title, self.verify_progress, self.verify_detail)

    def _preview_page(self) -> QWidget:
        verified = QLabel(
            self.tr(
                "The backup is complete and undamaged: every part matches its table of contents."
            )
        )
        verified.setWordWrap(True)
        self.verified_box = boxed("okBox", verified)
        self.made_at = _selectable(QLabel())
        self.made_by = _selectable(QLabel())
        self.branches = _selectable(QLabel())
        self.clerk = _selectable(QLabel())
        self.file = _selectable(QLabel())
        self.this_pc = _selectable(QLabel())
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(6)
        form.addRow(self.tr("Made on:"), self.made_at)
        form.addRow(self.tr("Branches:"), self.branches)
        form.addRow(self.tr("Clerk:"), self.clerk)
        form.addRow(self.tr("Made by:"), self.made_by)
        form.addRow(self.tr("File:"), self.file)
        form.addRow(self.tr("This PC now:"), self.this_pc)
        facts = QWidget()
        facts.setLayout(form)

        self.older = QLabel()
        self.older.setObjectName("olderWarning")
        self.older.setWordWrap(True)
        self.older_box = boxed("warningBox", self.older)
        self.older_box.hide()
        self.upgrade = hint(
            self.tr(
                "The backup was made by an earlier version of BranchDesk; it is brought up to "
                "date as it is restored."
            )
        )
        self.upgrade.hide()

        # Two families per row (as the 交接清单 prints them): the whole list fits without
        # scrolling on a 768-pixel screen.
        self.counts = QTableWidget(0, 2 * COUNT_COLUMNS)
        self.counts.setObjectName("restoreCounts")
        self.counts.setHorizontalHeaderLabels(
            [self.tr("Records"), self.tr("In the backup"), self.tr("On this PC now")] * 2
        )
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.counts.setAlternatingRowColors(True)
        self.counts.verticalHeader().hide()
        self.counts.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.counts.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(2 * COUNT_COLUMNS):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column % COUNT_COLUMNS == 0
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)

        self.safety = hint()
        self.print_button = QPushButton(self.tr("Print its handoff list…"))
        self.print_button.setObjectName("restorePrintHandoff")
        self.print_button.setMinimumWidth(200)
        print_row = QHBoxLayout()
        print_row.setContentsMargins(0, 0, 0, 0)
        print_row.addWidget(self.print_button)
        print_row.addStretch(1)
        self.print_holder = QWidget()
        self.print_holder.setLayout(print_row)
        self.print_holder.setVisible(self.check_only)
        return step_page(
            self.verified_box,
            facts,
            self.older_box,
            self.upgrade,
            self.counts,
            self.safety,
            self.print_holder,
            stretch=self.counts,
        )

    def _restore_page(self) -> QWidget:
        self.restore_title = QLabel()
        self.restore_title.setObjectName("sectionTitle")
        self.restore_title.setWordWrap(True)
        self.restore_busy = QProgressBar()
        self.restore_busy.setRange(0, 0)
        self.restore_busy.setTextVisible(False)
        self.restore_busy.setMaximumWidth(560)
        self.restore_detail = _selectable(QLabel())
        return step_page(self.restore_title, self.restore_busy, self.restore_detail)
