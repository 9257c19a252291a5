"""Stage dates that obey RULES.md §1: 18 at application, 3 months to activist, 1 year to candidate.

Students are admitted in batches at the spring and autumn 支部党员大会 and confirmed at the
first assembly a full year later; people admitted elsewhere (staff, 专升本) get older dates.
"""

from __future__ import annotations

import datetime as dt
from random import Random

from branchdesk.core.demo.dates import (
    DAY,
    add_years,
    days,
    school_day,
    school_day_between,
    weekday_between,
    weekday_on_or_after,
    weekday_on_or_before,
)
from branchdesk.core.demo.world import BranchPlan, Person
from branchdesk.core.enums import Stage

ACTIVIST_AFTER = 92  # days: not before 3 months after the application (step 3, [local] 3)
CANDIDATE_AFTER = 366  # days: 1 full year as activist (step 7, 细则 第十三条)
PREPARATION = 75  # days from candidate to admission: steps 8–14
LEAVING_MARGIN = 92  # no admission within 3 months of leaving (step 13, 第十九条)
FORMER_BRANCHES = (
    "西南大学教育学部学生第二党支部",
    "重庆师范大学初等教育学院学生党支部",
    "四川师范大学教育科学学院学生第一党支部",
    "西华师范大学教育学院学生党支部",
    "重庆师范大学教育科学学院研究生党支部",
)
UPGRADE_BRANCHES = (
    "重庆幼儿师范高等专科学校学前教育学院学生党支部",
    "重庆城市职业学院学前教育系学生党支部",
)


def build_calendar(rng: Random, branch: BranchPlan, first_year: int, last_year: int) -> None:
    """Regular assemblies per quarter; Q2 and Q4 are the admission batches (May, November)."""
    for year in range(first_year, last_year + 1):
        branch.q1[year] = weekday_between(rng, dt.date(year, 3, 5), dt.date(year, 3, 27))
        branch.batches.append(weekday_between(rng, dt.date(year, 5, 10), dt.date(year, 5, 28)))
        branch.q3[year] = weekday_between(rng, dt.date(year, 9, 15), dt.date(year, 9, 29))
        branch.batches.append(weekday_between(rng, dt.date(year, 11, 8), dt.date(year, 11, 26)))
    for batch in branch.batches:
        due = add_years(batch, 1)  # probation is one year from the admission (党章 第七条)
        later = [b for b in branch.batches if due <= b <= due + days(21)]
        branch.confirm_on[batch] = (
            later[0] if later else weekday_on_or_after(due + days(rng.randint(1, 10)))
        )


def add_special_admission(rng: Random, branch: BranchPlan, today: dt.date) -> dt.date:
    """A one-person admission whose probation ends within the coming month."""
    low, high = add_years(today, -1) + days(8), add_years(today, -1) + days(24)
    day = school_day_between(rng, low, high)
    day = day if day.weekday() < 5 else weekday_on_or_before(day)
    if day not in branch.specials:
        branch.specials.append(day)
    return day


def _first_application(person: Person) -> dt.date:
    """At school for ten days and 18 years old (hard rule, 党章 第一条)."""
    return max(person.present_from + days(10), add_years(person.birth, 18) + DAY)


def _application(rng: Random, first: dt.date, latest: dt.date) -> dt.date:
    """Most students apply in their first weeks at school; some later."""
    if rng.random() < 0.7:
        return school_day_between(rng, first, min(latest, first + days(60)))
    return school_day_between(rng, first, latest)


def _fill_before_candidate(rng: Random, person: Person, first: dt.date) -> bool:
    """Activist and application dates before an already chosen candidate date."""
    assert person.candidate is not None
    latest_activist = person.candidate - days(CANDIDATE_AFTER)
    earliest_activist = first + days(ACTIVIST_AFTER)
    if latest_activist < earliest_activist:
        return False
    person.activist = school_day_between(
        rng, max(earliest_activist, latest_activist - days(180)), latest_activist
    )
    person.applied = _application(rng, first, person.activist - days(ACTIVIST_AFTER))
    return True


def _admissions(person: Person, branch: BranchPlan, first: dt.date) -> list[dt.date]:
    """Admission assemblies the person could have been admitted at."""
    earliest = first + days(ACTIVIST_AFTER + CANDIDATE_AFTER + PREPARATION)
    days_held = [*branch.batches, *(branch.specials if person.quirk == "probation_ending" else [])]
    return [
        day
        for day in days_held
        if day >= earliest
        and (person.leaves is None or day <= person.leaves - days(LEAVING_MARGIN))
    ]


def plan_student(rng: Random, person: Person, stage: Stage, horizon: dt.date) -> bool:
    """Give a student dates so that they are at ``stage`` on ``horizon``; False if impossible."""
    branch, first = person.branch, _first_application(person)
    if first > horizon:
        return False
    if stage is Stage.APPLICANT:
        person.applied = _application(rng, first, horizon)
        return True
    if stage is Stage.ACTIVIST:
        low, high = max(first + days(ACTIVIST_AFTER), horizon - days(330)), horizon
        if person.quirk == "activist_overdue":  # past the year, nobody proposed them yet
            low = max(first + days(ACTIVIST_AFTER), horizon - days(430))
            high = horizon - days(CANDIDATE_AFTER + 4)
        if low > high:
            return False
        person.activist = school_day_between(rng, low, high)
        person.applied = _application(rng, first, person.activist - days(ACTIVIST_AFTER))
        return True
    if stage is Stage.CANDIDATE:
        held = [b for b in branch.batches if b <= horizon]
        low = first + days(ACTIVIST_AFTER + CANDIDATE_AFTER)
        if held:  # not yet admitted: the next batch comes after the horizon
            low = max(low, held[-1] - days(PREPARATION - 1))
        if low > horizon:
            return False
        person.candidate = school_day_between(rng, low, horizon)
        return _fill_before_candidate(rng, person, first)
    choices = _admissions(person, branch, first)
    if stage is Stage.PROBATIONARY:
        choices = [a for a in choices if horizon - days(365) < a <= horizon]
        if person.quirk == "probation_ending":
            choices = [a for a in choices if a <= horizon - days(335)]
        if person.left is not None:
            choices = [a for a in choices if branch.confirm_on.get(a, horizon) >= person.left]
    else:
        end = person.left or horizon + DAY
        choices = [a for a in choices if a in branch.confirm_on and branch.confirm_on[a] < end]
    if not choices:
        return False
    person.admitted = rng.choice(choices)
    if stage is Stage.FULL:
        person.confirmed = branch.confirm_on[person.admitted]
    low = max(first + days(ACTIVIST_AFTER + CANDIDATE_AFTER), person.admitted - days(210))
    person.candidate = school_day_between(rng, low, person.admitted - days(PREPARATION))
    return _fill_before_candidate(rng, person, first)


def plan_admitted_elsewhere(rng: Random, person: Person, before: dt.date, where: str) -> bool:
    """Dates of someone who passed all steps in another organisation before ``before``."""
    applied = school_day(add_years(person.birth, 18) + days(rng.randint(20, 120)))
    activist = school_day(applied + days(rng.randint(ACTIVIST_AFTER, 150)))
    candidate = school_day(activist + days(rng.randint(CANDIDATE_AFTER, 400)))
    admitted = school_day(candidate + days(rng.randint(PREPARATION, 120)))
    confirmed = school_day(add_years(admitted, 1) + days(rng.randint(0, 15)))
    if confirmed >= before:
        return False
    person.applied, person.activist, person.candidate = applied, activist, candidate
    person.admitted, person.confirmed, person.elsewhere = admitted, confirmed, where
    return True
