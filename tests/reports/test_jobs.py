"""Print jobs check their selectors at once and render on any thread."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from branchdesk.core.db import Database
from branchdesk.core.errors import BranchDeskError
from branchdesk.reports.jobs import member_card_job, roster_job, table_job
from branchdesk.reports.table import TableExport

TODAY = dt.date(2026, 11, 26)


def render_on_a_worker(job, output: Path) -> tuple[int, list[int]]:
    """Run ``job.render`` off the calling thread, as the GUI does."""
    seen: list[int] = []
    result: list[int] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            result.append(job.render(output, seen.append))
        except BaseException as exc:  # reported to the test thread below
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=60)
    if errors:
        raise errors[0]
    return result[0], seen


def test_a_member_card_job_is_named_and_renders_on_a_worker(
    database: Database, sample, tmp_path, pdf
):
    job = member_card_job(database, sample.full_member)
    assert job.title == "党员基本信息表 — 张玥"
    assert job.kind == "member_card"

    pages, seen = render_on_a_worker(job, tmp_path / "card.pdf")

    assert pages == 1 and seen == [1]
    assert "张玥" in pdf(tmp_path / "card.pdf").text()


def test_a_job_reads_the_record_again_when_it_renders(database: Database, sample, tmp_path, pdf):
    from branchdesk.core.models import Member

    job = member_card_job(database, sample.full_member)
    with database.unit_of_work("clerk") as session:
        session.get(Member, sample.full_member).phone = "13912345678"
    job.render(tmp_path / "card.pdf", None)
    assert "13912345678" in pdf(tmp_path / "card.pdf").text()


def test_a_missing_member_fails_when_the_job_is_made(database: Database, sample):
    with pytest.raises(BranchDeskError, match="There is no member with number 404"):
        member_card_job(database, 404)


def test_a_roster_job_names_the_branch(database: Database, sample, tmp_path, pdf):
    job = roster_job(database, today=TODAY)
    assert job.title == f"党员花名册 — {sample.branch}"
    pages, seen = render_on_a_worker(job, tmp_path / "roster.pdf")
    assert pages == len(seen) == 1
    text = pdf(tmp_path / "roster.pdf").text()
    assert "110105********1226" in text

    job = roster_job(database, branch_name=sample.other_branch, full_id=True, today=TODAY)
    assert job.title == f"党员花名册 — {sample.other_branch}"
    job.render(tmp_path / "other.pdf", None)
    assert "钱进" in pdf(tmp_path / "other.pdf").text()


def test_an_unknown_branch_fails_when_the_job_is_made(database: Database, sample):
    with pytest.raises(BranchDeskError, match="the branches are"):
        roster_job(database, branch_name="不存在的支部", today=TODAY)


def test_a_table_job_renders_its_rows(tmp_path, pdf):
    table = TableExport(
        title="志愿服务时长",
        branch_name="第一支部",
        columns=("姓名", "时长"),
        rows=(("张三", "4.5"),),
    )
    job = table_job(table)
    assert job.title == "志愿服务时长"
    assert job.render(tmp_path / "hours.pdf", None) == 1
    assert "4.5" in pdf(tmp_path / "hours.pdf").text()


def test_making_jobs_and_reading_print_data_do_not_load_reportlab():
    # reportlab costs start-up time: it loads when a form is rendered (DESIGN.md §8).
    modules = (
        "branchdesk.reports, branchdesk.reports.jobs, branchdesk.core.print_data, "
        "branchdesk.reports.table, branchdesk.reports.member_card, branchdesk.reports.roster, "
        "branchdesk.reports.labels, branchdesk.reports.formats"
    )
    code = f"import sys, {modules}; print(sorted(m for m in sys.modules if 'reportlab' in m))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
