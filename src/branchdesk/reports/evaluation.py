"""民主评议表 of one member, and a round's summary table (RULES.md §5), on portrait A4.

The member's form: a header block (branch, year, name, gender, stage, posts), the 个人自评 in a
box that flows over pages when long, the 党员互评 and 民主测评 votes per grade, the 支部意见,
the grade with who settled it and when, and the signature lines. What is not on file yet is
left blank to fill in by hand (the grades as boxes to tick).

The summary table: one row per member with the votes per grade and the grade, the totals and
优秀's share. The round's book is the summary followed by every member's form, each on its
own pages: the year's evaluation is filed as one set. reportlab is loaded only when rendering.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from branchdesk.core.enums import Grade
from branchdesk.core.print_data.evaluation import EvaluationBook, EvaluationSheet
from branchdesk.core.rules.evaluation import GRADED_BY, GRADES, VoteTally, percent_text
from branchdesk.reports import labels
from branchdesk.reports.formats import long_date
from branchdesk.reports.jobs import ProgressCallback

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Paragraph

    from branchdesk.reports.document import FormInfo

FORM_NAME = "民主评议表"
SUMMARY_NAME = "民主评议党员汇总表"
LABEL_WIDTH = 62.0
ROW_HEIGHT = 24.0
SUMMARY_MIN_HEIGHT = 150.0  # an empty 个人自评 box: room to write by hand
OPINION_MIN_HEIGHT = 90.0
PIECE_HEIGHT = 120.0  # a long text is cut into rows this tall at most, to flow over pages
# Summary table columns, points (of the 510 pt frame): 序号, 姓名, 人员类别, 8 vote columns
# (基本合格 in the 8 pt header just fits 38 pt), 评定等次.
SEQ_WIDTH = 26.0
NAME_WIDTH = 66.0
STAGE_WIDTH = 56.0
VOTE_WIDTH = 38.0
HEAD_SIZE = 8.0
GAP = "\xa0" * 6  # between boxes to tick: no-break spaces, which a Paragraph keeps
BODY_SIZE = 9.0


def sheet_title(sheet: EvaluationSheet) -> str:
    return f"{sheet.year}年度{FORM_NAME}"


def summary_title(book: EvaluationBook) -> str:
    return f"{book.year}年度{SUMMARY_NAME}"


def render_evaluation_sheet(
    sheet: EvaluationSheet, output: Path, *, on_page: ProgressCallback | None = None
) -> int:
    """Write one member's 民主评议表 to ``output``; returns the number of pages."""
    from branchdesk.reports.document import FormInfo, build_pdf

    info = FormInfo.for_person(sheet_title(sheet), sheet.name, sheet.branch_name)
    return build_pdf(output, sheet_story(sheet, info), info, on_page=on_page)


def render_evaluation_book(
    book: EvaluationBook,
    output: Path,
    *,
    summary_only: bool = False,
    on_page: ProgressCallback | None = None,
) -> int:
    """Write a round's summary table, then (unless ``summary_only``) every member's form each
    from a new page, to ``output``; returns the number of pages."""
    from reportlab.platypus import PageBreak

    from branchdesk.reports.document import FormInfo, build_pdf

    name = summary_title(book) if summary_only else f"{book.year}年度民主评议党员"
    info = FormInfo(
        title=f"{name} — {book.branch_name}",
        branch_name=book.branch_name,
        form_name=name,
        subject=f"{book.branch_name} {name}",
    )
    story = summary_story(book, info)
    if not summary_only:
        for sheet in book.sheets:
            story += [PageBreak(), *sheet_story(sheet, info)]
    return build_pdf(output, story, info, on_page=on_page)


# --- one member's form ----------------------------------------------------------------------


