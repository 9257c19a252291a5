"""Timing: several runs of an action, each after an untimed setup, after untimed warm-ups."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence


def sample(
    action: Callable[[], object],
    runs: int,
    *,
    warmup: int = 1,
    setup: Callable[[], object] | None = None,
    teardown: Callable[[], object] | None = None,
) -> list[float]:
    """Seconds of ``runs`` calls of ``action`` after ``warmup`` untimed ones.

    ``setup`` and ``teardown`` run around every call (warm-ups too) and are not timed.
    """
    times: list[float] = []
    for number in range(warmup + runs):
        if setup is not None:
            setup()
        started = time.perf_counter()
        action()
        elapsed = time.perf_counter() - started
        if teardown is not None:
            teardown()
        if number >= warmup:
            times.append(elapsed)
    return times


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def in_unit(seconds: Sequence[float], unit: str) -> list[float]:
    """Seconds shown in ``unit`` ("s" or "ms")."""
    factor = {"s": 1.0, "ms": 1000.0}[unit]
    return [value * factor for value in seconds]
