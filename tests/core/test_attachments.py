"""Attachments: content-addressed, atomic storage and the links of a person's file."""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from branchdesk.core.db import Database
from branchdesk.core.enums import AttachmentRole, Gender, PersonType, Stage
from branchdesk.core.errors import ValidationError
from branchdesk.core.models import Attachment, AttachmentLink, AuditEntry, Branch, Member
from branchdesk.core.print_data.member_card import _photo_path
from branchdesk.core.services import attachments
from branchdesk.core.services.attachments import (
    AttachmentDraft,
    list_member_attachments,
    save_member_attachments,
    store_file,
    stored_path,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n" + b"scan " * 100


def _write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def _stored_files(store: Path) -> list[Path]:
    return sorted(path for path in store.rglob("*") if path.is_file())


@pytest.fixture
def member_id(database: Database) -> int:
    with database.unit_of_work() as session:
        branch = Branch(name="第一党支部")
        session.add(branch)
        session.flush()
        member = Member(
            branch_id=branch.id,
            name="周子涵",
            gender=Gender.MALE,
            person_type=PersonType.STAFF,
            stage=Stage.FULL,
        )
        session.add(member)
        session.flush()
        return member.id


def test_a_file_is_stored_under_its_hash_once(tmp_path: Path) -> None:
    store = tmp_path / "attachments"
    first = store_file(store, _write(tmp_path, "照片.png", PNG))
    again = store_file(store, _write(tmp_path, "copy.png", PNG))
    sha = hashlib.sha256(PNG).hexdigest()
    assert (first.sha256, first.media_type, first.size_bytes) == (sha, "image/png", len(PNG))
    assert first.path == stored_path(store, sha) == store / sha[:2] / sha
    assert (again.original_name, again.path) == ("copy.png", first.path)
    assert _stored_files(store) == [first.path]  # no temporary file left behind
    assert first.path.read_bytes() == PNG


@pytest.mark.parametrize(
    ("content", "rule"),
    [
        (b"GIF89a" + b"\x00" * 10, "file.type"),
        (b"", "file.type"),
        (b"%PDF" + b"x" * 2000, "file.size"),
    ],
)
def test_other_kinds_and_big_files_are_refused(tmp_path: Path, content: bytes, rule: str) -> None:
    store = tmp_path / "attachments"
    with pytest.raises(ValidationError) as caught:
        store_file(store, _write(tmp_path, "file", content), max_bytes=1024)
    assert (caught.value.field, caught.value.rule) == ("attachments.file", rule)
    assert _stored_files(store) == []


def test_the_default_cap_is_20_mb(tmp_path: Path) -> None:
    big = tmp_path / "big.pdf"
    with open(big, "wb") as handle:
        handle.write(b"%PDF-")
        handle.truncate(attachments.MAX_BYTES + 1)  # sparse: instant
    with pytest.raises(ValidationError) as caught:
        store_file(tmp_path / "attachments", big)
    assert caught.value.params["limit"] == "20"


def test_a_failure_mid_copy_leaves_no_file(tmp_path: Path, monkeypatch) -> None:
    store = tmp_path / "attachments"
    source = _write(tmp_path, "scan.pdf", PDF * 5000)
    real_fsync = os.fsync

    def failing_fsync(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(attachments, "_CHUNK", 4096)  # many writes, then a failing fsync
    monkeypatch.setattr(attachments.os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="No space"):
        store_file(store, source)
    assert _stored_files(store) == []
    monkeypatch.setattr(attachments.os, "fsync", real_fsync)
    assert store_file(store, source).path.read_bytes() == PDF * 5000


def test_links_are_saved_audited_and_feed_the_printed_photo(
    tmp_path: Path, database: Database, member_id: int
) -> None:
    store = tmp_path / "attachments"
    photo = store_file(store, _write(tmp_path, "证件照.png", PNG))
    scan = store_file(store, _write(tmp_path, "入党申请书.pdf", PDF))
    with database.unit_of_work("王老师") as session:
        save_member_attachments(
            session,
            member_id,
            [
                AttachmentDraft.of(photo, AttachmentRole.PHOTO, "证件照"),
                AttachmentDraft.of(scan, AttachmentRole.SCAN, " 入党申请书 "),
            ],
        )
    with database.reading() as session:
        linked_photo, linked_scan = list_member_attachments(session, member_id)
        assert _photo_path(session, member_id, store) == photo.path
    assert (linked_photo.role, linked_scan.caption) == (AttachmentRole.PHOTO, "入党申请书")

    # A second photo: the old link is dropped (staged by the editor), the new one linked.
    other = store_file(store, _write(tmp_path, "new.png", PNG + b"new"))
    with database.unit_of_work("王老师") as session:
        save_member_attachments(
            session,
            member_id,
            [
                replace(linked_scan, caption="申请书"),
                AttachmentDraft.of(other, AttachmentRole.PHOTO),
            ],
        )
    with database.reading() as session:
        assert [d.caption for d in list_member_attachments(session, member_id)] == ["申请书", ""]
        assert _photo_path(session, member_id, store) == other.path
        assert len(session.scalars(select(Attachment)).all()) == 3  # contents are kept
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "attachment_links")
        ).all()
    assert sorted(actions) == ["delete", "insert", "insert", "insert", "update"]


def test_one_photo_only_and_it_is_a_picture(
    tmp_path: Path, database: Database, member_id: int
) -> None:
    store = tmp_path / "attachments"
    photo = store_file(store, _write(tmp_path, "a.png", PNG))
    scan = store_file(store, _write(tmp_path, "b.pdf", PDF))
    for drafts, rule in (
        ([AttachmentDraft.of(photo, AttachmentRole.PHOTO)] * 2, "photo.single"),
        ([AttachmentDraft.of(scan, AttachmentRole.PHOTO)], "photo.image"),
    ):
        with pytest.raises(ValidationError) as caught, database.unit_of_work() as session:
            save_member_attachments(session, member_id, drafts)
        assert (caught.value.field, caught.value.rule) == ("attachments.role", rule)
    with pytest.raises(ValidationError) as caught, database.unit_of_work() as session:
        save_member_attachments(
            session, member_id, [AttachmentDraft.of(scan, AttachmentRole.SCAN, "长" * 201)]
        )
    assert caught.value.field == "attachments.caption"
    with database.reading() as session:
        assert session.scalars(select(AttachmentLink)).all() == []
        assert session.scalars(select(Attachment)).all() == []  # nothing partial
