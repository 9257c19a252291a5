"""Saving a rendered PDF where the user chose: a safe file name, an atomic copy."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

# Characters Windows and FAT/exFAT sticks refuse in file names (DESIGN.md §9), and controls.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def file_name_for(title: str) -> str:
    """``title`` as a file name ending in .pdf (e.g. "党员花名册 2026-05-12.pdf")."""
    stem = _UNSAFE.sub("_", title).strip(" .") or "document"
    return f"{stem[:120]}.pdf"


def with_pdf_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def copy_atomically(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` through a temporary file beside it, then rename.

    An interrupted copy (full stick, stick pulled) leaves the old target, if any, untouched and
    no partial file. Raises OSError.
    """
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".part", dir=target.parent
    )
    try:
        with os.fdopen(handle, "wb") as out, source.open("rb") as data:
            shutil.copyfileobj(data, out)
            out.flush()
            os.fsync(out.fileno())  # exFAT/FAT sticks may never get unsynced data
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
