"""公示 periods (RULES.md §1): at least N working days at the four points of development.

Pure functions of ``PipelineFacts``, ``LocalRules`` and ``today``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from branchdesk.core.rules import pipeline_steps as s
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.pipeline import PipelineFacts

# Ended periods stay in view this long, so the clerk sees a 公示 that just closed.
RECENT_DAYS = 7


class PublicityPoint(StrEnum):
    """The four points with a 公示, each the step that starts it."""

    ACTIVIST = "activist"  # step 3 确定为入党积极分子
    CANDIDATE = "candidate"  # step 7 (or its 备案, step 8) 列为发展对象
    ADMISSION = "admission"  # step 15 接收为预备党员
    CONFIRMATION = "confirmation"  # step 23 预备党员转正


# The steps whose date starts each period, first found wins: [local] a branch may record
# only the 备案 (step 8) as the candidate date.
_POINT_STEPS: dict[PublicityPoint, tuple[int, ...]] = {
    PublicityPoint.ACTIVIST: (s.ACTIVIST,),
    PublicityPoint.CANDIDATE: (s.CANDIDATE, s.CANDIDATE + 1),
    PublicityPoint.ADMISSION: (s.ADMISSION,),
    PublicityPoint.CONFIRMATION: (s.CONFIRMATION,),
}


@dataclass(frozen=True)
class PublicityPeriod:
    """One person's 公示 at one point: from the step's date to its last working day."""

    person_id: int
    name: str
    point: PublicityPoint
    start: dt.date
    end: dt.date
    ongoing: bool  # today is on or before ``end``


def is_working_day(day: dt.date) -> bool:
    # Monday to Friday only: Chinese public holidays and their make-up working weekends
    # (调休) change every year and are not modelled; the clerk adjusts a period by hand.
    return day.weekday() < 5


def add_working_days(start: dt.date, days: int) -> dt.date:
    """The day ``days`` working days after ``start`` (``start`` itself for 0)."""
    if days < 0:
        raise ValueError("days must not be negative")
    day = start
    while days:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            days -= 1
    return day


def publicity_end(start: dt.date, working_days: int) -> dt.date:
    """The last day of a 公示 of ``working_days`` that starts on ``start``.

    The start day counts when it is a working day (a notice posted on Monday for 5 working
    days ends on Friday); a notice posted at the weekend starts counting on Monday.
    """
    if working_days < 1:
        raise ValueError("a 公示 lasts at least one working day")
    return add_working_days(start, working_days - 1 if is_working_day(start) else working_days)


def _start(facts: PipelineFacts, point: PublicityPoint) -> dt.date | None:
    for step_no in _POINT_STEPS[point]:
        if (on := facts.done.get(step_no)) is not None:
            return on
    return None


def publicity_periods(
    facts: Iterable[PipelineFacts], rules: LocalRules, today: dt.date
) -> list[PublicityPeriod]:
    """Ongoing periods and those ended in the last week: ongoing first (ending soonest),
    then ended ones, latest first."""
    cutoff = today - dt.timedelta(days=RECENT_DAYS)
    longest_weeks = rules.publicity_working_days // 5 + 1
    found: list[PublicityPeriod] = []
    for person in facts:
        for point in PublicityPoint:
            start = _start(person, point)
            # Most steps are long past: skip them before counting working days (N working
            # days never span more than N // 5 + 1 weeks).
            if start is None or start + dt.timedelta(weeks=longest_weeks) < cutoff:
                continue
            end = publicity_end(start, rules.publicity_working_days)
            if end >= cutoff:
                found.append(
                    PublicityPeriod(person.person_id, person.name, point, start, end, end >= today)
                )
    found.sort(key=lambda p: (not p.ongoing, p.end.toordinal() * (1 if p.ongoing else -1), p.name))
    return found
