"""问题整改台账: landscape A4, the header on every page, 已逾期 marked, checked with poppler."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from branchdesk.core.db import Database
from branchdesk.core.enums import InspectionKind, ProblemSource, ProblemStatus, RectifyKind
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.models import Branch, Problem
from branchdesk.core.print_data.ledger import InspectionHeader, Ledger, ledger
from branchdesk.core.services.problem_list import LinkKind, ProblemLink, ProblemRow
from branchdesk.reports.jobs import ledger_job
from branchdesk.reports.ledger import OVERDUE_MARK, cells, render_ledger

from .conftest import TODAY

A4_LANDSCAPE = (841.89, 595.28)
HEADERS = ("序号", "来源", "发现日期", "类别", "问题表现", "整改措施", "复查人")


def _row(number: int, **changes: object) -> ProblemRow:
    values: dict[str, object] = {
        "id": number,
        "branch_id": 1,
        "branch_name": "教育学院学生第一党支部",
        "year": 2026,
        "sequence_no": number,
        "found_on": dt.date(2026, 3, 18),
        "source": ProblemSource.SUPERIOR,
        "category": "理论学习",
        "description": f"问题{number:03d}：个别党员学习笔记记录不全，心得体会流于形式" * 2,
        "target": "学习笔记记录完整",
        "measures": "每月抽查学习笔记，在党员大会上通报抽查结果",
        "responsible_leader": "王书记",
        "responsible_person": "张玥",
        "responsible_member_id": None,
        "rectify_kind": RectifyKind.DEADLINE,
        "deadline": dt.date(2026, 6, 30),
        "status": ProblemStatus.IN_PROGRESS,
        "is_overdue": True,
        "completed_on": None,
        "reviewer": "",
        "review_opinion": "",
        "closed_on": None,
        "link": ProblemLink(
            LinkKind.INSPECTION, 1, dt.date(2026, 3, 18), "年度工作", InspectionKind.ANNUAL
        ),
        "progress_notes": 0,
        "evidence": 0,
    }
    values.update(changes)
    return ProblemRow(**values)  # type: ignore[arg-type]


def _ledger(rows: tuple[ProblemRow, ...], **changes: object) -> Ledger:
    values: dict[str, object] = {
        "branch_name": "教育学院学生第一党支部",
        "parent_org": "教育学院党委",
        "year": 2026,
        "inspection": None,
        "as_of": TODAY,
        "rows": rows,
    }
    values.update(changes)
    return Ledger(**values)  # type: ignore[arg-type]


def _busiest_year(database: Database) -> int:
    """The year with the most problems in the first branch (the one a ledger prints)."""
    with database.reading() as session:
        first = session.scalars(select(Branch.id).order_by(Branch.position, Branch.id)).first()
        return session.scalars(
            select(Problem.year)
            .where(Problem.branch_id == first)
            .group_by(Problem.year)
            .order_by(func.count().desc(), Problem.year)
        ).first()


def test_the_years_ledger_prints_every_problem(demo_database: Database, pdf, tmp_path: Path):
    year = _busiest_year(demo_database)
    with demo_database.reading() as session:
        data = ledger(session, year=year, today=TODAY)
    assert data.rows, "the demo raised no problem that year"
    out = tmp_path / "ledger.pdf"

    pages = ledger_job(demo_database, year=year, today=TODAY).render(out, None)

    doc = pdf(out)
    doc.check()
    doc.assert_fonts_embedded()
    assert doc.pages == pages
    assert doc.page_size() == pytest.approx(A4_LANDSCAPE, abs=0.1)
    info = doc.info()
    assert info["Title"] == f"{data.branch_name}{year}年度问题整改台账"
    assert info["Author"] == data.branch_name
    text = doc.compact_text()
    assert f"{data.branch_name}{year}年度问题整改台账" in text
    assert f"上级党组织：{data.parent_org}" in text and "统计日期：2026年11月26日" in text
    assert f"共{len(data.rows)}项" in text
    for header in (*HEADERS, "整改类型/时限", "完成/销号日期", "责任人（责任领导）"):
        assert header in text
    for row in data.rows:
        assert row.description[:12].replace(" ", "") in text
        if row.reviewer:
            assert row.reviewer in text
    assert text.count("已逾期") == data.overdue + (1 if data.overdue else 0)  # + the counts
    assert "制表人" in text and "审核人" in text and "None" not in text
    for page in range(1, pages + 1):
        assert doc.footer_of(page) == f"第{page}页共{pages}页"


def test_a_long_ledger_repeats_its_header_on_every_page(pdf, tmp_path: Path) -> None:
    rows = tuple(_row(n, is_overdue=n % 5 == 0) for n in range(1, 121))
    out = tmp_path / "ledger.pdf"
    seen: list[int] = []

    pages = render_ledger(_ledger(rows), out, on_page=seen.append)

    doc = pdf(out)
    doc.check()
    assert pages == doc.pages >= 5 and seen == list(range(1, pages + 1))
    for page in range(1, pages + 1):
        page_text = doc.compact_text(page, page)
        for header in HEADERS:
            assert page_text.count(header) == 1, (page, header)
        assert ("制表人" in page_text) == (page == pages)  # the signatures close the ledger
    text = doc.compact_text()
    for number in range(1, 121):
        assert f"问题{number:03d}" in text
    assert text.count(OVERDUE_MARK) == 24
    right = A4_LANDSCAPE[0] - 28.3  # nothing runs past the right margin
    assert all(word.x_max <= right + 0.5 for word in doc.words())


def test_a_problem_longer_than_a_page_splits_with_its_number_first(pdf, tmp_path: Path):
    giant = _row(2, description="很长的问题表现，" * 249)
    out = tmp_path / "ledger.pdf"
    pages = render_ledger(_ledger((_row(1), giant, _row(3))), out)
    doc = pdf(out)
    doc.check()
    assert pages >= 3
    starts = [w.page for w in doc.words() if w.text.startswith("很长的问题表现")]
    number = [w.page for w in doc.words() if w.text == "2" and w.x_max < 60]
    assert number and number[0] == starts[0]  # 序号 2 on the page where its text begins


def test_one_inspections_ledger(demo_database: Database, pdf, tmp_path: Path) -> None:
    with demo_database.reading() as session:
        inspection_id = session.scalar(
            select(Problem.inspection_id)
            .where(Problem.inspection_id.is_not(None))
            .group_by(Problem.inspection_id)
            .order_by(func.count().desc(), Problem.inspection_id)
        )
        data = ledger(session, inspection_id=inspection_id, today=TODAY)
    assert data.inspection is not None and data.rows
    out = tmp_path / "inspection.pdf"

    job = ledger_job(demo_database, inspection_id=inspection_id, today=TODAY)
    job.render(out, None)

    kind = {
        "routine": "日常小检查",
        "annual": "年度大检查",
        "special": "专项检查",
        "patrol": "巡察",
    }
    title = f"{kind[data.inspection.kind.value]}问题整改台账"
    assert job.title.startswith(title)
    text = pdf(out).compact_text()
    assert title in text and f"检查人：{data.inspection.inspector}" in text
    assert f"共{len(data.rows)}项" in text


def test_cells_say_the_kind_deadline_status_and_dates() -> None:
    closed = _row(
        4,
        rectify_kind=RectifyKind.IMMEDIATE,
        deadline=dt.date(2026, 3, 25),
        status=ProblemStatus.CLOSED,
        is_overdue=False,
        completed_on=dt.date(2026, 3, 20),
        closed_on=dt.date(2026, 4, 1),
        reviewer="李老师",
        target="",
        link=ProblemLink(LinkKind.EVALUATION, 3, None, "张玥", year=2025),
    )
    assert cells(closed) == [
        "4",
        "上级点\n2025年度民主评议",
        "2026.03.18",
        "理论学习",
        closed.description,
        "每月抽查学习笔记，在党员大会上通报抽查结果",
        "张玥\n（王书记）",
        "立行立改\n2026.03.25",
        "已销号",
        "2026.03.20\n2026.04.01",
        "李老师",
    ]
    ongoing = _row(5, rectify_kind=RectifyKind.ONGOING, is_overdue=False, link=None)
    assert cells(ongoing)[1] == "上级点"
    assert (
        cells(ongoing)[5]
        == "目标：学习笔记记录完整\n措施：每月抽查学习笔记，在党员大会上通报抽查结果"
    )
    assert cells(ongoing)[7] == "长期坚持\n复查 2026.06.30"  # a review date, not a time limit
    assert cells(_row(6))[8] == f"整改中\n{OVERDUE_MARK}"


@pytest.mark.parametrize(
    ("inspection", "words"),
    [(None, "本年度暂无整改问题"), ("yes", "本次检查未发现问题")],
)
def test_an_empty_ledger_says_so(pdf, tmp_path: Path, inspection, words) -> None:
    header = InspectionHeader(1, InspectionKind.ROUTINE, TODAY, "支部委员会", "学习笔记", "")
    data = _ledger((), inspection=header if inspection else None)
    out = tmp_path / "empty.pdf"
    assert render_ledger(data, out) == 1
    text = pdf(out).compact_text()
    assert words in text and "共0项" in text


@pytest.mark.parametrize(
    ("selector", "message"),
    [
        ({"inspection_id": 99999}, "There is no inspection with number 99999."),
        ({"year": 1800}, "The year 1800 is not between 1921 and 2026."),
        ({"year": 2026, "branch_name": "无此支部"}, "There is no branch named 无此支部"),
    ],
)
def test_a_bad_selector_fails_at_once(demo_database: Database, selector, message) -> None:
    with pytest.raises(BranchDeskError) as raised:
        ledger_job(demo_database, today=TODAY, **selector)
    assert str(raised.value).startswith(message)


def test_the_ledger_holds_the_branchs_problems_of_the_year_in_order(demo_database: Database):
    year = _busiest_year(demo_database)
    with demo_database.reading() as session:
        data = ledger(session, year=year, today=TODAY)
        expected = session.scalar(
            select(func.count())
            .select_from(Problem)
            .where(Problem.year == year, Problem.branch_id == data.rows[0].branch_id)
        )
    numbers = [row.sequence_no for row in data.rows]
    assert len(numbers) == expected and numbers == sorted(set(numbers))
    assert {row.branch_name for row in data.rows} == {data.branch_name}
