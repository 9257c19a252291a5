"""The member list query: filters alone and combined, pinyin search, exits, SQL sorting."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from branchdesk.core.db import Database
from branchdesk.core.demo import DemoOptions, generate_demo
from branchdesk.core.enums import OrgStatus, PersonType, Stage
from branchdesk.core.member_list import (
    SORT_KEYS,
    MemberFilter,
    count_members,
    filter_options,
    member_ids,
    member_rows,
)
from branchdesk.core.models import Member
from branchdesk.core.queries import has_exited

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def demo(database: Database) -> Database:
    generate_demo(database, DemoOptions(members=40, years=2, seed=2, today=TODAY))
    return database


def _people(database: Database) -> list[tuple[Member, bool]]:
    with database.reading() as session:
        return [
            (member, bool(exited))
            for member, exited in session.execute(select(Member, has_exited()))
        ]


def test_default_filter_shows_current_people_only(demo: Database) -> None:
    people = _people(demo)
    current = {m.id for m, exited in people if not exited}
    left = {m.id for m, exited in people if exited}
    assert left, "the demo should have someone who left"
    with demo.reading() as session:
        assert set(member_ids(session, MemberFilter())) == current
        assert set(member_ids(session, MemberFilter(exited=True))) == left
        assert set(member_ids(session, MemberFilter(exited=None))) == current | left
        assert count_members(session, MemberFilter()) == len(current)
        rows = member_rows(session, sorted(left))
    assert all(row.exited for row in rows.values())


def test_each_filter_alone_and_combined(demo: Database) -> None:
    people = [m for m, exited in _people(demo) if not exited]
    someone = next(m for m in people if m.party_group_id and m.grade and m.class_name)
    cases = {
        MemberFilter(branch_id=someone.branch_id): lambda m: m.branch_id == someone.branch_id,
        MemberFilter(stages=frozenset({Stage.FULL, Stage.PROBATIONARY})): lambda m: (
            m.stage in (Stage.FULL, Stage.PROBATIONARY)
        ),
        MemberFilter(person_type=PersonType.STAFF): lambda m: m.person_type is PersonType.STAFF,
        MemberFilter(org_status=OrgStatus.NORMAL): lambda m: m.org_status is OrgStatus.NORMAL,
        MemberFilter(party_group_id=someone.party_group_id): lambda m: (
            m.party_group_id == someone.party_group_id
        ),
        MemberFilter(grade=someone.grade): lambda m: m.grade == someone.grade,
        MemberFilter(class_name=someone.class_name): lambda m: m.class_name == someone.class_name,
        MemberFilter(
            branch_id=someone.branch_id, stages=frozenset({someone.stage}), grade=someone.grade
        ): lambda m: (
            m.branch_id == someone.branch_id
            and m.stage is someone.stage
            and m.grade == someone.grade
        ),
    }
    with demo.reading() as session:
        for flt, keep in cases.items():
            expected = {m.id for m in people if keep(m)}
            assert set(member_ids(session, flt)) == expected, flt
            assert count_members(session, flt) == len(expected), flt
        both = MemberFilter(branch_id=someone.branch_id, class_name=someone.class_name)
        assert someone.id in member_ids(session, both)


def test_text_matches_initials_pinyin_name_number_and_phone(demo: Database) -> None:
    person = next(m for m, exited in _people(demo) if not exited and m.student_number and m.phone)
    with demo.reading() as session:
        for text in (
            person.name_initials,
            person.name_initials.upper(),
            person.name_pinyin,
            person.name,
            person.student_number,
            person.phone[-6:],
        ):
            assert person.id in member_ids(session, MemberFilter(text=text)), text
        assert member_ids(session, MemberFilter(text="%")) == []  # LIKE wildcards are literal


def test_sort_by_name_is_by_pinyin_and_both_ways(demo: Database) -> None:
    with demo.reading() as session:
        ids = member_ids(session, MemberFilter(), "name")
        pinyin = {m.id: m.name_pinyin for m, _ in _people(demo)}
        keys = [pinyin[i] for i in ids]
        assert keys == sorted(keys)
        backwards = member_ids(session, MemberFilter(), "name", descending=True)
        assert [pinyin[i] for i in backwards] == sorted(keys, reverse=True)


def test_sort_by_admission_date_puts_blanks_last(demo: Database) -> None:
    with demo.reading() as session:
        ids = member_ids(session, MemberFilter(), "admission_date")
        rows = member_rows(session, ids)
        dates = [rows[i].admission_date for i in ids]
        known = [d for d in dates if d is not None]
        assert known and known == sorted(known)
        assert dates == known + [None] * (len(dates) - len(known))
        down = member_ids(session, MemberFilter(), "admission_date", descending=True)
        down_dates = [rows[i].admission_date for i in down]
        assert [d for d in down_dates if d] == sorted(known, reverse=True)
        assert down_dates[-1] is None
        for key in SORT_KEYS:  # every column sorts in SQL without error
            assert sorted(member_ids(session, MemberFilter(), key)) == sorted(ids)


def test_rows_mask_the_id_number(demo: Database) -> None:
    people = {m.id: m for m, _ in _people(demo)}
    with demo.reading() as session:
        rows = member_rows(session, list(people))
    assert set(rows) == set(people)
    for member_id, row in rows.items():
        full = people[member_id].id_number
        if full:
            assert row.id_number_masked != full
            assert row.id_number_masked[-4:] == full[-4:]
            assert "*" in row.id_number_masked
    assert any(row.admission_date for row in rows.values())
    assert any(row.party_group for row in rows.values())


def test_filter_options_list_what_is_present(demo: Database) -> None:
    people = [m for m, _ in _people(demo)]
    with demo.reading() as session:
        options = filter_options(session)
    assert {key for key, _ in options.branches} >= {m.branch_id for m in people}
    assert set(options.grades) == {m.grade for m in people if m.grade}
    assert set(options.classes) == {m.class_name for m in people if m.class_name}
    assert options.party_groups


def test_the_inactive_filter_lists_whom_the_dashboard_flags(demo: Database) -> None:
    from branchdesk.core.enums import Gender
    from branchdesk.core.models import PipelineStep
    from branchdesk.core.services.reminders import collect_reminders

    # A member admitted in 2020 who has attended no meeting since.
    with demo.unit_of_work("test") as session:
        absent = Member(
            branch_id=session.scalar(select(Member.branch_id).limit(1)),
            name="缺席者",
            gender=Gender.MALE,
            person_type=PersonType.STAFF,
            stage=Stage.FULL,
        )
        session.add(absent)
        session.flush()
        session.add(PipelineStep(member_id=absent.id, step_no=15, done_on=dt.date(2020, 1, 1)))
        absent_id = absent.id
    with demo.reading() as session:
        inactive = set(member_ids(session, MemberFilter(inactive_on=TODAY)))
        flagged = {
            int(r.subject.removeprefix("member:"))
            for r in collect_reminders(session, TODAY)
            if r.rule.startswith("Party Constitution, Article 9")
        }
        assert count_members(session, MemberFilter(inactive_on=TODAY)) == len(inactive)
    assert absent_id in inactive
    assert inactive == flagged
