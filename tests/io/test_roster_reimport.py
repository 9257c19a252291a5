"""Re-importing a roster of people already on file: found with a few queries, whatever the
number of rows, and updated with the same audit entries as one person at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, select

from branchdesk.core.db import Database
from branchdesk.core.models import AuditEntry, Member
from branchdesk.core.rules.idnumber import check_digit
from branchdesk.io.roster_import import ImportAction, apply_import, preview_import, read_roster

TODAY = dt.date(2026, 11, 27)
HEADER = ["姓名", "性别", "公民身份号码", "学号", "手机", "入党申请时间"]


def person(n: int, **overrides: object) -> list[object]:
    first17 = f"11010119950101{n:03d}"
    values = {
        "name": f"学生{n}",
        "gender": "男",
        "id": first17 + check_digit(first17),
        "student": f"2020{n:04d}",
        "phone": f"1390000{n:04d}",
        "applied": "2020-10-01",
    }
    values.update(overrides)
    return list(values.values())


@contextmanager
def queries(engine: Engine) -> Iterator[list[str]]:
    """The SQL statements sent meanwhile (BEGIN aside)."""
    sent: list[str] = []

    def count(*args: Any) -> None:
        if args[2] != "BEGIN":
            sent.append(args[2])

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", count)


def reimport(database: Database, path: Path, backups: Path) -> tuple[list[str], list[str]]:
    """Preview and apply with "update existing"; the statements of each."""
    roster = read_roster(path)
    with queries(database.engine) as previewing, database.reading() as session:
        preview = preview_import(session, roster, today=TODAY, update_existing=True)
    assert not preview.errors
    assert {row.action for row in preview.rows} == {ImportAction.UPDATE}
    with queries(database.engine) as applying:
        apply_import(database, preview, actor="clerk", backup_dir=backups)
    return previewing, applying


def test_a_longer_roster_of_people_on_file_takes_no_more_queries(
    database: Database, branch_id: int, write_xlsx, tmp_path: Path
) -> None:
    everyone = write_xlsx([HEADER, *(person(n) for n in range(12))], name="all.xlsx")
    with database.reading() as session:
        first = preview_import(session, read_roster(everyone), today=TODAY)
    apply_import(database, first, actor="clerk", backup_dir=tmp_path)

    def roster(count: int, phones: str) -> Path:
        # Half found by ID number, half by student number only; everyone's phone changes.
        rows = [
            person(n, phone=f"{phones}{n:04d}", **({"id": ""} if n % 2 else {}))
            for n in range(count)
        ]
        return write_xlsx([HEADER, *rows], name=f"{count}.xlsx")

    short_preview, short_apply = reimport(database, roster(4, "1380000"), tmp_path)
    long_preview, long_apply = reimport(database, roster(12, "1370000"), tmp_path)
    assert len(long_preview) == len(short_preview) <= 8
    assert len(long_apply) == len(short_apply) <= 12
    with database.reading() as session:
        phones = session.scalars(select(Member.phone).order_by(Member.id)).all()
    assert phones == [f"1370000{n:04d}" for n in range(12)]


def test_a_person_named_by_two_rows_is_updated_twice_with_an_entry_each(
    database: Database, branch_id: int, write_xlsx, tmp_path: Path
) -> None:
    first = write_xlsx([HEADER, person(1), person(2)], name="first.xlsx")
    with database.reading() as session:
        planned = preview_import(session, read_roster(first), today=TODAY)
    apply_import(database, planned, actor="clerk", backup_dir=tmp_path)
    # Row 2 finds person 1 by ID number (no student number), row 3 by student number.
    second = write_xlsx(
        [
            HEADER,
            person(1, student="", phone="13811110000"),
            person(1, id="", phone="13822220000"),
        ],
        name="second.xlsx",
    )
    reimport(database, second, tmp_path)
    with database.reading() as session:
        member_id = session.scalars(select(Member.id).where(Member.name == "学生1")).one()
        changes = session.scalars(
            select(AuditEntry.changes)
            .where(AuditEntry.entity == "members", AuditEntry.action == "update")
            .order_by(AuditEntry.id)
        ).all()
        assert session.get_one(Member, member_id).phone == "13822220000"
    assert changes == [
        {"phone": ["13900000001", "13811110000"]},
        {"phone": ["13811110000", "13822220000"]},
    ]
