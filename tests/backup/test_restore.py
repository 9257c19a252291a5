"""Restoring: verify, show, keep a safety copy, swap atomically, and end with what was listed."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from branchdesk.backup import restore as restore_module
from branchdesk.backup.create import create_backup
from branchdesk.backup.errors import BackupError
from branchdesk.backup.restore import preview_restore, restore_backup
from branchdesk.backup.verify import verify_backup
from branchdesk.core.db import Database
from branchdesk.core.models import Member
from branchdesk.core.schema import HEAD_REVISION, open_database
from branchdesk.core.services.attachments import stored_path
from branchdesk.core.services.backups import last_backup
from branchdesk.paths import DataDir

NOW = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)


def _names(path: Path) -> list[str]:
    database = Database(path)
    try:
        with database.reading() as session:
            return sorted(session.scalars(select(Member.name)))
    finally:
        database.close()


def test_the_next_clerk_restores_onto_an_empty_pc(database, data_dir, filled, tmp_path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    backup = create_backup(database, data_dir, usb)
    new_pc = DataDir(tmp_path / "new-pc")
    with verify_backup(backup.path) as verified:
        preview = preview_restore(verified, None)
        assert preview.current_counts is None and not preview.backup_is_older
        result = restore_backup(verified, new_pc, close_live=lambda: None)
    assert result.safety_copy is None and result.attachments_added == 2
    assert _names(new_pc.database) == ["李明", "王芳"]
    for entry in backup.manifest.files:
        if entry.name.startswith("attachments/"):
            sha = entry.name.rsplit("/", 1)[1]
            assert stored_path(new_pc.attachments, sha).read_bytes() is not None
    # restoring the same file again finds nothing newer on the PC, and the restored archive
    # knows it was backed up in that file (工作台's backup age counts from it)
    restored = Database(new_pc.database)
    with restored.reading() as session:
        last = last_backup(session)
    assert last is not None and last.path == str(backup.path) and last.sha256 == backup.sha256
    with verify_backup(backup.path) as verified:
        assert not preview_restore(verified, restored).backup_is_older
    restored.close()


def test_restoring_over_newer_work_warns_keeps_a_safety_copy_and_leaves_no_stale_wal(
    database, data_dir, filled, tmp_path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    an_hour_ago = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)  # no sleeping in tests
    backup = create_backup(database, data_dir, usb, now=an_hour_ago)
    # Work goes on after the backup, and stays in the WAL of a connection still open
    with database.unit_of_work("test") as session:
        session.get_one(Member, filled["李明"]).name = "李明明"
    live = data_dir.database
    assert Path(f"{live}-wal").exists()

    with verify_backup(backup.path) as verified:
        preview = preview_restore(verified, database)
        assert preview.backup_is_older  # later changes would be lost: the GUI warns
        assert preview.current_counts is not None and preview.current_counts["members"] == 2
        result = restore_backup(verified, data_dir, close_live=database.close, now=NOW)
    assert not Path(f"{live}-wal").exists() or Path(f"{live}-wal").stat().st_size == 0
    assert _names(live) == ["李明", "王芳"]  # the backup's data, not the old WAL's
    assert result.safety_copy is not None
    assert _names(result.safety_copy) == ["李明明", "王芳"]  # the work is not lost either
    assert result.counts["members"] == 2


def test_a_failure_while_building_leaves_the_live_archive_untouched(
    database, data_dir, filled, tmp_path, monkeypatch
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    backup = create_backup(database, data_dir, usb)
    with database.unit_of_work("test") as session:
        session.get_one(Member, filled["李明"]).name = "李明明"

    def broken(*_args: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(restore_module, "_add_attachments", broken)
    closed: list[bool] = []
    with verify_backup(backup.path) as verified, pytest.raises(BackupError, match="No space"):
        restore_backup(verified, data_dir, close_live=lambda: closed.append(True))
    assert closed == []  # the live archive was never closed nor replaced
    assert not data_dir.database.with_name(data_dir.database.name + ".restoring").exists()
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 2
        assert session.get_one(Member, filled["李明"]).name == "李明明"


def test_an_older_archive_is_migrated_when_restored(tmp_path: Path) -> None:
    """The archive of revision 0001 (a fixture) comes back at this program's revision."""
    fixture = Path(__file__).parents[1] / "fixtures" / "archive-rev0001.sqlite3"
    old = DataDir(tmp_path / "old").ensure()
    shutil.copyfile(fixture, old.database)
    old_database = Database(old.database)  # as an older program would have it open
    usb = tmp_path / "usb"
    usb.mkdir()
    backup = create_backup(old_database, old, usb, now=NOW)
    old_database.close()
    assert backup.manifest.schema_revision == "0001"
    target = DataDir(tmp_path / "target")
    with verify_backup(backup.path) as verified:
        assert preview_restore(verified, None).needs_upgrade == (HEAD_REVISION != "0001")
        restore_backup(verified, target, close_live=lambda: None)
    with closing(sqlite3.connect(target.database)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,
        )
    reopened = open_database(target.database, safety_dir=target.safety_backups)
    reopened.close()


def test_a_restored_archive_that_lacks_listed_records_is_reported(
    database, data_dir, filled, tmp_path, monkeypatch
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    backup = create_backup(database, data_dir, usb)
    with verify_backup(backup.path) as verified:
        verified.manifest.counts["members"] = 3  # as if a row went missing on the way
        with pytest.raises(BackupError) as error:
            restore_backup(verified, DataDir(tmp_path / "pc"), close_live=lambda: None)
    assert "does not hold what the backup lists" in error.value.template
