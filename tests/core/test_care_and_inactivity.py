"""Birthdays, 政治生日 and six months without organisational life (RULES.md §7)."""

from __future__ import annotations

import datetime as dt

import pytest

from branchdesk.core.rules.care import CareFacts, care_reminders, next_anniversary
from branchdesk.core.rules.inactivity import ActivityFacts, inactivity_reminders
from branchdesk.core.rules.reminders import Severity

TODAY = dt.date(2026, 11, 26)  # a Thursday
D = dt.date


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2000, 11, 26), D(2026, 11, 26)),  # today counts
        (D(2000, 11, 25), D(2027, 11, 25)),  # yesterday: next year
        (D(2004, 2, 29), D(2027, 2, 28)),  # leap day in a common year
    ],
)
def test_next_anniversary(day, expected) -> None:
    assert next_anniversary(day, TODAY) == expected


def test_birthdays_and_political_birthdays_in_the_coming_week() -> None:
    people = [
        CareFacts(1, "王芳", D(2003, 12, 2), None),  # in 6 days: shown
        CareFacts(2, "李娜", D(2003, 12, 3), None),  # in 7 days: not yet
        CareFacts(3, "张三", D(1990, 1, 1), D(2016, 11, 28)),  # 10th 政治生日 in 2 days
        CareFacts(4, "赵四", None, D(2026, 11, 26)),  # admitted today: no anniversary yet
    ]
    reminders = list(care_reminders(people, TODAY))
    assert [(r.subject, r.due_on) for r in reminders] == [
        ("member:1", D(2026, 12, 2)),
        ("member:3", D(2026, 11, 28)),
    ]
    assert reminders[1].params["years"] == "10"
    assert "政治生日" in reminders[1].text()
    assert all(r.severity is Severity.DUE for r in reminders)


def test_six_months_without_a_meeting_is_flagged() -> None:
    people = [
        ActivityFacts(1, "王芳", D(2020, 6, 1), D(2026, 5, 26)),  # 6 months ago to the day
        ActivityFacts(2, "李娜", D(2020, 6, 1), D(2026, 5, 27)),  # one day short
        ActivityFacts(3, "张三", D(2026, 3, 1), None),  # joined 9 months ago, never attended
        ActivityFacts(4, "赵四", D(2026, 9, 1), None),  # joined recently
    ]
    reminders = list(inactivity_reminders(people, TODAY))
    assert [r.subject for r in reminders] == ["member:1", "member:3"]
    assert all(r.severity is Severity.WARNING for r in reminders)
    assert "since joining" in reminders[1].text()
    assert "Article 9" in reminders[0].rule_text()


def test_the_service_finds_care_and_inactivity_in_an_archive(database) -> None:
    from branchdesk.core.enums import Gender, PersonType, Stage, StepOutcome
    from branchdesk.core.models import Branch, Member, PipelineStep
    from branchdesk.core.services.reminders import collect_reminders

    with database.unit_of_work("clerk") as session:
        branch = Branch(name="第一党支部")
        session.add(branch)
        session.flush()
        member = Member(
            branch_id=branch.id,
            name="王芳",
            gender=Gender.FEMALE,
            person_type=PersonType.STUDENT,
            stage=Stage.FULL,
            birth_date=D(2003, 11, 29),
        )
        session.add(member)
        session.flush()
        session.add(
            PipelineStep(
                member_id=member.id, step_no=15, done_on=D(2024, 11, 30), outcome=StepOutcome.DONE
            )
        )
    with database.reading() as session:
        reminders = collect_reminders(session, TODAY)
    texts = [r.text() for r in reminders if r.subject == f"member:{member.id}"]
    assert "王芳's birthday is on 2026-11-29." in texts
    assert "王芳's 政治生日 (2 years in the Party) is on 2026-11-30." in texts
    assert any("no recorded meeting" in text for text in texts)


def test_the_last_meeting_attended_is_exact_for_recent_and_long_absent_members(database) -> None:
    """Recent meetings are read by date and the rest per member: both give the true last one."""
    from branchdesk.core.enums import AttendanceStatus, Gender, MeetingKind, PersonType, Stage
    from branchdesk.core.models import Attendance, Branch, Meeting, Member
    from branchdesk.core.services.activity import activity_facts, inactive_member_ids

    at = dt.datetime
    with database.unit_of_work("clerk") as session:
        branch = Branch(name="第一党支部")
        session.add(branch)
        session.flush()
        people = {
            name: Member(
                branch_id=branch.id,
                name=name,
                gender=Gender.FEMALE,
                person_type=PersonType.STUDENT,
                stage=Stage.FULL,
            )
            for name in ("李明", "王芳", "赵雷", "孙丽")
        }
        session.add_all(people.values())
        session.flush()
        attended = {
            at(2025, 10, 9, 14): {"李明": "present", "王芳": "present", "赵雷": "present"},
            at(2026, 3, 12, 14): {"王芳": "late", "赵雷": "present"},
            at(2026, 9, 10, 14): {"李明": "present", "赵雷": "absent", "孙丽": "late"},
        }
        for number, (starts_at, statuses) in enumerate(attended.items(), start=1):
            meeting = Meeting(
                branch_id=branch.id,
                kind=MeetingKind.BRANCH_ASSEMBLY,
                year=starts_at.year,
                sequence_no=number,
                title="支部党员大会",
                starts_at=starts_at,
            )
            meeting.attendance = [
                Attendance(member_id=people[name].id, status=AttendanceStatus(status))
                for name, status in statuses.items()
            ]
            session.add(meeting)
    with database.reading() as session:
        facts = {fact.name: fact.last_attended for fact in activity_facts(session, TODAY)}
        inactive = inactive_member_ids(session, TODAY)
    assert facts == {
        "李明": D(2026, 9, 10),  # recent: found by date
        "王芳": D(2026, 3, 12),  # late counts; found per member
        "赵雷": D(2026, 3, 12),  # absent in September does not count
        "孙丽": D(2026, 9, 10),
    }
    assert inactive == {people["王芳"].id, people["赵雷"].id}
