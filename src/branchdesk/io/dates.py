"""Dates as clerks type them in spreadsheets: 2019-05-04, 2019/5/4, 2019年5月4日, 20190504 …"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from branchdesk.core.errors import ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP

__all__ = ["ParsedDate", "parse_date"]

# Excel's day 0 is 1899-12-30 once its fictitious 1900-02-29 (serial 60) is accounted for.
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_MAX_SERIAL = 2958465  # 9999-12-31

_SEP = r"\s*[-/.,、年]\s*"
_FULL = re.compile(
    rf"([0-9]{{4}}){_SEP}([0-9]{{1,2}})\s*[-/.,、月]\s*([0-9]{{1,2}})\s*[日号]?", re.ASCII
)
_MONTH = re.compile(rf"([0-9]{{4}}){_SEP}([0-9]{{1,2}})\s*月?", re.ASCII)
_COMPACT_DAY = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})", re.ASCII)
_COMPACT_MONTH = re.compile(r"([0-9]{4})([0-9]{2})", re.ASCII)
# A time of day after the date ("2019-05-04 00:00:00") is dropped.
_TIME = re.compile(r"(?:\s+|T)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?$", re.ASCII)


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date read from a cell; ``month_only`` when the cell gave only year and month."""

    value: dt.date
    month_only: bool = False


def parse_date(value: object, *, field: str) -> ParsedDate | None:
    """Read a cell as a date; None when empty. Raises ValidationError naming ``field``.

    Full-width digits are accepted (NFKC) because a date has no check digit to protect;
    ID numbers are never normalised this way (RULES.md §8).
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return ParsedDate(value.date())
    if isinstance(value, dt.date):
        return ParsedDate(value)
    if isinstance(value, bool):
        raise _unreadable(field, value)
    if isinstance(value, int | float):
        return _from_number(value, field)
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not text:
        return None
    text = _TIME.sub("", text)
    for pattern, month_only in (
        (_FULL, False),
        (_MONTH, True),
        (_COMPACT_DAY, False),
        (_COMPACT_MONTH, True),
    ):
        match = pattern.fullmatch(text)
        if match:
            year, month, *day = (int(part) for part in match.groups())
            return ParsedDate(
                _real_date(year, month, day[0] if day else 1, field, text), month_only
            )
    raise _unreadable(field, text)


def _from_number(number: float, field: str) -> ParsedDate:
    """An Excel serial day, or digits typed as a number (20190504, 201905)."""
    whole = int(number)  # a fraction is a time of day
    if 19000101 <= whole <= 29991231:
        return parse_date(str(whole), field=field)  # type: ignore[return-value]
    if 190001 <= whole <= 299912:
        return parse_date(str(whole), field=field)  # type: ignore[return-value]
    if 1 <= whole <= _MAX_SERIAL:
        if whole < 60:  # before Excel's phantom 1900-02-29
            whole += 1
        return ParsedDate(_EXCEL_EPOCH + dt.timedelta(days=whole))
    raise _unreadable(field, number)


def _real_date(year: int, month: int, day: int, field: str, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(
            field,
            "date.invalid",
            QT_TRANSLATE_NOOP("Validation", "{value} is not a real date (month or day is wrong)."),
            value=text,
        ) from None


def _unreadable(field: str, value: object) -> ValidationError:
    return ValidationError(
        field,
        "date.format",
        QT_TRANSLATE_NOOP(
            "Validation",
            "{value} is not a date; write it like 2019-05-04, 2019/5/4 or 2019年5月4日.",
        ),
        value=value,
    )
