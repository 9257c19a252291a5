"""The error types every layer shares.

Messages are English templates marked with ``QT_TRANSLATE_NOOP(context, …)`` (context
``Errors``, or ``Validation`` for validation errors) and filled with ``params``, so the GUI
shows them in Chinese and the command line in plain English.
"""

from __future__ import annotations

from collections.abc import Mapping

from branchdesk.core.i18n import Translate, untranslated

ERRORS_CONTEXT = "Errors"
VALIDATION_CONTEXT = "Validation"


class BranchDeskError(Exception):
    """A problem the user can understand and act on; shown as one sentence, no traceback."""

    context = ERRORS_CONTEXT

    def __init__(self, message: str, **params: object) -> None:
        self.template = message
        self.params: Mapping[str, str] = {key: str(value) for key, value in params.items()}
        self.message = message.format(**self.params) if params else message
        super().__init__(self.message)

    def text(self, translate: Translate = untranslated) -> str:
        """The message in the language of ``translate`` (English by default)."""
        template = translate(self.context, self.template)
        return template.format(**self.params) if self.params else template


class ValidationError(BranchDeskError):
    """Input that breaks a rule: names the field, the rule and says why in plain words."""

    context = VALIDATION_CONTEXT

    def __init__(self, field: str, rule: str, message: str, **params: object) -> None:
        super().__init__(message, **params)
        self.field = field
        self.rule = rule

    def __repr__(self) -> str:
        return (
            f"ValidationError(field={self.field!r}, rule={self.rule!r}, message={self.message!r})"
        )


class DatabaseError(BranchDeskError):
    """The database cannot be opened or used as it is (newer schema, damaged, locked)."""


class NewerDatabaseError(DatabaseError):
    """The database was written by a newer BranchDesk; it is never opened nor touched."""
