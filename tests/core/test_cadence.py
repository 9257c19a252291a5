"""Meeting cadence: the year grid, its reminders, and the 工作台 provider on a demo archive."""

from __future__ import annotations

import datetime as dt

import pytest

from branchdesk.core.db import Database
from branchdesk.core.demo import DemoOptions, generate_demo
from branchdesk.core.enums import MeetingKind
from branchdesk.core.rules.cadence import (
    BranchFacts,
    HeldMeeting,
    PeriodState,
    cadence_grid,
    cadence_reminders,
    period_bounds,
)
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.reminders import Severity
from branchdesk.core.services.cadence import cadence_grid as stored_grid
from branchdesk.core.services.cadence import cadence_provider
from branchdesk.core.services.reminders import PROVIDERS

RULES = LocalRules()
FACTS = BranchFacts(1, "第一党支部", groups=((7, "第一党小组"), (8, "第二党小组")))
A, C, G, L, T, Y = (
    MeetingKind.BRANCH_ASSEMBLY,
    MeetingKind.COMMITTEE,
    MeetingKind.GROUP,
    MeetingKind.LECTURE,
    MeetingKind.THEME_DAY,
    MeetingKind.LIFE_MEETING,
)
H, M, D, N = PeriodState.HELD, PeriodState.MISSING, PeriodState.DUE, PeriodState.NOT_DUE


def _held(kind: MeetingKind, *months: int, year: int = 2026, group: int | None = None):
    return [HeldMeeting(kind, dt.date(year, m, 10), group) for m in months]


# Every month but March for the committee; one group misses October; three assemblies.
HELD = [
    *_held(A, 2, 5, 8),
    *_held(C, 1, 2, 4, 5, 6, 7, 8, 9, 10),
    *_held(G, *range(1, 11), group=7),
    *_held(G, *range(1, 10), group=8),
    *_held(T, *range(1, 11)),
    *_held(L, 3, 6, 9),
]


@pytest.mark.parametrize(
    ("count", "bounds"),
    [
        (12, [(m, m) for m in range(1, 13)]),
        (4, [(1, 3), (4, 6), (7, 9), (10, 12)]),
        (1, [(1, 12)]),
        (2, [(1, 6), (7, 12)]),
        (5, [(1, 2), (3, 5), (6, 7), (8, 10), (11, 12)]),
    ],
)
def test_the_year_is_cut_into_whole_months(count, bounds):
    assert period_bounds(count) == bounds


def _states(grid, kind, group=None):
    row = next(r for r in grid.rows if r.kind is kind and r.party_group_id == group)
    return [row.state_of(month) for month in range(1, 13)]


@pytest.mark.parametrize(
    ("kind", "group", "states"),
    [
        (A, None, [H] * 9 + [D] * 3),
        (C, None, [H, H, M, H, H, H, H, H, H, H, D, N]),
        (G, 7, [H] * 10 + [D, N]),
        (G, 8, [H] * 9 + [M, D, N]),
        (T, None, [H] * 10 + [D, N]),
        (L, None, [H] * 9 + [D] * 3),
        (Y, None, [D] * 12),  # the whole year is one period, due from October
    ],
)
def test_the_grid_shows_held_missing_and_due_periods(kind, group, states):
    grid = cadence_grid(2026, HELD, FACTS, RULES, dt.date(2026, 11, 15))
    assert _states(grid, kind, group) == states


def test_the_grid_counts_meetings_per_month_and_respects_the_branch(capsys):
    grid = cadence_grid(2026, HELD, FACTS, RULES, dt.date(2026, 11, 15))
    assembly = next(r for r in grid.rows if r.kind is A)
    assert assembly.per_month == (0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0)
    assert [r.kind for r in grid.rows] == [A, C, G, G, L, T, Y]
    # No committee: no committee row. Founded in June: nothing owed before.
    young = BranchFacts(1, "新支部", has_committee=False, since=dt.date(2026, 6, 1))
    grid = cadence_grid(2026, [], young, RULES, dt.date(2026, 11, 15))
    assert C not in [r.kind for r in grid.rows]
    assert _states(grid, T)[:6] == [N, N, N, N, N, M]
    assert _states(grid, Y, None)[0] is D
    assert _states(cadence_grid(2026, [], young, RULES, dt.date(2026, 9, 1)), Y)[0] is N


