"""The one-folder program (build.spec) builds, stays small, and passes its own self-test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAX_BUNDLE_BYTES = 210 * 1024 * 1024


def _size(folder: Path) -> int:
    """Bytes on disk, as ``du`` counts them: the libraries' alias links are not copies."""
    return sum(
        path.lstat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("pyinstaller") is None
    and not (Path(sys.executable).parent / "pyinstaller").exists(),
    reason="PyInstaller is not installed (pip install -e '.[test]')",
)
def test_the_bundle_builds_and_passes_its_self_test(tmp_path: Path) -> None:
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    subprocess.run(
        [
            str(pyinstaller if pyinstaller.exists() else "pyinstaller"),
            str(ROOT / "build.spec"),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "build"),
        ],
        check=True,
        capture_output=True,
        cwd=tmp_path,
        timeout=900,
    )
    bundle = tmp_path / "dist" / "BranchDesk"
    program = bundle / ("BranchDesk.exe" if os.name == "nt" else "BranchDesk")
    assert (bundle / "_internal" / "resources" / "i18n" / "branchdesk_zh_CN.qm").is_file()
    assert (bundle / "_internal" / "resources" / "fonts").is_dir()
    # the licences travel with the program (MIT and BSD ask for it)
    assert list((bundle / "_internal").glob("reportlab-*.dist-info/licenses/LICENSE"))
    assert _size(bundle) < MAX_BUNDLE_BYTES, f"{_size(bundle) / 2**20:.0f} MB"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run(
        [str(program), "--selftest"], capture_output=True, text=True, env=environment, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
