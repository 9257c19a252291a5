"""How fast the 党员档案 list answers a keystroke, a filter and a sort (a script, not a test).

    .venv/bin/python bench/member_filter_bench.py [--cache DIR] [--runs 15] [--out result.json]

Builds (once, cached) a demo archive of 2,000 people over 2 years, then times the median of
several runs of: one search keystroke (member_ids + the first page of member_rows) for a few
typed prefixes, a stage filter, a sort by admission date, and the model path (set_filter and
data() for the first 50 rows, Qt offscreen). The target (DESIGN.md, issue 10): a search
keystroke updates the table in ≤ 30 ms median.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import cached_demo_archive  # bench/ is on sys.path when run as a script

from branchdesk.core.db import Database
from branchdesk.core.enums import Stage
from branchdesk.core.member_list import MemberFilter, count_members, member_ids, member_rows

TODAY = dt.date(2026, 11, 26)
MEMBERS = 2000
YEARS = 2
PAGE = 200  # the model's batch
TARGET_MS = 30.0
PREFIXES = ("z", "zh", "zha", "zhang", "l", "w", "2024", "138")


def archive(cache: Path, members: int) -> Database:
    return cached_demo_archive(cache, members=members, years=YEARS, today=TODAY)


def median_ms(action: Callable[[], object], runs: int) -> float:
    """Median milliseconds of ``runs`` calls after one warm-up call."""
    action()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def query_path(database: Database, flt: MemberFilter, sort_key: str = "name") -> int:
    """What one update of the list costs in core: the id list and the first page of rows."""
    with database.reading() as session:
        ids = member_ids(session, flt, sort_key)
        member_rows(session, ids[:PAGE])
    return len(ids)


def model_path(database: Database) -> Callable[[str], int]:
    """set_filter + data() for the first 50 rows of every column, as the view asks."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from branchdesk.ui.members.list_model import MemberListModel

    _app = QApplication.instance() or QApplication([])
    model = MemberListModel(database, "zh_CN")

    def run(text: str) -> int:
        model.set_filter(MemberFilter(text=text))
        for row in range(min(50, model.rowCount())):
            for column in range(model.columnCount()):
                model.data(model.index(row, column))
        return model.rowCount()

    run.app = _app  # type: ignore[attr-defined]  # keep the application alive
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "bd-members")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--members", type=int, default=MEMBERS)
    parser.add_argument("--out", type=Path, help="also write the figures as JSON")
    args = parser.parse_args()

    database = archive(args.cache, args.members)
    with database.reading() as session:
        people = count_members(session, MemberFilter(exited=None))
    results: list[dict[str, object]] = []

    def measure(name: str, action: Callable[[], int], keystroke: bool) -> None:
        matches = action()
        results.append(
            {
                "case": name,
                "matches": matches,
                "median_ms": round(median_ms(action, args.runs), 2),
                "keystroke": keystroke,
            }
        )

    for prefix in PREFIXES:
        flt = MemberFilter(text=prefix)
        measure(f"search “{prefix}”", lambda flt=flt: query_path(database, flt), True)
    measure("search (empty: everyone)", lambda: query_path(database, MemberFilter()), True)
    stage = MemberFilter(stages=frozenset({Stage.FULL}))
    measure("stage filter 正式党员", lambda: query_path(database, stage), False)
    measure(
        "sort by admission date",
        lambda: query_path(database, MemberFilter(), "admission_date"),
        False,
    )
    run = model_path(database)
    for prefix in ("zh", ""):
        measure(f"model: set_filter “{prefix}” + 50 rows", lambda p=prefix: run(p), True)

    keystrokes = [r["median_ms"] for r in results if r["keystroke"]]
    worst = max(keystrokes)  # type: ignore[type-var]
    holds = worst <= TARGET_MS  # type: ignore[operator]
    print(f"\n{people} people on file, median of {args.runs} runs\n")
    print("| case | matches | median ms |")
    print("|---|---:|---:|")
    for r in results:
        print(f"| {r['case']} | {r['matches']} | {r['median_ms']:.1f} |")
    print(
        f"\nTarget: search keystroke → table updated ≤ {TARGET_MS:.0f} ms median; "
        f"worst keystroke case {worst:.1f} ms: {'holds' if holds else 'MISSED'}"
    )
    report = {
        "people": people,
        "runs": args.runs,
        "target_ms": TARGET_MS,
        "worst_keystroke_ms": worst,
        "holds": holds,
        "results": results,
        "machine": platform.platform(),
        "python": platform.python_version(),
    }
    if args.out:
        args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    database.close()


if __name__ == "__main__":
    main()
