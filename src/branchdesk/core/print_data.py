"""What the printed forms show, read in a few SQL queries into frozen dataclasses (no reportlab).

The forms are filled from these values only, so a renderer never touches the database and
can run on another thread; the GUI preview and ``branchdesk print`` read the same values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import Select, case, func, not_, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import (
    EXIT_KINDS,
    AttachmentRole,
    ChangeKind,
    Gender,
    HonourKind,
    OrgStatus,
    PersonType,
    PostKind,
    Stage,
    StepOutcome,
    StepRole,
)
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import (
    Attachment,
    AttachmentLink,
    Branch,
    Honour,
    Member,
    MemberPost,
    MembershipChange,
    PartyGroup,
    PipelineStep,
    StepPerson,
)
from branchdesk.core.queries import has_exited
from branchdesk.core.rules.idnumber import IdType, mask_id_number

__all__ = [
    "MEMBER_STAGES",
    "BranchRef",
    "ExitRecord",
    "HonourRecord",
    "MemberCard",
    "PostRecord",
    "Roster",
    "RosterRow",
    "member_card",
    "resolve_branch",
    "roster",
]

# RULES.md §1: the steps whose dates the forms print.
STEP_APPLICATION = 1  # 递交入党申请书
STEP_ACTIVIST = 3  # 确定入党积极分子
STEP_CONTACTS = 5  # 指定培养联系人
STEP_CANDIDATE = 7  # 确定发展对象
STEP_CANDIDATE_FILED = 8  # [local] the 备案 date counts as the candidate date
STEP_INTRODUCERS = 9  # 确定入党介绍人
STEP_ADMISSION = 15  # 支部大会讨论: 入党时间
STEP_CONFIRMATION = 23  # 支部大会讨论转正: 转正时间
_DATED_STEPS = (
    STEP_APPLICATION,
    STEP_ACTIVIST,
    STEP_CANDIDATE,
    STEP_CANDIDATE_FILED,
    STEP_ADMISSION,
    STEP_CONFIRMATION,
)

MEMBER_STAGES = frozenset({Stage.PROBATIONARY, Stage.FULL})
# A roster lists full members first, then down the pipeline.
STAGE_ORDER = (Stage.FULL, Stage.PROBATIONARY, Stage.CANDIDATE, Stage.ACTIVIST, Stage.APPLICANT)


class PostRecord(NamedTuple):
    """A post held: its title as recorded (the kind's label when empty) and its dates."""

    title: str
    started_on: dt.date
    ended_on: dt.date | None
    kind: PostKind


class HonourRecord(NamedTuple):
    """An award or a sanction (奖惩)."""

    kind: HonourKind
    awarded_on: dt.date
    title: str
    issuer: str


class ExitRecord(NamedTuple):
    """How the member left (转出, 退党, 去世 …), with the receiving organisation if any."""

    kind: ChangeKind
    changed_on: dt.date
    counterpart: str


@dataclass(frozen=True)
class MemberCard:
    """Everything the 党员基本信息表 prints (RULES.md §8); text fields are "" when unknown."""

    member_id: int
    name: str
    gender: Gender
    ethnicity: str
    birth_date: dt.date | None
    id_type: IdType
    id_number: str  # full: the archive form requires it
    native_place: str
    education: str
    person_type: PersonType
    stage: Stage
    org_status: OrgStatus
    lost_contact_on: dt.date | None
    branch_name: str
    parent_org: str
    party_group: str
    student_number: str
    grade: str
    class_name: str
    department: str
    job_post: str
    phone: str
    address: str
    dormitory: str
    expected_leave_on: dt.date | None
    league_member: bool
    application_date: dt.date | None  # step 1
    activist_date: dt.date | None  # step 3
    candidate_date: dt.date | None  # step 8, else step 7
    admission_date: dt.date | None  # step 15: 入党时间
    confirmation_date: dt.date | None  # step 23: 转正时间
    introducers: tuple[str, ...]  # step 9
    contacts: tuple[str, ...]  # step 5
    posts: tuple[PostRecord, ...]
    honours: tuple[HonourRecord, ...]
    exit: ExitRecord | None
    photo_path: Path | None
    notes: str


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


def member_card(
    session: Session, member_id: int, *, attachments_dir: Path | None = None
) -> MemberCard:
    """Read one person's 党员基本信息表; raises BranchDeskError when there is no such member."""
    found = session.execute(
        select(Member, Branch.name, Branch.parent_org, PartyGroup.name)
        .join(Branch, Member.branch_id == Branch.id)
        .outerjoin(PartyGroup, Member.party_group_id == PartyGroup.id)
        .where(Member.id == member_id)
    ).one_or_none()
    if found is None:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "There is no member with number {id}."), id=member_id
        )
    member, branch_name, parent_org, group_name = found
    own_id = select(Member.id).where(Member.id == member_id)
    dates = _step_dates(session, own_id).get(member_id, {})
    introducers, contacts = _step_people(session, member_id)
    return MemberCard(
        member_id=member.id,
        name=member.name,
        gender=member.gender,
        ethnicity=member.ethnicity or "",
        birth_date=member.birth_date,
        id_type=member.id_type,
        id_number=member.id_number or "",
        native_place=member.native_place or "",
        education=member.education or "",
        person_type=member.person_type,
        stage=member.stage,
        org_status=member.org_status,
        lost_contact_on=member.lost_contact_on,
        branch_name=branch_name,
        parent_org=parent_org or "",
        party_group=group_name or "",
        student_number=member.student_number or "",
        grade=member.grade or "",
        class_name=member.class_name or "",
        department=member.department or "",
        job_post=member.job_post or "",
        phone=member.phone or "",
        address=member.address or "",
        dormitory=member.dormitory or "",
        expected_leave_on=member.expected_leave_on,
        league_member=bool(member.league_member),
        application_date=dates.get(STEP_APPLICATION),
        activist_date=dates.get(STEP_ACTIVIST),
        candidate_date=dates.get(STEP_CANDIDATE_FILED) or dates.get(STEP_CANDIDATE),
        admission_date=dates.get(STEP_ADMISSION),
        confirmation_date=dates.get(STEP_CONFIRMATION),
        introducers=introducers,
        contacts=contacts,
        posts=_posts(session, member_id),
        honours=_honours(session, member_id),
        exit=_exit(session, member_id),
        photo_path=_photo_path(session, member_id, attachments_dir),
        notes=member.notes or "",
    )


