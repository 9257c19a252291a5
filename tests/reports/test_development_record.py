"""The 发展党员工作纪实表 lists all 25 steps with dates, people and votes, on a sound A4 PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import event, select

from branchdesk.core.db import Database
from branchdesk.core.enums import Stage, StepOutcome, StepRole
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.models import Member, PipelineStep, StepPerson
from branchdesk.core.print_data import DevelopmentRecord, StepOccurrence, development_record
from branchdesk.reports.development_record import render_development_record
from branchdesk.reports.jobs import development_record_job
from branchdesk.reports.styles import CHINESE_CANNOT_START

A4_PORTRAIT = (595.28, 841.89)
LONG_NOTES = (
    "支部大会讨论时，与会党员逐一发表意见，认为该同志入党动机端正，学习成绩优良，"
    "积极参加志愿服务；也指出其在宿舍党员服务站值班中主动性有待加强。名字中的䶮、堃须与户籍核对。"
) * 10


def _record(database: Database, member_id: int) -> DevelopmentRecord:
    with database.reading() as session:
        return development_record(session, member_id)


def _developed_full_member(database: Database) -> int:
    """A full member developed in this branch: introducers recorded on step 9."""
    with database.reading() as session:
        return session.scalars(
            select(Member.id)
            .join(PipelineStep, PipelineStep.member_id == Member.id)
            .join(StepPerson, StepPerson.step_id == PipelineStep.id)
            .where(
                Member.stage == Stage.FULL,
                PipelineStep.step_no == 9,
                StepPerson.role == StepRole.INTRODUCER,
            )
            .order_by(Member.id)
        ).first()


def test_a_full_member_has_every_step_with_dates_people_and_votes(demo_database: Database):
    record = _record(demo_database, _developed_full_member(demo_database))

    assert [line.no for line in record.steps] == list(range(1, 26))
    assert record.step(15).name == "支部大会讨论"
    for step_no in (1, 3, 7, 15, 23):
        assert record.step(step_no).done, step_no
    assert len(record.step(9).names(StepRole.INTRODUCER)) == 2
    votes = record.step(15).occurrences[-1].votes
    assert votes is not None and votes.for_ is not None and votes.expected is not None
    assert record.step(15).has_votes and record.step(23).has_votes


def test_an_applicant_still_gets_all_25_lines(demo_database: Database):
    with demo_database.reading() as session:
        applicant = session.scalars(
            select(Member.id).where(Member.stage == Stage.APPLICANT).order_by(Member.id)
        ).first()
    record = _record(demo_database, applicant)

    assert len(record.steps) == 25
    assert record.step(1).done
    assert not record.step(15).occurrences and not record.step(25).occurrences


def test_a_recurring_step_keeps_each_outcome(database: Database, sample):
    record = _record(database, sample.probationary)

    outcomes = [(o.done_on, o.outcome) for o in record.step(15).occurrences]
    assert outcomes == [
        (dt.date(2025, 6, 1), StepOutcome.FAILED),
        (dt.date(2025, 12, 1), StepOutcome.DONE),
    ]


def test_the_record_is_read_in_three_queries(database: Database, sample):
    statements: list[str] = []
    with database.reading() as session:
        engine = session.get_bind()
        listener = lambda *args: statements.append(args[2])  # noqa: E731
        event.listen(engine, "before_cursor_execute", listener)
        try:
            development_record(session, sample.full_member)
        finally:
            event.remove(engine, "before_cursor_execute", listener)
    queries = [sql for sql in statements if sql.lstrip().upper().startswith("SELECT")]
    assert len(queries) == 3, queries


def test_a_missing_member_is_the_member_card_error(database: Database, sample):
    with pytest.raises(BranchDeskError) as error, database.reading() as session:
        development_record(session, 99_999)
    assert "99999" in str(error.value)
    with pytest.raises(BranchDeskError):
        development_record_job(database, 99_999)


def test_the_form_is_an_a4_pdf_with_the_steps_and_a_repeated_header(
    demo_database: Database, tmp_path, pdf
):
    record = _record(demo_database, _developed_full_member(demo_database))
    output = tmp_path / "record.pdf"
    pages_seen: list[int] = []

    pages = render_development_record(record, output, on_page=pages_seen.append)

    document = pdf(output)
    document.check()
    document.assert_fonts_embedded()
    assert pages == document.pages == 2
    assert pages_seen == [1, 2]
    width, height = document.page_size()
    assert (round(width, 2), round(height, 2)) == A4_PORTRAIT
    assert document.info()["Title"] == f"发展党员工作纪实表 — {record.name}"

    text = document.compact_text()
    admission = record.step(15).occurrences[-1].done_on
    introducers = "、".join(record.step(9).names(StepRole.INTRODUCER))
    for expected in (
        "发展党员工作纪实表",
        record.name,
        record.branch_name,
        "支部大会讨论",
        "支部大会讨论转正",
        "材料归档",
        f"{admission.year}年{admission.month}月{admission.day}日",
        f"入党介绍人：{introducers}",
        "一、入党申请人阶段",
        "五、正式党员",
        "支部书记",
        "组织委员",
    ):
        assert expected in text, expected
    assert "None" not in text
    for page in (1, 2):
        page_text = document.compact_text(page, page)
        for head in ("序号", "步骤", "完成时间", "相关人员", "表决情况/备注"):
            assert head in page_text, (head, page)
        assert document.footer_of(page) == f"第{page}页共2页"


def test_an_outcome_is_printed_beside_its_date(database: Database, sample, tmp_path, pdf):
    output = tmp_path / "record.pdf"
    render_development_record(_record(database, sample.probationary), output)

    assert "2025年6月1日（未通过）" in pdf(output).compact_text()


def test_very_long_notes_keep_every_character_inside_the_frame(
    database: Database, sample, tmp_path, pdf
):
    record = _record(database, sample.full_member)
    line = record.step(15)
    occurrence = StepOccurrence(dt.date(2021, 5, 18), StepOutcome.DONE, (), None, LONG_NOTES)
    long_line = dataclasses.replace(line, occurrences=(occurrence,))
    steps = tuple(long_line if s.no == 15 else s for s in record.steps)
    output = tmp_path / "long.pdf"

    pages = render_development_record(dataclasses.replace(record, steps=steps), output)

    document = pdf(output)
    document.check()
    printed = Counter(document.text())
    for char, count in Counter(LONG_NOTES).items():
        assert printed[char] >= count, f"{char!r}: {printed[char]} of {count} printed"
    left, right = 42.52, A4_PORTRAIT[0] - 42.52
    for word in document.words():
        hanging = 9 * 0.66 if word.text[-1] in CHINESE_CANNOT_START else 0
        assert left - 0.5 <= word.x_min and word.x_max - hanging <= right + 0.5, word
    assert pages >= 2
    for page in range(1, pages + 1):
        # One header row per page: a long row splits inside itself, never leaving a second
        # header row mid-page.
        assert document.compact_text(page, page).count("完成时间") == 1, page
    assert "组织委员" in document.page_text(pages)
