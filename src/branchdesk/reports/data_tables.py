"""Ruled data tables (rosters, ledgers, exports) with their header row on every page.

A reportlab Table re-measures everything it has left each time it splits at a page end, so a
2,000-row table costs time quadratic in its length. ``PagedTable`` hands reportlab only a
window of rows a little longer than a page and keeps the rest as plain cell values, so each
page costs the same whatever the length of the table.

Body cells are plain strings: a text wider than its column is broken into lines once, here,
exactly where a CJK-wrapping Paragraph would break it. A Paragraph cell is wrapped again each
time its table is measured or drawn, one object per character, and drawn a fragment at a time;
that was most of the time of a long ledger. ``DataTable`` then draws all those lines in one
PDF text object a page instead of one per line.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate
from typing import Any
from unicodedata import category

from reportlab.lib import textsplit
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, FrameBreak, Paragraph, Table, TableStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.tables import CellStyle
from reportlab.rl_config import _FUZZ

from branchdesk.reports.fonts import ensure_font, text_width
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

MEASURE_BATCH = 32  # rows measured at a time: about a page
_BREAK = "\x00"  # stands for a line break while text is cleaned as a Paragraph cleans it
_ENTITIES = frozenset("&<>")  # escaped, each makes a Paragraph fragment of its own


@dataclass(frozen=True)
class Column:
    """A data-table column: header text, width in points, alignment of its cells."""

    title: str
    width: float
    align: str = "LEFT"  # LEFT, CENTER or RIGHT


def fit_widths(natural: Sequence[float], total: float) -> list[float]:
    """Share ``total`` points among columns wanting ``natural`` widths.

    Spare room is shared in proportion. When there is too little, columns that want no more
    than an even share keep their width and the wide ones share the rest (they wrap), so a
    long text column never squeezes a date column into wrapping.
    """
    if sum(natural) <= total:
        return scale_widths(natural, total)
    widths = [0.0] * len(natural)
    room, open_columns = total, list(range(len(natural)))
    while open_columns:
        share = room / len(open_columns)
        narrow = [index for index in open_columns if natural[index] <= share]
        if not narrow:
            wide_total = sum(natural[index] for index in open_columns)
            for index in open_columns:
                widths[index] = room * natural[index] / wide_total
            break
        for index in narrow:
            widths[index] = natural[index]
            room -= natural[index]
        open_columns = [index for index in open_columns if index not in narrow]
    return widths


def scale_widths(weights: Sequence[float], total: float) -> list[float]:
    """Relative weights → widths in points adding up to ``total``."""
    whole = sum(weights)
    if whole <= 0:
        return [total / len(weights)] * len(weights)
    return [total * weight / whole for weight in weights]


def data_table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    font_size: float = 9,
    zebra: bool = True,
    empty_text: str = "（无）",
    footer: Flowable | None = None,
    valign: str = "MIDDLE",
) -> Flowable:
    """A ruled table with its header row repeated on every page.

    A cell that fits its column on one line stays a plain string (fast for thousands of rows);
    a longer one becomes a wrapping Paragraph, so nothing ever runs past its box. ``footer``
    (e.g. the signature line) goes in an unruled last row that never leaves the last data row,
    so it cannot stand alone on a page. ``valign`` TOP keeps a row's short cells on the first
    page of a row split across pages (MIDDLE leaves them wherever the row's middle falls).
    """
    maker = _TableMaker(columns, font_size, zebra, footer, valign)
    if not rows:
        return maker.empty(empty_text)
    return PagedTable(maker, [maker.cells(values) for values in rows], start=0)


class _TableMaker:
    """Builds the Table of a run of rows with the header, rules, zebra fill and footer."""

    def __init__(
        self,
        columns: Sequence[Column],
        font_size: float,
        zebra: bool,
        footer: Flowable | None,
        valign: str = "MIDDLE",
    ) -> None:
        styles = form_styles()
        left = replace_size(styles.cell, font_size)
        by_align = {
            "LEFT": left,
            "CENTER": ParagraphStyle(f"{left.name}-centre", parent=left, alignment=TA_CENTER),
            "RIGHT": ParagraphStyle(f"{left.name}-right", parent=left, alignment=TA_RIGHT),
        }
        self.columns = list(columns)
        self.font_size = font_size
        self.zebra = zebra
        self.valign = valign
        self.footer = footer
        self._leading = left.leading
        self._wrap_styles = [by_align[column.align] for column in columns]
        self._centre = by_align["CENTER"]
        self._rooms = [column.width - 2 * DATA_PADDING for column in columns]
        # The header row is broken into lines too; its own size and leading are set per row.
        self._head = replace_size(styles.head, font_size)
        head_breaker = LineBreaker(self._head.fontSize)
        self._header = [
            WrappedText("\n".join(head_breaker.lines(column.title, room)), column.title, self._head)
            for column, room in zip(columns, self._rooms, strict=True)
        ]
        self._widths: dict[str, float] = {}  # many cells repeat (性别, 党小组, 正式党员 …)
        self._breaker = LineBreaker(font_size)
        self._line_widths: dict[tuple[str, str, float], float] = {}
        self._kinds = self._cell_kinds()

    def cells(self, values: Sequence[str]) -> list[object]:
        """A row's cells: plain strings where they fit one line, else broken into lines."""
        return [
            text if self._fits(text, room) else self._wrapped(text, room, style)
            for text, room, style in zip(values, self._rooms, self._wrap_styles, strict=True)
        ]

    def _wrapped(self, text: str, room: float, style: ParagraphStyle) -> WrappedText:
        return WrappedText("\n".join(self._breaker.lines(text, room)), text, style)

    def _fits(self, text: str, room: float) -> bool:
        if "\n" in text:
            return False
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = text_width(text, self.font_size)
        return width <= room

    def empty(self, text: str) -> Table:
        """The header and one row saying there is nothing to list."""
        blank = [paragraph(text, self._centre), *[""] * (len(self.columns) - 1)]
        return self.table([blank], start=0, last=True, spans=[("SPAN", (0, 1), (-1, 1))])

    @cached_property
    def header_height(self) -> float:
        return self._edge_heights[0]

    @cached_property
    def footer_height(self) -> float:
        return self._edge_heights[1] if self.footer is not None else 0.0

    @cached_property
    def _edge_heights(self) -> list[float]:
        table = self.table([], start=0, last=True)
        table.wrap(self.width, 1e9)
        return [*table._rowHeights, 0.0][:2]

    @property
    def width(self) -> float:
        return sum(column.width for column in self.columns)

    def measure(self, rows: list[list[object]]) -> list[float]:
        """The heights reportlab gives ``rows`` in this table."""
        if all(isinstance(value, str) for row in rows for value in row):
            # What Table gives rows of strings, without building one: lines × leading.
            padding = 2 * VERTICAL_PADDING
            return [
                max(self._leading * (value.count("\n") + 1) for value in row) + padding
                for row in rows
            ]
        table = Table(rows, colWidths=[column.width for column in self.columns])
        table.setStyle(TableStyle(self._text_commands()))
        table.wrap(self.width, 1e9)
        return list(table._rowHeights)

    def _text_commands(self) -> list[tuple[object, ...]]:
        return [
            ("FONTNAME", (0, 0), (-1, -1), ensure_font()),
            ("FONTSIZE", (0, 0), (-1, -1), self.font_size),
            ("LEADING", (0, 0), (-1, -1), self._leading),
            ("LEFTPADDING", (0, 0), (-1, -1), DATA_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), DATA_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), VERTICAL_PADDING),
            ("BOTTOMPADDING", (0, 0), (-1, -1), VERTICAL_PADDING),
        ]

    def _cell_kinds(self) -> dict[str, list[type[CellStyle]]]:
        """The styles of a row's cells (header, body, body under a span, footer), as classes.

        A page's Table gets a new instance of these for each cell (reportlab changes the
        padding of a cell it splits in place), instead of some twenty style commands applied
        to every cell of every page one by one.
        """
        text = {
            "fontname": ensure_font(),
            "fontsize": self.font_size,
            "leading": self._leading,
            "leftPadding": DATA_PADDING,
            "rightPadding": DATA_PADDING,
            "topPadding": VERTICAL_PADDING,
            "bottomPadding": VERTICAL_PADDING,
        }
        head = {
            **text,
            "fontsize": self._head.fontSize,
            "leading": self._head.leading,
            "alignment": "CENTER",
            "valign": "MIDDLE",  # the header row stays centred
        }
        body = {**text, "valign": self.valign}
        footer = {**body, "leftPadding": 0, "rightPadding": 0}

        def kind(name: str, attributes: dict[str, object]) -> type[CellStyle]:
            return type(name, (CellStyle,), attributes)

        return {
            "head": [kind("DataHead", head)] * len(self.columns),
            "body": [kind("DataCell", {**body, "alignment": c.align}) for c in self.columns],
            "spanned": [kind("DataSpanned", body)] * len(self.columns),
            "footer": [kind("DataFooter", footer)] * len(self.columns),
        }

    def table(
        self,
        rows: list[list[object]],
        *,
        start: int,
        last: bool,
        spans: list[tuple[object, ...]] | None = None,
        heights: list[float | None] | None = None,
    ) -> Table:
        """Header + ``rows`` (the table's rows from number ``start``) + the footer if ``last``."""
        body: list[list[object]] = [list(self._header), *rows]
        end = len(body) - 1  # the last ruled row
        kinds = ["head", *["spanned" if spans else "body"] * len(rows)]
        commands: list[tuple[object, ...]] = [
            *(spans or []),
            ("GRID", (0, 0), (-1, end), GRID_WIDTH, RULE),
            ("BOX", (0, 0), (-1, end), FRAME_WIDTH, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), FRAME_WIDTH, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
        ]
        if self.zebra and end >= 1:
            # Every other row of the whole table is shaded, wherever this run starts.
            fills = [None, ZEBRA_FILL] if start % 2 == 0 else [ZEBRA_FILL, None]
            commands.append(("ROWBACKGROUNDS", (0, 1), (-1, end), fills))
        if last and self.footer is not None:
            body.append([self.footer, *[""] * (len(self.columns) - 1)])
            kinds.append("footer")
            commands += [
                ("SPAN", (0, end + 1), (-1, end + 1)),
                ("NOSPLIT", (0, end), (-1, end + 1)),
            ]
        table = DataTable(
            body,
            colWidths=[column.width for column in self.columns],
            rowHeights=heights,
            repeatRows=1,
            splitInRow=SPLIT_IN_ROW,
            hAlign="CENTER",
            cellStyles=[[style("cell") for style in self._kinds[kind]] for kind in kinds],
        )
        table.setStyle(TableStyle(commands))
        table.line_widths = self._line_widths  # the same dates and names on every page
        return table


