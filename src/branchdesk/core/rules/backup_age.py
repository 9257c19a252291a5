"""Backup age: the archive must never depend on one PC's disk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.reminders import Reminder, Severity

RULE = QT_TRANSLATE_NOOP(
    "Reminders", "Local rule: back up the archive at least every {max_days} days."
)


def backup_age_reminders(
    last_backup_on: dt.date | None, has_records: bool, rules: LocalRules, today: dt.date
) -> Iterator[Reminder]:
    """Overdue when the last backup is older than the setting allows (or there is none)."""
    params = {"max_days": str(rules.backup_max_age_days)}
    if last_backup_on is None:
        if has_records:
            yield Reminder(
                Severity.OVERDUE,
                "system",
                QT_TRANSLATE_NOOP("Reminders", "The archive has never been backed up."),
                RULE,
                subject="backup",
                params=params,
            )
        return
    age = (today - last_backup_on).days
    due_on = last_backup_on + dt.timedelta(days=rules.backup_max_age_days)
    if age > rules.backup_max_age_days:
        yield Reminder(
            Severity.OVERDUE,
            "system",
            QT_TRANSLATE_NOOP("Reminders", "The last backup is {days} days old (from {date})."),
            RULE,
            due_on=due_on,
            subject="backup",
            params={**params, "days": str(age), "date": last_backup_on.isoformat()},
        )
