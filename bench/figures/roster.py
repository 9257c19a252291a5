"""Importing a 2,000-row roster (roster_import_bench's case): the demo archive's own export of
everyone (those who left too, to make 2,000 rows), read, previewed and applied into an empty
archive with the demo's branches, as ``branchdesk import members`` does. The empty archive
is made before each run, untimed (as roster_import_bench's, but with the branches of
whatever archive the suite runs on)."""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from harness.bench import Bench
from harness.figure import Figure
from harness.timing import sample

if TYPE_CHECKING:
    from pathlib import Path

    from branchdesk.core.db import Database

LIMIT_S = 3.0


def measure(bench: Bench) -> list[Figure]:
    from sqlalchemy import select

    from branchdesk.core.models import Branch, Member
    from branchdesk.io.member_export import export_members
    from branchdesk.io.roster_import import apply_import, preview_import, read_roster

    roster_path = bench.scratch("roster") / "roster.xlsx"
    with bench.database().unit_of_work("bench") as session:
        everyone = session.scalars(select(Member.id).order_by(Member.id)).all()
        rows = export_members(session, roster_path, full_id=True, member_ids=everyone)
        branches = session.scalars(select(Branch.name).order_by(Branch.position, Branch.id)).all()
    today = dt.date.today()
    target: list[Database] = []
    parts: list[dict[str, float]] = []

    def make_target() -> None:
        target.append(empty_archive(bench.scratch("roster-target"), branches))

    def close_target() -> None:
        target.pop().close()

    def import_roster() -> None:
        database = target[-1]
        started = time.perf_counter()
        roster = read_roster(roster_path)
        read = time.perf_counter()
        with database.reading() as session:
            preview = preview_import(session, roster, today=today)
        previewed = time.perf_counter()
        apply_import(database, preview, actor="bench", backup_dir=bench.work / "roster-safety")
        parts.append(
            {
                "read": read - started,
                "preview": previewed - read,
                "apply": time.perf_counter() - previewed,
            }
        )

    runs = sample(
        import_roster,
        bench.slow_runs,
        warmup=0 if bench.quick else 1,
        setup=make_target,
        teardown=close_target,
    )
    details: dict[str, Any] = {
        "rows": rows,
        "median_parts_s": {
            name: round(statistics.median(part[name] for part in parts), 3) for name in parts[0]
        },
    }
    return [
        Figure(
            "roster_import",
            f"import a {rows}-row roster",
            "s",
            runs,
            limit=LIMIT_S,
            note="read_roster + preview_import + apply_import (safety snapshot, audit)",
            details=details,
        )
    ]


def empty_archive(folder: Path, branches: Sequence[str]) -> Database:
    """A new archive with these branches (the roster names them) and no one on file."""
    from branchdesk.core.models import Branch
    from branchdesk.core.schema import open_database

    database = open_database(folder / "branchdesk.sqlite3", safety_dir=folder / "safety")
    with database.unit_of_work("bench") as session:
        session.add_all(Branch(name=name, position=n) for n, name in enumerate(branches))
    return database