class DataTable(Table):
    """A Table drawing the lines of all its string cells in one PDF text object.

    reportlab's Table draws each line of a string cell with drawString: a text object of its
    own (BT … ET, origin, font) per line, most of the cost of a page of short texts. Here the
    lines go at exactly the positions reportlab gives them, into one text object written
    before the rules; any other cell (a Paragraph, a flowable) is left to reportlab.
    """

    _text: PDFTextObject | None = None
    _text_style: tuple[object, ...] | None = None
    line_widths: dict[tuple[str, str, float], float]  # of centred lines; tables may share it

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.line_widths = {}

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        if not (isinstance(cellval, str) and _plain_text_style(cellstyle)) or hasattr(
            cellval, "onDraw"
        ):
            self._flush_text()
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        colpos, rowpos = pos
        colwidth, rowheight = size
        style = cellstyle
        lines = cellval.split("\n")
        leading, fontsize = style.leading, style.fontsize
        # The same arithmetic as Table._drawCell, so the text lands on the same points.
        if style.valign == "BOTTOM":
            y = rowpos + style.bottomPadding + len(lines) * leading - fontsize
        elif style.valign == "TOP":
            y = rowpos + rowheight - style.topPadding - fontsize
        else:
            middle = style.bottomPadding + rowheight - style.topPadding + len(lines) * leading
            y = rowpos + middle / 2.0 - fontsize
        if style.alignment == "LEFT":
            x, shift = colpos + style.leftPadding, 0.0
        elif style.alignment == "RIGHT":
            x, shift = colpos + colwidth - style.rightPadding, 1.0
        else:
            x, shift = colpos + (colwidth + style.leftPadding - style.rightPadding) * 0.5, 0.5
        text = self._text_object(style)
        at_line = False  # whether the text cursor is already where this line starts
        for line in lines:
            if line:
                if not at_line:
                    width = self._line_width(line, style) if shift else 0.0
                    text.setTextOrigin(x - shift * width, y)
                text.textLine(line)
                # A left-aligned line follows on at the start of the next one (T*, moving
                # down the leading just set with the font); others are placed one by one.
                at_line = not shift
            else:
                at_line = False
            y -= leading

    def _line_width(self, line: str, style: Any) -> float:
        key = (line, style.fontname, style.fontsize)
        width = self.line_widths.get(key)
        if width is None:
            width = self.line_widths[key] = self.canv.stringWidth(*key)
        return width

    def _text_object(self, style: Any) -> PDFTextObject:
        if self._text is None:
            self._text = self.canv.beginText()
            self._text_style = None
        wanted = (style.fontname, style.fontsize, style.leading, style.color)
        if wanted != self._text_style:
            self._text.setFont(style.fontname, style.fontsize, style.leading)
            self._text.setFillColor(style.color)
            self._text_style = wanted
        return self._text

    def _flush_text(self) -> None:
        if self._text is not None:
            self.canv.drawText(self._text)
            self._text = None
            self._curcellstyle = None  # the text object changed the font and fill colour

    def _drawLines(self) -> None:
        self._flush_text()  # Table.draw draws the rules after every cell
        super()._drawLines()


