"""Start to the main window shown with 工作台 filled, against a bare PySide6 window's start.

Both are fresh processes timed from outside (interpreter start included), alternating so
that both see the same machine; one untimed warm-up of each first fills the OS file cache.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from harness.archive import HarnessError, clean_environment
from harness.bench import Bench
from harness.figure import Figure

CHILD = Path(__file__).resolve().parent.parent / "harness" / "gui_child.py"
CHILD_TIMEOUT_S = 300.0


def run_child(cache: Path, mode: str, data_dir: Path | None = None) -> tuple[float, dict[str, Any]]:
    """Seconds from starting gui_child.py ``mode`` to its JSON line, and that line."""
    command = [sys.executable, str(CHILD), mode]
    if data_dir is not None:
        command.append(str(data_dir))
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=clean_environment(cache),
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    try:
        _out, errors = process.communicate(timeout=CHILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    if process.returncode != 0 or not line.strip():
        raise HarnessError(f"gui_child {mode} failed: {errors.strip()[-2000:]}")
    return elapsed, json.loads(line)


def measure(bench: Bench) -> list[Figure]:
    data_dir = bench.copy("startup").root
    run_child(bench.cache, "bare")
    run_child(bench.cache, "start", data_dir)
    bare: list[float] = []
    start: list[float] = []
    phases: list[dict[str, float]] = []
    for _ in range(bench.slow_runs):
        bare.append(run_child(bench.cache, "bare")[0])
        seconds, result = run_child(bench.cache, "start", data_dir)
        start.append(seconds)
        phases.append(result["phases"])
    median_phases = {
        name: round(statistics.median(run[name] for run in phases), 3) for name in phases[0]
    }
    return [
        Figure(
            "startup",
            "start → main window with 工作台 filled",
            "s",
            start,
            floor_runs=bare,
            max_ratio=3.0,
            note="fresh process each run; floor: a bare PySide6 window shown",
            details={"phases_since_interpreter_start_s": median_phases},
        )
    ]
