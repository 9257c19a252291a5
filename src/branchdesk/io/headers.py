"""Roster column headers: the names clerks use for each member field, matched tolerantly."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

__all__ = [
    "EXPORT_HEADERS",
    "FIELD_SYNONYMS",
    "ColumnMapping",
    "column_letter",
    "correct_mapping",
    "match_header",
    "match_headers",
    "normalise_header",
]

# Field key (a MemberDraft attribute, or "branch" / "party_group") → header names; the
# first name is the one the exporter writes, so an export re-imports.
FIELD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字"),
    "gender": ("性别",),
    "ethnicity": ("民族",),
    "birth_date": ("出生日期", "出生年月", "出生年月日", "生日"),
    "id_number": ("公民身份号码", "身份证号", "身份证号码", "身份证"),
    "student_number": ("学号/工号", "学号", "工号", "学工号"),
    "grade": ("年级",),
    "class_name": ("班级", "年级班级"),
    "department": ("部门", "所在部门", "学院"),
    "phone": ("联系电话", "手机", "手机号", "手机号码", "电话", "电话号码", "联系方式"),
    "branch": ("所在支部", "支部", "所在党支部", "党支部"),
    "party_group": ("党小组", "所在党小组"),
    "stage": ("政治面貌", "发展阶段", "阶段", "人员类别"),
    "native_place": ("籍贯",),
    "education": ("学历",),
    "address": ("家庭住址", "现居住地", "住址"),
    "dormitory": ("宿舍", "寝室"),
    "job_post": ("工作岗位", "职务"),
    "applied_on": ("递交入党申请书时间", "入党申请时间", "申请入党时间", "递交申请书时间"),
    "activist_on": ("列为入党积极分子时间", "确定积极分子时间", "确定入党积极分子时间"),
    "candidate_on": ("列为发展对象时间", "确定发展对象时间"),
    "admitted_on": ("入党时间", "接收预备党员时间", "入党日期"),
    "confirmed_on": ("转正时间", "预备党员转正时间", "转正日期"),
    "notes": ("备注",),
}
# Columns a roster often has that carry nothing to import; not reported as unknown.
IGNORED_HEADERS = frozenset({"序号", "编号", "no", "no."})

EXPORT_HEADERS: dict[str, str] = {key: names[0] for key, names in FIELD_SYNONYMS.items()}


def normalise_header(text: object) -> str:
    """Header text reduced for matching: NFKC, no spaces, no required-marks, lower case.

    Only header text is normalised; cell data (ID numbers above all) never is.
    """
    if text is None:
        return ""
    cleaned = unicodedata.normalize("NFKC", str(text))
    cleaned = re.sub(r"\s+", "", cleaned).strip("*:：")
    return cleaned.lower()


_LOOKUP: dict[str, str] = {
    normalise_header(name): key for key, names in FIELD_SYNONYMS.items() for name in names
}


def match_header(text: object) -> str | None:
    """The field key a header names, or None; "(年月日)"-style hints are ignored."""
    key = normalise_header(text)
    if not key:
        return None
    if key in _LOOKUP:
        return _LOOKUP[key]
    bare = re.sub(r"\(.*?\)|（.*?）", "", key)
    return _LOOKUP.get(bare)


def is_ignored(text: object) -> bool:
    return normalise_header(text) in IGNORED_HEADERS


def column_letter(index: int) -> str:
    """Spreadsheet letter of a 0-based column index (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True)
class ColumnMapping:
    """Which column (0-based index) holds each field; the clerk may correct it."""

    columns: dict[str, int] = field(default_factory=dict)
    unknown: tuple[int, ...] = ()  # columns with a header that matched no field

    def has(self, key: str) -> bool:
        return key in self.columns


def match_headers(headers: Sequence[object]) -> ColumnMapping:
    """Map header cells to fields; the first column wins when two name the same field."""
    columns: dict[str, int] = {}
    unknown: list[int] = []
    for index, text in enumerate(headers):
        key = match_header(text)
        if key is None:
            if normalise_header(text) and not is_ignored(text):
                unknown.append(index)
        elif key not in columns:
            columns[key] = index
    return ColumnMapping(columns, tuple(unknown))


def correct_mapping(mapping: ColumnMapping, corrections: Mapping[str, int | None]) -> ColumnMapping:
    """A mapping with the clerk's corrections: field → column index, or None to drop it.

    Raises KeyError for an unknown field key (a programming or CLI-argument error).
    """
    columns = dict(mapping.columns)
    for key, index in corrections.items():
        if key not in FIELD_SYNONYMS:
            raise KeyError(key)
        if index is None:
            columns.pop(key, None)
        else:
            # One column feeds one field: moving it away from another field unmaps that one.
            columns = {k: v for k, v in columns.items() if v != index}
            columns[key] = index
    used = set(columns.values())
    unknown = tuple(sorted((set(mapping.unknown) | set(mapping.columns.values())) - used))
    return ColumnMapping(columns, unknown)
