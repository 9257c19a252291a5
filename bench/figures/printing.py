"""Printing: one minutes PDF in a warm process, and a 200-page 问题整改台账 against a bare
reportlab document of the same pages and text.

The demo's ledgers are a few pages long, so a copy of the archive gets enough copies of one
branch's problems of one year for 200 pages; that copy is cached beside the demo archive.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from harness.archive import DemoArchive, copy_data_dir
from harness.bench import Bench
from harness.figure import Figure
from harness.timing import in_unit, sample

from branchdesk.core.db import Database
from branchdesk.paths import DataDir

MINUTES_LIMIT_MS = 150.0
LEDGER_PAGES = 200
LEDGER_LIMIT_S = 8.0
LEDGER_MAX_RATIO = 2.0
SAMPLE_PAGES = 20  # the ledger that tells how many problems a page holds
LEDGER_MARGIN = 1.04  # page breaks vary a little: aim above LEDGER_PAGES
FLOOR_LINE_CHARS = 60  # a ledger text column holds about this many characters a line


def minutes(bench: Bench) -> list[Figure]:
    """minutes_job (it reads the record) + render of a typical 支部党员大会: the one of median
    attendance. The meeting with the most agenda items is printed once too, to say whether it
    prints at all (a cell taller than a page cannot)."""
    from branchdesk.reports.jobs import minutes_job

    database = bench.database()
    assemblies = _assemblies_by_attendance(database)
    meeting_id, attendance = assemblies[len(assemblies) // 2]
    output = bench.scratch("minutes") / "minutes.pdf"
    pages: list[int] = []

    def print_minutes() -> None:
        pages.append(minutes_job(database, meeting_id).render(output, None))

    runs = sample(print_minutes, bench.fast_runs)  # the warm-up registers the font
    longest_id, items = _longest_agenda(database)
    note = f"minutes_job + render of a 支部党员大会 of median attendance ({attendance})"
    try:
        longest_pages: object = minutes_job(database, longest_id).render(output, None)
    except Exception as exc:  # a finding to report, not a broken harness
        longest_pages = f"fails: {type(exc).__name__}: {str(exc)[:160]}"
        note += f"; the meeting with {items} agenda items fails to print ({type(exc).__name__})"
    return [
        Figure(
            "minutes_pdf",
            "one minutes PDF, warm process",
            "ms",
            in_unit(runs, "ms"),
            limit=MINUTES_LIMIT_MS,
            note=note,
            details={
                "meeting_id": meeting_id,
                "attendance": attendance,
                "pages": pages[-1],
                "longest_agenda": {
                    "meeting_id": longest_id,
                    "agenda_items": items,
                    "pages": longest_pages,
                },
            },
        )
    ]


def _longest_agenda(database: Database) -> tuple[int, int]:
    """(meeting id, agenda items) of the meeting with the most agenda items."""
    from sqlalchemy import func, select

    from branchdesk.core.models import AgendaItem

    with database.reading() as session:
        found = session.execute(
            select(AgendaItem.meeting_id, func.count().label("items"))
            .group_by(AgendaItem.meeting_id)
            .order_by(func.count().desc(), AgendaItem.meeting_id)
            .limit(1)
        ).one()
    return found[0], found[1]


def _assemblies_by_attendance(database: Database) -> list[tuple[int, int]]:
    """(meeting id, attendance records) of every 支部党员大会, fewest people first."""
    from sqlalchemy import func, select

    from branchdesk.core.enums import MeetingKind
    from branchdesk.core.models import Attendance, Meeting

    with database.reading() as session:
        found = session.execute(
            select(Meeting.id, func.count(Attendance.id).label("people"))
            .join(Attendance, Attendance.meeting_id == Meeting.id)
            .where(Meeting.kind == MeetingKind.BRANCH_ASSEMBLY)
            .group_by(Meeting.id)
            .order_by("people", Meeting.id)
        ).all()
    if not found:
        raise RuntimeError("the demo archive has no 支部党员大会 with attendance")
    return [(row[0], row[1]) for row in found]


@dataclass(frozen=True)
class LedgerArchive:
    data_dir: DataDir
    branch_name: str
    year: int
    problems: int


def ledger(bench: Bench) -> list[Figure]:
    from branchdesk.core.print_data.ledger import ledger as read_ledger
    from branchdesk.reports.jobs import ledger_job
    from branchdesk.reports.ledger import cells

    source = ledger_archive(bench.cache, bench.archive)
    data_dir = copy_data_dir(source.data_dir, bench.work / "ledger")
    database = Database(data_dir.database)
    output = bench.scratch("ledger-out")
    today = dt.date.today()
    try:
        with database.reading() as session:
            rows = read_ledger(
                session, year=source.year, branch_name=source.branch_name, today=today
            ).rows
        lines = floor_lines([cells(row) for row in rows])
        pages: list[int] = []

        def print_ledger() -> None:
            job = ledger_job(database, year=source.year, branch_name=source.branch_name)
            pages.append(job.render(output / "ledger.pdf", None))

        runs = sample(print_ledger, bench.slow_runs, warmup=0 if bench.quick else 1)
        floor = sample(
            lambda: floor_document(output / "floor.pdf", lines, pages[-1]), bench.slow_runs
        )
    finally:
        database.close()
    if pages[-1] < LEDGER_PAGES:
        raise RuntimeError(f"the ledger has {pages[-1]} pages, not {LEDGER_PAGES}")
    return [
        Figure(
            "ledger_pdf",
            f"a {pages[-1]}-page ledger",
            "s",
            runs,
            limit=LEDGER_LIMIT_S,
            floor_runs=floor,
            max_ratio=LEDGER_MAX_RATIO,
            note="ledger_job + render; floor: bare reportlab canvas, same pages, font and text",
            details={"problems": len(rows), "year": source.year, "floor_lines": len(lines)},
        )
    ]


def floor_lines(rows: Sequence[Sequence[str]]) -> list[str]:
    """Every cell's text as plain lines of at most FLOOR_LINE_CHARS characters."""
    lines = []
    for row in rows:
        for cell in row:
            for part in cell.splitlines():
                lines += [
                    part[start : start + FLOOR_LINE_CHARS]
                    for start in range(0, max(1, len(part)), FLOOR_LINE_CHARS)
                ]
    return lines


