"""Boxed label/value grids like the paper forms, and the cell helpers every table shares.

Text that may not fit goes into a Paragraph with CJK wrapping, so it wraps inside its box and the
row grows; nothing is clipped or drawn over a neighbour. Rows may split across pages
(``splitInRow``), so even a very long note cannot make a form impossible to lay out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from branchdesk.reports.fonts import ensure_font, text_width
from branchdesk.reports.styles import (
    CELL_PADDING,
    FRAME_WIDTH,
    GRID_WIDTH,
    LABEL_FILL,
    RULE,
    SECTION_FILL,
    form_styles,
)

VERTICAL_PADDING = 3.0
SECTION_ROW_HEIGHT = 20.0
DATA_PADDING = 3.0  # left and right in data tables, where columns are narrow
# A row may break across a page once at least this much of it fits (points).
SPLIT_IN_ROW = 40
MIN_FIT_SIZE = 7.5  # the smallest size a date or a number is shrunk to before it wraps
MIN_LABEL_SIZE = 8.5  # labels shrink less: below this they wrap


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph showing ``text`` literally (markup escaped, line breaks kept)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def fitted(
    text: str, style: ParagraphStyle, width: float, *, min_size: float = MIN_FIT_SIZE
) -> Paragraph:
    """``text`` on one line, shrunk down to ``min_size`` if needed; if even that is too wide,
    wrapped at the normal size (a label like 家庭住址/现居住地 reads better on two lines)."""
    room = width - 2 * CELL_PADDING
    natural = text_width(text, style.fontSize)
    if natural <= room or not text:
        return paragraph(text, style)
    size = style.fontSize * room / natural * 0.995
    if size < min_size:
        return paragraph(text, style)
    smaller = ParagraphStyle(
        f"{style.name}@{size:.2f}", parent=style, fontSize=size, leading=size * 1.3
    )
    return paragraph(text, smaller)


# --- form grids ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    """A grey label cell (姓名, 出生日期 …)."""

    text: str
    span: int = 1


@dataclass(frozen=True)
class Value:
    """A value cell; ``fit`` keeps short values (dates, numbers) on one line by shrinking."""

    text: str
    span: int = 1
    fit: bool = False
    center: bool = False


@dataclass(frozen=True)
class Box:
    """Any flowable in a cell spanning ``rows`` rows and ``span`` columns (the photo box)."""

    flowable: Flowable
    rows: int = 1
    span: int = 1


GridCell = Label | Value | Box


class FormGrid:
    """A label/value grid on fixed columns, filled row by row like the paper form.

    Cells take ``span`` columns; a Box may also take several rows, and later rows skip the
    columns it covers. Rows are at least ``min_row_height`` (room to write by hand) and grow
    with their text; the rows beside a tall Box share the height it needs.
    """

    def __init__(self, widths: Sequence[float], *, min_row_height: float = 24) -> None:
        self.widths = list(widths)
        self.min_row_height = min_row_height
        self._rows: list[list[object]] = []
        self._min_heights: list[float] = []
        self._commands: list[tuple[object, ...]] = []
        self._spans: dict[tuple[int, int], int] = {}  # (row, column) → columns taken
        self._covered: set[tuple[int, int]] = set()  # (row, column) under a tall Box
        self._tall: list[tuple[int, int, float]] = []  # first row, last row, height needed

    def section(self, title: str) -> None:
        """A full-width grey row naming the block below it (发展历程, 备注 …)."""
        row = len(self._rows)
        cells: list[object] = [paragraph(title, form_styles().section)]
        cells += [""] * (len(self.widths) - 1)
        self._rows.append(cells)
        self._min_heights.append(SECTION_ROW_HEIGHT)
        self._spans[(row, 0)] = len(self.widths)
        self._commands += [
            ("SPAN", (0, row), (-1, row)),
            ("BACKGROUND", (0, row), (-1, row), SECTION_FILL),
        ]

    def row(self, *cells: GridCell, min_height: float | None = None) -> None:
        """Add a row; the spans of ``cells`` and any tall Box above must cover every column."""
        row = len(self._rows)
        values: list[object] = [""] * len(self.widths)
        column = 0
        for cell in cells:
            while (row, column) in self._covered:
                column += 1
            span = cell.span
            width = sum(self.widths[column : column + span])
            values[column] = self._content(cell, width)
            self._spans[(row, column)] = span
            last_row = row + (cell.rows - 1 if isinstance(cell, Box) else 0)
            if span > 1 or last_row > row:
                self._commands.append(("SPAN", (column, row), (column + span - 1, last_row)))
            if isinstance(cell, Label):
                self._commands.append(
                    ("BACKGROUND", (column, row), (column + span - 1, row), LABEL_FILL)
                )
            if isinstance(cell, Box):
                self._commands.append(("ALIGN", (column, row), (column, row), "CENTER"))
                if last_row > row:
                    height = cell.flowable.wrap(width, 10_000)[1] + 2 * VERTICAL_PADDING
                    self._tall.append((row, last_row, height))
                    for covered_row in range(row + 1, last_row + 1):
                        for covered_column in range(column, column + span):
                            self._covered.add((covered_row, covered_column))
            column += span
        while (row, column) in self._covered:
            column += 1
        if column != len(self.widths):
            raise ValueError(f"row {row} covers {column} of {len(self.widths)} columns")
        self._rows.append(values)
        self._min_heights.append(min_height or self.min_row_height)

    def _content(self, cell: GridCell, width: float) -> object:
        styles = form_styles()
        if isinstance(cell, Box):
            return cell.flowable
        if isinstance(cell, Label):
            return fitted(cell.text, styles.label, width, min_size=MIN_LABEL_SIZE)
        style = styles.label if cell.center else styles.value
        if cell.fit:
            return fitted(cell.text, style, width)
        return paragraph(cell.text, style)

    def table(self, *, repeat_rows: int = 0) -> Table:
        """The finished grid as one Table; ``repeat_rows`` head rows repeat after a page break."""
        heights = [
            max(minimum, self._text_height(index))
            for index, minimum in enumerate(self._min_heights)
        ]
        for first, last, needed in self._tall:
            deficit = needed - sum(heights[first : last + 1])
            if deficit > 0:
                for index in range(first, last + 1):
                    heights[index] += deficit / (last - first + 1)
        # A row taller than its minimum is left to reportlab (None) so it can split across
        # pages; rows beside a tall Box keep their computed height.
        tall_rows = {index for first, last, _ in self._tall for index in range(first, last + 1)}
        row_heights: list[float | None] = [
            height if index in tall_rows or height <= self._min_heights[index] else None
            for index, height in enumerate(heights)
        ]
        table = Table(
            self._rows,
            colWidths=self.widths,
            rowHeights=row_heights,
            repeatRows=repeat_rows,
            splitInRow=SPLIT_IN_ROW,
            hAlign="CENTER",
        )
        table.setStyle(TableStyle(_grid_commands() + self._commands))
        return table

    def _text_height(self, row: int) -> float:
        """Height the paragraphs of ``row`` need, tall Boxes excluded."""
        tallest = 0.0
        for (span_row, column), span in self._spans.items():
            cell = self._rows[row][column] if span_row == row else None
            if isinstance(cell, Paragraph):
                width = sum(self.widths[column : column + span]) - 2 * CELL_PADDING
                tallest = max(tallest, cell.wrap(width, 10_000)[1])
        return tallest + 2 * VERTICAL_PADDING


def _grid_commands() -> list[tuple[object, ...]]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), ensure_font()),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), VERTICAL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), VERTICAL_PADDING),
        ("GRID", (0, 0), (-1, -1), GRID_WIDTH, RULE),
        ("BOX", (0, 0), (-1, -1), FRAME_WIDTH, RULE),
    ]


def replace_size(style: ParagraphStyle, size: float) -> ParagraphStyle:
    """``style`` at another font size (leading scaled with it)."""
    if style.fontSize == size:
        return style
    return ParagraphStyle(
        f"{style.name}@{size}", parent=style, fontSize=size, leading=round(size * 1.3, 2)
    )
