"""Start-up: one running GUI per data dir, a crashed run's lock recovered, refusals explained."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import types

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from branchdesk import app
from branchdesk.core.services.settings import BranchInfo, load_settings, save_settings
from branchdesk.ui.main_window import MainWindow

# A second process that takes the lock, says so, then waits for stdin (or dies at once).
LOCKER = """
import os, sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("locked", flush=True)
if sys.argv[2] == "crash":
    os._exit(0)  # no unlock: as after a crash or a power cut
sys.stdin.readline()
lock.unlock()
"""


def start_locker(data_dir, mode: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(data_dir.lock_file), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    return process


@pytest.fixture
def startup_problems(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(app, "show_startup_problem", lambda _title, text, **_: shown.append(text))
    return shown


def test_a_second_start_is_refused_while_the_first_runs(data_dir, install_language):
    first = app.acquire_instance_lock(data_dir)
    assert first is not None
    try:
        assert app.acquire_instance_lock(data_dir) is None
        install_language("zh_CN")
        message = app.lock_refusal_message(data_dir)
        assert message.startswith("支部台账已在使用这个数据文件夹")
        assert f"进程 {os.getpid()}" in message
    finally:
        first.unlock()
    assert app.acquire_instance_lock(data_dir) is not None


def test_a_lock_held_by_another_process_is_refused_until_it_exits(data_dir):
    other = start_locker(data_dir, "wait")
    try:
        assert app.acquire_instance_lock(data_dir) is None
        assert f"process {other.pid} on" in app.lock_refusal_message(data_dir)
    finally:
        other.communicate("\n", timeout=10)
    lock = app.acquire_instance_lock(data_dir)
    assert lock is not None
    lock.unlock()


def test_a_lock_left_by_a_crash_is_recovered(data_dir):
    crashed = start_locker(data_dir, "crash")
    crashed.communicate(timeout=10)  # waits for the exit and closes the pipes
    assert data_dir.lock_file.exists()  # left behind
    lock = app.acquire_instance_lock(data_dir)
    assert lock is not None
    lock.unlock()


def test_run_gui_explains_a_second_start_and_exits(data_dir, startup_problems, install_language):
    held = app.acquire_instance_lock(data_dir)
    assert held is not None
    try:
        assert app.run_gui(data_dir) == app.EXIT_ALREADY_RUNNING
    finally:
        held.unlock()
    assert len(startup_problems) == 1
    assert "支部台账已在使用这个数据文件夹" in startup_problems[0]
    assert "请切换到那个窗口，或先将其关闭" in startup_problems[0]


def test_run_gui_refuses_a_database_from_a_newer_version(
    data_dir, startup_problems, install_language
):
    with sqlite3.connect(data_dir.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    assert app.run_gui(data_dir) == app.EXIT_DATABASE
    assert startup_problems[0].startswith("支部台账无法打开台账数据：")
    assert "由更新版本的支部台账写入（结构版本 9999）" in startup_problems[0]
    lock = app.acquire_instance_lock(data_dir)  # released again
    assert lock is not None
    lock.unlock()


def test_run_gui_with_sample_data_fills_an_empty_archive(
    qtbot, data_dir, startup_problems, install_language, monkeypatch
):
    demo = types.ModuleType("branchdesk.core.demo")
    demo.DemoOptions = lambda **options: options

    def generate_demo(database, options):
        with database.unit_of_work("demo") as session:
            settings = load_settings(session)
            branch = BranchInfo(name="示例党支部")
            save_settings(session, settings.__class__(branches=(branch,)), today=options["today"])

    demo.generate_demo = generate_demo
    monkeypatch.setitem(sys.modules, "branchdesk.core.demo", demo)

    def close_when_filled() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = next((w for w in windows if w.isVisible()), None)
        if window is not None and window.windowTitle().endswith("示例党支部"):
            window.close()  # the last window: Qt then ends the event loop, as for the clerk

    timer = QTimer()
    timer.timeout.connect(close_when_filled)
    timer.start(20)
    try:
        assert app.run_gui(data_dir, sample_data=True) == app.EXIT_OK
    finally:
        timer.stop()
    assert startup_problems == []
    assert data_dir.ui_state.exists()  # the window saved its state on closing
    lock = app.acquire_instance_lock(data_dir)
    assert lock is not None
    lock.unlock()
