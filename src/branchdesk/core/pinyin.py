"""Pinyin keys of names: "zs" and "zhangsan" find 张三, and rolls sort as Chinese readers do.

The full pinyin keeps its syllables apart ("chen fang", not "chenfang"): joined, 陈芳 (chen
fang) would sort after 程丹 (cheng dan), because "chenf" > "cheng". A space sorts before every
letter, so the syllables compare one by one. Searches compare without the spaces (compact).
"""

from __future__ import annotations

from functools import lru_cache

# A surname's own reading where pypinyin gives the character's common one (曾 is Zēng as a
# surname, not céng; 单 Shàn, not dān …): the clerk who types "zy" must find 曾艺. Only
# surnames read one way are listed (乐 Yuè, as most bearers say it; 尉 and 隗 have two).
SURNAME_READINGS: dict[str, str] = {
    "曾": "zeng",
    "解": "xie",
    "单": "shan",
    "仇": "qiu",
    "区": "ou",
    "查": "zha",
    "朴": "piao",
    "繁": "po",
    "覃": "qin",
    "乐": "yue",
    "盖": "ge",
    "翟": "zhai",
    "缪": "miao",
    "秘": "bi",
    "种": "chong",
    "重": "chong",
    "薄": "bo",
    "藏": "zang",
    "粘": "nian",
    "阚": "kan",
    "都": "du",
    "折": "she",
    "佴": "nai",
    "六": "lu",
    "乜": "nie",
    "卜": "bu",
    "员": "yun",
    "召": "shao",
    "晟": "sheng",
}


SYLLABLE_SEPARATOR = " "


def compact(pinyin: str) -> str:
    """The full pinyin as one word, as the clerk types it ("chen fang" → "chenfang")."""
    return pinyin.replace(SYLLABLE_SEPARATOR, "")


@lru_cache(maxsize=8192)
def pinyin_keys(name: str) -> tuple[str, str]:
    """Return (full pinyin, syllables apart; initials) in lower-case ASCII; characters without
    pinyin are kept.

    The first character is read as a surname (SURNAME_READINGS) when it is one of those whose
    reading as a surname differs from the character's usual one.
    """
    from pypinyin import Style, lazy_pinyin  # heavy dictionary: load on first use

    # Spaces inside a name (王 芳) are no syllable.
    syllables = [s for s in lazy_pinyin(name, style=Style.NORMAL, errors="default") if s.strip()]
    surname = SURNAME_READINGS.get(name[:1])
    if surname is not None and syllables:
        syllables[0] = surname
    full = SYLLABLE_SEPARATOR.join(syllables).lower()
    initials = "".join(s[0] for s in syllables if s).lower()
    return full, initials
