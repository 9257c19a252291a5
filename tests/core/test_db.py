"""The database layer: pragmas, one transaction per unit of work, savepoints."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from branchdesk.core.db import Database, snapshot
from branchdesk.core.enums import Gender, PersonType, Stage
from branchdesk.core.models import Branch, Member


def _member(branch: Branch, name: str = "张三") -> Member:
    return Member(
        branch_id=branch.id,
        name=name,
        gender=Gender.MALE,
        person_type=PersonType.STUDENT,
        stage=Stage.APPLICANT,
    )


def test_connections_use_the_pragmas_the_design_requires(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_a_failing_unit_of_work_saves_nothing(database: Database) -> None:
    with pytest.raises(RuntimeError), database.unit_of_work("clerk") as session:
        session.add(Branch(name="第一党支部"))
        session.flush()
        raise RuntimeError("the clerk's action failed half-way")
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Branch)) == 0


def test_savepoints_roll_back_only_their_part(database: Database) -> None:
    # Python 3.11's sqlite3 legacy mode breaks SAVEPOINT unless BEGIN is ours (DESIGN.md §9).
    with database.unit_of_work("clerk") as session:
        session.add(Branch(name="第一党支部"))
        with pytest.raises(RuntimeError), session.begin_nested():
            session.add(Branch(name="第二党支部"))
            session.flush()
            raise RuntimeError("undo only the second branch")
    with database.reading() as session:
        assert session.scalars(select(Branch.name)).all() == ["第一党支部"]


def test_foreign_keys_are_enforced(database: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), database.unit_of_work("clerk") as session:
        session.execute(
            text(
                "INSERT INTO members (branch_id, name, name_pinyin, name_initials, gender,"
                " id_type, id_number, ethnicity, native_place, education, person_type, stage,"
                " org_status, student_number, grade, class_name, department, job_post,"
                " league_member, phone, address, dormitory, notes, created_at, updated_at)"
                " VALUES (999, '无支部', '', '', 'male', 'resident', '', '汉族', '', '',"
                " 'student', 'applicant', 'normal', '', '', '', '', '', 0, '', '', '', '',"
                " '2026-01-01', '2026-01-01')"
            )
        )


def test_name_search_keys_follow_the_name(database: Database) -> None:
    with database.unit_of_work("clerk") as session:
        branch = Branch(name="第一党支部")
        session.add(branch)
        session.flush()
        member = _member(branch, "张三")
        session.add(member)
        session.flush()
        assert (member.name_pinyin, member.name_initials) == ("zhang san", "zs")
        member.name = "龚䶮"
        assert member.name_initials == "gy"


def test_enums_and_exact_hours_round_trip(database: Database) -> None:
    from decimal import Decimal

    from branchdesk.core.enums import StudyForm
    from branchdesk.core.models import StudyEntry

    with database.unit_of_work("clerk") as session:
        branch = Branch(name="第一党支部")
        session.add(branch)
        session.flush()
        member = _member(branch)
        session.add(member)
        session.flush()
        session.add(
            StudyEntry(
                member_id=member.id,
                studied_on=dt.date(2026, 3, 1),
                topic="党章学习",
                form=StudyForm.SELF_STUDY,
                class_hours=Decimal("1.35"),
            )
        )
    with database.reading() as session:
        entry = session.scalars(select(StudyEntry)).one()
        assert entry.class_hours == Decimal("1.35")
        assert entry.form is StudyForm.SELF_STUDY
        raw = session.execute(text("SELECT form, class_hours FROM study_entries")).one()
        assert tuple(raw) == ("self_study", 135)


def test_snapshot_copies_a_live_database(database: Database, tmp_path) -> None:
    with database.unit_of_work("clerk") as session:
        session.add(Branch(name="第一党支部"))
    copy = snapshot(database.engine, tmp_path / "copy.sqlite3")
    other = Database(copy)
    try:
        with other.reading() as session:
            assert session.scalars(select(Branch.name)).all() == ["第一党支部"]
    finally:
        other.close()
    assert not (tmp_path / "copy.sqlite3.partial").exists()


def test_a_locked_database_is_one_clear_error_and_nothing_is_saved(data_dir, monkeypatch) -> None:
    import sqlite3

    from branchdesk.core import db as db_module
    from branchdesk.core.errors import DatabaseError

    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 50)  # do not wait 5 s for the lock
    database = Database(data_dir.database)
    other = sqlite3.connect(data_dir.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with (
            pytest.raises(DatabaseError, match="could not be written"),
            database.unit_of_work("clerk") as session,
        ):
            session.add(Branch(name="第一党支部"))
            session.flush()
    finally:
        other.rollback()
        other.close()
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Branch)) == 0
    database.close()
