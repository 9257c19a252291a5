"""Pinyin keys of names: full pinyin and initials, surnames read as surnames."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from branchdesk.core.pinyin import SURNAME_READINGS, pinyin_keys


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("张三", ("zhangsan", "zs")),
        ("曾艺", ("zengyi", "zy")),  # not céng
        ("单丹", ("shandan", "sd")),  # the surname Shàn; the given name dān
        ("解晓东", ("xiexiaodong", "xxd")),
        ("区志强", ("ouzhiqiang", "ozq")),
        ("欧阳修", ("ouyangxiu", "oyx")),
        ("王曾", ("wangceng", "wc")),  # only the surname is corrected
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
def test_keys_of_han_names_are_lower_case_ascii_with_one_initial_a_character(name: str) -> None:
    full, initials = pinyin_keys(name)
    assert full.isascii() and full == full.lower()
    assert len(initials) == len(name)
    assert full.startswith(initials[0])
