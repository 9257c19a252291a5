"""志愿服务记录证明 and 志愿服务汇总表, checked with qpdf and poppler."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from branchdesk.core.db import Database, snapshot
from branchdesk.core.enums import Gender, Stage
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.models import (
    RequestAssignee,
    ServiceRequest,
    VolunteerActivity,
    VolunteerHours,
)
from branchdesk.core.print_data.volunteer import (
    CertificateForm,
    RequestCounts,
    VolunteerSummary,
    certificate_form,
    volunteer_summary,
)
from branchdesk.core.rules.idnumber import IdType
from branchdesk.core.rules.volunteer import Period, roll_refusal
from branchdesk.core.services.volunteer import roll_facts
from branchdesk.core.services.volunteer_certificates import find_certificate
from branchdesk.core.services.volunteer_hours import GroupTotal, MemberTotal, ServiceLine
from branchdesk.reports.jobs import volunteer_certificate_job, volunteer_summary_job
from branchdesk.reports.volunteer_certificate import render_volunteer_certificate
from branchdesk.reports.volunteer_summary import render_volunteer_summary, requests_text

from .conftest import A4_PORTRAIT, TODAY

MARGIN = 15 * 72 / 25.4  # the portrait form's side margins, points
YEAR = TODAY.year


@pytest.fixture
def demo_copy(demo_database: Database, tmp_path: Path) -> Iterator[Database]:
    """A copy of the demo archive: issuing a certificate writes to it."""
    # The online backup API: the demo's latest rows may still be in its -wal file.
    snapshot(demo_database.engine, tmp_path / "branchdesk.sqlite3")
    database = Database(tmp_path / "branchdesk.sqlite3")
    yield database
    database.close()


def _busiest(database: Database) -> int:
    with database.reading() as session:
        return (
            session.execute(
                select(VolunteerHours.member_id)
                .join(VolunteerActivity, VolunteerHours.activity_id == VolunteerActivity.id)
                .where(
                    VolunteerActivity.held_on.between(dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31))
                )
                .group_by(VolunteerHours.member_id)
                .order_by(func.count().desc(), VolunteerHours.member_id)
            )
            .scalars()
            .first()
        )


def _inside_margins(doc) -> None:  # type: ignore[no-untyped-def]
    width = A4_PORTRAIT[0]
    for word in doc.words():
        assert word.x_min >= MARGIN - 1 and word.x_max <= width - MARGIN + 10, word


def test_a_certificate_prints_the_service_and_a_reprint_keeps_its_number(
    demo_copy: Database, pdf, tmp_path: Path
) -> None:
    member_id = _busiest(demo_copy)
    job = volunteer_certificate_job(demo_copy, member_id, YEAR, actor="clerk", today=TODAY)
    out = tmp_path / "certificate.pdf"

    pages = job.render(out, None)

    doc = pdf(out)
    doc.check()
    doc.assert_fonts_embedded()
    assert doc.pages == pages
    assert doc.page_size() == pytest.approx(A4_PORTRAIT, abs=0.1)
    text = doc.compact_text()
    number = job.title.split()[1]
    assert number.startswith(f"ZYFW-{YEAR}-")
    assert doc.info()["Title"].startswith("志愿服务记录证明 — ")
    with demo_copy.reading() as session:
        issued = find_certificate(session, member_id, Period.of_year(YEAR))
        assert issued is not None and issued.number == number
        form = certificate_form(session, issued.id)
    assert f"编号：{number}" in text and form.name in text and form.issuer in text
    assert (form.id_number or "（未登记）") in text
    for line in form.lines:
        assert line.title.replace(" ", "") in text
    assert f"组织的志愿服务{len(form.lines)}次" in text
    assert "（盖章）" in text and "出具单位" in text and "经办人" in text
    assert f"出具日期：{TODAY.year}年{TODAY.month}月{TODAY.day}日" in text
    for page in range(1, pages + 1):
        assert doc.footer_of(page) == f"第{page}页共{pages}页"
    _inside_margins(doc)

    later = volunteer_certificate_job(
        demo_copy, member_id, YEAR, actor="clerk", today=TODAY + dt.timedelta(days=3)
    )
    assert later.title == job.title


def _line(number: int) -> ServiceLine:
    return ServiceLine(
        activity_id=number,
        member_id=1,
        held_on=dt.date(2026, 1, 1) + dt.timedelta(days=number * 5),
        title=f"第{number}次：暑期“三下乡”学前支教，为留守儿童开展绘本阅读和安全教育活动",
        category="教育帮扶",
        description="",
        place="酉阳县乡村幼儿园",
        unit_name="杨善洲宿舍党员服务站",
        minutes=11 * 60 + 59,
    )


def test_a_long_certificate_flows_over_pages_with_its_header(pdf, tmp_path: Path) -> None:
    lines = tuple(_line(n) for n in range(1, 61))
    form = CertificateForm(
        certificate_id=1,
        number="ZYFW-2026-0123",
        issued_on=TODAY,
        issuer="计算机科学与技术学院本科生第三党支部（研究生与本科生联合党支部）",
        period=Period.of_year(2026),
        member_id=1,
        name="欧阳娜娜",
        gender=Gender.FEMALE,
        id_type=IdType.PASSPORT,
        id_number="E1***5678",
        lines=lines,
        total_minutes=sum(line.minutes for line in lines),
        issued_minutes=0,
    )
    out = tmp_path / "long.pdf"

    pages = render_volunteer_certificate(form, out)

    doc = pdf(out)
    doc.check()
    assert pages >= 3
    for page in range(1, pages + 1):
        page_text = doc.compact_text(page, page)
        if page < pages:
            assert "服务内容" in page_text, f"no table header on page {page}"
    text = doc.compact_text()
    assert "第60次" in text and "719小时" in text  # 60 × 11 h 59 min = 719 h
    assert "护照" in text and "E1***5678" in text
    # The issuer, seal and signatures stay together on the last page.
    last = doc.compact_text(pages, pages)
    assert "出具单位" in last and "（盖章）" in last and "经办人" in last
    _inside_margins(doc)


def test_the_summary_prints_every_table_with_totals(
    demo_database: Database, pdf, tmp_path: Path
) -> None:
    with demo_database.reading() as session:
        summary = volunteer_summary(session, YEAR, today=TODAY)
    out = tmp_path / "summary.pdf"

    pages = volunteer_summary_job(demo_database, YEAR, today=TODAY).render(out, None)

    doc = pdf(out)
    doc.check()
    doc.assert_fonts_embedded()
    assert doc.info()["Title"] == f"{summary.branch_name}{YEAR}年度志愿服务汇总表"
    text = doc.compact_text()
    for heading in ("二、按服务队（站）统计", "三、按服务类别统计", "五、按人员统计"):
        assert heading in text
    assert f"开展活动{summary.activities}次" in text
    assert summary.activities > 0 and summary.members
    for member in summary.members:
        assert member.name in text
    for unit in summary.units:
        assert (unit.label or "未归属服务队（站）") in text
    assert requests_text(summary.requests).replace(" ", "") in text
    assert "制表人" in text and "审核人" in text
    for page in range(1, pages + 1):
        assert doc.footer_of(page) == f"第{page}页共{pages}页"
    _inside_margins(doc)


def test_a_big_branch_summary_repeats_the_members_header(pdf, tmp_path: Path) -> None:
    members = tuple(
        MemberTotal(n, f"队员{n:03d}", 1, Stage.FULL, n % 7 + 1, n * 37) for n in range(1, 121)
    )
    units = tuple(
        GroupTotal(f"team:{n}", f"第{n}党员服务队（学前教育专业学生志愿服务）", 3, 9, 20, 600)
        for n in range(1, 7)
    )
    summary = VolunteerSummary(
        branch_id=1,
        branch_name="学前教育学院学生党支部",
        parent_org="",
        year=2026,
        as_of=TODAY,
        activities=18,
        participants=120,
        person_times=400,
        minutes=sum(m.minutes for m in members),
        units=units,
        categories=(),
        months=(),
        members=members,
        requests=RequestCounts(),
    )
    out = tmp_path / "big.pdf"

    pages = render_volunteer_summary(summary, out)

    doc = pdf(out)
    assert pages >= 3
    headers = sum("服务次数" in doc.compact_text(p, p) for p in range(1, pages + 1))
    assert headers >= pages - 1  # the members' table starts on page 1 or 2, then every page
    text = doc.compact_text()
    assert "队员120" in text and "本年度暂无群众点单" in text and "本年度暂无志愿服务记录" in text
    _inside_margins(doc)


def test_the_request_line_counts_each_state() -> None:
    counts = RequestCounts(8, 6, 1, 1, 1, 5, Decimal("4.6"))
    assert requests_text(counts) == (
        "收到群众点单 8 件：已完成 6 件、已取消 1 件、办理中 1 件（逾期未完成 1 件）；"
        "收到评价 5 件，平均 4.6 分（满分 5 分）。"
    )
    assert (
        requests_text(RequestCounts(2, 2))
        == "收到群众点单 2 件：已完成 2 件、已取消 0 件、办理中 0 件。"
    )


def test_bad_selectors_are_refused_before_rendering(demo_copy: Database) -> None:
    member_id = _busiest(demo_copy)
    with pytest.raises(BranchDeskError, match="no member with number 99999"):
        volunteer_certificate_job(demo_copy, 99999, YEAR, actor="clerk", today=TODAY)
    for year in (1900, YEAR + 1):
        with pytest.raises(BranchDeskError, match=f"The year {year} is not between"):
            volunteer_certificate_job(demo_copy, member_id, year, actor="clerk", today=TODAY)
        with pytest.raises(BranchDeskError, match=f"The year {year} is not between"):
            volunteer_summary_job(demo_copy, year, today=TODAY)
    with pytest.raises(BranchDeskError, match="no volunteer service on file"):
        volunteer_certificate_job(demo_copy, member_id, 1990, actor="clerk", today=TODAY)
    with pytest.raises(BranchDeskError, match="There is no branch named 外星支部"):
        volunteer_summary_job(demo_copy, YEAR, branch_name="外星支部", today=TODAY)


def test_every_demo_activity_and_dispatch_passes_the_services_checks(
    demo_database: Database,
) -> None:
    # The demo writes in bulk, past the services: its people must still be ones who could serve.
    with demo_database.reading() as session:
        served = session.execute(
            select(
                VolunteerActivity.branch_id, VolunteerActivity.held_on, VolunteerHours.member_id
            ).join(VolunteerHours, VolunteerHours.activity_id == VolunteerActivity.id)
        ).all()
        assigned = session.execute(
            select(
                ServiceRequest.branch_id, ServiceRequest.dispatched_on, RequestAssignee.member_id
            ).join(RequestAssignee, RequestAssignee.request_id == ServiceRequest.id)
        ).all()
        facts = roll_facts(session, [row[2] for row in (*served, *assigned)])
        per_day = (
            select(func.sum(VolunteerHours.minutes).label("minutes"))
            .join(VolunteerActivity, VolunteerHours.activity_id == VolunteerActivity.id)
            .group_by(VolunteerHours.member_id, VolunteerActivity.held_on)
            .subquery()
        )
        day_totals = session.scalar(select(func.max(per_day.c.minutes)))
    assert served and assigned
    for branch_id, day, member_id in (*served, *assigned):
        assert roll_refusal(facts[member_id], branch_id, day) is None
    assert day_totals is not None and day_totals <= 24 * 60
