"""Which meetings are held, missing or not yet due in a year (RULES.md §2, 三会一课).

Pure functions of the meetings held, the branch's facts, the local rules and ``today``. Each
kind's year is cut into periods (months, quarters, a year); a period is *held* with one
meeting in it, *missing* once it has ended without one, *due* while it runs, else *not due*.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from branchdesk.core.enums import MeetingKind
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.reminders import Reminder, Severity

FAMILY = "meetings"
# The kinds with a cadence, in the grid's order (谈心谈话 is per member, not per period).
CADENCE_KINDS = (
    MeetingKind.BRANCH_ASSEMBLY,
    MeetingKind.COMMITTEE,
    MeetingKind.GROUP,
    MeetingKind.LECTURE,
    MeetingKind.THEME_DAY,
    MeetingKind.LIFE_MEETING,
)
LIFE_MEETING_FROM_MONTH = 10  # usually in the fourth quarter (RULES.md §2): due from October
OVERDUE_DAYS = 92  # a missing period is reminded of for about a quarter after it ended
COMMITTEE_MIN_POSTS = 3  # a committee has 3–5 members (RULES.md §2); fewer: no committee

RULES_BY_KIND = {
    MeetingKind.BRANCH_ASSEMBLY: QT_TRANSLATE_NOOP(
        "Reminders", "Branch Work Regulations: the branch assembly meets once a quarter."
    ),
    MeetingKind.COMMITTEE: QT_TRANSLATE_NOOP(
        "Reminders", "Branch Work Regulations: the branch committee meets once a month."
    ),
    MeetingKind.GROUP: QT_TRANSLATE_NOOP(
        "Reminders", "Branch Work Regulations: each party group meets once a month."
    ),
    MeetingKind.LECTURE: QT_TRANSLATE_NOOP(
        "Reminders", "Local rule: the branch holds {lectures} Party lectures a year."
    ),
    MeetingKind.THEME_DAY: QT_TRANSLATE_NOOP(
        "Reminders", "Branch Work Regulations: a theme Party day is held once a month."
    ),
    MeetingKind.LIFE_MEETING: QT_TRANSLATE_NOOP(
        "Reminders",
        "Branch Work Regulations: an organisational life meeting is held at least once a year,"
        " usually in the fourth quarter.",
    ),
}
# (due, missing) per kind; params: branch, group, year, month, quarter, first, last.
MESSAGES = {
    MeetingKind.BRANCH_ASSEMBLY: (
        QT_TRANSLATE_NOOP(
            "Reminders",
            "{branch}: no branch assembly is recorded yet for quarter {quarter} of {year}.",
        ),
        QT_TRANSLATE_NOOP(
            "Reminders", "{branch}: no branch assembly was recorded in quarter {quarter} of {year}."
        ),
    ),
    MeetingKind.COMMITTEE: (
        QT_TRANSLATE_NOOP(
            "Reminders", "{branch}: no branch committee meeting is recorded yet for {month}/{year}."
        ),
        QT_TRANSLATE_NOOP(
            "Reminders", "{branch}: no branch committee meeting was recorded in {month}/{year}."
        ),
    ),
    MeetingKind.GROUP: (
        QT_TRANSLATE_NOOP(
            "Reminders",
            "{branch}, {group}: no party group meeting is recorded yet for {month}/{year}.",
        ),
        QT_TRANSLATE_NOOP(
            "Reminders", "{branch}, {group}: no party group meeting was recorded in {month}/{year}."
        ),
    ),
    MeetingKind.LECTURE: (
        QT_TRANSLATE_NOOP(
            "Reminders",
            "{branch}: no Party lecture is recorded yet for months {first}–{last} of {year}.",
        ),
        QT_TRANSLATE_NOOP(
            "Reminders",
            "{branch}: no Party lecture was recorded in months {first}–{last} of {year}.",
        ),
    ),
    MeetingKind.THEME_DAY: (
        QT_TRANSLATE_NOOP(
            "Reminders", "{branch}: no theme Party day is recorded yet for {month}/{year}."
        ),
        QT_TRANSLATE_NOOP(
            "Reminders", "{branch}: no theme Party day was recorded in {month}/{year}."
        ),
    ),
    MeetingKind.LIFE_MEETING: (
        QT_TRANSLATE_NOOP(
            "Reminders", "{branch}: the organisational life meeting of {year} is not recorded yet."
        ),
        QT_TRANSLATE_NOOP(
            "Reminders", "{branch}: no organisational life meeting was recorded in {year}."
        ),
    ),
}


class PeriodState(StrEnum):
    HELD = "held"
    MISSING = "missing"  # ended without a meeting
    DUE = "due"  # running, no meeting yet
    NOT_DUE = "not_due"  # not started, or before the branch existed


@dataclass(frozen=True)
class HeldMeeting:
    """A meeting on file: its kind, day and (for a 党小组会) its group."""

    kind: MeetingKind
    day: dt.date
    party_group_id: int | None = None


@dataclass(frozen=True)
class BranchFacts:
    """What decides which meetings a branch owes."""

    branch_id: int
    branch_name: str
    groups: tuple[tuple[int, str], ...] = ()  # (id, name) of its 党小组
    has_committee: bool = True  # a branch under 7 full members has a secretary, no committee
    since: dt.date | None = None  # founded on: nothing is owed before


@dataclass(frozen=True)
class Period:
    """Months ``first``–``last`` of ``year`` and the meetings held in them."""

    year: int
    first: int
    last: int
    held: int
    state: PeriodState

    @property
    def ends_on(self) -> dt.date:
        return dt.date(self.year, self.last, calendar.monthrange(self.year, self.last)[1])

    def contains(self, month: int) -> bool:
        return self.first <= month <= self.last


@dataclass(frozen=True)
class CadenceRow:
    """One kind (one 党小组 for 党小组会): meetings per month and the state of each period."""

    kind: MeetingKind
    party_group_id: int | None
    group_name: str
    per_month: tuple[int, ...]  # 12 counts, January first
    periods: tuple[Period, ...]

    def period_of(self, month: int) -> Period:
        return next(p for p in self.periods if p.contains(month))

    def state_of(self, month: int) -> PeriodState:
        return self.period_of(month).state


@dataclass(frozen=True)
class CadenceGrid:
    year: int
    branch_id: int
    rows: tuple[CadenceRow, ...]


def periods_per_year(kind: MeetingKind, rules: LocalRules) -> int:
    """RULES.md §2: quarterly assembly, monthly committee, groups and theme days, a yearly
    organisational life meeting, and [local] lectures."""
    return {
        MeetingKind.BRANCH_ASSEMBLY: 4,
        MeetingKind.LECTURE: rules.lectures_per_year,
        MeetingKind.LIFE_MEETING: 1,
    }.get(kind, 12)


def period_bounds(count: int) -> list[tuple[int, int]]:
    """The year cut into ``count`` (1–12) runs of whole months, as even as can be."""
    cuts = [(12 * i + count // 2) // count for i in range(count + 1)]
    return [(cuts[i] + 1, cuts[i + 1]) for i in range(count)]


def _state(period: Period, kind: MeetingKind, since: dt.date | None, today: dt.date) -> PeriodState:
    starts = dt.date(period.year, period.first, 1)
    if kind is MeetingKind.LIFE_MEETING:
        starts = dt.date(period.year, LIFE_MEETING_FROM_MONTH, 1)
    if period.held:
        return PeriodState.HELD
    if since is not None and period.ends_on < since:
        return PeriodState.NOT_DUE
    if period.ends_on < today:
        return PeriodState.MISSING
    return PeriodState.DUE if today >= starts else PeriodState.NOT_DUE


def _row(
    year: int,
    kind: MeetingKind,
    group: tuple[int, str] | None,
    days: list[dt.date],
    count: int,
    since: dt.date | None,
    today: dt.date,
) -> CadenceRow:
    per_month = [0] * 12
    for day in days:
        if day.year == year:
            per_month[day.month - 1] += 1
    periods = []
    for first, last in period_bounds(count):
        held = sum(per_month[first - 1 : last])
        period = Period(year, first, last, held, PeriodState.NOT_DUE)
        periods.append(Period(year, first, last, held, _state(period, kind, since, today)))
    group_id, name = group if group else (None, "")
    return CadenceRow(kind, group_id, name, tuple(per_month), tuple(periods))


def cadence_grid(
    year: int,
    held: Iterable[HeldMeeting],
    facts: BranchFacts,
    rules: LocalRules,
    today: dt.date,
) -> CadenceGrid:
    """Months × kinds of ``year`` for one branch; one row per 党小组 for 党小组会."""
    days: dict[tuple[MeetingKind, int | None], list[dt.date]] = {}
    for meeting in held:
        group = meeting.party_group_id if meeting.kind is MeetingKind.GROUP else None
        days.setdefault((meeting.kind, group), []).append(meeting.day)
    rows = []
    for kind in CADENCE_KINDS:
        if kind is MeetingKind.COMMITTEE and not facts.has_committee:
            continue
        count = periods_per_year(kind, rules)
        targets = list(facts.groups) if kind is MeetingKind.GROUP else [None]
        for group in targets:
            found = days.get((kind, group[0] if group else None), [])
            rows.append(_row(year, kind, group, found, count, facts.since, today))
    return CadenceGrid(year, facts.branch_id, tuple(rows))


def cadence_reminders(
    facts: BranchFacts, held: Iterable[HeldMeeting], rules: LocalRules, today: dt.date
) -> Iterator[Reminder]:
    """For each kind: the running period without a meeting (due) and the one just ended
    without one (overdue: record its minutes if it was held). ``held`` covers this year and
    the last, so January still sees December."""
    meetings = list(held)
    grids = {
        year: cadence_grid(year, meetings, facts, rules, today)
        for year in (today.year - 1, today.year)
    }
    earlier = {(r.kind, r.party_group_id): r for r in grids[today.year - 1].rows}
    for row in grids[today.year].rows:
        index = row.periods.index(row.period_of(today.month))
        before = (
            row.periods[index - 1] if index else earlier[(row.kind, row.party_group_id)].periods[-1]
        )
        if row.periods[index].state is PeriodState.DUE:
            yield _reminder(facts, row, row.periods[index], Severity.DUE, rules)
        # A gap is worth a reminder for a quarter at most: the clerk can still add the minutes.
        if before.state is PeriodState.MISSING and (today - before.ends_on).days <= OVERDUE_DAYS:
            yield _reminder(facts, row, before, Severity.OVERDUE, rules)


def _reminder(
    facts: BranchFacts, row: CadenceRow, period: Period, severity: Severity, rules: LocalRules
) -> Reminder:
    due, missing = MESSAGES[row.kind]
    subject = f"branch:{facts.branch_id}:{row.kind.value}"
    if row.party_group_id is not None:
        subject += f":group:{row.party_group_id}"
    return Reminder(
        severity,
        FAMILY,
        due if severity is Severity.DUE else missing,
        RULES_BY_KIND[row.kind],
        due_on=period.ends_on,
        subject=f"{subject}:{period.year}-{period.first:02d}",
        params={
            "branch": facts.branch_name,
            "group": row.group_name,
            "year": str(period.year),
            "month": str(period.first),
            "quarter": str((period.first - 1) // 3 + 1),
            "first": str(period.first),
            "last": str(period.last),
            "lectures": str(rules.lectures_per_year),
        },
    )