def floor_document(output: Path, lines: Sequence[str], pages: int) -> int:
    """The floor nothing can beat: the same text drawn line by line on ``pages`` pages,
    landscape A4, the same embedded font (registered beforehand), a footer on each page."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from branchdesk.reports.fonts import ensure_font

    font = ensure_font()
    canvas = Canvas(str(output), pagesize=landscape(A4), initialFontName=font)
    per_page = math.ceil(len(lines) / pages)
    columns = 3
    rows_per_column = math.ceil(per_page / columns)
    for page in range(pages):
        canvas.setFont(font, 7)
        chunk = lines[page * per_page : (page + 1) * per_page]
        for number, line in enumerate(chunk):
            column, row = divmod(number, rows_per_column)
            canvas.drawString(30 + column * 265, 560 - row * 530 / rows_per_column, line)
        canvas.drawCentredString(420, 20, f"第 {page + 1} 页 共 {pages} 页")
        canvas.showPage()
    canvas.save()
    return pages


def ledger_archive(cache: Path, archive: DemoArchive) -> LedgerArchive:
    """A copy of the demo archive whose busiest branch-year ledger has at least LEDGER_PAGES
    pages (a few more): that year's problems copied with new 序号. Cached.

    A ledger of about SAMPLE_PAGES pages tells how many problems a page holds; the big one is
    then rendered once to check, and topped up if page breaks fell short.
    """
    folder = cache / f"ledger-{archive.data_dir.root.parent.name}"
    meta_file = folder / "ledger.json"
    if meta_file.exists():
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        return LedgerArchive(DataDir(folder / "data"), **meta)
    for stale in cache.glob("ledger-*"):
        shutil.rmtree(stale)
    data_dir = copy_data_dir(archive.data_dir, folder / "data.partial")
    database = Database(data_dir.database)
    try:
        branch_id, branch_name, year = _busiest_ledger(database)
        base = _problem_rows(database, branch_id, year)
        problems, pages = len(base), _render_pages(database, branch_name, year, folder)
        goal = SAMPLE_PAGES
        for _ in range(4):  # pages grow about linearly with problems
            if pages >= LEDGER_PAGES:
                break
            more = math.ceil(problems * goal * LEDGER_MARGIN / pages) - problems
            _add_copies(database, base, more)
            problems, pages = problems + more, _render_pages(database, branch_name, year, folder)
            goal = LEDGER_PAGES
    finally:
        database.close()
    if pages < LEDGER_PAGES:
        raise RuntimeError(f"the ledger archive has {pages} pages, not {LEDGER_PAGES}")
    (folder / "data.partial").rename(folder / "data")
    meta = {"branch_name": branch_name, "year": year, "problems": problems}
    meta_file.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    return LedgerArchive(DataDir(folder / "data"), **meta)


def _busiest_ledger(database: Database) -> tuple[int, str, int]:
    from sqlalchemy import func, select

    from branchdesk.core.models import Branch, Problem

    with database.reading() as session:
        found = session.execute(
            select(Problem.branch_id, Branch.name, Problem.year)
            .join(Branch, Branch.id == Problem.branch_id)
            .where(Problem.year <= dt.date.today().year)
            .group_by(Problem.branch_id, Branch.name, Problem.year)
            .order_by(func.count().desc(), Problem.year.desc())
            .limit(1)
        ).one()
    return found[0], found[1], found[2]


def _problem_rows(database: Database, branch_id: int, year: int) -> list[dict[str, object]]:
    from sqlalchemy import select

    from branchdesk.core.models import Problem

    table = Problem.__table__
    with database.reading() as session:
        result = session.execute(
            select(table)
            .where(table.c.branch_id == branch_id, table.c.year == year)
            .order_by(table.c.sequence_no)
        )
        return [dict(row._mapping) for row in result]


def _add_copies(database: Database, base: list[dict[str, object]], count: int) -> None:
    """``count`` more problems like those of ``base`` (cycled), numbered after the last."""
    from sqlalchemy import func, insert, select

    from branchdesk.core.models import Problem

    table = Problem.__table__
    first = base[0]
    with database.unit_of_work("bench") as session:
        last = session.scalar(
            select(func.max(table.c.sequence_no)).where(
                table.c.branch_id == first["branch_id"], table.c.year == first["year"]
            )
        )
        rows = []
        for number in range(count):
            row = {key: value for key, value in base[number % len(base)].items() if key != "id"}
            row["sequence_no"] = (last or 0) + number + 1
            rows.append(row)
        session.execute(insert(Problem), rows)


def _render_pages(database: Database, branch_name: str, year: int, folder: Path) -> int:
    from branchdesk.reports.jobs import ledger_job

    job = ledger_job(database, year=year, branch_name=branch_name)
    return job.render(folder / "probe.pdf", None)
