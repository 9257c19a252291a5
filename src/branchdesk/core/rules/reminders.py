"""The reminders framework: what is due, overdue or worth a warning, each citing its rule.

Providers are pure functions of facts and ``today``; ``core/services/reminders.py`` gathers the
facts from the database and calls every registered provider.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from branchdesk.core.i18n import Translate, untranslated

CONTEXT = "Reminders"


class Severity(StrEnum):
    """Most urgent first."""

    OVERDUE = "overdue"
    DUE = "due"
    WARNING = "warning"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


@dataclass(frozen=True)
class Reminder:
    """One thing the clerk should act on.

    ``message`` and ``rule`` are English templates marked with QT_TRANSLATE_NOOP in the
    ``Reminders`` context; ``params`` fill their ``{placeholders}`` after translation.
    """

    severity: Severity
    family: str  # record family: "members", "meetings", "system" …
    message: str
    rule: str
    due_on: dt.date | None = None
    subject: str = ""  # what it is about, e.g. "branch:1"
    params: Mapping[str, str] = field(default_factory=dict)

    def text(self, translate: Translate = untranslated) -> str:
        return translate(CONTEXT, self.message).format(**self.params)

    def rule_text(self, translate: Translate = untranslated) -> str:
        return translate(CONTEXT, self.rule).format(**self.params)


def by_urgency(reminders: list[Reminder]) -> list[Reminder]:
    """Overdue first, then due, then warnings; earlier dates first within each."""
    return sorted(
        reminders,
        key=lambda r: (r.severity.rank, r.due_on or dt.date.max, r.family, r.subject),
    )


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the month's last day (Jan 31 + 1 → Feb 28)."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")
