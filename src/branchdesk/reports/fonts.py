"""The one font every form uses: the bundled Noto Sans SC TrueType, embedded and subset.

DESIGN.md §9: only this TTF works — reportlab never embeds ``STSong-Light`` and cannot read the
CFF outlines of Noto Sans CJK; the base fonts (Helvetica …) have no Chinese and are not embedded.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from branchdesk.paths import FONT_FILE, resource

FONT_NAME = "NotoSansSC"

_lock = threading.Lock()
_registered = False


def ensure_font() -> str:
    """Register the bundled font once (about 60 ms, so lazily) and return its reportlab name.

    Safe to call from several rendering threads at once.
    """
    global _registered
    if _registered:
        return FONT_NAME
    with _lock:
        if not _registered:
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(resource(*FONT_FILE))))
            _registered = True
    return FONT_NAME


def has_glyph(char: str) -> bool:
    """True when the font draws ``char`` (a missing one prints as an empty box)."""
    face = pdfmetrics.getFont(ensure_font()).face
    return ord(char) in face.charToGlyph


def text_width(text: str, size: float) -> float:
    """Width of ``text`` in points at ``size`` in the form font."""
    return pdfmetrics.stringWidth(text, ensure_font(), size)
