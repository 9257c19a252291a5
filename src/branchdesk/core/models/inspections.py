"""The inspection and rectification ledger (检查整改台账), RULES.md §4."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from branchdesk.core.enums import InspectionKind, ProblemSource, ProblemStatus, RectifyKind
from branchdesk.core.models.base import Base, IdMixin, TimestampMixin, str_enum


class Inspection(IdMixin, TimestampMixin, Base):
    """A routine, annual, special inspection or a 巡察."""

    __tablename__ = "inspections"

    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id", ondelete="RESTRICT"))
    kind: Mapped[InspectionKind] = mapped_column(str_enum(InspectionKind))
    inspected_on: Mapped[dt.date] = mapped_column(index=True)
    inspector: Mapped[str] = mapped_column(String(100), default="")
    scope: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = mapped_column(Text, default="")


class Problem(IdMixin, TimestampMixin, Base):
    """A row of the ledger; 已逾期 is derived from ``deadline``, never stored."""

    __tablename__ = "problems"
    __table_args__ = (Index("ix_problems_status_deadline", "status", "deadline"),)

    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id", ondelete="RESTRICT"))
    year: Mapped[int]
    sequence_no: Mapped[int]  # 序号 within the year
    source: Mapped[ProblemSource] = mapped_column(str_enum(ProblemSource))
    # Where it was raised: an inspection, a 组织生活会, or a 民主评议 (at most one of them).
    inspection_id: Mapped[int | None] = mapped_column(
        ForeignKey("inspections.id", ondelete="SET NULL")
    )
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    evaluation_id: Mapped[int | None] = mapped_column(
        ForeignKey("evaluations.id", ondelete="SET NULL")
    )
    found_on: Mapped[dt.date]
    category: Mapped[str] = mapped_column(String(60), default="")
    description: Mapped[str] = mapped_column(Text)  # 问题表现
    target: Mapped[str] = mapped_column(Text, default="")  # 整改目标
    measures: Mapped[str] = mapped_column(Text, default="")  # 整改措施
    responsible_leader: Mapped[str] = mapped_column(String(60), default="")
    responsible_person: Mapped[str] = mapped_column(String(60), default="")
    responsible_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL")
    )
    rectify_kind: Mapped[RectifyKind] = mapped_column(str_enum(RectifyKind))
    deadline: Mapped[dt.date | None]
    status: Mapped[ProblemStatus] = mapped_column(
        str_enum(ProblemStatus), default=ProblemStatus.PENDING
    )
    completed_on: Mapped[dt.date | None]
    reviewer: Mapped[str] = mapped_column(String(60), default="")  # 复查人
    review_opinion: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[dt.date | None]  # 销号日期

    progress_notes: Mapped[list[ProgressNote]] = relationship(
        cascade="all, delete-orphan", order_by="ProgressNote.noted_on"
    )


class ProgressNote(IdMixin, TimestampMixin, Base):
    """A dated note of rectification progress."""

    __tablename__ = "progress_notes"

    problem_id: Mapped[int] = mapped_column(ForeignKey("problems.id", ondelete="CASCADE"))
    noted_on: Mapped[dt.date]
    note: Mapped[str] = mapped_column(Text)
