"""bench/run.py keeps working: two cheap figure groups measured on a tiny demo archive.

The real figures are measured by hand (README, Performance); this only proves the harness
runs end to end — the demo command, the cache, figures, the table and the JSON — so it
cannot rot between measurements.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture
def bench_run(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.syspath_prepend(str(BENCH))
    import run

    return run


def test_a_figure_holds_only_when_every_target_does(bench_run):
    from harness.figure import Figure

    fast = Figure("f", "fast enough", "ms", [10.0, 20.0, 30.0], limit=25.0)
    assert fast.median == 20.0
    assert fast.holds is True
    near_floor = Figure("r", "ratio", "s", [3.0], floor_runs=[1.0], max_ratio=2.0, limit=8.0)
    assert near_floor.ratio == 3.0
    assert near_floor.holds is False
    assert near_floor.target_text() == "≤ 8.00 s and ≤ 2× floor"
    assert Figure("n", "no target", "MB", [1.0]).holds is None
    assert Figure.failed("e", "broken", "boom").holds is None


def test_the_suite_measures_search_and_backup_on_a_tiny_archive(bench_run, qapp, tmp_path, capsys):
    # Given a tiny demo archive made by the real command line into a fresh cache
    cache, out = tmp_path / "cache", tmp_path / "figures.json"
    argv = ["--members", "20", "--years", "1", "--runs", "1", "--cache", str(cache)]

    # When two cheap groups are measured once
    code = bench_run.main([*argv, "--only", "search,backup", "--out", str(out)])

    # Then every figure has a median and a verdict, in the table and in the JSON
    assert code == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    figures = {figure["key"]: figure for figure in report["figures"]}
    assert set(figures) == {"member_search", "backup", "restore"}
    for figure in figures.values():
        assert figure["error"] is None
        assert figure["median"] > 0
        assert figure["holds"] in (True, False)
    assert figures["backup"]["floor_median"] > 0
    assert report["machine"]["cpu_count"] >= 1
    assert report["settings"]["members"] == 20
    table = capsys.readouterr().out
    assert "| member search: keystroke → table updated |" in table
    assert "20 members × 1 years" in table
    # ... and the archive is cached for the next run
    assert len(list(cache.glob("demo-20x1-*/data/branchdesk.sqlite3"))) == 1


def test_an_unknown_group_is_refused(bench_run):
    with pytest.raises(SystemExit, match="unknown group"):
        bench_run.chosen_groups("search,nonsense")


def test_every_group_names_a_function_of_its_module(bench_run):
    import figures

    names = [group.name for group in figures.GROUPS]
    assert len(names) == len(set(names))
    for group in figures.GROUPS:
        assert callable(group.measure()), group.name
