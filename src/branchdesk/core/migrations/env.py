"""Alembic environment: runs on the connection BranchDesk hands over, in its transaction."""

from __future__ import annotations

from alembic import context

from branchdesk.core.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("BranchDesk runs migrations on its own connection (core/schema.py).")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
