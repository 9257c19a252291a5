"""Reminder rules are pure functions of facts and today; the service gathers the facts."""

from __future__ import annotations

import datetime as dt

import pytest

from branchdesk.core.db import Database
from branchdesk.core.enums import BackupKind
from branchdesk.core.i18n import Catalog
from branchdesk.core.models import BackupRecord
from branchdesk.core.rules.backup_age import backup_age_reminders
from branchdesk.core.rules.committee import CommitteeFacts, committee_term_reminders
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.reminders import Reminder, Severity, add_months, by_urgency
from branchdesk.core.services.reminders import collect_reminders
from branchdesk.core.services.settings import AppSettings, BranchInfo, save_settings

TODAY = dt.date(2026, 11, 26)
RULES = LocalRules()


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),
        (dt.date(2026, 11, 26), 3, dt.date(2027, 2, 26)),
        (dt.date(2026, 3, 31), -1, dt.date(2026, 2, 28)),
        (dt.date(2023, 11, 26), 36, dt.date(2026, 11, 26)),
    ],
)
def test_add_months_clamps_to_the_months_last_day(day, months, expected) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("elected_on", "severity", "due_on"),
    [
        (None, Severity.WARNING, None),
        (dt.date(2023, 11, 26), Severity.OVERDUE, dt.date(2026, 11, 26)),  # ends today
        (dt.date(2021, 5, 1), Severity.OVERDUE, dt.date(2024, 5, 1)),
        (dt.date(2024, 3, 1), Severity.DUE, dt.date(2027, 3, 1)),  # within 6 months
        (dt.date(2024, 6, 1), None, None),  # more than 6 months left
    ],
)
def test_committee_term(elected_on, severity, due_on) -> None:
    facts = [CommitteeFacts(1, "学生第一党支部", elected_on, 3)]
    reminders = list(committee_term_reminders(facts, RULES, TODAY))
    if severity is None:
        assert reminders == []
        return
    (reminder,) = reminders
    assert (reminder.severity, reminder.due_on) == (severity, due_on)
    assert "学生第一党支部" in reminder.text()
    assert "3 years" in reminder.rule_text()


@pytest.mark.parametrize(
    ("last", "has_records", "expected"),
    [
        (None, False, None),
        (None, True, Severity.OVERDUE),
        (TODAY - dt.timedelta(days=7), True, None),
        (TODAY - dt.timedelta(days=8), True, Severity.OVERDUE),
    ],
)
def test_backup_age(last, has_records, expected) -> None:
    reminders = list(backup_age_reminders(last, has_records, RULES, TODAY))
    assert [r.severity for r in reminders] == ([expected] if expected else [])


def test_reminders_sort_overdue_first_then_by_date() -> None:
    def make(severity: Severity, day: dt.date | None) -> Reminder:
        return Reminder(severity, "system", "m", "r", due_on=day)

    later, sooner = dt.date(2027, 1, 1), dt.date(2026, 12, 1)
    ordered = by_urgency(
        [
            make(Severity.WARNING, None),
            make(Severity.DUE, later),
            make(Severity.OVERDUE, later),
            make(Severity.DUE, sooner),
        ]
    )
    assert [(r.severity, r.due_on) for r in ordered] == [
        (Severity.OVERDUE, later),
        (Severity.DUE, sooner),
        (Severity.DUE, later),
        (Severity.WARNING, None),
    ]


def test_the_service_collects_every_providers_reminders(database: Database) -> None:
    with database.unit_of_work("clerk") as session:
        save_settings(
            session,
            AppSettings(
                branches=(BranchInfo("学生第一党支部", committee_elected_on=dt.date(2023, 9, 1)),)
            ),
            today=TODAY,
        )
        session.add(
            BackupRecord(
                kind=BackupKind.MANUAL,
                path="/media/usb/a.bdbackup",
                created_at=dt.datetime(2026, 11, 1),
            )
        )
    with database.reading() as session:
        reminders = collect_reminders(session, TODAY)
    assert {(r.subject, r.severity) for r in reminders} == {
        ("branch:1", Severity.OVERDUE),
        ("backup", Severity.OVERDUE),
    }


def test_the_command_line_catalog_reads_translations(tmp_path) -> None:
    ts = tmp_path / "t.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1"><context>'
        "<name>Reminders</name>"
        "<message><source>The archive has never been backed up.</source>"
        "<translation>档案从未备份。</translation></message>"
        "<message><source>Untranslated</source>"
        '<translation type="unfinished">不应使用</translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    catalog = Catalog.load(ts)
    assert (
        catalog.translate("Reminders", "The archive has never been backed up.") == "档案从未备份。"
    )
    assert catalog.translate("Reminders", "Untranslated") == "Untranslated"
