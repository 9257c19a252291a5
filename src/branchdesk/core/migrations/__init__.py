"""Alembic environment and revisions; Alembic owns the schema (batch mode for SQLite)."""
