"""Restoring a verified backup over this PC's archive, without ever mixing the two.

Order, so that a crash at any point leaves either the old archive or the new one, whole:
a safety copy of the current database; the restored database built beside the live one
(``.restoring``) and migrated if it is older; missing attachments added to the store (they are
content-addressed, so nothing is overwritten); the live database checkpointed and closed and
its ``-wal``/``-shm`` removed (a stale WAL would show old data over the new file); the new file
renamed over the live one and the folder fsynced; then the counts compared with the manifest.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from branchdesk.backup.create import _fsync_dir, copy_file_synced
from branchdesk.backup.errors import BackupError
from branchdesk.backup.manifest import Manifest
from branchdesk.backup.snapshot import read_facts
from branchdesk.backup.verify import VerifiedBackup
from branchdesk.core.db import Database
from branchdesk.core.enums import BackupKind
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import AuditEntry, BackupRecord
from branchdesk.core.schema import HEAD_REVISION, read_revision, upgrade
from branchdesk.core.services.attachments import stored_path
from branchdesk.core.services.info import record_counts
from branchdesk.paths import DataDir

SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class RestorePreview:
    """What the backup holds beside what this PC holds now."""

    backup: Manifest
    current_counts: dict[str, int] | None  # None: no archive on this PC yet
    current_branches: tuple[str, ...]
    current_last_change: dt.datetime | None  # UTC, from the audit trail (never file times)
    needs_upgrade: bool

    @property
    def backup_is_older(self) -> bool:
        """The backup was made before the last change on this PC: restoring loses changes."""
        last = self.current_last_change
        return last is not None and self.backup.created_at < last.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class RestoreResult:
    counts: dict[str, int]
    safety_copy: Path | None
    attachments_added: int


def preview_restore(verified: VerifiedBackup, database: Database | None) -> RestorePreview:
    counts: dict[str, int] | None = None
    branches: tuple[str, ...] = ()
    last: dt.datetime | None = None
    if database is not None:
        with database.reading() as session:
            counts = record_counts(session)
            last = session.scalar(  # the archive's own content, not its backups and restores
                select(func.max(AuditEntry.at)).where(
                    AuditEntry.entity.notin_(("backup_records", "archive"))
                )
            )
        branches = read_facts(database.path).branches if counts.get("branches") else ()
    return RestorePreview(
        verified.manifest,
        counts,
        branches,
        last,
        verified.facts.revision != HEAD_REVISION,
    )


def _safety_copy(live: Path, folder: Path, now: dt.datetime) -> Path | None:
    if read_revision(live) is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"before-restore-{now.strftime('%Y%m%d-%H%M%S')}.sqlite3"
    partial = target.with_name(target.name + ".partial")
    with closing(sqlite3.connect(live)) as source, closing(sqlite3.connect(partial)) as copy:
        source.backup(copy)
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    return target


def _remove_side_files(database: Path) -> None:
    for suffix in SIDE_FILES:
        Path(f"{database}{suffix}").unlink(missing_ok=True)


def _checkpoint(database: Path) -> None:
    """Fold the WAL into the database file, so removing the WAL loses nothing."""
    if not database.exists():
        return
    with closing(sqlite3.connect(database)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _build(verified: VerifiedBackup, restoring: Path) -> None:
    _remove_side_files(restoring)
    copy_file_synced(verified.database, restoring)
    if verified.facts.revision != HEAD_REVISION:
        database = Database(restoring)
        try:
            upgrade(database)
        finally:
            database.close()
        _checkpoint(restoring)
    _remove_side_files(restoring)


def _add_attachments(verified: VerifiedBackup, store: Path) -> int:
    added = 0
    for entry in verified.manifest.files:
        if not entry.name.startswith("attachments/"):
            continue
        target = stored_path(store, entry.name.rsplit("/", 1)[1])
        if target.is_file():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        copy_file_synced(verified.folder / entry.name, target)
        added += 1
    return added


def restore_backup(
    verified: VerifiedBackup,
    data_dir: DataDir,
    *,
    close_live: Callable[[], None],
    now: dt.datetime | None = None,
) -> RestoreResult:
    """Replace this PC's archive with the verified backup; ``close_live`` closes every
    connection to the live database (the GUI stops its background reads first)."""
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    live = data_dir.database
    data_dir.ensure()
    safety = _safety_copy(live, data_dir.safety_backups, now)
    restoring = live.with_name(live.name + ".restoring")
    try:
        _build(verified, restoring)
        added = _add_attachments(verified, data_dir.attachments)
    except OSError as exc:
        restoring.unlink(missing_ok=True)
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors", "The backup could not be restored ({reason}); nothing was changed."
            ),
            reason=exc.strerror or exc,
        ) from exc
    except BaseException:
        restoring.unlink(missing_ok=True)
        raise
    close_live()
    _checkpoint(live)
    _remove_side_files(live)
    os.replace(restoring, live)
    _fsync_dir(live.parent)
    counts = read_facts(live).counts
    expected = verified.manifest.counts
    if any(counts.get(name) != value for name, value in expected.items() if name in counts):
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The restored archive does not hold what the backup lists; the previous data is"
                " kept in {path}.",
            ),
            path=safety or data_dir.safety_backups,
        )
    _record(live, verified, now)
    return RestoreResult(counts, safety, added)


def _record(live: Path, verified: VerifiedBackup, now: dt.datetime) -> None:
    from branchdesk.backup.create import _file_sha256

    sha256 = _file_sha256(verified.path)
    """Say in the restored archive's own trail when and from what it was restored."""
    database = Database(live)
    try:
        with database.unit_of_work("restore") as session:
            session.add(
                AuditEntry(
                    at=now.replace(tzinfo=None),
                    actor="restore",
                    action="restore",
                    entity="archive",
                    summary=f"{verified.path.name} ({verified.manifest.created_at.isoformat()})",
                )
            )
            # The file it came from is a backup of exactly this data: 工作台's backup age and
            # the automatic backups count from it, not from an older one in the restored log.
            session.add(
                BackupRecord(
                    created_at=verified.manifest.created_at.replace(tzinfo=None),
                    kind=BackupKind.MANUAL,
                    path=str(verified.path),
                    sha256=sha256,
                    size_bytes=verified.path.stat().st_size,
                    encrypted=verified.encrypted,
                )
            )
    finally:
        database.close()
