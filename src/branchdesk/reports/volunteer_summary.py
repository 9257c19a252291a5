"""志愿服务汇总表: a branch's volunteer service of a year on portrait A4 (RULES.md §6).

Under the title, the year's figures; then the totals by team and station, by category of
service, the service requests (三单制) and, last, every person who served with their time.
Each table repeats its header on every page and ends with its 合计 row; the members' table
carries the signature lines. Hours are shown as decimals summed from minutes
(core/rules/volunteer.py). reportlab is loaded only when rendering.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from branchdesk.core.print_data.volunteer import RequestCounts, VolunteerSummary
from branchdesk.core.rules.volunteer import hours_figure
from branchdesk.core.services.volunteer_hours import GroupTotal
from branchdesk.reports import labels
from branchdesk.reports.formats import long_date
from branchdesk.reports.jobs import ProgressCallback

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from branchdesk.reports.data_tables import Column
    from branchdesk.reports.document import FormInfo

FORM_NAME = "志愿服务汇总表"
FONT_SIZE = 9.5
NO_UNIT = "未归属服务队（站）"
HEADING_ROOM = 110.0  # points: a heading, a table's header and about four rows
# Totals tables: the name, then activities, people, person-times and hours.
GROUP_COLUMNS: tuple[tuple[str, float, str], ...] = (
    ("序号", 34, "CENTER"),
    ("", 180, "LEFT"),  # the name column's header is the table's own
    ("活动次数", 70, "CENTER"),
    ("参与人数", 70, "CENTER"),
    ("参与人次", 70, "CENTER"),
    ("服务时长（小时）", 96, "CENTER"),
)
MEMBER_COLUMNS: tuple[tuple[str, float, str], ...] = (
    ("序号", 34, "CENTER"),
    ("姓名", 110, "CENTER"),
    ("人员类别", 110, "CENTER"),
    ("服务次数", 80, "CENTER"),
    ("服务时长（小时）", 96, "CENTER"),
    ("备注", 90, "CENTER"),
)


def title(summary: VolunteerSummary) -> str:
    return f"{summary.year}年度{FORM_NAME}"


def render_volunteer_summary(
    summary: VolunteerSummary, output: Path, *, on_page: ProgressCallback | None = None
) -> int:
    """Write ``summary`` as a PDF to ``output``; returns the number of pages."""
    from branchdesk.reports.document import FormInfo, build_pdf

    info = FormInfo(
        title=f"{summary.branch_name}{title(summary)}",
        branch_name=summary.branch_name,
        form_name=FORM_NAME,
        subject=f"{title(summary)}（统计日期 {long_date(summary.as_of)}）",
    )
    return build_pdf(output, story(summary, info), info, on_page=on_page)


def figures(summary: VolunteerSummary) -> str:
    """开展活动 12 次，参与 30 人、85 人次，服务时长合计 170.5 小时."""
    return (
        f"开展活动 {summary.activities} 次，参与 {summary.participants} 人、"
        f"{summary.person_times} 人次，服务时长合计 {hours_figure(summary.minutes)} 小时"
    )


def requests_text(counts: RequestCounts) -> str:
    """收到群众点单 8 件：已完成 6 件、已取消 1 件、办理中 1 件（逾期未完成 1 件）；
    收到评价 5 件，平均 4.6 分（满分 5 分）。"""
    if not counts.total:
        return "本年度暂无群众点单。"
    text = (
        f"收到群众点单 {counts.total} 件：已完成 {counts.completed} 件、"
        f"已取消 {counts.cancelled} 件、办理中 {counts.pending} 件"
    )
    if counts.overdue:
        text += f"（逾期未完成 {counts.overdue} 件）"
    if counts.average_rating is not None:
        text += f"；收到评价 {counts.rated} 件，平均 {counts.average_rating} 分（满分 5 分）"
    return text + "。"


def story(summary: VolunteerSummary, info: FormInfo) -> list[Flowable]:
    """The flowables of the summary, top to bottom."""
    from reportlab.platypus import Spacer

    from branchdesk.reports.document import frame_width
    from branchdesk.reports.headings import FormTitle, info_line
    from branchdesk.reports.signatures import SignatureLine

    width = frame_width(info)
    parts = [f"统计日期：{long_date(summary.as_of)}"]
    if summary.parent_org:
        parts.insert(0, f"上级党组织：{summary.parent_org}")
    units = [(unit.label or NO_UNIT, unit) for unit in summary.units]
    categories = [(category.label, category) for category in summary.categories]
    return [
        FormTitle(title(summary)),
        info_line(parts, width),
        Spacer(0, 4),
        *_heading(f"一、总体情况：{figures(summary)}。"),
        *_heading("二、按服务队（站）统计"),
        _group_table("服务队（站）", units, summary, width),
        *_heading("三、按服务类别统计"),
        _group_table("服务类别", categories, summary, width),
        *_heading("四、群众点单、支部派单、党员接单情况"),
        _text(requests_text(summary.requests)),
        *_heading("五、按人员统计"),
        _member_table(summary, width, SignatureLine(["制表人", "审核人"])),
    ]


def _heading(text: str) -> list[Flowable]:
    """A section heading that starts a page unless its table's head and a few rows fit under
    it (a whole-table keepWithNext would move a one-page table on, leaving a blank half page).
    """
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import CondPageBreak

    from branchdesk.reports.styles import form_styles
    from branchdesk.reports.tables import paragraph

    style = ParagraphStyle(
        "SummaryHeading",
        parent=form_styles().value,
        fontSize=11,
        leading=16,
        spaceBefore=10,
        spaceAfter=4,
    )
    return [CondPageBreak(HEADING_ROOM), paragraph(text, style)]


def _text(text: str) -> Flowable:
    from reportlab.lib.styles import ParagraphStyle

    from branchdesk.reports.styles import form_styles
    from branchdesk.reports.tables import paragraph

    style = ParagraphStyle(
        "SummaryText", parent=form_styles().value, fontSize=10.5, leading=17, firstLineIndent=21
    )
    return paragraph(text, style)


def _columns(spec: Sequence[tuple[str, float, str]], name: str, width: float) -> list[Column]:
    """The data-table columns of ``spec`` over ``width``; an empty header takes ``name``."""
    from branchdesk.reports.data_tables import Column, scale_widths

    widths = scale_widths([weight for _, weight, _ in spec], width)
    return [
        Column(header or name, column_width, align)
        for (header, _, align), column_width in zip(spec, widths, strict=True)
    ]


def _group_table(
    name: str, groups: list[tuple[str, GroupTotal]], summary: VolunteerSummary, width: float
) -> Flowable:
    from branchdesk.reports.data_tables import data_table

    rows = [
        (
            str(number),
            label,
            str(group.activities),
            str(group.participants),
            str(group.person_times),
            hours_figure(group.minutes),
        )
        for number, (label, group) in enumerate(groups, start=1)
    ]
    if rows:
        # People and activities counted once each: a person in two teams is one participant.
        rows.append(
            (
                "合计",
                "",
                str(summary.activities),
                str(summary.participants),
                str(summary.person_times),
                hours_figure(summary.minutes),
            )
        )
    return data_table(
        _columns(GROUP_COLUMNS, name, width),
        rows,
        font_size=FONT_SIZE,
        empty_text="本年度暂无志愿服务记录",
    )


def _member_table(summary: VolunteerSummary, width: float, footer: Flowable) -> Flowable:
    from branchdesk.reports.data_tables import data_table

    rows = [
        (
            str(number),
            member.name,
            labels.label(member.stage),
            str(member.activities),
            hours_figure(member.minutes),
            "",
        )
        for number, member in enumerate(summary.members, start=1)
    ]
    if rows:
        rows.append(
            (
                "合计",
                f"{len(summary.members)} 人",
                "",
                str(summary.person_times),
                hours_figure(summary.minutes),
                "",
            )
        )
    return data_table(
        _columns(MEMBER_COLUMNS, "", width),
        rows,
        font_size=FONT_SIZE,
        empty_text="本年度暂无志愿服务记录",
        footer=footer,
    )
