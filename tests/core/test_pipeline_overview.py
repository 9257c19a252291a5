"""发展党员 at a glance: counts per stage, next steps by urgency, branch filter, 公示."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, not_, select

from branchdesk.core.db import Database
from branchdesk.core.demo import DemoOptions, generate_demo
from branchdesk.core.enums import Gender, PersonType, Stage
from branchdesk.core.models import Member, PipelineStep
from branchdesk.core.queries import has_exited
from branchdesk.core.services.pipeline_overview import pipeline_overview, urgency_key

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def demo(database: Database) -> Database:
    generate_demo(database, DemoOptions(members=40, years=2, seed=2, today=TODAY))
    return database


def add_late_applicant(database: Database, branch_id: int, applied_on: dt.date) -> int:
    """An applicant whose 谈话 (step 2, due within a month) was never recorded."""
    with database.unit_of_work("test") as session:
        member = Member(
            branch_id=branch_id,
            name="迟到者",
            gender=Gender.MALE,
            person_type=PersonType.STUDENT,
            stage=Stage.APPLICANT,
        )
        session.add(member)
        session.flush()
        session.add(PipelineStep(member_id=member.id, step_no=1, done_on=applied_on))
        return member.id


def test_counts_are_the_current_people_per_stage(demo):
    with demo.reading() as session:
        expected = dict(
            session.execute(
                select(Member.stage, func.count()).where(not_(has_exited())).group_by(Member.stage)
            ).all()
        )
        overview = pipeline_overview(session, TODAY)
    assert {stage: n for stage, n in overview.counts.items() if n} == expected
    # Everyone short of 正式党员 has a row; full members only while steps 24–25 are left.
    in_development = sum(n for stage, n in expected.items() if stage is not Stage.FULL)
    assert len([r for r in overview.rows if r.stage is not Stage.FULL]) == in_development
    assert all(r.next_step_no in (24, 25) for r in overview.rows if r.stage is Stage.FULL)


def test_overdue_comes_first_then_due_soonest_then_reachable(demo):
    late = add_late_applicant(demo, 1, dt.date(2026, 9, 1))
    with demo.reading() as session:
        rows = pipeline_overview(session, TODAY).rows
    first = rows[0]
    assert (first.member_id, first.next_step_no, first.overdue) == (late, 2, True)
    assert first.due_on == dt.date(2026, 10, 1)
    assert first.days_left == -56
    assert list(rows) == sorted(rows, key=urgency_key)
    kinds = [0 if r.overdue else 1 if r.due_on else 2 if r.ready_on else 3 for r in rows]
    assert kinds == sorted(kinds)
    dues = [r.days_left for r in rows if r.days_left is not None]
    assert dues == sorted(dues)


def test_the_branch_filter_narrows_counts_rows_and_publicity(demo):
    with demo.reading() as session:
        everyone = pipeline_overview(session, TODAY)
        (first_id, first_name), (second_id, _) = everyone.branches
        first = pipeline_overview(session, TODAY, branch_id=first_id)
        second = pipeline_overview(session, TODAY, branch_id=second_id)
    assert first.branches == everyone.branches  # the filter still lists every branch
    assert {r.branch_name for r in first.rows} == {first_name}
    for stage in Stage:
        assert first.counts[stage] + second.counts[stage] == everyone.counts[stage]
    assert len(first.rows) + len(second.rows) == len(everyone.rows)
    assert len(first.publicity) + len(second.publicity) == len(everyone.publicity)


def test_publicity_periods_come_with_the_overview(demo):
    with demo.reading() as session:
        overview = pipeline_overview(session, TODAY)
    assert overview.publicity
    names = {r.member_id: r.name for r in overview.rows}
    for period in overview.publicity:
        assert period.end >= TODAY - dt.timedelta(days=7)
        assert period.ongoing == (period.end >= TODAY)
        assert names.get(period.person_id, period.name) == period.name


def test_an_empty_archive_has_nothing_in_development(database):
    with database.reading() as session:
        overview = pipeline_overview(session, TODAY)
    assert overview.rows == ()
    assert overview.publicity == ()
    assert overview.in_development == 0
