"""Signature and date lines at the foot of a form: 填表人：______  日期：____年__月__日."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable

from branchdesk.reports.fonts import ensure_font, text_width

SIGN_WIDTH = 92.0  # room for a handwritten name, points
DATE_PARTS = (("年", 38.0), ("月", 22.0), ("日", 22.0))


class SignatureLine(Flowable):
    """Labels each followed by a line to sign on, then a 日期 with blanks for 年 月 日.

    The items are spread across the frame width; the line is kept whole on one page.
    """

    def __init__(
        self, roles: Sequence[str], *, date_label: str = "日期", size: float = 10.5
    ) -> None:
        super().__init__()
        self.roles = list(roles)
        self.date_label = date_label
        self.size = size
        self.spaceBefore = 14
        self._gap = 0.0

    def _parts_width(self) -> list[float]:
        widths = [text_width(f"{role}：", self.size) + SIGN_WIDTH for role in self.roles]
        if self.date_label:
            date = text_width(f"{self.date_label}：", self.size)
            date += sum(blank + text_width(unit, self.size) for unit, blank in DATE_PARTS)
            widths.append(date)
        return widths

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        parts = self._parts_width()
        spare = availWidth - sum(parts)
        self._gap = max(12.0, spare / max(1, len(parts) - 1)) if len(parts) > 1 else 0
        self.width = availWidth
        self.height = self.size * 2.2
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        font = ensure_font()
        baseline = self.size * 0.6
        canvas.saveState()
        canvas.setFont(font, self.size)
        canvas.setFillColor(colors.black)
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.6)
        x = 0.0
        for role in self.roles:
            label = f"{role}："
            canvas.drawString(x, baseline, label)
            x += text_width(label, self.size)
            canvas.line(x, baseline - 2, x + SIGN_WIDTH, baseline - 2)
            x += SIGN_WIDTH + self._gap
        if self.date_label:
            label = f"{self.date_label}："
            canvas.drawString(x, baseline, label)
            x += text_width(label, self.size)
            for unit, blank in DATE_PARTS:
                canvas.line(x, baseline - 2, x + blank, baseline - 2)
                x += blank
                canvas.drawString(x, baseline, unit)
                x += text_width(unit, self.size)
        canvas.restoreState()
