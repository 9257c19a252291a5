"""How fast a 2,000-person roster reads, previews and imports (a script, not a test).

    .venv/bin/python bench/roster_import_bench.py [--cache DIR] [--runs 3] [--out result.json]

The roster is the demo archive's own export (2,000 people, every column a clerk keeps),
imported into an empty archive. Each stage is timed against a floor measured in the same run:

- read: ``read_roster`` against openpyxl merely iterating the same sheet's values;
- preview: ``preview_import`` against validating every row's draft alone (the rules' cost);
- apply: ``apply_import`` (safety snapshot, ORM writes with audit entries, one transaction)
  against a Core bulk insert of the same members without steps or audit.

It also reports the longest pause a GUI thread would see while the preview runs on a worker
thread (the wizard runs it there): the GIL must not be held for long stretches.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from common import cached_demo_archive  # bench/ is on sys.path when run as a script
from sqlalchemy import insert

from branchdesk.core.db import Database
from branchdesk.core.models import Branch, Member
from branchdesk.core.schema import open_database
from branchdesk.core.services.members import validate_member_draft

TODAY = dt.date(2026, 11, 26)
MEMBERS = 2000
YEARS = 2


def seconds(action: Callable[[], object], runs: int) -> float:
    """Median seconds of ``runs`` calls (each on fresh state made by ``action`` itself)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


BRANCHES = ("学前教育学院学生第一党支部", "学前教育学院学生第二党支部")  # the demo's


def empty_archive(folder: Path) -> Database:
    """A new archive with the demo's branches (the roster names them) and no one on file."""
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("branchdesk.sqlite3*"):
        stale.unlink()
    database = open_database(folder / "branchdesk.sqlite3", safety_dir=folder / "safety")
    with database.unit_of_work("bench") as session:
        session.add_all(Branch(name=name, position=n) for n, name in enumerate(BRANCHES))
    return database


def longest_pause(work: Callable[[], object]) -> float:
    """The longest gap between 1 ms ticks of this thread while ``work`` runs on another."""
    worker = threading.Thread(target=work)
    worker.start()
    last = time.perf_counter()
    longest = 0.0
    while worker.is_alive():
        time.sleep(0.001)
        now = time.perf_counter()
        longest = max(longest, now - last)
        last = now
    worker.join()
    return longest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "bd-bench")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    from openpyxl import load_workbook

    from branchdesk.io.member_export import export_members
    from branchdesk.io.roster_import import apply_import, preview_import, read_roster

    source = cached_demo_archive(args.cache / "demo", members=MEMBERS, years=YEARS, today=TODAY)
    roster_path = args.cache / "roster-2000.xlsx"
    with source.unit_of_work("bench") as session:
        written = export_members(session, roster_path, full_id=True)
    source.close()

    def iterate_values() -> int:
        book = load_workbook(roster_path, read_only=True, data_only=True)
        count = sum(1 for _ in book.active.iter_rows(values_only=True))
        book.close()
        return count

    roster = read_roster(roster_path)
    target = empty_archive(args.cache / "target")

    def preview() -> object:
        with target.reading() as session:
            return preview_import(session, roster, today=TODAY)

    planned = preview()
    drafts = [row.draft for row in planned.rows]  # type: ignore[attr-defined]

    def validate_only() -> None:
        for draft in drafts:
            validate_member_draft(draft, today=TODAY)

    def apply() -> None:
        database = empty_archive(args.cache / "apply")
        with database.reading() as session:
            fresh = preview_import(session, roster, today=TODAY)
        apply_import(database, fresh, actor="bench", backup_dir=args.cache / "apply-safety")
        database.close()

    def bulk_insert() -> None:
        database = empty_archive(args.cache / "bulk")
        columns = ("name", "gender", "id_number", "person_type", "stage", "student_number")
        rows = [
            {"branch_id": 1, **{name: getattr(draft, name) for name in columns}} for draft in drafts
        ]
        with database.unit_of_work("bench") as session:
            session.execute(insert(Member), rows)
        database.close()

    read_s, read_floor = (
        seconds(lambda: read_roster(roster_path), args.runs),
        seconds(iterate_values, args.runs),
    )
    preview_s, preview_floor = seconds(preview, args.runs), seconds(validate_only, args.runs)
    apply_s, apply_floor = seconds(apply, args.runs), seconds(bulk_insert, args.runs)
    pause = longest_pause(preview)
    result = {
        "machine": platform.platform(),
        "rows": written,
        "planned": len(planned.rows),  # type: ignore[attr-defined]
        "read_s": round(read_s, 3),
        "read_floor_s": round(read_floor, 3),
        "read_ratio": round(read_s / read_floor, 2),
        "preview_s": round(preview_s, 3),
        "preview_floor_s": round(preview_floor, 3),
        "preview_ratio": round(preview_s / preview_floor, 2),
        "apply_s": round(apply_s, 3),
        "apply_floor_s": round(apply_floor, 3),
        "apply_ratio": round(apply_s / apply_floor, 2),
        "longest_gui_pause_during_preview_ms": round(pause * 1000, 1),
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if args.out:
        args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    target.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
