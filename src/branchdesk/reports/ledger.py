"""问题整改台账: a branch's problems of a year (or of one inspection) on landscape A4.

One row per problem with the header on every page; long texts wrap inside their cells and a
row taller than a page splits. 已逾期 is marked under the status with ▲ (the paper ledger is
printed in black). reportlab is loaded only when rendering.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from branchdesk.core.enums import ProblemStatus, RectifyKind
from branchdesk.core.print_data.ledger import Ledger
from branchdesk.core.services.problem_list import LinkKind, ProblemLink, ProblemRow
from branchdesk.reports import labels
from branchdesk.reports.formats import long_date, short_date
from branchdesk.reports.jobs import ProgressCallback

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from branchdesk.reports.document import FormInfo

FORM_NAME = "问题整改台账"
OVERDUE_MARK = "▲已逾期"
FONT_SIZE = 9.0

# Header, width weight (points at 9 pt in the 785 pt landscape frame), alignment. The narrow
# columns hold a date (2026.12.31), a name or a two-line label; the texts share the rest.
# Headers break where they read well (a narrow header would otherwise break mid-word).
COLUMNS: tuple[tuple[str, float, str], ...] = (
    ("序号", 26, "CENTER"),
    ("来源", 60, "CENTER"),
    ("发现日期", 54, "CENTER"),
    ("类别", 50, "CENTER"),
    ("问题表现", 160, "LEFT"),
    ("整改措施", 172, "LEFT"),
    ("责任人\n（责任领导）", 56, "CENTER"),
    ("整改类型/\n时限", 58, "CENTER"),
    ("状态", 46, "CENTER"),
    ("完成/\n销号日期", 56, "CENTER"),
    ("复查人", 50, "CENTER"),
)


def ledger_title(ledger: Ledger) -> str:
    """2026年度问题整改台账, or 年度大检查问题整改台账 for one inspection."""
    if ledger.inspection is not None:
        return f"{labels.label(ledger.inspection.kind)}{FORM_NAME}"
    return f"{ledger.year}年度{FORM_NAME}"


def render_ledger(ledger: Ledger, output: Path, *, on_page: ProgressCallback | None = None) -> int:
    """Write ``ledger`` as a landscape PDF to ``output``; returns the number of pages."""
    from branchdesk.reports.document import FormInfo, build_pdf

    title = ledger_title(ledger)
    info = FormInfo(
        title=f"{ledger.branch_name}{title}",
        branch_name=ledger.branch_name,
        form_name=FORM_NAME,
        subject=f"{title}（统计日期 {long_date(ledger.as_of)}）",
        landscape=True,
    )
    return build_pdf(output, story(ledger, info), info, on_page=on_page)


def story(ledger: Ledger, info: FormInfo) -> list[Flowable]:
    from reportlab.platypus import Spacer

    from branchdesk.reports.data_tables import Column, data_table, scale_widths
    from branchdesk.reports.document import frame_width
    from branchdesk.reports.headings import FormTitle, info_line
    from branchdesk.reports.signatures import SignatureLine
    from branchdesk.reports.styles import form_styles
    from branchdesk.reports.tables import paragraph

    width = frame_width(info)
    widths = scale_widths([weight for _, weight, _ in COLUMNS], width)
    columns = [
        Column(title, column_width, align)
        for (title, _, align), column_width in zip(COLUMNS, widths, strict=True)
    ]
    flowables: list[Flowable] = [FormTitle(info.title), info_line(header_parts(ledger), width)]
    inspection = ledger.inspection
    if inspection is not None and (inspection.scope or inspection.summary):
        lines = [f"检查范围：{inspection.scope}" if inspection.scope else ""]
        lines.append(f"检查情况：{inspection.summary}" if inspection.summary else "")
        text = "\n".join(line for line in lines if line)
        flowables.append(paragraph(text, form_styles().info))
    empty = "本次检查未发现问题" if inspection is not None else "本年度暂无整改问题"
    rows = [cells(row) for row in ledger.rows]
    flowables += [
        Spacer(0, 4),
        data_table(
            columns,
            rows,
            font_size=FONT_SIZE,
            empty_text=empty,
            footer=SignatureLine(["制表人", "审核人"]),
            valign="TOP",  # a row taller than a page keeps its 序号 on its first page
        ),
    ]
    return flowables


def header_parts(ledger: Ledger) -> list[str]:
    """The line under the title: the parent organisation or the inspection, the date, counts."""
    inspection = ledger.inspection
    if inspection is None:
        first = [f"上级党组织：{ledger.parent_org}"]
    else:
        first = [
            f"检查日期：{long_date(inspection.inspected_on)}",
            f"检查人：{inspection.inspector}",
        ]
    return [*first, f"统计日期：{long_date(ledger.as_of)}", counts(ledger)]


def counts(ledger: Ledger) -> str:
    """共 5 项：待整改 1、整改中 2、已完成 1、已销号 1，已逾期 1."""
    parts = [
        f"{labels.label(status)} {ledger.count(status)}"
        for status in ProblemStatus
        if ledger.count(status)
    ]
    text = f"共 {len(ledger.rows)} 项"
    if parts:
        text += "：" + "、".join(parts)
    if ledger.overdue:
        text += f"，已逾期 {ledger.overdue}"
    return text


def link_text(link: ProblemLink | None) -> str:
    """Where the problem was raised: 年度大检查, the meeting's title, 2025年度民主评议."""
    if link is None:
        return ""
    if link.kind is LinkKind.INSPECTION:
        return labels.label(link.inspection_kind)
    if link.kind is LinkKind.MEETING:
        return link.title or labels.label(link.meeting_kind)
    return f"{link.year}年度民主评议" if link.year else "民主评议"


def cells(row: ProblemRow) -> list[str]:
    """One problem as the ledger's cells, in COLUMNS order."""
    source = "\n".join(part for part in (labels.label(row.source), link_text(row.link)) if part)
    measures = row.measures
    if row.target:
        measures = f"目标：{row.target}\n措施：{row.measures}" if row.measures else row.target
    responsible = row.responsible_person
    if row.responsible_leader and row.responsible_leader != row.responsible_person:
        responsible = "\n".join(p for p in (responsible, f"（{row.responsible_leader}）") if p)
    kind = labels.label(row.rectify_kind)
    if row.deadline is not None:
        # A 长期坚持 date is when it is reviewed, never a time limit.
        prefix = "复查 " if row.rectify_kind is RectifyKind.ONGOING else ""
        kind += f"\n{prefix}{short_date(row.deadline)}"
    status = labels.label(row.status)
    if row.is_overdue:
        status += f"\n{OVERDUE_MARK}"
    dates = "\n".join(short_date(day) for day in (row.completed_on, row.closed_on) if day)
    return [
        str(row.sequence_no),
        source,
        short_date(row.found_on),
        row.category,
        row.description,
        measures,
        responsible,
        kind,
        status,
        dates,
        row.reviewer,
    ]
