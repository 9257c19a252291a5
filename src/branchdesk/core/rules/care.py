"""Care reminders: birthdays and 政治生日 (admission anniversaries) in the coming week.

The source article's branch greets each member on their birthday; a 政治生日 is the
anniversary of the branch assembly that admitted them (入党时间 = step 15, RULES.md §1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.reminders import Reminder, Severity

WINDOW_DAYS = 7
RULE = QT_TRANSLATE_NOOP(
    "Reminders", "Branch practice: members are greeted on their birthday and 政治生日."
)


@dataclass(frozen=True)
class CareFacts:
    member_id: int
    name: str
    birth_date: dt.date | None
    admitted_on: dt.date | None  # step 15


def anniversary(day: dt.date, year: int) -> dt.date:
    """``day``'s anniversary in ``year``; 29 February falls on 28 February in other years."""
    try:
        return day.replace(year=year)
    except ValueError:
        return dt.date(year, 2, 28)


def next_anniversary(day: dt.date, today: dt.date) -> dt.date:
    this_year = anniversary(day, today.year)
    return this_year if this_year >= today else anniversary(day, today.year + 1)


def care_reminders(people: Iterable[CareFacts], today: dt.date) -> Iterator[Reminder]:
    """A reminder for each birthday or 政治生日 from today to six days ahead."""
    last = today + dt.timedelta(days=WINDOW_DAYS - 1)
    for person in people:
        subject = f"member:{person.member_id}"
        if person.birth_date is not None:
            on = next_anniversary(person.birth_date, today)
            if on <= last:
                yield Reminder(
                    Severity.DUE,
                    "members",
                    QT_TRANSLATE_NOOP("Reminders", "{name}'s birthday is on {date}."),
                    RULE,
                    due_on=on,
                    subject=subject,
                    params={"name": person.name, "date": on.isoformat()},
                )
        if person.admitted_on is not None and person.admitted_on < today:
            on = next_anniversary(person.admitted_on, today)
            if on <= last:
                years = on.year - person.admitted_on.year
                yield Reminder(
                    Severity.DUE,
                    "members",
                    QT_TRANSLATE_NOOP(
                        "Reminders", "{name}'s 政治生日 ({years} years in the Party) is on {date}."
                    ),
                    RULE,
                    due_on=on,
                    subject=subject,
                    params={"name": person.name, "years": str(years), "date": on.isoformat()},
                )
