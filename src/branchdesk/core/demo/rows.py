"""Rows waiting for a bulk Core insert, with primary keys assigned here (no round trips)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from branchdesk.core.models import Base

# Pending rows are written once this many have piled up, to keep memory flat on big runs.
FLUSH_THRESHOLD = 60_000


def _template(table: Table, stamp: dt.datetime) -> dict[str, Any]:
    """Every column with its default: Core executemany needs the same keys in every row."""
    values: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if default is None:
            values[column.name] = None
        elif getattr(default, "is_scalar", False):
            values[column.name] = default.arg  # type: ignore[attr-defined]
        elif column.name in ("created_at", "updated_at", "added_at", "at"):
            values[column.name] = stamp  # fixed, so a seed always gives the same archive
        else:
            values[column.name] = None
    return values


class RowSink:
    """Collects rows per table and inserts them, parents first, with executemany."""

    def __init__(self, session: Session, stamp: dt.datetime) -> None:
        self._session = session
        self._stamp = stamp
        self._tables = {table.name: table for table in Base.metadata.sorted_tables}
        self._order = [table.name for table in Base.metadata.sorted_tables]
        self._templates: dict[str, dict[str, Any]] = {}
        self._pending: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._pending_total = 0
        self._last_id: dict[str, int] = defaultdict(int)
        self.counts: dict[str, int] = defaultdict(int)

    def next_id(self, table: str) -> int:
        self._last_id[table] += 1
        return self._last_id[table]

    def add(self, model: type[Base], **values: Any) -> int:
        """Queue one row of ``model``; returns its id (assigned here when the table has one)."""
        name = model.__tablename__
        template = self._templates.get(name)
        if template is None:
            template = self._templates[name] = _template(self._tables[name], self._stamp)
        if "id" in template and values.get("id") is None:
            values["id"] = self.next_id(name)
        row = template.copy()
        row.update(values)
        self._pending[name].append(row)
        self.counts[name] += 1
        self._pending_total += 1
        if self._pending_total >= FLUSH_THRESHOLD:
            self.flush()
        return int(row.get("id") or 0)

    def flush(self) -> None:
        """Insert everything queued so far, parent tables before their children."""
        connection = self._session.connection()
        for name in self._order:
            rows = self._pending.pop(name, None)
            if rows:
                connection.execute(insert(self._tables[name]), rows)
        self._pending_total = 0
