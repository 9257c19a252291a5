"""Pinyin search keys for names ("zs" and "zhangsan" find 张三)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=8192)
def pinyin_keys(name: str) -> tuple[str, str]:
    """Return (full pinyin, initials) in lower-case ASCII; characters without pinyin are kept."""
    from pypinyin import Style, lazy_pinyin  # heavy dictionary: load on first use

    syllables = lazy_pinyin(name, style=Style.NORMAL, errors="default")
    full = "".join(syllables).lower()
    initials = "".join(s[0] for s in syllables if s).lower()
    return full, initials
