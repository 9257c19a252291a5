"""Democratic evaluations (民主评议) of a year, or all, exported to .xlsx or .csv (RULES.md §5).

One row per member evaluated, with the votes per grade of 党员互评 and 民主测评 in their own
columns (so a superior's spreadsheet can add them up), the grade, who settled it, and what is
still missing. Every export is logged (RULES.md §8): it names people and their grades.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.core.errors import BranchDeskError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import Branch, EvaluationRound
from branchdesk.core.print_data.evaluation import EvaluationSheet, check_year, round_sheets
from branchdesk.core.rules.evaluation import GRADES, PART_NAMES, missing_parts
from branchdesk.core.services.evaluation_list import peer_voters
from branchdesk.core.services.exports import record_export
from branchdesk.io.table_file import (
    Cell,
    TableLayout,
    check_suffix,
    columns_named,
    write_table,
)
from branchdesk.reports import labels

__all__ = ["EVALUATION_COLUMNS", "export_evaluations"]

# (header, width in characters); the headers are the paper form's words.
EVALUATION_COLUMNS: tuple[tuple[str, int], ...] = (
    ("所在支部", 24),
    ("年度", 6),
    ("姓名", 10),
    ("人员类别", 10),
    *((f"互评{labels.label(g)}", 8) for g in GRADES),
    *((f"测评{labels.label(g)}", 8) for g in GRADES),
    ("评定等次", 9),
    ("评定方式", 9),
    ("评定日期", 12),
    ("尚缺", 24),
    ("个人自评", 50),
    ("支部意见", 40),
)
_LAYOUT = TableLayout(
    "民主评议",
    EVALUATION_COLUMNS,
    dates=columns_named(EVALUATION_COLUMNS, "评定日期"),
    wrapped=columns_named(EVALUATION_COLUMNS, "个人自评", "支部意见"),
    freeze="D2",  # branch, year and name stay in view
)


def export_evaluations(
    session: Session, output: Path, *, year: int | None = None, today: dt.date | None = None
) -> int:
    """Write every member of every round (of ``year`` when given) to ``output``; returns the
    row count. The format follows the suffix; the file appears whole or not at all. The export
    is logged in ``session``; the caller's unit of work commits it."""
    check_suffix(output)
    query = (
        select(EvaluationRound.id)
        .join(Branch, EvaluationRound.branch_id == Branch.id)
        .order_by(EvaluationRound.year, Branch.position, Branch.id)
    )
    if year is not None:
        check_year(year, today or dt.date.today())
        query = query.where(EvaluationRound.year == year)
    round_ids = list(session.scalars(query))
    if not round_ids and year is not None:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "No democratic evaluation is on file for {year}."),
            year=year,
        )
    rows: list[list[Cell]] = []
    for round_id in round_ids:
        sheets = round_sheets(session, round_id)
        rows += [_row(sheet, peer_voters(len(sheets))) for sheet in sheets]
    write_table(output, _LAYOUT, rows)
    scope = f"{year}, " if year is not None else ""
    record_export(
        session,
        kind="evaluations",
        title=f"Democratic evaluations ({scope}{len(rows)} members)",
        destination=str(output),
    )
    return len(rows)


def _row(sheet: EvaluationSheet, voters: int) -> list[Cell]:
    missing = missing_parts(sheet.facts(), peer_voters=voters)
    # No ballot counted is an empty cell, not 0 (which would claim a count).
    peer = list(sheet.peer.counts()) if sheet.peer.total else [None] * 4
    masses = list(sheet.masses.counts()) if sheet.masses.total else [None] * 4
    return [
        sheet.branch_name,
        sheet.year,
        sheet.name,
        labels.label(sheet.stage),
        *peer,
        *masses,
        labels.label(sheet.grade),
        sheet.graded_by,
        sheet.held_on if sheet.grade else None,
        "、".join(PART_NAMES[part] for part in missing),
        sheet.self_summary,
        sheet.branch_opinion,
    ]