def _plain_text_style(style: Any) -> bool:
    """True for a cell style DataTable draws itself (no links, bidi text or decimal tabs)."""
    return (
        style.alignment in ("LEFT", "CENTER", "CENTRE", "RIGHT")
        and style.valign in ("TOP", "MIDDLE", "BOTTOM")
        and not (style.href or style.destination or style.direction or style.shaping)
    )


class PagedTable(Flowable):
    """A long data table laid out a page at a time.

    Rows are measured once (by reportlab, in batches) and each page gets a Table of exactly
    the rows that fit, with their heights given; only a row taller than a whole page is left
    to reportlab's own in-row split.
    """

    def __init__(
        self,
        maker: _TableMaker,
        rows: list[list[object]],
        *,
        start: int,
        heights: list[float | None] | None = None,
    ) -> None:
        super().__init__()
        self.hAlign = "CENTER"
        self._maker = maker
        self._rows = rows
        self._start = start  # the number of the first row in the whole table, from 0
        self._heights: list[float | None] = heights or [None] * len(rows)

    def _measured(self, count: int) -> None:
        """Make sure the first ``count`` rows have their heights."""
        first = next((i for i, h in enumerate(self._heights[:count]) if h is None), None)
        if first is None:
            return
        end = min(len(self._rows), max(count, first + MEASURE_BATCH))
        self._heights[first:end] = self._maker.measure(self._rows[first:end])

    def _fitting(self, avail_height: float) -> tuple[int, float]:
        """How many rows fit under the header in ``avail_height``, and their height."""
        used = self._maker.header_height
        count = 0
        while count < len(self._rows):
            self._measured(count + 1)
            height = self._heights[count]
            assert height is not None
            if used + height > avail_height + 1e-6:
                break
            used += height
            count += 1
        if count == len(self._rows) and used + self._maker.footer_height > avail_height + 1e-6:
            count -= 1  # the footer must not leave the last row: both go to the next page
            used -= self._heights[count] or 0.0
        return count, used

    def _page(self, count: int) -> Table:
        last = count == len(self._rows)
        heights = [self._maker.header_height, *self._heights[:count]]
        if last and self._maker.footer is not None:
            heights.append(self._maker.footer_height)
        return self._maker.table(self._rows[:count], start=self._start, last=last, heights=heights)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        count, used = self._fitting(availHeight)
        self.width = sum(column.width for column in self._maker.columns)
        if count == len(self._rows):
            self.height = used + self._maker.footer_height
        else:
            self.height = availHeight + 1  # more than fits: the frame will split it
        return self.width, self.height

    def draw(self) -> None:  # only when every row fitted
        table = self._page(len(self._rows))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        count, _ = self._fitting(availHeight)
        if count == 0:
            return self._split_inside_row(availWidth, availHeight)
        page = self._page(count)
        if count == len(self._rows):
            return [page]
        rest = PagedTable(
            self._maker,
            self._rows[count:],
            start=self._start + count,
            heights=self._heights[count:],
        )
        # The page is full: the next row did not fit. (A row taller than what is left starts
        # on the next page, as reportlab itself does, rather than under a second header.)
        return [page, FrameBreak(), rest]

    def _split_inside_row(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """The first row does not fit here: let reportlab split it (or move it on).

        Its broken texts go back into Paragraphs for this: reportlab splits a string cell at
        1.2 × its size a line (not at its leading) and never splits one aligned MIDDLE.
        """
        window = min(len(self._rows), 2)
        rows = [
            [value.paragraph() if isinstance(value, WrappedText) else value for value in row]
            for row in self._rows[:window]
        ]
        table = self._maker.table(rows, start=self._start, last=window == len(self._rows))
        parts = table.split(avail_width, avail_height)
        if len(parts) < 2 or window == len(self._rows):
            return parts
        first, rest = parts[0], parts[1]
        on_this_page = first._nrows - 1  # both parts carry the header row
        if on_this_page + rest._nrows - 1 > window:
            # The row was split: its second half leads what is left.
            remaining = [rest._cellvalues[1], *self._rows[on_this_page:]]
            start = self._start + on_this_page - 1
        else:
            remaining = self._rows[on_this_page:]
            start = self._start + on_this_page
        return [first, FrameBreak(), PagedTable(self._maker, remaining, start=start)]


class WrappedText(str):
    """A cell's text broken into lines (the str), keeping the text and style it came from."""

    source: str
    style: ParagraphStyle

    def __new__(cls, lines: str, source: str, style: ParagraphStyle) -> WrappedText:
        self = super().__new__(cls, lines)
        self.source = source
        self.style = style
        return self

    def paragraph(self) -> Paragraph:
        """The same text as a wrapping Paragraph (which breaks it the same way)."""
        return paragraph(self.source, self.style)


class LineBreaker:
    """Breaks text into the lines a CJK-wrapping Paragraph of the form font shows, at once.

    It follows reportlab 5's own breaking step by step (Paragraph.breakLinesCJK): the text is
    cleaned as Paragraph cleans it (runs of white space become one space), a text of one
    fragment is broken by ``textsplit.dumbSplit`` (its full lines stripped) and one of several
    fragments (line breaks, & < >) by ``cjkFragSplit`` (nothing stripped). Both break between
    any two characters, back up to a space inside Latin words, and hang a character that may
    not start a line at the end of the line above. Character widths are cached, and a line's
    width is summed in the same order as reportlab sums it, so a break falls on the same
    character even where a line is within a rounding error of full.
    """

    def __init__(self, font_size: float) -> None:
        form_styles()  # teaches reportlab the Chinese characters that cannot start a line
        self._char_widths = _CharWidths(font_size)
        self._known: dict[tuple[str, float], list[str]] = {}  # 组织生活会, 李秀娟（石珍玥）…

    def lines(self, text: str, room: float) -> list[str]:
        """The lines of ``text`` in a column ``room`` points wide (inside its padding)."""
        key = (text, room)
        lines = self._known.get(key)
        if lines is None:
            lines = self._known[key] = self._lines(text, room)
        return list(lines)

    def _lines(self, text: str, room: float) -> list[str]:
        cleaned = cleanBlockQuotedText(text.replace("\n", _BREAK))
        if not cleaned or cleaned == _BREAK:
            return []  # no text, or a lone line break: an empty Paragraph
        segments = cleaned.split(_BREAK)
        if len(segments) == 1 and (len(cleaned) == 1 or _ENTITIES.isdisjoint(cleaned)):
            return self._break(cleaned, room, strip=True, last=True)
        lines: list[str] = []
        for number, segment in enumerate(segments, start=1):
            lines += self._break(segment, room, strip=False, last=number == len(segments))
        return lines

    def _break(self, text: str, room: float, *, strip: bool, last: bool) -> list[str]:
        """One segment's lines; a segment before a line break always ends a line, even empty."""
        cannot_start = textsplit.ALL_CANNOT_START
        widths = list(map(self._char_widths.__getitem__, text))
        limit = max(room + _FUZZ, 0.0)  # a line is full once its width passes this
        lines: list[str] = []
        start = 0
        while True:
            index, used = _overflow(widths, start, limit)
            if index is None:
                break
            char = text[index - 1]  # the character that did not fit
            if ord(char) < 0x3000:
                # Inside a Latin word: end the line after the last space (or CJK character)
                # in the second half of the line, if there is one.
                for back in range(index - 1, (start + index) >> 1, -1):
                    after_space = category(text[back]) == "Zs" or ord(text[back]) >= 0x3000
                    if after_space and back + 1 < index:
                        char = text[back + 1]
                        index = back + 2
                        break
            if char not in cannot_start and index > start + 1:
                index -= 1  # the character starts the next line (else it hangs)
            line = text[start:index]
            lines.append(line.strip() if strip else line)
            start = index
        if used > 0 or not last:
            lines.append(text[start:])
        return lines


OVERFLOW_WINDOW = 64  # characters summed at a time: more than a line of the widest column


def _overflow(widths: list[float], start: int, limit: float) -> tuple[int | None, float]:
    """Where a line from ``start`` passes ``limit``: (the index after the character that
    overflows, its width so far), or (None, the width of the rest) when the rest fits.

    The running sum is ``accumulate``'s, which adds in the same order as a plain loop."""
    used = 0.0
    position = start
    while position < len(widths):
        sums = list(accumulate(widths[position : position + OVERFLOW_WINDOW], initial=used))
        fitting = bisect_right(sums, limit, lo=1) - 1  # sums[0] is the width before
        if fitting < len(sums) - 1:
            return position + fitting + 1, sums[fitting + 1]
        used = sums[-1]
        position += OVERFLOW_WINDOW
    return None, used


class _CharWidths(dict[str, float]):
    """Width of each character at one size, measured on first use."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self._size = size

    def __missing__(self, char: str) -> float:
        width = self[char] = text_width(char, self._size)
        return width
