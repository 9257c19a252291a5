"""Volunteer service (志愿服务): teams, stations, activities, hours and service requests."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from branchdesk.core.enums import RequestStatus, VolunteerRole
from branchdesk.core.models.base import Base, IdMixin, TimestampMixin, str_enum


class VolunteerTeam(IdMixin, TimestampMixin, Base):
    """A 党员服务队 (the source article's branch has six)."""

    __tablename__ = "volunteer_teams"
    __table_args__ = (UniqueConstraint("branch_id", "name"),)

    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)


class ServiceStation(IdMixin, TimestampMixin, Base):
    """A 党员服务站, e.g. a dormitory station."""

    __tablename__ = "service_stations"
    __table_args__ = (UniqueConstraint("branch_id", "name"),)

    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(60))
    place: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)


class VolunteerMembership(IdMixin, Base):
    """A member (or leader) of a team or of a station."""

    __tablename__ = "volunteer_memberships"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN team_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN station_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_unit",
        ),
    )

    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    team_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer_teams.id", ondelete="CASCADE")
    )
    station_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_stations.id", ondelete="CASCADE")
    )
    role: Mapped[VolunteerRole] = mapped_column(
        str_enum(VolunteerRole), default=VolunteerRole.MEMBER
    )
    joined_on: Mapped[dt.date | None]
    left_on: Mapped[dt.date | None]


class ServiceRequest(IdMixin, TimestampMixin, Base):
    """A request handled 群众点单、支部派单、党员接单 (RULES.md §6)."""

    __tablename__ = "service_requests"
    __table_args__ = (UniqueConstraint("branch_id", "number"),)

    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id", ondelete="RESTRICT"))
    number: Mapped[str] = mapped_column(String(30))  # 编号
    requester: Mapped[str] = mapped_column(String(60))
    contact: Mapped[str] = mapped_column(String(60), default="")
    category: Mapped[str] = mapped_column(String(40))
    content: Mapped[str] = mapped_column(Text)
    asked_on: Mapped[dt.date]
    dispatched_on: Mapped[dt.date | None]
    promised_on: Mapped[dt.date | None]
    status: Mapped[RequestStatus] = mapped_column(
        str_enum(RequestStatus), default=RequestStatus.OPEN
    )
    completed_on: Mapped[dt.date | None]
    completion_notes: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[int | None]  # requester's rating, 1–5

    assignees: Mapped[list[RequestAssignee]] = relationship(cascade="all, delete-orphan")


class RequestAssignee(IdMixin, Base):
    __tablename__ = "request_assignees"
    __table_args__ = (UniqueConstraint("request_id", "member_id"),)

    request_id: Mapped[int] = mapped_column(ForeignKey("service_requests.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="RESTRICT"))


class VolunteerActivity(IdMixin, TimestampMixin, Base):
    """An activity with its participants' hours (service time only, not travel)."""

    __tablename__ = "volunteer_activities"
    __table_args__ = (Index("ix_volunteer_activities_branch_date", "branch_id", "held_on"),)

    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id", ondelete="RESTRICT"))
    held_on: Mapped[dt.date]
    title: Mapped[str]
    category: Mapped[str] = mapped_column(String(40))  # 新生成长导航, 等级考试辅导 …
    team_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer_teams.id", ondelete="SET NULL")
    )
    station_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_stations.id", ondelete="SET NULL")
    )
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_requests.id", ondelete="SET NULL")
    )
    place: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text, default="")

    hours: Mapped[list[VolunteerHours]] = relationship(cascade="all, delete-orphan")


class VolunteerHours(IdMixin, Base):
    """One participant's service time, in whole minutes (exact, no float drift)."""

    __tablename__ = "volunteer_hours"
    __table_args__ = (
        UniqueConstraint("activity_id", "member_id"),
        CheckConstraint("minutes > 0", name="positive_minutes"),
    )

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer_activities.id", ondelete="CASCADE")
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="RESTRICT"), index=True
    )
    minutes: Mapped[int]


class VolunteerCertificate(IdMixin, TimestampMixin, Base):
    """An issued 志愿服务记录证明: the register that keeps a reprint on the same number.

    The number counts per year of issue across the archive (core/rules/volunteer.py); the
    issuer and the total are kept as issued, whatever is renamed or corrected later.
    """

    __tablename__ = "volunteer_certificates"
    __table_args__ = (
        UniqueConstraint("year", "sequence_no"),
        UniqueConstraint("number"),
        UniqueConstraint("member_id", "period_start", "period_end"),
        CheckConstraint("period_end >= period_start", name="period_order"),
        CheckConstraint("sequence_no > 0", name="positive_sequence"),
    )

    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="RESTRICT"))
    period_start: Mapped[dt.date]
    period_end: Mapped[dt.date]
    year: Mapped[int]  # of issue
    sequence_no: Mapped[int]
    number: Mapped[str] = mapped_column(String(30))  # ZYFW-2026-0007
    issued_on: Mapped[dt.date]
    issuer: Mapped[str] = mapped_column(String(100))  # the branch's name at issue
    minutes: Mapped[int]  # the service time certified at issue
