"""学习笔记: narrowing, re-reading and sorting the study lists over tens of thousands of entries.

The page lists each member's class hours of a year (hours_tally, summed in SQL over every
entry) and one member's notebook of that year (entries_for); no list on it holds every entry.
Two figures, both against the issue's 100 ms:

- the page, shown at 1280×800, until its background loads are painted: a search keystroke in
  the tally, a change of year, another member's notebook (the worst median of the three);
- the entries themselves: everyone's entries of a year filtered and sorted by date and name
  in core (entries_for, the export's query) — the list of tens of thousands of rows the issue
  names; every entry of every year is reported beside it.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable
from itertools import cycle
from typing import Any

from harness import qt
from harness.bench import Bench
from harness.figure import Figure
from harness.timing import in_unit, sample

LIMIT_MS = 100.0


def measure(bench: Bench) -> list[Figure]:
    from branchdesk.core.services.study_hours import entries_for
    from branchdesk.ui.study.page import StudyPage

    year = dt.date.fromisoformat(bench.archive.made_on).year
    database = bench.database()
    page = StudyPage(qt.context(bench))
    page.resize(1280, 800)
    page.show()
    page.view.year.setValue(year)
    qt.settle(lambda: not page.is_loading())
    view = page.view
    tally_rows = page.tally_model.rowCount()

    def settled(action: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            action()
            qt.settle(lambda: not page.is_loading())

        return run

    texts = cycle(("z", "zh", "l", "w", ""))
    years = cycle((year - 1, year))
    rows = cycle(range(0, max(1, tally_rows), max(1, tally_rows // 17)))
    cases: dict[str, list[float]] = {
        "page: search keystroke in the tally": sample(
            settled(lambda: view.search.setText(next(texts))), bench.fast_runs
        ),
        "page: change of year": sample(
            settled(lambda: view.year.setValue(next(years))), bench.fast_runs
        ),
        "page: another member's notebook": sample(
            settled(lambda: view.tally.selectRow(next(rows))), bench.fast_runs
        ),
    }

    def year_entries() -> int:
        with database.reading() as session:
            return len(entries_for(session, year=year))

    def all_entries() -> int:
        with database.reading() as session:
            return len(entries_for(session))

    page_medians = {name: statistics.median(in_unit(runs, "ms")) for name, runs in cases.items()}
    worst = max(page_medians, key=lambda name: page_medians[name])
    page.close()
    page.deleteLater()
    qt.settle()
    year_runs = sample(year_entries, bench.fast_runs)
    every_entry = sample(all_entries, bench.slow_runs)
    page_details: dict[str, Any] = {
        "worst_case": worst,
        "median_ms": {name: round(value, 2) for name, value in page_medians.items()},
        "tally_rows": tally_rows,
        "scrolling": (
            "each list holds all its rows with their display text made up front "
            "(FlatTableModel): the tally one row per current member, the notebook one "
            "member's year; no list holds every entry"
        ),
    }
    entry_details: dict[str, Any] = {
        "year": year,
        "entries_of_year": year_entries(),
        "entries_in_archive": all_entries(),
        "every_entry_sorted_ms": round(statistics.median(every_entry) * 1000, 1),
    }
    return [
        Figure(
            "study_page",
            "study page: filter and re-read",
            "ms",
            in_unit(cases[worst], "ms"),
            limit=LIMIT_MS,
            note=f"worst of {len(cases)} page cases: {worst}",
            details=page_details,
        ),
        Figure(
            "study_entries",
            "study entries of a year: filter and sort",
            "ms",
            in_unit(year_runs, "ms"),
            limit=LIMIT_MS,
            note="entries_for(year) of everyone, sorted by date and name (core; the export)",
            details=entry_details,
        ),
    ]
