"""Peak memory of the GUI after showing every page of the main window on the big archive.

The peak is Linux's VmHWM, not ru_maxrss: getrusage's maximum survives execve, so a child
started by this (large) process would report this process's size. The child also reports
ru_maxrss, which is right when it starts from a small parent (a shell).
"""

from __future__ import annotations

from harness.bench import Bench
from harness.figure import Figure

from figures.startup import run_child

LIMIT_MB = 350.0


def measure(bench: Bench) -> list[Figure]:
    data_dir = bench.copy("memory").root
    runs = 1 if bench.quick else min(2, bench.slow_runs)
    peaks: list[float] = []
    visits: list[dict[str, object]] = []
    ru_maxrss = 0.0
    for _ in range(runs):
        _seconds, result = run_child(bench.cache, "pages", data_dir)
        peaks.append(result["peak_rss_mb"])
        visits = result["pages"]
        ru_maxrss = result["ru_maxrss_mb"]
    return [
        Figure(
            "memory",
            "peak memory after visiting every page",
            "MB",
            peaks,
            limit=LIMIT_MB,
            note=(
                "peak RSS (VmHWM; ru_maxrss off Linux) of a fresh GUI process that showed each"
                " page and waited for its loads"
            ),
            details={"pages_last_run": visits, "ru_maxrss_mb_last_run": ru_maxrss},
        )
    ]
