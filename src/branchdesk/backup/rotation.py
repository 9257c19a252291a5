"""Automatic local backups and their thinning: the newest of each recent day, week and month.

``to_keep`` is a pure function of the backups' creation times (read from their names, which
hold UTC: file times on FAT sticks are local and rounded, never trusted for "newer").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from branchdesk.backup.create import ENCRYPTED_SUFFIX, NAME_PREFIX, PLAIN_SUFFIX

NAME = re.compile(
    re.escape(NAME_PREFIX)
    + r"(\d{8}-\d{6})(?:-\d+)?("
    + re.escape(ENCRYPTED_SUFFIX)
    + "|"
    + re.escape(PLAIN_SUFFIX)
    + ")"
)


@dataclass(frozen=True)
class Policy:
    daily: int = 7  # the newest backup of each of the last 7 days that have one
    weekly: int = 5
    monthly: int = 12


DEFAULT_POLICY = Policy()


@dataclass(frozen=True)
class BackupFile:
    path: Path
    created_at: dt.datetime  # UTC
    encrypted: bool


def created_at(name: str) -> dt.datetime | None:
    """The UTC time a backup's name records, or None for any other file."""
    found = NAME.fullmatch(name)
    if found is None:
        return None
    try:
        stamp = dt.datetime.strptime(found.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return stamp.replace(tzinfo=dt.UTC)


def list_backups(folder: Path) -> list[BackupFile]:
    """The backups in a folder, newest first (other files are left alone)."""
    found = []
    for path in folder.iterdir() if folder.is_dir() else ():
        when = created_at(path.name)
        if when is not None and path.is_file():
            found.append(BackupFile(path, when, path.name.endswith(ENCRYPTED_SUFFIX)))
    return sorted(found, key=lambda item: (item.created_at, item.path.name), reverse=True)


def _newest_per(times: Sequence[dt.datetime], key: object, count: int) -> set[dt.datetime]:
    kept: dict[object, dt.datetime] = {}
    for when in times:  # newest first: the first seen in each period is its newest
        period = key(when)  # type: ignore[operator]
        if period not in kept:
            if len(kept) == count:
                break
            kept[period] = when
    return set(kept.values())


def to_keep(times: Iterable[dt.datetime], policy: Policy = DEFAULT_POLICY) -> set[dt.datetime]:
    """Which backups survive thinning: the newest always, then the newest of each of the
    last ``daily`` days, ``weekly`` ISO weeks and ``monthly`` months that have backups."""
    ordered = sorted(set(times), reverse=True)
    if not ordered:
        return set()
    keep = {ordered[0]}
    keep |= _newest_per(ordered, lambda when: when.date(), policy.daily)
    keep |= _newest_per(ordered, lambda when: when.isocalendar()[:2], policy.weekly)
    keep |= _newest_per(ordered, lambda when: (when.year, when.month), policy.monthly)
    return keep


def thin(folder: Path, policy: Policy = DEFAULT_POLICY) -> list[Path]:
    """Delete the backups in ``folder`` that thinning drops; returns what was deleted."""
    backups = list_backups(folder)
    keep = to_keep([backup.created_at for backup in backups], policy)
    removed = []
    for backup in backups:
        if backup.created_at not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed
