"""A branch with people at every stage, for the volunteer service tests."""

from __future__ import annotations

import datetime as dt

from branchdesk.core.db import Database
from branchdesk.core.enums import ChangeKind, Gender, PersonType, Stage
from branchdesk.core.models import Branch, Member, MembershipChange, PipelineStep

TODAY = dt.date(2026, 11, 26)
DAY = dt.date(2026, 5, 4)


def make_branch(database: Database) -> dict[str, int]:
    """Ids by name: "branch", "other" (branch), and people:

    王书记, 张玥 (full), 艾青 (probationary), 陈思 (activist since 2025-03-01), 刘洋 (activist
    named only on 2026-06-01), 赵六 (applicant), 周末 (full, transferred out 2026-03-01), 孙新
    (full, transferred in 2026-06-01), 钱多 (full, of the other branch).
    """
    with database.unit_of_work("test") as session:
        branch = Branch(name="学前教育学院学生第一党支部", short_name="一支部")
        other = Branch(name="学前教育学院教工党支部", position=1)
        session.add_all([branch, other])
        session.flush()
        ids = {"branch": branch.id, "other": other.id}
        people = (
            ("王书记", Stage.FULL, branch),
            ("张玥", Stage.FULL, branch),
            ("艾青", Stage.PROBATIONARY, branch),
            ("陈思", Stage.ACTIVIST, branch),
            ("刘洋", Stage.ACTIVIST, branch),
            ("赵六", Stage.APPLICANT, branch),
            ("周末", Stage.FULL, branch),
            ("孙新", Stage.FULL, branch),
            ("钱多", Stage.FULL, other),
        )
        for name, stage, owner in people:
            member = Member(
                branch_id=owner.id,
                name=name,
                gender=Gender.FEMALE,
                person_type=PersonType.STUDENT,
                stage=stage,
                id_number="440106200301011234" if name == "张玥" else "",
            )
            session.add(member)
            session.flush()
            ids[name] = member.id
        session.add_all(
            [
                PipelineStep(member_id=ids["陈思"], step_no=3, done_on=dt.date(2025, 3, 1)),
                PipelineStep(member_id=ids["刘洋"], step_no=3, done_on=dt.date(2026, 6, 1)),
                MembershipChange(
                    member_id=ids["周末"],
                    kind=ChangeKind.TRANSFER_OUT,
                    changed_on=dt.date(2026, 3, 1),
                ),
                MembershipChange(
                    member_id=ids["孙新"],
                    kind=ChangeKind.TRANSFER_IN,
                    changed_on=dt.date(2026, 6, 1),
                ),
            ]
        )
    return ids
