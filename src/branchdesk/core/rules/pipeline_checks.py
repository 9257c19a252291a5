"""What recording a pipeline step would break (RULES.md §1): hard rules refuse, others warn.

Pure functions, like ``pipeline.py``; the advance dialog shows every finding with its rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from branchdesk.core.enums import Stage
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules import pipeline_steps as s
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.pipeline import (
    NamedPerson,
    PipelineFacts,
    eighteenth_birthday,
    leaves_soon,
)
from branchdesk.core.rules.reminders import add_months


class FindingSeverity(StrEnum):
    HARD = "hard"  # the step is refused
    WARNING = "warning"  # recorded as it happened, with a warning


@dataclass(frozen=True)
class RuleFinding:
    """What recording a step would break; ``message`` and ``rule`` are Reminders templates."""

    severity: FindingSeverity
    code: str
    message: str
    rule: str
    params: Mapping[str, str] = field(default_factory=dict)


def _finding(
    severity: FindingSeverity, code: str, message: str, rule: str, **params: object
) -> RuleFinding:
    return RuleFinding(severity, code, message, rule, {k: str(v) for k, v in params.items()})


def _hard(code: str, message: str, rule: str, **params: object) -> RuleFinding:
    return _finding(FindingSeverity.HARD, code, message, rule, **params)


def _warn(code: str, message: str, rule: str, **params: object) -> RuleFinding:
    return _finding(FindingSeverity.WARNING, code, message, rule, **params)


def _check_order(
    facts: PipelineFacts, step_no: int, done_on: dt.date, today: dt.date
) -> list[RuleFinding]:
    found: list[RuleFinding] = []
    if done_on > today:
        found.append(
            _hard(
                "date.future",
                QT_TRANSLATE_NOOP("Reminders", "{date} is in the future."),
                s.RULE_FUTURE,
                date=done_on.isoformat(),
            )
        )
    earlier = [(day, no) for no, day in facts.done.items() if no < step_no]
    if earlier and done_on < max(earlier)[0]:
        day, no = max(earlier)
        found.append(
            _hard(
                "date.before_previous",
                QT_TRANSLATE_NOOP(
                    "Reminders", "{date} is before step {previous} ({previous_date})."
                ),
                s.RULE_ORDER,
                date=done_on.isoformat(),
                previous=no,
                previous_date=day.isoformat(),
            )
        )
    if step_no == s.APPLICATION and facts.birth_date is not None:
        adult_on = eighteenth_birthday(facts.birth_date)
        if done_on < adult_on:
            found.append(
                _hard(
                    "application.under_18",
                    QT_TRANSLATE_NOOP(
                        "Reminders", "{name} turns 18 on {adult_on}, after the application date."
                    ),
                    s.RULE_AGE,
                    name=facts.name,
                    adult_on=adult_on.isoformat(),
                )
            )
    return found


def _check_people(
    step_no: int, people: Iterable[NamedPerson], rule: str, low: int, high: int
) -> list[RuleFinding]:
    """Steps 5 and 9: how many people, and whether each is a full member."""
    people = list(people)
    kind = "contacts" if step_no == s.CONTACTS else "introducers"
    found: list[RuleFinding] = []
    if not low <= len(people) <= high:
        found.append(
            _warn(
                f"{kind}.count",
                QT_TRANSLATE_NOOP(
                    "Reminders", "{count} people are named; the rule asks for {low} to {high}."
                ),
                rule,
                count=len(people),
                low=low,
                high=high,
            )
        )
    for person in people:
        if person.stage is not None and person.stage is not Stage.FULL:
            found.append(
                _warn(
                    f"{kind}.not_full_member",
                    QT_TRANSLATE_NOOP("Reminders", "{person} is not a full member."),
                    rule,
                    person=person.name,
                )
            )
    return found


def _late(
    code: str, done_on: dt.date, due_on: dt.date | None, rule: str, **params: object
) -> list[RuleFinding]:
    """A warning when ``done_on`` is past the rule's limit (none when the limit is unknown)."""
    if due_on is None or done_on <= due_on:
        return []
    message = QT_TRANSLATE_NOOP("Reminders", "{date} is later than {due_on}, the rule's limit.")
    return [
        _warn(code, message, rule, date=done_on.isoformat(), due_on=due_on.isoformat(), **params)
    ]


