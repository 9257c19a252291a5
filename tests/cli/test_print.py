"""``branchdesk print``: forms as PDF files from a script, with one-sentence errors."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from branchdesk.cli import main
from branchdesk.core.db import Database
from branchdesk.core.demo import DemoOptions, generate_demo
from branchdesk.core.enums import Stage
from branchdesk.core.models import AuditEntry, Branch, Member
from branchdesk.core.schema import open_database
from branchdesk.paths import DataDir

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) is not installed",
)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> DataDir:
    data_dir = DataDir(tmp_path_factory.mktemp("print-demo")).ensure()
    database = open_database(data_dir.database, safety_dir=data_dir.safety_backups)
    generate_demo(database, DemoOptions(members=30, years=2, seed=3, today=dt.date(2026, 11, 26)))
    database.close()
    return data_dir


def _a_full_member(data_dir: DataDir) -> Member:
    database = Database(data_dir.database)
    try:
        with database.reading() as session:
            return session.scalars(
                select(Member).where(Member.stage == Stage.FULL).order_by(Member.id)
            ).first()
    finally:
        database.close()


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _info(pdf: Path) -> str:
    return subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout


def test_member_card_from_the_command_line(capsys, demo_dir: DataDir, tmp_path: Path) -> None:
    member = _a_full_member(demo_dir)
    out = tmp_path / "card.pdf"
    code = main(
        [
            "--data-dir",
            str(demo_dir.root),
            "print",
            "member-card",
            "--member",
            str(member.id),
            "-o",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert str(out) in capsys.readouterr().out
    assert "A4" in _info(out)
    assert member.name in _text(out)


def test_roster_masks_id_numbers_unless_asked(capsys, demo_dir: DataDir, tmp_path: Path) -> None:
    member = _a_full_member(demo_dir)
    masked, full = tmp_path / "roster.pdf", tmp_path / "roster-full.pdf"
    assert main(["--data-dir", str(demo_dir.root), "print", "roster", "-o", str(masked)]) == 0
    database = Database(demo_dir.database)
    with database.reading() as session:
        branch = session.get(Branch, member.branch_id)
        assert branch is not None
        branch_name = branch.name
    database.close()
    args = [
        "--data-dir",
        str(demo_dir.root),
        "print",
        "roster",
        "--branch",
        branch_name,
        "--full-id",
    ]
    assert main([*args, "-o", str(full)]) == 0
    assert member.id_number not in _text(masked).replace(" ", "")
    assert member.id_number in _text(full).replace(" ", "")
    assert member.name in _text(full)
    assert branch_name in _text(full)


def test_printing_is_recorded_in_the_audit_trail(capsys, demo_dir: DataDir, tmp_path: Path) -> None:
    out = tmp_path / "roster.pdf"
    assert main(["--data-dir", str(demo_dir.root), "print", "roster", "-o", str(out)]) == 0
    database = Database(demo_dir.database)
    with database.reading() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()
    database.close()
    assert any(str(out) in entry.summary for entry in entries)


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["print", "member-card", "--member", "99999"], "99999"),
        (["print", "roster", "--branch", "没有这个支部"], "没有这个支部"),
    ],
)
def test_a_missing_record_is_one_sentence_and_a_non_zero_exit(
    capsys, demo_dir: DataDir, tmp_path: Path, argv: list[str], needle: str
) -> None:
    out = tmp_path / "x.pdf"
    code = main(["--data-dir", str(demo_dir.root), *argv, "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert needle in err
    assert err.count("\n") == 1
    assert not out.exists()


def test_a_missing_output_folder_is_refused(capsys, demo_dir: DataDir, tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "folder" / "r.pdf"
    assert main(["--data-dir", str(demo_dir.root), "print", "roster", "-o", str(out)]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_a_bad_selector_is_a_usage_error(capsys, demo_dir: DataDir, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(
            [
                "--data-dir",
                str(demo_dir.root),
                "print",
                "member-card",
                "--member",
                "abc",
                "-o",
                "x.pdf",
            ]
        )
    assert exit_info.value.code == 2
    assert "invalid int value" in capsys.readouterr().err
