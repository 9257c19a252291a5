"""学习笔记: one member's study of a year on portrait A4 forms (RULES.md §3).

A header block (name, branch, year, the class-hour requirement), then one boxed block per entry
(date, form, class hours, topic, material, notes, 心得体会) flowing over the pages, then the
year's tally by form against the target and the signature lines. reportlab is loaded only when
rendering.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from branchdesk.core.print_data.study_notebook import STUDY_FORM_LABELS, StudyNotebook
from branchdesk.core.rules.study import COLLECTIVE_FORMS, hours_text
from branchdesk.core.services.study_hours import EntryRow
from branchdesk.reports import labels
from branchdesk.reports.formats import long_date
from branchdesk.reports.jobs import ProgressCallback

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Paragraph

    from branchdesk.reports.document import FormInfo

FORM_NAME = "学习笔记"

# Entry block columns, points (of the 510 pt portrait frame): label, date, label, form, label;
# the class hours take the rest. 2026年12月31日 fits the date column at full size.
LABEL_WIDTH = 58.0
DATE_WIDTH = 98.0
FORM_WIDTH = 104.0
ROW_HEIGHT = 22.0
TEXT_ROW_HEIGHT = 28.0  # notes and 心得体会: room to add a line by hand
KEEP_WHOLE_BELOW = 260.0  # an entry shorter than this never splits across pages
PIECE_HEIGHT = 120.0  # a long text is cut into rows this tall at most, to flow over pages
START_LONG_ENTRY = 140.0  # a longer one starts on a page with this much room left, else next
EMPTY = "本年度暂无学习记录。"


def render_study_notebook(
    notebook: StudyNotebook, output: Path, *, on_page: ProgressCallback | None = None
) -> int:
    """Write ``notebook`` as a 学习笔记 PDF to ``output``; returns the number of pages."""
    from branchdesk.reports.document import FormInfo, build_pdf

    form_name = f"{notebook.year}年度{FORM_NAME}"
    info = FormInfo.for_person(form_name, notebook.name, notebook.branch_name)
    return build_pdf(output, story(notebook, info), info, on_page=on_page)


def story(notebook: StudyNotebook, info: FormInfo) -> list[Flowable]:
    """The flowables of the form, top to bottom."""
    from reportlab.platypus import KeepTogether, Spacer

    from branchdesk.reports.document import frame_width
    from branchdesk.reports.headings import FormTitle
    from branchdesk.reports.signatures import SignatureLine

    width = frame_width(info)
    flowables: list[Flowable] = [
        FormTitle(f"{notebook.year}年度{FORM_NAME}"),
        _header(notebook, width),
        Spacer(0, 10),
    ]
    for number, entry in enumerate(notebook.entries, start=1):
        flowables += [*_entry_block(number, entry, width), Spacer(0, 8)]
    if not notebook.entries:
        flowables += [_empty(width), Spacer(0, 8)]
    # The tally and the signatures stay together: no signature alone on a last page.
    flowables.append(
        KeepTogether([_tally(notebook, width), SignatureLine(["本人签名", "支部书记审阅"])])
    )
    return flowables


def requirement(notebook: StudyNotebook) -> str:
    """集中学习培训不少于 32 学时, or why no target applies."""
    if notebook.target is None:
        return "不适用（非本支部党员）"
    return f"集中学习培训不少于 {hours_text(notebook.target)} 学时"


def _header(notebook: StudyNotebook, width: float) -> Flowable:
    from branchdesk.reports.tables import FormGrid, Label, Value

    value = (width - 2 * LABEL_WIDTH) / 2
    grid = FormGrid([LABEL_WIDTH, value, LABEL_WIDTH, value], min_row_height=ROW_HEIGHT)
    kind = labels.label(notebook.stage) + ("（支部委员）" if notebook.is_committee else "")
    grid.row(Label("姓名"), Value(notebook.name), Label("年度"), Value(f"{notebook.year}年"))
    grid.row(Label("所在支部"), Value(notebook.branch_name, span=3))
    grid.row(
        Label("人员类别"),
        Value(kind, fit=True),
        Label("学时要求"),
        Value(requirement(notebook), fit=True),
    )
    return grid.table()


def _entry_block(number: int, entry: EntryRow, width: float) -> list[Flowable]:
    """The entry's title and date row, then its texts in a two-column grid below."""
    from reportlab.platypus import CondPageBreak, KeepTogether

    from branchdesk.reports.tables import FormGrid, Label, Value

    hours_width = width - 3 * LABEL_WIDTH - DATE_WIDTH - FORM_WIDTH
    top = FormGrid(
        [LABEL_WIDTH, DATE_WIDTH, LABEL_WIDTH, FORM_WIDTH, LABEL_WIDTH, hours_width],
        min_row_height=ROW_HEIGHT,
    )
    top.section(f"第{number}次学习")
    counted = "计入集中学习培训" if entry.counts else "不计入集中学习培训"
    top.row(
        Label("学习日期"),
        Value(long_date(entry.studied_on), fit=True, center=True),
        Label("学习形式"),
        Value(_form_text(entry), fit=True, center=True),
        Label("学时"),
        Value(f"{hours_text(entry.class_hours)}（{counted}）", fit=True),
    )
    parts = [top.table(), _texts(entry, width)]
    height = sum(part.wrap(width, 10_000)[1] for part in parts)
    if height < KEEP_WHOLE_BELOW:
        return [KeepTogether(parts)]
    # A long entry starts where its head and some lines fit, then flows over the pages.
    return [CondPageBreak(START_LONG_ENTRY), *parts]