def check_step(
    facts: PipelineFacts,
    step_no: int,
    done_on: dt.date,
    rules: LocalRules,
    today: dt.date,
    *,
    introducers: Iterable[NamedPerson] = (),
    contacts: Iterable[NamedPerson] = (),
) -> list[RuleFinding]:
    """What recording ``step_no`` on ``done_on`` would break: HARD findings refuse it.

    ``introducers`` (step 9) and ``contacts`` (step 5) are the people being recorded.
    """
    s.step_spec(step_no)  # ValueError for a step outside 1–25
    done = facts.done
    found = _check_order(facts, step_no, done_on, today)
    early = QT_TRANSLATE_NOOP(
        "Reminders", "{date} is earlier than {earliest_on}, the rule's minimum."
    )
    if step_no == s.TALK:
        application = done.get(s.APPLICATION)
        due = add_months(application, 1) if application else None
        found += _late("talk.late", done_on, due, s.RULE_TALK)
    elif step_no == s.ACTIVIST and s.APPLICATION in done:
        months = rules.activist_min_months_after_application
        earliest = add_months(done[s.APPLICATION], months)
        if done_on < earliest:
            found.append(
                _warn(
                    "activist.too_early",
                    early,
                    s.RULE_ACTIVIST,
                    date=done_on.isoformat(),
                    earliest_on=earliest.isoformat(),
                    months=months,
                )
            )
    elif step_no == s.CONTACTS:
        found += _check_people(step_no, contacts, s.RULE_CONTACTS, 1, 2)
    elif step_no == s.CANDIDATE and s.ACTIVIST in done:
        earliest = add_months(done[s.ACTIVIST], 12)
        if done_on < earliest:
            found.append(
                _warn(
                    "candidate.too_early",
                    early,
                    s.RULE_CANDIDATE,
                    date=done_on.isoformat(),
                    earliest_on=earliest.isoformat(),
                )
            )
    elif step_no == s.INTRODUCERS:
        found += _check_people(step_no, introducers, s.RULE_INTRODUCERS, 2, 2)
    elif step_no == s.BRANCH_REVIEW and s.POLITICAL_REVIEW in done:
        months = rules.political_review_valid_months
        valid_until = add_months(done[s.POLITICAL_REVIEW], months)
        if done_on > valid_until:
            found.append(
                _warn(
                    "political_review.expired",
                    QT_TRANSLATE_NOOP(
                        "Reminders",
                        "The political review of {review_on} expired on {valid_until};"
                        " review again.",
                    ),
                    s.RULE_POLITICAL_REVIEW,
                    review_on=done[s.POLITICAL_REVIEW].isoformat(),
                    valid_until=valid_until.isoformat(),
                    months=months,
                )
            )
    elif step_no == s.PRE_REVIEW:
        months = rules.pre_review_within_months
        review = done.get(s.BRANCH_REVIEW)
        due = add_months(review, months) if review else None
        found += _late("pre_review.late", done_on, due, s.RULE_PRE_REVIEW, months=months)
        if leaves_soon(facts, done_on):
            found.append(
                _warn(
                    "pre_review.leaves_soon",
                    QT_TRANSLATE_NOOP(
                        "Reminders", "{name} leaves on {leave_on}, within 3 months of {date}."
                    ),
                    s.RULE_LEAVING,
                    name=facts.name,
                    leave_on=facts.expected_leave_on,
                    date=done_on.isoformat(),
                )
            )
    elif step_no == s.ADMISSION_APPROVAL and s.ADMISSION in done:
        admitted = done[s.ADMISSION]
        if done_on > add_months(admitted, 6):
            found.append(
                _warn(
                    "admission_approval.deliberate_again",
                    QT_TRANSLATE_NOOP(
                        "Reminders",
                        "More than 6 months after the branch assembly of {admitted_on}:"
                        " the branch must deliberate again.",
                    ),
                    s.RULE_ADMISSION_APPROVAL,
                    admitted_on=admitted.isoformat(),
                )
            )
        else:
            due = add_months(admitted, 3)
            found += _late("admission_approval.late", done_on, due, s.RULE_ADMISSION_APPROVAL)
    elif step_no == s.CONFIRMATION_APPROVAL:
        confirmed = done.get(s.CONFIRMATION)
        due = add_months(confirmed, 3) if confirmed else None
        found += _late("confirmation_approval.late", done_on, due, s.RULE_CONFIRMATION_APPROVAL)
    elif step_no == s.ARCHIVING:
        confirmed = done.get(s.CONFIRMATION)
        days = rules.archive_within_days
        due = confirmed + dt.timedelta(days=days) if confirmed else None
        found += _late("archiving.late", done_on, due, s.RULE_ARCHIVING, days=days)
    return found
