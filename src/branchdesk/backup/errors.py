"""What can go wrong with a backup, each said in one sentence the clerk can act on."""

from __future__ import annotations

from pathlib import Path

from branchdesk.core.errors import BranchDeskError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP


class BackupError(BranchDeskError):
    """A backup cannot be written, read, verified or restored; nothing was changed."""


class WrongPassphraseError(BackupError):
    pass


class NewerBackupError(BackupError):
    pass


class BackupCancelled(BackupError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "Cancelled; nothing was written."))


def not_a_backup() -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This file is not a BranchDesk backup (it has no BranchDesk table of contents).",
        )
    )


def damaged(name: str = "") -> BackupError:
    """A flipped byte or a tampered part: ``name`` is the archive member that shows it."""
    if not name:
        return BackupError(
            QT_TRANSLATE_NOOP(
                "Errors", "The backup is damaged and cannot be read. Use another copy."
            )
        )
    return BackupError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup is damaged: “{name}” inside it does not match what was written. Use"
            " another copy.",
        ),
        name=name[:80],
    )


def truncated() -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup file is incomplete: it was cut short, for example when the USB stick was"
            " pulled out while copying. Use another copy.",
        )
    )


def write_failed(folder: Path, error: OSError) -> BackupError:
    """A full disk, a removed drive or a refused permission, said plainly."""
    import errno

    if error.errno == errno.ENOSPC:
        message = QT_TRANSLATE_NOOP(
            "Errors",
            "There is not enough free space in {folder}; the backup was not written and older"
            " backups are untouched.",
        )
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        message = QT_TRANSLATE_NOOP(
            "Errors",
            "BranchDesk may not write to {folder} (it is read-only or protected); the backup was"
            " not written.",
        )
    elif error.errno in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
        message = QT_TRANSLATE_NOOP(
            "Errors",
            "{folder} is no longer available (was the drive removed?); the backup was not"
            " written and older backups are untouched.",
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "Errors", "The backup could not be written to {folder}: {reason}."
        )
    return BackupError(message, folder=folder, reason=error.strerror or error)
