"""Attachments: content-addressed storage, and the links of files to a record.

A link names one owner (a person's file, a development step, later a meeting …): see
``models.attachments.ATTACHMENT_OWNERS``.

A file is copied into ``attachments/<sha[:2]>/<sha>`` before any transaction (a stored file
without a link is harmless and is kept once however often it is added); the links are
written in the caller's unit of work, so they commit or roll back with the rest of the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import AttachmentRole
from branchdesk.core.errors import ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import Attachment, AttachmentLink
from branchdesk.core.models.attachments import ATTACHMENT_OWNERS

MAX_BYTES = 20 * 1024 * 1024
CAPTION_MAX = 200  # AttachmentLink.caption
_CHUNK = 1024 * 1024
# Accepted kinds, told by their first bytes rather than by a name that may lie.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"%PDF-", "application/pdf"),
)
IMAGE_TYPES = frozenset({"image/png", "image/jpeg"})


@dataclass(frozen=True)
class StoredFile:
    """A file kept under ``attachments/``; ``path`` is where its content lives."""

    sha256: str
    size_bytes: int
    original_name: str
    media_type: str
    path: Path

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_TYPES


@dataclass(frozen=True)
class AttachmentOwner:
    """The record files are linked to: its column in attachment_links and its id."""

    column: str
    id: int

    def __post_init__(self) -> None:
        if self.column not in {column for column, _table in ATTACHMENT_OWNERS}:
            raise ValueError(f"attachments cannot belong to {self.column!r}")

    @classmethod
    def member(cls, member_id: int) -> AttachmentOwner:
        return cls("member_id", member_id)

    @classmethod
    def step(cls, step_id: int) -> AttachmentOwner:
        return cls("pipeline_step_id", step_id)

    def condition(self) -> ColumnElement[bool]:
        return getattr(AttachmentLink, self.column) == self.id


@dataclass(frozen=True)
class AttachmentDraft:
    """A staged link of a stored file to the person (``id`` None: not linked yet)."""

    sha256: str
    original_name: str
    media_type: str
    size_bytes: int
    role: AttachmentRole
    caption: str = ""
    added_at: dt.datetime | None = None
    id: int | None = None

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_TYPES

    @classmethod
    def of(cls, stored: StoredFile, role: AttachmentRole, caption: str = "") -> AttachmentDraft:
        return cls(
            stored.sha256, stored.original_name, stored.media_type, stored.size_bytes, role, caption
        )


def stored_path(attachments_dir: Path, sha256: str) -> Path:
    """Where the content with this hash lives (core/print_data/member_card.py reads it too)."""
    return attachments_dir / sha256[:2] / sha256


def _too_big(size: int, limit: int) -> ValidationError:
    return ValidationError(
        "attachments.file",
        "file.size",
        QT_TRANSLATE_NOOP(
            "Validation", "The file is {size} MB; files of at most {limit} MB can be attached."
        ),
        size=f"{size / 1024 / 1024:.1f}",
        limit=limit // (1024 * 1024),
    )


def _media_type(head: bytes) -> str:
    for signature, media_type in _SIGNATURES:
        if head.startswith(signature):
            return media_type
    raise ValidationError(
        "attachments.file",
        "file.type",
        QT_TRANSLATE_NOOP(
            "Validation", "Only JPG or PNG pictures and PDF documents can be attached."
        ),
    )


def store_file(
    attachments_dir: Path, source_path: Path, *, max_bytes: int = MAX_BYTES
) -> StoredFile:
    """Copy a file into the store, hashing as it goes; refuses other kinds and big files.

    The copy is written to a temporary file, fsynced and renamed into place, so the store
    never holds a partial file; when the content is already stored nothing is written.
    """
    source_path = Path(source_path)
    size = source_path.stat().st_size
    if size > max_bytes:
        raise _too_big(size, max_bytes)
    attachments_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    copied = 0
    handle, temporary = tempfile.mkstemp(prefix=".partial-", dir=attachments_dir)
    try:
        with open(source_path, "rb") as source, os.fdopen(handle, "wb") as target:
            media_type = ""
            while chunk := source.read(_CHUNK):
                if not media_type:
                    media_type = _media_type(chunk)
                copied += len(chunk)
                if copied > max_bytes:  # the file grew since stat(): cap what is really read
                    raise _too_big(copied, max_bytes)
                digest.update(chunk)
                target.write(chunk)
            if not media_type:
                media_type = _media_type(b"")  # an empty file is no picture nor PDF
            target.flush()
            os.fsync(target.fileno())
        sha = digest.hexdigest()
        final = stored_path(attachments_dir, sha)
        if final.is_file():
            os.unlink(temporary)
        else:
            final.parent.mkdir(exist_ok=True)
            os.replace(temporary, final)
            _fsync_dir(final.parent)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return StoredFile(sha, copied, source_path.name, media_type, final)


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a directory and needs no call."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def list_attachments(session: Session, owner: AttachmentOwner) -> list[AttachmentDraft]:
    """The record's linked files, oldest link first (a person's first photo is printed)."""
    rows = session.execute(
        select(AttachmentLink, Attachment)
        .join(Attachment, AttachmentLink.attachment_id == Attachment.id)
        .where(owner.condition())
        .order_by(AttachmentLink.id)
    )
    return [
        AttachmentDraft(
            sha256=file.sha256,
            original_name=file.original_name,
            media_type=file.media_type,
            size_bytes=file.size_bytes,
            role=link.role,
            caption=link.caption,
            added_at=link.added_at,
            id=link.id,
        )
        for link, file in rows
    ]


def list_member_attachments(session: Session, member_id: int) -> list[AttachmentDraft]:
    return list_attachments(session, AttachmentOwner.member(member_id))


def link_file(session: Session, owner: AttachmentOwner, draft: AttachmentDraft) -> int:
    """Link stored content to a record (its Attachment row made once); the link's id."""
    attachment = session.scalar(select(Attachment).where(Attachment.sha256 == draft.sha256))
    if attachment is None:
        attachment = Attachment(
            sha256=draft.sha256,
            size_bytes=draft.size_bytes,
            original_name=draft.original_name[:255],
            media_type=draft.media_type,
        )
        session.add(attachment)
        session.flush()
    link = AttachmentLink(
        attachment_id=attachment.id,
        role=draft.role,
        caption=draft.caption,
        **{owner.column: owner.id},
    )
    session.add(link)
    session.flush()
    return link.id


