"""``branchdesk print volunteer-certificate|volunteer-summary`` and ``branchdesk export
volunteer-hours|service-requests``: a file, or one sentence and exit 2."""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from branchdesk.cli import main
from branchdesk.core.db import Database
from branchdesk.core.demo import DemoOptions, generate_demo
from branchdesk.core.models import (
    AuditEntry,
    Member,
    ServiceRequest,
    VolunteerActivity,
    VolunteerCertificate,
    VolunteerHours,
)
from branchdesk.core.schema import open_database
from branchdesk.paths import DataDir

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)

# Last year: a whole demo year of service, whatever today is (the CLI checks against today).
YEAR = dt.date.today().year - 1


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> DataDir:
    data_dir = DataDir(tmp_path_factory.mktemp("volunteer-cli")).ensure()
    database = open_database(data_dir.database, safety_dir=data_dir.safety_backups)
    generate_demo(database, DemoOptions(members=20, years=2, seed=5, today=dt.date.today()))
    database.close()
    return data_dir


def _read(data_dir: DataDir, query):  # type: ignore[no-untyped-def]
    database = Database(data_dir.database)
    try:
        with database.reading() as session:
            return session.execute(query).all()
    finally:
        database.close()


def _serving_members(data_dir: DataDir) -> list[tuple[int, str]]:
    """People with service in YEAR, fewest activities first (least likely to hold a demo
    certificate already)."""
    rows = _read(
        data_dir,
        select(Member.id, Member.name)
        .join(VolunteerHours, VolunteerHours.member_id == Member.id)
        .join(VolunteerActivity, VolunteerHours.activity_id == VolunteerActivity.id)
        .where(VolunteerActivity.held_on.between(dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)))
        .group_by(Member.id, Member.name)
        .order_by(func.count(), Member.id),
    )
    assert rows, "the demo wrote no service last year"
    return [(row[0], row[1]) for row in rows]


def _cli(data_dir: DataDir, *args: str) -> int:
    return main(["--data-dir", str(data_dir.root), *args])


def _pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return re.sub(r"\s+", "", text)


def test_a_certificate_is_printed_numbered_and_a_reprint_keeps_the_number(
    capsys, demo_dir: DataDir, tmp_path: Path
) -> None:
    member_id, name = _serving_members(demo_dir)[0]
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    args = ("print", "volunteer-certificate", "--member", str(member_id), "--year", str(YEAR))

    assert _cli(demo_dir, *args, "-o", str(first)) == 0, capsys.readouterr().err
    assert str(first) in capsys.readouterr().out
    assert _cli(demo_dir, *args, "-o", str(second)) == 0

    text = _pdf_text(first)
    number = re.search(r"编号：(ZYFW-\d{4}-\d{4})", text)
    assert number and name in text and "志愿服务记录证明" in text and "（盖章）" in text
    assert f"编号：{number[1]}" in _pdf_text(second)
    issued = _read(
        demo_dir,
        select(VolunteerCertificate.number).where(VolunteerCertificate.member_id == member_id),
    )
    assert [row[0] for row in issued] == [number[1]]
    logged = _read(
        demo_dir,
        select(AuditEntry.summary).where(
            AuditEntry.action == "export", AuditEntry.entity == "volunteer-certificate"
        ),
    )
    assert len(logged) == 2 and number[1] in logged[0][0]


def test_the_summary_is_printed(capsys, demo_dir: DataDir, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"

    code = _cli(demo_dir, "print", "volunteer-summary", "--year", str(YEAR), "-o", str(out))

    assert code == 0, capsys.readouterr().err
    text = _pdf_text(out)
    assert f"{YEAR}年度志愿服务汇总表" in text and "按人员统计" in text
    for _member_id, name in _serving_members(demo_dir):
        assert name in text


def test_hours_and_requests_are_exported_and_logged(
    capsys, demo_dir: DataDir, tmp_path: Path
) -> None:
    hours = tmp_path / "hours.csv"
    book = tmp_path / "hours.xlsx"
    requests = tmp_path / "requests.csv"

    assert _cli(demo_dir, "export", "volunteer-hours", str(hours), "--year", str(YEAR)) == 0
    assert _cli(demo_dir, "export", "volunteer-hours", str(book)) == 0
    assert _cli(demo_dir, "export", "service-requests", str(requests)) == 0

    out = capsys.readouterr().out
    with open(hours, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:5] == ["姓名", "证件类型", "证件号码", "服务日期", "服务时长(小时)"]
    assert all(row[3].startswith(str(YEAR)) for row in rows[1:])
    assert f"{hours} ({len(rows) - 1} rows)" in out
    served = _read(
        demo_dir,
        select(func.count())
        .select_from(VolunteerHours)
        .join(VolunteerActivity, VolunteerHours.activity_id == VolunteerActivity.id)
        .where(VolunteerActivity.held_on.between(dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31))),
    )
    assert len(rows) - 1 == served[0][0]
    with open(requests, encoding="utf-8-sig", newline="") as handle:
        listed = list(csv.reader(handle))
    total = _read(demo_dir, select(func.count()).select_from(ServiceRequest))[0][0]
    assert len(listed) - 1 == total and f"({total} requests)" in out
    kinds = _read(
        demo_dir,
        select(AuditEntry.entity).where(
            AuditEntry.action == "export",
            AuditEntry.entity.in_(("volunteer_hours", "service_requests")),
        ),
    )
    assert sorted(row[0] for row in kinds) == [
        "service_requests",
        "volunteer_hours",
        "volunteer_hours",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("print", "volunteer-certificate", "--member", "99999", "--year", str(YEAR)),
            "There is no member with number 99999.",
        ),
        (
            ("print", "volunteer-certificate", "--member", "1", "--year", "1900"),
            "The year 1900 is not between 1921 and",
        ),
        (
            ("print", "volunteer-summary", "--year", str(YEAR), "--branch", "外星支部"),
            "There is no branch named 外星支部",
        ),
        (("export", "volunteer-hours", "OUT.pdf"), "Export to a .xlsx or .csv file, not OUT.pdf"),
        (
            ("export", "service-requests", "OUT.csv", "--year", "1900"),
            "The year 1900 is not between 1921 and",
        ),
    ],
)
def test_a_bad_argument_is_one_sentence_and_exit_2(
    capsys, demo_dir: DataDir, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    args = tuple(str(tmp_path / a) if a.startswith("OUT.") else a for a in args)
    if args[0] == "print":
        args = (*args, "-o", str(tmp_path / "out.pdf"))

    code = _cli(demo_dir, *args)

    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("branchdesk: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not list(tmp_path.iterdir())


def test_a_year_without_service_issues_no_certificate(
    capsys, demo_dir: DataDir, tmp_path: Path
) -> None:
    member_id, _name = _serving_members(demo_dir)[0]
    before = _read(demo_dir, select(func.count()).select_from(VolunteerCertificate))[0][0]

    code = _cli(
        demo_dir, "print", "volunteer-certificate", "--member", str(member_id), "--year", "1990",
        "-o", str(tmp_path / "none.pdf"),
    )  # fmt: skip

    assert code == 2
    assert "has no volunteer service on file in 1990年度" in capsys.readouterr().err
    assert _read(demo_dir, select(func.count()).select_from(VolunteerCertificate))[0][0] == before
