"""How values are written on a form: dates, yes/no, lists of names. Missing values are ""."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable


def long_date(day: dt.date | None) -> str:
    """2026年11月26日: the form's date style in label/value boxes."""
    if day is None:
        return ""
    return f"{day.year}年{day.month}月{day.day}日"


def short_date(day: dt.date | None) -> str:
    """2026.11.26: for narrow table columns (rosters, ledgers)."""
    if day is None:
        return ""
    return f"{day.year}.{day.month:02d}.{day.day:02d}"


def period(start: dt.date | None, end: dt.date | None) -> str:
    """2021.12.09—2024.12.17, or 2024.12.17—至今 while still running."""
    if start is None:
        return ""
    return f"{short_date(start)}—{short_date(end) if end else '至今'}"


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return "是" if value else "否"


def names(people: Iterable[str]) -> str:
    """张三、李四: names joined with the Chinese enumeration comma."""
    return "、".join(name for name in people if name)
