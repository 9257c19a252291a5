"""Opening a data dir's database: create, upgrade after a safety copy, or refuse a newer one.

Alembic owns the schema but loads only when there is something to migrate, so a normal start
reads the revision with plain sqlite3 and compares it with ``HEAD_REVISION``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from branchdesk.core.db import Database, snapshot
from branchdesk.core.errors import DatabaseError, NewerDatabaseError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models.base import utcnow

# The newest revision this program knows; a test keeps it equal to Alembic's head.
HEAD_REVISION = "0003"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Any:
    """An Alembic Config pointing at BranchDesk's migrations, bound to ``connection``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    """Every revision id among the migrations this program ships."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return {script.revision for script in scripts.walk_revisions()}


def read_revision(path: Path) -> str | None:
    """The schema revision stored in the file, read without writing anything to it.

    Returns None for an empty or new file. Raises DatabaseError when the file is not a
    BranchDesk database.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "Cannot open the database file {path}: {reason}."),
            path=path,
            reason=exc,
        ) from exc
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{path} is not a BranchDesk database (it has no schema revision)."
                ),
                path=path,
            )
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a readable SQLite database: {reason}."),
            path=path,
            reason=exc,
        ) from exc
    finally:
        connection.close()


def upgrade(database: Database, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction."""
    from alembic import command

    with database.engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def open_database(
    path: Path,
    *,
    safety_dir: Path,
    on_safety_copy: Callable[[Path], None] | None = None,
) -> Database:
    """Open (creating or upgrading) the database at ``path``.

    A database from a newer BranchDesk is refused before anything touches it; an older one is
    copied to ``safety_dir`` first and then upgraded.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "Cannot create the data folder {path}: {reason}."),
            path=path.parent,
            reason=exc.strerror,
        ) from exc
    revision = read_revision(path)
    if revision is not None and revision != HEAD_REVISION and revision not in known_revisions():
        raise NewerDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database in {path} was written by a newer BranchDesk (schema {revision}); "
                "install that version to open it. Nothing was changed.",
            ),
            path=path.parent,
            revision=revision,
        )
    database = Database(path)
    try:
        if revision == HEAD_REVISION:
            return database
        if revision is not None:
            stamp = utcnow().strftime("%Y%m%d-%H%M%S")
            copy = snapshot(
                database.engine, safety_dir / f"before-upgrade-{revision}-{stamp}.sqlite3"
            )
            if on_safety_copy is not None:
                on_safety_copy(copy)
        upgrade(database)
    except OperationalError as exc:
        database.close()
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "Cannot open the database {path}: {reason}."),
            path=path,
            reason=exc.orig,
        ) from exc
    except BaseException:
        database.close()
        raise
    return database
