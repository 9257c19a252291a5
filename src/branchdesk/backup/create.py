"""Writing a backup: snapshot, archive, optional encryption, then proof that it reads back.

The file appears under its final name only once complete: it is written to a hidden
temporary file on the target, flushed and fsynced, renamed, and the folder fsynced (FAT and
exFAT sticks lose unsynced data). Then it is read back from the target and verified member
by member before success is reported; a failure at any point leaves no partial file and
never touches older backups.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from branchdesk import __version__
from branchdesk.backup import envelope
from branchdesk.backup.archive import Member, Progress, write_archive
from branchdesk.backup.errors import BackupCancelled, BackupError, write_failed
from branchdesk.backup.manifest import DATABASE, FORMAT_VERSION, Manifest
from branchdesk.backup.snapshot import read_facts
from branchdesk.backup.verify import verify_backup
from branchdesk.core.db import Database, snapshot
from branchdesk.core.enums import BackupKind
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import BackupRecord
from branchdesk.core.services.attachments import stored_path
from branchdesk.paths import DataDir

PLAIN_SUFFIX = ".zip"
ENCRYPTED_SUFFIX = ".zip.age"
NAME_PREFIX = "BranchDesk-backup-"
BLOCK = 1024 * 1024


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    sha256: str  # of the whole file as written
    manifest: Manifest
    encrypted: bool
    missing_attachments: tuple[str, ...]  # recorded in the database but absent on disk


def backup_name(created_at: dt.datetime, encrypted: bool) -> str:
    """ASCII only and no ``:``: FAT sticks refuse it; the time is UTC like the manifest's."""
    stamp = created_at.astimezone(dt.UTC).strftime("%Y%m%d-%H%M%S")
    return NAME_PREFIX + stamp + (ENCRYPTED_SUFFIX if encrypted else PLAIN_SUFFIX)


def _after(moment: dt.datetime) -> dt.datetime:
    """The whole second (UTC) the manifest records: the next one, so that every change the
    snapshot holds is earlier than the backup's time."""
    moment = moment.astimezone(dt.UTC)
    if moment.microsecond:
        moment = moment.replace(microsecond=0) + dt.timedelta(seconds=1)
    return moment


def _free_name(folder: Path, name: str) -> Path:
    """``name``, or ``name`` with -2, -3 … before its suffix: never overwrite a backup."""
    stem, dot, suffix = name.partition(".")
    candidate, number = folder / name, 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{stem}-{number}{dot}{suffix}"
    return candidate


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _drop_cache(path: Path) -> None:
    """Ask the OS to forget its cached pages, so reading back reads the device itself."""
    if not hasattr(os, "posix_fadvise"):
        return
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(descriptor)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(BLOCK):
            digest.update(block)
    return digest.hexdigest()


def _check_target(target: Path) -> None:
    if not target.is_dir():
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors", "{folder} does not exist or is not a folder (is the drive plugged in?)."
            ),
            folder=target,
        )
    if not os.access(target, os.W_OK):
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "BranchDesk may not write to {folder} (it is read-only or protected); the backup"
                " was not written.",
            ),
            folder=target,
        )


def create_backup(
    database: Database,
    data_dir: DataDir,
    target: Path,
    *,
    passphrase: str | None = None,
    kind: BackupKind = BackupKind.MANUAL,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> BackupResult:
    """Write a verified backup of the archive into the folder ``target``.

    ``progress(done, total)`` may raise BackupCancelled; then nothing is left behind.
    """
    target = Path(target)
    _check_target(target)
    work = data_dir.root / "backups" / "tmp"
    work.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="create-", dir=work) as folder:
        copy = snapshot(database.engine, Path(folder) / DATABASE)
        _single_file(copy)
        created_at = _after(now or dt.datetime.now(dt.UTC))
        final = _free_name(target, backup_name(created_at, bool(passphrase)))
        facts = read_facts(copy)
        members = [Member(DATABASE, copy, compress=True)]
        missing = []
        for sha in sorted(set(facts.attachments)):
            stored = stored_path(data_dir.attachments, sha)
            if stored.is_file():
                members.append(Member(f"attachments/{sha[:2]}/{sha}", stored, compress=False))
            else:
                missing.append(sha)
        manifest = Manifest(
            format_version=FORMAT_VERSION,
            app_version=__version__,
            schema_revision=facts.revision,
            created_at=created_at,
            branches=facts.branches,
            clerk=facts.clerk,
            counts=facts.counts,
        )
        partial = target / f".{final.name}.partial"
        try:
            written = _write(partial, members, manifest, passphrase, progress)
            os.replace(partial, final)
            _fsync_dir(target)
        except BackupCancelled:
            partial.unlink(missing_ok=True)
            raise
        except OSError as exc:
            _remove_quietly(partial)
            raise write_failed(target, exc) from exc
        except BaseException:
            _remove_quietly(partial)
            raise
    return _read_back(
        database, data_dir, final, written, passphrase, kind, tuple(missing), created_at
    )


def _single_file(path: Path) -> None:
    """Rollback-journal mode: the snapshot is one self-contained file (no -wal beside it)."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):  # the drive is gone: there is nothing left to remove
        path.unlink(missing_ok=True)


def _write(
    partial: Path,
    members: list[Member],
    manifest: Manifest,
    passphrase: str | None,
    progress: Progress | None,
) -> Manifest:
    with open(partial, "wb") as output:
        if passphrase:
            buffer = io.BytesIO()
            written = write_archive(buffer, members, manifest, progress)
            output.write(envelope.encrypt(buffer.getvalue(), passphrase))
        else:
            written = write_archive(output, members, manifest, progress)
        output.flush()
        os.fsync(output.fileno())
    return written


def _read_back(
    database: Database,
    data_dir: DataDir,
    final: Path,
    written: Manifest,
    passphrase: str | None,
    kind: BackupKind,
    missing: tuple[str, ...],
    created_at: dt.datetime,
) -> BackupResult:
    """Verify the file as it is on the target; a file that does not verify is removed."""
    try:
        _drop_cache(final)
        sha = _file_sha256(final)
        with verify_backup(final, passphrase, work_dir=data_dir.root / "backups" / "tmp") as check:
            if check.manifest != written:
                raise BackupError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The backup read back from {folder} differs from what was written.",
                    ),
                    folder=final.parent,
                )
        size = final.stat().st_size
    except OSError as exc:
        _remove_quietly(final)
        raise write_failed(final.parent, exc) from exc
    except BaseException:
        _remove_quietly(final)
        raise
    with database.unit_of_work("backup") as session:
        session.add(
            BackupRecord(
                created_at=created_at.replace(tzinfo=None),
                kind=kind,
                path=str(final),
                sha256=sha,
                size_bytes=size,
                encrypted=bool(passphrase),
            )
        )
    return BackupResult(final, size, sha, written, bool(passphrase), missing)


def copy_file_synced(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` through a temporary name, fsynced (restore uses it)."""
    partial = target.with_name(f".{target.name}.partial")
    with open(source, "rb") as reader, open(partial, "wb") as writer:
        shutil.copyfileobj(reader, writer, BLOCK)
        writer.flush()
        os.fsync(writer.fileno())
    os.replace(partial, target)
