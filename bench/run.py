"""The figures of issue 10 at school scale: every one measured, judged and reported.

    .venv/bin/python bench/run.py [--quick] [--out FILE.json] [--only GROUP,...] [--cache DIR]

Makes (once, then cached) a data dir with ``branchdesk demo --members 2000 --years 10``, then
measures each figure several times in this run — with its floor where the issue names one —
and prints a Markdown table (median, floor and ratio, target, ✓/✗) and, with --out, the JSON
of every run and the machine. --quick uses a 2,000 × 2-year archive and fewer runs and
finishes within a minute on two cores. The exit code is 0 whether or not targets hold; it is
1 only when the harness itself broke.

The archives are cached in the user cache folder (``~/.cache/branchdesk-bench`` on Linux;
``--cache DIR`` or ``BRANCHDESK_BENCH_CACHE`` elsewhere); delete it or pass --fresh to make
them again. Figures are measured on copies under its ``work-PID/`` folder (removed at the end).
Measure on a quiet machine: the load average is printed at the start and the end.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from figures import GROUPS, Group
from harness.archive import cached_demo, default_cache
from harness.bench import Bench
from harness.figure import Figure
from harness.report import document, load_average, markdown_table, notes

MEMBERS = 2000
YEARS = 10
QUICK_YEARS = 2
RUNS = {False: (15, 3), True: (5, 1)}  # (fast, slow) runs, full and --quick


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller archive, fewer runs")
    parser.add_argument("--out", type=Path, help="write the figures and the machine as JSON")
    parser.add_argument("--only", help="measure only these groups: " + ", ".join(_names()))
    parser.add_argument("--cache", type=Path, default=None, help="where the archives are cached")
    parser.add_argument("--fresh", action="store_true", help="make the cached archive again")
    parser.add_argument("--members", type=int, default=MEMBERS, help=argparse.SUPPRESS)
    parser.add_argument("--years", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=None, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def _names() -> list[str]:
    return [group.name for group in GROUPS]


def chosen_groups(only: str | None) -> list[Group]:
    if not only:
        return list(GROUPS)
    wanted = {name.strip() for name in only.split(",") if name.strip()}
    unknown = wanted - set(_names())
    if unknown:
        raise SystemExit(f"unknown group(s) {', '.join(sorted(unknown))}; known: {_names()}")
    return [group for group in GROUPS if group.name in wanted]


def measure_group(group: Group, bench: Bench) -> list[Figure]:
    """The group's figures; a failure of the harness becomes error rows, not a crash."""
    started = time.perf_counter()
    print(f"measuring {group.name} …", file=sys.stderr, flush=True)
    try:
        figures = group.measure()(bench)
    except Exception as exc:
        traceback.print_exc()
        return [Figure.failed(key, title, repr(exc)) for key, title in group.titles.items()]
    print(f"  {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    groups = chosen_groups(args.only)
    years = args.years or (QUICK_YEARS if args.quick else YEARS)
    fast, slow = RUNS[args.quick]
    if args.runs is not None:
        fast = slow = args.runs
    cache = args.cache or default_cache()
    started = time.perf_counter()
    load_before = load_average()
    if load_before is not None and load_before[0] >= 1.0:
        print(
            f"warning: load average {load_before[0]} ≥ 1: the figures will be inflated",
            file=sys.stderr,
        )
    archive = cached_demo(cache, args.members, years, fresh=args.fresh)
    # A work folder of this run's own: two runs on one cache must not empty each other's.
    work = cache / f"work-{os.getpid()}"
    bench = Bench(cache, work, archive, args.quick, fast, slow)
    figures: list[Figure] = []
    bytecode = sys.dont_write_bytecode, sys.pycache_prefix
    # Modules imported from here on load cached bytecode, as an installed program does (the
    # child processes too: harness.archive.clean_environment).
    sys.dont_write_bytecode, sys.pycache_prefix = False, str(cache / "pycache")
    try:
        for group in groups:
            figures += measure_group(group, bench)
    finally:
        sys.dont_write_bytecode, sys.pycache_prefix = bytecode
        bench.close()
        shutil.rmtree(work, ignore_errors=True)
    load_after = load_average()
    scale = f"Archive: {archive.label} (demo made {archive.made_on})"
    if years != YEARS:
        scale += f"; the issue's figures are for {YEARS} years"
    print(f"\n{scale}; {fast} fast / {slow} slow runs; medians.")
    print(f"Load average before {load_before}, after {load_after}.\n")
    print(markdown_table(figures))
    print()
    print(notes(figures))
    print(f"\n{time.perf_counter() - started:.0f} s in all.")
    if args.out:
        settings = {
            "quick": args.quick,
            "members": archive.members,
            "years": archive.years,
            "archive_made_on": archive.made_on,
            "fast_runs": fast,
            "slow_runs": slow,
            "cache": str(cache),
            "groups": [group.name for group in groups],
            "seconds": round(time.perf_counter() - started, 1),
        }
        load = {"before": load_before, "after": load_after}
        report = document(figures, settings=settings, load=load)
        args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return 1 if any(figure.error is not None for figure in figures) else 0


if __name__ == "__main__":
    raise SystemExit(main())
