"""Meetings (三会一课, 主题党日, 组织生活会) with attendance, guests, agenda and resolutions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from branchdesk.core.enums import AttendanceStatus, MeetingKind, ResolutionKind
from branchdesk.core.models.base import Base, IdMixin, TimestampMixin, str_enum


class Meeting(IdMixin, TimestampMixin, Base):
    """Minutes of one meeting (RULES.md §2)."""

    __tablename__ = "meetings"
    __table_args__ = (Index("ix_meetings_branch_kind_year", "branch_id", "kind", "year"),)

    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id", ondelete="RESTRICT"))
    party_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("party_groups.id", ondelete="SET NULL")
    )
    kind: Mapped[MeetingKind] = mapped_column(str_enum(MeetingKind))
    year: Mapped[int]
    sequence_no: Mapped[int]  # 第N次 of its kind in the year
    title: Mapped[str]
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime | None]
    place: Mapped[str] = mapped_column(String(100), default="")
    host_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    recorder_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    speaker: Mapped[str] = mapped_column(String(60), default="")  # 主讲人 of a 党课
    minutes: Mapped[str] = mapped_column(Text, default="")

    attendance: Mapped[list[Attendance]] = relationship(cascade="all, delete-orphan")
    guests: Mapped[list[MeetingGuest]] = relationship(cascade="all, delete-orphan")
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    resolutions: Mapped[list[Resolution]] = relationship(
        cascade="all, delete-orphan", order_by="Resolution.position"
    )


class Attendance(IdMixin, Base):
    """One expected attendee: present, late, on leave or absent (with the reason)."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[AttendanceStatus] = mapped_column(str_enum(AttendanceStatus))
    reason: Mapped[str] = mapped_column(String(200), default="")
    has_vote: Mapped[bool] = mapped_column(default=False)  # full members vote (党章 第四条)


class MeetingGuest(IdMixin, Base):
    """Someone attending without being expected (列席)."""

    __tablename__ = "meeting_guests"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    # An activist or applicant of the branch attending as a guest is linked (study hours).
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(60))
    affiliation: Mapped[str] = mapped_column(String(100), default="")


class AgendaItem(IdMixin, Base):
    """A 议题 with the speakers' points, dissent included."""

    __tablename__ = "agenda_items"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    position: Mapped[int]
    title: Mapped[str]
    discussion: Mapped[str] = mapped_column(Text, default="")


class Resolution(IdMixin, Base):
    """A resolution with its votes; admission and 转正 votes name the member concerned."""

    __tablename__ = "resolutions"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    position: Mapped[int]
    kind: Mapped[ResolutionKind] = mapped_column(
        str_enum(ResolutionKind), default=ResolutionKind.OTHER
    )
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    votes_expected: Mapped[int | None]
    votes_present: Mapped[int | None]
    votes_for: Mapped[int | None]
    votes_against: Mapped[int | None]
    votes_abstain: Mapped[int | None]
