"""A database snapshot inside a backup: what it holds, and whether it can be trusted.

Snapshots from outside are opened read-only with ``trusted_schema=OFF`` and only read through
plain ``sqlite3``; their schema must equal the schema this program's migrations build for the
same revision (a crafted file could carry a trigger that passes ``integrity_check``).
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from branchdesk.backup.errors import BackupError, NewerBackupError, damaged
from branchdesk.backup.manifest import DATABASE
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.services.info import FAMILIES


@dataclass(frozen=True)
class SnapshotFacts:
    revision: str
    counts: dict[str, int]
    branches: tuple[str, ...]
    clerk: str
    attachments: tuple[str, ...]  # SHA-256 of every stored attachment


@contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection that runs nothing the file's schema brings along."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        connection.execute("PRAGMA trusted_schema = OFF")
        connection.execute("PRAGMA query_only = ON")
        yield connection


def _schema(connection: sqlite3.Connection) -> set[tuple[str, str, str, str]]:
    rows = connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    )
    return {
        (kind, name, table, re.sub(r"\s+", " ", sql or "").strip())
        for kind, name, table, sql in rows
    }


@cache
def expected_schema(revision: str) -> frozenset[tuple[str, str, str, str]]:
    """The schema BranchDesk's migrations build up to ``revision`` (built once per process)."""
    from branchdesk.core.db import Database
    from branchdesk.core.schema import upgrade

    with tempfile.TemporaryDirectory(prefix="branchdesk-schema-") as folder:
        database = Database(Path(folder) / "expected.sqlite3")
        try:
            upgrade(database, revision)
        finally:
            database.close()
        with read_only(Path(folder) / "expected.sqlite3") as connection:
            return frozenset(_schema(connection))


def read_facts(path: Path) -> SnapshotFacts:
    """Counts, branches, clerk and attachments of a snapshot (the schema is trusted)."""
    with read_only(path) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        counts = {  # an older snapshot lacks the families added since: not counted
            name: connection.execute(f'SELECT count(*) FROM "{model.__tablename__}"').fetchone()[0]
            for name, model in FAMILIES
            if model.__tablename__ in tables
        }
        branches = tuple(
            row[0] for row in connection.execute("SELECT name FROM branches ORDER BY position, id")
        )
        clerk = connection.execute("SELECT value FROM settings WHERE key = 'clerk_name'").fetchone()
        hashes = tuple(row[0] for row in connection.execute("SELECT sha256 FROM attachments"))
    return SnapshotFacts(
        revision[0] if revision else "",
        counts,
        branches,
        _setting_text(clerk[0]) if clerk else "",
        hashes,
    )


def _setting_text(stored: object) -> str:
    """Settings are stored as JSON values."""
    import json

    try:
        value = json.loads(stored) if isinstance(stored, str) else stored
    except json.JSONDecodeError:
        return str(stored)
    return value if isinstance(value, str) else ""


def check_snapshot(path: Path) -> SnapshotFacts:
    """Everything a restore relies on: a known revision, the expected schema, no damage."""
    from branchdesk.core.schema import known_revisions

    try:
        with read_only(path) as connection:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                raise damaged(DATABASE)
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else ""
            if revision not in known_revisions():
                raise NewerBackupError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This backup comes from a newer BranchDesk (schema {revision}); install"
                        " that version or a newer one to restore it. Nothing was changed.",
                    ),
                    revision=revision,
                )
            if _schema(connection) != expected_schema(revision):
                raise BackupError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The backup's database has tables, triggers or views BranchDesk does not"
                        " make; it is refused for safety. Nothing was changed.",
                    )
                )
            integrity = [r[0] for r in connection.execute("PRAGMA integrity_check")]
            foreign = connection.execute("PRAGMA foreign_key_check").fetchall()
            if integrity != ["ok"] or foreign:
                raise damaged(DATABASE)
    except sqlite3.DatabaseError as exc:
        raise damaged(DATABASE) from exc
    return read_facts(path)
