"""Data-table cells are broken into lines where a wrapping Paragraph would break them."""

from __future__ import annotations

import random

import pytest

from branchdesk.reports.data_tables import LineBreaker
from branchdesk.reports.styles import form_styles
from branchdesk.reports.tables import paragraph

TRICKY = [
    "个别党员学习笔记记录不全，心得体会流于形式，学习笔记记录不全",
    "目标：学习笔记记录完整\n措施：每月抽查学习笔记，在党员大会上通报抽查结果",
    "组织“理论+专业”专题研讨，邀请专业课教师参与（每学期两次）。",
    "Branch meeting minutes were not uploaded to the archive system in time",
    "学习贯彻XX精神专题组织生活会 2025 年度民主评议党员 OK",
    "  多个   空格\t和制表符  ",
    "a\n\nb\n",
    "\n",
    "整改中\n▲已逾期",
    "&lt;b&gt; <i> & 党员 > 群众",
    "一二三四五六七八九十，。、；：！？）》」』】〕〉”’…—·％",
    "\u3000全角空格\u3000开头，\xa0不换行空格\xa0在中间",
    "",
]


def _paragraph_lines(text: str, room: float) -> list[str]:
    para = paragraph(text, form_styles().cell)
    para.wrap(room, 1e9)
    lines = para.blPara.lines
    if para.blPara.kind == 0:
        return [" ".join(line[1]) for line in lines]
    return ["".join(word.text for word in line.words) for line in lines]


@pytest.mark.parametrize("room", [20.0, 47.5, 100.0, 154.3])
@pytest.mark.parametrize("text", TRICKY)
def test_lines_are_those_of_a_paragraph(text: str, room: float) -> None:
    assert LineBreaker(form_styles().cell.fontSize).lines(text, room) == _paragraph_lines(
        text, room
    )


def test_random_texts_break_like_a_paragraph() -> None:
    pieces = [*"党支部问题整改措施学习笔记，。、；：！？）（《》“”…—", *"abc XYZ 12", "\n", "&"]
    chooser = random.Random(15)
    breaker = LineBreaker(form_styles().cell.fontSize)
    for _ in range(400):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(1, 50)))
        room = chooser.choice([24.0, 41.0, 90.0])
        assert breaker.lines(text, room) == _paragraph_lines(text, room), text
