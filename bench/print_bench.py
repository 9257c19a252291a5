"""How fast the printed forms are, against a bare reportlab floor (a script, not a test).

    .venv/bin/python bench/print_bench.py [--cache DIR] [--runs 5] [--out result.json]

Builds (once, cached) a demo archive of 2,000 people over 1 year, then in one warm process
times the median of several runs of: reading and rendering one 党员基本信息表; reading and
rendering a 2,000-row 花名册 of every stage; and a bare reportlab document with the same number
of pages (one drawString per roster row, the same embedded font, registered beforehand) as
the floor nothing can beat.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import cached_demo_archive  # bench/ is on sys.path when run as a script
from sqlalchemy import select

from branchdesk.core.db import Database
from branchdesk.core.enums import Stage
from branchdesk.core.models import Branch, Member
from branchdesk.core.print_data import Roster, member_card, roster

TODAY = dt.date(2026, 11, 26)
MEMBERS = 2000
YEARS = 1
ROWS = 2000


def archive(cache: Path, members: int) -> Database:
    return cached_demo_archive(cache, members=members, years=YEARS, today=TODAY)


def median_time(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """(median, min) seconds of ``runs`` calls after one warm-up call."""
    action()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times), min(times)


def every_stage_roster(database: Database) -> tuple[Roster, int]:
    """Every current person of every branch on one roster, cycled up to exactly ROWS rows
    (people who left are not on a roster, so the archive holds a little under 2,000);
    returns the roster and how many rows were real."""
    with database.reading() as session:
        names = session.scalars(select(Branch.name).order_by(Branch.position, Branch.id)).all()
        parts = [
            roster(session, branch_name=name, full_id=False, today=TODAY, stages=frozenset(Stage))
            for name in names
        ]
    rows = [row for part in parts for row in part.rows]
    real = len(rows)
    rows = [rows[index % real] for index in range(ROWS)]
    return dataclasses.replace(parts[0], rows=tuple(rows), stages=frozenset(Stage)), real


def floor_document(output: Path, roster_data: Roster, pages: int) -> int:
    """A bare canvas: the roster's rows as plain lines over the same number of pages."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from branchdesk.reports.fonts import ensure_font

    font = ensure_font()
    canvas = Canvas(str(output), pagesize=landscape(A4), initialFontName=font)
    per_page = -(-len(roster_data.rows) // pages)
    rows = roster_data.rows
    for page in range(pages):
        canvas.setFont(font, 9)
        y = 560.0
        for row in rows[page * per_page : (page + 1) * per_page]:
            canvas.drawString(30, y, "  ".join(str(value) for value in dataclasses.astuple(row)))
            y -= 540 / per_page
        canvas.drawCentredString(420, 20, f"第 {page + 1} 页 共 {pages} 页")
        canvas.showPage()
    canvas.save()
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "bd-bench")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--members", type=int, default=MEMBERS, help="people in the demo")
    parser.add_argument("--out", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)

    from branchdesk.reports.fonts import ensure_font
    from branchdesk.reports.member_card import render_member_card
    from branchdesk.reports.roster import render_roster

    database = archive(args.cache, args.members)
    started = time.perf_counter()
    ensure_font()
    font_seconds = time.perf_counter() - started

    with database.reading() as session:
        # A full member: the whole development history and usually posts and awards.
        member_id = session.scalars(
            select(Member.id).where(Member.stage == Stage.FULL).order_by(Member.id).limit(1)
        ).one()

    out = args.cache / "out"  # the PDFs stay there to be looked at
    out.mkdir(exist_ok=True)
    card_path, roster_path, floor_path = out / "card.pdf", out / "roster.pdf", out / "floor.pdf"

    def read_card() -> object:
        with database.reading() as session:
            return member_card(session, member_id)

    card = read_card()
    data, real_rows = every_stage_roster(database)
    results: dict[str, dict[str, float]] = {}

    def record(name: str, action: Callable[[], object], pages: int) -> None:
        median, fastest = median_time(action, args.runs)
        results[name] = {"median_s": median, "min_s": fastest, "pages": pages}
        print(f"  {name}: {median * 1000:.0f} ms", flush=True)

    card_pages = render_member_card(card, card_path)
    roster_pages = render_roster(data, roster_path)
    record("member card: read", read_card, 0)
    record("member card: render", lambda: render_member_card(card, card_path), card_pages)
    record("roster: read (every branch, every stage)", lambda: every_stage_roster(database), 0)
    record(f"roster: render {ROWS} rows", lambda: render_roster(data, roster_path), roster_pages)
    record(
        "floor: bare canvas, same pages",
        lambda: floor_document(floor_path, data, roster_pages),
        roster_pages,
    )
    ratio = (
        results[f"roster: render {ROWS} rows"]["median_s"]
        / results["floor: bare canvas, same pages"]["median_s"]
    )

    print()
    print(f"{args.members} people, {YEARS} year; {args.runs} runs each after a warm-up; median.")
    print(f"Roster: {real_rows} current people of every branch, cycled to {len(data.rows)} rows.")
    print(f"Font registration (once per process): {font_seconds * 1000:.0f} ms.")
    print()
    print("| case | pages | median | min |")
    print("|---|---:|---:|---:|")
    for name, figures in results.items():
        pages = int(figures["pages"]) or ""
        print(
            f"| {name} | {pages} | {figures['median_s'] * 1000:.0f} ms "
            f"| {figures['min_s'] * 1000:.0f} ms |"
        )
    print(f"\nroster / floor = {ratio:.1f}×   (PDFs in {out})")

    report = {
        "members": args.members,
        "years": YEARS,
        "roster_rows": len(data.rows),
        "roster_rows_real": real_rows,
        "runs": args.runs,
        "font_registration_s": font_seconds,
        "results": results,
        "roster_over_floor": ratio,
        "python": sys.version.split()[0],
        "machine": platform.platform(),
    }
    print()
    print(json.dumps(report, ensure_ascii=False, indent=2))
    if args.out:
        args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
