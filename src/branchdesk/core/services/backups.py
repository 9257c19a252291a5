"""The backup log (BackupRecord rows): when the archive was last backed up, and where to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.core.enums import BackupKind
from branchdesk.core.models import BackupRecord


@dataclass(frozen=True)
class BackupLogEntry:
    """One backup written from this archive, as the log recorded it."""

    created_at: dt.datetime  # UTC, aware
    kind: BackupKind
    path: str
    size_bytes: int
    encrypted: bool
    sha256: str

    def age_days(self, today: dt.date) -> int:
        """Whole days from the backup's date on this PC's calendar to ``today`` (never < 0)."""
        return max((today - self.created_at.astimezone().date()).days, 0)


def last_backup(session: Session) -> BackupLogEntry | None:
    """The newest backup of any kind, or None when the archive was never backed up."""
    record = session.scalars(
        select(BackupRecord).order_by(BackupRecord.created_at.desc(), BackupRecord.id.desc())
    ).first()
    if record is None:
        return None
    return BackupLogEntry(
        created_at=record.created_at.replace(tzinfo=dt.UTC),
        kind=record.kind,
        path=record.path,
        size_bytes=record.size_bytes,
        encrypted=record.encrypted,
        sha256=record.sha256,
    )
