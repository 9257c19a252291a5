"""First-run assistant: a new archive asks for the branch, the clerk and how to start."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from branchdesk import app
from branchdesk.ui.first_run.assistant import FirstRunAssistant
from branchdesk.ui.first_run.view import FirstRunView
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.members.roster_import.wizard import ImportWizard


def open_assistant(qtbot, window: MainWindow) -> FirstRunAssistant:
    assistant = app.offer_first_run(window.context, window)
    assert isinstance(assistant, FirstRunAssistant)
    qtbot.waitUntil(assistant.isVisible)
    return assistant


def fill(assistant: FirstRunAssistant, *branches: str, parent_org: str = "", clerk: str = ""):
    view = assistant.view
    for number, name in enumerate(branches):
        if number:
            view.add_branch_button.click()
        view.branch_names[number].setText(name)
    view.parent_org.setText(parent_org)
    view.next_button.click()
    assert assistant.step() == FirstRunView.CLERK
    view.clerk_name.setText(clerk)
    view.next_button.click()
    assert assistant.step() == FirstRunView.START


def test_a_new_archive_shows_the_assistant_when_the_program_starts(
    qtbot, data_dir, install_language
):
    seen: list[FirstRunAssistant] = []

    def close_once_seen() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, FirstRunAssistant) and widget.isVisible() and not seen:
                seen.append(widget)
                widget.reject()  # 稍后: nothing is stored
                widget.parentWidget().close()  # the last window: the event loop ends

    timer = QTimer()
    timer.timeout.connect(close_once_seen)
    timer.start(20)
    try:
        assert app.run_gui(data_dir) == app.EXIT_OK
    finally:
        timer.stop()
    assert len(seen) == 1


def test_branch_clerk_and_start_empty_are_stored_and_land_on_the_dashboard(qtbot, gui, make_window):
    # Given a brand-new archive, the window showing 设置 from an earlier look around
    window = make_window()
    window.show_page("settings")
    assistant = open_assistant(qtbot, window)
    assert not assistant.view.next_button.isEnabled()  # no branch name yet
    # When the clerk names the branch and its parent, then themself, and starts empty
    fill(assistant, "计算机学院第一学生党支部", parent_org="计算机学院党委", clerk="王小明")
    assistant.view.start_empty.setChecked(True)
    assistant.view.next_button.click()
    # Then both are stored, the assistant is gone and 工作台 shows
    qtbot.waitUntil(lambda: not assistant.isVisible())
    settings = gui.stored_settings()
    assert [(b.name, b.parent_org) for b in settings.branches] == [
        ("计算机学院第一学生党支部", "计算机学院党委")
    ]
    assert settings.clerk_name == "王小明"
    assert window.context.clerk_name == "王小明"
    assert window.current_key == "dashboard"
    assert window.windowTitle().endswith("计算机学院第一学生党支部")
    # And it does not come again
    assert app.offer_first_run(window.context, window) is None


def test_a_general_branch_stores_each_branch_and_skips_empty_rows(qtbot, gui, make_window):
    window = make_window()
    assistant = open_assistant(qtbot, window)
    view = assistant.view
    view.branch_names[0].setText("第一党支部")
    view.add_branch_button.click()  # left empty: not stored
    view.add_branch_button.click()
    view.branch_names[2].setText("第二党支部")
    view.parent_org.setText("学院党总支")
    view.next_button.click()
    view.next_button.click()
    view.start_empty.setChecked(True)
    view.next_button.click()
    qtbot.waitUntil(lambda: not assistant.isVisible())
    branches = gui.stored_settings().branches
    assert [(b.name, b.parent_org) for b in branches] == [
        ("第一党支部", "学院党总支"),
        ("第二党支部", "学院党总支"),
    ]


def test_errors_show_at_their_field_and_nothing_is_stored(qtbot, gui, make_window):
    window = make_window()
    assistant = open_assistant(qtbot, window)
    view = assistant.view
    # A branch named twice: back on the first step, at the second name
    fill(assistant, "第一党支部", "第一党支部", clerk="王小明")
    view.start_empty.setChecked(True)
    view.next_button.click()
    assert assistant.isVisible() and assistant.step() == FirstRunView.BRANCH
    assert view.branch_errors[1].isVisible() and "第一党支部" in view.branch_errors[1].text()
    assert view.branch_names[1].property("invalid")
    assert not view.branch_errors[0].isVisible()
    assert gui.stored_settings().branches == ()
    # A clerk's name that is too long: at that field
    view.branch_names[1].setText("第二党支部")
    view.next_button.click()
    view.clerk_name.setText("王" * 61)
    view.next_button.click()
    view.next_button.click()
    assert assistant.step() == FirstRunView.CLERK
    assert view.clerk_error.isVisible()
    assert not view.branch_names[1].property("invalid")  # corrected, no longer marked
    assert gui.stored_settings().branches == ()
    view.later_button.click()
    assert not assistant.isVisible()


def test_importing_a_roster_stores_the_branch_then_opens_the_import_assistant(
    qtbot, gui, make_window, monkeypatch
):
    started: list[tuple[str, ...]] = []
    monkeypatch.setattr(
        ImportWizard,
        "start",
        classmethod(lambda _cls, context, _parent=None: started.append(gui.stored_settings())),
    )
    window = make_window()
    assistant = open_assistant(qtbot, window)
    fill(assistant, "第一党支部", clerk="王小明")
    assert assistant.view.import_roster.isChecked()  # the usual start, chosen already
    assistant.view.next_button.click()
    assert [b.name for b in started[0].branches] == ["第一党支部"]  # stored before importing


def test_sample_data_fills_the_archive_without_asking_for_names(qtbot, gui, make_window):
    window = make_window()
    assistant = open_assistant(qtbot, window)
    assistant.view.sample_shortcut.click()  # 只是看看
    assert assistant.step() == FirstRunView.START
    assert assistant.view.sample_data.isChecked()
    assert assistant.view.next_button.isEnabled()
    assistant.view.next_button.click()
    qtbot.waitUntil(lambda: bool(gui.stored_settings().branches), timeout=20000)
    gui.wait_for_dashboard(window)
    assert window.current_key == "dashboard"
    assert not gui.dashboard(window).data.archive_is_empty
    assert app.offer_first_run(window.context, window) is None


def test_an_archive_with_a_branch_gets_no_assistant(qtbot, gui, make_window):
    gui.store_settings(branches=(gui.branch(),))
    window = make_window()
    assert app.offer_first_run(window.context, window) is None
