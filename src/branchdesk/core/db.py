"""Engine, SQLite pragmas, session factory and the unit of work."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from branchdesk.core.audit import DEFAULT_ACTOR  # also installs the audit listeners
from branchdesk.core.errors import DatabaseError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP

DB_FILENAME = "branchdesk.sqlite3"
BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Python 3.11's sqlite3 legacy transaction mode breaks SAVEPOINT and transactional DDL:
    # take control of BEGIN ourselves (SQLAlchemy's documented pysqlite recipe).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(path: Path | str, *, echo: bool = False) -> Engine:
    """An engine on the SQLite file at ``path`` with BranchDesk's pragmas."""
    engine = create_engine(f"sqlite:///{Path(path)}", echo=echo)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """One open database: its engine and the sessions made from it."""

    def __init__(self, path: Path | str, *, echo: bool = False) -> None:
        self.path = Path(path)
        self.engine = make_engine(self.path, echo=echo)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def unit_of_work(self, actor: str = DEFAULT_ACTOR) -> Iterator[Session]:
        """One transaction per user action: commits on success, rolls back on any error."""
        try:
            with self._sessions.begin() as session:
                session.info["actor"] = actor
                yield session
        except OperationalError as exc:
            # Locked, read-only, full disk, I/O error: nothing was saved; say so plainly.
            raise DatabaseError(
                QT_TRANSLATE_NOOP("Errors", "The database could not be written ({reason})."),
                reason=exc.orig,
            ) from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; closing it rolls back and detaches what it loaded, unexpired."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def snapshot(engine: Engine, destination: Path) -> Path:
    """Copy the live database to ``destination`` with SQLite's online backup API, fsynced."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    raw = engine.raw_connection()
    try:
        target = sqlite3.connect(partial)
        try:
            raw.driver_connection.backup(target)  # type: ignore[union-attr]
        finally:
            target.close()
    finally:
        raw.close()
    with open(partial, "rb+") as handle:
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(destination)
    return destination
