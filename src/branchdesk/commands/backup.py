"""``branchdesk backup create|verify|restore|list``: the same backups as 备份与移交 in the GUI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from branchdesk.commands.archive import EXIT_OK, open_existing
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.paths import DataDir

PASSPHRASE_MAX_BYTES = 4096


def add_backup_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = commands.add_parser("backup", help="create, verify, restore or list backups")
    actions = backup.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="write a verified backup into a folder")
    create.add_argument("--to", type=Path, required=True, metavar="DIR", help="target folder")
    verify = actions.add_parser("verify", help="check a backup file completely")
    verify.add_argument("file", type=Path, metavar="FILE")
    restore = actions.add_parser("restore", help="replace this archive with a backup")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    for parser in (create, verify, restore):
        parser.add_argument(
            "--passphrase-file",
            type=Path,
            metavar="F",
            help="read the passphrase from the first line of F (encrypts on create)",
        )
    listing = actions.add_parser("list", help="the backups in a folder, newest first")
    listing.add_argument("folder", type=Path, metavar="DIR")


def read_passphrase(path: Path | None) -> str | None:
    """The first line of the file (no trailing newline); None without a file."""
    if path is None:
        return None
    try:
        raw = path.read_bytes()[:PASSPHRASE_MAX_BYTES]
    except OSError as exc:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read the passphrase file {path}: {reason}."),
            path=path,
            reason=exc.strerror,
        ) from exc
    text = raw.decode("utf-8", errors="strict").splitlines()
    if not text or not text[0]:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "The passphrase file {path} is empty."), path=path
        )
    return text[0]


def backup_command(data_dir: DataDir, args: argparse.Namespace) -> int:
    handler = {"create": _create, "verify": _verify, "restore": _restore, "list": _list}
    return handler[args.action](data_dir, args)


def _create(data_dir: DataDir, args: argparse.Namespace) -> int:
    from branchdesk.backup.create import create_backup

    passphrase = read_passphrase(args.passphrase_file)
    database = open_existing(data_dir)
    try:
        result = create_backup(database, data_dir, args.to, passphrase=passphrase)
    finally:
        database.close()
    for sha in result.missing_attachments:
        print(
            f"branchdesk: warning: attachment {sha} is missing from the data folder.",
            file=sys.stderr,
        )
    print(result.path)
    return EXIT_OK


def _describe(manifest: object) -> str:
    from branchdesk.backup.manifest import Manifest

    assert isinstance(manifest, Manifest)
    counts = ", ".join(f"{name} {count}" for name, count in manifest.counts.items() if count)
    return (
        f"made {manifest.created_at:%Y-%m-%d %H:%M} UTC by BranchDesk {manifest.app_version}"
        f" (schema {manifest.schema_revision}); clerk {manifest.clerk or '-'};"
        f" branches: {'、'.join(manifest.branches) or '-'}\n{counts}"
    )


def _verify(data_dir: DataDir, args: argparse.Namespace) -> int:
    from branchdesk.backup.verify import verify_backup

    passphrase = read_passphrase(args.passphrase_file)
    with verify_backup(args.file, passphrase) as verified:
        print(f"{args.file}: OK, {len(verified.manifest.files)} files verified")
        print(_describe(verified.manifest))
    return EXIT_OK


def _restore(data_dir: DataDir, args: argparse.Namespace) -> int:
    from branchdesk.backup.restore import preview_restore, restore_backup
    from branchdesk.backup.verify import verify_backup
    from branchdesk.core.schema import read_revision

    passphrase = read_passphrase(args.passphrase_file)
    database = open_existing(data_dir) if read_revision(data_dir.database) else None
    try:
        with verify_backup(
            args.file, passphrase, work_dir=data_dir.root / "backups" / "tmp"
        ) as verified:
            preview = preview_restore(verified, database)
            print(f"Backup: {_describe(verified.manifest)}")
            if preview.current_counts is not None:
                current = ", ".join(f"{k} {v}" for k, v in preview.current_counts.items() if v)
                print(f"This PC now: {current}")
            if preview.backup_is_older:
                print(
                    "Warning: the backup is older than the data on this PC:"
                    " later changes would be lost."
                )
            if not args.yes and not _confirmed():
                print("Nothing was changed.")
                return EXIT_OK
            result = restore_backup(
                verified, data_dir, close_live=database.close if database else lambda: None
            )
            database = None
    finally:
        if database is not None:
            database.close()
    if result.safety_copy is not None:
        print(f"The previous data is kept in {result.safety_copy}")
    print(f"Restored {result.counts.get('members', 0)} people from {args.file}")
    return EXIT_OK


def _confirmed() -> bool:
    if not sys.stdin.isatty():
        raise BranchDeskError(
            QT_TRANSLATE_NOOP(
                "Errors", "Restoring replaces this PC's archive: add --yes to confirm."
            )
        )
    return input("Replace this PC's archive with the backup? [y/N] ").strip().lower() in (
        "y",
        "yes",
    )


def _list(data_dir: DataDir, args: argparse.Namespace) -> int:
    from branchdesk.backup.rotation import list_backups

    folder: Path = args.folder
    if not folder.is_dir():
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "{folder} does not exist or is not a folder."),
            folder=folder,
        )
    for backup in list_backups(folder):
        size = backup.path.stat().st_size
        lock = "encrypted" if backup.encrypted else "plain"
        print(
            f"{backup.created_at:%Y-%m-%d %H:%M:%S} UTC  {size:>12,} bytes  {lock:9}  {backup.path}"
        )
    return EXIT_OK


__all__ = ["add_backup_parser", "backup_command"]
