"""Where data and resources are found."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from branchdesk import paths


def test_explicit_data_dir_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.ENV_HOME, str(tmp_path / "env"))
    assert paths.default_data_root(tmp_path / "explicit") == tmp_path / "explicit"


def test_environment_variable_comes_next(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.ENV_HOME, str(tmp_path / "env"))
    assert paths.default_data_root(None) == tmp_path / "env"


def test_portable_marker_keeps_data_beside_the_frozen_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(paths.ENV_HOME, raising=False)
    (tmp_path / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "BranchDesk"))
    assert paths.default_data_root(None) == tmp_path / "data"


def test_the_user_data_dir_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.ENV_HOME, raising=False)
    assert paths.default_data_root(None).name == "BranchDesk"


def test_resources_are_found_in_the_source_tree_and_in_a_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert paths.resource(*paths.FONT_FILE).is_file()
    assert paths.resource("fonts", "NotoSansSC-OFL.txt").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_dir() == tmp_path / "resources"


def test_data_dir_layout(tmp_path: Path) -> None:
    data_dir = paths.DataDir(tmp_path / "d").ensure()
    assert data_dir.database.parent == data_dir.root
    assert data_dir.root.is_dir()
    assert data_dir.safety_backups.is_relative_to(data_dir.root)
