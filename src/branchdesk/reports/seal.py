"""A box where the issuer's seal goes, marked （盖章） in grey (certificates, handoff lists)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from branchdesk.reports.fonts import ensure_font, text_width

LABEL = "（盖章）"
LABEL_SIZE = 10.5
GREY = colors.HexColor("#666666")


class SealBox(Flowable):
    """A dashed square of ``size`` points (a round 42 mm seal needs about 120) with its label.

    Dashed and grey, so the stamped seal, not the box, is what the reader sees.
    """

    def __init__(self, size: float = 120.0) -> None:
        super().__init__()
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = self.height = self.size
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.6)
        canvas.setDash(3, 2)
        canvas.rect(0, 0, self.size, self.size)
        canvas.setFillColor(GREY)
        canvas.setFont(ensure_font(), LABEL_SIZE)
        x = (self.size - text_width(LABEL, LABEL_SIZE)) / 2
        canvas.drawString(x, self.size / 2 - LABEL_SIZE * 0.35, LABEL)
        canvas.restoreState()
