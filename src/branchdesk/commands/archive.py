"""``demo``, ``info`` and ``check``: the archive as a whole."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING, Any

from branchdesk import __version__
from branchdesk.core.db import Database
from branchdesk.core.errors import BranchDeskError, DatabaseError
from branchdesk.core.i18n import Catalog, Translate, untranslated
from branchdesk.core.schema import HEAD_REVISION, open_database, read_revision
from branchdesk.paths import TRANSLATION_SOURCE, DataDir, resource

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

EXIT_OK = 0
EXIT_PROBLEM = 1


def open_existing(data_dir: DataDir) -> Database:
    """Open the archive for reading without creating or migrating anything."""
    revision = read_revision(data_dir.database)
    if revision is None:
        raise BranchDeskError(f"There is no BranchDesk archive in {data_dir.root} yet.")
    if revision != HEAD_REVISION:
        raise DatabaseError(
            f"The archive in {data_dir.root} has schema {revision}, this program expects "
            f"{HEAD_REVISION}; open it in the program once to upgrade it (or use a newer version)."
        )
    return Database(data_dir.database)


def _open_existing_or_report(data_dir: DataDir) -> Database | None:
    try:
        return open_existing(data_dir)
    except DatabaseError as exc:
        print(f"branchdesk: {exc}", file=sys.stderr)
        return None


def archive_translator(database: Database) -> Translate:
    """Translate into the archive's language setting (Chinese unless English was chosen)."""
    from branchdesk.core.services.settings import language

    with database.reading() as session:
        return _translator(language(session))


def _translator(language: str) -> Translate:
    if language == "en":
        return untranslated
    try:
        return Catalog.load(resource(*TRANSLATION_SOURCE)).translate
    except (OSError, ET.ParseError):  # a damaged install still reports, in English
        return untranslated


def demo(data_dir: DataDir, args: argparse.Namespace) -> int:
    from branchdesk.core.demo import DemoOptions, generate_demo
    from branchdesk.core.services.info import record_counts

    data_dir.ensure()
    if data_dir.database.exists():
        database = open_database(data_dir.database, safety_dir=data_dir.safety_backups)
        with database.reading() as session:
            counts = record_counts(session)
        database.close()
        if counts["branches"] or counts["members"]:
            if not args.force:
                raise BranchDeskError(
                    f"The data folder {data_dir.root} already holds an archive; "
                    "use --force to replace it with sample data."
                )
            _remove_database(data_dir)
    database = open_database(data_dir.database, safety_dir=data_dir.safety_backups)
    try:
        options = DemoOptions(
            members=args.members, years=args.years, seed=args.seed, today=dt.date.today()
        )
        summary = generate_demo(database, options)
    finally:
        database.close()
    print(f"Sample data written to {data_dir.root}: {summary}")
    return EXIT_OK


def _remove_database(data_dir: DataDir) -> None:
    for suffix in ("", "-wal", "-shm"):
        data_dir.database.with_name(data_dir.database.name + suffix).unlink(missing_ok=True)
    shutil.rmtree(data_dir.attachments, ignore_errors=True)


def info(data_dir: DataDir, args: argparse.Namespace) -> int:
    from branchdesk.core.services.info import record_counts

    revision = read_revision(data_dir.database)
    counts: dict[str, int] = {}
    if revision == HEAD_REVISION:
        database = Database(data_dir.database)
        with database.reading() as session:
            counts = record_counts(session)
        database.close()
    report: dict[str, Any] = {
        "version": __version__,
        "schema_revision": revision,
        "expected_schema_revision": HEAD_REVISION,
        "data_dir": str(data_dir.root),
        "database": str(data_dir.database),
        "counts": counts,
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"BranchDesk {__version__}")
    print(f"Data dir:        {data_dir.root}")
    print(f"Schema revision: {revision or '(no archive yet)'} (this program: {HEAD_REVISION})")
    for name, count in counts.items():
        print(f"  {name:<22}{count:>8}")
    return EXIT_OK


def _backup_age(session: Session, today: dt.date) -> str:
    """When the archive was last backed up, and a warning when that is too long ago."""
    from branchdesk.core.services.backups import last_backup
    from branchdesk.core.services.settings import load_settings

    entry = last_backup(session)
    if entry is None:
        return "never: back up now (branchdesk backup create --to DIR, or 备份与移交)"
    age = entry.age_days(today)
    line = f"{entry.created_at:%Y-%m-%d %H:%M} UTC, {age} day(s) ago ({entry.kind.value})"
    allowed = load_settings(session).rules.backup_max_age_days
    if age > allowed:
        line += f": OLDER than the {allowed} days the local rules allow; back up now"
    return line


def check(data_dir: DataDir, args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DatabaseError as SQLError

    from branchdesk.core.services.info import check_integrity
    from branchdesk.core.services.reminders import collect_reminders
    from branchdesk.core.services.settings import language

    database = _open_existing_or_report(data_dir)
    if database is None:
        return EXIT_PROBLEM
    try:
        report = check_integrity(database.engine)
    except SQLError as exc:  # the file is damaged beyond what integrity_check can read
        database.close()
        print(
            f"branchdesk: the database is damaged ({exc.orig}); restore a backup.", file=sys.stderr
        )
        return EXIT_PROBLEM
    try:
        print(f"Schema revision: {HEAD_REVISION} (current)")
        print(f"Integrity:       {'ok' if report.integrity == ['ok'] else 'DAMAGED'}")
        for line in report.integrity if report.integrity != ["ok"] else []:
            print(f"  {line}")
        print(f"Foreign keys:    {len(report.foreign_key_violations)} violation(s)")
        for line in report.foreign_key_violations[:50]:
            print(f"  {line}")
        if not report.ok:
            print("branchdesk: the database is damaged; restore a backup.", file=sys.stderr)
            return EXIT_PROBLEM
        with database.reading() as session:
            translate = _translator(language(session))
            reminders = collect_reminders(session, dt.date.today())
            print(f"Last backup:     {_backup_age(session, dt.date.today())}")
        counts: dict[str, int] = {}
        for reminder in reminders:
            counts[reminder.severity.value] = counts.get(reminder.severity.value, 0) + 1
        summary = ", ".join(f"{n} {k}" for k, n in counts.items()) or "none"
        print(f"Reminders:       {summary}")
        for reminder in reminders:
            print(f"  [{reminder.severity.value}] {reminder.text(translate)}")
        return EXIT_OK
    finally:
        database.close()
