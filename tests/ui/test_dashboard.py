"""工作台: reminders in Chinese with their rule, counts, and the empty archive's next steps."""

from __future__ import annotations

import datetime as dt
import sys
import types

import pytest
from PySide6.QtCore import Qt

from branchdesk.core.rules.reminders import Reminder, Severity
from branchdesk.ui.dialogs import MessageDialog
from branchdesk.ui.pages.reminder_model import Column, ReminderTableModel


def cell(model: ReminderTableModel, row: int, column: Column) -> str:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_overdue_committee_term_is_shown_in_chinese_with_its_rule(make_window, gui):
    # Given a branch whose committee was elected more than 3 years ago
    gui.store_settings(branches=(gui.branch(committee_elected_on=dt.date(2023, 3, 1)),))
    # When the clerk opens BranchDesk
    window = make_window()
    page = gui.dashboard(window)
    # Then the dashboard shows the overdue election first, in Chinese, citing the rule
    assert page.view.pages.currentWidget() is page.view.content
    model = page.model
    assert cell(model, 0, Column.SEVERITY) == "已逾期"
    assert cell(model, 0, Column.DUE) == "2026年3月1日"
    assert cell(model, 0, Column.MESSAGE) == (
        "计算机学院第一学生党支部：支委会任期已于 2026年3月1日 届满，请及时换届选举。"
    )
    assert cell(model, 0, Column.RULE).startswith("《中国共产党支部工作条例（试行）》")
    assert model.headerData(Column.SEVERITY, Qt.Orientation.Horizontal) == "状态"
    assert "已逾期 1" in page.view.severity_counts.text()
    assert page.view.cards["members"].number.text() == "0"
    assert page.view.cards["members"].detail.text() == "正式党员 0\n预备党员 0"


def test_due_soon_and_not_recorded_terms(make_window, gui):
    gui.store_settings(
        branches=(
            gui.branch(committee_elected_on=dt.date(2023, 8, 1)),  # ends 2026-08-01
            gui.branch(name="教工党支部"),
        )
    )
    model = gui.dashboard(make_window()).model
    assert [cell(model, row, Column.SEVERITY) for row in range(model.rowCount())] == [
        "待办",
        "提醒",
    ]
    assert "请做好换届准备" in cell(model, 0, Column.MESSAGE)
    assert "尚未填写支委会选举日期" in cell(model, 1, Column.MESSAGE)


def test_empty_archive_says_what_to_do_next(window, gui):
    page = gui.dashboard(window)
    assert page.view.pages.currentWidget() is page.view.empty_state
    assert page.view.empty_title.text() == "台账还是空的"
    assert page.view.load_sample_button.text() == "载入示例数据"
    page.view.open_settings_button.click()
    assert window.current_key == "settings"


@pytest.fixture
def fake_demo(monkeypatch, gui):
    """Stands in for branchdesk.core.demo: writes one branch, or fails when told to."""
    calls: list[object] = []
    module = types.ModuleType("branchdesk.core.demo")

    class DemoOptions:
        def __init__(self, **options: object) -> None:
            self.options = options

    def generate_demo(database, options):
        calls.append(options.options)
        if module.fail:
            raise RuntimeError("disk full")
        gui.store_settings(branches=(gui.branch(name="示例党支部"),))
        return "1 branch"

    module.DemoOptions = DemoOptions
    module.generate_demo = generate_demo
    module.fail = False
    module.calls = calls
    monkeypatch.setitem(sys.modules, "branchdesk.core.demo", module)
    return module


def test_loading_sample_data_fills_the_dashboard(qtbot, window, gui, fake_demo):
    page = gui.dashboard(window)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.view.load_sample_button.click()
    gui.wait_for_dashboard(window)
    assert fake_demo.calls == [{"members": 60, "years": 3, "seed": 1, "today": gui.today}]
    assert page.view.pages.currentWidget() is page.view.content
    assert window.statusBar().currentMessage() == "示例数据已载入。"
    assert window.windowTitle() == "支部台账 BranchDesk — 示例党支部"


def test_failed_sample_data_is_reported(qtbot, window, gui, fake_demo, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(
        MessageDialog, "warn", classmethod(lambda _c, _p, _t, text: warnings.append(text))
    )
    fake_demo.fail = True
    page = gui.dashboard(window)
    page.view.load_sample_button.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert warnings == ["示例数据未能写入：disk full"]
    assert page.view.load_sample_button.isEnabled()
    assert page.view.pages.currentWidget() is page.view.empty_state


def test_a_write_elsewhere_refreshes_the_dashboard(window, gui):
    page = gui.dashboard(window)
    gui.store_settings(branches=(gui.branch(),))
    window.context.data_changed()
    gui.wait_for_dashboard(window)
    assert page.view.pages.currentWidget() is page.view.content


def test_reminder_model_passes_the_model_tester(qtmodeltester, install_language):
    install_language("zh_CN")
    model = ReminderTableModel("zh_CN")
    model.set_reminders(
        [
            Reminder(Severity.OVERDUE, "system", "The archive has never been backed up.", "r"),
            Reminder(
                Severity.WARNING,
                "system",
                "The last backup is {days} days old (from {date}).",
                "Local rule: back up the archive at least every {max_days} days.",
                due_on=dt.date(2026, 5, 1),
                params={"days": "11", "date": "2026-05-01", "max_days": "7"},
            ),
        ]
    )
    qtmodeltester.check(model)
    assert cell(model, 1, Column.MESSAGE) == "最近一次备份已过去 11 天（2026年5月1日）。"
    assert cell(model, 1, Column.RULE) == "本地规则：台账至少每 7 天备份一次。"


def test_loading_the_real_sample_data(qtbot, window, gui):
    # The demo generator of core, end to end through the button (about a second)
    page = gui.dashboard(window)
    page.view.load_sample_button.click()
    qtbot.waitUntil(lambda: page.data is not None and not page.data.archive_is_empty, timeout=20000)
    gui.wait_for_dashboard(window)
    assert page.view.pages.currentWidget() is page.view.content
    summary = page.data.summary
    cards = page.view.cards
    assert int(cards["members"].number.text()) == summary.members > 0
    assert int(cards["development"].number.text()) == summary.people - summary.members > 0
    assert int(cards["meetings"].number.text()) == summary.meetings_this_year
    assert window.statusBar().currentMessage() == "示例数据已载入。"
    assert gui.stored_settings().branches
