"""民主评议表 and the round's summary table, checked with qpdf and poppler."""

from __future__ import annotations

import dataclasses
import datetime as dt
from fractions import Fraction
from pathlib import Path

import pytest
from sqlalchemy import select

from branchdesk.core.db import Database
from branchdesk.core.enums import Gender, Grade, PostKind, Stage
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.models import Evaluation, EvaluationRound
from branchdesk.core.print_data.evaluation import (
    EvaluationBook,
    EvaluationSheet,
    PostHeld,
    evaluation_book,
    evaluation_sheet,
)
from branchdesk.core.rules.evaluation import VoteTally, round_summary
from branchdesk.reports.evaluation import (
    render_evaluation_book,
    render_evaluation_sheet,
    result_text,
)
from branchdesk.reports.jobs import evaluation_book_job, evaluation_sheet_job

from .conftest import A4_PORTRAIT, TODAY

YEAR = TODAY.year - 1  # the demo grades a year at its 组织生活会; TODAY's year is not over
MARGIN = 15 * 72 / 25.4  # the portrait form's side margins, points
LONG_BRANCH = "计算机科学与技术学院本科生第三党支部（研究生与本科生联合党支部）"


def _sheet(number: int = 1, **changes: object) -> EvaluationSheet:
    values: dict[str, object] = {
        "evaluation_id": number,
        "member_id": number,
        "name": "欧阳娜娜",
        "gender": Gender.FEMALE,
        "stage": Stage.PROBATIONARY,
        "posts": (PostHeld(PostKind.PROPAGANDA, ""), PostHeld(PostKind.OTHER, "宿舍服务站站长")),
        "branch_name": LONG_BRANCH,
        "year": 2026,
        "held_on": dt.date(2026, 12, 18),
        "self_summary": "本年度认真学习党的二十届三中全会精神，按时参加组织生活。",
        "peer": VoteTally(5, 20, 1),
        "masses": VoteTally(12, 30, 2, 1),
        "branch_opinion": "该同志能够认真履行党员义务，评定为合格。",
        "grade": Grade.QUALIFIED,
        "graded_by": "支委会",
    }
    values.update(changes)
    return EvaluationSheet(**values)  # type: ignore[arg-type]


def _book(*sheets: EvaluationSheet, notes: str = "") -> EvaluationBook:
    summary = round_summary([s.facts() for s in sheets], peer_voters=max(0, len(sheets) - 1))
    return EvaluationBook(
        round_id=1,
        branch_name=LONG_BRANCH,
        parent_org="计算机学院党委",
        year=2026,
        held_on=dt.date(2026, 12, 18),
        notes=notes,
        summary=summary,
        sheets=sheets,
    )


def _inside_margins(doc) -> None:  # type: ignore[no-untyped-def]
    width = A4_PORTRAIT[0]
    for word in doc.words():
        # A full-width comma may hang at a line's end (GB/T 15834): its box, not its ink,
        # passes the cell's edge by up to one character (10 pt).
        assert word.x_min >= MARGIN - 1 and word.x_max <= width - MARGIN + 10, word


# --- from the demo archive ------------------------------------------------------------------


def test_a_rounds_book_is_the_summary_then_every_members_form(
    demo_database: Database, pdf, tmp_path: Path
) -> None:
    with demo_database.reading() as session:
        book = evaluation_book(session, YEAR, today=TODAY)
    assert book.sheets, "the demo wrote no evaluation"
    out = tmp_path / "book.pdf"

    pages = evaluation_book_job(demo_database, YEAR, today=TODAY).render(out, None)

    doc = pdf(out)
    doc.check()
    doc.assert_fonts_embedded()
    assert doc.pages == pages >= len(book.sheets) + 1
    assert doc.page_size() == pytest.approx(A4_PORTRAIT, abs=0.1)
    assert doc.info()["Title"] == f"{YEAR}年度民主评议党员 — {book.branch_name}"
    summary = doc.compact_text(1, 1)
    assert f"{YEAR}年度民主评议党员汇总表" in summary
    assert f"参评党员{len(book.sheets)}人" in summary
    assert result_text(book).replace(" ", "") in summary
    # Each member's form starts on a page of its own, in the summary's order
    starts = [
        page
        for page in range(2, pages + 1)
        if f"{YEAR}年度民主评议表" in doc.compact_text(page, page)
    ]
    assert len(starts) == len(book.sheets)
    for page, sheet in zip(starts, book.sheets, strict=True):
        text = doc.compact_text(page, page)
        assert sheet.name in text and "个人自评" in text
    assert "本人签名" in doc.compact_text(pages, pages)
    for page in range(1, pages + 1):
        assert doc.footer_of(page) == f"第{page}页共{pages}页"


def test_the_summary_alone_is_one_page_for_a_branch(
    demo_database: Database, pdf, tmp_path: Path
) -> None:
    out = tmp_path / "summary.pdf"
    job = evaluation_book_job(demo_database, YEAR, summary_only=True, today=TODAY)

    assert job.render(out, None) == 1

    text = pdf(out).compact_text()
    assert "合计" in text and "评定结果" in text and "支部书记" in text
    assert job.title.startswith(f"{YEAR}年度民主评议党员汇总表")


def test_one_members_form_from_the_archive(demo_database: Database, pdf, tmp_path: Path) -> None:
    with demo_database.reading() as session:
        member_id = session.scalar(
            select(Evaluation.member_id)
            .join(EvaluationRound, Evaluation.round_id == EvaluationRound.id)
            .where(EvaluationRound.year == YEAR)
            .order_by(Evaluation.id)
        )
        sheet = evaluation_sheet(session, member_id, YEAR, today=TODAY)
    out = tmp_path / "sheet.pdf"

    pages = evaluation_sheet_job(demo_database, member_id, YEAR, today=TODAY).render(out, None)

    doc = pdf(out)
    assert pages == doc.pages == 1
    assert doc.info()["Title"] == f"{YEAR}年度民主评议表 — {sheet.name}"
    text = doc.compact_text()
    assert sheet.name in text and sheet.branch_name in text
    assert sheet.self_summary.replace(" ", "")[:30] in text
    assert f"党员互评（票）{''.join(map(str, sheet.peer.counts()))}{sheet.peer.total}" in text


