"""Form titles (centred, large, slightly emboldened) and the information line below them."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from branchdesk.reports.fonts import ensure_font, text_width

MIN_TITLE_SIZE = 13.0


class FormTitle(Flowable):
    """A centred title; shrinks to fit one line, and wraps only past MIN_TITLE_SIZE.

    The font has no bold face, so the glyphs are filled and thinly stroked (text render
    mode 2): the text stays real text for search and extraction.
    """

    def __init__(self, text: str, size: float = 18, space_after: float = 8) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.spaceAfter = space_after
        self._lines: list[str] = [text]
        self._line_size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        natural = text_width(self.text, self.size)
        if natural <= availWidth:
            self._line_size, self._lines = self.size, [self.text]
        elif natural * MIN_TITLE_SIZE / self.size <= availWidth:
            self._line_size, self._lines = self.size * availWidth / natural * 0.99, [self.text]
        else:
            self._line_size = MIN_TITLE_SIZE
            self._lines = _break_lines(self.text, MIN_TITLE_SIZE, availWidth)
        self.height = len(self._lines) * self._line_size * 1.35 + 4
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(colors.black)
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(self._line_size * 0.028)
        leading = self._line_size * 1.35
        y = self.height - leading + self._line_size * 0.3
        for line in self._lines:
            text = canvas.beginText()
            text.setTextRenderMode(2)  # fill and stroke: a faux bold
            text.setFont(ensure_font(), self._line_size)
            text.setTextOrigin((self.width - text_width(line, self._line_size)) / 2, y)
            text.textOut(line)
            canvas.drawText(text)
            y -= leading
        canvas.restoreState()


def _break_lines(text: str, size: float, width: float) -> list[str]:
    """Greedy character-by-character breaking (Chinese may break between any characters)."""
    lines: list[str] = []
    current = ""
    for char in text:
        if current and text_width(current + char, size) > width:
            lines.append(current)
            current = char
        else:
            current += char
    if current:
        lines.append(current)
    return lines


def info_line(parts: Sequence[str], width: float) -> Flowable:
    """A line under a title with its items spread out: first left, last right, others between."""
    from reportlab.platypus import Table, TableStyle

    from branchdesk.reports.styles import form_styles
    from branchdesk.reports.tables import paragraph

    styles = form_styles()
    aligned = [
        ParagraphStyle(f"{styles.info.name}-{index}", parent=styles.info, alignment=alignment)
        for index, alignment in enumerate(_spread(len(parts)))
    ]
    cells = [paragraph(part, style) for part, style in zip(parts, aligned, strict=True)]
    weights = [max(1.0, text_width(part, styles.info.fontSize)) for part in parts]
    whole = sum(weights)
    table = Table([cells], colWidths=[width * weight / whole for weight in weights])
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("FONTNAME", (0, 0), (-1, -1), ensure_font()),
            ]
        )
    )
    return table


def _spread(count: int) -> list[int]:
    if count == 1:
        return [TA_LEFT]
    return [TA_LEFT] + [TA_CENTER] * (count - 2) + [TA_RIGHT]
