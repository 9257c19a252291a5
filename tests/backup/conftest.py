"""An archive worth backing up: two members, a meeting, and two attached scans."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from branchdesk.backup.manifest import MANIFEST, parse
from branchdesk.core.db import Database
from branchdesk.core.enums import AttachmentRole, Gender, PersonType, Stage
from branchdesk.core.models import Branch, Member
from branchdesk.core.services.attachments import (
    AttachmentDraft,
    AttachmentOwner,
    save_attachments,
    store_file,
)
from branchdesk.paths import DataDir

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
PDF = b"%PDF-1.4\n" + b"scanned application form\n" * 400
NOW = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def filled(database: Database, data_dir: DataDir, tmp_path: Path) -> dict[str, int]:
    """Two people in a branch, 王芳 with a photo and a scanned PDF attached."""
    with database.unit_of_work("test") as session:
        branch = Branch(name="计算机学院第一学生党支部")
        session.add(branch)
        session.flush()
        ids = {}
        for name, stage in (("王芳", Stage.FULL), ("李明", Stage.CANDIDATE)):
            member = Member(
                branch_id=branch.id,
                name=name,
                gender=Gender.FEMALE,
                person_type=PersonType.STUDENT,
                stage=stage,
            )
            session.add(member)
            session.flush()
            ids[name] = member.id
        drafts = []
        for file_name, content in (("photo.png", PNG), ("form.pdf", PDF)):
            source = tmp_path / file_name
            source.write_bytes(content)
            stored = store_file(data_dir.attachments, source)
            drafts.append(AttachmentDraft.of(stored, AttachmentRole.OTHER))
        save_attachments(session, AttachmentOwner.member(ids["王芳"]), drafts)
    return ids


@pytest.fixture
def rewrite():
    """Tests reach helpers through fixtures (``--import-mode=importlib``)."""
    return _rewrite


def _rewrite(archive: Path, change: dict[str, bytes | None], *, fix_manifest: bool) -> None:
    """Rewrite a plain backup with members replaced (None: removed); with ``fix_manifest``,
    the manifest's sizes and hashes follow, as a careful forger would make them."""
    import hashlib
    import json

    with zipfile.ZipFile(archive) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    for name, content in change.items():
        if content is None:
            members.pop(name, None)
        else:
            members[name] = content
    if fix_manifest:
        manifest = json.loads(members[MANIFEST])
        manifest["files"] = [
            {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in members.items()
            if name != MANIFEST
        ]
        members[MANIFEST] = json.dumps(manifest).encode()
        parse(members[MANIFEST])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name, data in members.items():
            target.writestr(name, data)
    archive.write_bytes(buffer.getvalue())
