"""``branchdesk demo`` of the suite's size, the real command in a fresh process.

Making the cached archive is one run when it happened in this process; the other runs write
into scratch folders. With --quick the archive (and so this figure) is smaller than the
issue's 2,000 members × 10 years, and the output says so.
"""

from __future__ import annotations

from harness.archive import run_demo
from harness.bench import Bench
from harness.figure import Figure

LIMIT_S = 60.0
ISSUE_YEARS = 10


def measure(bench: Bench) -> list[Figure]:
    archive = bench.archive
    runs = [] if archive.made_in_s is None else [archive.made_in_s]
    wanted = 1 if bench.quick else bench.slow_runs
    while len(runs) < wanted:
        folder = bench.scratch("demo") / "data"
        runs.append(run_demo(folder, archive.members, archive.years, bench.cache))
    note = "wall clock of the command in a subprocess"
    if archive.years != ISSUE_YEARS:
        note += f" — {archive.years} years, not the target's {ISSUE_YEARS} (--quick)"
    return [
        Figure(
            "demo",
            f"demo --members {archive.members} --years {archive.years}",
            "s",
            runs,
            limit=LIMIT_S,
            note=note,
            details={"includes_cache_build": archive.made_in_s is not None},
        )
    ]
