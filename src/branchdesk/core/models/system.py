"""Settings, the audit trail and the backup log."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from branchdesk.core.enums import BackupKind
from branchdesk.core.models.base import Base, IdMixin, str_enum, utcnow


class Setting(Base):
    """One setting (clerk name, language, a local rule …) as a JSON value."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class AuditEntry(IdMixin, Base):
    """Who changed what and when; a deleted row keeps its last content in ``changes``."""

    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entries_entity", "entity", "entity_id"),)

    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)  # UTC
    actor: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(10))  # insert / update / delete / export …
    entity: Mapped[str] = mapped_column(String(60))  # table name
    entity_id: Mapped[str] = mapped_column(String(40), default="")
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    summary: Mapped[str] = mapped_column(Text, default="")


class BackupRecord(IdMixin, Base):
    """A backup written from this database (the source of the backup-age reminder)."""

    __tablename__ = "backup_records"

    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)  # UTC
    kind: Mapped[BackupKind] = mapped_column(str_enum(BackupKind))
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    size_bytes: Mapped[int] = mapped_column(default=0)
    encrypted: Mapped[bool] = mapped_column(default=False)
