"""Importing a 2,000-row roster (roster_import_bench's case): the demo archive's own export of
everyone (those who left too, to make 2,000 rows), read, previewed and applied into an empty
archive with the demo's branches, as ``branchdesk import members`` does. The empty archive
is made before each run, untimed (as roster_import_bench's, but with the branches of
whatever archive the suite runs on).

Its details also time the clerk's re-import of the same roster each term: previewed and applied
with "update existing" into the archive the first import filled (a fresh copy of it per run,
made untimed). Everyone is found on file; the figure's own median stays the first import's."""

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
        "median_parts_s": medians(parts),
        "reimport": reimport(bench, roster_path, branches, today),
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


def medians(parts: list[dict[str, float]]) -> dict[str, float]:
    return {name: round(statistics.median(part[name] for part in parts), 3) for name in parts[0]}


def reimport(
    bench: Bench, roster_path: Path, branches: Sequence[str], today: dt.date
) -> dict[str, Any]:
    """The roster read, previewed and applied again with "update existing" into the archive
    its first import filled: median seconds of each part over the slow runs."""
    from branchdesk.core.db import Database, snapshot
    from branchdesk.io.roster_import import ImportAction, apply_import, preview_import, read_roster

    filled = empty_archive(bench.scratch("roster-filled"), branches)
    with filled.reading() as session:
        first = preview_import(session, read_roster(roster_path), today=today)
    apply_import(filled, first, actor="bench", backup_dir=bench.work / "roster-safety")
    target: list[Database] = []
    parts: list[dict[str, float]] = []
    updated: list[int] = []

    def copy_filled() -> None:
        folder = bench.scratch("roster-again")
        target.append(Database(snapshot(filled.engine, folder / "branchdesk.sqlite3")))

    def import_again() -> None:
        database = target[-1]
        started = time.perf_counter()
        roster = read_roster(roster_path)
        read = time.perf_counter()
        with database.reading() as session:
            preview = preview_import(session, roster, today=today, update_existing=True)
        previewed = time.perf_counter()
        apply_import(database, preview, actor="bench", backup_dir=bench.work / "roster-safety")
        parts.append(
            {
                "read": read - started,
                "preview": previewed - read,
                "apply": time.perf_counter() - previewed,
            }
        )
        updated.append(preview.count(ImportAction.UPDATE))

    try:
        sample(
            import_again,
            bench.slow_runs,
            warmup=0 if bench.quick else 1,
            setup=copy_filled,
            teardown=lambda: target.pop().close(),
        )
    finally:
        filled.close()
    return {"updated": updated[-1], "median_parts_s": medians(parts)}


def empty_archive(folder: Path, branches: Sequence[str]) -> Database:
    """A new archive with these branches (the roster names them) and no one on file."""
    from branchdesk.core.models import Branch
    from branchdesk.core.schema import open_database

    database = open_database(folder / "branchdesk.sqlite3", safety_dir=folder / "safety")
    with database.unit_of_work("bench") as session:
        session.add_all(Branch(name=name, position=n) for n, name in enumerate(branches))
    return database
