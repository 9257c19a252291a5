"""``branchdesk import members`` and ``branchdesk export members`` from a script."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from branchdesk.cli import main
from branchdesk.paths import DataDir

SAMPLE = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "roster-sample.xlsx"
pytestmark = pytest.mark.skipif(not SAMPLE.is_file(), reason=f"{SAMPLE} is not beside the repo")


@pytest.fixture
def archive(capsys, tmp_path: Path) -> DataDir:
    data_dir = DataDir(tmp_path / "data")
    assert main(["--data-dir", str(data_dir.root), "demo", "--members", "8", "--years", "1"]) == 0
    capsys.readouterr()
    return data_dir


def _people(capsys, data_dir: DataDir) -> int:
    main(["--data-dir", str(data_dir.root), "info", "--json"])
    return json.loads(capsys.readouterr().out)["counts"]["members"]


def test_a_dry_run_reports_each_bad_row_and_changes_nothing(capsys, archive: DataDir) -> None:
    before = _people(capsys, archive)
    code = main(["--data-dir", str(archive.root), "import", "members", str(SAMPLE), "--dry-run"])
    out, err = capsys.readouterr()
    assert code == 1  # rows were rejected
    assert "4 to create" in out
    for row in ("Row 6,", "Row 8,", "Row 9,"):
        assert row in err
    assert "校验码" in err  # reasons in the archive's language (Chinese)
    assert _people(capsys, archive) == before


def test_bad_rows_block_the_import_unless_skipped(capsys, archive: DataDir) -> None:
    before = _people(capsys, archive)
    argv = ["--data-dir", str(archive.root), "import", "members", str(SAMPLE)]
    assert main(argv) == 1
    assert "nothing was imported" in capsys.readouterr().err
    assert _people(capsys, archive) == before

    assert main([*argv, "--skip-bad-rows"]) == 1  # still non-zero: rows were rejected
    assert "Imported 4" in capsys.readouterr().out
    assert _people(capsys, archive) == before + 4
    assert list(archive.safety_backups.glob("before-import-*.sqlite3"))

    assert main([*argv, "--skip-bad-rows"]) == 1
    assert "skipped 4" in capsys.readouterr().out  # already there, not updated
    assert _people(capsys, archive) == before + 4


def test_export_writes_xlsx_and_csv(capsys, archive: DataDir, tmp_path: Path) -> None:
    for name in ("members.xlsx", "members.csv"):
        out = tmp_path / name
        assert main(["--data-dir", str(archive.root), "export", "members", str(out)]) == 0
        assert out.stat().st_size > 0
        assert str(out) in capsys.readouterr().out
    assert (tmp_path / "members.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # Excel's BOM


def test_mistakes_are_one_sentence(capsys, archive: DataDir, tmp_path: Path) -> None:
    argv = ["--data-dir", str(archive.root)]
    assert main([*argv, "import", "members", str(tmp_path / "none.xlsx")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main([*argv, "export", "members", str(tmp_path / "members.pdf")]) == 2
    assert ".xlsx or .csv" in capsys.readouterr().err
