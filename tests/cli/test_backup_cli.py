"""``branchdesk backup create|verify|restore|list``: scripted handoffs, one-sentence errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from branchdesk.cli import main
from branchdesk.core.db import Database
from branchdesk.core.enums import Gender, PersonType, Stage
from branchdesk.core.models import Branch, Member
from branchdesk.paths import DataDir


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _add_member(data_dir: DataDir, name: str) -> None:
    database = Database(data_dir.database)
    try:
        with database.unit_of_work("test") as session:
            branch = session.query(Branch).first() or Branch(name="第一党支部")
            session.add(branch)
            session.flush()
            session.add(
                Member(
                    branch_id=branch.id,
                    name=name,
                    gender=Gender.MALE,
                    person_type=PersonType.STUDENT,
                    stage=Stage.FULL,
                )
            )
    finally:
        database.close()


def test_create_verify_list_and_restore(capsys, data_dir: DataDir, tmp_path: Path) -> None:
    _add_member(data_dir, "王芳")
    usb = tmp_path / "usb"
    usb.mkdir()
    home = ("--data-dir", str(data_dir.root))
    code, out, err = run(capsys, *home, "backup", "create", "--to", str(usb))
    assert code == 0, err
    archive = Path(out.strip())
    assert archive.parent == usb and archive.exists()

    code, out, _ = run(capsys, *home, "backup", "verify", str(archive))
    assert code == 0 and "OK" in out and "members 1" in out

    code, out, _ = run(capsys, *home, "backup", "list", str(usb))
    assert code == 0 and archive.name in out and "plain" in out

    _add_member(data_dir, "李明")  # work after the backup
    code, _, err = run(capsys, *home, "backup", "restore", str(archive))
    assert code == 2 and "--yes" in err  # no terminal to ask: nothing changed
    code, out, err = run(capsys, *home, "backup", "restore", str(archive), "--yes")
    assert code == 0, err
    assert "previous data is kept" in out
    database = Database(data_dir.database)
    with database.reading() as session:
        assert [m.name for m in session.query(Member)] == ["王芳"]
    database.close()


def test_bad_files_and_passphrases_are_one_sentence(
    capsys, data_dir: DataDir, tmp_path: Path
) -> None:
    home = ("--data-dir", str(data_dir.root))
    foreign = tmp_path / "photo.jpg"
    foreign.write_bytes(b"\xff\xd8\xff\xe0" + b"0" * 64)
    code, _, err = run(capsys, *home, "backup", "verify", str(foreign))
    assert code == 2 and err.count("\n") == 1 and "not a BranchDesk backup" in err
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, _, err = run(
        capsys, *home, "backup", "create", "--to", str(tmp_path), "--passphrase-file", str(empty)
    )
    assert code == 2 and "is empty" in err
    code, _, err = run(capsys, *home, "backup", "create", "--to", str(tmp_path / "missing"))
    assert code == 2 and "does not exist" in err and "Traceback" not in err
    assert not list(tmp_path.glob("BranchDesk-backup-*"))


def test_print_handoff_list_verifies_the_backup_first(
    capsys, data_dir: DataDir, tmp_path: Path
) -> None:
    _add_member(data_dir, "王芳")
    home = ("--data-dir", str(data_dir.root))
    code, out, _ = run(capsys, *home, "backup", "create", "--to", str(tmp_path))
    archive = Path(out.strip())
    pdf = tmp_path / "handoff.pdf"
    code, out, err = run(
        capsys, *home, "print", "handoff-list", "--backup", str(archive), "-o", str(pdf)
    )
    assert code == 0, err
    assert pdf.exists() and "1 page" in out
    archive.write_bytes(archive.read_bytes()[:2000])  # the stick was pulled
    code, _, err = run(
        capsys, *home, "print", "handoff-list", "--backup", str(archive), "-o", str(pdf)
    )
    assert code == 2 and "cut short" in err


def test_check_says_when_the_last_backup_is_too_old(capsys, data_dir: DataDir, tmp_path) -> None:
    import datetime as dt

    from branchdesk.core.enums import BackupKind
    from branchdesk.core.models import BackupRecord

    home = ("--data-dir", str(data_dir.root))
    _add_member(data_dir, "王芳")
    code, out, _ = run(capsys, *home, "check")
    assert code == 0
    assert "Last backup:     never: back up now" in out

    # A handoff 30 days ago: older than the 7 days the local rules allow by default.
    database = Database(data_dir.database)
    with database.unit_of_work("test") as session:
        session.add(
            BackupRecord(
                created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=30),
                kind=BackupKind.HANDOFF,
                path="/media/usb/old.zip.age",
            )
        )
    database.close()
    code, out, _ = run(capsys, *home, "check")
    assert code == 0  # a reminder, not a damaged archive
    line = next(line for line in out.splitlines() if line.startswith("Last backup:"))
    assert "30 day(s) ago (handoff): OLDER than the 7 days the local rules allow" in line

    usb = tmp_path / "usb"
    usb.mkdir()
    assert run(capsys, *home, "backup", "create", "--to", str(usb))[0] == 0
    code, out, _ = run(capsys, *home, "check")
    line = next(line for line in out.splitlines() if line.startswith("Last backup:"))
    assert "0 day(s) ago (manual)" in line and "OLDER" not in line
