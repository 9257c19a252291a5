"""The 会议记录 page: the year's minutes with search, kind filter and SQL sort; the cadence
grid flags a missing month and records it on a double-click; delete; the minutes book."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from branchdesk.core.enums import MeetingKind, Stage
from branchdesk.core.models import Meeting, Member
from branchdesk.core.rules.cadence import PeriodState
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.services.meetings import new_meeting_draft, record_meeting
from branchdesk.ui.meetings.editor import MeetingEditor
from branchdesk.ui.meetings.models import StateRole
from branchdesk.ui.meetings.page import MeetingsPage

THEME_DAYS = {1: "一月主题党日", 2: "二月主题党日", 4: "四月主题党日"}  # none in March


@pytest.fixture
def people(gui) -> dict[str, int]:
    ids = gui.add_people(("王芳", Stage.FULL), ("赵磊", Stage.FULL), ("陈晨", Stage.PROBATIONARY))
    with gui.database.unit_of_work("test") as session:
        branch_id = session.get_one(Member, ids["王芳"]).branch_id
        ids["branch"] = branch_id
        meetings = [
            (MeetingKind.THEME_DAY, dt.datetime(2026, month, 20, 15), title, "图书馆")
            for month, title in THEME_DAYS.items()
        ]
        meetings.append(
            (MeetingKind.LECTURE, dt.datetime(2026, 3, 5, 19), "专题党课", "学院会议室")
        )
        for kind, starts_at, title, place in meetings:
            draft = new_meeting_draft(session, branch_id, kind, starts_at)
            draft.title, draft.place = title, place
            record_meeting(session, draft, rules=LocalRules(), today=gui.today)
    return ids


@pytest.fixture
def page(qtbot, people, window) -> MeetingsPage:
    assert window.show_page("meetings")
    shown = window.page("meetings")
    assert isinstance(shown, MeetingsPage)
    wait(qtbot, shown)
    return shown


def wait(qtbot, page: MeetingsPage) -> None:
    qtbot.waitUntil(lambda: page.data is not None and not page.is_loading(), timeout=5000)


def titles(page: MeetingsPage) -> list[str]:
    return [page.model.text(row, 2) for row in range(page.model.rowCount())]


def test_the_year_filter_search_and_sort(qtbot, page) -> None:
    # The year's minutes, by date
    assert page.view.year.value() == 2026
    assert titles(page) == ["一月主题党日", "二月主题党日", "专题党课", "四月主题党日"]
    # Search as you type: the place
    qtbot.keyClicks(page.view.search, "")  # focus
    page.view.search.setText("图书馆")
    wait(qtbot, page)
    assert titles(page) == ["一月主题党日", "二月主题党日", "四月主题党日"]
    page.view.search.clear()
    wait(qtbot, page)
    # The kind filter
    page.view.kind.setCurrentIndex(page.view.kind.findData(MeetingKind.LECTURE))
    wait(qtbot, page)
    assert titles(page) == ["专题党课"]
    page.view.kind.setCurrentIndex(0)
    wait(qtbot, page)
    # Sorted in SQL: newest first after a click on the date header's order
    page.view.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    wait(qtbot, page)
    assert titles(page) == ["四月主题党日", "专题党课", "二月主题党日", "一月主题党日"]
    # Another year is empty and says what to do
    page.view.year.setValue(2025)
    wait(qtbot, page)
    assert page.view.stack.currentWidget() is page.view.empty
    assert "2025" in page.view.empty.text()
    assert not page.view.book_button.isEnabled()


def test_the_cadence_grid_flags_the_missing_month_and_records_it(qtbot, gui, page) -> None:
    grid = page.grid_model
    row = next(
        n for n in range(grid.rowCount()) if grid.cadence_row(n).kind is MeetingKind.THEME_DAY
    )
    states = [grid.index(row, month - 1).data(StateRole) for month in range(1, 6)]
    assert states == [
        PeriodState.HELD,
        PeriodState.HELD,
        PeriodState.MISSING,
        PeriodState.HELD,
        PeriodState.DUE,
    ]
    assert grid.index(row, 2).data() == "!"
    assert grid.index(row, 0).data() == "1"

    # Double-clicking the missing March starts a theme day dated in March
    seen: dict[str, object] = {}

    def look(dialog: MeetingEditor) -> None:
        seen["kind"] = dialog.view.kind.currentData()
        seen["day"] = dialog.view.day.date().toPython()
        seen["sequence"] = dialog.view.sequence.value()

    handled = gui.when_modal(MeetingEditor, look)
    page.view.tabs.setCurrentIndex(1)
    index = grid.index(row, 2)
    page.view.grid.scrollTo(index)
    rect = page.view.grid.visualRect(index)
    qtbot.mouseClick(page.view.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(handled), timeout=5000)
    assert seen == {"kind": MeetingKind.THEME_DAY, "day": dt.date(2026, 3, 15), "sequence": 4}


def test_deleting_asks_first_and_the_minutes_book_prints(
    qtbot, gui, page, monkeypatch, tmp_path: Path
) -> None:
    page.view.table.selectRow(titles(page).index("专题党课"))
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: next(answers))
    qtbot.mouseClick(page.view.delete_button, Qt.MouseButton.LeftButton)
    with gui.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 4
    qtbot.mouseClick(page.view.delete_button, Qt.MouseButton.LeftButton)
    wait(qtbot, page)
    assert titles(page) == ["一月主题党日", "二月主题党日", "四月主题党日"]

    job = page.book_job()
    assert job is not None
    output = tmp_path / "book.pdf"
    assert job.render(output, None) >= 3
    assert output.stat().st_size > 0


def test_page_models_pass_the_model_tester(qtmodeltester, page) -> None:
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.grid_model)
