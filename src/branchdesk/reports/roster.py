"""花名册: a branch's members on landscape A4, one row each, the header on every page.

ID numbers come masked unless the roster was read with ``full_id`` (RULES.md §8: personal data
is masked in printed rosters unless the form requires it). reportlab loads only when rendering.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from branchdesk.core.print_data import STAGE_ORDER, Roster, RosterRow
from branchdesk.reports import labels
from branchdesk.reports.formats import long_date, short_date
from branchdesk.reports.jobs import ProgressCallback

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from branchdesk.reports.document import FormInfo

MEMBER_ROSTER = "党员花名册"
PEOPLE_ROSTER = "人员花名册"  # when applicants, activists or candidates are listed too

# Header, width in points at 9 pt, alignment. They add up to the landscape frame (785 pt) and
# are sized so the common values fit on one line: a full ID number, 2005.04.17, 硕士研究生,
# 第一党小组, 2023级学前教育2班, 入党积极分子.
COLUMNS: tuple[tuple[str, float, str], ...] = (
    ("序号", 26, "CENTER"),
    ("姓名", 48, "LEFT"),
    ("性别", 26, "CENTER"),
    ("民族", 34, "CENTER"),
    ("出生日期", 52, "CENTER"),
    ("公民身份号码", 97, "LEFT"),
    ("学历", 52, "LEFT"),
    ("类别", 60, "CENTER"),  # 入党积极分子 on one line
    ("身份", 36, "CENTER"),
    ("年级班级/部门", 90, "LEFT"),
    ("党小组", 53, "LEFT"),
    ("入党时间", 52, "CENTER"),
    ("转正时间", 52, "CENTER"),
    ("联系电话", 62, "LEFT"),
    ("组织状态", 45, "CENTER"),
)
FONT_SIZE = 9.0


def roster_name(roster: Roster) -> str:
    """党员花名册, or 人员花名册 when people outside the Party are listed."""
    return MEMBER_ROSTER if roster.members_only else PEOPLE_ROSTER


def render_roster(roster: Roster, output: Path, *, on_page: ProgressCallback | None = None) -> int:
    """Write ``roster`` as a landscape 花名册 PDF to ``output``; returns the number of pages."""
    from branchdesk.reports.document import FormInfo, build_pdf

    name = roster_name(roster)
    info = FormInfo(
        title=f"{roster.branch_name}{name}",
        branch_name=roster.branch_name,
        form_name=name,
        subject=f"{name}（统计日期 {long_date(roster.as_of)}）",
        landscape=True,
    )
    return build_pdf(output, story(roster, info), info, on_page=on_page)


def story(roster: Roster, info: FormInfo) -> list[Flowable]:
    from reportlab.platypus import Spacer

    from branchdesk.reports.data_tables import Column, data_table, scale_widths
    from branchdesk.reports.document import frame_width
    from branchdesk.reports.headings import FormTitle, info_line
    from branchdesk.reports.signatures import SignatureLine

    widths = scale_widths([weight for _, weight, _ in COLUMNS], frame_width(info))
    columns = [
        Column(title, width, align)
        for (title, _, align), width in zip(COLUMNS, widths, strict=True)
    ]
    rows = [_cells(number, row) for number, row in enumerate(roster.rows, start=1)]
    return [
        FormTitle(info.title),
        info_line(summary_parts(roster), frame_width(info)),
        Spacer(0, 4),
        data_table(columns, rows, font_size=FONT_SIZE, footer=SignatureLine(["制表人", "审核人"])),
    ]


def summary_parts(roster: Roster) -> list[str]:
    """上级党组织, 统计日期 and the counts per stage (正式党员 N 名，预备党员 M 名 …)."""
    counts = [
        f"{labels.label(stage)} {roster.count(stage)} 名"
        for stage in STAGE_ORDER
        if stage in roster.stages
    ]
    total = f"，共 {len(roster.rows)} 名" if len(counts) > 1 else ""
    return [
        f"上级党组织：{roster.parent_org}",
        f"统计日期：{long_date(roster.as_of)}",
        "，".join(counts) + total,
    ]


def _cells(number: int, row: RosterRow) -> list[str]:
    return [
        str(number),
        row.name,
        labels.label(row.gender),
        row.ethnicity,
        short_date(row.birth_date),
        row.id_number,
        row.education,
        labels.label(row.stage),
        labels.label(row.person_type),
        row.class_or_department,
        row.party_group,
        short_date(row.admission_date),
        short_date(row.confirmation_date),
        row.phone,
        labels.label(row.org_status),
    ]
