"""One measured figure of issue 10: its runs, its floor, its target, and whether it holds."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from harness.timing import median


@dataclass
class Figure:
    """The runs of one figure in ``unit`` ("ms", "s" or "MB"), judged by its median.

    The target is ``limit`` (the median at most this much), ``max_ratio`` (the median at most
    this many times the floor's median, measured in the same run), or both.
    """

    key: str
    title: str
    unit: str
    runs: list[float]
    limit: float | None = None
    floor_runs: list[float] = field(default_factory=list)
    max_ratio: float | None = None
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    error: str | None = None  # the harness broke while measuring this figure

    @classmethod
    def failed(cls, key: str, title: str, error: str) -> Figure:
        return cls(key, title, "", [], error=error)

    @property
    def median(self) -> float | None:
        return median(self.runs) if self.runs else None

    @property
    def floor(self) -> float | None:
        return median(self.floor_runs) if self.floor_runs else None

    @property
    def ratio(self) -> float | None:
        if self.median is None or not self.floor:
            return None
        return self.median / self.floor

    @property
    def holds(self) -> bool | None:
        """Whether every target holds; None when nothing was measured or there is no target."""
        if self.median is None or (self.limit is None and self.max_ratio is None):
            return None
        if self.limit is not None and self.median > self.limit:
            return False
        if self.max_ratio is not None:
            return self.ratio is not None and self.ratio <= self.max_ratio
        return True

    def target_text(self) -> str:
        parts = []
        if self.limit is not None:
            parts.append(f"≤ {format_value(self.limit, self.unit)}")
        if self.max_ratio is not None:
            parts.append(f"≤ {self.max_ratio:g}× floor")
        return " and ".join(parts) or "—"

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "unit": self.unit,
            "runs": [round(value, 4) for value in self.runs],
            "median": _rounded(self.median),
            "floor_runs": [round(value, 4) for value in self.floor_runs],
            "floor_median": _rounded(self.floor),
            "ratio": _rounded(self.ratio),
            "target": {
                "limit": self.limit,
                "max_ratio": self.max_ratio,
                "text": self.target_text(),
            },
            "holds": self.holds,
            "note": self.note,
            "details": self.details,
            "error": self.error,
        }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def format_value(value: float, unit: str) -> str:
    """3.2 ms, 412 ms, 2.41 s, 187 MB: enough digits to compare with the target."""
    if unit == "s":
        return f"{value:.2f} s"
    if value < 10:
        return f"{value:.1f} {unit}"
    return f"{value:.0f} {unit}"
