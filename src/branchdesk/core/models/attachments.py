"""Attachments: content-addressed files under ``attachments/`` and what they belong to."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from branchdesk.core.enums import AttachmentRole
from branchdesk.core.models.base import Base, IdMixin, str_enum, utcnow

# The records a file can belong to; each link names exactly one of them.
ATTACHMENT_OWNERS = (
    ("member_id", "members"),
    ("pipeline_step_id", "pipeline_steps"),
    ("meeting_id", "meetings"),
    ("inspection_id", "inspections"),
    ("problem_id", "problems"),
    ("evaluation_id", "evaluations"),
    ("activity_id", "volunteer_activities"),
    ("request_id", "service_requests"),
)


class Attachment(IdMixin, Base):
    """A stored file, named by its SHA-256 so identical files are kept once."""

    __tablename__ = "attachments"

    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size_bytes: Mapped[int]
    original_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


def _exactly_one_owner() -> str:
    return (
        " + ".join(
            f"(CASE WHEN {column} IS NULL THEN 0 ELSE 1 END)" for column, _ in ATTACHMENT_OWNERS
        )
        + " = 1"
    )


class AttachmentLink(IdMixin, Base):
    """Ties an attachment to one record, with its role (photo, scan, sign-in sheet, evidence)."""

    __tablename__ = "attachment_links"
    __table_args__ = (CheckConstraint(_exactly_one_owner(), name="one_owner"),)

    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachments.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[AttachmentRole] = mapped_column(str_enum(AttachmentRole))
    caption: Mapped[str] = mapped_column(String(200), default="")
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), index=True
    )
    pipeline_step_id: Mapped[int | None] = mapped_column(
        ForeignKey("pipeline_steps.id", ondelete="CASCADE")
    )
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    inspection_id: Mapped[int | None] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE")
    )
    problem_id: Mapped[int | None] = mapped_column(ForeignKey("problems.id", ondelete="CASCADE"))
    evaluation_id: Mapped[int | None] = mapped_column(
        ForeignKey("evaluations.id", ondelete="CASCADE")
    )
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer_activities.id", ondelete="CASCADE")
    )
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_requests.id", ondelete="CASCADE")
    )
