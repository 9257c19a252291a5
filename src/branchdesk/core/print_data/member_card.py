"""What the 党员基本信息表 shows: one person read in a few queries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import select
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
from branchdesk.core.print_data.steps import (
    STEP_ACTIVIST,
    STEP_ADMISSION,
    STEP_APPLICATION,
    STEP_CANDIDATE,
    STEP_CANDIDATE_FILED,
    STEP_CONFIRMATION,
    STEP_CONTACTS,
    STEP_INTRODUCERS,
    step_dates,
)
from branchdesk.core.rules.idnumber import IdType


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
    dates = step_dates(session, own_id).get(member_id, {})
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
    back = session.scalar(
        select(MembershipChange.id).where(
            MembershipChange.member_id == member_id,
            MembershipChange.kind == ChangeKind.TRANSFER_IN,
            MembershipChange.changed_on >= change.changed_on,
            MembershipChange.id > change.id,
        )
    )
    if back is not None:
        return None  # transferred back in: on file again
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
