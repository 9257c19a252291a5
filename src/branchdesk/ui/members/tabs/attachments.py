"""附件: the person's photo and scanned documents, stored content-addressed.

A chosen file is copied into the store at once (before any transaction: a stored file
without a link is harmless); its link is only staged and written when the editor saves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget
from sqlalchemy.orm import Session

from branchdesk.core.enums import AttachmentRole
from branchdesk.core.errors import ValidationError
from branchdesk.core.services.attachments import (
    CAPTION_MAX,
    AttachmentDraft,
    list_member_attachments,
    save_member_attachments,
    store_file,
    stored_path,
    validate_attachments,
)
from branchdesk.ui.context import AppContext
from branchdesk.ui.i18n import format_date
from branchdesk.ui.members.record_labels import MEMBER_ATTACHMENT_ROLES, attachment_role_label
from branchdesk.ui.members.tabs.record_form import RecordForm
from branchdesk.ui.members.tabs.record_table import Column, RecordListTab, RecordSection
from branchdesk.ui.validation import validation_message
from branchdesk.ui.widgets.files import AttachmentFiles, size_text

THUMBNAIL = (150, 200)  # a 2-inch ID photo's proportions


def _check_one(draft: AttachmentDraft) -> AttachmentDraft:
    return validate_attachments([draft])[0]


class AttachmentForm(RecordForm):
    def __init__(self, context: AppContext, draft: AttachmentDraft, parent: QWidget) -> None:
        super().__init__(
            self.tr("Edit attachment") if draft.id else self.tr("Add an attachment"),
            context.language,
            today=context.today(),
            check=_check_one,
            parent=parent,
        )
        self._draft = draft
        file_name = QLineEdit(draft.original_name)
        file_name.setReadOnly(True)
        self.add_row(self.tr("File"), "attachments.file", file_name)
        self.role = self.combo(
            self.tr("Kind"),
            "attachments.role",
            [(attachment_role_label(r), r) for r in MEMBER_ATTACHMENT_ROLES],
        )
        self.choose(self.role, draft.role)
        self.caption = self.line(self.tr("Caption"), "attachments.caption", CAPTION_MAX)
        self.caption.setText(draft.caption)

    def collect(self) -> AttachmentDraft:
        return replace(
            self._draft, role=AttachmentRole(self.role.currentData()), caption=self.caption.text()
        )


class AttachmentSection(RecordSection):
    prefix = "attachments"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.store = context.data_dir.attachments
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the file with the system's viewer"))
        self.buttons.insertWidget(3, self.open_button)
        self.add_button.setText(self.tr("Add file…"))
        self.thumbnail = QLabel()
        self.thumbnail.setObjectName("panel")
        self.thumbnail.setFixedSize(*THUMBNAIL)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setWordWrap(True)
        # The table and the photo side by side.
        self.layout_.removeWidget(self.table)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.table, 1)
        row.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.insertLayout(1, row, 1)
        self.open_button.clicked.connect(self.open_selected)
        self.model.modelReset.connect(self._show_photo)
        self._show_photo()

    def columns(self) -> list[Column]:
        language = self.context.language
        return [
            Column(self.tr("Kind"), lambda a: attachment_role_label(a.role), 100),
            Column(self.tr("Caption"), lambda a: a.caption, 200),
            Column(self.tr("File"), lambda a: a.original_name, 200),
            Column(self.tr("Size"), lambda a: size_text(a.size_bytes), 90),
            Column(self.tr("Added"), lambda a: _added(a, language) or self.tr("On saving")),
        ]

    def read(self, session: Session, member_id: int) -> list[Any]:
        return list_member_attachments(session, member_id)

    def write(self, session: Session, member_id: int, rows: list[Any], today: dt.date) -> None:
        save_member_attachments(session, member_id, rows)

    def make_form(self, record: Any | None) -> AttachmentForm:
        assert record is not None  # an attachment is added from its file (add_file)
        return AttachmentForm(self.context, record, self)

    def describe(self, record: Any) -> str:
        return record.caption or record.original_name

    def field_title(self, field: str) -> str:
        return {
            "attachments.file": self.tr("File"),
            "attachments.role": self.tr("Kind"),
            "attachments.caption": self.tr("Caption"),
        }.get(field, field)

    def open_form(self, row: int | None, record: Any | None = None) -> RecordForm:
        if row is None and record is None:
            return self.add_file()  # type: ignore[return-value]
        return super().open_form(row, record)

    def add_file(self) -> RecordForm | None:
        """Pick a file, store it, then ask for its kind and caption; None if nothing added."""
        path = AttachmentFiles.choose(self)
        if path is None:
            return None
        try:
            stored = store_file(self.store, path)
        except ValidationError as error:
            self._say(
                self.tr("{file}: {message}").format(
                    file=path.name, message=validation_message(error)
                )
            )
            return None
        except OSError as error:
            self._say(
                self.tr("{file} could not be read: {message}").format(
                    file=path.name, message=error.strerror or error
                )
            )
            return None
        has_photo = any(row.role is AttachmentRole.PHOTO for row in self.model.rows)
        role = AttachmentRole.PHOTO if stored.is_image and not has_photo else AttachmentRole.SCAN
        return self.open_form(None, AttachmentDraft.of(stored, role, path.stem[:CAPTION_MAX]))

    def stage(self, record: Any, row: int | None) -> None:
        """A new photo replaces the old one: the old photo's link is staged for removal."""
        rows = self.rows()
        if row is None:
            rows.append(record)
        else:
            rows[row] = record
        if record.role is AttachmentRole.PHOTO:
            rows = [r for r in rows if r is record or r.role is not AttachmentRole.PHOTO]
        self.replace_rows(rows, select=record)

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        record = self.model.rows[row]
        path = stored_path(self.store, record.sha256)
        if not path.is_file() or not AttachmentFiles.open(path):
            self._say(self.tr("{file} could not be opened.").format(file=record.original_name))

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _show_photo(self) -> None:
        photo = next((r for r in self.model.rows if r.role is AttachmentRole.PHOTO), None)
        pixmap = QPixmap(str(stored_path(self.store, photo.sha256))) if photo else QPixmap()
        if pixmap.isNull():
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("No photo"))
            return
        self.thumbnail.setPixmap(
            pixmap.scaled(
                self.thumbnail.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "open_button"):  # called once before the button exists
            self.open_button.setEnabled(self.selected_row() is not None)


def _added(draft: AttachmentDraft, language: str) -> str:
    if draft.added_at is None:
        return ""
    local = draft.added_at.replace(tzinfo=dt.UTC).astimezone()  # stored in UTC (models/base)
    return format_date(local.date(), language)


class AttachmentsTab(RecordListTab):
    """附件."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.attachments = AttachmentSection(context)
        self.add_section(self.attachments)

    def title(self) -> str:
        return self.tr("Attachments")
