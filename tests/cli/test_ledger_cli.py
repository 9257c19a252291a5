"""``branchdesk print ledger`` and ``branchdesk export problems``: a file, or one sentence."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from branchdesk.cli import main
from branchdesk.core.db import Database
from branchdesk.core.demo import DemoOptions, generate_demo
from branchdesk.core.models import AuditEntry, Branch, Problem
from branchdesk.core.schema import open_database
from branchdesk.paths import DataDir

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)

# Last year: a whole demo year of inspections, whatever today is (years are checked against it).
YEAR = dt.date.today().year - 1


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> DataDir:
    data_dir = DataDir(tmp_path_factory.mktemp("ledger-cli")).ensure()
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


def _cli(data_dir: DataDir, *args: str) -> int:
    return main(["--data-dir", str(data_dir.root), *args])


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def test_a_years_ledger_is_printed_and_logged(capsys, demo_dir: DataDir, tmp_path: Path) -> None:
    out = tmp_path / "ledger.pdf"

    code = _cli(demo_dir, "print", "ledger", "--year", str(YEAR), "-o", str(out))

    assert code == 0, capsys.readouterr().err
    assert str(out) in capsys.readouterr().out
    text = _pdf_text(out)
    branch = _read(demo_dir, select(Branch.name).order_by(Branch.position, Branch.id))[0][0]
    assert f"{YEAR}年度问题整改台账" in text and branch in text and "问题表现" in text
    logged = _read(
        demo_dir,
        select(AuditEntry.entity).where(AuditEntry.action == "export").order_by(AuditEntry.id),
    )
    assert ("ledger",) in logged


def test_one_inspections_ledger_is_printed(capsys, demo_dir: DataDir, tmp_path: Path) -> None:
    inspection_id = _read(
        demo_dir,
        select(Problem.inspection_id).where(Problem.inspection_id.is_not(None)).limit(1),
    )[0][0]
    out = tmp_path / "inspection.pdf"

    code = _cli(demo_dir, "print", "ledger", "--inspection", str(inspection_id), "-o", str(out))

    assert code == 0, capsys.readouterr().err
    assert "检查日期" in _pdf_text(out)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--inspection", "99999"), "99999"),
        (("--year", "1800"), "1800"),
        (("--year", str(YEAR + 2)), str(YEAR + 2)),
        (("--year", str(YEAR), "--branch", "无此支部"), "无此支部"),
        (("--inspection", "1", "--branch", "x"), "--branch goes with --year"),
    ],
)
def test_a_bad_selector_is_one_sentence_and_exit_2(
    capsys, demo_dir: DataDir, tmp_path: Path, args, words
) -> None:
    out = tmp_path / "x.pdf"

    code = _cli(demo_dir, "print", "ledger", *args, "-o", str(out))

    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("branchdesk: ") and words in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_the_problems_of_a_year_are_exported(capsys, demo_dir: DataDir, tmp_path: Path) -> None:
    out = tmp_path / "problems.csv"

    code = _cli(demo_dir, "export", "problems", str(out), "--year", str(YEAR))

    assert code == 0, capsys.readouterr().err
    expected = _read(demo_dir, select(func.count()).where(Problem.year == YEAR))[0][0]
    assert f"({expected} problems)" in capsys.readouterr().out
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == expected + 1 and rows[0][:3] == ["所属支部", "年度", "序号"]
    assert {row[1] for row in rows[1:]} == {str(YEAR)}


def test_all_problems_go_to_xlsx(demo_dir: DataDir, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "problems.xlsx"

    assert _cli(demo_dir, "export", "problems", str(out)) == 0
    total = _read(demo_dir, select(func.count()).select_from(Problem))[0][0]
    assert load_workbook(out, read_only=True).active.max_row == total + 1


@pytest.mark.parametrize(
    ("name", "extra", "words"),
    [("problems.txt", (), ".xlsx or .csv"), ("problems.csv", ("--year", "1800"), "1800")],
)
def test_a_bad_export_is_one_sentence_and_exit_2(
    capsys, demo_dir: DataDir, tmp_path: Path, name, extra, words
) -> None:
    code = _cli(demo_dir, "export", "problems", str(tmp_path / name), *extra)

    err = capsys.readouterr().err
    assert code == 2 and words in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []
