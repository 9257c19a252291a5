"""Dates as clerks type them, and the impossible ones named as errors."""

from __future__ import annotations

import datetime as dt

import pytest

from branchdesk.core.errors import ValidationError
from branchdesk.io.dates import ParsedDate, parse_date

D = dt.date(2019, 5, 4)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-05-04", ParsedDate(D)),
        ("2019/5/4", ParsedDate(D)),
        ("2019.5.4", ParsedDate(D)),
        ("2019年5月4日", ParsedDate(D)),
        ("2019 年 5 月 4 日", ParsedDate(D)),
        (" 2019-05-04 ", ParsedDate(D)),
        ("20190504", ParsedDate(D)),
        ("2019-05-04 00:00:00", ParsedDate(D)),
        ("２０１９-０５-０４", ParsedDate(D)),  # full-width digits: accepted for dates
        ("201905", ParsedDate(dt.date(2019, 5, 1), month_only=True)),
        ("2019年5月", ParsedDate(dt.date(2019, 5, 1), month_only=True)),
        ("2019.05", ParsedDate(dt.date(2019, 5, 1), month_only=True)),
        (dt.datetime(2019, 5, 4, 0, 0), ParsedDate(D)),
        (D, ParsedDate(D)),
        (43589, ParsedDate(D)),  # Excel serial day
        (43589.5, ParsedDate(D)),
        (20190504, ParsedDate(D)),
        (None, None),
        ("   ", None),
    ],
)
def test_common_date_forms_are_read(value: object, expected: ParsedDate | None) -> None:
    assert parse_date(value, field="applied_on") == expected


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        ("2003-13-01", "date.invalid"),
        ("2023-02-30", "date.invalid"),
        ("20231301", "date.invalid"),
        ("去年秋天", "date.format"),
        ("5/4/2019", "date.format"),
        (True, "date.format"),
    ],
)
def test_impossible_or_unreadable_dates_name_the_field(value: object, rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(value, field="birth_date")
    assert caught.value.field == "birth_date"
    assert caught.value.rule == rule
