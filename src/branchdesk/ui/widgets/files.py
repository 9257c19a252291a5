"""Choosing files to attach and opening stored ones, plus a small list of a record's files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.enums import AttachmentRole
from branchdesk.core.errors import ValidationError
from branchdesk.core.services.attachments import (
    CAPTION_MAX,
    AttachmentDraft,
    store_file,
    stored_path,
)
from branchdesk.ui.validation import validation_message


class AttachmentFiles:
    """The file dialog and the system viewer (tests patch both)."""

    @classmethod
    def choose(cls, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("AttachmentFiles", "Add a file"),
            "",
            QCoreApplication.translate(
                "AttachmentFiles", "Pictures and PDF documents (*.jpg *.jpeg *.png *.pdf)"
            ),
        )
        return Path(name) if name else None

    @classmethod
    def open(cls, path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def size_text(size_bytes: int) -> str:
    """1.2 MB, 350 KB: the units Windows Explorer shows (powers of 1024, named KB/MB)."""
    return QLocale().formattedDataSize(
        size_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


class AttachmentList(QWidget):
    """A record's scanned documents: add (stored at once), remove (staged), open.

    The links are the caller's to save with ``drafts()`` in its unit of work.
    """

    changed = Signal()

    def __init__(self, store: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._drafts: list[AttachmentDraft] = []
        self.list = QListWidget()
        self.list.setObjectName("attachmentList")
        self.list.setMaximumHeight(84)
        self.add_button = QPushButton(self.tr("Add file…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.open_button = QPushButton(self.tr("Open"))
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_file)
        self.remove_button.clicked.connect(self.remove_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self._update_buttons()

    def drafts(self) -> list[AttachmentDraft]:
        return list(self._drafts)

    def set_drafts(self, drafts: list[AttachmentDraft]) -> None:
        self._drafts = list(drafts)
        self.list.clear()
        for draft in self._drafts:
            item = QListWidgetItem(f"{draft.original_name}  ({size_text(draft.size_bytes)})")
            item.setToolTip(draft.caption or draft.original_name)
            self.list.addItem(item)
        self._update_buttons()

    def add_file(self) -> AttachmentDraft | None:
        """Choose a file and store it; its link is staged. None when nothing was added."""
        path = AttachmentFiles.choose(self)
        if path is None:
            return None
        try:
            stored = store_file(self.store, path)
        except ValidationError as error:
            return self._say(
                self.tr("{file}: {message}").format(
                    file=path.name, message=validation_message(error)
                )
            )
        except OSError as error:
            return self._say(
                self.tr("{file} could not be read: {message}").format(
                    file=path.name, message=error.strerror or error
                )
            )
        draft = AttachmentDraft.of(stored, AttachmentRole.SCAN, path.stem[:CAPTION_MAX])
        self.message.hide()
        self.set_drafts([*self._drafts, draft])
        self.changed.emit()
        return draft

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._drafts):
            self.set_drafts(self._drafts[:row] + self._drafts[row + 1 :])
            self.changed.emit()

    def open_selected(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._drafts):
            return
        draft = self._drafts[row]
        path = stored_path(self.store, draft.sha256)
        if not path.is_file() or not AttachmentFiles.open(path):
            self._say(self.tr("{file} could not be opened.").format(file=draft.original_name))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _update_buttons(self) -> None:
        selected = 0 <= self.list.currentRow() < len(self._drafts)
        self.remove_button.setEnabled(selected)
        self.open_button.setEnabled(selected)
