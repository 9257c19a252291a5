"""The photo box of a personal form: the member's photo scaled to fit, or 照片 to paste one."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from branchdesk.reports.fonts import ensure_font, text_width

# A 2-inch ID photo (二寸照片) is 35 × 45 mm (or 35 × 49/53); the box keeps that proportion.
PHOTO_RATIO = 45 / 35


class PhotoBox(Flowable):
    """``width`` × ``height`` points showing the photo at ``path``, centred, never distorted.

    A missing or unreadable file prints the placeholder, so a damaged photo never stops
    the form from printing.
    """

    def __init__(self, path: Path | None, width: float, height: float) -> None:
        super().__init__()
        self.width = width
        self.height = height
        self._image: ImageReader | None = None
        if path is not None:
            try:
                self._image = ImageReader(str(path))
                self._image.getSize()  # reads the header: fails now rather than mid-layout
            except Exception:  # any undecodable file: print the empty box instead
                self._image = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        if self._image is not None:
            canvas.drawImage(
                self._image,
                0,
                0,
                self.width,
                self.height,
                preserveAspectRatio=True,
                anchor="c",
                mask="auto",
            )
            return
        canvas.saveState()
        canvas.setFont(ensure_font(), 11)
        canvas.setFillColor(colors.HexColor("#666666"))
        label = "照片"
        canvas.drawString((self.width - text_width(label, 11)) / 2, self.height / 2 - 4, label)
        canvas.restoreState()
