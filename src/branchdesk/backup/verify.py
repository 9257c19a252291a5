"""Verifying a backup file: everything a restore will rely on, checked before anything else.

A ``VerifiedBackup`` keeps what it extracted (the database snapshot and the attachments) in a
temporary folder, so a restore reuses them instead of decrypting the file a second time.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from branchdesk.backup import envelope
from branchdesk.backup.archive import Progress, read_archive
from branchdesk.backup.errors import BackupError, damaged
from branchdesk.backup.manifest import DATABASE, MANIFEST, Manifest
from branchdesk.backup.snapshot import SnapshotFacts, check_snapshot
from branchdesk.core.i18n import QT_TRANSLATE_NOOP

MAX_ENCRYPTED_BYTES = 4 * 1024**3  # an encrypted backup is decrypted in memory (pyrage)


@dataclass
class VerifiedBackup:
    """A backup that passed every check, with its extracted contents (until ``close``)."""

    path: Path
    manifest: Manifest
    facts: SnapshotFacts
    encrypted: bool
    folder: Path

    @property
    def database(self) -> Path:
        return self.folder / DATABASE

    @property
    def attachments(self) -> Path:
        return self.folder / "attachments"

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> VerifiedBackup:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def _read_source(path: Path, passphrase: str | None) -> tuple[Path | bytes, bool]:
    """The ZIP (a path, or bytes once decrypted) and whether it was encrypted."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(envelope.AGE_MAGIC))
            if not envelope.is_encrypted(head):
                return path, False
            size = path.stat().st_size
            if size > MAX_ENCRYPTED_BYTES:
                raise damaged()
            blob = head + handle.read()
    except FileNotFoundError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "There is no file {path}."), path=path
        ) from exc
    except IsADirectoryError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a backup file."), path=path
        ) from exc
    return envelope.decrypt(blob, passphrase or ""), True


def verify_backup(
    path: Path,
    passphrase: str | None = None,
    *,
    work_dir: Path | None = None,
    progress: Progress | None = None,
) -> VerifiedBackup:
    """Check the file completely (names, sizes, hashes, database, schema, counts).

    Raises BackupError (one clear sentence) for a wrong passphrase, a damaged, cut-off,
    foreign or newer file. The caller closes the result (a context manager).
    """
    path = Path(path)
    source, encrypted = _read_source(path, passphrase)
    if work_dir is not None:
        work_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="branchdesk-verify-", dir=work_dir))
    try:
        manifest = read_archive(source, folder, progress)
        facts = check_snapshot(folder / DATABASE)
        if facts.revision != manifest.schema_revision or facts.counts != {
            name: manifest.counts.get(name, -1) for name in facts.counts
        }:
            raise damaged(MANIFEST)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return VerifiedBackup(path, manifest, facts, encrypted, folder)
