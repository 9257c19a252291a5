"""What the 花名册 shows: a branch's people in three queries, whatever its size."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, not_, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import (
    Gender,
    OrgStatus,
    PersonType,
    Stage,
)
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import (
    Branch,
    Member,
    PartyGroup,
)
from branchdesk.core.print_data.steps import STEP_ADMISSION, STEP_CONFIRMATION, step_dates
from branchdesk.core.queries import has_exited
from branchdesk.core.rules.idnumber import mask_id_number

MEMBER_STAGES = frozenset({Stage.PROBATIONARY, Stage.FULL})
# A roster lists full members first, then down the pipeline.
STAGE_ORDER = (Stage.FULL, Stage.PROBATIONARY, Stage.CANDIDATE, Stage.ACTIVIST, Stage.APPLICANT)


@dataclass(frozen=True)
class BranchRef:
    """A branch as the forms name it."""

    id: int
    name: str
    parent_org: str


@dataclass(frozen=True)
class RosterRow:
    """One person on a 花名册; the 序号 is the row's place, added when printing."""

    member_id: int
    name: str
    gender: Gender
    ethnicity: str
    birth_date: dt.date | None
    id_number: str  # masked unless the roster was read with full_id
    education: str
    stage: Stage
    person_type: PersonType
    class_or_department: str  # 年级班级 for students, else 部门
    party_group: str
    admission_date: dt.date | None
    confirmation_date: dt.date | None
    phone: str
    org_status: OrgStatus


@dataclass(frozen=True)
class Roster:
    """A branch's current people at the chosen stages, full members first, by name pinyin."""

    branch_name: str
    parent_org: str
    as_of: dt.date
    full_id: bool
    rows: tuple[RosterRow, ...]
    stages: frozenset[Stage] = MEMBER_STAGES

    def count(self, stage: Stage) -> int:
        return sum(1 for row in self.rows if row.stage is stage)

    @property
    def members_only(self) -> bool:
        """True for a 党员花名册 (probationary and full members only)."""
        return all(stage.is_member for stage in self.stages)


# --- member card ---------------------------------------------------------------------------


def resolve_branch(session: Session, branch_name: str | None) -> BranchRef:
    """The branch called ``branch_name`` (full or short name), or the first branch for None.

    Raises BranchDeskError naming the branches there are.
    """
    branches = session.execute(
        select(Branch.id, Branch.name, Branch.short_name, Branch.parent_org).order_by(
            Branch.position, Branch.id
        )
    ).all()
    if not branches:
        raise BranchDeskError(QT_TRANSLATE_NOOP("Errors", "The archive has no branch yet."))
    if branch_name is None:
        chosen = branches[0]
    else:
        wanted = branch_name.strip()
        matches = [b for b in branches if b.name == wanted] or [
            b for b in branches if b.short_name and b.short_name == wanted
        ]
        if len(matches) != 1:
            raise BranchDeskError(
                QT_TRANSLATE_NOOP(
                    "Errors", "There is no branch named {name}; the branches are: {names}."
                ),
                name=branch_name,
                names="、".join(b.name for b in branches),
            )
        chosen = matches[0]
    return BranchRef(chosen.id, chosen.name, chosen.parent_org or "")


def roster(
    session: Session,
    *,
    branch_name: str | None,
    full_id: bool,
    today: dt.date,
    stages: frozenset[Stage] = MEMBER_STAGES,
) -> Roster:
    """A branch's 花名册: its current (not exited) people at ``stages``, in two queries."""
    branch = resolve_branch(session, branch_name)
    stage_rank = case(
        {stage.value: rank for rank, stage in enumerate(STAGE_ORDER)}, value=Member.stage
    )
    current = (
        Member.branch_id == branch.id,
        Member.stage.in_(sorted(stages)),
        not_(has_exited()),
    )
    people = session.execute(
        select(
            Member.id,
            Member.name,
            Member.gender,
            Member.ethnicity,
            Member.birth_date,
            Member.id_number,
            Member.education,
            Member.stage,
            Member.person_type,
            Member.grade,
            Member.class_name,
            Member.department,
            PartyGroup.name.label("group_name"),
            Member.phone,
            Member.org_status,
        )
        .outerjoin(PartyGroup, Member.party_group_id == PartyGroup.id)
        .where(*current)
        .order_by(stage_rank, Member.name_pinyin, Member.name, Member.id)
    ).all()
    dates = step_dates(
        session, select(Member.id).where(*current), (STEP_ADMISSION, STEP_CONFIRMATION)
    )
    rows = []
    for person in people:
        member_dates = dates.get(person.id, {})
        number = person.id_number or ""
        rows.append(
            RosterRow(
                member_id=person.id,
                name=person.name,
                gender=person.gender,
                ethnicity=person.ethnicity or "",
                birth_date=person.birth_date,
                id_number=number if full_id else mask_id_number(number),
                education=person.education or "",
                stage=person.stage,
                person_type=person.person_type,
                class_or_department=_class_or_department(
                    person.person_type, person.grade, person.class_name, person.department
                ),
                party_group=person.group_name or "",
                admission_date=member_dates.get(STEP_ADMISSION),
                confirmation_date=member_dates.get(STEP_CONFIRMATION),
                phone=person.phone or "",
                org_status=person.org_status,
            )
        )
    return Roster(
        branch_name=branch.name,
        parent_org=branch.parent_org,
        as_of=today,
        full_id=full_id,
        rows=tuple(rows),
        stages=frozenset(stages),
    )


def _class_or_department(
    person_type: PersonType, grade: str | None, class_name: str | None, department: str | None
) -> str:
    """年级班级 (e.g. 2021级学前教育4班) for a student, else the 部门."""
    if person_type is PersonType.STUDENT:
        grade_class = f"{grade or ''}{class_name or ''}"
        if grade_class:
            return grade_class
    return department or ""
