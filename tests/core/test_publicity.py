"""公示 periods: working days (Mon–Fri) and which periods are recent or running."""

from __future__ import annotations

import datetime as dt

import pytest

from branchdesk.core.enums import Stage
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.pipeline import PipelineFacts
from branchdesk.core.rules.publicity import (
    PublicityPoint,
    add_working_days,
    publicity_end,
    publicity_periods,
)

D = dt.date
MON, FRI, SAT = D(2026, 11, 23), D(2026, 11, 27), D(2026, 11, 28)


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (MON, 0, MON),  # 0 days: the start itself
        (SAT, 0, SAT),
        (MON, 1, D(2026, 11, 24)),
        (MON, 4, FRI),
        (FRI, 1, D(2026, 11, 30)),  # Friday + 1 skips the weekend
        (FRI, 5, D(2026, 12, 4)),
        (SAT, 1, D(2026, 11, 30)),  # from a Saturday the next working day is Monday
        (MON, 10, D(2026, 12, 7)),
    ],
)
def test_add_working_days_skips_weekends(start, days, expected):
    assert add_working_days(start, days) == expected


def test_negative_working_days_are_refused():
    with pytest.raises(ValueError, match="negative"):
        add_working_days(MON, -1)


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (MON, FRI),  # posted Monday for 5 working days: ends that Friday
        (FRI, D(2026, 12, 3)),  # Fri, Mon, Tue, Wed, Thu
        (SAT, D(2026, 12, 4)),  # counting starts on Monday
    ],
)
def test_a_five_day_publicity_counts_its_first_working_day(start, expected):
    assert publicity_end(start, 5) == expected


def person(person_id: int, **done: dt.date) -> PipelineFacts:
    steps = {int(key.removeprefix("s")): on for key, on in done.items()}
    return PipelineFacts(person_id, f"人{person_id}", Stage.ACTIVIST, done=steps)


def test_recent_and_running_periods_at_the_four_points():
    today = D(2026, 11, 26)  # a Thursday
    people = [
        person(1, s1=D(2026, 1, 5), s3=D(2026, 11, 23)),  # activist 公示 running until Fri 27th
        person(2, s7=D(2026, 11, 9)),  # ended Fri 13th: within the last week? no (19th cut-off)
        person(3, s8=D(2026, 11, 16)),  # only the 备案 recorded: ends Fri 20th, ended recently
        person(4, s15=D(2026, 11, 26), s23=D(2025, 1, 1)),  # admission starts today
        person(5, s23=D(2026, 11, 20)),  # 转正: Fri 20th to Thu 26th, ends today
    ]
    periods = publicity_periods(people, LocalRules(), today)
    found = [(p.person_id, p.point, p.start, p.end, p.ongoing) for p in periods]
    assert found == [
        (5, PublicityPoint.CONFIRMATION, D(2026, 11, 20), D(2026, 11, 26), True),
        (1, PublicityPoint.ACTIVIST, D(2026, 11, 23), D(2026, 11, 27), True),
        (4, PublicityPoint.ADMISSION, D(2026, 11, 26), D(2026, 12, 2), True),
        (3, PublicityPoint.CANDIDATE, D(2026, 11, 16), D(2026, 11, 20), False),
    ]


def test_the_local_length_of_publicity_is_used():
    rules = LocalRules(publicity_working_days=7)
    (period,) = publicity_periods([person(1, s3=MON)], rules, MON)
    assert period.end == D(2026, 12, 1)


def test_step_7_wins_over_its_filing_for_the_candidate_date():
    (period,) = publicity_periods(
        [person(1, s7=D(2026, 11, 23), s8=D(2026, 11, 25))], LocalRules(), D(2026, 11, 26)
    )
    assert period.point is PublicityPoint.CANDIDATE
    assert period.start == D(2026, 11, 23)
