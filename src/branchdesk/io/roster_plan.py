"""What a roster import will do: planned rows, row errors and the final counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from branchdesk.core.i18n import Translate, untranslated
from branchdesk.core.services.members import MemberDraft

__all__ = ["ImportAction", "ImportPreview", "ImportResult", "PlannedRow", "RowError"]


class ImportAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    SKIP = "skip"  # the person is already in the archive and updating was not asked for


@dataclass(frozen=True)
class RowError:
    """Why a row cannot be imported: spreadsheet row, column header and a translatable reason."""

    row: int
    column: str
    field: str
    rule: str
    template: str
    params: dict[str, str] = field(default_factory=dict)

    def reason(self, translate: Translate = untranslated) -> str:
        text = translate("Validation", self.template)
        return text.format(**self.params) if self.params else text


@dataclass(frozen=True)
class PlannedRow:
    """A good row and what applying will do with it."""

    row: int
    action: ImportAction
    draft: MemberDraft
    member_id: int | None = None  # the existing person for update / skip
    party_group: str = ""  # group name, created on apply when new
    month_only: tuple[str, ...] = ()  # date fields given as year and month only


@dataclass
class ImportPreview:
    """Everything apply_import will do, and every row it will not, with reasons."""

    source: Path
    today: dt.date
    branch_id: int
    rows: list[PlannedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    new_groups: list[tuple[int, str]] = field(default_factory=list)  # (branch id, name)
    unknown_columns: list[str] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    @property
    def bad_rows(self) -> list[int]:
        return sorted({error.row for error in self.errors})

    def count(self, action: ImportAction) -> int:
        return sum(1 for row in self.rows if row.action is action)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    skipped: int
    rejected: int
    snapshot: Path
