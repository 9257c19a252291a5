"""Committee term (RULES.md §2: a branch committee serves 3 years; remind before it ends)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.reminders import Reminder, Severity, add_months

RULE = QT_TRANSLATE_NOOP(
    "Reminders", "Branch Work Regulations: a branch committee is elected for a term of 3 years."
)


@dataclass(frozen=True)
class CommitteeFacts:
    branch_id: int
    branch_name: str
    elected_on: dt.date | None
    term_years: int


def committee_term_end(facts: CommitteeFacts) -> dt.date | None:
    if facts.elected_on is None:
        return None
    return add_months(facts.elected_on, 12 * facts.term_years)


def committee_term_reminders(
    branches: Iterable[CommitteeFacts], rules: LocalRules, today: dt.date
) -> Iterator[Reminder]:
    """A warning when a term ends within the warning window; overdue once it has ended."""
    for facts in branches:
        params = {"branch": facts.branch_name}
        subject = f"branch:{facts.branch_id}"
        ends_on = committee_term_end(facts)
        if ends_on is None:
            yield Reminder(
                Severity.WARNING,
                "system",
                QT_TRANSLATE_NOOP(
                    "Reminders",
                    "{branch}: the committee's election date is not recorded (Settings).",
                ),
                RULE,
                subject=subject,
                params=params,
            )
            continue
        params = {**params, "date": ends_on.isoformat()}
        if ends_on <= today:
            yield Reminder(
                Severity.OVERDUE,
                "system",
                QT_TRANSLATE_NOOP(
                    "Reminders", "{branch}: the committee's term ended on {date}; hold an election."
                ),
                RULE,
                due_on=ends_on,
                subject=subject,
                params=params,
            )
        elif add_months(today, rules.committee_term_warning_months) >= ends_on:
            yield Reminder(
                Severity.DUE,
                "system",
                QT_TRANSLATE_NOOP(
                    "Reminders",
                    "{branch}: the committee's term ends on {date}; prepare the election.",
                ),
                RULE,
                due_on=ends_on,
                subject=subject,
                params=params,
            )
