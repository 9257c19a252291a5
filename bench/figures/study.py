"""学习笔记: narrowing, re-reading and sorting the study lists over tens of thousands of entries.

The page lists each member's class hours of a year (hours_tally, summed in SQL over every
entry), one member's notebook of that year, and everyone's entries of the year (全部学习记录,
read a page at a time as it scrolls). Two figures, both against the issue's 100 ms:

- the page, shown at 1280×800, until its background loads are painted: a search keystroke in
  the tally, a change of year, another member's notebook (the worst median of the three);
- everyone's entries of the year, the list of tens of thousands of rows the issue names: a
  search keystroke and a click on a column title, until the list shows the new first page
  (the worst median of the two). Reading the whole year at once (entries_for, the export's
  query) is reported beside it.
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
    from PySide6.QtCore import Qt

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

    view.tabs.setCurrentWidget(view.everyone_tab)
    qt.settle(lambda: not page.is_loading())
    all_texts = cycle(("李", "党章", "学习", "zy", ""))
    columns = cycle(
        (
            (1, Qt.SortOrder.AscendingOrder),
            (4, Qt.SortOrder.DescendingOrder),
            (0, Qt.SortOrder.AscendingOrder),
        )
    )
    list_cases: dict[str, list[float]] = {
        "list: search keystroke": sample(
            settled(lambda: view.all_search.setText(next(all_texts))), bench.fast_runs
        ),
        "list: sort by a column": sample(
            settled(lambda: view.all_entries.sortByColumn(*next(columns))), bench.fast_runs
        ),
    }
    shown_rows = page.all_model.rowCount()

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
    list_medians = {
        name: statistics.median(in_unit(runs, "ms")) for name, runs in list_cases.items()
    }
    list_worst = max(list_medians, key=lambda name: list_medians[name])
    year_runs = sample(year_entries, bench.fast_runs)
    every_entry = sample(all_entries, bench.slow_runs)
    page_details: dict[str, Any] = {
        "worst_case": worst,
        "median_ms": {name: round(value, 2) for name, value in page_medians.items()},
        "tally_rows": tally_rows,
        "scrolling": (
            "the tally holds one row per current member and the notebook one member's "
            "year; everyone's entries are read 200 at a time as the list scrolls"
        ),
    }
    entry_details: dict[str, Any] = {
        "worst_case": list_worst,
        "median_ms": {name: round(value, 2) for name, value in list_medians.items()},
        "rows_held_after_last_case": shown_rows,
        "year": year,
        "entries_of_year": year_entries(),
        "entries_in_archive": all_entries(),
        "year_read_whole_ms": round(statistics.median(year_runs) * 1000, 1),
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
            in_unit(list_cases[list_worst], "ms"),
            limit=LIMIT_MS,
            note=f"全部学习记录, worst of {len(list_cases)} list cases: {list_worst}",
            details=entry_details,
        ),
    ]
