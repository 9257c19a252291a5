"""Automatic backups into the data dir: once a day, and on exit after changes; then thinned.

They are plain (not encrypted) ZIPs on this PC's own disk, beside the database they protect;
the USB handoff is where a passphrase belongs.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from branchdesk.backup.create import BackupResult, create_backup
from branchdesk.backup.rotation import DEFAULT_POLICY, Policy, list_backups, thin
from branchdesk.core.db import Database
from branchdesk.core.enums import BackupKind
from branchdesk.core.models import AuditEntry
from branchdesk.paths import DataDir


def automatic_backup_due(
    last_backup: dt.datetime | None,
    last_change: dt.datetime | None,
    now: dt.datetime,
    *,
    on_exit: bool,
) -> bool:
    """The first one whenever it comes; then daily when there is none from today (UTC) and
    something changed since, and on exit when something changed since the last one. (Sample
    data and imports written in bulk leave no change entries: the first backup covers them.)"""
    if last_backup is None:
        return True
    if last_change is None:
        return False
    if on_exit:
        return last_change > last_backup
    return last_backup.date() < now.date() and last_change > last_backup


def last_change(database: Database) -> dt.datetime | None:
    """When the archive's content last changed (UTC, aware), from the audit trail."""
    with database.reading() as session:
        when = session.scalar(
            select(func.max(AuditEntry.at)).where(
                AuditEntry.entity.notin_(("backup_records", "archive"))
            )
        )
    return when.replace(tzinfo=dt.UTC) if when is not None else None


def run_automatic_backup(
    database: Database,
    data_dir: DataDir,
    *,
    on_exit: bool,
    now: dt.datetime | None = None,
    policy: Policy = DEFAULT_POLICY,
) -> BackupResult | None:
    """Make an automatic backup when one is due, then thin the folder; None when not due."""
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    folder = data_dir.automatic_backups
    folder.mkdir(parents=True, exist_ok=True)
    existing = list_backups(folder)
    last_backup = existing[0].created_at if existing else None
    if not automatic_backup_due(last_backup, last_change(database), now, on_exit=on_exit):
        return None
    result = create_backup(database, data_dir, folder, kind=BackupKind.AUTOMATIC, now=now)
    thin(folder, policy)
    return result
