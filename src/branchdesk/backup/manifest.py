"""What a backup says about itself: ``manifest.json`` and the names an archive may hold.

The manifest comes from a file that may be damaged, foreign or crafted, so ``parse`` checks
every field's type and range and refuses anything else with BackupError.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, field

from branchdesk.backup.errors import BackupError, not_a_backup
from branchdesk.core.i18n import QT_TRANSLATE_NOOP

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
README = "README.txt"
DATABASE = "database.sqlite3"
ATTACHMENT_NAME = re.compile(r"attachments/[0-9a-f]{2}/[0-9a-f]{64}")
SHA256 = re.compile(r"[0-9a-f]{64}")
MANIFEST_MAX_BYTES = 4 * 1024 * 1024
TEXT_MAX = 200


def allowed_name(name: str) -> bool:
    """Whether an archive may hold a member of this name (exact names; no paths, no ``..``)."""
    if name in (MANIFEST, README, DATABASE):
        return True
    if ATTACHMENT_NAME.fullmatch(name) is None:
        return False
    return name.split("/")[2].startswith(name.split("/")[1])  # stored under its hash's prefix


@dataclass(frozen=True)
class FileEntry:
    """One archive member: its name, size in bytes and SHA-256 (hex)."""

    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    format_version: int
    app_version: str
    schema_revision: str
    created_at: dt.datetime  # UTC, aware
    branches: tuple[str, ...]
    clerk: str
    counts: dict[str, int]
    files: tuple[FileEntry, ...] = field(default=())

    def to_json(self) -> bytes:
        data = asdict(self)
        data["created_at"] = self.created_at.astimezone(dt.UTC).isoformat(timespec="seconds")
        return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")

    def file(self, name: str) -> FileEntry | None:
        return next((entry for entry in self.files if entry.name == name), None)

    @property
    def total_bytes(self) -> int:
        return sum(entry.size for entry in self.files)


def _damaged(field_name: str) -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP(
            "Errors", "The backup's table of contents (manifest.json) is damaged at “{field}”."
        ),
        field=field_name,
    )


def _text(data: dict[str, object], key: str, limit: int = TEXT_MAX) -> str:
    value = data.get(key)
    if not isinstance(value, str) or len(value) > limit:
        raise _damaged(key)
    return value


def _count(value: object, key: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**53:
        raise _damaged(key)
    return value


def parse(raw: bytes) -> Manifest:
    """Read an untrusted manifest; BackupError when it is not one this program understands."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise not_a_backup() from exc
    if not isinstance(data, dict) or "format_version" not in data:
        raise not_a_backup()
    version = _count(data["format_version"], "format_version")
    if version > FORMAT_VERSION:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This backup was made by BranchDesk {version} in a newer format; install that"
                " version or a newer one to open it.",
            ),
            version=_text(data, "app_version") if isinstance(data.get("app_version"), str) else "?",
        )
    try:
        created = dt.datetime.fromisoformat(_text(data, "created_at"))
    except ValueError as exc:
        raise _damaged("created_at") from exc
    if created.tzinfo is None:
        raise _damaged("created_at")
    branches, counts, files = data.get("branches"), data.get("counts"), data.get("files")
    if not isinstance(branches, list) or not all(
        isinstance(name, str) and len(name) <= TEXT_MAX for name in branches
    ):
        raise _damaged("branches")
    if not isinstance(counts, dict) or not all(isinstance(key, str) for key in counts):
        raise _damaged("counts")
    if not isinstance(files, list):
        raise _damaged("files")
    entries = []
    for item in files:
        if not isinstance(item, dict):
            raise _damaged("files")
        name, sha = item.get("name"), item.get("sha256")
        if not isinstance(name, str) or not allowed_name(name) or name == MANIFEST:
            raise _damaged("files")
        if not isinstance(sha, str) or SHA256.fullmatch(sha) is None:
            raise _damaged("files")
        entries.append(FileEntry(name, _count(item.get("size"), "files"), sha))
    if len({entry.name for entry in entries}) != len(entries):
        raise _damaged("files")
    return Manifest(
        format_version=version,
        app_version=_text(data, "app_version"),
        schema_revision=_text(data, "schema_revision", 40),
        created_at=created.astimezone(dt.UTC),
        branches=tuple(branches),
        clerk=_text(data, "clerk"),
        counts={key: _count(value, key) for key, value in counts.items()},
        files=tuple(entries),
    )
