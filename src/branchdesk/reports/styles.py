"""Paragraph styles and colours of the forms: one CJK font, CJK line breaking everywhere."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from branchdesk.reports.fonts import ensure_font

# Lines and fills of a printed archive form: black rules, light grey label cells.
RULE = colors.black
LABEL_FILL = colors.HexColor("#EDEDED")
SECTION_FILL = colors.HexColor("#DCDCDC")
ZEBRA_FILL = colors.HexColor("#F6F6F6")
GRID_WIDTH = 0.6
FRAME_WIDTH = 1.0
CELL_PADDING = 4.0  # left and right, points


@dataclass(frozen=True)
class FormStyles:
    label: ParagraphStyle  # grey label cells of a form grid, centred
    value: ParagraphStyle  # values of a form grid, left-aligned
    section: ParagraphStyle  # a section title row inside a form (发展历程, 任职情况 …)
    head: ParagraphStyle  # header cells of a data table
    cell: ParagraphStyle  # body cells of a data table
    info: ParagraphStyle  # the line under a title (上级党组织, 统计日期 …)
    subtitle: ParagraphStyle


def _style(name: str, size: float, *, align: int = TA_LEFT, leading: float = 0) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=ensure_font(),
        fontSize=size,
        leading=leading or round(size * 1.3, 1),
        alignment=align,
        # Break Chinese between any two characters; Latin words stay whole where possible.
        wordWrap="CJK",
        textColor=colors.black,
    )


# GB/T 15834: these never start a line. reportlab's list (reportlab.lib.textsplit) has the
# Japanese set and misses the full-width comma, semicolon, colon, ! ? and closing quotes, so a
# line could start with "，". Its CJK wrapper hangs such a character at the end of the line
# above instead (it stays inside the cell padding).
CHINESE_CANNOT_START = "，。、；：！？）》」』】〕〉”’…—·％"


def _teach_chinese_line_breaking() -> None:
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    # Both modules hold their own copy: one wraps single-style text, the other mixed styles.
    for module in (textsplit, paragraph):
        missing = "".join(c for c in CHINESE_CANNOT_START if c not in module.ALL_CANNOT_START)
        module.ALL_CANNOT_START += missing


@cache
def form_styles() -> FormStyles:
    """The shared styles (built once, after the font is registered)."""
    _teach_chinese_line_breaking()
    return FormStyles(
        label=_style("FormLabel", 10, align=TA_CENTER),
        value=_style("FormValue", 10),
        section=_style("FormSection", 11, align=TA_CENTER),
        head=_style("TableHead", 9, align=TA_CENTER, leading=11.5),
        cell=_style("TableCell", 9, leading=11.5),
        info=_style("FormInfo", 10.5, leading=15),
        subtitle=_style("FormSubtitle", 11, align=TA_CENTER, leading=15),
    )
