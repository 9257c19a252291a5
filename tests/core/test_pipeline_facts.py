"""Reading pipeline facts: one object per current person, in a bounded number of queries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event, func, not_, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from branchdesk.core.db import Database
from branchdesk.core.demo import DemoOptions, generate_demo
from branchdesk.core.enums import (
    ChangeKind,
    Gender,
    PersonType,
    Stage,
    StepOutcome,
    StepRole,
)
from branchdesk.core.models import Branch, Member, MembershipChange, PipelineStep, StepPerson
from branchdesk.core.queries import has_exited
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.pipeline import NamedPerson, OutcomeFact
from branchdesk.core.services.pipeline_facts import load_pipeline_facts, pipeline_reminder_provider

TODAY = dt.date(2026, 11, 26)
D = dt.date


@contextmanager
def counting(engine: Engine) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("SELECT"):  # not the BEGIN of db.py
            statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_demo_archive_gives_one_facts_object_per_current_person(database: Database) -> None:
    generate_demo(database, DemoOptions(members=30, years=2, today=TODAY))
    with database.reading() as session:
        current = set(session.scalars(select(Member.id).where(not_(has_exited()))))
        everyone = set(session.scalars(select(Member.id)))
        with counting(database.engine) as statements:
            facts = load_pipeline_facts(session)
        assert len(statements) == 3
        assert [f.person_id for f in facts] == sorted(current)
        with_exited = load_pipeline_facts(session, include_exited=True)
        assert {f.person_id for f in with_exited} == everyone
        some = sorted(current)[:3]
        assert [f.person_id for f in load_pipeline_facts(session, member_ids=some)] == some
        reminders = list(pipeline_reminder_provider(session, LocalRules(), TODAY))
    assert reminders
    assert all(r.family == "members" and r.subject.startswith("member:") for r in reminders)
    assert len({r.subject for r in reminders}) == len(reminders)  # one per person at most
    # The demo names two full members as introducers of everyone past step 9.
    past_nine = [f for f in facts if 9 in f.done and len(f.done) > 9]
    assert past_nine
    assert all(len(f.introducers) == 2 for f in past_nine)
    assert all(p.stage is Stage.FULL for f in past_nine for p in f.introducers)
    applicants = [f for f in facts if f.stage is Stage.APPLICANT]
    assert all(1 in f.done for f in applicants)


def test_the_number_of_queries_does_not_grow_with_the_archive(database: Database) -> None:
    generate_demo(database, DemoOptions(members=30, years=2, today=TODAY))
    with database.reading() as session:
        with counting(database.engine) as few:
            load_pipeline_facts(session, member_ids=[1])
        with counting(database.engine) as many:
            load_pipeline_facts(session, include_exited=True)
    assert len(few) == len(many) == 3


def test_an_empty_archive_has_no_facts_and_no_reminders(database: Database) -> None:
    with database.reading() as session:
        assert load_pipeline_facts(session) == []
        assert list(pipeline_reminder_provider(session, LocalRules(), TODAY)) == []


def _member(session: Session, branch: Branch, name: str, stage: Stage) -> Member:
    member = Member(
        branch_id=branch.id,
        name=name,
        gender=Gender.FEMALE,
        person_type=PersonType.STUDENT,
        stage=stage,
        birth_date=D(2004, 5, 1),
        expected_leave_on=D(2027, 6, 30),
    )
    session.add(member)
    session.flush()
    return member


def _step(member: Member, no: int, on: dt.date, outcome: StepOutcome = StepOutcome.DONE) -> None:
    member.steps.append(PipelineStep(step_no=no, done_on=on, outcome=outcome))


def test_outcomes_people_and_their_stage_at_the_time(database: Database) -> None:
    with database.unit_of_work("clerk") as session:
        branch = Branch(name="第一党支部")
        session.add(branch)
        session.flush()
        veteran = _member(session, branch, "老党员", Stage.FULL)  # no steps recorded
        recent = _member(session, branch, "新党员", Stage.FULL)
        _step(recent, 15, D(2024, 6, 1))
        _step(recent, 23, D(2025, 6, 1))
        gone = _member(session, branch, "已转出", Stage.FULL)
        session.add(
            MembershipChange(
                member_id=gone.id, kind=ChangeKind.TRANSFER_OUT, changed_on=D(2026, 7, 1)
            )
        )
        person = _member(session, branch, "王芳", Stage.PROBATIONARY)
        for no in range(1, 23):
            _step(person, no, D(2024, 1, 1) + dt.timedelta(days=10 * no))
        _step(person, 5, D(2024, 1, 1))  # an older contact appointment: superseded
        _step(person, 15, D(2025, 5, 10))
        _step(person, 15, D(2025, 3, 1), StepOutcome.FAILED)
        _step(person, 23, D(2026, 5, 20), StepOutcome.EXTENDED)
        session.flush()
        steps = {(s.step_no, s.done_on): s for s in person.steps}
        contacts = steps[(5, D(2024, 1, 1) + dt.timedelta(days=50))]
        contacts.people.append(
            StepPerson(role=StepRole.CONTACT, member_id=veteran.id, name=veteran.name)
        )
        old = steps[(5, D(2024, 1, 1))]
        old.people.append(StepPerson(role=StepRole.CONTACT, name="旧联系人"))
        introducers = steps[(9, D(2024, 1, 1) + dt.timedelta(days=90))]
        introducers.people += [
            StepPerson(role=StepRole.INTRODUCER, member_id=recent.id, name=recent.name),
            StepPerson(role=StepRole.INTRODUCER, name="外单位党员"),
            StepPerson(role=StepRole.TALKER, member_id=veteran.id, name=veteran.name),
        ]
        person_id, gone_id = person.id, gone.id
    with database.reading() as session:
        facts = {f.name: f for f in load_pipeline_facts(session)}
        assert session.scalar(select(func.count()).select_from(Member)) == 4
    assert set(facts) == {"老党员", "新党员", "王芳"}
    assert gone_id not in {f.person_id for f in facts.values()}
    wang = facts["王芳"]
    assert wang.person_id == person_id
    assert (wang.birth_date, wang.expected_leave_on) == (D(2004, 5, 1), D(2027, 6, 30))
    assert wang.done[15] == D(2025, 5, 10) and wang.done[5] == D(2024, 2, 20)
    assert wang.outcomes == (
        OutcomeFact(15, StepOutcome.FAILED, D(2025, 3, 1)),
        OutcomeFact(23, StepOutcome.EXTENDED, D(2026, 5, 20)),
    )
    assert wang.contacts == (NamedPerson("老党员", Stage.FULL),)
    # On the step-9 date (2024-03-31) 新党员 was not yet admitted (2024-06-01): not a full member.
    assert wang.introducers == (
        NamedPerson("新党员", Stage.CANDIDATE),
        NamedPerson("外单位党员", None),
    )
    reminders = list(pipeline_reminders_for(database))
    assert [(r.subject, r.severity.value) for r in reminders] == [
        (f"member:{person_id}", "overdue")  # extended probation ended 2026-11-10
    ]


def pipeline_reminders_for(database: Database) -> list:
    with database.reading() as session:
        return list(pipeline_reminder_provider(session, LocalRules(), TODAY))
