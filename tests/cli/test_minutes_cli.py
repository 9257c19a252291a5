"""``branchdesk print minutes`` and ``export meetings``: a file, or one sentence and exit 2."""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from branchdesk.cli import main
from branchdesk.core.db import Database
from branchdesk.core.demo import DemoOptions, generate_demo
from branchdesk.core.enums import MeetingKind
from branchdesk.core.models import AuditEntry, Meeting
from branchdesk.core.schema import open_database
from branchdesk.paths import DataDir

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> DataDir:
    data_dir = DataDir(tmp_path_factory.mktemp("print-minutes")).ensure()
    database = open_database(data_dir.database, safety_dir=data_dir.safety_backups)
    generate_demo(database, DemoOptions(members=20, years=1, seed=3, today=dt.date(2026, 11, 26)))
    database.close()
    return data_dir


def _an_assembly(data_dir: DataDir) -> tuple[int, str]:
    database = Database(data_dir.database)
    try:
        with database.reading() as session:
            meeting = session.scalars(
                select(Meeting)
                .where(Meeting.kind == MeetingKind.BRANCH_ASSEMBLY, Meeting.year == 2026)
                .order_by(Meeting.id)
            ).first()
            assert meeting is not None
            return meeting.id, meeting.title
    finally:
        database.close()


def _branchdesk(data_dir: DataDir, *args: str) -> int:
    return main(["--data-dir", str(data_dir.root), *args])


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return re.sub(r"\s+", "", out)


def test_one_meetings_minutes_are_printed(capsys, demo_dir: DataDir, tmp_path: Path) -> None:
    meeting_id, title = _an_assembly(demo_dir)
    out = tmp_path / "minutes.pdf"

    code = _branchdesk(demo_dir, "print", "minutes", "--meeting", str(meeting_id), "-o", str(out))

    assert code == 0, capsys.readouterr().err
    assert str(out) in capsys.readouterr().out
    text = _text(out)
    assert "支部党员大会会议记录" in text and re.sub(r"\s+", "", title) in text


def test_a_years_book_and_one_kinds_book(capsys, demo_dir: DataDir, tmp_path: Path) -> None:
    book, assembly = tmp_path / "book.pdf", tmp_path / "assembly.pdf"

    assert _branchdesk(demo_dir, "print", "minutes", "--year", "2026", "-o", str(book)) == 0
    code = _branchdesk(
        demo_dir,
        "print",
        "minutes",
        "--year",
        "2026",
        "--kind",
        "支部党员大会",
        "-o",
        str(assembly),
    )

    assert code == 0, capsys.readouterr().err
    assert "2026年会议记录" in _text(book) and "目录" in _text(book)
    assert "2026年支部党员大会会议记录" in _text(assembly)
    database = Database(demo_dir.database)
    try:
        with database.reading() as session:
            logged = session.scalars(
                select(AuditEntry.summary).where(AuditEntry.action == "export")
            ).all()
    finally:
        database.close()
    assert any("2026年会议记录" in summary for summary in logged)


@pytest.mark.parametrize(
    ("selectors", "says"),
    [
        (["--meeting", "99999"], "There is no meeting with number 99999."),
        (["--year", "2001"], "No meetings are on file for 2001."),
        (["--year", "2026", "--kind", "banquet"], "There is no meeting kind banquet"),
        (["--meeting", "1", "--kind", "lecture"], "--kind and --branch go with --year"),
    ],
)
def test_a_bad_selector_is_one_sentence_and_exit_2(
    capsys, demo_dir: DataDir, tmp_path: Path, selectors: list[str], says: str
) -> None:
    out = tmp_path / "x.pdf"

    code = _branchdesk(demo_dir, "print", "minutes", *selectors, "-o", str(out))

    err = capsys.readouterr().err
    assert code == 2
    assert says in err and err.count("\n") == 1
    assert not out.exists()


def test_the_selectors_are_mutually_exclusive(capsys, demo_dir: DataDir, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        _branchdesk(demo_dir, "print", "minutes", "--meeting", "1", "--year", "2026", "-o", "x.pdf")
    assert exit_.value.code == 2
    assert "not allowed with" in capsys.readouterr().err


def test_the_meetings_are_exported(capsys, demo_dir: DataDir, tmp_path: Path) -> None:
    out = tmp_path / "meetings.csv"

    code = _branchdesk(demo_dir, "export", "meetings", str(out), "--year", "2026")

    assert code == 0, capsys.readouterr().err
    assert "meetings)" in capsys.readouterr().out
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:5] == ["所属支部", "会议类型", "年度", "第N次", "会议名称"]
    assert len(rows) > 10 and {row[2] for row in rows[1:]} == {"2026"}


def test_an_export_to_an_unknown_format_is_exit_2(
    capsys, demo_dir: DataDir, tmp_path: Path
) -> None:
    code = _branchdesk(demo_dir, "export", "meetings", str(tmp_path / "meetings.txt"))
    assert code == 2
    assert "Export to a .xlsx or .csv file" in capsys.readouterr().err
