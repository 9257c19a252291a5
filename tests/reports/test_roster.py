"""The 花名册 is a landscape A4 table with its header on every page and masked ID numbers."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from branchdesk.core.db import Database
from branchdesk.core.enums import Gender, OrgStatus, PersonType, Stage
from branchdesk.core.print_data import Roster, RosterRow, roster
from branchdesk.reports.roster import render_roster

TODAY = dt.date(2026, 11, 26)
A4_LANDSCAPE = (841.89, 595.28)
MASKED = re.compile(r"\b\d{6}\*{8}[\dX]{4}\b")
FULL = re.compile(r"\b\d{17}[\dX]\b")


def _demo_roster(database: Database, *, full_id: bool = False) -> Roster:
    with database.reading() as session:
        return roster(session, branch_name=None, full_id=full_id, today=TODAY)


def generated_rows(count: int) -> tuple[RosterRow, ...]:
    """``count`` plausible members, some with long class names that wrap."""
    rows = []
    for number in range(count):
        born = dt.date(2000 + number % 6, 1 + number % 12, 1 + number % 28)
        rows.append(
            RosterRow(
                member_id=number + 1,
                name=f"学员{number:03d}",
                gender=Gender.FEMALE if number % 3 else Gender.MALE,
                ethnicity="汉族" if number % 7 else "土家族",
                birth_date=born,
                id_number=f"500108{born:%Y%m%d}{number % 1000:03d}X",
                education="本科在读",
                stage=Stage.FULL if number % 4 else Stage.PROBATIONARY,
                person_type=PersonType.STUDENT,
                class_or_department=(
                    f"{2021 + number % 4}级学前教育{1 + number % 5}班"
                    if number % 9
                    else "2025级学前教育（专升本）2班（中外合作办学项目）"
                ),
                party_group="第一党小组",
                admission_date=dt.date(2023, 5, 12),
                confirmation_date=dt.date(2024, 5, 18) if number % 4 else None,
                phone=f"139{number:08d}",
                org_status=OrgStatus.NORMAL,
            )
        )
    return tuple(rows)


def test_the_demo_roster_is_a_landscape_form_with_masked_ids(
    demo_database: Database, tmp_path, pdf
):
    data = _demo_roster(demo_database)
    output = tmp_path / "roster.pdf"

    pages = render_roster(data, output)

    document = pdf(output)
    document.check()
    document.assert_fonts_embedded()
    assert pages == document.pages
    width, height = document.page_size()
    assert (round(width, 2), round(height, 2)) == A4_LANDSCAPE
    info = document.info()
    assert info["Title"] == f"{data.branch_name}党员花名册"
    assert info["Author"] == data.branch_name

    text = document.text()
    compact = document.compact_text()
    assert f"{data.branch_name}党员花名册" in compact
    assert f"上级党组织：{data.parent_org}" in compact
    assert "统计日期：2026年11月26日" in compact
    full, probationary = data.count(Stage.FULL), data.count(Stage.PROBATIONARY)
    assert f"正式党员{full}名，预备党员{probationary}名，共{full + probationary}名" in compact
    for row in data.rows:
        assert row.name in text
        if row.admission_date:
            assert row.admission_date.strftime("%Y.%m.%d") in text
    assert len(MASKED.findall(text)) == len(data.rows)
    assert not FULL.findall(text)
    assert "制表人" in text and "审核人" in text
    assert "None" not in text


def test_a_full_id_roster_prints_whole_numbers(demo_database: Database, tmp_path, pdf):
    data = _demo_roster(demo_database, full_id=True)
    output = tmp_path / "roster.pdf"
    render_roster(data, output)
    text = pdf(output).text()
    assert sorted(FULL.findall(text)) == sorted(row.id_number for row in data.rows)
    assert not MASKED.findall(text)


def test_a_long_roster_repeats_its_header_on_every_page(demo_database: Database, tmp_path, pdf):
    data = dataclasses.replace(_demo_roster(demo_database), rows=generated_rows(300))
    output = tmp_path / "roster.pdf"
    pages_seen: list[int] = []

    pages = render_roster(data, output, on_page=pages_seen.append)

    document = pdf(output)
    document.check()
    assert pages == document.pages >= 8
    assert pages_seen == list(range(1, pages + 1))
    for page in range(1, pages + 1):
        page_text = document.page_text(page)
        assert page_text.count("公民身份号码") == 1, page
        assert page_text.count("联系电话") == 1, page
        assert document.footer_of(page) == f"第{page}页共{pages}页"
        # The signature line closes the roster, on its last page only, with rows above it.
        assert ("制表人" in page_text) == (page == pages)
    last = document.page_text(pages)
    assert "学员299" in last
    text = document.text()
    for number in range(300):
        assert f"学员{number:03d}" in text
    # Long class names wrap inside their cells instead of running off the page.
    long_names = sum(1 for row in data.rows if "中外合作" in row.class_or_department)
    assert document.compact_text().count("办学项目") == long_names
    right = A4_LANDSCAPE[0] - 28.3
    assert all(word.x_max <= right + 0.5 for word in document.words())


def test_an_empty_roster_says_so(demo_database: Database, tmp_path, pdf):
    data = dataclasses.replace(_demo_roster(demo_database), rows=())
    output = tmp_path / "roster.pdf"
    assert render_roster(data, output) == 1
    assert "（无）" in pdf(output).text()


def test_a_roster_of_every_stage_is_a_people_roster(demo_database: Database, tmp_path, pdf):
    with demo_database.reading() as session:
        data = roster(
            session, branch_name=None, full_id=False, today=TODAY, stages=frozenset(Stage)
        )
    output = tmp_path / "roster.pdf"
    render_roster(data, output)
    compact = pdf(output).compact_text()
    assert f"{data.branch_name}人员花名册" in compact
    assert "入党积极分子" in compact
