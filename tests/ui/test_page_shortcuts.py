"""The same keys on every page: Ctrl+F searches, Ctrl+N makes a record, Del deletes after asking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import func, select

from branchdesk.core.demo import DemoOptions, generate_demo
from branchdesk.core.models import Meeting
from branchdesk.ui.meetings.editor import MeetingEditor
from branchdesk.ui.meetings.page import MeetingsPage
from branchdesk.ui.pages.base import Page

SEARCHING_PAGES = ("members", "meetings", "study", "ledger", "evaluation", "volunteer")


@pytest.fixture
def demo_window(qtbot, gui, make_window):
    generate_demo(gui.database, DemoOptions(members=20, years=1, seed=2, today=gui.today))
    window = make_window()
    window.activateWindow()
    return window


def _open(qtbot, window, key: str) -> Page:
    assert window.show_page(key)
    page = window.page(key)
    qtbot.waitUntil(lambda: not getattr(page, "is_loading", lambda: False)(), timeout=5000)
    return page


@pytest.mark.parametrize("key", SEARCHING_PAGES)
def test_ctrl_f_puts_the_cursor_in_the_page_s_search_box(qtbot, demo_window, key) -> None:
    page = _open(qtbot, demo_window, key)
    assert set(page.shortcuts) >= {"find"}
    page.setFocus()
    page.shortcuts["find"].activated.emit()  # what Ctrl+F does on this page
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and page.isAncestorOf(focused)
    assert page.shortcuts["find"].key().matches(Qt.Modifier.CTRL | Qt.Key.Key_F)


def test_ctrl_n_and_del_on_the_minutes(qtbot, gui, demo_window, monkeypatch) -> None:
    page = _open(qtbot, demo_window, "meetings")
    assert isinstance(page, MeetingsPage)
    handled = gui.when_modal(MeetingEditor, lambda dialog: None)
    page.shortcuts["new"].activated.emit()
    assert handled  # a new minutes editor opened
    page.view.year.setValue(gui.today.year)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)
    page.view.table.selectRow(0)
    asked: list[str] = []

    def answer(_cls, _parent, meeting) -> bool:
        asked.append(meeting.title)
        return False

    monkeypatch.setattr(MeetingsPage, "confirm_delete", classmethod(answer))
    with gui.database.reading() as session:
        before = session.scalar(select(func.count()).select_from(Meeting))
    page.shortcuts["delete"].activated.emit()
    assert asked  # Del asks first …
    with gui.database.reading() as session:  # … and "no" deletes nothing
        assert session.scalar(select(func.count()).select_from(Meeting)) == before
    assert page.shortcuts["delete"].key().matches(Qt.Key.Key_Delete)


def test_every_page_with_records_answers_the_standard_keys(qtbot, demo_window) -> None:
    expected = {
        "members": {"find", "new"},  # nobody is deleted: people leave through 组织关系变动
        "meetings": {"find", "new", "delete"},
        "study": {"find", "new", "delete"},
        "ledger": {"find", "new", "delete"},
        "evaluation": {"find", "delete"},
        "volunteer": {"find", "new", "delete"},
    }
    for key, names in expected.items():
        assert set(_open(qtbot, demo_window, key).shortcuts) >= names, key


@pytest.mark.parametrize("key", SEARCHING_PAGES)
def test_esc_in_the_search_box_shows_everything_again(qtbot, demo_window, key) -> None:
    page = _open(qtbot, demo_window, key)
    page.shortcuts["find"].activated.emit()
    box = QApplication.focusWidget()
    assert isinstance(box, QLineEdit)
    qtbot.keyClicks(box, "zz")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # already empty: Esc passes on, nothing breaks
    assert box.text() == ""
