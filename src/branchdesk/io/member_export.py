"""Member list export to .xlsx or .csv, with the headers the importer reads (so it re-imports).

ID numbers are masked unless asked for in full, and every export is logged (RULES.md §8).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.core.models import Branch, Member, PartyGroup
from branchdesk.core.print_data.steps import step_dates
from branchdesk.core.queries import has_exited
from branchdesk.core.rules.idnumber import mask_id_number
from branchdesk.core.services.exports import record_export
from branchdesk.core.services.members import STEP_FIELDS
from branchdesk.io.headers import EXPORT_HEADERS
from branchdesk.io.roster_cells import STAGE_EXPORT_LABELS
from branchdesk.io.table_file import TableLayout, check_suffix, write_table

__all__ = ["EXPORT_COLUMNS", "export_members"]

_GENDER_LABELS = {"male": "男", "female": "女"}
# Field keys in column order; headers come from io/headers.py (the importer's first names).
EXPORT_COLUMNS: tuple[str, ...] = (
    "name",
    "gender",
    "ethnicity",
    "birth_date",
    "id_number",
    "student_number",
    "grade",
    "class_name",
    "phone",
    "branch",
    "party_group",
    "stage",
    *STEP_FIELDS,
    "notes",
)
_WIDTHS = {"name": 12, "id_number": 22, "student_number": 14, "phone": 14, "branch": 24}
Value = str | dt.date | None


def export_members(
    session: Session,
    output: Path,
    *,
    full_id: bool = False,
    member_ids: Sequence[int] | None = None,
) -> int:
    """Write members (default: all who have not exited) to ``output``; returns the row count.

    The format follows the suffix (.xlsx or .csv); the file appears whole or not at all.
    The export is logged in ``session``; the caller's unit of work commits it.
    """
    check_suffix(output)
    rows = _rows(session, full_id=full_id, member_ids=member_ids)
    output.parent.mkdir(parents=True, exist_ok=True)
    write_table(output, _layout(), rows)
    id_note = "full ID numbers" if full_id else "masked ID numbers"
    record_export(
        session,
        kind="members",
        title=f"Member list ({len(rows)} people, {id_note})",
        destination=str(output),
    )
    return len(rows)


def _rows(
    session: Session, *, full_id: bool, member_ids: Sequence[int] | None
) -> list[list[Value]]:
    query = select(Member).order_by(Member.branch_id, Member.name_pinyin, Member.id)
    if member_ids is None:
        query = query.where(~has_exited())
    else:
        query = query.where(Member.id.in_(member_ids))
    members = list(session.scalars(query))
    ids = query.with_only_columns(Member.id).order_by(None)
    dates = step_dates(session, ids, tuple(STEP_FIELDS.values()))
    branches = {key: name for key, name in session.execute(select(Branch.id, Branch.name))}
    groups = {key: name for key, name in session.execute(select(PartyGroup.id, PartyGroup.name))}
    rows: list[list[Value]] = []
    for member in members:
        steps = dates.get(member.id, {})
        values: dict[str, Value] = {
            "name": member.name,
            "gender": _GENDER_LABELS[member.gender],
            "ethnicity": member.ethnicity,
            "birth_date": member.birth_date,
            "id_number": member.id_number if full_id else mask_id_number(member.id_number),
            "student_number": member.student_number,
            "grade": member.grade,
            "class_name": member.class_name,
            "phone": member.phone,
            "branch": branches.get(member.branch_id, ""),
            "party_group": groups.get(member.party_group_id or 0, ""),
            "stage": STAGE_EXPORT_LABELS[member.stage],
            "notes": member.notes,
        }
        values.update({name: steps.get(step) for name, step in STEP_FIELDS.items()})
        rows.append([values[key] for key in EXPORT_COLUMNS])
    return rows


def _layout() -> TableLayout:
    """The sheet: dates (birth and the steps) as dates, numbers people read as text as text."""
    dates = [i for i, key in enumerate(EXPORT_COLUMNS) if key == "birth_date" or key in STEP_FIELDS]
    columns = [
        (EXPORT_HEADERS[key], 12 if index in dates else _WIDTHS.get(key, 10))
        for index, key in enumerate(EXPORT_COLUMNS)
    ]
    texts = [EXPORT_COLUMNS.index(key) for key in ("id_number", "student_number", "phone")]
    return TableLayout("党员名册", columns, dates=dates, texts=texts)
