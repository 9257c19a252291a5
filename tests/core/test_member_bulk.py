"""Many people at once (roster import): found, drafted and updated with a bounded number of
queries, with the same drafts and audit entries as one person at a time."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, event, select

from branchdesk.core.db import Database
from branchdesk.core.enums import Gender, StepOutcome
from branchdesk.core.models import AuditEntry, Branch, PipelineStep
from branchdesk.core.rules.idnumber import check_digit
from branchdesk.core.services import members
from branchdesk.core.services.members import (
    MemberDraft,
    MemberUpdates,
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


def audit_after(database: Database, entry_id: int) -> list[tuple[str, str, str, object]]:
    with database.reading() as session:
        return [
            tuple(row)  # type: ignore[misc]
            for row in session.execute(
                select(
                    AuditEntry.entity, AuditEntry.action, AuditEntry.entity_id, AuditEntry.changes
                )
                .where(AuditEntry.id > entry_id)
                .order_by(AuditEntry.id)
            )
        ]


def last_entry(database: Database) -> int:
    with database.reading() as session:
        return session.scalars(select(AuditEntry.id).order_by(AuditEntry.id.desc())).first() or 0


def test_updates_wait_for_one_flush_and_are_audited_as_one_at_a_time(
    database: Database, people: list[int]
) -> None:
    first, unchanged = people[3], people[4]
    since = last_entry(database)
    flushes: list[int] = []
    with database.unit_of_work("clerk") as session:
        event.listen(session, "after_flush", lambda *_: flushes.append(1))
        with statements(database.engine) as reading:
            updates = MemberUpdates(session, [first, unchanged])
        # Members by id, then their steps: one chunk each for two people.
        assert len(reading) == 2
        changed = draft_from_member(session, first)
        changed.phone = "13900001111"
        changed.applied_on = dt.date(2019, 3, 2)  # corrects step 1
        changed.candidate_on = dt.date(2020, 3, 1)  # a new step 7
        same = draft_from_member(session, unchanged)
        with statements(database.engine) as writing:
            updates.update(first, changed, today=TODAY, groups={})
            updates.update(unchanged, same, today=TODAY, groups={})
        assert writing == []  # nothing is written or read until the caller's flush
        again = dataclasses.replace(changed, phone="13900002222")
        updates.update(first, again, today=TODAY, groups={})  # the same person again
        session.flush()
    assert len(flushes) == 2  # one before the second update of the same person, one at the end
    entries = audit_after(database, since)
    new_step, step_1 = entries[1], entries[2]
    # A flush writes the new steps' entries before the corrected ones', as update_member's did.
    assert entries == [
        ("members", "update", str(first), {"phone": ["", "13900001111"]}),
        ("pipeline_steps", "insert", new_step[2], new_step[3]),
        ("pipeline_steps", "update", step_1[2], {"done_on": ["2019-03-01", "2019-03-02"]}),
        ("members", "update", str(first), {"phone": ["13900001111", "13900002222"]}),
    ]
    assert new_step[3]["step_no"] == 7  # type: ignore[index]
    assert new_step[3]["done_on"] == "2020-03-01"  # type: ignore[index]


def test_updates_match_update_member(database: Database, people: list[int]) -> None:
    """The same changes to two people through update_member and to two others (alike) through
    MemberUpdates: the same audit entries, but for ids and their order within the flush."""

    def change(draft: MemberDraft) -> MemberDraft:
        return dataclasses.replace(
            draft,
            class_name="新班级",
            applied_on=dt.date(2019, 2, 1),  # corrected
            activist_on=dt.date(2019, 10, 1),  # corrected for one, new for the other
        )

    def entries(member_ids: list[int], since: int) -> list[tuple[object, ...]]:
        """The entries since ``since``, each person named by their place in ``member_ids``."""
        with database.reading() as session:
            owner = dict(session.execute(select(PipelineStep.id, PipelineStep.member_id)).all())
        found = []
        for entity, action, entity_id, changes in audit_after(database, since):
            member_id = int(entity_id) if entity == "members" else owner[int(entity_id)]
            plain = {k: v for k, v in changes.items() if k not in {"id", "member_id"}}  # type: ignore[attr-defined]
            found.append((member_ids.index(member_id), entity, action, sorted(plain.items())))
        return sorted(found, key=repr)

    one_by_one, together = people[5:7], people[7:9]
    since = last_entry(database)
    with database.unit_of_work("clerk") as session:
        for member_id in one_by_one:
            draft = change(draft_from_member(session, member_id))
            members.update_member(session, member_id, draft, today=TODAY)
    expected = entries(one_by_one, since)
    since = last_entry(database)
    with database.unit_of_work("clerk") as session:
        updates = MemberUpdates(session, together)
        for member_id in together:
            draft = change(draft_from_member(session, member_id))
            updates.update(member_id, draft, today=TODAY, groups={})
    assert len(expected) == 6  # each: the class, step 1 corrected, step 3 corrected or new
    assert entries(together, since) == expected
