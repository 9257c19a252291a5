"""Screen reads aggregate in SQL and return plain values."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from branchdesk.core.db import Database
from branchdesk.core.enums import (
    ChangeKind,
    Gender,
    PersonType,
    ProblemSource,
    ProblemStatus,
    RectifyKind,
    Stage,
    StudyForm,
)
from branchdesk.core.models import (
    Branch,
    Member,
    MembershipChange,
    Problem,
    StudyEntry,
    VolunteerActivity,
    VolunteerHours,
)
from branchdesk.core.queries import dashboard_summary

TODAY = dt.date(2026, 11, 26)


def test_dashboard_summary_counts_current_people_hours_and_open_problems(
    database: Database,
) -> None:
    with database.unit_of_work("clerk") as session:
        branch = Branch(name="第一党支部")
        session.add(branch)
        session.flush()
        people = [
            Member(
                branch_id=branch.id,
                name=name,
                gender=Gender.FEMALE,
                person_type=PersonType.STUDENT,
                stage=stage,
            )
            for name, stage in [
                ("王芳", Stage.FULL),
                ("李娜", Stage.FULL),
                ("刘洋", Stage.PROBATIONARY),
                ("陈静", Stage.ACTIVIST),
                ("赵雪", Stage.FULL),  # transferred out below
            ]
        ]
        session.add_all(people)
        session.flush()
        session.add(
            MembershipChange(member_id=people[4].id, kind=ChangeKind.TRANSFER_OUT, changed_on=TODAY)
        )
        for day, hours in [(dt.date(2026, 3, 1), "1.5"), (dt.date(2025, 3, 1), "9")]:
            session.add(
                StudyEntry(
                    member_id=people[0].id,
                    studied_on=day,
                    topic="党章",
                    form=StudyForm.SELF_STUDY,
                    class_hours=Decimal(hours),
                )
            )
        activity = VolunteerActivity(
            branch_id=branch.id, held_on=dt.date(2026, 5, 4), title="等级考试辅导", category="辅导"
        )
        session.add(activity)
        session.flush()
        session.add(VolunteerHours(activity_id=activity.id, member_id=people[1].id, minutes=90))
        for status, deadline in [
            (ProblemStatus.PENDING, TODAY - dt.timedelta(days=1)),
            (ProblemStatus.IN_PROGRESS, TODAY + dt.timedelta(days=5)),
            (ProblemStatus.CLOSED, TODAY - dt.timedelta(days=100)),
        ]:
            session.add(
                Problem(
                    branch_id=branch.id,
                    year=2026,
                    sequence_no=1,
                    source=ProblemSource.SELF,
                    found_on=dt.date(2026, 1, 5),
                    description="会议记录不规范",
                    rectify_kind=RectifyKind.DEADLINE,
                    deadline=deadline,
                    status=status,
                )
            )
    with database.reading() as session:
        summary = dashboard_summary(session, TODAY)
    assert summary.people_by_stage == {Stage.FULL: 2, Stage.PROBATIONARY: 1, Stage.ACTIVIST: 1}
    assert summary.members == 3
    assert summary.people == 4
    assert summary.study_hours_this_year == Decimal("1.5")
    assert summary.volunteer_hours_this_year == 1.5
    assert (summary.open_problems, summary.overdue_problems) == (2, 1)


def test_member_search_matches_name_pinyin_initials_number_and_phone(database: Database) -> None:
    from branchdesk.core.queries import search_members

    with database.unit_of_work("clerk") as session:
        branch = Branch(name="第一党支部")
        session.add(branch)
        session.flush()
        session.add_all(
            [
                Member(
                    branch_id=branch.id,
                    name="张三",
                    gender=Gender.MALE,
                    person_type=PersonType.STUDENT,
                    stage=Stage.FULL,
                    student_number="2023010101",
                    phone="13800138000",
                ),
                Member(
                    branch_id=branch.id,
                    name="龚䶮",
                    gender=Gender.MALE,
                    person_type=PersonType.STAFF,
                    stage=Stage.ACTIVIST,
                    department="学前教育学院",
                ),
                Member(
                    branch_id=branch.id,
                    name="百分_号",
                    gender=Gender.FEMALE,
                    person_type=PersonType.STUDENT,
                    stage=Stage.APPLICANT,
                ),
            ]
        )
    with database.reading() as session:

        def names(text: str) -> list[str]:
            return [hit.name for hit in search_members(session, text)]

        assert names("zs") == ["张三"]
        assert names("ZhangSan") == ["张三"]
        assert names("张") == ["张三"]
        assert names("gy") == ["龚䶮"]
        assert names("20230101") == ["张三"]
        assert names("138001") == ["张三"]
        assert names("_") == ["百分_号"]  # LIKE wildcards are taken literally
        assert names("%") == []
        assert len(names("")) == 3
        hit = search_members(session, "zs")[0]
        assert (hit.branch_name, hit.stage, hit.exited) == ("第一党支部", Stage.FULL, False)
