"""备份与移交: a backup created and verified without passphrase against its floor, and a restore.

create_backup already reads the written file back and verifies it (hashes, integrity_check,
foreign_key_check, schema) before it reports success: that is the figure. The floor does the
same file work with nothing else: SQLite's online backup of the live database, a ZIP of it
(deflated, as the backup's) hashed with SHA-256 while written, fsynced, then read back and
hashed again. The restore is what ``branchdesk backup restore --yes`` does: verify, compare
with the archive on this PC, safety copy, swap in.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import time
import zipfile
from pathlib import Path
from typing import IO

from harness.bench import Bench
from harness.figure import Figure
from harness.timing import sample

from branchdesk.paths import DataDir

BACKUP_MAX_RATIO = 1.5
RESTORE_LIMIT_S = 3.0
BLOCK = 1024 * 1024


def measure(bench: Bench) -> list[Figure]:
    backup, made = create_and_verify(bench)
    return [backup, restore(bench, made)]


def create_and_verify(bench: Bench) -> tuple[Figure, Path]:
    from branchdesk.backup.create import create_backup
    from branchdesk.core.db import Database

    data_dir = bench.copy("backup")
    database = Database(data_dir.database)
    target = bench.scratch("backup-target")
    floor_dir = bench.scratch("backup-floor")
    made: list[Path] = []
    parts: list[dict[str, float]] = []

    def create() -> None:
        made.append(create_backup(database, data_dir, target).path)

    def keep_one() -> None:  # every run writes a new file; the last one is restored below
        while len(made) > 1:
            made.pop(0).unlink()

    try:
        cold = sample(create, 1, warmup=0, teardown=keep_one)
        runs = sample(create, bench.slow_runs, warmup=0, teardown=keep_one)
        floor = sample(
            lambda: parts.append(floor_backup(data_dir, floor_dir)),
            bench.slow_runs,
            warmup=0,
        )
    finally:
        database.close()
    figure = Figure(
        "backup",
        "backup create + verify, no passphrase",
        "s",
        runs,
        floor_runs=floor,
        max_ratio=BACKUP_MAX_RATIO,
        note="create_backup (writes, reads back, verifies); floor: online backup + zip + SHA-256",
        details={
            "first_run_s (builds the expected schema once per process)": round(cold[0], 3),
            "database_mb": round(data_dir.database.stat().st_size / 1024**2, 1),
            "backup_mb": round(made[-1].stat().st_size / 1024**2, 1),
            "floor_parts_last_run_s": parts[-1],
        },
    )
    return figure, made[-1]


def floor_backup(data_dir: DataDir, folder: Path) -> dict[str, float]:
    """Online backup, ZIP with SHA-256 while writing, fsync, read back with SHA-256."""
    started = time.perf_counter()
    snapshot = folder / "database.sqlite3"
    snapshot.unlink(missing_ok=True)
    with (
        contextlib.closing(sqlite3.connect(data_dir.database)) as source,
        contextlib.closing(sqlite3.connect(snapshot)) as copy,
    ):
        source.backup(copy)
    backed_up = time.perf_counter()
    members = [("database.sqlite3", snapshot, zipfile.ZIP_DEFLATED)]
    if data_dir.attachments.is_dir():
        members += [
            (f"attachments/{path.name}", path, zipfile.ZIP_STORED)
            for path in sorted(data_dir.attachments.rglob("*"))
            if path.is_file()
        ]
    archive_path = folder / "floor.zip"
    with open(archive_path, "wb") as output:
        with zipfile.ZipFile(output, "w", allowZip64=True) as archive:
            for name, path, compress in members:
                info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
                info.compress_type = compress
                with open(path, "rb") as source_file, archive.open(info, "w") as target:
                    _copy_hashing(source_file, target)
        output.flush()
        os.fsync(output.fileno())
    zipped = time.perf_counter()
    with zipfile.ZipFile(archive_path) as archive:
        for info in archive.infolist():
            with archive.open(info) as source_file:
                _copy_hashing(source_file, None)
    done = time.perf_counter()
    return {
        "online_backup": round(backed_up - started, 3),
        "zip_sha256_fsync": round(zipped - backed_up, 3),
        "read_back_sha256": round(done - zipped, 3),
    }


def _copy_hashing(source: IO[bytes], target: IO[bytes] | None) -> str:
    digest = hashlib.sha256()
    while block := source.read(BLOCK):
        digest.update(block)
        if target is not None:
            target.write(block)
    return digest.hexdigest()


def restore(bench: Bench, backup: Path) -> Figure:
    from branchdesk.backup.restore import preview_restore, restore_backup
    from branchdesk.backup.verify import verify_backup
    from branchdesk.core.db import Database

    data_dir = bench.copy("restore")

    def restore_once() -> None:
        live = Database(data_dir.database)
        work = data_dir.root / "backups" / "tmp"
        with verify_backup(backup, None, work_dir=work) as verified:
            preview_restore(verified, live)
            restore_backup(verified, data_dir, close_live=live.close)

    def forget_safety_copies() -> None:
        shutil.rmtree(data_dir.safety_backups, ignore_errors=True)

    runs = sample(restore_once, bench.slow_runs, warmup=0, teardown=forget_safety_copies)
    return Figure(
        "restore",
        "restore a backup",
        "s",
        runs,
        limit=RESTORE_LIMIT_S,
        note="verify + compare + safety copy + swap, onto a data dir holding the archive",
    )