def sheet_story(sheet: EvaluationSheet, info: FormInfo) -> list[Flowable]:
    """The flowables of one member's form, top to bottom."""
    from reportlab.platypus import KeepTogether, Spacer

    from branchdesk.reports.document import frame_width
    from branchdesk.reports.headings import FormTitle
    from branchdesk.reports.signatures import SignatureLine

    width = frame_width(info)
    return [
        FormTitle(sheet_title(sheet)),
        _header(sheet, width),
        Spacer(0, 10),
        _boxed_text("个人自评", sheet.self_summary, width, SUMMARY_MIN_HEIGHT),
        Spacer(0, 10),
        # The votes, the branch's opinion, its grade and the signatures stay together: the
        # decision is never split from the signatures that attest it.
        KeepTogether(
            [
                _votes(sheet, width),
                Spacer(0, 10),
                _boxed_text("支部意见", sheet.branch_opinion, width, OPINION_MIN_HEIGHT),
                _grade(sheet, width),
                SignatureLine(["本人签名", "支部书记签名"]),
            ]
        ),
    ]


def posts_text(sheet: EvaluationSheet) -> str:
    """宣传委员、党小组长, or 无."""
    names = [post.title or labels.label(post.kind) for post in sheet.posts]
    return "、".join(dict.fromkeys(names)) or "无"


def _header(sheet: EvaluationSheet, width: float) -> Flowable:
    from branchdesk.reports.tables import FormGrid, Label, Value

    value = (width - 3 * LABEL_WIDTH) / 3
    grid = FormGrid([LABEL_WIDTH, value] * 3, min_row_height=ROW_HEIGHT)
    grid.row(
        Label("姓名"),
        Value(sheet.name, fit=True),
        Label("性别"),
        Value(labels.label(sheet.gender), center=True),
        Label("评议年度"),
        Value(f"{sheet.year}年度", center=True),
    )
    grid.row(Label("所在支部"), Value(sheet.branch_name, span=5))
    grid.row(
        Label("人员类别"),
        Value(labels.label(sheet.stage), fit=True),
        Label("党内职务"),
        Value(posts_text(sheet), span=3),
    )
    return grid.table()


def _votes(sheet: EvaluationSheet, width: float) -> Flowable:
    from branchdesk.reports.tables import FormGrid, Label

    first = width * 0.26
    column = (width - first) / 5
    grid = FormGrid([first] + [column] * 5, min_row_height=ROW_HEIGHT)
    grid.section("党员互评和民主测评")
    grid.row(Label("测评方式"), *(Label(labels.label(g)) for g in GRADES), Label("合计"))
    for title, votes in (("党员互评（票）", sheet.peer), ("民主测评（票）", sheet.masses)):
        grid.row(Label(title), *_counts(votes))
    return grid.table()


def _counts(votes: VoteTally) -> list[object]:
    """The counts and their total, blank while no ballot is counted (filled in by hand)."""
    from branchdesk.reports.tables import Value

    if votes.total == 0:
        return [Value("") for _ in range(5)]
    return [Value(str(n), center=True) for n in (*votes.counts(), votes.total)]


def _grade(sheet: EvaluationSheet, width: float) -> Flowable:
    from branchdesk.reports.tables import FormGrid, Label, Value

    date_width = 116.0  # 2026年12月31日 at full size
    grid = FormGrid(
        [LABEL_WIDTH, width - 2 * LABEL_WIDTH - date_width, LABEL_WIDTH, date_width],
        min_row_height=ROW_HEIGHT,
    )
    grid.row(
        Label("评定等次"),
        Value(_choice(sheet.grade), center=True),
        Label("评定日期"),
        Value(long_date(sheet.held_on) if sheet.grade else "", fit=True, center=True),
    )
    by = sheet.graded_by or GAP.join(f"□{name}" for name in GRADED_BY)
    grid.row(Label("评定方式"), Value(by, span=3, center=True))
    return grid.table()


def _choice(grade: Grade | None) -> str:
    """The grade, or the four grades as boxes to tick by hand."""
    if grade is not None:
        return labels.label(grade)
    return GAP.join(f"□{labels.label(g)}" for g in GRADES)


