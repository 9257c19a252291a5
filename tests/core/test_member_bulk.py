"""Many people at once (roster import): found and drafted with a bounded number of queries,
with the same drafts as one person at a time."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, event

from branchdesk.core.db import Database
from branchdesk.core.enums import Gender, StepOutcome
from branchdesk.core.models import Branch, PipelineStep
from branchdesk.core.rules.idnumber import check_digit
from branchdesk.core.services import members
from branchdesk.core.services.members import (
    MemberDraft,
    create_member,
    draft_from_member,
    draft_of,
    find_members,
    step_dates_of,
)

TODAY = dt.date(2026, 11, 27)
PEOPLE = 25
LIMIT = 10  # SQL_PARAMETERS for these tests: a handful of people fill several chunks


def resident_id(n: int) -> str:
    first17 = f"11010120000229{n:03d}"
    return first17 + check_digit(first17)


@contextmanager
def statements(engine: Engine) -> Iterator[list[tuple[str, int]]]:
    """Every SQL statement sent meanwhile, with its number of bound parameters."""
    sent: list[tuple[str, int]] = []

    def count(*args: Any) -> None:
        statement, parameters = args[2], args[3]
        if statement != "BEGIN":  # the unit of work's, not a query
            sent.append((statement, len(parameters) if isinstance(parameters, tuple) else 0))

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", count)


@pytest.fixture
def people(database: Database, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """PEOPLE people with an ID number, a student number and some steps (ids in order)."""
    monkeypatch.setattr(members, "SQL_PARAMETERS", LIMIT)
    ids = []
    with database.unit_of_work("clerk") as session:
        branch = Branch(name="第一党支部")
        session.add(branch)
        session.flush()
        for n in range(PEOPLE):
            draft = MemberDraft(
                name=f"学生{n}",
                branch_id=branch.id,
                id_number=resident_id(n),
                student_number=f"S{n:03d}",
                applied_on=dt.date(2019, 3, 1),
                activist_on=dt.date(2019, 9, 1) if n % 2 else None,
            )
            ids.append(create_member(session, draft, today=TODAY))
        # A second occurrence of a step (the later date counts) and a failed one (ignored).
        session.add_all(
            [
                PipelineStep(member_id=ids[1], step_no=1, done_on=dt.date(2019, 4, 1)),
                PipelineStep(
                    member_id=ids[2],
                    step_no=3,
                    done_on=dt.date(2020, 1, 1),
                    outcome=StepOutcome.FAILED,
                ),
            ]
        )
    return ids


def test_people_are_found_by_id_and_student_number_a_chunk_per_query(
    database: Database, people: list[int]
) -> None:
    with database.unit_of_work("clerk") as session:
        twin = create_member(
            session,
            MemberDraft(name="同号", branch_id=1, gender=Gender.MALE, student_number="S020"),
            today=TODAY,
        )
        assert twin > people[20]
    id_numbers = [resident_id(n) for n in range(15)] + ["", "110101200002299990"]
    student_numbers = [f"S{n:03d}" for n in range(10, PEOPLE)] + ["", "S999", "S010"]
    with database.reading() as session, statements(database.engine) as sent:
        found = find_members(session, id_numbers=id_numbers, student_numbers=student_numbers)
    # 16 distinct ID numbers and 16 student numbers (empty ones are not asked for).
    assert len(sent) == math.ceil(16 / LIMIT) * 2
    assert max(parameters for _, parameters in sent) <= LIMIT
    assert {number: m.id for number, m in found.by_id_number.items()} == {
        resident_id(n): people[n] for n in range(15)
    }
    # S020 is held twice: the lower id wins, as before.
    assert {number: m.id for number, m in found.by_student_number.items()} == {
        f"S{n:03d}": people[n] for n in range(10, PEOPLE)
    }
    assert found.member_ids() == people


def test_drafts_of_people_found_together_are_those_of_draft_from_member(
    database: Database, people: list[int]
) -> None:
    with database.reading() as session, statements(database.engine) as sent:
        dates = step_dates_of(session, people)
    # Each query binds the ids, the five dated step numbers and the outcome.
    assert len(sent) == math.ceil(PEOPLE / (LIMIT - 6))
    assert max(parameters for _, parameters in sent) <= LIMIT
    with database.reading() as session:
        found = find_members(
            session, id_numbers=[resident_id(n) for n in range(PEOPLE)], student_numbers=[]
        )
        for n, member_id in enumerate(people):
            member = found.by_id_number[resident_id(n)]
            assert draft_of(member, dates.get(member_id, {})) == draft_from_member(
                session, member_id
            )
    assert dates[people[1]][1] == dt.date(2019, 4, 1)
    assert 3 not in dates[people[2]]
