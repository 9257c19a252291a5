"""A backup made while the program is open restores elsewhere row for row."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

from branchdesk.backup.create import create_backup
from branchdesk.backup.restore import restore_backup
from branchdesk.backup.verify import verify_backup
from branchdesk.core.demo import DemoOptions, generate_demo
from branchdesk.core.models import Member
from branchdesk.paths import DataDir

# The log of backups and restores differs by design: the restored archive records its source.
NOT_COMPARED = {"backup_records", "audit_entries"}


def _tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            name: connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
            for name in sorted(names)
            if name not in NOT_COMPARED
        }


def test_a_backup_taken_with_the_window_open_restores_row_for_row(
    qtbot, gui, window, tmp_path: Path
) -> None:
    generate_demo(
        gui.database, DemoOptions(members=30, years=2, seed=5, today=dt.date(2026, 5, 12))
    )
    # The program is open and has just saved something: it sits in the WAL, not the file
    with gui.database.unit_of_work("test") as session:
        session.query(Member).first().phone = "13800000000"
    assert Path(f"{gui.data_dir.database}-wal").stat().st_size > 0
    usb = tmp_path / "usb"
    usb.mkdir()
    backup = create_backup(gui.database, gui.data_dir, usb)
    fresh = DataDir(tmp_path / "next-clerk")
    with verify_backup(backup.path) as verified:
        result = restore_backup(verified, fresh, close_live=lambda: None)
    assert result.counts == backup.manifest.counts
    live, restored = _tables(gui.data_dir.database), _tables(fresh.database)
    assert live.keys() == restored.keys()
    for table, rows in live.items():
        assert restored[table] == rows, table
    assert any(row for row in live["members"] if "13800000000" in row)
