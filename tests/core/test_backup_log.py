"""The backup log the 备份与移交 page and ``check`` read."""

from __future__ import annotations

import datetime as dt

from branchdesk.core.enums import BackupKind
from branchdesk.core.models import BackupRecord
from branchdesk.core.services.backups import last_backup


def test_the_newest_backup_of_any_kind_is_the_last_one(database) -> None:
    with database.reading() as session:
        assert last_backup(session) is None
    with database.unit_of_work("test") as session:
        for day, kind in (
            (3, BackupKind.HANDOFF),
            (9, BackupKind.AUTOMATIC),
            (5, BackupKind.MANUAL),
        ):
            session.add(
                BackupRecord(
                    created_at=dt.datetime(2026, 11, day, 12, 0),
                    kind=kind,
                    path=f"/media/usb/backup-{day}.zip",
                    size_bytes=1000 + day,
                    encrypted=kind is BackupKind.HANDOFF,
                )
            )
    with database.reading() as session:
        last = last_backup(session)
    assert last is not None
    assert last.kind is BackupKind.AUTOMATIC
    assert last.created_at == dt.datetime(2026, 11, 9, 12, 0, tzinfo=dt.UTC)
    assert (last.path, last.size_bytes, last.encrypted) == ("/media/usb/backup-9.zip", 1009, False)
    assert last.age_days(dt.date(2026, 11, 30)) == 21
    assert last.age_days(dt.date(2026, 11, 1)) == 0  # a clock set back never gives a negative age
