"""Exports and prints carry personal data: each one is logged (RULES.md §8, PIPL art. 51)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from branchdesk.core.audit import log_action


def record_export(session: Session, *, kind: str, title: str, destination: str) -> None:
    """Log that ``title`` (a form or list of kind ``kind``) left the archive for ``destination``."""
    log_action(session, "export", kind, summary=f"{title} → {destination}")
