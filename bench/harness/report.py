"""The suite's output: the machine it ran on, a Markdown table, and the JSON document."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from harness.figure import Figure, format_value

PACKAGES = ("branchdesk", "PySide6", "SQLAlchemy", "reportlab", "openpyxl", "pyrage", "alembic")


def load_average() -> list[float] | None:
    try:
        return [round(value, 2) for value in os.getloadavg()]
    except OSError:
        return None


def machine() -> dict[str, Any]:
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {
        "cpu_count": os.cpu_count(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "python": sys.version.split()[0],
        "versions": versions,
        "commit": _commit(),
    }


def _commit() -> str | None:
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=Path(__file__).parent,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except OSError:
        return None
    return done.stdout.strip() or None


def _verdict(figure: Figure) -> str:
    if figure.error is not None:
        return "error"
    return {True: "✓", False: "✗", None: "—"}[figure.holds]


def markdown_table(figures: Sequence[Figure]) -> str:
    lines = [
        "| figure | median | floor (ratio) | target | holds | runs |",
        "|---|---:|---:|---|:---:|---:|",
    ]
    for figure in figures:
        if figure.error is not None:
            lines.append(f"| {figure.title} | — | — | — | error | 0 |")
            continue
        median = "—" if figure.median is None else format_value(figure.median, figure.unit)
        floor = "—"
        if figure.floor is not None:
            floor = format_value(figure.floor, figure.unit)
            if figure.ratio is not None:
                floor += f" ({figure.ratio:.1f}×)"
        lines.append(
            f"| {figure.title} | {median} | {floor} | {figure.target_text()} "
            f"| {_verdict(figure)} | {len(figure.runs)} |"
        )
    return "\n".join(lines)


def notes(figures: Sequence[Figure]) -> str:
    """One line per figure on what exactly was timed (and what broke)."""
    lines = []
    for figure in figures:
        text = f"error: {figure.error}" if figure.error is not None else figure.note
        if text:
            lines.append(f"- {figure.title}: {text}")
    return "\n".join(lines)


def document(
    figures: Sequence[Figure], *, settings: dict[str, Any], load: dict[str, Any]
) -> dict[str, Any]:
    return {
        "machine": machine(),
        "settings": settings,
        "load_average": load,
        "figures": [figure.to_json() for figure in figures],
        "all_hold": all(figure.holds is not False for figure in figures),
        "errors": [figure.key for figure in figures if figure.error is not None],
    }
