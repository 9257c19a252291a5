"""Branches (several may share one database, e.g. a 党总支 with two branches) and party groups."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from branchdesk.core.models.base import Base, IdMixin, TimestampMixin


class Branch(IdMixin, TimestampMixin, Base):
    """A Party branch (党支部) kept in this archive."""

    __tablename__ = "branches"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    short_name: Mapped[str] = mapped_column(String(40), default="")
    parent_org: Mapped[str] = mapped_column(String(100), default="")  # 上级党组织
    founded_on: Mapped[dt.date | None]
    # RULES.md §2: committee term of 3 years, remind before it ends.
    committee_elected_on: Mapped[dt.date | None]
    committee_term_years: Mapped[int] = mapped_column(default=3)
    position: Mapped[int] = mapped_column(default=0)


class PartyGroup(IdMixin, TimestampMixin, Base):
    """A 党小组 inside a branch; its leader is a post (PostKind.GROUP_LEADER)."""

    __tablename__ = "party_groups"
    __table_args__ = (UniqueConstraint("branch_id", "name"),)

    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(60))
