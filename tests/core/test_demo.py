"""`branchdesk demo`: a sample archive that obeys the domain rules and is the same every time."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from branchdesk.core.db import Database
from branchdesk.core.demo import DemoOptions, DemoSummary, generate_demo
from branchdesk.core.demo.names import RARE_CHARACTERS
from branchdesk.core.enums import (
    ChangeKind,
    Gender,
    MeetingKind,
    PersonType,
    ProblemStatus,
    RequestStatus,
    ResolutionKind,
    Stage,
)
from branchdesk.core.models import (
    AuditEntry,
    Meeting,
    Member,
    MembershipChange,
    PipelineStep,
    Problem,
    Resolution,
    ServiceRequest,
    StepPerson,
    VolunteerActivity,
    VolunteerHours,
)
from branchdesk.core.rules.idnumber import validate_id_number
from branchdesk.core.services.info import FAMILIES, record_counts

TODAY = dt.date(2026, 5, 20)  # fixed: the sample never depends on the test machine's clock
OPTIONS = DemoOptions(members=60, years=3, seed=1, today=TODAY)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory, template_database: Path) -> Database:
    """One default-size sample archive shared by the read-only checks below."""
    path = tmp_path_factory.mktemp("demo") / "branchdesk.sqlite3"
    shutil.copyfile(template_database, path)
    database = Database(path)
    generate_demo(database, OPTIONS)
    yield database
    database.close()


def _fresh(template_database: Path, folder: Path) -> Database:
    folder.mkdir()
    shutil.copyfile(template_database, folder / "branchdesk.sqlite3")
    return Database(folder / "branchdesk.sqlite3")


def test_every_record_family_gets_rows_and_the_summary_counts_them(database: Database) -> None:
    summary = generate_demo(database, OPTIONS)
    with database.reading() as session:
        counts = record_counts(session)
    for name, _ in FAMILIES:
        if name != "attachments":
            assert counts[name] > 0, name
    assert counts["attachments"] == 0
    assert counts["members"] == 60
    assert isinstance(summary, DemoSummary)
    assert summary.counts["meetings"] == counts["meetings"]
    assert str(summary).startswith("2 branches, ")
    assert "60 people" in str(summary)


def test_same_seed_gives_the_same_archive(template_database: Path, tmp_path: Path) -> None:
    options = DemoOptions(members=25, years=2, seed=7, today=TODAY)
    results = []
    for name in ("first", "second"):
        database = _fresh(template_database, tmp_path / name)
        summary = generate_demo(database, options)
        with database.reading() as session:
            people = session.execute(
                select(Member.name, Member.id_number, Member.stage).order_by(Member.id)
            ).all()
            minutes = session.scalars(select(Meeting.minutes).order_by(Meeting.id)).all()
        database.close()
        results.append((summary.counts, people, minutes))
    assert results[0] == results[1]


def test_id_numbers_are_valid_and_match_birth_date_and_gender(sample: Database) -> None:
    with sample.reading() as session:
        members = session.scalars(select(Member)).all()
    for member in members:
        assert validate_id_number(member.id_number, birth_date=member.birth_date, today=TODAY)
        odd = int(member.id_number[16]) % 2 == 1
        assert (member.gender is Gender.MALE) == odd, member.name
        assert len(member.phone) == 11 and member.phone[:2] in ("13", "15", "18", "19")


def test_the_roster_has_every_stage_and_a_rare_character(sample: Database) -> None:
    with sample.reading() as session:
        stages = set(session.scalars(select(Member.stage)))
        names = session.scalars(select(Member.name)).all()
    assert stages == set(Stage)
    assert any(ch in name for name in names for ch in RARE_CHARACTERS)
    assert any("䶮" in name for name in names)


def _steps(database: Database) -> dict[int, list[PipelineStep]]:
    with database.reading() as session:
        rows = session.scalars(select(PipelineStep).order_by(PipelineStep.id)).all()
    by_member: dict[int, list[PipelineStep]] = defaultdict(list)
    for step in rows:
        by_member[step.member_id].append(step)
    return by_member


def _eighteenth_birthday(birth: dt.date) -> dt.date:
    try:
        return birth.replace(year=birth.year + 18)
    except ValueError:  # born on 29 February
        return dt.date(birth.year + 18, 3, 1)


def test_steps_are_in_order_never_in_the_future_and_after_age_18(sample: Database) -> None:
    steps = _steps(sample)
    with sample.reading() as session:
        births = dict(session.execute(select(Member.id, Member.birth_date)).tuples().all())
    assert set(steps) == set(births)  # everybody has at least step 1
    for member_id, rows in steps.items():
        ordered = sorted(rows, key=lambda s: (s.step_no, s.id))
        dates = [s.done_on for s in ordered]
        assert dates == sorted(dates), member_id
        assert dates[-1] <= TODAY
        first = next(s.done_on for s in ordered if s.step_no == 1)
        assert first >= _eighteenth_birthday(births[member_id]), member_id  # RULES §1, hard


def test_members_were_admitted_and_confirmed_by_a_quorate_assembly(sample: Database) -> None:
    steps = _steps(sample)
    with sample.reading() as session:
        members = session.scalars(select(Member)).all()
        admitted_elsewhere = set(
            session.scalars(
                select(MembershipChange.member_id).where(
                    MembershipChange.kind == ChangeKind.TRANSFER_IN
                )
            )
        )
        meetings = {m.id: m for m in session.scalars(select(Meeting))}
        resolutions = {
            (r.meeting_id, r.subject_id, r.kind): r for r in session.scalars(select(Resolution))
        }
    checked = 0
    for member in members:
        numbers = {s.step_no: s for s in steps[member.id]}
        if member.stage is Stage.FULL:
            assert 23 in numbers, member.name
        if not member.stage.is_member:
            continue
        assert 15 in numbers, member.name
        if member.person_type is not PersonType.STUDENT or member.id in admitted_elsewhere:
            continue  # admitted at their former school or college
        checked += 1
        for number, kind in ((15, ResolutionKind.ADMISSION), (23, ResolutionKind.CONFIRMATION)):
            if number not in numbers:
                continue
            step = numbers[number]
            meeting = meetings[step.meeting_id]
            assert meeting.kind is MeetingKind.BRANCH_ASSEMBLY
            assert meeting.starts_at.date() == step.done_on
            vote = resolutions[(meeting.id, member.id, kind)]
            assert vote.votes_present * 2 > vote.votes_expected  # quorum
            assert vote.votes_for * 2 > vote.votes_expected  # majority of 应到
            assert vote.votes_for + vote.votes_against + vote.votes_abstain == vote.votes_present
            assert step.votes_for == vote.votes_for
    assert checked > 5


def test_candidates_have_two_introducers_who_are_full_members(sample: Database) -> None:
    with sample.reading() as session:
        rows = session.execute(
            select(PipelineStep.id, PipelineStep.done_on, StepPerson.member_id)
            .join(StepPerson, StepPerson.step_id == PipelineStep.id)
            .where(PipelineStep.step_no == 9, StepPerson.role == "introducer")
        ).all()
    by_step: dict[int, list[int]] = defaultdict(list)
    for step_id, _, member_id in rows:
        by_step[step_id].append(member_id)
    assert by_step
    assert all(len(introducers) == 2 for introducers in by_step.values())


def test_database_is_sound(sample: Database) -> None:
    with sample.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_ledgers_hold_overdue_items_for_the_reminders(sample: Database) -> None:
    open_problem = (ProblemStatus.PENDING, ProblemStatus.IN_PROGRESS)
    open_request = (RequestStatus.OPEN, RequestStatus.DISPATCHED)
    with sample.reading() as session:
        overdue_problems = session.scalar(
            select(func.count())
            .select_from(Problem)
            .where(Problem.status.in_(open_problem), Problem.deadline < TODAY)
        )
        overdue_requests = session.scalar(
            select(func.count())
            .select_from(ServiceRequest)
            .where(ServiceRequest.status.in_(open_request), ServiceRequest.promised_on < TODAY)
        )
        closed_without_review = session.scalar(
            select(func.count())
            .select_from(Problem)
            .where(
                Problem.status == ProblemStatus.CLOSED,
                (Problem.reviewer == "") | Problem.closed_on.is_(None),
            )
        )
    assert overdue_problems >= 1
    assert overdue_requests >= 1
    assert closed_without_review == 0  # RULES §4: closing needs a reviewer and a date (hard)


def test_nobody_serves_more_than_24_hours_a_day(sample: Database) -> None:
    with sample.reading() as session:
        busiest = session.scalar(
            select(func.max(text("minutes_per_day"))).select_from(
                select(func.sum(VolunteerHours.minutes).label("minutes_per_day"))
                .join(VolunteerActivity, VolunteerHours.activity_id == VolunteerActivity.id)
                .group_by(VolunteerHours.member_id, VolunteerActivity.held_on)
                .subquery()
            )
        )
    assert 0 < busiest <= 24 * 60


def test_the_demo_writes_exactly_one_audit_entry(sample: Database) -> None:
    with sample.reading() as session:
        entries = session.scalars(select(AuditEntry)).all()
    assert [(e.action, e.actor, e.entity) for e in entries] == [("demo", "demo", "archive")]
    assert "people" in entries[0].summary


@pytest.mark.parametrize("members", [1, 3, 12])
def test_tiny_archives_still_work(template_database: Path, tmp_path: Path, members: int) -> None:
    database = _fresh(template_database, tmp_path / "tiny")
    summary = generate_demo(database, DemoOptions(members=members, years=1, seed=3, today=TODAY))
    database.close()
    assert summary.counts["members"] == members


def test_many_people_in_few_years_never_run_out_of_student_numbers(database) -> None:
    # 2,000 people over one year fill every class's 99 seats: numbers must widen, not loop.
    from branchdesk.core.demo.roster import _free_number

    class FixedRandom:
        def randint(self, low: int, high: int) -> int:
            return high

    taken = {f"2023010{seat:02d}" for seat in range(1, 100)}
    assert _free_number("2023010", 2, taken, FixedRandom()) == "2023010999"
    assert _free_number("2023010", 2, taken - {"202301005"}, FixedRandom()) == "202301005"
