"""志愿服务记录证明: one member's service in a period, numbered and ready for the seal.

民发〔2015〕149号 asks a service record certificate for: the volunteer's name, ID type and
number, the service content and time, the issuer, the certificate's number and date, and the
seal. The branch prints it on portrait A4: the number under the title, an identity block (the
ID number masked, core/rules/volunteer.py), a sentence stating the total, one row per activity
(flowing over pages with its header repeated), then the issuer, date and a box for the seal
beside the signature lines, kept together. reportlab is loaded only when rendering.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from branchdesk.core.print_data.volunteer import CertificateForm
from branchdesk.core.rules.volunteer import duration_text, hours_figure
from branchdesk.reports import labels
from branchdesk.reports.formats import long_date, short_date
from branchdesk.reports.jobs import ProgressCallback

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from branchdesk.reports.document import FormInfo

FORM_NAME = "志愿服务记录证明"
LABEL_WIDTH = 70.0
ROW_HEIGHT = 24.0
SEAL_SIZE = 118.0  # points: room for a round 42 mm seal
BODY_SIZE = 11.0
NOTE = (
    "说明：本证明依据本支部志愿服务记录出具，服务时长按实际服务时间计算（不含往返路途时间）；"
    "证件号码已作部分隐藏；复印无效，加盖公章后生效。"
)
# Activity table: header, width in points of the 510 pt portrait frame, alignment.
COLUMNS: tuple[tuple[str, float, str], ...] = (
    ("序号", 28, "CENTER"),
    ("服务日期", 58, "CENTER"),  # 2026.12.31
    ("服务内容", 180, "LEFT"),  # 等级考试辅导：接单服务（FW2026-002） on one line
    ("服务类别", 66, "CENTER"),  # six characters
    ("组织单位", 110, "CENTER"),  # 杨善洲宿舍党员服务站
    ("服务时长", 68, "CENTER"),  # 11小时59分
)


def render_volunteer_certificate(
    form: CertificateForm, output: Path, *, on_page: ProgressCallback | None = None
) -> int:
    """Write ``form`` as a 志愿服务记录证明 PDF to ``output``; returns the number of pages."""
    from branchdesk.reports.document import FormInfo, build_pdf

    info = FormInfo.for_person(FORM_NAME, form.name, form.issuer)
    return build_pdf(output, story(form, info), info, on_page=on_page)


def total_text(minutes: int) -> str:
    """5小时30分（5.5小时）, or 22小时 when the hours are whole."""
    text = duration_text(minutes)
    if minutes % 60:
        text += f"（{hours_figure(minutes)}小时）"
    return text


def statement(form: CertificateForm) -> str:
    """兹证明张玥同志在2026年度……参加志愿服务3次，累计服务时长5小时30分，折合5.5小时。"""
    # The total is not parenthesised here: CJK wrapping may leave a "（" at a line's end.
    total = duration_text(form.total_minutes)
    if form.total_minutes % 60:
        total += f"，折合{hours_figure(form.total_minutes)}小时"
    return (
        f"兹证明{form.name}同志在{form.period.label}参加{form.issuer}组织的志愿服务"
        f"{len(form.lines)}次，"
        f"累计服务时长{total}。服务记录如下："
    )


def story(form: CertificateForm, info: FormInfo) -> list[Flowable]:
    """The flowables of the certificate, top to bottom."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Spacer

    from branchdesk.reports.document import frame_width
    from branchdesk.reports.headings import FormTitle
    from branchdesk.reports.styles import form_styles
    from branchdesk.reports.tables import paragraph

    width = frame_width(info)
    styles = form_styles()
    number = ParagraphStyle("CertificateNumber", parent=styles.info, alignment=TA_RIGHT)
    body = ParagraphStyle(
        "CertificateBody",
        parent=styles.value,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.8,
        firstLineIndent=2 * BODY_SIZE,
    )
    note = ParagraphStyle("CertificateNote", parent=styles.value, fontSize=8.5, leading=12)
    return [
        FormTitle(FORM_NAME, size=20),
        paragraph(f"编号：{form.number}", number),
        Spacer(0, 4),
        _identity(form, width),
        Spacer(0, 10),
        paragraph(statement(form), body),
        Spacer(0, 4),
        _activities(form, width),
        Spacer(0, 14),
        # The issuer, the seal and the signatures are one block: never a seal on its own page.
        KeepTogether([_issuer(form, width), Spacer(0, 8), paragraph(NOTE, note)]),
    ]


def _identity(form: CertificateForm, width: float) -> Flowable:
    from branchdesk.reports.tables import FormGrid, Label, Value

    value = (width - 2 * LABEL_WIDTH) / 2
    grid = FormGrid([LABEL_WIDTH, value, LABEL_WIDTH, value], min_row_height=ROW_HEIGHT)
    grid.row(
        Label("姓名"),
        Value(form.name, fit=True),
        Label("性别"),
        Value(labels.label(form.gender), fit=True),
    )
    grid.row(
        Label("证件类型"),
        Value(labels.label(form.id_type), fit=True),
        Label("证件号码"),
        Value(form.id_number or "（未登记）", fit=True),
    )
    period = form.period
    dates = f"{short_date(period.start)}—{short_date(period.end)}"
    grid.row(Label("服务期间"), Value(f"{period.label}（{dates}）", span=3))
    grid.row(
        Label("服务次数"),
        Value(f"{len(form.lines)}次", fit=True),
        Label("服务时长合计"),
        Value(total_text(form.total_minutes), fit=True),
    )
    return grid.table()


def _activities(form: CertificateForm, width: float) -> Flowable:
    from branchdesk.reports.data_tables import Column, data_table, scale_widths

    widths = scale_widths([weight for _, weight, _ in COLUMNS], width)
    columns = [
        Column(title, column_width, align)
        for (title, _, align), column_width in zip(COLUMNS, widths, strict=True)
    ]
    rows = [
        (
            str(number),
            short_date(line.held_on),
            line.title,
            line.category,
            line.unit_name,
            duration_text(line.minutes),
        )
        for number, line in enumerate(form.lines, start=1)
    ]
    if rows:
        rows.append(("合计", "", "", "", "", duration_text(form.total_minutes)))
    return data_table(
        columns, rows, font_size=9.5, empty_text="本期间暂无志愿服务记录", valign="TOP"
    )


def _issuer(form: CertificateForm, width: float) -> Flowable:
    """出具单位, 出具日期 and the signature lines on the left; the seal box on the right."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Spacer, Table, TableStyle

    from branchdesk.reports.fonts import ensure_font, text_width
    from branchdesk.reports.seal import SealBox
    from branchdesk.reports.signatures import SignatureLine
    from branchdesk.reports.styles import form_styles
    from branchdesk.reports.tables import paragraph

    label_width = text_width("出具单位：", BODY_SIZE)
    # A long branch name wraps under itself, not under its label.
    style = ParagraphStyle(
        "CertificateIssuer",
        parent=form_styles().value,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 2,
        leftIndent=label_width,
        firstLineIndent=-label_width,
    )
    left = width - SEAL_SIZE - 16
    block = [
        paragraph(f"出具单位：{form.issuer}", style),
        paragraph(f"出具日期：{long_date(form.issued_on)}", style),
        Spacer(0, 6),
        SignatureLine(["经办人", "支部书记"], date_label=""),
    ]
    table = Table([[block, SealBox(SEAL_SIZE)]], colWidths=[left, width - left], hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), ensure_font()),
                ("VALIGN", (0, 0), (0, 0), "BOTTOM"),
                ("VALIGN", (1, 0), (1, 0), "MIDDLE"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
