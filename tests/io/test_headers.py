"""Header matching: synonyms, spaces, full-width forms, required marks, any order."""

from __future__ import annotations

import pytest

from branchdesk.io.headers import (
    ColumnMapping,
    column_letter,
    correct_mapping,
    match_header,
    match_headers,
)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("身份证号", "id_number"),
        ("公民身份号码", "id_number"),
        (" 身份证号码 ", "id_number"),
        ("学号/工号", "student_number"),
        ("学号／工号", "student_number"),  # full-width slash
        ("工号", "student_number"),
        ("申请入党时间", "applied_on"),
        ("递交入党申请书时间", "applied_on"),
        ("列为入党积极分子时间", "activist_on"),
        ("确定发展对象时间", "candidate_on"),
        ("接收预备党员时间", "admitted_on"),
        ("预备党员转正时间", "confirmed_on"),
        ("所在支部", "branch"),
        ("手 机", "phone"),
        ("*姓名", "name"),
        ("姓名：", "name"),
        ("出生日期（年月日）", "birth_date"),
        ("出生年月", "birth_date"),
        ("ＸＸ", None),
        (None, None),
    ],
)
def test_headers_match_their_field(text: object, key: str | None) -> None:
    assert match_header(text) == key


def test_unknown_columns_are_listed_and_row_numbers_ignored() -> None:
    mapping = match_headers(["序号", "爱好", "姓名", "身份证号", "", "身份证"])
    assert mapping.columns == {"name": 2, "id_number": 3}
    assert mapping.unknown == (1,)


def test_the_clerk_corrects_a_mapping() -> None:
    mapping = ColumnMapping({"name": 0, "phone": 3}, unknown=(1, 2))
    corrected = correct_mapping(mapping, {"id_number": 1, "phone": None, "notes": 0})
    assert corrected.columns == {"id_number": 1, "notes": 0}
    assert corrected.unknown == (2, 3)
    with pytest.raises(KeyError):
        correct_mapping(mapping, {"hobby": 1})


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27)] == ["A", "Z", "AA", "AB"]
