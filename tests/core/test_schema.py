"""Alembic owns the schema: create, upgrade after a safety copy, refuse newer, models agree."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from branchdesk.core import schema
from branchdesk.core.errors import DatabaseError, NewerDatabaseError
from branchdesk.core.models import Base
from branchdesk.core.schema import HEAD_REVISION, open_database, read_revision


def test_the_models_and_the_migrations_agree(template_database: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from branchdesk.core.db import Database

    database = Database(template_database)
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        database.close()


def test_head_revision_constant_matches_the_migrations() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(schema.alembic_config())
    assert scripts.get_current_head() == HEAD_REVISION


def test_a_new_database_is_created_at_the_head_revision(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(path, safety_dir=tmp_path / "safety").close()
    assert read_revision(path) == HEAD_REVISION
    assert not (tmp_path / "safety").exists()  # nothing to protect yet


def test_a_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(path, safety_dir=tmp_path / "safety").close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer BranchDesk"):
        open_database(path, safety_dir=tmp_path / "safety")
    assert path.read_bytes() == before


def test_an_older_database_is_copied_before_it_is_upgraded(tmp_path: Path, monkeypatch) -> None:
    # Simulate an archive at an older revision by pretending the program knows one more.
    path = tmp_path / "older.sqlite3"
    open_database(path, safety_dir=tmp_path / "safety").close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0000'")
    connection.close()
    monkeypatch.setattr(schema, "known_revisions", lambda: {"0000", HEAD_REVISION})
    upgraded: list[str] = []
    monkeypatch.setattr(schema, "upgrade", lambda database: upgraded.append("yes"))
    copies: list[Path] = []
    open_database(path, safety_dir=tmp_path / "safety", on_safety_copy=copies.append).close()
    assert upgraded == ["yes"]
    (copy,) = copies
    assert copy.parent == tmp_path / "safety" and "0000" in copy.name
    assert read_revision(copy) == "0000"


def test_files_that_are_not_branchdesk_databases_get_a_clear_error(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DatabaseError, match="not a readable SQLite database"):
        read_revision(garbage)
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    with pytest.raises(DatabaseError, match="not a BranchDesk database"):
        read_revision(foreign)


def test_the_upgrade_runs_in_one_transaction(tmp_path: Path) -> None:
    # A failing migration must leave no half-made schema behind (transactional DDL).
    from branchdesk.core.db import Database

    database = Database(tmp_path / "tx.sqlite3")
    try:
        with pytest.raises(RuntimeError), database.engine.begin() as connection:
            connection.execute(text("CREATE TABLE half_made (x INTEGER)"))
            raise RuntimeError("migration failed")
        with database.engine.connect() as connection:
            tables = connection.execute(text("SELECT name FROM sqlite_master")).scalars().all()
        assert "half_made" not in tables
    finally:
        database.close()


def test_a_missing_folder_is_created_and_an_unwritable_one_is_one_clear_error(
    tmp_path: Path,
) -> None:
    nested = tmp_path / "a" / "b" / "branchdesk.sqlite3"
    open_database(nested, safety_dir=tmp_path / "safety").close()
    assert read_revision(nested) == HEAD_REVISION
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(DatabaseError, match="Cannot create the data folder"):
        open_database(blocker / "branchdesk.sqlite3", safety_dir=tmp_path / "safety")
