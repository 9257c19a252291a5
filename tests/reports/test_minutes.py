"""会议记录 and the yearly minutes book: fonts, page size, text, flowing minutes, the contents."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from branchdesk.core.db import Database
from branchdesk.core.enums import AttendanceStatus, MeetingKind, ResolutionKind
from branchdesk.core.models import (
    AgendaItem,
    Attendance,
    Branch,
    Meeting,
    MeetingGuest,
    Member,
    Resolution,
)
from branchdesk.core.print_data.minutes import minutes_book
from branchdesk.reports.fonts import has_glyph
from branchdesk.reports.jobs import minutes_book_job, minutes_job
from branchdesk.reports.labels import label

A4_PORTRAIT = (595.28, 841.89)

LONG_PARAGRAPH = (
    "吴松䶮同志结合学前教育专业实习经历发言，认为要把理论学习同幼儿园一线保教实践结合起来，"
    "在顶岗实习中主动承担急难险重任务，用实际行动践行为党育人、为国育才的初心使命；"
    "王芳同志提出不同意见，认为实习期间集中学习时间难以保证，建议采用线上线下相结合的方式。"
)


def add_meeting(database: Database, branch_name: str, *, text: str) -> int:
    """A 支部党员大会 of the sample branch admitting 陈思, with absences and a guest."""
    with database.unit_of_work("clerk") as session:
        branch_id = session.scalars(select(Branch.id).where(Branch.name == branch_name)).one()
        people = {m.name: m for m in session.scalars(select(Member))}
        meeting = Meeting(
            branch_id=branch_id,
            kind=MeetingKind.BRANCH_ASSEMBLY,
            year=2026,
            sequence_no=3,
            title="支部党员大会：讨论接收陈思同志为预备党员",
            starts_at=dt.datetime(2026, 6, 10, 14, 30),
            ends_at=dt.datetime(2026, 6, 10, 16, 30),
            place="明德楼A302",
            host_id=people["张玥"].id,
            recorder_id=people["艾青"].id,
            minutes=text,
        )
        session.add(meeting)
        session.flush()
        session.add_all(
            [
                Attendance(
                    meeting_id=meeting.id,
                    member_id=people["张玥"].id,
                    status=AttendanceStatus.PRESENT,
                    has_vote=True,
                ),
                Attendance(
                    meeting_id=meeting.id,
                    member_id=people["艾青"].id,
                    status=AttendanceStatus.PRESENT,
                ),
                Attendance(
                    meeting_id=meeting.id,
                    member_id=people["周末"].id,
                    status=AttendanceStatus.LEAVE,
                    reason="参加教师资格证面试",
                    has_vote=True,
                ),
                MeetingGuest(meeting_id=meeting.id, name="刘荣", affiliation="学院党委组织员"),
                AgendaItem(
                    meeting_id=meeting.id,
                    position=1,
                    title="讨论接收陈思同志为预备党员",
                    discussion="入党介绍人介绍了陈思同志的培养考察情况。",
                ),
                Resolution(
                    meeting_id=meeting.id,
                    position=1,
                    kind=ResolutionKind.ADMISSION,
                    subject_id=people["陈思"].id,
                    text="同意接收陈思同志为中共预备党员",
                    votes_expected=2,
                    votes_present=1,
                    votes_for=1,
                    votes_against=0,
                    votes_abstain=0,
                ),
            ]
        )
        return meeting.id


def test_the_minutes_of_one_meeting(database: Database, sample, tmp_path: Path, pdf) -> None:
    meeting_id = add_meeting(database, sample.branch, text="会议由张玥同志主持。")
    job = minutes_job(database, meeting_id)
    assert job.title == "会议记录 — 2026年第3次支部党员大会"

    seen: list[int] = []
    pages = job.render(tmp_path / "minutes.pdf", seen.append)

    out = pdf(tmp_path / "minutes.pdf")
    out.check()
    out.assert_fonts_embedded()
    assert out.page_size() == pytest.approx(A4_PORTRAIT, abs=0.5)
    assert pages == out.pages == 1 and seen == [1]
    assert out.info()["Author"] == sample.branch
    text = out.compact_text()
    for expected in (
        "支部党员大会会议记录",
        "2026年第3次",
        "2026年6月10日（星期三）14:30—16:30",
        "明德楼A302",
        "主持人张玥",
        "记录人艾青",
        "应到人数3人",
        "实到人数2人",
        "缺席人数1人",
        "周末（请假：参加教师资格证面试）",  # the absentee and the reason
        "应到2人，实到1人，实到人数未超过半数",  # voting members, counted apart
        "刘荣（学院党委组织员）",
        "入党介绍人介绍了陈思同志的培养考察情况。",
        "会议由张玥同志主持。",
        "同意接收陈思同志为中共预备党员",
        "对象：陈思",
        "主持人：",
        "记录人：",
        "第1页共1页",
    ):
        assert expected in text, expected
    # The resolution's row reads 应到 2, 实到 1, 赞成 1, 反对 0, 弃权 0.
    layout = subprocess.run(
        ["pdftotext", "-layout", str(out.path), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = layout.splitlines()
    at = next(i for i, line in enumerate(lines) if "同意接收陈思同志为中共预备党员" in line)
    row = " ".join(lines[at : at + 3])  # the counts sit midway down the two-line cell
    assert re.search(r"\b2\s+1\s+1\s+0\s+0\b", row), row


def test_long_minutes_flow_onto_a_second_page(
    database: Database, sample, tmp_path: Path, pdf
) -> None:
    assert has_glyph("䶮")
    text = "\n".join([LONG_PARAGRAPH] * 14 + ["最后，支部书记对下一阶段工作提出了要求。"])
    meeting_id = add_meeting(database, sample.branch, text=text)

    minutes_job(database, meeting_id).render(tmp_path / "long.pdf", None)

    out = pdf(tmp_path / "long.pdf")
    assert out.pages >= 2
    assert "吴松䶮" in out.compact_text(1, 1)
    last = out.compact_text(out.pages, out.pages)
    assert "最后，支部书记对下一阶段工作提出了要求。" in last
    assert "主持人：" in last and f"第{out.pages}页共{out.pages}页" in last
    # Nothing runs past the right margin (15 mm of 595 pt).
    assert max(word.x_max for word in out.words()) <= A4_PORTRAIT[0] - 15 * 72 / 25.4 + 1


def test_the_book_lists_every_meeting_at_the_page_it_starts(
    demo_database: Database, tmp_path: Path, pdf
) -> None:
    with demo_database.reading() as session:
        book = minutes_book(session, 2026)
    job = minutes_book_job(demo_database, 2026)
    seen: list[int] = []
    pages = job.render(tmp_path / "book.pdf", seen.append)

    out = pdf(tmp_path / "book.pdf")
    out.check()
    out.assert_fonts_embedded()
    assert pages == out.pages and seen == list(range(1, pages + 1))
    assert out.footer_of(pages) == f"第{pages}页共{pages}页"
    listed = _contents_numbers(out.path)
    assert len(listed) == len(book.meetings)
    assert listed == sorted(listed) and len(set(listed)) == len(listed)
    for record, page in zip(book.meetings, listed, strict=True):
        # Each meeting starts at the top of the page the contents give.
        page_text = out.compact_text(page, page)
        top = f"{book.branch_name}会议记录{label(record.kind)}会议记录"
        assert page_text.startswith(top), page_text[:60]
        assert f"{record.year}年第{record.sequence_no}次" in page_text
        assert re.sub(r"\s+", "", record.title) in page_text
    contents = out.compact_text(1, listed[0] - 1)
    assert all(re.sub(r"\s+", "", r.title) in contents for r in book.meetings)


def test_a_book_of_one_kind(demo_database: Database, tmp_path: Path, pdf) -> None:
    job = minutes_book_job(demo_database, 2026, MeetingKind.BRANCH_ASSEMBLY)
    assert job.title.startswith("2026年支部党员大会会议记录 — ")
    job.render(tmp_path / "assembly.pdf", None)
    text = pdf(tmp_path / "assembly.pdf").compact_text()
    assert "党小组会会议记录" not in text
    assert text.count("支部党员大会会议记录") >= 2


def test_cancelling_leaves_no_file(demo_database: Database, tmp_path: Path) -> None:
    class Cancelled(Exception):
        pass

    def cancel(done: int) -> None:
        if done == 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        minutes_book_job(demo_database, 2026).render(tmp_path / "book.pdf", cancel)
    assert list(tmp_path.iterdir()) == []


def _contents_numbers(path: Path) -> list[int]:
    """The page numbers of the contents, top to bottom: the numbers in the rightmost column."""
    markup = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    numbers: list[int] = []
    for page in markup.split("<page ")[1:]:
        words = re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(.*?)</word>', page
        )
        if not any(text == "目录" for _, _, text in words):
            break
        column = [
            (float(y), int(text)) for x, y, text in words if float(x) > 518 and text.isdigit()
        ]
        numbers += [number for _, number in sorted(column)]
    return numbers


def test_a_huge_assembly_s_lists_go_on_in_further_rows(
    database: Database, sample, tmp_path: Path, pdf
) -> None:
    """300 people and 100 agenda items: no cell taller than a page (reportlab refuses those)."""
    import dataclasses

    from branchdesk.core.enums import AttendanceStatus
    from branchdesk.core.print_data.minutes import Agenda, Attendee, minutes
    from branchdesk.reports.minutes import render_minutes

    meeting_id = add_meeting(database, sample.branch, text="会议记录正文。")
    with database.reading() as session:
        record = minutes(session, meeting_id)
    crowd = tuple(
        Attendee(f"党员{number:03d}", AttendanceStatus.PRESENT, "", True) for number in range(300)
    )
    items = tuple(Agenda(f"讨论接收第{number}位发展对象为预备党员", "") for number in range(100))
    big = dataclasses.replace(record, attendees=crowd, agenda=items)
    pages = render_minutes(big, tmp_path / "huge.pdf")
    out = pdf(tmp_path / "huge.pdf")
    assert pages == out.pages >= 3
    text = out.compact_text()
    assert "党员299" in text and "100.讨论接收第99位发展对象为预备党员" in text
    assert "会议议题（续）" in text and "出席人员（续）" in text
