"""Mounted drives to write a handoff backup to, removable ones first (one small lister per OS).

Tests use ``FakeDrives``; ``system_drives()`` picks the lister of the running system.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from branchdesk.backup.errors import BackupError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP

_PSEUDO_FILESYSTEMS = frozenset(
    [
        "proc",
        "sysfs",
        "devtmpfs",
        "devpts",
        "tmpfs",
        "cgroup",
        "cgroup2",
        "securityfs",
        "pstore",
        "bpf",
        "debugfs",
        "tracefs",
        "configfs",
        "fusectl",
        "mqueue",
        "hugetlbfs",
        "autofs",
        "binfmt_misc",
        "overlay",
        "squashfs",
        "nsfs",
        "ramfs",
        "rpc_pipefs",
        "efivarfs",
        "selinuxfs",
    ]
)


@dataclass(frozen=True)
class Drive:
    path: Path
    label: str
    removable: bool
    read_only: bool
    free_bytes: int
    total_bytes: int


class DriveLister(Protocol):
    def drives(self) -> list[Drive]: ...


def _space(path: Path) -> tuple[int, int]:
    try:
        usage = shutil.disk_usage(path)
    except OSError:
        return 0, 0
    return usage.free, usage.total


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces and tabs in paths as octal escapes."""
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


class LinuxDrives:
    """From /proc/mounts; removable from /sys/block/<disk>/removable or a /media mount."""

    def __init__(self, mounts: Path = Path("/proc/mounts"), sys_block: Path = Path("/sys/block")):
        self._mounts = mounts
        self._sys_block = sys_block

    def _removable(self, device: str, mount: Path) -> bool:
        name = Path(device).name
        for disk in (name, name.rstrip("0123456789"), name.split("p")[0]):
            flag = self._sys_block / disk / "removable"
            if flag.is_file():
                return flag.read_text().strip() == "1"
        return str(mount).startswith(("/media/", "/run/media/", "/mnt/"))

    def drives(self) -> list[Drive]:
        found = []
        try:
            lines = self._mounts.read_text().splitlines()
        except OSError:
            return []
        for line in lines:
            parts = line.split()
            if len(parts) < 4 or parts[2] in _PSEUDO_FILESYSTEMS or not parts[0].startswith("/"):
                continue
            mount = Path(_unescape(parts[1]))
            free, total = _space(mount)
            found.append(
                Drive(
                    mount,
                    mount.name or str(mount),
                    self._removable(parts[0], mount),
                    "ro" in parts[3].split(","),
                    free,
                    total,
                )
            )
        return found


class WindowsDrives:
    """Drive letters and their types (GetDriveTypeW: 2 is removable)."""

    def drives(self) -> list[Drive]:  # pragma: no cover - runs on Windows only
        import ctypes
        import string

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        mask = kernel.GetLogicalDrives()
        found = []
        for index, letter in enumerate(string.ascii_uppercase):
            if not mask & (1 << index):
                continue
            root = Path(f"{letter}:\\")
            kind = kernel.GetDriveTypeW(str(root))
            if kind not in (2, 3):  # removable, fixed
                continue
            free, total = _space(root)
            found.append(
                Drive(root, f"{letter}:", kind == 2, not os.access(root, os.W_OK), free, total)
            )
        return found


class MacDrives:
    """Volumes under /Volumes; all but the system volume count as removable."""

    def drives(self) -> list[Drive]:  # pragma: no cover - runs on macOS only
        found = []
        for volume in sorted(Path("/Volumes").iterdir()):
            free, total = _space(volume)
            removable = volume.resolve() != Path("/")
            found.append(
                Drive(volume, volume.name, removable, not os.access(volume, os.W_OK), free, total)
            )
        return found


@dataclass
class FakeDrives:
    """Drives a test describes."""

    listed: Sequence[Drive]

    def drives(self) -> list[Drive]:
        return list(self.listed)


def system_drives() -> DriveLister:
    if sys.platform.startswith("win"):
        return WindowsDrives()
    if sys.platform == "darwin":
        return MacDrives()
    return LinuxDrives()


def sorted_drives(lister: DriveLister) -> list[Drive]:
    """Removable drives first, then by path."""
    return sorted(lister.drives(), key=lambda drive: (not drive.removable, str(drive.path)))


def check_writable(drive: Drive, needed_bytes: int = 0) -> None:
    """Refuse a drive that is gone, read-only or too full, in one sentence."""
    if not drive.path.is_dir():
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "{drive} is not mounted any more; plug it in again."),
            drive=drive.path,
        )
    if drive.read_only or not os.access(drive.path, os.W_OK):
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{drive} is read-only (check the stick's lock switch); choose another drive.",
            ),
            drive=drive.path,
        )
    if needed_bytes and drive.free_bytes < needed_bytes:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors", "{drive} has {free} MB free; the backup needs about {needed} MB."
            ),
            drive=drive.path,
            free=drive.free_bytes // 2**20,
            needed=needed_bytes // 2**20 + 1,
        )
