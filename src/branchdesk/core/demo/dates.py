"""Date helpers for the sample data: school calendar, weekdays, year and month arithmetic."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from functools import lru_cache
from random import Random

DAY = dt.timedelta(days=1)

# Days of a month when a school branch can meet: winter break (late January to late
# February), the summer holiday (mid-July to late August) and the National Day week are avoided.
_TERM_DAYS: dict[int, tuple[int, int]] = {
    1: (3, 16),
    2: (24, 28),
    7: (1, 9),
    8: (24, 31),
    10: (9, 31),
}


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def between(rng: Random, low: dt.date, high: dt.date) -> dt.date:
    """A uniformly random day in [low, high]; ``low`` when the range is empty."""
    span = (high - low).days
    return low if span <= 0 else low + days(rng.randint(0, span))


def weekday_between(rng: Random, low: dt.date, high: dt.date) -> dt.date:
    """A random Monday–Friday in [low, high]; any day when the range holds no weekday."""
    choices = [low + days(i) for i in range((high - low).days + 1) if (low + days(i)).weekday() < 5]
    return rng.choice(choices) if choices else between(rng, low, high)


def weekday_on_or_after(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += DAY
    return day


def weekday_on_or_before(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day -= DAY
    return day


@lru_cache(maxsize=512)
def term_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The days of a month on which the branch holds its meetings."""
    first, last = _TERM_DAYS.get(month, (1, calendar.monthrange(year, month)[1]))
    last = min(last, calendar.monthrange(year, month)[1])
    return dt.date(year, month, first), dt.date(year, month, last)


def meeting_day(rng: Random, year: int, month: int, low: dt.date, high: dt.date) -> dt.date | None:
    """A weekday for a meeting in the month, inside [low, high]; None when nothing fits."""
    first, last = term_range(year, month)
    first, last = max(first, low), min(last, high)
    if first > last:
        return None
    return weekday_between(rng, first, last)


def months(start: dt.date, end: dt.date) -> Iterator[tuple[int, int]]:
    """(year, month) from the month of ``start`` to the month of ``end``."""
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def in_holiday(day: dt.date) -> bool:
    """Winter break, summer holiday or the National Day week, when students are away."""
    first, last = term_range(day.year, day.month)
    return not first <= day <= last and day.month in (1, 2, 7, 8, 10)


def is_school_day(day: dt.date) -> bool:
    return day.weekday() < 5 and not in_holiday(day)


def school_day(day: dt.date, limit: dt.date | None = None) -> dt.date:
    """The first school day from ``day`` on; ``day`` itself when that would pass ``limit``."""
    moved = day
    while not is_school_day(moved):
        moved += DAY
    return day if limit is not None and moved > limit else moved


def school_day_between(rng: Random, low: dt.date, high: dt.date) -> dt.date:
    """A random school day in [low, high], or any day there when none is found quickly."""
    for _ in range(40):
        day = between(rng, low, high)
        if is_school_day(day):
            return day
    return between(rng, low, high)
