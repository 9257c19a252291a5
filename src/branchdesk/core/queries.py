"""Reads for screens: filtered and aggregated in SQL, returned as frozen dataclasses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, exists, func, not_, or_, select
from sqlalchemy.orm import Session, aliased

from branchdesk.core.enums import EXIT_KINDS, ChangeKind, ProblemStatus, RequestStatus, Stage
from branchdesk.core.models import (
    Meeting,
    Member,
    MembershipChange,
    Problem,
    ServiceRequest,
    StudyEntry,
    VolunteerActivity,
    VolunteerHours,
)
from branchdesk.core.pinyin import SYLLABLE_SEPARATOR
from branchdesk.core.services.problem_list import overdue_condition

OPEN_PROBLEM = (ProblemStatus.PENDING, ProblemStatus.IN_PROGRESS)
OPEN_REQUEST = (RequestStatus.OPEN, RequestStatus.DISPATCHED)


def compact_pinyin() -> ColumnElement[str]:
    """Member.name_pinyin without its syllable spaces, as a search types it (core/pinyin.py)."""
    return func.replace(Member.name_pinyin, SYLLABLE_SEPARATOR, "")


def pinyin_matches(text: str) -> ColumnElement[bool]:
    """The member's pinyin or its initials hold ``text`` as typed: any letter case, spaces
    ignored ("Zhang San", "zhangsan" and "zs" all find 张三)."""
    typed = _like("".join(text.lower().split()))
    return or_(
        Member.name_initials.like(typed, escape="\\"),
        compact_pinyin().like(typed, escape="\\"),
    )


def has_exited() -> ColumnElement[bool]:
    """SQL condition: the member has left (转出, 退党, 去世 …) and not transferred back in.

    People who left stay in the archive. Uncorrelated on Member, so the IN list is read once
    per query; the inner EXISTS runs only for exit rows (few) and uses the member_id index.
    """
    back = aliased(MembershipChange)
    returned = exists().where(
        back.member_id == MembershipChange.member_id,
        back.kind == ChangeKind.TRANSFER_IN,
        or_(
            back.changed_on > MembershipChange.changed_on,
            and_(back.changed_on == MembershipChange.changed_on, back.id > MembershipChange.id),
        ),
    )
    left = select(MembershipChange.member_id).where(
        MembershipChange.kind.in_(EXIT_KINDS), not_(returned)
    )
    return Member.id.in_(left)


@dataclass(frozen=True)
class DashboardSummary:
    """The figures at the top of 工作台."""

    people_by_stage: dict[Stage, int] = field(default_factory=dict)
    meetings_this_year: int = 0
    study_hours_this_year: Decimal = Decimal(0)
    open_problems: int = 0
    overdue_problems: int = 0
    volunteer_hours_this_year: float = 0.0
    open_requests: int = 0

    @property
    def people(self) -> int:
        return sum(self.people_by_stage.values())

    @property
    def members(self) -> int:
        """Party members: probationary and full."""
        return sum(n for stage, n in self.people_by_stage.items() if stage.is_member)


def dashboard_summary(session: Session, today: dt.date) -> DashboardSummary:
    year_start, year_end = dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    by_stage = dict(
        session.execute(
            select(Member.stage, func.count()).where(not_(has_exited())).group_by(Member.stage)
        ).all()
    )
    meetings = session.scalar(
        select(func.count()).select_from(Meeting).where(Meeting.year == today.year)
    )
    study = session.scalar(
        select(func.sum(StudyEntry.class_hours)).where(
            StudyEntry.studied_on.between(year_start, year_end)
        )
    )
    open_problems = session.scalar(
        select(func.count()).select_from(Problem).where(Problem.status.in_(OPEN_PROBLEM))
    )
    overdue = session.scalar(
        select(func.count()).select_from(Problem).where(overdue_condition(today))
    )
    minutes = session.scalar(
        select(func.sum(VolunteerHours.minutes))
        .join(VolunteerActivity, VolunteerHours.activity_id == VolunteerActivity.id)
        .where(VolunteerActivity.held_on.between(year_start, year_end))
    )
    requests = session.scalar(
        select(func.count())
        .select_from(ServiceRequest)
        .where(ServiceRequest.status.in_(OPEN_REQUEST))
    )
    return DashboardSummary(
        people_by_stage={Stage(stage): count for stage, count in by_stage.items()},
        meetings_this_year=meetings or 0,
        study_hours_this_year=study or Decimal(0),  # SUM keeps the column's Hours type
        open_problems=open_problems or 0,
        overdue_problems=overdue or 0,
        volunteer_hours_this_year=(minutes or 0) / 60,
        open_requests=requests or 0,
    )


@dataclass(frozen=True)
class MemberHit:
    """One person found by a search, enough to pick them from a list."""

    id: int
    name: str
    stage: Stage
    branch_name: str
    student_number: str
    grade: str
    class_name: str
    department: str
    exited: bool


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_members(
    session: Session, text: str, *, limit: int = 50, include_exited: bool = True
) -> list[MemberHit]:
    """People whose name, pinyin ("zs", "zhangsan"), student/staff number or phone matches."""
    from branchdesk.core.models import Branch

    needle = text.strip()
    query = (
        select(Member, Branch.name, has_exited().label("exited"))
        .join(Branch, Member.branch_id == Branch.id)
        .order_by(Member.name_pinyin, Member.id)
        .limit(limit)
    )
    if needle:
        query = query.where(
            Member.name.like(_like(needle), escape="\\")
            | pinyin_matches(needle)
            | Member.student_number.like(_like(needle), escape="\\")
            | Member.phone.like(_like(needle), escape="\\")
        )
    if not include_exited:
        query = query.where(not_(has_exited()))
    return [
        MemberHit(
            id=member.id,
            name=member.name,
            stage=member.stage,
            branch_name=branch_name,
            student_number=member.student_number,
            grade=member.grade,
            class_name=member.class_name,
            department=member.department,
            exited=bool(exited),
        )
        for member, branch_name, exited in session.execute(query)
    ]
