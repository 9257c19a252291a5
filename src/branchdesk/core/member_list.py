"""The 党员档案 list: filter and sort in SQL, then read rows a page at a time by id.

A screen asks ``member_ids`` for the whole ordered id list (ints only, cheap) and
``member_rows`` for the rows it is about to show; nothing filters or sorts in Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, literal_column, not_, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import (
    Gender,
    OrgStatus,
    PersonType,
    Stage,
    StepOutcome,
)
from branchdesk.core.models import Branch, Member, PartyGroup, PipelineStep
from branchdesk.core.queries import _like, has_exited, pinyin_matches
from branchdesk.core.rules.idnumber import mask_id_number
from branchdesk.core.services.activity import inactive_member_ids

ADMISSION_STEP = 15  # 支部大会讨论接收预备党员: the date someone joined the Party


@dataclass(frozen=True)
class MemberFilter:
    """What the list shows; empty fields do not filter. ``exited`` None shows both."""

    text: str = ""  # name, pinyin ("zhangsan"), initials ("zs"), student/staff number, phone
    branch_id: int | None = None
    stages: frozenset[Stage] = frozenset()
    person_type: PersonType | None = None
    org_status: OrgStatus | None = None
    party_group_id: int | None = None
    grade: str = ""
    class_name: str = ""
    exited: bool | None = False
    inactive_on: dt.date | None = None  # only members without organisational life for 6 months


@dataclass(frozen=True)
class MemberRow:
    """One line of the list; the ID number is masked here, never carried in full."""

    id: int
    name: str
    gender: Gender
    stage: Stage
    person_type: PersonType
    branch_name: str
    party_group: str
    grade: str
    class_name: str
    department: str
    student_number: str
    phone: str
    id_number_masked: str
    org_status: OrgStatus
    admission_date: dt.date | None
    exited: bool


@dataclass(frozen=True)
class FilterOptions:
    """The choices the filter combos offer: only values present in the archive."""

    branches: tuple[tuple[int, str], ...]
    party_groups: tuple[tuple[int, str], ...]  # "支部 · 小组" when names repeat across branches
    grades: tuple[str, ...]
    classes: tuple[str, ...]


def exited() -> ColumnElement[bool]:
    """SQL: the member has left (the one rule of queries.has_exited)."""
    return has_exited()


def admission_date() -> ColumnElement[dt.date | None]:
    """SQL: the latest completed step 15 of the member (correlated, uses the step index)."""
    return (
        select(func.max(PipelineStep.done_on))
        .where(
            PipelineStep.member_id == Member.id,
            PipelineStep.step_no == ADMISSION_STEP,
            PipelineStep.outcome == StepOutcome.DONE,
        )
        .correlate(Member)
        .scalar_subquery()
    )


def _branch_name() -> ColumnElement[str]:
    return select(Branch.name).where(Branch.id == Member.branch_id).scalar_subquery()


def _group_name() -> ColumnElement[str | None]:
    return select(PartyGroup.name).where(PartyGroup.id == Member.party_group_id).scalar_subquery()


# Column key → SQL expression to order by; the GUI's columns use these keys.
SORT_KEYS: dict[str, ColumnElement] = {
    "name": Member.name_pinyin,  # 张三 sorts as zhangsan, as a Chinese reader expects
    "gender": Member.gender,
    "stage": Member.stage,
    "person_type": Member.person_type,
    "branch": _branch_name(),
    "party_group": _group_name(),
    "grade": Member.grade,
    "class_name": func.coalesce(func.nullif(Member.class_name, ""), Member.department),
    "student_number": Member.student_number,
    "phone": Member.phone,
    "id_number": Member.id_number,
    "admission_date": admission_date(),
    "org_status": Member.org_status,
}


# Keys whose value may be missing; an enum or name column always has one.
BLANK_LAST = frozenset(
    {"party_group", "grade", "class_name", "student_number", "phone", "id_number", "admission_date"}
)
BLANK = literal_column("''")  # a literal, not a parameter: no type would bind "" as a date


def _where(session: Session, query: Select, flt: MemberFilter) -> Select:
    needle = flt.text.strip()
    if needle:
        pattern = _like(needle)
        query = query.where(
            Member.name.like(pattern, escape="\\")
            | pinyin_matches(needle)
            | Member.student_number.like(pattern, escape="\\")
            | Member.phone.like(pattern, escape="\\")
        )
    if flt.branch_id is not None:
        query = query.where(Member.branch_id == flt.branch_id)
    if flt.stages:
        query = query.where(Member.stage.in_(sorted(flt.stages)))
    if flt.person_type is not None:
        query = query.where(Member.person_type == flt.person_type)
    if flt.org_status is not None:
        query = query.where(Member.org_status == flt.org_status)
    if flt.party_group_id is not None:
        query = query.where(Member.party_group_id == flt.party_group_id)
    if flt.grade:
        query = query.where(Member.grade == flt.grade)
    if flt.class_name:
        query = query.where(Member.class_name == flt.class_name)
    if flt.exited is True:
        query = query.where(exited())
    elif flt.exited is False:
        query = query.where(not_(exited()))
    if flt.inactive_on is not None:
        # The same people as 工作台's inactivity reminder (a few dozen ids at most).
        inactive = inactive_member_ids(session, flt.inactive_on)
        query = query.where(Member.id.in_(sorted(inactive)))
    return query


def count_members(session: Session, flt: MemberFilter) -> int:
    return session.scalar(_where(session, select(func.count(Member.id)), flt)) or 0


def member_ids(
    session: Session, flt: MemberFilter, sort_key: str = "name", descending: bool = False
) -> list[int]:
    """Every matching id in display order; ties fall back to pinyin, then id (stable)."""
    key = SORT_KEYS[sort_key]
    # Empty values sort last either way: a blank date or number is not "smallest".
    order = [key.desc() if descending else key.asc()]
    if sort_key in BLANK_LAST:
        order.insert(0, func.coalesce(key, BLANK) == BLANK)
    if sort_key != "name":
        order.append(Member.name_pinyin)
    order.append(Member.id)
    return list(session.scalars(_where(session, select(Member.id), flt).order_by(*order)))


def member_rows(session: Session, ids: Sequence[int]) -> dict[int, MemberRow]:
    """The rows of ``ids`` (any order), in one query plus one for the admission dates."""
    if not ids:
        return {}
    wanted = list(ids)
    query = (
        select(
            Member.id,
            Member.name,
            Member.gender,
            Member.stage,
            Member.person_type,
            Branch.name,
            PartyGroup.name,
            Member.grade,
            Member.class_name,
            Member.department,
            Member.student_number,
            Member.phone,
            Member.id_number,
            Member.org_status,
            exited().label("exited"),
        )
        .join(Branch, Member.branch_id == Branch.id)
        .outerjoin(PartyGroup, Member.party_group_id == PartyGroup.id)
        .where(Member.id.in_(wanted))
    )
    admitted = dict(
        session.execute(
            select(PipelineStep.member_id, func.max(PipelineStep.done_on))
            .where(
                PipelineStep.member_id.in_(wanted),
                PipelineStep.step_no == ADMISSION_STEP,
                PipelineStep.outcome == StepOutcome.DONE,
            )
            .group_by(PipelineStep.member_id)
        ).all()
    )
    rows = {}
    for row in session.execute(query):
        member_id = row[0]
        rows[member_id] = MemberRow(
            id=member_id,
            name=row[1],
            gender=Gender(row[2]),
            stage=Stage(row[3]),
            person_type=PersonType(row[4]),
            branch_name=row[5],
            party_group=row[6] or "",
            grade=row[7],
            class_name=row[8],
            department=row[9],
            student_number=row[10],
            phone=row[11],
            id_number_masked=mask_id_number(row[12]),
            org_status=OrgStatus(row[13]),
            admission_date=admitted.get(member_id),
            exited=bool(row[14]),
        )
    return rows


def filter_options(session: Session) -> FilterOptions:
    branches = tuple(
        (key, name)
        for key, name in session.execute(
            select(Branch.id, Branch.name).order_by(Branch.position, Branch.id)
        )
    )
    groups = session.execute(
        select(PartyGroup.id, PartyGroup.name, Branch.name)
        .join(Branch, PartyGroup.branch_id == Branch.id)
        .order_by(Branch.position, Branch.id, PartyGroup.name)
    ).all()
    multi_branch = len(branches) > 1
    party_groups = tuple(
        (key, f"{branch} · {name}" if multi_branch else name) for key, name, branch in groups
    )

    def distinct(column: ColumnElement[str]) -> tuple[str, ...]:
        return tuple(
            session.scalars(select(column).where(column != "").distinct().order_by(column))
        )

    return FilterOptions(
        branches=branches,
        party_groups=party_groups,
        grades=distinct(Member.grade),
        classes=distinct(Member.class_name),
    )
