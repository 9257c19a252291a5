"""党员档案: one search keystroke to the table updated, and opening a member's editor."""

from __future__ import annotations

import statistics
from typing import Any

from harness import qt
from harness.bench import Bench
from harness.figure import Figure
from harness.timing import in_unit, sample
from member_filter_bench import PREFIXES, model_path

SEARCH_LIMIT_MS = 30.0
EDITOR_LIMIT_MS = 100.0


def search(bench: Bench) -> list[Figure]:
    """member_filter_bench's model path for each typed prefix; the worst prefix's median.

    The page itself is timed too (the view repainted), as a detail; on the real page the
    query starts after the pause in typing (SEARCH_DELAY_MS), which is not counted.
    """
    from branchdesk.ui.members.page import SEARCH_DELAY_MS

    qt.application()
    run = model_path(bench.database())
    by_prefix: dict[str, list[float]] = {}
    matches: dict[str, int] = {}
    for prefix in PREFIXES:
        matches[prefix] = run(prefix)
        by_prefix[prefix] = in_unit(sample(lambda p=prefix: run(p), bench.fast_runs), "ms")
    worst = max(by_prefix, key=lambda prefix: statistics.median(by_prefix[prefix]))
    details: dict[str, Any] = {
        "worst_prefix": worst,
        "model_median_ms": {p: round(statistics.median(v), 2) for p, v in by_prefix.items()},
        "matches": matches,
        "page_median_ms": page_search(bench),
        "search_delay_ms_not_counted": SEARCH_DELAY_MS,
    }
    return [
        Figure(
            "member_search",
            "member search: keystroke → table updated",
            "ms",
            by_prefix[worst],
            limit=SEARCH_LIMIT_MS,
            note=f"model path (set_filter + data() of 50 rows); worst of {len(PREFIXES)} prefixes",
            details=details,
        )
    ]


def page_search(bench: Bench) -> dict[str, float]:
    """The 党员档案 page shown at 1280×800: search text set, filter applied, table painted."""
    from branchdesk.ui.members.page import MembersPage

    page = MembersPage(qt.context(bench))
    page.resize(1280, 800)
    page.show()
    qt.settle()
    search = page.view.search

    def keystroke(text: str) -> None:
        search.blockSignals(True)  # no timer: the filter is applied at once below
        search.setText(text)
        search.blockSignals(False)
        page.apply_filter()
        qt.settle()

    medians = {}
    for prefix in ("zh", "l", ""):
        runs = sample(lambda p=prefix: keystroke(p), bench.fast_runs)
        medians[prefix or "(empty)"] = round(statistics.median(in_unit(runs, "ms")), 2)
    page.close()
    page.deleteLater()
    qt.settle()
    return medians


def _member_with_longest_record(bench: Bench) -> int:
    """A full member with the most development steps: the editor's heaviest ordinary case."""
    from sqlalchemy import func, select

    from branchdesk.core.enums import Stage
    from branchdesk.core.models import Member, PipelineStep
    from branchdesk.core.queries import has_exited

    with bench.database().reading() as session:
        member_id = session.scalar(
            select(Member.id)
            .join(PipelineStep)
            .where(Member.stage == Stage.FULL, ~has_exited())
            .group_by(Member.id)
            .order_by(func.count().desc(), Member.id)
            .limit(1)
        )
    assert member_id is not None, "the demo archive has no full member"
    return member_id


def editor(bench: Bench) -> list[Figure]:
    """MemberEditorDialog built for a member and shown (painted); the first, cold open apart."""
    from branchdesk.ui.members.editor import MemberEditorDialog

    context = qt.context(bench)
    member_id = _member_with_longest_record(bench)
    opened: list[MemberEditorDialog] = []

    def open_editor() -> None:
        dialog = MemberEditorDialog(context, member_id)
        dialog.show()
        qt.settle()
        opened.append(dialog)

    def close_editor() -> None:
        dialog = opened.pop()
        dialog.done(0)
        dialog.deleteLater()
        qt.settle()

    cold = sample(open_editor, 1, warmup=0, teardown=close_editor)
    runs = sample(open_editor, bench.fast_runs, warmup=0, teardown=close_editor)
    return [
        Figure(
            "member_editor",
            "open a member's editor",
            "ms",
            in_unit(runs, "ms"),
            limit=EDITOR_LIMIT_MS,
            note="construct + show + first paint, warm process; member with the most steps",
            details={"member_id": member_id, "first_open_ms": round(cold[0] * 1000, 1)},
        )
    ]
