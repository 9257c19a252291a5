"""Democratic evaluation (民主评议党员), a yearly round per branch (RULES.md §5)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from branchdesk.core.enums import Grade
from branchdesk.core.models.base import Base, IdMixin, TimestampMixin, str_enum


class EvaluationRound(IdMixin, TimestampMixin, Base):
    __tablename__ = "evaluation_rounds"
    __table_args__ = (UniqueConstraint("branch_id", "year"),)

    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id", ondelete="RESTRICT"))
    year: Mapped[int]
    held_on: Mapped[dt.date | None]  # the 支委会/党员大会 that settled the grades
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")

    evaluations: Mapped[list[Evaluation]] = relationship(cascade="all, delete-orphan")


class Evaluation(IdMixin, TimestampMixin, Base):
    """One member's evaluation: self-summary, votes per grade, the branch's grade."""

    __tablename__ = "evaluations"
    __table_args__ = (UniqueConstraint("round_id", "member_id"),)

    round_id: Mapped[int] = mapped_column(ForeignKey("evaluation_rounds.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="RESTRICT"))
    self_summary: Mapped[str] = mapped_column(Text, default="")
    peer_excellent: Mapped[int] = mapped_column(default=0)
    peer_qualified: Mapped[int] = mapped_column(default=0)
    peer_basically_qualified: Mapped[int] = mapped_column(default=0)
    peer_unqualified: Mapped[int] = mapped_column(default=0)
    masses_excellent: Mapped[int] = mapped_column(default=0)
    masses_qualified: Mapped[int] = mapped_column(default=0)
    masses_basically_qualified: Mapped[int] = mapped_column(default=0)
    masses_unqualified: Mapped[int] = mapped_column(default=0)
    branch_opinion: Mapped[str] = mapped_column(Text, default="")
    grade: Mapped[Grade | None] = mapped_column(str_enum(Grade))
    graded_by: Mapped[str] = mapped_column(String(60), default="")  # 支委会 or 党员大会
