"""Audit trail: every ORM insert, update and delete writes an entry in the same transaction.

Entries are written from mapper events on the flush's own connection, so a rolled-back change
leaves no entry behind and no change can be committed without its entry.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
from typing import Any

from sqlalchemy import Connection, event, insert, inspect
from sqlalchemy.orm import Mapper, object_session

from branchdesk.core.models.base import Base, utcnow
from branchdesk.core.models.system import AuditEntry

DEFAULT_ACTOR = "system"

# Derived or bookkeeping columns that would only add noise to the trail.
_IGNORED_COLUMNS = frozenset({"created_at", "updated_at", "name_pinyin", "name_initials"})


def _plain(value: Any) -> Any:
    """A JSON-friendly form of a column value."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def _columns(mapper: Mapper[Any]) -> list[tuple[str, str]]:
    """(attribute key, column name) of the mapped columns worth auditing."""
    return [
        (prop.key, prop.columns[0].name)
        for prop in mapper.column_attrs
        if prop.columns[0].name not in _IGNORED_COLUMNS
    ]


def _actor(target: Any) -> str:
    session = object_session(target)
    return session.info.get("actor", DEFAULT_ACTOR) if session is not None else DEFAULT_ACTOR


def _entity_id(mapper: Mapper[Any], target: Any) -> str:
    identity = mapper.primary_key_from_instance(target)
    return "/".join(str(part) for part in identity)


def _write(
    connection: Connection, target: Any, mapper: Mapper[Any], action: str, changes: dict[str, Any]
) -> None:
    connection.execute(
        insert(AuditEntry),
        {
            "at": utcnow(),
            "actor": _actor(target),
            "action": action,
            "entity": mapper.local_table.name,  # type: ignore[attr-defined]
            "entity_id": _entity_id(mapper, target),
            "changes": changes,
            "summary": "",
        },
    )


def _after_insert(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    if mapper.class_ is AuditEntry:  # the trail never audits itself
        return
    state = inspect(target)
    changes = {column: _plain(state.dict.get(key)) for key, column in _columns(mapper)}
    _write(connection, target, mapper, "insert", changes)


def _after_update(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    if mapper.class_ is AuditEntry:
        return
    state = inspect(target)
    changes: dict[str, Any] = {}
    for key, column in _columns(mapper):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            changes[column] = [_plain(old), _plain(new)]
    if changes:
        _write(connection, target, mapper, "update", changes)


def _after_delete(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    if mapper.class_ is AuditEntry:
        return
    # The last content of the row, so a deleted record can be restored from the trail.
    state = inspect(target)
    changes = {column: _plain(state.dict.get(key)) for key, column in _columns(mapper)}
    _write(connection, target, mapper, "delete", changes)


def log_action(
    session: Any,
    action: str,
    entity: str,
    *,
    entity_id: str = "",
    summary: str = "",
    changes: dict[str, Any] | None = None,
) -> None:
    """Record an action that is not a row change (an export, a bulk load, a restore)."""
    session.execute(
        insert(AuditEntry),
        {
            "at": utcnow(),
            "actor": session.info.get("actor", DEFAULT_ACTOR),
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "changes": changes or {},
            "summary": summary,
        },
    )


def _install() -> None:
    for name, handler in (
        ("after_insert", _after_insert),
        ("after_update", _after_update),
        ("after_delete", _after_delete),
    ):
        event.listen(Base, name, handler, propagate=True)


_install()
