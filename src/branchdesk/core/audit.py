"""Audit trail: every ORM insert, update and delete writes an entry in the same transaction.

Mapper events make each entry as its row is written; the flush's entries are then inserted
together at the end of that flush, on its own connection and in its transaction, so a
rolled-back change leaves no entry behind and no change can be committed without its entry.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, event, insert, inspect
from sqlalchemy.orm import Mapper, Session, object_session

from branchdesk.core.models.base import Base, utcnow
from branchdesk.core.models.system import AuditEntry

DEFAULT_ACTOR = "system"

# Derived or bookkeeping columns that would only add noise to the trail.
_IGNORED_COLUMNS = frozenset({"created_at", "updated_at", "name_pinyin", "name_initials"})

_COLUMNS: dict[Mapper[Any], list[tuple[str, str]]] = {}  # filled by _columns

# Entries made by the mapper events of the flush under way, per session; inserted at its end.
_pending: WeakKeyDictionary[Session, list[dict[str, Any]]] = WeakKeyDictionary()


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
    # Asked for every row written; a mapper's columns do not change once it is configured.
    known = _COLUMNS.get(mapper)
    if known is None:
        known = _COLUMNS[mapper] = [
            (prop.key, prop.columns[0].name)
            for prop in mapper.column_attrs
            if prop.columns[0].name not in _IGNORED_COLUMNS
        ]
    return known


def _actor(target: Any) -> str:
    session = object_session(target)
    return session.info.get("actor", DEFAULT_ACTOR) if session is not None else DEFAULT_ACTOR


def _entity_id(mapper: Mapper[Any], target: Any) -> str:
    identity = mapper.primary_key_from_instance(target)
    return "/".join(str(part) for part in identity)


def _entry(
    target: Any, mapper: Mapper[Any], action: str, changes: dict[str, Any]
) -> dict[str, Any]:
    """The audit_entries row for one change of ``target``."""
    return {
        "at": utcnow(),
        "actor": _actor(target),
        "action": action,
        "entity": mapper.local_table.name,  # type: ignore[attr-defined]
        "entity_id": _entity_id(mapper, target),
        "changes": changes,
        "summary": "",
    }


def _write(
    connection: Connection, target: Any, mapper: Mapper[Any], action: str, changes: dict[str, Any]
) -> None:
    """Queue the entry for the end of the flush (one INSERT for all: an import writes
    thousands), or write it now when the row is flushed outside a session."""
    entry = _entry(target, mapper, action, changes)
    session = object_session(target)
    if session is None:
        connection.execute(insert(AuditEntry), entry)
    else:
        _pending.setdefault(session, []).append(entry)


def _before_flush(session: Session, _flush_context: Any, _instances: Any) -> None:
    # Entries left by a flush that failed belong to changes that were rolled back.
    _pending.pop(session, None)


def _after_flush(session: Session, _flush_context: Any) -> None:
    entries = _pending.pop(session, None)
    if entries:  # one executemany, in the order the rows were written
        session.connection().execute(insert(AuditEntry), entries)


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
    event.listen(Session, "before_flush", _before_flush)
    event.listen(Session, "after_flush", _after_flush)


_install()
