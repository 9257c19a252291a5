"""Member files: people at every stage, their pipeline steps, posts, honours, care and changes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from branchdesk.core.enums import (
    CareKind,
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
from branchdesk.core.models.base import Base, IdMixin, TimestampMixin, str_enum
from branchdesk.core.pinyin import pinyin_keys
from branchdesk.core.rules.idnumber import IdType


class Member(IdMixin, TimestampMixin, Base):
    """A person in the branch's files: applicant, activist, candidate or member (RULES.md §8)."""

    __tablename__ = "members"
    __table_args__ = (
        Index("ix_members_branch_stage", "branch_id", "stage"),
        Index("ix_members_name_initials", "name_initials"),
    )

    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id", ondelete="RESTRICT"))
    party_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("party_groups.id", ondelete="SET NULL")
    )
    name: Mapped[str] = mapped_column(String(60))
    # Search keys kept beside the name so search runs in SQL (see core/pinyin.py).
    name_pinyin: Mapped[str] = mapped_column(String(240), default="")
    name_initials: Mapped[str] = mapped_column(String(60), default="")
    gender: Mapped[Gender] = mapped_column(str_enum(Gender))
    id_type: Mapped[IdType] = mapped_column(str_enum(IdType), default=IdType.RESIDENT)
    id_number: Mapped[str] = mapped_column(String(32), default="", index=True)
    birth_date: Mapped[dt.date | None]
    ethnicity: Mapped[str] = mapped_column(String(20), default="汉族")
    native_place: Mapped[str] = mapped_column(String(60), default="")  # 籍贯
    education: Mapped[str] = mapped_column(String(30), default="")  # 学历
    person_type: Mapped[PersonType] = mapped_column(str_enum(PersonType))
    stage: Mapped[Stage] = mapped_column(str_enum(Stage))
    org_status: Mapped[OrgStatus] = mapped_column(str_enum(OrgStatus), default=OrgStatus.NORMAL)
    lost_contact_on: Mapped[dt.date | None]  # 失联日期
    student_number: Mapped[str] = mapped_column(String(32), default="", index=True)  # 学号/工号
    grade: Mapped[str] = mapped_column(String(20), default="")  # 年级
    class_name: Mapped[str] = mapped_column(String(60), default="")  # 班级
    department: Mapped[str] = mapped_column(String(100), default="")  # 部门
    job_post: Mapped[str] = mapped_column(String(100), default="")  # 工作岗位
    expected_leave_on: Mapped[dt.date | None]  # 预计离校日期
    league_member: Mapped[bool] = mapped_column(default=False)  # 团员
    league_recommended_on: Mapped[dt.date | None]  # 推优
    phone: Mapped[str] = mapped_column(String(32), default="", index=True)
    address: Mapped[str] = mapped_column(String(200), default="")  # 家庭住址/现居住地
    dormitory: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    steps: Mapped[list[PipelineStep]] = relationship(
        back_populates="member", cascade="all, delete-orphan", order_by="PipelineStep.step_no"
    )
    posts: Mapped[list[MemberPost]] = relationship(cascade="all, delete-orphan")
    honours: Mapped[list[Honour]] = relationship(cascade="all, delete-orphan")
    care_records: Mapped[list[CareRecord]] = relationship(cascade="all, delete-orphan")
    changes: Mapped[list[MembershipChange]] = relationship(cascade="all, delete-orphan")

    @validates("name")
    def _keep_search_keys(self, _key: str, name: str) -> str:
        self.name_pinyin, self.name_initials = pinyin_keys(name)
        return name


class PipelineStep(IdMixin, TimestampMixin, Base):
    """One of the 25 development steps as it happened (RULES.md §1); a step may recur."""

    __tablename__ = "pipeline_steps"
    __table_args__ = (Index("ix_pipeline_steps_member_step", "member_id", "step_no"),)

    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    step_no: Mapped[int]
    done_on: Mapped[dt.date]
    outcome: Mapped[StepOutcome] = mapped_column(str_enum(StepOutcome), default=StepOutcome.DONE)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    # Votes of a 支部大会 (steps 15, 23): 应到/实到/赞成/反对/弃权 of voting members.
    votes_expected: Mapped[int | None]
    votes_present: Mapped[int | None]
    votes_for: Mapped[int | None]
    votes_against: Mapped[int | None]
    votes_abstain: Mapped[int | None]
    notes: Mapped[str] = mapped_column(Text, default="")

    member: Mapped[Member] = relationship(back_populates="steps")
    people: Mapped[list[StepPerson]] = relationship(cascade="all, delete-orphan")


class StepPerson(IdMixin, Base):
    """Someone named in a step: talker, contact person, introducer (a member or an outsider)."""

    __tablename__ = "step_people"

    step_id: Mapped[int] = mapped_column(ForeignKey("pipeline_steps.id", ondelete="CASCADE"))
    role: Mapped[StepRole] = mapped_column(str_enum(StepRole))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(60))


class MemberPost(IdMixin, TimestampMixin, Base):
    """A post held with its dates (书记, 组织委员, 党小组长 …)."""

    __tablename__ = "member_posts"

    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id", ondelete="CASCADE"))
    party_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("party_groups.id", ondelete="SET NULL")
    )
    kind: Mapped[PostKind] = mapped_column(str_enum(PostKind))
    title: Mapped[str] = mapped_column(String(60), default="")
    started_on: Mapped[dt.date]
    ended_on: Mapped[dt.date | None]


class Honour(IdMixin, TimestampMixin, Base):
    """An award or a sanction (奖惩)."""

    __tablename__ = "honours"

    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    kind: Mapped[HonourKind] = mapped_column(str_enum(HonourKind))
    awarded_on: Mapped[dt.date]
    title: Mapped[str]
    issuer: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class CareRecord(IdMixin, TimestampMixin, Base):
    """A 关怀记录: birthday greeting, 政治生日, festival visit, hardship help."""

    __tablename__ = "care_records"

    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    kind: Mapped[CareKind] = mapped_column(str_enum(CareKind))
    cared_on: Mapped[dt.date]
    content: Mapped[str] = mapped_column(Text, default="")
    given_by: Mapped[str] = mapped_column(String(60), default="")


class MembershipChange(IdMixin, TimestampMixin, Base):
    """A transfer in or out, a flow, or an exit; exited members stay in the archive."""

    __tablename__ = "membership_changes"

    # Indexed: "has this person left?" is asked for every row of every member list.
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ChangeKind] = mapped_column(str_enum(ChangeKind))
    changed_on: Mapped[dt.date]
    counterpart: Mapped[str] = mapped_column(String(200), default="")  # 转往/转自 organisation
    letter_number: Mapped[str] = mapped_column(String(40), default="")  # 组织关系介绍信编号
    notes: Mapped[str] = mapped_column(Text, default="")
