"""Study entries (学习笔记) of a year, or all, exported to .xlsx or .csv (RULES.md §3).

One row per entry with the member's name and branch, so a superior's spreadsheet can sum class
hours its own way; the 计入集中学习培训 column says which hours count toward the target. Every
export is logged (RULES.md §8).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.core.models import Branch, Member
from branchdesk.core.print_data.study_notebook import STUDY_FORM_LABELS, check_year
from branchdesk.core.services.exports import record_export
from branchdesk.core.services.study_hours import entries_for
from branchdesk.io.table_file import (
    Cell,
    TableLayout,
    check_suffix,
    columns_named,
    write_table,
)

__all__ = ["HEADERS", "export_study"]

HEADERS = (
    "姓名",
    "所在支部",
    "学习日期",
    "学习主题",
    "学习材料",
    "学习形式",
    "学时",
    "计入集中学习培训",
    "学习笔记",
    "心得体会",
)
_COLUMNS = tuple(zip(HEADERS, (10, 24, 12, 36, 30, 10, 7, 10, 40, 40), strict=True))
_LAYOUT = TableLayout(
    "学习笔记",
    _COLUMNS,
    dates=columns_named(_COLUMNS, "学习日期"),
    wrapped=columns_named(_COLUMNS, "学习笔记", "心得体会"),
)
Value = Cell


def export_study(
    session: Session, output: Path, *, year: int | None = None, today: dt.date | None = None
) -> int:
    """Write the entries of ``year`` (default: all) to ``output``; returns the row count.

    The format follows the suffix; the file appears whole or not at all. The export is logged
    in ``session``; the caller's unit of work commits it.
    """
    check_suffix(output)
    if year is not None:
        check_year(year, today or dt.date.today())
    rows = _rows(session, year)
    write_table(output, _LAYOUT, rows)
    which = f"year {year}" if year is not None else "all years"
    record_export(
        session,
        kind="study",
        title=f"Study entries ({len(rows)}, {which})",
        destination=str(output),
    )
    return len(rows)


def _rows(session: Session, year: int | None) -> list[list[Value]]:
    branch_of = {
        member_id: name
        for member_id, name in session.execute(
            select(Member.id, Branch.name).join(Branch, Member.branch_id == Branch.id)
        )
    }
    return [
        [
            entry.member_name,
            branch_of.get(entry.member_id, ""),
            entry.studied_on,
            entry.topic,
            entry.material,
            STUDY_FORM_LABELS[entry.form],
            entry.class_hours,
            "是" if entry.counts else "否",
            entry.notes,
            entry.reflections,
        ]
        for entry in entries_for(session, year=year)
    ]
