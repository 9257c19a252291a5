"""Reminders of the inspection and rectification ledger (检查整改, RULES.md §4).

Pure functions of facts, the local rules and ``today``. Every reminder has family
``inspections`` and a stable subject the dashboard can open:

- ``problem:<id>``: a problem past its deadline (overdue) or due within DUE_SOON_DAYS (due);
- ``branch:<id>:inspection:routine``: no 日常小检查 within the [local] interval;
- ``branch:<id>:inspection:annual:<year>``: no 年度大检查 of that year by the [local] month.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from branchdesk.core.enums import ProblemStatus, RectifyKind
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.rectification import is_due_soon, is_overdue
from branchdesk.core.rules.reminders import Reminder, Severity, add_months

FAMILY = "inspections"
SNIPPET = 16  # characters of the description a reminder quotes
ANNUAL_NOTICE_MONTHS = 1  # the annual inspection is due from the month before its month
LAST_YEAR_DAYS = 92  # last year's missing annual inspection is reminded of for a quarter

PROBLEM_RULE = QT_TRANSLATE_NOOP(
    "Reminders",
    "Rectification ledger: each problem is rectified by its deadline; an immediate one within "
    "30 days.",
)
ROUTINE_RULE = QT_TRANSLATE_NOOP(
    "Reminders", "Local rule: a routine inspection at least every {months} month(s)."
)
ANNUAL_RULE = QT_TRANSLATE_NOOP(
    "Reminders", "Local rule: the annual inspection is held by the end of month {month}."
)


@dataclass(frozen=True)
class ProblemFacts:
    """An open problem with a deadline."""

    problem_id: int
    branch_name: str
    year: int
    sequence_no: int
    description: str
    status: ProblemStatus
    rectify_kind: RectifyKind
    deadline: dt.date | None


@dataclass(frozen=True)
class InspectionFacts:
    """A branch's inspections as the reminders need them."""

    branch_id: int
    branch_name: str
    since: dt.date | None  # founded on: nothing is owed before
    last_routine: dt.date | None  # the latest 日常小检查 up to today
    annual_years: frozenset[int]  # years with a 年度大检查 on file


def snippet(text: str, length: int = SNIPPET) -> str:
    """The start of a text on one line, "…" marking a cut."""
    line = " ".join(text.split())
    return line if len(line) <= length else line[:length] + "…"


def problem_reminders(problems: Iterable[ProblemFacts], today: dt.date) -> Iterator[Reminder]:
    """One reminder per problem: overdue past its deadline, due within the next week."""
    for facts in problems:
        overdue = is_overdue(facts.status, facts.rectify_kind, facts.deadline, today)
        if not overdue and not is_due_soon(facts.status, facts.rectify_kind, facts.deadline, today):
            continue
        assert facts.deadline is not None
        yield Reminder(
            Severity.OVERDUE if overdue else Severity.DUE,
            FAMILY,
            QT_TRANSLATE_NOOP(
                "Reminders",
                "{branch}: problem No. {number} of {year} ({description}) was due on {deadline}.",
            )
            if overdue
            else QT_TRANSLATE_NOOP(
                "Reminders",
                "{branch}: problem No. {number} of {year} ({description}) is due on {deadline}.",
            ),
            PROBLEM_RULE,
            due_on=facts.deadline,
            subject=f"problem:{facts.problem_id}",
            params={
                "branch": facts.branch_name,
                "number": str(facts.sequence_no),
                "year": str(facts.year),
                "description": snippet(facts.description),
                "deadline": facts.deadline.isoformat(),
            },
        )


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def inspection_reminders(
    branches: Iterable[InspectionFacts], rules: LocalRules, today: dt.date
) -> Iterator[Reminder]:
    """Per branch: the routine inspection when the interval runs out (due a week before,
    overdue after), and the annual inspection around and after its month."""
    for facts in branches:
        yield from _routine(facts, rules, today)
        yield from _annual(facts, rules, today)


def _routine(facts: InspectionFacts, rules: LocalRules, today: dt.date) -> Iterator[Reminder]:
    months = rules.routine_inspection_interval_months
    if months == 0:  # the branch holds no regular inspections
        return
    base = facts.last_routine or facts.since
    due = add_months(base, months) if base is not None else None
    if due is not None and due > today + dt.timedelta(days=7):
        return
    overdue = due is not None and due < today
    if facts.last_routine is None:
        message = QT_TRANSLATE_NOOP("Reminders", "{branch}: no routine inspection is on file yet.")
    elif overdue:
        message = QT_TRANSLATE_NOOP(
            "Reminders",
            "{branch}: the last routine inspection was on {last}; the next was due by {due}.",
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "Reminders", "{branch}: the next routine inspection is due by {due}."
        )
    yield Reminder(
        Severity.OVERDUE if overdue else Severity.DUE,
        FAMILY,
        message,
        ROUTINE_RULE,
        due_on=due,
        subject=f"branch:{facts.branch_id}:inspection:routine",
        params={
            "branch": facts.branch_name,
            "last": facts.last_routine.isoformat() if facts.last_routine else "",
            "due": (due or today).isoformat(),
            "months": str(months),
        },
    )


def _annual(facts: InspectionFacts, rules: LocalRules, today: dt.date) -> Iterator[Reminder]:
    month = rules.annual_inspection_due_month
    for year in (today.year - 1, today.year):
        due = _month_end(year, month)
        if year in facts.annual_years or (facts.since is not None and facts.since > due):
            continue
        notice = add_months(dt.date(year, month, 1), -ANNUAL_NOTICE_MONTHS)
        if due < today:
            if year < today.year and (today - due).days > LAST_YEAR_DAYS:
                continue  # long past: the ledger shows it, the dashboard need not
            severity = Severity.OVERDUE
            message = QT_TRANSLATE_NOOP(
                "Reminders", "{branch}: no annual inspection was recorded for {year}."
            )
        elif today >= notice:
            severity = Severity.DUE
            message = QT_TRANSLATE_NOOP(
                "Reminders", "{branch}: the annual inspection of {year} is due by {due}."
            )
        else:
            continue
        yield Reminder(
            severity,
            FAMILY,
            message,
            ANNUAL_RULE,
            due_on=due,
            subject=f"branch:{facts.branch_id}:inspection:annual:{year}",
            params={
                "branch": facts.branch_name,
                "year": str(year),
                "due": due.isoformat(),
                "month": str(month),
            },
        )
