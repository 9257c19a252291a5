"""The meetings as a list in .xlsx or .csv: one row per meeting, counted like the 会议记录.

Every export is logged (RULES.md §8): the attendance names people.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from branchdesk.core.errors import BranchDeskError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.print_data.minutes import Minutes, ResolutionLine, all_minutes
from branchdesk.core.services.exports import record_export
from branchdesk.io.table_file import (
    Cell,
    TableLayout,
    check_suffix,
    columns_named,
    write_table,
)
from branchdesk.reports import labels

__all__ = ["MEETING_COLUMNS", "export_meetings"]

# (header, width in characters); the headers are the paper form's words.
MEETING_COLUMNS: tuple[tuple[str, int], ...] = (
    ("所属支部", 22),
    ("会议类型", 12),
    ("年度", 6),
    ("第N次", 6),
    ("会议名称", 36),
    ("日期", 12),
    ("时间", 12),
    ("地点", 22),
    ("主持人", 10),
    ("记录人", 10),
    ("应到", 6),
    ("实到", 6),
    ("缺席", 6),
    ("缺席人员及原因", 30),
    ("决议及表决", 50),
)
_LAYOUT = TableLayout(
    "会议记录",
    MEETING_COLUMNS,
    dates=columns_named(MEETING_COLUMNS, "日期"),
    wrapped=columns_named(MEETING_COLUMNS, "缺席人员及原因", "决议及表决"),  # one per line
)


def export_meetings(session: Session, output: Path, *, year: int | None = None) -> int:
    """Write every meeting (of ``year`` when given) to ``output``; returns the row count.

    The format follows the suffix (.xlsx or .csv); the file appears whole or not at all.
    The export is logged in ``session``; the caller's unit of work commits it.
    """
    check_suffix(output)
    meetings = all_minutes(session, year=year)
    if not meetings and year is not None:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "No meetings are on file for {year}."), year=year
        )
    rows = [_row(record) for record in meetings]
    write_table(output, _LAYOUT, rows)
    scope = f"{year}, " if year is not None else ""
    record_export(
        session,
        kind="meetings",
        title=f"Meeting list ({scope}{len(rows)} meetings)",
        destination=str(output),
    )
    return len(rows)


def _row(record: Minutes) -> list[Cell]:
    start, end = record.starts_at, record.ends_at
    hours = f"{start:%H:%M}—{end:%H:%M}" if end and end.date() == start.date() else f"{start:%H:%M}"
    missing = "、".join(
        f"{a.name}（{labels.label(a.status)}：{a.reason}）"
        if a.reason
        else f"{a.name}（{labels.label(a.status)}）"
        for a in record.missing
    )
    return [
        record.branch_name,
        labels.label(record.kind),
        record.year,
        record.sequence_no,
        record.title,
        start.date(),
        hours,
        record.place,
        record.host,
        record.recorder,
        record.expected,
        record.present,
        len(record.missing),
        missing,
        "\n".join(_resolution(n, r) for n, r in enumerate(record.resolutions, start=1)),
    ]


def _resolution(number: int, resolution: ResolutionLine) -> str:
    """1. 同意接收张三同志为中共预备党员（赞成6，反对0，弃权0）"""
    text = f"{number}. {resolution.text}"
    votes = resolution.votes
    if votes is None:
        return text
    counts = zip(("赞成", "反对", "弃权"), (votes.for_, votes.against, votes.abstain), strict=True)
    return (
        f"{text}（{'，'.join(f'{title}{count}' for title, count in counts if count is not None)}）"
    )