def _boxed_text(title: str, text: str, width: float, min_height: float) -> Flowable:
    """A titled box holding ``text``; a long text flows over pages inside the box.

    Rather than let reportlab split one tall row (a split row keeps blank height), the text is
    cut into pieces of at most PIECE_HEIGHT, one row each with no rule between them, as the
    学习笔记 does. The title row repeats on the next page.
    """
    from reportlab.platypus import Table, TableStyle

    from branchdesk.reports.fonts import ensure_font
    from branchdesk.reports.styles import (
        CELL_PADDING,
        FRAME_WIDTH,
        GRID_WIDTH,
        RULE,
        SECTION_FILL,
        form_styles,
    )
    from branchdesk.reports.tables import SECTION_ROW_HEIGHT, VERTICAL_PADDING, paragraph

    styles = form_styles()
    room = width - 2 * CELL_PADDING
    pieces = _pieces(text, styles.value, room) if text else []
    rows: list[list[object]] = [[paragraph(title, styles.section)]]
    heights: list[float] = [SECTION_ROW_HEIGHT]
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), ensure_font()),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (0, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (0, 0), VERTICAL_PADDING),
        ("BOTTOMPADDING", (0, 0), (0, 0), VERTICAL_PADDING),
        ("BACKGROUND", (0, 0), (0, 0), SECTION_FILL),
        ("LINEBELOW", (0, 0), (0, 0), GRID_WIDTH, RULE),
        ("BOX", (0, 0), (-1, -1), FRAME_WIDTH, RULE),
    ]
    if not pieces:
        rows.append([""])
        heights.append(min_height)
    for index, piece in enumerate(pieces):
        # Pieces join without padding between them, so the text reads on line by line.
        top = 2 * VERTICAL_PADDING if index == 0 else 0
        bottom = 2 * VERTICAL_PADDING if index == len(pieces) - 1 else 0
        row = len(rows)
        rows.append([piece])
        commands += [
            ("TOPPADDING", (0, row), (0, row), top),
            ("BOTTOMPADDING", (0, row), (0, row), bottom),
        ]
        heights.append(piece.wrap(room, 10_000)[1] + top + bottom)
    if pieces and sum(heights[1:]) < min_height:
        heights[-1] += min_height - sum(heights[1:])  # the box keeps its size for a short text
    table = Table(rows, colWidths=[width], rowHeights=heights, repeatRows=1, hAlign="CENTER")
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


# --- the round's summary table --------------------------------------------------------------


def summary_story(book: EvaluationBook, info: FormInfo) -> list[Flowable]:
    """The summary table with its title, totals, 优秀's share, notes and signatures."""
    from reportlab.platypus import KeepTogether, Spacer

    from branchdesk.reports.document import frame_width
    from branchdesk.reports.headings import FormTitle, info_line
    from branchdesk.reports.signatures import SignatureLine

    width = frame_width(info)
    held = f"评定日期：{long_date(book.held_on)}" if book.held_on else "评定日期："
    story: list[Flowable] = [
        FormTitle(summary_title(book)),
        info_line([book.branch_name, f"参评党员{book.summary.members}人", held], width),
        Spacer(0, 4),
        _summary_table(book, width),
    ]
    tail: list[Flowable] = [Spacer(0, 8), _result(book, width)]
    if book.notes:
        tail += [Spacer(0, 8), _boxed_text("说明", book.notes, width, 40)]
    tail.append(SignatureLine(["支部书记", "填表人"]))
    return [*story, KeepTogether(tail)]


