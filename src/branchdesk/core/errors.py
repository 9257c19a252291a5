"""The error types every layer shares."""

from __future__ import annotations


class BranchDeskError(Exception):
    """A problem the user can understand and act on; shown as one sentence, no traceback."""


class ValidationError(BranchDeskError):
    """Input that breaks a rule: names the field, the rule and says why in plain words."""

    def __init__(self, field: str, rule: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.rule = rule
        self.message = message

    def __repr__(self) -> str:
        return (
            f"ValidationError(field={self.field!r}, rule={self.rule!r}, message={self.message!r})"
        )


class DatabaseError(BranchDeskError):
    """The database cannot be opened or used as it is (newer schema, damaged, locked)."""


class NewerDatabaseError(DatabaseError):
    """The database was written by a newer BranchDesk; it is never opened nor touched."""
