"""Volunteer hours and service requests exported to .xlsx or .csv (RULES.md §6).

The hours follow the import layout of the national volunteer platforms (全国志愿服务信息系统
and the provincial ones): one row per person and activity with 姓名, 证件类型, 证件号码,
服务日期, 服务时长(小时), 服务内容, 活动名称, so the clerk can upload the branch's service to
each member's record. The platform matches people by their ID number, so it is exported in
full unless ``mask_id``; hours are decimals computed from the stored minutes
(core/rules/volunteer.py: 2 places, exact for multiples of 3 minutes). The requests list one
row per request with its dispatch, completion and rating. Every export is logged (RULES.md §8:
both name people, the requests carry outsiders' phone numbers).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.core.models import Member
from branchdesk.core.print_data.study_notebook import check_year
from branchdesk.core.rules.idnumber import mask_id_number
from branchdesk.core.rules.volunteer import Period, minutes_as_hours
from branchdesk.core.services.exports import record_export
from branchdesk.core.services.volunteer_hours import service_lines
from branchdesk.core.services.volunteer_requests import RequestFilter, RequestRow, request_rows
from branchdesk.io.table_file import (
    Cell,
    TableLayout,
    check_suffix,
    columns_named,
    write_table,
)
from branchdesk.reports import labels

__all__ = ["HOURS_COLUMNS", "REQUEST_COLUMNS", "export_service_requests", "export_volunteer_hours"]

# (header, width in characters). The hours' headers are the platforms' template words.
HOURS_COLUMNS: tuple[tuple[str, int], ...] = (
    ("姓名", 10),
    ("证件类型", 14),
    ("证件号码", 22),
    ("服务日期", 12),
    ("服务时长(小时)", 14),
    ("服务内容", 50),
    ("活动名称", 30),
)
REQUEST_COLUMNS: tuple[tuple[str, int], ...] = (
    ("编号", 12),
    ("所属支部", 22),
    ("服务对象", 24),
    ("联系方式", 14),
    ("服务类别", 12),
    ("服务内容", 40),
    ("点单日期", 12),
    ("派单日期", 12),
    ("接单人员", 20),
    ("承诺完成日期", 12),
    ("状态", 8),
    ("是否逾期", 8),
    ("完成日期", 12),
    ("服务时长(小时)", 12),
    ("完成情况", 30),
    ("评价", 6),
)
_NUMBER_LIKE = ("证件号码", "联系方式", "编号")  # text: never 4.4E+17
_HOURS_LAYOUT = TableLayout(
    "志愿服务时长",
    HOURS_COLUMNS,
    dates=columns_named(HOURS_COLUMNS, "服务日期"),
    texts=columns_named(HOURS_COLUMNS, *_NUMBER_LIKE),
)
_REQUESTS_LAYOUT = TableLayout(
    "群众点单",
    REQUEST_COLUMNS,
    dates=columns_named(REQUEST_COLUMNS, "点单日期", "派单日期", "承诺完成日期", "完成日期"),
    texts=columns_named(REQUEST_COLUMNS, *_NUMBER_LIKE),
)


def export_volunteer_hours(
    session: Session,
    output: Path,
    *,
    year: int | None = None,
    mask_id: bool = False,
    today: dt.date | None = None,
) -> int:
    """Write each person's service per activity (of ``year``; default all) to ``output``;
    returns the row count. The file appears whole or not at all; the export is logged in
    ``session`` and the caller's unit of work commits it."""
    check_suffix(output)
    period = None
    if year is not None:
        check_year(year, today or dt.date.today())
        period = Period.of_year(year)
    people = {
        row.id: row
        for row in session.execute(select(Member.id, Member.name, Member.id_type, Member.id_number))
    }
    rows: list[list[Cell]] = []
    for line in service_lines(session, period):
        person = people[line.member_id]
        number = person.id_number or ""
        rows.append(
            [
                person.name,
                labels.label(person.id_type),
                mask_id_number(number) if mask_id else number,
                line.held_on,
                minutes_as_hours(line.minutes),
                line.description or line.category,
                line.title,
            ]
        )
    write_table(output, _HOURS_LAYOUT, rows)
    which = f"year {year}" if year is not None else "all years"
    masked = ", ID numbers masked" if mask_id else ""
    record_export(
        session,
        kind="volunteer_hours",
        title=f"Volunteer hours ({len(rows)} rows, {which}{masked})",
        destination=str(output),
    )
    return len(rows)


def export_service_requests(
    session: Session, output: Path, *, year: int | None = None, today: dt.date | None = None
) -> int:
    """Write the service requests (asked in ``year``; default all) to ``output``; returns the
    row count. 是否逾期 is as of ``today``. Logged like export_volunteer_hours."""
    check_suffix(output)
    today = today or dt.date.today()
    if year is not None:
        check_year(year, today)
    requests = request_rows(session, RequestFilter(year=year), today)
    rows = [_request_cells(request) for request in requests]
    write_table(output, _REQUESTS_LAYOUT, rows)
    which = f"year {year}" if year is not None else "all years"
    record_export(
        session,
        kind="service_requests",
        title=f"Service requests ({len(rows)}, {which})",
        destination=str(output),
    )
    return len(rows)


def _request_cells(request: RequestRow) -> list[Cell]:
    return [
        request.number,
        request.branch_name,
        request.requester,
        request.contact,
        request.category,
        request.content,
        request.asked_on,
        request.dispatched_on,
        "、".join(request.assignees),
        request.promised_on,
        labels.label(request.status),
        "是" if request.is_overdue else "否",
        request.completed_on,
        minutes_as_hours(request.minutes) if request.activity_id is not None else None,
        request.completion_notes,
        request.rating,
    ]
