"""Study (RULES.md §3): what counts toward the yearly class-hour target, and who is behind.

What counts: RULES.md §3 sets the target for *collective study and training* (集中学习培训).
Counted are every entry a collective session made (a 主题党日 or 党课 from the minutes, a
stand-alone session, whatever its form) and entries of the collective forms recorded one by one:
集中学习, 党课, 党校培训 (a training attended elsewhere). 自学, 学习强国, a 微党课 watched alone
and 其他 are in the notebook and its total, not in the target.

When to warn: study comes in lumps (a 24-hour 党校 class in July, a 党课 each quarter), so a
pro-rata warning in spring would flag half the branch for nothing. Members still short of the
target are warned from 1 October (the last quarter, when there is still time to catch up), and
the reminder becomes due in December.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from branchdesk.core.enums import StudyForm
from branchdesk.core.errors import ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.reminders import Reminder, Severity

COLLECTIVE_FORMS = frozenset({StudyForm.COLLECTIVE, StudyForm.LECTURE, StudyForm.PARTY_SCHOOL})
HOURS_PER_DAY = Decimal(24)
WARN_FROM_MONTH = 10  # Q4
DUE_FROM_MONTH = 12
RULE = QT_TRANSLATE_NOOP(
    "Reminders",
    "Local rule: at least {member_target} class hours of collective study and training a "
    "year ({committee_target} for the secretary and committee members).",
)


def counts_toward_target(form: StudyForm, session_id: int | None) -> bool:
    """Whether an entry is collective study or training (see the module docstring)."""
    return session_id is not None or form in COLLECTIVE_FORMS


def hours_text(hours: Decimal) -> str:
    """2, 1.5, 0.25: class hours without trailing zeros or exponents."""
    return f"{hours.normalize():f}"


def check_hours(hours: object, field: str = "class_hours") -> Decimal:
    """Class hours as an exact Decimal: more than 0, at most 24, at most 2 decimals."""
    if hours is None:
        raise ValidationError(
            field,
            "class_hours.required",
            QT_TRANSLATE_NOOP("Validation", "Please enter the class hours."),
        )
    # Floats are refused, not rounded: hours are summed over years and must stay exact.
    if isinstance(hours, bool) or not isinstance(hours, Decimal | int):
        raise TypeError(f"class hours must be a Decimal, not {type(hours).__name__}")
    value = Decimal(hours)
    if not value.is_finite() or value <= 0:
        raise ValidationError(
            field,
            "class_hours.positive",
            QT_TRANSLATE_NOOP("Validation", "The class hours must be more than 0."),
        )
    if value > HOURS_PER_DAY:
        raise ValidationError(
            field,
            "class_hours.day",
            QT_TRANSLATE_NOOP("Validation", "A day has at most {limit} class hours."),
            limit=hours_text(HOURS_PER_DAY),
        )
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError(
            field,
            "class_hours.decimals",
            QT_TRANSLATE_NOOP("Validation", "Class hours take at most 2 decimal places."),
        )
    return value


def yearly_target(
    rules: LocalRules, year: int, *, committee: bool, admitted_on: dt.date | None
) -> Decimal:
    """The year's target: 56 for the secretary and committee, else 32 (local rules); for a
    member admitted during the year, the share of the year left after the admission, rounded
    up to a whole class hour."""
    full = rules.study_hours_target_committee if committee else rules.study_hours_target
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if admitted_on is None or admitted_on <= start:
        return Decimal(full)
    share = Decimal((end - admitted_on).days + 1) / Decimal((end - start).days + 1)
    return (full * share).quantize(Decimal(1), rounding=ROUND_CEILING)


@dataclass(frozen=True)
class StudyFacts:
    """One member's collective class hours this year against their target."""

    member_id: int
    name: str
    collective_hours: Decimal
    target: Decimal


def study_reminders(
    people: Iterable[StudyFacts], rules: LocalRules, today: dt.date
) -> Iterator[Reminder]:
    """From October, each member short of the target; due in December (the year's end)."""
    if today.month < WARN_FROM_MONTH:
        return
    severity = Severity.DUE if today.month >= DUE_FROM_MONTH else Severity.WARNING
    for person in people:
        if person.collective_hours >= person.target:
            continue
        yield Reminder(
            severity,
            "study",
            QT_TRANSLATE_NOOP(
                "Reminders",
                "{name} has {hours} of {target} class hours of collective study this year "
                "({missing} to go).",
            ),
            RULE,
            due_on=dt.date(today.year, 12, 31),
            subject=f"member:{person.member_id}",
            params={
                "name": person.name,
                "hours": hours_text(person.collective_hours),
                "target": hours_text(person.target),
                "missing": hours_text(person.target - person.collective_hours),
                "member_target": str(rules.study_hours_target),
                "committee_target": str(rules.study_hours_target_committee),
            },
        )