def test_local_lecture_rule_sets_the_lecture_periods():
    rules = LocalRules(lectures_per_year=2)
    grid = cadence_grid(2026, _held(L, 3), FACTS, rules, dt.date(2026, 11, 15))
    assert _states(grid, L) == [H] * 6 + [D] * 6


def _reminders(held, today, facts=FACTS):
    return {
        (r.severity, r.subject.split(":", 2)[2]): r.text()
        for r in cadence_reminders(facts, held, RULES, today)
    }


def test_reminders_name_the_running_and_the_missed_period():
    found = _reminders(HELD, dt.date(2026, 11, 15))
    assert found == {
        (Severity.DUE, "branch_assembly:2026-10"): (
            "第一党支部: no branch assembly is recorded yet for quarter 4 of 2026."
        ),
        (Severity.DUE, "committee:2026-11"): (
            "第一党支部: no branch committee meeting is recorded yet for 11/2026."
        ),
        (Severity.DUE, "group:group:7:2026-11"): (
            "第一党支部, 第一党小组: no party group meeting is recorded yet for 11/2026."
        ),
        (Severity.DUE, "group:group:8:2026-11"): (
            "第一党支部, 第二党小组: no party group meeting is recorded yet for 11/2026."
        ),
        (Severity.OVERDUE, "group:group:8:2026-10"): (
            "第一党支部, 第二党小组: no party group meeting was recorded in 10/2026."
        ),
        (Severity.DUE, "lecture:2026-10"): (
            "第一党支部: no Party lecture is recorded yet for months 10–12 of 2026."
        ),
        (Severity.DUE, "theme_day:2026-11"): (
            "第一党支部: no theme Party day is recorded yet for 11/2026."
        ),
        (Severity.DUE, "life_meeting:2026-01"): (
            "第一党支部: the organisational life meeting of 2026 is not recorded yet."
        ),
    }


def test_january_looks_back_at_december_and_last_years_life_meeting():
    held = [*HELD, *_held(A, 11), *_held(L, 11), *_held(C, 11, 12), *_held(Y, 12)]
    found = _reminders(held, dt.date(2027, 1, 20))
    overdue = sorted(key[1] for key in found if key[0] is Severity.OVERDUE)
    assert overdue == ["group:group:7:2026-12", "group:group:8:2026-12", "theme_day:2026-12"]
    # The missing 2026 life meeting is still reminded in January, no longer in May.
    found = _reminders(HELD, dt.date(2027, 1, 20))
    assert (Severity.OVERDUE, "life_meeting:2026-01") in found
    assert (Severity.OVERDUE, "life_meeting:2026-01") not in _reminders(HELD, dt.date(2027, 5, 2))


def test_every_reminder_cites_its_rule():
    for reminder in cadence_reminders(FACTS, [], RULES, dt.date(2026, 11, 15)):
        assert reminder.family == "meetings"
        assert "once" in reminder.rule_text() or "lectures a year" in reminder.rule_text()


# services ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory, template_database) -> Database:
    """A demo archive made once for this module (read only by the tests)."""
    import shutil

    path = tmp_path_factory.mktemp("cadence") / "branchdesk.sqlite3"
    shutil.copyfile(template_database, path)
    database = Database(path)
    generate_demo(database, DemoOptions(members=40, years=2, seed=5, today=dt.date(2026, 11, 20)))
    yield database
    database.close()


def test_the_provider_on_a_demo_archive_reminds_of_this_period_only(demo_database):
    today = dt.date(2026, 11, 20)
    assert cadence_provider in PROVIDERS
    with demo_database.reading() as session:
        reminders = list(cadence_provider(session, LocalRules(), today))
        grid = stored_grid(session, 1, 2026, today)
    subjects = [r.subject for r in reminders]
    assert len(subjects) == len(set(subjects))
    assert all(r.family == "meetings" for r in reminders)
    for reminder in reminders:
        reminder.text()  # every placeholder filled
        assert reminder.due_on is not None
        assert reminder.due_on >= today - dt.timedelta(days=92)  # this period or the last
    # The demo holds its meetings: every quarter's assembly up to the third is on file.
    assembly = next(r for r in grid.rows if r.kind is MeetingKind.BRANCH_ASSEMBLY)
    assert [p.state for p in assembly.periods[:3]] == [PeriodState.HELD] * 3
    assert sum(r.kind is MeetingKind.GROUP for r in grid.rows) >= 1


def test_an_empty_archive_owes_no_minutes(database):
    with database.reading() as session:
        assert list(cadence_provider(session, LocalRules(), dt.date(2026, 11, 20))) == []
