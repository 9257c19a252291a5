"""The main window: navigation in Chinese, switching pages, title, remembered geometry."""

from __future__ import annotations

from PySide6.QtCore import Qt

from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.navigation import PAGES


def click_nav(qtbot, window: MainWindow, title: str) -> None:
    nav = window.navigation
    row = nav.titles().index(title)
    rect = nav.visualItemRect(nav.item(row))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_navigation_shows_the_pages_in_chinese(window):
    # Given a new archive, the program starts in Chinese
    assert window.navigation.titles() == [
        "工作台",
        "党员档案",
        "发展党员",
        "会议记录",
        "学习笔记",
        "检查整改",
        "民主评议",
        "志愿服务",
        "备份与移交",
        "设置",
    ]
    assert window.current_key == "dashboard"
    assert window.windowTitle() == "支部台账 BranchDesk"
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    assert "数据文件夹" in window._data_dir_label.text()


def test_every_registered_page_is_built_by_its_factory(window):
    for entry in PAGES:
        assert window.show_page(entry.key)
        assert window.stack.currentWidget() is window.page(entry.key)


def test_clicking_the_navigation_switches_pages(qtbot, window, gui):
    click_nav(qtbot, window, "设置")
    assert window.current_key == "settings"
    assert window.stack.currentWidget() is gui.settings(window)
    click_nav(qtbot, window, "工作台")
    assert window.stack.currentWidget() is gui.dashboard(window)


def test_ctrl_and_a_number_switch_pages(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # waitActive only works as a context manager
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "members"
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "meetings"
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == PAGES[5].key  # the sixth page, whichever it is
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "dashboard"


def test_title_names_the_first_branch(make_window, gui):
    gui.store_settings(branches=(gui.branch(), gui.branch(name="教工党支部")))
    window = make_window()
    assert window.windowTitle() == "支部台账 BranchDesk — 计算机学院第一学生党支部"


def test_f5_rereads_the_dashboard(qtbot, window, gui):
    page = gui.dashboard(window)
    assert page.view.pages.currentWidget() is page.view.empty_state
    gui.store_settings(branches=(gui.branch(),))  # written by someone else meanwhile
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # waitActive only works as a context manager
    qtbot.keyClick(window, Qt.Key.Key_F5)
    gui.wait_for_dashboard(window)
    assert page.view.pages.currentWidget() is page.view.content
    assert page.model.rowCount() == 1  # the committee's election date is not recorded


def test_window_size_survives_a_restart(make_window):
    window = make_window()
    # Narrow but still above the window's minimum; the offscreen screen is 800 px wide.
    size = (window.minimumSizeHint().width() + 6, 540)
    window.resize(*size)
    window.close()
    again = make_window()
    assert (again.width(), again.height()) == size


def test_last_page_survives_a_restart(make_window):
    window = make_window()
    window.show_page("settings")
    window.close()
    assert make_window().current_key == "settings"


def test_english_setting_shows_english(make_window, gui):
    gui.store_settings(language="en", branches=(gui.branch(),))
    window = make_window()
    assert window.navigation.titles() == [
        "Dashboard",
        "Member files",
        "Development",
        "Meetings",
        "Study",
        "Inspections",
        "Evaluation",
        "Volunteer service",
        "Backup and handoff",
        "Settings",
    ]
    assert window.windowTitle() == "BranchDesk — 计算机学院第一学生党支部"
