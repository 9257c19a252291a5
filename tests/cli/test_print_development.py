"""``branchdesk print development-record --member ID``: a PDF, or one sentence and exit 2."""

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
from branchdesk.core.models import Member
from branchdesk.core.schema import open_database
from branchdesk.paths import DataDir

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) is not installed",
)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> DataDir:
    data_dir = DataDir(tmp_path_factory.mktemp("print-development")).ensure()
    database = open_database(data_dir.database, safety_dir=data_dir.safety_backups)
    generate_demo(database, DemoOptions(members=30, years=2, seed=3, today=dt.date(2026, 11, 26)))
    database.close()
    return data_dir


def _a_full_member(data_dir: DataDir) -> tuple[int, str]:
    database = Database(data_dir.database)
    try:
        with database.reading() as session:
            member = session.scalars(
                select(Member).where(Member.stage == Stage.FULL).order_by(Member.id)
            ).first()
            assert member is not None
            return member.id, member.name
    finally:
        database.close()


def _run(data_dir: DataDir, member: str, out: Path) -> int:
    return main(
        [
            "--data-dir",
            str(data_dir.root),
            "print",
            "development-record",
            "--member",
            member,
            "-o",
            str(out),
        ]
    )


def test_a_member_record_is_printed(capsys, demo_dir: DataDir, tmp_path: Path) -> None:
    member_id, name = _a_full_member(demo_dir)
    out = tmp_path / "record.pdf"

    code = _run(demo_dir, str(member_id), out)

    assert code == 0, capsys.readouterr().err
    assert str(out) in capsys.readouterr().out
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert "A4" in info.stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert name in text and "发展党员工作纪实表" in text


def test_a_missing_member_is_one_sentence_and_exit_2(
    capsys, demo_dir: DataDir, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"

    code = _run(demo_dir, "99999", out)

    err = capsys.readouterr().err
    assert code == 2
    assert "99999" in err
    assert err.count("\n") == 1
    assert not out.exists()