def unlink(session: Session, link_id: int) -> None:
    """Remove a link; the stored file and its Attachment row stay (others may share them)."""
    session.delete(session.get_one(AttachmentLink, link_id))
    session.flush()


def validate_attachments(drafts: Sequence[AttachmentDraft]) -> list[AttachmentDraft]:
    """One photo at most, and a picture; captions within the column; returns trimmed drafts."""
    checked: list[AttachmentDraft] = []
    photos = 0
    for row, draft in enumerate(drafts, 1):
        caption = draft.caption.strip()
        if len(caption) > CAPTION_MAX:
            raise ValidationError(
                "attachments.caption",
                "text.length",
                QT_TRANSLATE_NOOP("Validation", "This text is longer than {limit} characters."),
                limit=CAPTION_MAX,
                row=row,
            )
        if draft.role is AttachmentRole.PHOTO:
            photos += 1
            if not draft.is_image:
                raise ValidationError(
                    "attachments.role",
                    "photo.image",
                    QT_TRANSLATE_NOOP("Validation", "A photo must be a JPG or PNG picture."),
                    row=row,
                )
            if photos > 1:
                raise ValidationError(
                    "attachments.role",
                    "photo.single",
                    QT_TRANSLATE_NOOP("Validation", "A person's file has one photo only."),
                    row=row,
                )
        checked.append(replace(draft, caption=caption))
    return checked


def save_attachments(
    session: Session, owner: AttachmentOwner, drafts: Sequence[AttachmentDraft]
) -> None:
    """Make the record's links match the staged drafts; the files must already be stored."""
    checked = validate_attachments(drafts)
    existing = {
        link.id: link for link in session.scalars(select(AttachmentLink).where(owner.condition()))
    }
    kept = {draft.id for draft in checked if draft.id is not None}
    if kept - existing.keys():
        raise ValueError(f"attachment links {sorted(kept - existing.keys())} are not theirs")
    for link_id in existing.keys() - kept:
        unlink(session, link_id)
    for draft in checked:
        if draft.id is None:
            link_file(session, owner, draft)
            continue
        link = existing[draft.id]
        if link.role != draft.role:
            link.role = draft.role
        if link.caption != draft.caption:
            link.caption = draft.caption
    session.flush()


def save_member_attachments(
    session: Session, member_id: int, drafts: Sequence[AttachmentDraft]
) -> None:
    save_attachments(session, AttachmentOwner.member(member_id), drafts)
