"""Pinyin keys of names: full pinyin and initials, surnames read as surnames."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from branchdesk.core.pinyin import SURNAME_READINGS, compact, pinyin_keys


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("张三", ("zhang san", "zs")),
        ("曾艺", ("zeng yi", "zy")),  # not céng
        ("单丹", ("shan dan", "sd")),  # the surname Shàn; the given name dān
        ("解晓东", ("xie xiao dong", "xxd")),
        ("区志强", ("ou zhi qiang", "ozq")),
        ("欧阳修", ("ou yang xiu", "oyx")),
        ("王曾", ("wang ceng", "wc")),  # only the surname is corrected
        ("王 芳", ("wang fang", "wf")),  # a space typed into a name is no syllable
        ("", ("", "")),
    ],
)
def test_names_get_their_keys(name: str, keys: tuple[str, str]) -> None:
    assert pinyin_keys(name) == keys


def test_every_listed_surname_changes_what_pypinyin_says() -> None:
    """The table only corrects: a surname read the common way needs no entry."""
    from pypinyin import Style, lazy_pinyin

    for surname, reading in SURNAME_READINGS.items():
        assert lazy_pinyin(surname, style=Style.NORMAL) != [reading], surname


HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


@given(st.text(HAN, min_size=1, max_size=4))
def test_keys_of_han_names_are_lower_case_ascii_with_one_syllable_a_character(name: str) -> None:
    full, initials = pinyin_keys(name)
    assert full.isascii() and full == full.lower()
    syllables = full.split(" ")
    assert len(syllables) == len(initials) == len(name)
    assert [syllable[0] for syllable in syllables] == list(initials)
    assert compact(full) == "".join(syllables)


def test_rolls_sort_syllable_by_syllable() -> None:
    """陈 (chen) comes before 程 (cheng) whatever follows: joined, "chenfang" > "chengdan"."""
    names = ["程丹", "陈芳", "程梦", "陈国", "林一", "凌二"]
    assert sorted(names, key=lambda name: pinyin_keys(name)[0]) == [
        "陈芳",
        "陈国",
        "程丹",
        "程梦",
        "林一",
        "凌二",
    ]
