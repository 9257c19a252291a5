"""Where a handoff backup can go: how much room it needs, and a chosen folder as a drive."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from branchdesk.backup.drives import Drive
from branchdesk.ui.context import AppContext


def estimated_size(context: AppContext) -> int:
    """About how many bytes a backup needs: the database and the attachments, uncompressed."""
    data_dir = context.data_dir
    total = 0
    for path in (data_dir.database, Path(f"{data_dir.database}-wal")):
        if path.is_file():
            total += path.stat().st_size
    for folder, _dirs, files in os.walk(data_dir.attachments):
        for name in files:
            try:
                total += os.stat(os.path.join(folder, name)).st_size
            except OSError:
                continue  # removed meanwhile
    return total


def folder_drive(path: Path) -> Drive:
    """A folder the clerk chose, described like a drive (its disk's free space)."""
    try:
        usage = shutil.disk_usage(path)
        free, total = usage.free, usage.total
    except OSError:
        free = total = 0
    return Drive(path, path.name or str(path), False, not os.access(path, os.W_OK), free, total)