def _summary_table(book: EvaluationBook, width: float) -> Flowable:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Table, TableStyle

    from branchdesk.reports.fonts import ensure_font
    from branchdesk.reports.styles import (
        FRAME_WIDTH,
        GRID_WIDTH,
        LABEL_FILL,
        RULE,
        ZEBRA_FILL,
        form_styles,
    )
    from branchdesk.reports.tables import (
        DATA_PADDING,
        SPLIT_IN_ROW,
        VERTICAL_PADDING,
        paragraph,
        replace_size,
    )

    styles = form_styles()
    head = replace_size(styles.head, HEAD_SIZE)
    cell = replace_size(styles.cell, BODY_SIZE)
    centre = ParagraphStyle(f"{cell.name}-centre", parent=cell, alignment=TA_CENTER)
    grade_width = width - SEQ_WIDTH - NAME_WIDTH - STAGE_WIDTH - 8 * VOTE_WIDTH
    widths = [SEQ_WIDTH, NAME_WIDTH, STAGE_WIDTH, *[VOTE_WIDTH] * 8, grade_width]
    grade_names = [paragraph(labels.label(g), head) for g in GRADES]
    rows: list[list[object]] = [
        [
            paragraph("序号", head),
            paragraph("姓名", head),
            paragraph("人员类别", head),
            paragraph("党员互评（票）", head),
            "",
            "",
            "",
            paragraph("民主测评（票）", head),
            "",
            "",
            "",
            paragraph("评定等次", head),
        ],
        ["", "", "", *grade_names, *grade_names, ""],
    ]
    for number, sheet in enumerate(book.sheets, start=1):
        rows.append(
            [
                str(number),
                paragraph(sheet.name, cell),
                paragraph(labels.label(sheet.stage), centre),
                *_vote_cells(sheet.peer),
                *_vote_cells(sheet.masses),
                paragraph(labels.label(sheet.grade), centre),
            ]
        )
    if not book.sheets:
        rows.append([paragraph("（无参评党员）", centre), *[""] * 11])
    summary = book.summary
    rows.append(
        [
            paragraph("合计", centre),
            "",
            "",
            *map(str, summary.peer_total.counts()),
            *map(str, summary.masses_total.counts()),
            paragraph(f"已评定{summary.graded}人", centre),
        ]
    )
    last = len(rows) - 1
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), ensure_font()),
        ("FONTSIZE", (0, 0), (-1, -1), BODY_SIZE),
        ("LEADING", (0, 0), (-1, -1), cell.leading),
        ("LEFTPADDING", (0, 0), (-1, -1), DATA_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), DATA_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), VERTICAL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), VERTICAL_PADDING),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 2), (0, -1), "CENTER"),
        ("ALIGN", (3, 2), (10, -1), "CENTER"),
        ("GRID", (0, 0), (-1, -1), GRID_WIDTH, RULE),
        ("BOX", (0, 0), (-1, -1), FRAME_WIDTH, RULE),
        ("BACKGROUND", (0, 0), (-1, 1), LABEL_FILL),
        ("LINEBELOW", (0, 1), (-1, 1), FRAME_WIDTH, RULE),
        ("LINEABOVE", (0, last), (-1, last), FRAME_WIDTH, RULE),
        ("BACKGROUND", (0, last), (-1, last), LABEL_FILL),
        # The head: 序号, 姓名, 人员类别 and 评定等次 take both rows; the votes a group each.
        *[("SPAN", (column, 0), (column, 1)) for column in (0, 1, 2, 11)],
        ("SPAN", (3, 0), (6, 0)),
        ("SPAN", (7, 0), (10, 0)),
        ("SPAN", (0, last), (2, last)),
    ]
    if book.sheets and last > 3:
        commands.append(("ROWBACKGROUNDS", (0, 2), (-1, last - 1), [None, ZEBRA_FILL]))
    if not book.sheets:
        commands.append(("SPAN", (0, 2), (-1, 2)))
    table = Table(rows, colWidths=widths, repeatRows=2, splitInRow=SPLIT_IN_ROW, hAlign="CENTER")
    table.setStyle(TableStyle(commands))
    return table


def _vote_cells(votes: VoteTally) -> list[str]:
    """The counts per grade; blank while no ballot is counted (0 would claim a count)."""
    if votes.total == 0:
        return [""] * 4
    return [str(n) for n in votes.counts()]


def result_text(book: EvaluationBook) -> str:
    """优秀 3 人（占已评定 27.3%），合格 8 人，基本合格 0 人，不合格 0 人；未评定 1 人."""
    summary = book.summary
    parts = [f"{labels.label(g)}{summary.by_grade.get(g, 0)}人" for g in GRADES]
    share = percent_text(summary.excellent_share)
    if share:
        parts[0] += f"（占已评定{share}）"
    text = "，".join(parts)
    ungraded = summary.members - summary.graded
    if ungraded:
        text += f"；未评定{ungraded}人"
    return text


def _result(book: EvaluationBook, width: float) -> Flowable:
    from branchdesk.reports.tables import FormGrid, Label, Value

    grid = FormGrid([LABEL_WIDTH + 20, width - LABEL_WIDTH - 20], min_row_height=ROW_HEIGHT)
    grid.row(Label("评定结果"), Value(result_text(book)))
    return grid.table()
