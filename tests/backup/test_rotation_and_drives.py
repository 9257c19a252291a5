"""Thinning automatic backups (a pure function), when they are due, and the drive list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from branchdesk.backup.automatic import automatic_backup_due, run_automatic_backup
from branchdesk.backup.drives import Drive, FakeDrives, LinuxDrives, check_writable, sorted_drives
from branchdesk.backup.errors import BackupError
from branchdesk.backup.rotation import Policy, created_at, list_backups, thin, to_keep

UTC = dt.UTC


def _at(day: int, hour: int = 12, month: int = 11) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, tzinfo=UTC)


def test_thinning_keeps_the_newest_of_recent_days_weeks_and_months() -> None:
    hourly = [_at(day, hour) for day in range(1, 31) for hour in (9, 18)]
    kept = to_keep(hourly, Policy(daily=3, weekly=2, monthly=2))
    assert max(hourly) in kept
    # the last three days: their newest (18:00) backups
    assert {_at(30, 18), _at(29, 18), _at(28, 18)} <= kept
    assert _at(30, 9) not in kept
    # two ISO weeks and two months (November only here): newest of each
    assert len(kept) <= 3 + 2 + 2
    assert all(when.hour == 18 for when in kept)


@given(
    st.lists(
        st.datetimes(
            min_value=dt.datetime(2020, 1, 1),
            max_value=dt.datetime(2030, 1, 1),
            timezones=st.just(UTC),
        ),
        max_size=60,
    ),
    st.integers(0, 10),
    st.integers(0, 10),
    st.integers(0, 15),
)
def test_thinning_never_drops_the_newest_and_keeps_a_bounded_few(
    times: list[dt.datetime], daily: int, weekly: int, monthly: int
) -> None:
    kept = to_keep(times, Policy(daily, weekly, monthly))
    assert kept <= set(times)
    if times:
        assert max(times) in kept
    assert len(kept) <= 1 + daily + weekly + monthly


def test_names_hold_the_time_and_other_files_are_left_alone(tmp_path: Path) -> None:
    for name in (
        "BranchDesk-backup-20261101-090000.zip",
        "BranchDesk-backup-20261102-090000.zip.age",
        "BranchDesk-backup-20261102-090000-2.zip",
        "notes.txt",
        "BranchDesk-backup-2026.zip",
    ):
        (tmp_path / name).write_bytes(b"x")
    assert created_at("BranchDesk-backup-20261301-090000.zip") is None  # month 13
    assert [b.path.name for b in list_backups(tmp_path)] == [
        "BranchDesk-backup-20261102-090000.zip.age",
        "BranchDesk-backup-20261102-090000-2.zip",
        "BranchDesk-backup-20261101-090000.zip",
    ]
    removed = thin(tmp_path, Policy(daily=1, weekly=0, monthly=0))
    assert [p.name for p in removed] == ["BranchDesk-backup-20261101-090000.zip"]
    assert (tmp_path / "notes.txt").exists()


def test_automatic_backups_are_due_daily_and_on_exit_after_changes() -> None:
    now = _at(10, 9)
    assert automatic_backup_due(None, None, now, on_exit=False)  # the first one, always
    assert not automatic_backup_due(_at(9), None, now, on_exit=True)  # nothing changed since
    assert automatic_backup_due(None, _at(9), now, on_exit=True)
    assert automatic_backup_due(_at(9, 8), _at(9, 20), now, on_exit=False)  # none today yet
    assert not automatic_backup_due(_at(10, 8), _at(10, 8, 11), now, on_exit=False)
    assert automatic_backup_due(
        _at(10, 8), _at(10, 8, 11).replace(hour=8, minute=30), now, on_exit=True
    )
    assert not automatic_backup_due(_at(10, 8), _at(9, 20), now, on_exit=True)  # no change since


def test_an_automatic_backup_is_made_once_then_thinned(database, data_dir, filled) -> None:
    first = run_automatic_backup(database, data_dir, on_exit=False)
    assert first is not None and first.path.parent == data_dir.automatic_backups
    assert run_automatic_backup(database, data_dir, on_exit=False) is None  # one a day
    assert run_automatic_backup(database, data_dir, on_exit=True) is None  # nothing changed


def test_linux_drives_list_removable_ones_first(tmp_path: Path) -> None:
    usb, disk = tmp_path / "media" / "U 盘", tmp_path / "data"
    usb.mkdir(parents=True)
    disk.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(
        f"/dev/nvme0n1p2 {disk} ext4 rw,relatime 0 0\n"
        "proc /proc proc rw 0 0\n"
        f"/dev/sdb1 {str(usb).replace(' ', chr(92) + '040')} vfat rw,nosuid 0 0\n"
        "tmpfs /run tmpfs rw 0 0\n"
    )
    sys_block = tmp_path / "sys"
    for disk_name, flag in (("sdb", "1"), ("nvme0n1", "0")):
        (sys_block / disk_name).mkdir(parents=True)
        (sys_block / disk_name / "removable").write_text(flag + "\n")
    drives = sorted_drives(LinuxDrives(mounts, sys_block))
    assert [(d.path, d.removable, d.read_only) for d in drives] == [
        (usb, True, False),
        (disk, False, False),
    ]
    assert drives[0].total_bytes > 0


def test_a_drive_that_is_gone_read_only_or_full_is_refused(tmp_path: Path) -> None:
    def drive(path: Path, *, read_only: bool = False, free: int = 10**9) -> Drive:
        return Drive(path, path.name, True, read_only, free, 2 * 10**9)

    fake = FakeDrives([drive(tmp_path / "gone"), drive(tmp_path, read_only=True)])
    gone, locked = fake.drives()
    messages = []
    for bad, needed in ((gone, 0), (locked, 0), (drive(tmp_path, free=10), 10**6)):
        with pytest.raises(BackupError) as error:
            check_writable(bad, needed)
        messages.append(error.value.template)
    assert len(set(messages)) == 3
    check_writable(drive(tmp_path), 10**6)  # fine
