"""Recording development steps: rule findings, votes, stage moves, corrections, history."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from branchdesk.core.db import Database
from branchdesk.core.enums import (
    Gender,
    MeetingKind,
    PersonType,
    Stage,
    StepOutcome,
    StepRole,
)
from branchdesk.core.errors import ValidationError
from branchdesk.core.models import (
    AuditEntry,
    Branch,
    Meeting,
    Member,
    PipelineStep,
    StepPerson,
)
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.pipeline_checks import FindingSeverity
from branchdesk.core.rules.votes import VoteCount, vote_findings
from branchdesk.core.services.development import (
    StepDraft,
    StepPersonDraft,
    StepRefused,
    delete_step,
    outcomes_for,
    record_step,
    step_draft,
    step_findings,
    step_history,
    suggest_next,
    update_step,
)

TODAY = dt.date(2026, 11, 27)
RULES = LocalRules()


@pytest.fixture
def people(database: Database) -> dict[str, int]:
    """An applicant (applied 2025-03-01), two full members and a probationary member."""
    with database.unit_of_work("test") as session:
        branch = Branch(name="第一党支部")
        session.add(branch)
        session.flush()
        ids = {}
        for name, stage in (
            ("李明", Stage.APPLICANT),
            ("王芳", Stage.FULL),
            ("赵磊", Stage.FULL),
            ("陈晨", Stage.PROBATIONARY),
        ):
            member = Member(
                name=name,
                branch_id=branch.id,
                gender=Gender.MALE,
                person_type=PersonType.STUDENT,
                stage=stage,
                birth_date=dt.date(2003, 5, 4),
            )
            session.add(member)
            session.flush()
            ids[name] = member.id
        session.add(PipelineStep(member_id=ids["李明"], step_no=1, done_on=dt.date(2025, 3, 1)))
    return ids


def _record(database: Database, member_id: int, draft: StepDraft) -> int:
    with database.unit_of_work("clerk") as session:
        return record_step(session, member_id, draft, rules=RULES, today=TODAY)


def _stage(database: Database, member_id: int) -> Stage:
    with database.reading() as session:
        return session.get_one(Member, member_id).stage


def test_recording_the_activist_step_moves_the_stage_with_an_audit_entry(database, people):
    step_id = _record(
        database,
        people["李明"],
        StepDraft(
            3,
            dt.date(2025, 9, 1),
            people=[StepPersonDraft(StepRole.RECOMMENDER, "王芳", people["王芳"])],
        ),
    )
    assert _stage(database, people["李明"]) is Stage.ACTIVIST
    with database.reading() as session:
        step = session.get_one(PipelineStep, step_id)
        assert [(p.role, p.name, p.member_id) for p in step.people] == [
            (StepRole.RECOMMENDER, "王芳", people["王芳"])
        ]
        tables = set(session.scalars(select(AuditEntry.entity)))
    assert {"pipeline_steps", "step_people", "members"} <= tables


def test_an_early_activist_is_a_warning_and_is_recorded(database, people):
    with database.reading() as session:
        found = step_findings(
            session,
            people["李明"],
            StepDraft(3, dt.date(2025, 4, 1)),
            rules=RULES,
            today=TODAY,
        )
    assert [(f.severity, f.code) for f in found] == [
        (FindingSeverity.WARNING, "activist.too_early")
    ]
    _record(database, people["李明"], StepDraft(3, dt.date(2025, 4, 1)))
    assert _stage(database, people["李明"]) is Stage.ACTIVIST


@pytest.mark.parametrize(
    ("draft", "code"),
    [
        (StepDraft(3, dt.date(2027, 1, 1)), "date.future"),
        (StepDraft(3, dt.date(2025, 2, 1)), "date.before_previous"),
    ],
)
def test_hard_findings_refuse_and_write_nothing(database, people, draft, code):
    with pytest.raises(StepRefused) as refused:
        _record(database, people["李明"], draft)
    assert refused.value.findings[0].code == code
    assert _stage(database, people["李明"]) is Stage.APPLICANT
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(PipelineStep)) == 1


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (StepDraft(3, None), "done_on"),
        (StepDraft(15, dt.date(2026, 1, 1)), "votes"),
        (StepDraft(2, dt.date(2025, 3, 10), outcome=StepOutcome.FAILED), "outcome"),
        (StepDraft(2, dt.date(2025, 3, 10), notes="x" * 2001), "notes"),
    ],
)
def test_an_incomplete_form_names_its_field(database, people, draft, field):
    with pytest.raises(ValidationError) as error, database.reading() as session:
        step_findings(session, people["李明"], draft, rules=RULES, today=TODAY)
    assert error.value.field == field


def test_introducers_who_are_not_full_members_are_warned(database, people):
    draft = StepDraft(
        9,
        dt.date(2026, 10, 1),
        people=[
            StepPersonDraft(StepRole.INTRODUCER, "王芳", people["王芳"]),
            StepPersonDraft(StepRole.INTRODUCER, "陈晨", people["陈晨"]),
        ],
    )
    with database.reading() as session:
        found = step_findings(session, people["李明"], draft, rules=RULES, today=TODAY)
    codes = {f.code for f in found}
    assert "introducers.not_full_member" in codes
    assert "stage.skipped" in codes  # an applicant's file has no step 7 yet


def test_a_vote_without_quorum_cannot_pass_but_may_be_recorded_as_failed(database, people):
    candidate = people["李明"]
    with database.unit_of_work("test") as session:
        session.get_one(Member, candidate).stage = Stage.CANDIDATE
    votes = VoteCount(expected=10, present=5, in_favour=5)
    with pytest.raises(StepRefused) as refused:
        _record(database, candidate, StepDraft(15, dt.date(2026, 6, 1), votes=votes))
    assert refused.value.findings[0].code == "votes.no_quorum"
    _record(
        database,
        candidate,
        StepDraft(15, dt.date(2026, 6, 1), outcome=StepOutcome.FAILED, votes=votes),
    )
    assert _stage(database, candidate) is Stage.CANDIDATE
    _record(
        database,
        candidate,
        StepDraft(15, dt.date(2026, 7, 1), votes=VoteCount(10, 8, 7, 1, 0)),
    )
    assert _stage(database, candidate) is Stage.PROBATIONARY


@pytest.mark.parametrize(
    ("votes", "passed", "codes"),
    [
        (VoteCount(10, 6, 6), True, []),
        (VoteCount(10, 6, 5, 1), True, ["votes.no_majority"]),
        (VoteCount(10, 5, 5), True, ["votes.no_quorum"]),
        (VoteCount(10, 11, 5), True, ["votes.inconsistent"]),
        (VoteCount(10, 6, 5, 1, 1), False, ["votes.inconsistent"]),
        (VoteCount(10, 6, -1), False, ["votes.negative"]),
        (VoteCount(10, 5, 2, 3), False, []),
    ],
)
def test_vote_rules(votes, passed, codes):
    assert [f.code for f in vote_findings(votes, recorded_as_passed=passed)] == codes


def test_outcomes_per_step():
    assert outcomes_for(2) == (StepOutcome.DONE,)
    assert StepOutcome.FAILED in outcomes_for(15)
    assert StepOutcome.EXTENDED in outcomes_for(23)


def test_history_correction_and_deletion(database, people):
    applicant = people["李明"]
    talk = _record(
        database,
        applicant,
        StepDraft(2, dt.date(2025, 3, 20), people=[StepPersonDraft(StepRole.TALKER, "王芳")]),
    )
    activist = _record(database, applicant, StepDraft(3, dt.date(2025, 9, 1)))
    with database.reading() as session:
        history = step_history(session, applicant)
    assert [(r.step_no, r.done_on) for r in history] == [
        (1, dt.date(2025, 3, 1)),
        (2, dt.date(2025, 3, 20)),
        (3, dt.date(2025, 9, 1)),
    ]
    draft = step_draft(history[1])
    draft.done_on = dt.date(2025, 3, 25)
    draft.notes = "在宿舍谈话"
    with database.unit_of_work("clerk") as session:
        update_step(session, applicant, talk, draft, rules=RULES, today=TODAY)
    with database.reading() as session:
        corrected = step_history(session, applicant)[1]
    assert (corrected.done_on, corrected.notes, corrected.people[0][1]) == (
        dt.date(2025, 3, 25),
        "在宿舍谈话",
        "王芳",
    )
    # A correction that would put the talk before the application is refused; nothing changes.
    draft.done_on = dt.date(2025, 2, 1)
    with pytest.raises(StepRefused), database.unit_of_work("clerk") as session:
        update_step(session, applicant, talk, draft, rules=RULES, today=TODAY)
    with database.unit_of_work("clerk") as session:
        delete_step(session, applicant, activist)
    assert _stage(database, applicant) is Stage.APPLICANT
    with database.reading() as session:
        assert [r.step_no for r in step_history(session, applicant)] == [1, 2]
        assert session.scalar(select(func.count()).select_from(StepPerson)) == 1
        assert session.get_one(PipelineStep, talk).done_on == dt.date(2025, 3, 25)


def test_suggest_next_follows_the_rules(database, people):
    with database.reading() as session:
        due = suggest_next(session, people["李明"], RULES, TODAY)
    assert due.step_no == 2
    with database.reading() as session:
        due = suggest_next(session, people["王芳"], RULES, TODAY)
    assert due.step_no == 1  # a full member with no history: the first step


counts = st.integers(min_value=0, max_value=200)


@given(expected=counts, present=counts, in_favour=counts, against=counts, abstaining=counts)
def test_a_count_recorded_as_passed_is_accepted_exactly_when_it_passes(
    expected: int, present: int, in_favour: int, against: int, abstaining: int
) -> None:
    votes = VoteCount(expected, present, in_favour, against, abstaining)
    consistent = present <= expected and in_favour + against + abstaining <= present
    accepted = not vote_findings(votes, recorded_as_passed=True)
    assert accepted == (consistent and votes.passed)
    # A failed vote may always be recorded as 未通过 when its counts add up.
    assert (not vote_findings(votes, recorded_as_passed=False)) == consistent
    if votes.passed:
        assert votes.quorate and in_favour * 2 > expected


def test_a_step_keeps_the_meeting_that_recorded_it_through_a_correction(database, people):
    # Given a 支部党员大会 on file
    with database.unit_of_work("test") as session:
        meeting = Meeting(
            branch_id=session.get_one(Member, people["王芳"]).branch_id,
            kind=MeetingKind.BRANCH_ASSEMBLY,
            year=2026,
            sequence_no=1,
            title="支部党员大会",
            starts_at=dt.datetime(2026, 6, 1, 14, 30),
        )
        session.add(meeting)
        session.flush()
        meeting_id = meeting.id
    # When its admission vote is recorded as step 15 and later corrected
    votes = VoteCount(3, 3, 3)
    step_id = _record(
        database,
        people["李明"],
        StepDraft(15, dt.date(2026, 6, 1), votes=votes, meeting_id=meeting_id),
    )
    with database.reading() as session:
        (record,) = [r for r in step_history(session, people["李明"]) if r.id == step_id]
    assert record.meeting_id == meeting_id
    draft = step_draft(record)
    draft.notes = "补记"
    with database.unit_of_work("clerk") as session:
        update_step(session, people["李明"], step_id, draft, rules=RULES, today=TODAY)
    # Then the step still names the meeting
    with database.reading() as session:
        assert session.get_one(PipelineStep, step_id).meeting_id == meeting_id
