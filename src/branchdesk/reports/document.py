"""The A4 page every form shares, and writing it atomically.

Header: the branch name, the form title and a rule. Footer: 第 N 页 共 M 页, drawn when the
document is saved (the canvas keeps its pages until the total is known). The canvas starts in
the CJK font, so no base font (Helvetica …) is ever referenced (DESIGN.md §9).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from branchdesk import __version__
from branchdesk.reports.fonts import ensure_font, text_width
from branchdesk.reports.jobs import ProgressCallback

HEADER_SIZE = 9.0
FOOTER_SIZE = 9.0
HEADER_GREY = colors.HexColor("#333333")

T = TypeVar("T")


@dataclass(frozen=True)
class FormInfo:
    """What a form is: its PDF Title, whose it is (header and Author), its header name."""

    title: str  # the document's title (PDF metadata)
    branch_name: str
    form_name: str = ""  # the page header's right side; the title when empty
    subject: str = ""
    landscape: bool = False

    @classmethod
    def for_person(cls, form_name: str, person: str, branch_name: str) -> FormInfo:
        """A one-person form: titled "表名 — 姓名", the branch as author and subject."""
        return cls(
            title=f"{form_name} — {person}",
            branch_name=branch_name,
            form_name=form_name,
            subject=f"{branch_name} {form_name}",
        )


@dataclass(frozen=True)
class Margins:
    left: float
    right: float
    top: float
    bottom: float


PORTRAIT_MARGINS = Margins(left=15 * mm, right=15 * mm, top=22 * mm, bottom=18 * mm)
LANDSCAPE_MARGINS = Margins(left=10 * mm, right=10 * mm, top=20 * mm, bottom=16 * mm)


class _NumberedCanvas(Canvas):
    """A canvas that holds its pages until ``save`` so each footer can say 共 M 页."""

    def __init__(self, *args: Any, margins: Margins, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._margins = margins
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        width, _height = self._pagesize
        self.saveState()
        self.setFont(ensure_font(), FOOTER_SIZE)
        self.setFillColor(HEADER_GREY)
        self.drawCentredString(
            width / 2,
            self._margins.bottom / 2,
            f"第 {self.getPageNumber()} 页 共 {total} 页",
        )
        self.restoreState()


class FormDocument(BaseDocTemplate):
    """An A4 form: one frame, the shared header and footer, progress after each page."""

    def __init__(
        self, file: str | BinaryIO, info: FormInfo, *, on_page: ProgressCallback | None = None
    ) -> None:
        font = ensure_font()
        self.info = info
        self.margins = LANDSCAPE_MARGINS if info.landscape else PORTRAIT_MARGINS
        self._on_page = on_page
        self.pages_done = 0
        super().__init__(
            file,
            pagesize=landscape(A4) if info.landscape else A4,
            leftMargin=self.margins.left,
            rightMargin=self.margins.right,
            topMargin=self.margins.top,
            bottomMargin=self.margins.bottom,
            title=info.title,
            author=info.branch_name,
            subject=info.subject or info.title,
            creator=f"BranchDesk {__version__}",
            lang="zh-CN",
            initialFontName=font,
            initialFontSize=10,
            initialLeading=13,
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="form", frames=[frame], onPage=self._header)])

    def _header(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        left, right = self.margins.left, width - self.margins.right
        baseline = height - self.margins.top + 5 * mm
        canvas.saveState()
        canvas.setFont(ensure_font(), HEADER_SIZE)
        canvas.setFillColor(HEADER_GREY)
        branch = _clip(self.info.branch_name, (right - left) * 0.6)
        canvas.drawString(left, baseline, branch)
        form_name = self.info.form_name or self.info.title
        canvas.drawRightString(right, baseline, _clip(form_name, (right - left) * 0.38))
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.6)
        canvas.line(left, baseline - 2 * mm, right, baseline - 2 * mm)
        canvas.restoreState()

    def afterPage(self) -> None:
        self.pages_done += 1
        if self._on_page is not None:
            self._on_page(self.pages_done)


def _clip(text: str, room: float) -> str:
    """Shorten a header text that would run into its neighbour, marking the cut with …."""
    if text_width(text, HEADER_SIZE) <= room:
        return text
    while text and text_width(text + "…", HEADER_SIZE) > room:
        text = text[:-1]
    return text + "…"


def frame_width(info: FormInfo) -> float:
    """Width available to the body of a form, in points."""
    margins = LANDSCAPE_MARGINS if info.landscape else PORTRAIT_MARGINS
    page_width = landscape(A4)[0] if info.landscape else A4[0]
    return page_width - margins.left - margins.right


def build_pdf(
    output: Path,
    story: Sequence[Flowable],
    info: FormInfo,
    *,
    on_page: ProgressCallback | None = None,
) -> int:
    """Lay out ``story`` as a form and write it to ``output`` atomically; returns the pages."""

    def write(handle: BinaryIO) -> int:
        document = FormDocument(handle, info, on_page=on_page)
        canvasmaker = partial(_NumberedCanvas, margins=document.margins)
        document.build(list(story), canvasmaker=canvasmaker)
        return document.pages_done

    return write_atomically(output, write)


def write_atomically(output: Path, write: Callable[[BinaryIO], T]) -> T:
    """Write through a temporary file beside ``output``, then rename it over ``output``.

    A failure (layout error, full disk, cancel) leaves any older file untouched and no partial
    file behind; a viewer never sees half a PDF.
    """
    output = Path(output)
    partial_file = output.with_name(f".{output.name}.{secrets.token_hex(4)}.partial")
    try:
        with open(partial_file, "xb") as handle:
            result = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial_file, output)
    except BaseException:
        partial_file.unlink(missing_ok=True)
        raise
    return result