def _texts(entry: EntryRow, width: float) -> Flowable:
    """Topic, material, notes and 心得体会 beside their labels, drawn like a FormGrid.

    Notes may run for pages. Rather than let reportlab split one tall row (in a spanned cell it
    rewraps the text at one column's width, and a split row keeps blank height), a long text is
    cut into pieces of at most PIECE_HEIGHT, one row each, with no rule between the pieces.
    """
    from reportlab.platypus import Table, TableStyle

    from branchdesk.reports.fonts import ensure_font
    from branchdesk.reports.styles import (
        CELL_PADDING,
        FRAME_WIDTH,
        GRID_WIDTH,
        LABEL_FILL,
        RULE,
        form_styles,
    )
    from branchdesk.reports.tables import VERTICAL_PADDING, fitted

    styles = form_styles()
    value_width = width - LABEL_WIDTH
    fields = (
        ("学习主题", entry.topic, ROW_HEIGHT),
        ("学习材料", entry.material, ROW_HEIGHT),
        ("学习笔记", entry.notes, TEXT_ROW_HEIGHT),
        ("心得体会", entry.reflections, TEXT_ROW_HEIGHT),
    )
    rows: list[list[object]] = []
    heights: list[float] = []
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), ensure_font()),  # never a base font, even for ""
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), VERTICAL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), VERTICAL_PADDING),
        ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
        ("LINEAFTER", (0, 0), (0, -1), GRID_WIDTH, RULE),
        ("BOX", (0, 0), (-1, -1), FRAME_WIDTH, RULE),
    ]
    for label, text, minimum in fields:
        first = len(rows)
        pieces = _pieces(text, styles.value, value_width - 2 * CELL_PADDING)
        for index, piece in enumerate(pieces):
            row = len(rows)
            name = fitted(label, styles.label, LABEL_WIDTH) if index == 0 else ""
            rows.append([name, piece])
            # Pieces join without padding between them, so the text reads on line by line.
            top = VERTICAL_PADDING if index == 0 else 0
            bottom = VERTICAL_PADDING if index == len(pieces) - 1 else 0
            commands += [
                ("TOPPADDING", (0, row), (-1, row), top),
                ("BOTTOMPADDING", (0, row), (-1, row), bottom),
            ]
            needed = piece.wrap(value_width - 2 * CELL_PADDING, 10_000)[1]
            heights.append(max(minimum, needed + top + bottom))
        if first:
            commands.append(("LINEABOVE", (0, first), (-1, first), GRID_WIDTH, RULE))
        if len(pieces) > 1:  # the label stays at the top of its long text
            commands.append(("VALIGN", (0, first), (-1, len(rows) - 1), "TOP"))
    table = Table(rows, colWidths=[LABEL_WIDTH, value_width], rowHeights=heights)
    table.setStyle(TableStyle(commands))
    return table


def _pieces(text: str, style: ParagraphStyle, width: float) -> list[Paragraph]:
    """``text`` as paragraphs of at most PIECE_HEIGHT each, cut between lines."""
    from branchdesk.reports.tables import paragraph

    rest = paragraph(text, style)
    pieces: list[Paragraph] = []
    while rest.wrap(width, 10_000)[1] > PIECE_HEIGHT:
        parts = rest.split(width, PIECE_HEIGHT)
        if len(parts) < 2:
            break
        pieces.append(parts[0])
        rest = parts[1]
    return [*pieces, rest]


def _form_text(entry: EntryRow) -> str:
    """The form's label, marked 集体 when a collective session made an entry of a form that
    is otherwise studied alone (a 微党课 watched together counts toward the target)."""
    label = STUDY_FORM_LABELS[entry.form]
    if entry.session_id is not None and entry.form not in COLLECTIVE_FORMS:
        return f"{label}（集体）"
    return label


def _empty(width: float) -> Flowable:
    from branchdesk.reports.tables import FormGrid, Value

    grid = FormGrid([width], min_row_height=40)
    grid.row(Value(EMPTY, center=True))
    return grid.table()


def _tally(notebook: StudyNotebook, width: float) -> Flowable:
    from branchdesk.reports.tables import FormGrid, Label, Value

    form = width * 0.28
    column = (width - form) / 3
    grid = FormGrid([form, column, column, column], min_row_height=ROW_HEIGHT)
    grid.section("学时统计")
    grid.row(Label("学习形式"), Label("次数"), Label("学时"), Label("计入集中学习培训学时"))
    for line in notebook.by_form:
        grid.row(
            Value(STUDY_FORM_LABELS[line.form], center=True),
            Value(str(line.entries), center=True),
            Value(hours_text(line.hours), center=True),
            Value(hours_text(line.counted), center=True),
        )
    grid.row(
        Label("合计"),
        Value(str(len(notebook.entries)), center=True),
        Value(hours_text(notebook.total_hours), center=True),
        Value(hours_text(notebook.collective_hours), center=True),
    )
    grid.row(Label("学时要求"), Value(requirement(notebook), span=3))
    grid.row(Label("完成情况"), Value(_outcome(notebook), span=3))
    return grid.table(repeat_rows=2)


def _outcome(notebook: StudyNotebook) -> str:
    done = f"集中学习培训 {hours_text(notebook.collective_hours)} 学时"
    if notebook.target is None:
        return done
    if notebook.missing == Decimal(0):
        return f"{done}，已达到要求"
    return f"{done}，尚差 {hours_text(notebook.missing)} 学时"
