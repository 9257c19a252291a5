"""Study notebooks (学习笔记): entries per member, and collective sessions that create them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from branchdesk.core.enums import StudyForm
from branchdesk.core.models.base import Base, IdMixin, TimestampMixin, str_enum


class StudySession(IdMixin, TimestampMixin, Base):
    """A collective session (stand-alone or from a meeting) that gives each attendee an entry."""

    __tablename__ = "study_sessions"

    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id", ondelete="RESTRICT"))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    held_on: Mapped[dt.date]
    topic: Mapped[str]
    material: Mapped[str] = mapped_column(String(200), default="")
    form: Mapped[StudyForm] = mapped_column(str_enum(StudyForm))
    class_hours: Mapped[Decimal]


class StudyEntry(IdMixin, TimestampMixin, Base):
    """One line of a member's 学习笔记本 (RULES.md §3)."""

    __tablename__ = "study_entries"
    __table_args__ = (Index("ix_study_entries_member_date", "member_id", "studied_on"),)

    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("study_sessions.id", ondelete="SET NULL"), index=True
    )
    studied_on: Mapped[dt.date] = mapped_column(index=True)
    topic: Mapped[str]
    material: Mapped[str] = mapped_column(String(200), default="")
    form: Mapped[StudyForm] = mapped_column(str_enum(StudyForm))
    class_hours: Mapped[Decimal]
    notes: Mapped[str] = mapped_column(Text, default="")
    reflections: Mapped[str] = mapped_column(Text, default="")  # 心得体会
