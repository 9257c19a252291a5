"""Background operations: the call runs off the GUI thread, its outcome comes back on it."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from branchdesk.ui.ops import run_in_background, running_ops, wait_for_background_ops


def test_result_arrives_on_the_gui_thread(qtbot, gui_app):
    gui_thread = threading.get_ident()
    seen: dict[str, int] = {}
    op = run_in_background(
        threading.get_ident,
        on_success=lambda worker: seen.update(worker=worker, delivered=threading.get_ident()),
        on_failure=lambda error: seen.update(error=1),
    )
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert seen["delivered"] == gui_thread
    assert seen["worker"] != gui_thread


def test_an_exception_arrives_as_a_failure(qtbot, gui_app):
    errors: list[Exception] = []

    def broken() -> None:
        raise ValueError("no such branch")

    op = run_in_background(broken, on_success=lambda _: None, on_failure=errors.append)
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert [str(error) for error in errors] == ["no such branch"]


def test_a_deleted_owner_gets_no_callback(qtbot, gui_app):
    owner = QWidget()
    called: list[object] = []
    release = threading.Event()
    op = run_in_background(
        lambda: release.wait(5), on_success=called.append, on_failure=called.append, owner=owner
    )
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert called == []


def test_waiting_for_background_ops_lets_them_finish(qtbot, gui_app):
    results: list[int] = []
    for number in range(3):
        run_in_background(lambda n=number: n, on_success=results.append, on_failure=print)
    assert wait_for_background_ops(5000)
    qtbot.waitUntil(lambda: running_ops() == 0)
    assert results == [0, 1, 2]  # one worker: calls run in the order they were asked for


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_latest_load_delivers_only_the_newest_answer(qtbot) -> None:
    import threading

    from PySide6.QtCore import QObject

    from branchdesk.ui.ops import LatestLoad

    owner = QObject()
    loads = LatestLoad(owner)
    release = threading.Event()
    shown: list[str] = []
    loads.start(lambda: release.wait(5) and "old", on_success=shown.append, on_failure=print)
    loads.start(lambda: "new", on_success=shown.append, on_failure=print)
    assert loads.is_loading()
    release.set()
    qtbot.waitUntil(lambda: not loads.is_loading(), timeout=5000)
    assert shown == ["new"]  # the older answer arrived first and was dropped
