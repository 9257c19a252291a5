"""``branchdesk print evaluation`` and ``export evaluations``: a file, or one sentence, exit 2."""

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
from branchdesk.core.models import AuditEntry, Evaluation, EvaluationRound, Member
from branchdesk.core.schema import open_database
from branchdesk.paths import DataDir

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)

# Last year: graded at the demo's 组织生活会 whatever today is (the CLI checks years against today).
YEAR = dt.date.today().year - 1


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> DataDir:
    data_dir = DataDir(tmp_path_factory.mktemp("evaluation-cli")).ensure()
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


def _evaluated(data_dir: DataDir) -> list[tuple[int, str]]:
    """(member id, name) of last year's first round, by id."""
    rows = _read(
        data_dir,
        select(Member.id, Member.name)
        .join(Evaluation, Evaluation.member_id == Member.id)
        .join(EvaluationRound, Evaluation.round_id == EvaluationRound.id)
        .where(EvaluationRound.year == YEAR)
        .order_by(EvaluationRound.branch_id, Member.id),
    )
    assert rows, "the demo wrote no evaluation last year"
    return [(row[0], row[1]) for row in rows]


def _cli(data_dir: DataDir, *args: str) -> int:
    return main(["--data-dir", str(data_dir.root), *args])


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def test_a_rounds_summary_and_every_form_are_printed_and_logged(
    capsys, demo_dir: DataDir, tmp_path: Path
) -> None:
    out = tmp_path / "evaluation.pdf"

    code = _cli(demo_dir, "print", "evaluation", "--year", str(YEAR), "-o", str(out))

    assert code == 0, capsys.readouterr().err
    assert str(out) in capsys.readouterr().out
    text = _text(out)
    assert f"{YEAR}年度民主评议党员汇总表" in text and f"{YEAR}年度民主评议表" in text
    first_member = _evaluated(demo_dir)[0][1]  # of the first branch, the default
    assert first_member in text
    logged = _read(
        demo_dir,
        select(AuditEntry.entity).where(AuditEntry.action == "export").order_by(AuditEntry.id),
    )
    assert ("evaluation",) in logged


def test_the_summary_alone_or_one_members_form(capsys, demo_dir: DataDir, tmp_path: Path) -> None:
    summary, sheet = tmp_path / "summary.pdf", tmp_path / "sheet.pdf"
    member_id, name = _evaluated(demo_dir)[-1]

    assert _cli(demo_dir, "print", "evaluation", "--year", str(YEAR), "--summary-only",
                "-o", str(summary)) == 0  # fmt: skip
    assert _cli(demo_dir, "print", "evaluation", "--year", str(YEAR), "--member",
                str(member_id), "-o", str(sheet)) == 0  # fmt: skip

    assert "(1 page)" in capsys.readouterr().out
    assert "民主评议表" not in _text(summary).replace("民主评议党员汇总表", "")
    text = _text(sheet)
    assert name in text and "汇总表" not in text


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--year", "1800"), "1800"),
        (("--year", str(YEAR + 2)), str(YEAR + 2)),
        (("--year", str(YEAR - 3)), f"no democratic evaluation of {YEAR - 3}"),
        (("--year", str(YEAR), "--member", "99999"), "99999"),
        (("--year", str(YEAR), "--branch", "不存在的支部"), "不存在的支部"),
        (("--year", str(YEAR), "--member", "1", "--summary-only"), "--summary-only"),
    ],
)
def test_a_bad_selector_is_one_sentence_and_exit_2(
    capsys, demo_dir: DataDir, tmp_path: Path, args, words
) -> None:
    out = tmp_path / "x.pdf"

    code = _cli(demo_dir, "print", "evaluation", *args, "-o", str(out))

    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("branchdesk: ") and words in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_a_years_evaluations_are_exported(capsys, demo_dir: DataDir, tmp_path: Path) -> None:
    out = tmp_path / "evaluations.csv"

    code = _cli(demo_dir, "export", "evaluations", str(out), "--year", str(YEAR))

    assert code == 0, capsys.readouterr().err
    expected = len(_evaluated(demo_dir))
    assert f"({expected} members)" in capsys.readouterr().out
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == expected + 1 and rows[0][:3] == ["所在支部", "年度", "姓名"]
    assert {row[1] for row in rows[1:]} == {str(YEAR)}


def test_all_evaluations_go_to_xlsx(demo_dir: DataDir, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "evaluations.xlsx"

    assert _cli(demo_dir, "export", "evaluations", str(out)) == 0
    total = _read(demo_dir, select(func.count()).select_from(Evaluation))[0][0]
    assert load_workbook(out, read_only=True).active.max_row == total + 1


@pytest.mark.parametrize(
    ("name", "extra", "words"),
    [
        ("evaluations.txt", (), ".xlsx or .csv"),
        ("evaluations.csv", ("--year", "1800"), "1800"),
        ("evaluations.csv", ("--year", str(YEAR - 3)), str(YEAR - 3)),
    ],
)
def test_a_bad_export_is_one_sentence_and_exit_2(
    capsys, demo_dir: DataDir, tmp_path: Path, name, extra, words
) -> None:
    code = _cli(demo_dir, "export", "evaluations", str(tmp_path / name), *extra)

    err = capsys.readouterr().err
    assert code == 2 and words in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []
