"""打印 in the main window: toolbar and menu, Ctrl+P per page, the forms drop-down."""

from __future__ import annotations

import datetime as dt
import importlib.util

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QToolBar

from branchdesk.core.enums import Stage
from branchdesk.core.errors import BranchDeskError
from branchdesk.reports import jobs
from branchdesk.ui.dialogs import MessageDialog
from branchdesk.ui.printing.member_picker import MemberPickerDialog
from branchdesk.ui.printing.preview import PrintPreviewDialog
from branchdesk.ui.printing.roster_dialog import RosterChoice, RosterPrintDialog


def previews(window) -> list[PrintPreviewDialog]:
    return window.print_actions.open_previews()


def test_the_toolbar_and_file_menu_offer_printing_in_chinese(window):
    toolbar = window.findChild(QToolBar, "mainToolBar")
    assert toolbar is not None and toolbar.isVisible()
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    actions = window.print_actions
    assert actions.print_action.iconText() == "打印"
    assert actions.print_action.shortcut().toString() == "Ctrl+P"
    assert actions.forms_button.text() == "打印表格"
    assert [a.text() for a in actions.forms_menu.actions()] == [
        "党员花名册(&R)…",
        "党员基本信息表(&I)…",
    ]
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu.actions()[0] is window.search_action  # 搜索… (Ctrl+K) comes first
    texts = [action.text() for action in file_menu.actions() if not action.isSeparator()]
    assert texts[1:3] == ["打印(&P)…", "打印表格(&O)"]
    assert texts[-1] == "退出(&X)"


def test_print_is_disabled_where_there_is_nothing_to_print(window, gui):
    action = window.print_actions.print_action
    # The empty archive's dashboard shows what to do next, not reminders
    assert not action.isEnabled()
    window.show_page("settings")
    assert not action.isEnabled()
    assert "本页没有可打印的内容" in action.toolTip()


def test_print_is_enabled_on_a_dashboard_with_reminders(make_window, gui):
    gui.store_settings(branches=(gui.branch(),))
    window = make_window()
    action = window.print_actions.print_action
    assert action.isEnabled()
    assert action.toolTip() == "打印本页内容（Ctrl+P）"
    window.show_page("settings")
    assert not action.isEnabled()
    window.show_page("dashboard")
    assert action.isEnabled()


@pytest.mark.skipif(
    importlib.util.find_spec("branchdesk.reports.table") is None,
    reason="reports.table (TableExport, table_job) has not landed yet",
)
def test_ctrl_p_on_the_dashboard_previews_the_reminders(qtbot, make_window, gui):
    gui.store_settings(branches=(gui.branch(committee_elected_on=dt.date(2023, 3, 1)),))
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # waitActive only works as a context manager
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    (dialog,) = previews(window)
    assert dialog.job.title == "待办提醒"
    qtbot.waitUntil(dialog.is_ready, timeout=5000)
    assert dialog.page_count() >= 1


def test_the_roster_is_previewed_for_the_chosen_branch(monkeypatch, qtbot, window, fake_jobs):
    asked: list[dict[str, object]] = []

    def roster_job(database, **options):
        asked.append(options)
        return fake_jobs.job("党员花名册")

    monkeypatch.setattr(
        RosterPrintDialog, "ask", classmethod(lambda *_: RosterChoice("教工党支部", True))
    )
    monkeypatch.setattr(jobs, "roster_job", roster_job, raising=False)
    window.print_actions.roster_action.trigger()
    assert asked == [{"branch_name": "教工党支部", "full_id": True, "today": dt.date(2026, 5, 12)}]
    (dialog,) = previews(window)
    assert dialog.windowTitle() == "打印预览：党员花名册"


def test_a_cancelled_roster_dialog_opens_nothing(monkeypatch, window):
    monkeypatch.setattr(RosterPrintDialog, "ask", classmethod(lambda *_: None))
    window.print_actions.roster_action.trigger()
    assert previews(window) == []


def test_a_job_that_cannot_be_built_says_why(monkeypatch, window, gui):
    shown: list[str] = []
    monkeypatch.setattr(
        MessageDialog, "warn", classmethod(lambda _c, _p, _t, text: shown.append(text))
    )
    hit = type("Hit", (), {"id": 99})()
    monkeypatch.setattr(MemberPickerDialog, "ask", classmethod(lambda *_: hit))

    def member_card_job(database, member_id, *, attachments_dir=None):
        assert attachments_dir == gui.data_dir.attachments
        raise BranchDeskError("There is no member with number {id}.", id=member_id)

    monkeypatch.setattr(jobs, "member_card_job", member_card_job, raising=False)
    window.print_actions.member_card_action.trigger()
    assert shown == ["档案中没有编号为 99 的人员。"]
    assert previews(window) == []


def test_picking_a_person_by_initials_previews_their_form(
    monkeypatch, qtbot, window, gui, fake_jobs
):
    ids = gui.add_people(("张三", Stage.FULL), ("李四", Stage.ACTIVIST))
    picked: list[int] = []

    def member_card_job(database, member_id, *, attachments_dir=None):
        picked.append(member_id)
        return fake_jobs.job("党员基本信息表 张三")

    monkeypatch.setattr(jobs, "member_card_job", member_card_job, raising=False)

    def type_and_pick() -> None:
        picker = window.findChild(MemberPickerDialog)
        qtbot.keyClicks(picker.search, "zs")
        qtbot.waitUntil(lambda: picker.model.rowCount() == 1, timeout=2000)
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_and_pick)
    window.print_actions.member_card_action.trigger()  # the picker runs modally in here
    assert picked == [ids["张三"]]
    (dialog,) = previews(window)
    assert "张三" in dialog.job.title


@pytest.mark.skipif(
    not hasattr(jobs, "roster_job") or not hasattr(jobs, "member_card_job"),
    reason="the forms (roster_job, member_card_job) have not landed yet",
)
def test_the_real_forms_preview(monkeypatch, qtbot, window, gui):
    ids = gui.add_people(("张三", Stage.FULL), ("王芳", Stage.PROBATIONARY))
    monkeypatch.setattr(
        RosterPrintDialog,
        "ask",
        classmethod(lambda *_: RosterChoice("计算机学院第一学生党支部", False)),
    )
    roster = window.print_actions.print_roster()
    assert roster is not None
    qtbot.waitUntil(roster.is_ready, timeout=5000)
    assert roster.page_count() >= 1
    hit = type("Hit", (), {"id": ids["王芳"]})()
    monkeypatch.setattr(MemberPickerDialog, "ask", classmethod(lambda *_: hit))
    card = window.print_actions.print_member_card()
    assert card is not None and "王芳" in card.job.title
    qtbot.waitUntil(card.is_ready, timeout=5000)