def _step_dates(
    session: Session, member_ids: Select[tuple[int]], steps: tuple[int, ...] = _DATED_STEPS
) -> dict[int, dict[int, dt.date]]:
    """member id → step number → date of its latest completed occurrence, in one query.

    Only ``done`` occurrences count: a failed vote (未通过) or an extended probation
    (延长预备期) is not an admission or a 转正; a step done again later supersedes it.
    """
    rows = session.execute(
        select(PipelineStep.member_id, PipelineStep.step_no, func.max(PipelineStep.done_on))
        .where(
            PipelineStep.member_id.in_(member_ids),
            PipelineStep.step_no.in_(steps),
            PipelineStep.outcome == StepOutcome.DONE,
        )
        .group_by(PipelineStep.member_id, PipelineStep.step_no)
    )
    dates: dict[int, dict[int, dt.date]] = {}
    for member_id, step_no, done_on in rows:
        dates.setdefault(member_id, {})[step_no] = done_on
    return dates


def _step_people(session: Session, member_id: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(入党介绍人, 培养联系人) as named at the latest step 9 and step 5 that name any.

    Contacts may be replaced by a later step 5; the latest list is the one in force.
    """
    rows = session.execute(
        select(PipelineStep.id, PipelineStep.step_no, StepPerson.role, StepPerson.name)
        .join(StepPerson, StepPerson.step_id == PipelineStep.id)
        .where(
            PipelineStep.member_id == member_id,
            PipelineStep.step_no.in_((STEP_INTRODUCERS, STEP_CONTACTS)),
            StepPerson.role.in_((StepRole.INTRODUCER, StepRole.CONTACT)),
        )
        .order_by(PipelineStep.done_on, PipelineStep.id, StepPerson.id)
    )
    latest: dict[tuple[int, StepRole], tuple[int, list[str]]] = {}
    for step_id, step_no, role, name in rows:
        key = (step_no, role)
        if key not in latest or latest[key][0] != step_id:
            latest[key] = (step_id, [])
        latest[key][1].append(name)
    introducers = latest.get((STEP_INTRODUCERS, StepRole.INTRODUCER), (0, []))[1]
    contacts = latest.get((STEP_CONTACTS, StepRole.CONTACT), (0, []))[1]
    return tuple(introducers), tuple(contacts)


def _posts(session: Session, member_id: int) -> tuple[PostRecord, ...]:
    posts = session.scalars(
        select(MemberPost)
        .where(MemberPost.member_id == member_id)
        .order_by(MemberPost.started_on, MemberPost.id)
    )
    return tuple(
        PostRecord(post.title or "", post.started_on, post.ended_on, post.kind) for post in posts
    )


def _honours(session: Session, member_id: int) -> tuple[HonourRecord, ...]:
    honours = session.scalars(
        select(Honour).where(Honour.member_id == member_id).order_by(Honour.awarded_on, Honour.id)
    )
    return tuple(
        HonourRecord(honour.kind, honour.awarded_on, honour.title or "", honour.issuer or "")
        for honour in honours
    )


def _exit(session: Session, member_id: int) -> ExitRecord | None:
    change = session.scalars(
        select(MembershipChange)
        .where(MembershipChange.member_id == member_id, MembershipChange.kind.in_(EXIT_KINDS))
        .order_by(MembershipChange.changed_on.desc(), MembershipChange.id.desc())
        .limit(1)
    ).first()
    if change is None:
        return None
    return ExitRecord(change.kind, change.changed_on, change.counterpart or "")


def _photo_path(session: Session, member_id: int, attachments_dir: Path | None) -> Path | None:
    """The member's first photo, stored content-addressed as ``<sha[:2]>/<sha>``, if present."""
    if attachments_dir is None:
        return None
    sha = session.scalar(
        select(Attachment.sha256)
        .join(AttachmentLink, AttachmentLink.attachment_id == Attachment.id)
        .where(AttachmentLink.member_id == member_id, AttachmentLink.role == AttachmentRole.PHOTO)
        .order_by(AttachmentLink.id)
        .limit(1)
    )
    if not sha:
        return None
    path = attachments_dir / sha[:2] / sha
    return path if path.is_file() else None


# --- roster --------------------------------------------------------------------------------


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
    dates = _step_dates(
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
