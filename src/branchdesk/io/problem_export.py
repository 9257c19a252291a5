"""The rectification ledger (问题整改台账) to .xlsx or .csv: one row per problem, RULES.md §4.

Every column of the ledger, plus the progress notes and the review, so a superior's
spreadsheet has the whole story; 已逾期 is as of the export's day. Every export is logged
(RULES.md §8: responsible people are named).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.core.models import ProgressNote
from branchdesk.core.print_data.study_notebook import check_year
from branchdesk.core.services.exports import record_export
from branchdesk.core.services.problem_list import ProblemFilter, ProblemRow, problem_rows
from branchdesk.io.table_file import (
    Cell,
    TableLayout,
    check_suffix,
    columns_named,
    write_table,
)
from branchdesk.reports import labels
from branchdesk.reports.ledger import link_text

__all__ = ["PROBLEM_COLUMNS", "export_problems"]

# (header, width in characters); the headers are the paper ledger's words.
PROBLEM_COLUMNS: tuple[tuple[str, int], ...] = (
    ("所属支部", 22),
    ("年度", 6),
    ("序号", 6),
    ("问题来源", 8),
    ("检查/会议", 18),
    ("发现日期", 12),
    ("类别", 10),
    ("问题表现", 40),
    ("整改目标", 30),
    ("整改措施", 40),
    ("责任领导", 10),
    ("责任人", 10),
    ("整改类型", 10),
    ("整改时限", 12),
    ("状态", 8),
    ("已逾期", 7),
    ("整改进展", 40),
    ("完成日期", 12),
    ("复查人", 10),
    ("复查意见", 30),
    ("销号日期", 12),
)
_LAYOUT = TableLayout(
    "问题整改台账",
    PROBLEM_COLUMNS,
    dates=columns_named(PROBLEM_COLUMNS, "发现日期", "整改时限", "完成日期", "销号日期"),
    wrapped=columns_named(
        PROBLEM_COLUMNS, "问题表现", "整改目标", "整改措施", "整改进展", "复查意见"
    ),
)


def export_problems(
    session: Session, output: Path, *, year: int | None = None, today: dt.date | None = None
) -> int:
    """Write every problem (of ``year`` when given) to ``output``; returns the row count.

    The format follows the suffix; the file appears whole or not at all. The export is logged
    in ``session``; the caller's unit of work commits it.
    """
    check_suffix(output)
    today = today or dt.date.today()
    if year is not None:
        check_year(year, today)
    problems = problem_rows(session, ProblemFilter(year=year), today)
    notes = _notes(session, [row.id for row in problems])
    rows = [_row(problem, notes.get(problem.id, ())) for problem in problems]
    write_table(output, _LAYOUT, rows)
    scope = f"{year}, " if year is not None else ""
    record_export(
        session,
        kind="problems",
        title=f"Rectification ledger ({scope}{len(rows)} problems)",
        destination=str(output),
    )
    return len(rows)


def _notes(session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
    """Each problem's progress notes as "2026-04-01 已抽查一次", by date."""
    found: dict[int, list[str]] = defaultdict(list)
    if not ids:
        return found
    rows = session.execute(
        select(ProgressNote.problem_id, ProgressNote.noted_on, ProgressNote.note)
        .where(ProgressNote.problem_id.in_(ids))
        .order_by(ProgressNote.problem_id, ProgressNote.noted_on, ProgressNote.id)
    )
    for problem_id, noted_on, note in rows:
        found[problem_id].append(f"{noted_on.isoformat()} {note}")
    return found


def _row(problem: ProblemRow, notes: Sequence[str]) -> list[Cell]:
    return [
        problem.branch_name,
        problem.year,
        problem.sequence_no,
        labels.label(problem.source),
        link_text(problem.link),
        problem.found_on,
        problem.category,
        problem.description,
        problem.target,
        problem.measures,
        problem.responsible_leader,
        problem.responsible_person,
        labels.label(problem.rectify_kind),
        problem.deadline,
        labels.label(problem.status),
        "是" if problem.is_overdue else "否",
        "\n".join(notes),
        problem.completed_on,
        problem.reviewer,
        problem.review_opinion,
        problem.closed_on,
    ]
