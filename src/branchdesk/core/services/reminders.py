"""Gathers the facts each reminder provider needs and asks every provider what is due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchdesk.core.models import (
    BackupRecord,
    Branch,
    Member,
)
from branchdesk.core.rules.backup_age import backup_age_reminders
from branchdesk.core.rules.care import CareFacts, care_reminders
from branchdesk.core.rules.committee import CommitteeFacts, committee_term_reminders
from branchdesk.core.rules.inactivity import inactivity_reminders
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.reminders import Reminder, by_urgency
from branchdesk.core.services.activity import activity_facts, admission_dates, current_members
from branchdesk.core.services.cadence import cadence_provider
from branchdesk.core.services.evaluation_list import evaluation_reminder_provider
from branchdesk.core.services.inspections import inspection_reminder_provider
from branchdesk.core.services.pipeline_facts import pipeline_reminder_provider
from branchdesk.core.services.problem_list import problem_reminder_provider
from branchdesk.core.services.settings import load_settings
from branchdesk.core.services.study_hours import study_reminder_provider
from branchdesk.core.services.volunteer_requests import request_reminder_provider

# A provider reads its facts with the session and returns its reminders. Each record family's
# issue appends its own providers here.
Provider = Callable[[Session, LocalRules, dt.date], Iterable[Reminder]]


def _committee_terms(session: Session, rules: LocalRules, today: dt.date) -> Iterable[Reminder]:
    facts = [
        CommitteeFacts(b.id, b.name, b.committee_elected_on, b.committee_term_years)
        for b in session.scalars(select(Branch).order_by(Branch.position, Branch.id))
    ]
    return committee_term_reminders(facts, rules, today)


def _backup_age(session: Session, rules: LocalRules, today: dt.date) -> Iterable[Reminder]:
    last = session.scalar(select(func.max(BackupRecord.created_at)))
    has_records = bool(session.scalar(select(func.count()).select_from(Member)))
    # stored in UTC; the clerk counts days on this PC's calendar (as services.backups does)
    day = last.replace(tzinfo=dt.UTC).astimezone().date() if last else None
    return backup_age_reminders(day, has_records, rules, today)


def _care(session: Session, rules: LocalRules, today: dt.date) -> Iterable[Reminder]:
    admitted = admission_dates(session)
    people = [
        CareFacts(member_id, name, birth_date, admitted.get(member_id))
        for member_id, name, birth_date in current_members(session)
    ]
    return care_reminders(people, today)


def _inactivity(session: Session, rules: LocalRules, today: dt.date) -> Iterable[Reminder]:
    return inactivity_reminders(activity_facts(session, today), today)


PROVIDERS: list[Provider] = [
    _committee_terms,
    _backup_age,
    pipeline_reminder_provider,
    _care,
    _inactivity,
    cadence_provider,
    study_reminder_provider,
    problem_reminder_provider,
    inspection_reminder_provider,
    evaluation_reminder_provider,
    request_reminder_provider,
]


def collect_reminders(session: Session, today: dt.date) -> list[Reminder]:
    """Every reminder for ``today``, most urgent first."""
    rules = load_settings(session).rules
    reminders: list[Reminder] = []
    for provider in PROVIDERS:
        reminders.extend(provider(session, rules, today))
    return by_urgency(reminders)