def test_bad_selectors_are_refused_before_rendering(demo_database: Database) -> None:
    with pytest.raises(BranchDeskError, match="no member with number 99999"):
        evaluation_sheet_job(demo_database, 99999, YEAR, today=TODAY)
    with pytest.raises(BranchDeskError, match=f"no democratic evaluation of {TODAY.year}"):
        evaluation_book_job(demo_database, TODAY.year, today=TODAY)
    for year in (1900, TODAY.year + 1):
        with pytest.raises(BranchDeskError, match=f"The year {year} is not between 1921"):
            evaluation_book_job(demo_database, year, today=TODAY)
    with demo_database.reading() as session:
        member_id = session.scalar(select(Evaluation.member_id).order_by(Evaluation.id))
    with pytest.raises(BranchDeskError, match=f"in no democratic evaluation of {TODAY.year}"):
        evaluation_sheet_job(demo_database, member_id, TODAY.year, today=TODAY)
    with pytest.raises(BranchDeskError, match="no branch named 不存在"):
        evaluation_book_job(demo_database, YEAR, branch_name="不存在", today=TODAY)


# --- layout ---------------------------------------------------------------------------------


def test_a_graded_form_shows_every_part(pdf, tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"

    assert render_evaluation_sheet(_sheet(), out) == 1

    doc = pdf(out)
    doc.check()
    doc.assert_fonts_embedded()
    text = doc.compact_text()
    # (pdftotext reads a row's cells in its own order: the pieces are checked one by one)
    for expected in (
        "2026年度民主评议表",
        "姓名欧阳娜娜性别女评议年度",
        "人员类别预备党员党内职务",
        "宣传委员、宿舍服务站站长",
        "党员互评（票）5201026",
        "民主测评（票）12302145",
        "支部意见该同志能够认真履行党员义务，评定为合格。",
        "评定等次合格评定日期",
        "2026年12月18日",
        "支委会",
        "本人签名",
        "支部书记签名",
    ):
        assert expected in text
    _inside_margins(doc)


def test_a_form_printed_before_grading_has_boxes_to_tick(pdf, tmp_path: Path) -> None:
    blank = _sheet(
        posts=(),
        self_summary="",
        peer=VoteTally(),
        masses=VoteTally(),
        branch_opinion="",
        grade=None,
        graded_by="",
    )
    out = tmp_path / "blank.pdf"

    assert render_evaluation_sheet(blank, out) == 1

    text = pdf(out).compact_text()
    assert "□优秀□合格□基本合格□不合格" in text
    assert "□支委会" in text and "□党员大会" in text
    assert "党内职务2026年度无个人自评" in text  # 无: no post held that year
    # No ballots counted: blank boxes to fill in, not zeros
    assert "党员互评（票）民主测评（票）支部意见" in text


def test_a_long_self_summary_flows_over_pages_inside_the_frame(pdf, tmp_path: Path) -> None:
    summary = "本人认真学习党章党规，按时参加“三会一课”，积极参与志愿服务。" * 120 + "龘齉鬱結尾"
    out = tmp_path / "long.pdf"

    pages = render_evaluation_sheet(_sheet(self_summary=summary), out)

    doc = pdf(out)
    doc.check()
    assert pages >= 3
    text = doc.compact_text()
    assert "龘齉鬱結尾" in text
    # The title row of the box repeats on the next page; the decision stays with its signatures
    assert "个人自评" in doc.compact_text(2, 2)
    last = doc.compact_text(pages, pages)
    assert "评定等次" in last and "本人签名" in last
    _inside_margins(doc)


def test_a_large_rounds_summary_repeats_its_head_on_every_page(pdf, tmp_path: Path) -> None:
    grades = [Grade.EXCELLENT] * 20 + [Grade.QUALIFIED] * 38 + [Grade.UNQUALIFIED, None]
    sheets = [
        _sheet(number, name=f"党员{number:02d}", grade=grade)
        for number, grade in enumerate(grades, 1)
    ]
    book = _book(*sheets, notes="结合组织生活会进行。")
    out = tmp_path / "summary.pdf"

    pages = render_evaluation_book(book, out, summary_only=True)

    doc = pdf(out)
    assert pages == doc.pages == 2
    for page in (1, 2):
        assert "党员互评（票）" in doc.compact_text(page, page)
    text = doc.compact_text()
    assert "党员01" in text and "党员60" in text
    assert book.summary.excellent_share == Fraction(20, 59)
    assert "优秀20人（占已评定33.9%），合格38人，基本合格0人，不合格1人；未评定1人" in text
    # Totals: 60 members × (5, 20, 1, 0) peer and (12, 30, 2, 1) masses votes
    assert "3001200600720180012060" in text
    assert "说明结合组织生活会进行。" in text
    _inside_margins(doc)


def test_an_empty_round_prints_its_empty_summary(pdf, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    assert render_evaluation_book(_book(), out) == 1
    assert "（无参评党员）" in pdf(out).compact_text()


def test_sheets_keep_the_data_they_were_built_from() -> None:
    sheet = _sheet(grade=None)
    assert dataclasses.replace(sheet, grade=Grade.EXCELLENT).facts().grade is Grade.EXCELLENT
    assert sheet.facts().self_summary and not _sheet(self_summary=" ").facts().self_summary
