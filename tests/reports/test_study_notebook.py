"""学习笔记: one member's study of a year, checked with qpdf and poppler."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from branchdesk.core.db import Database
from branchdesk.core.enums import Stage, StudyForm
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.models import StudyEntry
from branchdesk.core.print_data.study_notebook import FormHours, StudyNotebook, study_notebook
from branchdesk.core.services.study_hours import EntryRow, hours_tally
from branchdesk.reports.jobs import study_notebook_job
from branchdesk.reports.study_notebook import render_study_notebook

from .conftest import A4_PORTRAIT, TODAY

MARGIN = 15 * 72 / 25.4  # the portrait form's side margins, points


def _busiest_member(database: Database) -> int:
    """The member with the most entries in TODAY's year (the demo's longest notebook)."""
    year = (dt.date(TODAY.year, 1, 1), dt.date(TODAY.year, 12, 31))
    with database.reading() as session:
        return (
            session.execute(
                select(StudyEntry.member_id)
                .where(StudyEntry.studied_on.between(*year))
                .group_by(StudyEntry.member_id)
                .order_by(func.count().desc(), StudyEntry.member_id)
            )
            .scalars()
            .first()
        )


def test_a_members_notebook_prints_every_entry_and_the_tally(
    demo_database: Database, pdf, tmp_path: Path
) -> None:
    member_id = _busiest_member(demo_database)
    with demo_database.reading() as session:
        notebook = study_notebook(session, member_id, TODAY.year, today=TODAY)
    out = tmp_path / "notebook.pdf"

    job = study_notebook_job(demo_database, member_id, TODAY.year, today=TODAY)
    pages = job.render(out, None)

    doc = pdf(out)
    doc.check()
    doc.assert_fonts_embedded()
    assert doc.pages == pages > 1
    assert doc.page_size() == pytest.approx(A4_PORTRAIT, abs=0.1)
    assert doc.info()["Title"] == f"{TODAY.year}年度学习笔记 — {notebook.name}"
    text = doc.compact_text()
    assert f"{TODAY.year}年度学习笔记" in text
    assert notebook.name in text and notebook.branch_name in text
    for entry in notebook.entries:
        assert entry.topic.replace(" ", "") in text
    assert f"第{len(notebook.entries)}次学习" in text
    hours = f"{notebook.collective_hours.normalize():f}"
    assert f"集中学习培训{hours}学时" in text
    assert "本人签名" in text and "支部书记审阅" in text
    for page in range(1, pages + 1):
        assert doc.footer_of(page) == f"第{page}页共{pages}页"


def test_the_notebook_and_the_tally_count_the_same_hours(demo_database: Database) -> None:
    # The Python rule (the notebook) and the SQL rule (the tally) agree on every member.
    with demo_database.reading() as session:
        rows = hours_tally(session, TODAY.year)
        assert rows
        for row in rows[:12]:
            notebook = study_notebook(session, row.member_id, TODAY.year, today=TODAY)
            assert (notebook.collective_hours, notebook.total_hours) == (
                row.collective_hours,
                row.total_hours,
            )
            assert (notebook.target, notebook.is_committee) == (row.target, row.is_committee)


def _entry(number: int, **changes: object) -> EntryRow:
    values: dict[str, object] = {
        "id": number,
        "member_id": 1,
        "member_name": "欧阳娜娜",
        "session_id": None,
        "studied_on": dt.date(2026, 3, number),
        "topic": "学习党的二十届三中全会精神",
        "material": "《决定》",
        "form": StudyForm.SELF_STUDY,
        "class_hours": Decimal("2.25"),
        "notes": "",
        "reflections": "",
    }
    values.update(changes)
    return EntryRow(**values)  # type: ignore[arg-type]


def _notebook(*entries: EntryRow, target: Decimal | None = Decimal(32)) -> StudyNotebook:
    return StudyNotebook(
        member_id=1,
        name="欧阳娜娜",
        branch_name="计算机科学与技术学院本科生第三党支部（研究生与本科生联合党支部）",
        stage=Stage.PROBATIONARY,
        year=2026,
        is_committee=False,
        target=target,
        entries=entries,
        by_form=(FormHours(StudyForm.SELF_STUDY, len(entries), Decimal(0), Decimal(0)),),
        collective_hours=Decimal(0),
        total_hours=Decimal(0),
    )


def test_long_notes_flow_over_pages_inside_the_frame(pdf, tmp_path: Path) -> None:
    # Given notes of some 3,000 characters with rare characters, ending with a marker
    notes = "学习《中国共产党章程》总纲，深刻理解党的性质、宗旨和指导思想。" * 90 + "龘齉鬱結尾"
    notebook = _notebook(
        _entry(
            1, notes=notes, reflections="心得" * 300, session_id=4, form=StudyForm.MICRO_LECTURE
        ),
        _entry(2),
    )
    out = tmp_path / "long.pdf"

    pages = render_study_notebook(notebook, out)

    doc = pdf(out)
    doc.check()
    doc.assert_fonts_embedded()
    assert pages >= 3
    text = doc.compact_text()
    assert "龘齉鬱結尾" in text and "第2次学习" in text
    assert "微党课（集体）" in text and "2.25（计入集中学习培训）" in text
    assert "2.25（不计入集中学习培训）" in text
    width = A4_PORTRAIT[0]
    for word in doc.words():
        # A full-width comma may hang at a line's end (GB/T 15834): its box, not its ink,
        # passes the cell's edge by up to one character (10 pt).
        assert word.x_min >= MARGIN - 1 and word.x_max <= width - MARGIN + 10, word
    # No page is left blank before the long entry: it starts under the header block.
    assert "第1次学习" in doc.compact_text(1, 1)


def test_an_empty_year_prints_an_empty_notebook_without_a_target(pdf, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"

    assert render_study_notebook(_notebook(target=None), out) == 1

    text = pdf(out).compact_text()
    assert "本年度暂无学习记录" in text and "不适用" in text


def test_an_unknown_member_or_year_is_refused_before_rendering(demo_database: Database) -> None:
    member_id = _busiest_member(demo_database)
    with pytest.raises(BranchDeskError, match="no member with number 99999"):
        study_notebook_job(demo_database, 99999, TODAY.year, today=TODAY)
    for year in (1900, TODAY.year + 1):
        with pytest.raises(BranchDeskError, match=f"The year {year} is not between 1921 and"):
            study_notebook_job(demo_database, member_id, year, today=TODAY)
