"""The command line as a script would use it: exit codes, one-sentence errors, JSON."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from branchdesk import __version__
from branchdesk.cli import main
from branchdesk.core.schema import HEAD_REVISION
from branchdesk.paths import DataDir


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_info_on_a_folder_without_an_archive_creates_nothing(capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "none"), "info", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["schema_revision"] is None
    assert report["counts"] == {}
    assert not (tmp_path / "none" / "branchdesk.sqlite3").exists()


def test_info_json_reports_revision_and_counts(capsys, data_dir: DataDir) -> None:
    code, out, _ = run(capsys, "--data-dir", str(data_dir.root), "info", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["schema_revision"] == report["expected_schema_revision"] == HEAD_REVISION
    assert report["data_dir"] == str(data_dir.root)
    assert report["counts"]["members"] == 0
    assert {"pipeline_steps", "meetings", "volunteer_hours", "service_requests"} <= set(
        report["counts"]
    )


def test_check_passes_on_a_sound_archive(capsys, data_dir: DataDir) -> None:
    code, out, _ = run(capsys, "--data-dir", str(data_dir.root), "check")
    assert code == 0
    assert "Integrity:       ok" in out


def test_check_without_an_archive_is_one_clear_sentence(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "check")
    assert code == 2
    assert err.count("\n") == 1 and "no BranchDesk archive" in err
    assert "Traceback" not in err


def test_check_fails_on_a_damaged_database(capsys, data_dir: DataDir) -> None:
    data = bytearray(data_dir.database.read_bytes())
    page = 4096
    assert len(data) > 4 * page
    data[2 * page : 4 * page] = b"\xa5" * (2 * page)  # scribble over two B-tree pages
    data_dir.database.write_bytes(bytes(data))
    code, _, err = run(capsys, "--data-dir", str(data_dir.root), "check")
    assert code == 1
    assert "damaged" in err or "malformed" in err


def test_check_refuses_a_newer_archive(capsys, data_dir: DataDir) -> None:
    import sqlite3

    with sqlite3.connect(data_dir.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    code, _, err = run(capsys, "--data-dir", str(data_dir.root), "check")
    assert code == 1
    assert "9999" in err


def test_demo_fills_an_empty_folder_and_refuses_to_overwrite(capsys, tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    code, out, _ = run(capsys, "--data-dir", str(folder), "demo", "--members", "30", "--years", "2")
    assert code == 0, out
    code, out, _ = run(capsys, "--data-dir", str(folder), "info", "--json")
    counts = json.loads(out)["counts"]
    for family in (
        "members",
        "pipeline_steps",
        "meetings",
        "attendance",
        "study_entries",
        "inspections",
        "problems",
        "evaluations",
        "volunteer_activities",
        "volunteer_hours",
        "service_requests",
    ):
        assert counts[family] > 0, family
    code, _, err = run(capsys, "--data-dir", str(folder), "check")
    assert code == 0, err

    code, _, err = run(capsys, "--data-dir", str(folder), "demo", "--members", "30")
    assert code == 2
    assert "--force" in err and "Traceback" not in err

    code, _, _ = run(capsys, "--data-dir", str(folder), "demo", "--members", "20", "--force")
    assert code == 0
    _, out, _ = run(capsys, "--data-dir", str(folder), "info", "--json")
    assert json.loads(out)["counts"]["members"] == 20


def test_bad_arguments_exit_non_zero_without_a_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "branchdesk", "--data-dir", str(tmp_path), "demo", "--members", "x"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "not a whole number" in result.stderr
    assert "Traceback" not in result.stderr


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("branchdesk")
    assert script.exists() or shutil.which("branchdesk")
