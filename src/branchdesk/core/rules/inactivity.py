"""Inactivity: six months without organisational life is flagged (RULES.md §7, 党章 第九条)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.reminders import Reminder, Severity, add_months

INACTIVE_MONTHS = 6
RULE = QT_TRANSLATE_NOOP(
    "Reminders",
    "Party Constitution, Article 9: a member who misses organisational life for 6 months "
    "in a row without good reason is regarded as having given up membership.",
)


@dataclass(frozen=True)
class ActivityFacts:
    member_id: int
    name: str
    member_since: dt.date | None  # admission (step 15) or transfer in
    last_attended: dt.date | None  # the last meeting attended (present or late)


def inactive_since(person: ActivityFacts, today: dt.date) -> dt.date | None:
    """The date from which the person has had no organisational life, when that is 6 months
    or more before ``today``; None when they are active (or nothing is known)."""
    since = person.last_attended or person.member_since
    if since is None or since > add_months(today, -INACTIVE_MONTHS):
        return None
    return since


def inactivity_reminders(people: Iterable[ActivityFacts], today: dt.date) -> Iterator[Reminder]:
    """A warning for each member whose last attended meeting is 6 months old or more."""
    for person in people:
        since = inactive_since(person, today)
        if since is None:
            continue
        params = {"name": person.name, "date": since.isoformat()}
        if person.last_attended is None:
            message = QT_TRANSLATE_NOOP(
                "Reminders", "{name} has attended no recorded meeting since joining on {date}."
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "Reminders", "{name} has attended no meeting since {date} (6 months or more)."
            )
        yield Reminder(
            Severity.WARNING,
            "members",
            message,
            RULE,
            due_on=add_months(since, INACTIVE_MONTHS),
            subject=f"member:{person.member_id}",
            params=params,
        )
