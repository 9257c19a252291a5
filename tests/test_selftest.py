"""``branchdesk --selftest``: every step on a temporary data dir, one line, exit code."""

from __future__ import annotations

import os
import subprocess
import sys


def test_the_self_test_passes_in_one_line(tmp_path) -> None:
    environment = {**os.environ, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "branchdesk", "--selftest"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and "self-test passed" in lines[0]
    for step in ("database", "records", "pdf", "translation", "window", "backup"):
        assert f"{step}:" in lines[0]
    assert result.stderr == ""
    assert list(tmp_path.iterdir()) == []  # nothing written outside its temporary folder


def test_a_failing_step_is_named_and_exits_non_zero(monkeypatch, capsys) -> None:
    from branchdesk import selftest

    def broken(_test: selftest.SelfTest) -> str:
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(selftest, "STEPS", (("database", broken),))
    assert selftest.run_selftest() == 1
    out = capsys.readouterr().out
    assert "FAILED at database: RuntimeError: the disk is full" in out
