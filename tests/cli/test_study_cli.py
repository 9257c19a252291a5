"""``branchdesk print study-notebook`` and ``branchdesk export study``: a file, or one sentence."""

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
from branchdesk.core.models import AuditEntry, Member, StudyEntry
from branchdesk.core.schema import open_database
from branchdesk.paths import DataDir

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)

# Last year: a whole demo year of study, whatever today is (the CLI checks years against today).
YEAR = dt.date.today().year - 1


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> DataDir:
    data_dir = DataDir(tmp_path_factory.mktemp("study-cli")).ensure()
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


def _studying_member(data_dir: DataDir) -> tuple[int, str]:
    rows = _read(
        data_dir,
        select(Member.id, Member.name)
        .join(StudyEntry, StudyEntry.member_id == Member.id)
        .where(StudyEntry.studied_on.between(dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)))
        .group_by(Member.id, Member.name)
        .order_by(Member.id),
    )
    assert rows, "the demo wrote no study this year"
    return rows[0][0], rows[0][1]


def _cli(data_dir: DataDir, *args: str) -> int:
    return main(["--data-dir", str(data_dir.root), *args])


def test_a_notebook_is_printed_and_logged(capsys, demo_dir: DataDir, tmp_path: Path) -> None:
    member_id, name = _studying_member(demo_dir)
    out = tmp_path / "notebook.pdf"

    code = _cli(
        demo_dir, "print", "study-notebook", "--member", str(member_id), "--year", str(YEAR),
        "-o", str(out),
    )  # fmt: skip

    assert code == 0, capsys.readouterr().err
    assert str(out) in capsys.readouterr().out
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert name in text and "学习笔记" in text and "学时统计" in text
    logged = _read(
        demo_dir,
        select(AuditEntry.entity).where(AuditEntry.action == "export").order_by(AuditEntry.id),
    )
    assert ("study-notebook",) in logged


@pytest.mark.parametrize(
    ("member", "year", "words"),
    [("99999", str(YEAR), "99999"), (None, "1800", "1800"), (None, str(YEAR + 2), str(YEAR + 2))],
)
def test_a_bad_member_or_year_is_one_sentence_and_exit_2(
    capsys, demo_dir: DataDir, tmp_path: Path, member, year, words
) -> None:
    member = member or str(_studying_member(demo_dir)[0])
    out = tmp_path / "x.pdf"

    code = _cli(
        demo_dir, "print", "study-notebook", "--member", member, "--year", year, "-o", str(out)
    )

    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("branchdesk: ") and words in err and err.count("\n") == 1
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_the_entries_of_a_year_are_exported(capsys, demo_dir: DataDir, tmp_path: Path) -> None:
    out = tmp_path / "study.csv"

    code = _cli(demo_dir, "export", "study", str(out), "--year", str(YEAR))

    assert code == 0, capsys.readouterr().err
    expected = _read(
        demo_dir,
        select(func.count()).where(
            StudyEntry.studied_on.between(dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31))
        ),
    )[0][0]
    assert f"({expected} entries)" in capsys.readouterr().out
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == expected + 1 and rows[0][:3] == ["姓名", "所在支部", "学习日期"]
    assert all(row[2].startswith(str(YEAR)) for row in rows[1:])


def test_all_entries_go_to_xlsx(capsys, demo_dir: DataDir, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "study.xlsx"

    assert _cli(demo_dir, "export", "study", str(out)) == 0
    total = _read(demo_dir, select(func.count()).select_from(StudyEntry))[0][0]
    assert load_workbook(out, read_only=True).active.max_row == total + 1


@pytest.mark.parametrize(
    ("name", "extra", "words"),
    [("study.txt", (), ".xlsx or .csv"), ("study.csv", ("--year", "1800"), "1800")],
)
def test_a_bad_export_is_one_sentence_and_exit_2(
    capsys, demo_dir: DataDir, tmp_path: Path, name, extra, words
) -> None:
    code = _cli(demo_dir, "export", "study", str(tmp_path / name), *extra)

    err = capsys.readouterr().err
    assert code == 2 and words in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []
