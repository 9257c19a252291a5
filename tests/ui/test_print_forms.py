"""The pickers before a form is printed: the roster's options and the member search."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from branchdesk.core.enums import Stage
from branchdesk.ui.printing import member_picker
from branchdesk.ui.printing.member_model import HitColumn
from branchdesk.ui.printing.member_picker import MemberPickerDialog
from branchdesk.ui.printing.roster_dialog import RosterChoice, RosterPrintDialog


def cells(picker: MemberPickerDialog, row: int) -> list[str]:
    model = picker.model
    return [model.data(model.index(row, column)) for column in HitColumn]


def type_search(qtbot, picker: MemberPickerDialog, text: str) -> None:
    picker.search.clear()
    qtbot.keyClicks(picker.search, text)
    qtbot.waitUntil(lambda: not picker.search_pending(), timeout=2000)


def test_roster_dialog_lists_the_branches_and_warns_about_full_ids(qtbot, window, gui):
    gui.store_settings(branches=(gui.branch(), gui.branch(name="教工党支部")))
    answers: list[RosterChoice | None] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RosterPrintDialog)
        assert dialog.windowTitle() == "打印党员花名册"
        combo = dialog.branch_combo
        assert [combo.itemText(i) for i in range(combo.count())] == [
            "计算机学院第一学生党支部",
            "教工党支部",
        ]
        # Masked ID numbers unless the clerk asks, and then the form is personal data
        assert not dialog.full_id_check.isChecked()
        assert dialog.full_id_check.text() == "显示完整身份证号码"
        assert not dialog.full_id_note.isVisible()
        dialog.full_id_check.click()
        assert dialog.full_id_note.isVisible()
        assert "个人信息" in dialog.full_id_note.text()
        combo.setCurrentIndex(1)
        assert dialog.ok_button.text() == "预览"
        dialog.ok_button.click()

    QTimer.singleShot(0, choose)
    answers.append(RosterPrintDialog.ask(window, window.context))
    assert answers == [RosterChoice("教工党支部", True)]


def test_roster_dialog_without_a_branch_cannot_preview(qtbot, install_language):
    install_language("zh_CN")
    dialog = RosterPrintDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    assert dialog.no_branch_note.isVisible()
    assert "设置" in dialog.no_branch_note.text()


def test_member_search_by_initials_number_and_phone(
    qtbot, qtmodeltester, monkeypatch, gui, install_language
):
    install_language("zh_CN")
    monkeypatch.setattr(member_picker, "SEARCH_DELAY_MS", 10)  # the pause after typing
    gui.add_people(
        ("张三", Stage.FULL),
        ("张珊珊", Stage.ACTIVIST),
        ("李四", Stage.PROBATIONARY),
        ("赵雪", Stage.FULL),
        exited=("赵雪",),
        details={
            "张三": {"student_number": "2023010101", "phone": "13800000001"},
            "李四": {"department": "计算机学院", "student_number": "T0042"},
        },
    )
    picker = MemberPickerDialog(gui.database, "选择人员")
    qtbot.addWidget(picker)
    picker.show()
    # Everyone, by pinyin, before anything is typed
    assert [cells(picker, row)[0] for row in range(picker.model.rowCount())] == [
        "李四",
        "张三",
        "张珊珊",
        "赵雪",
    ]
    assert picker.model.headerData(HitColumn.NUMBER, Qt.Orientation.Horizontal) == "学号/部门"
    qtmodeltester.check(picker.model)

    type_search(qtbot, picker, "zs")
    assert [cells(picker, row)[0] for row in range(picker.model.rowCount())] == ["张三", "张珊珊"]
    assert cells(picker, 0) == ["张三", "正式党员", "计算机学院第一学生党支部", "2023010101", ""]
    assert cells(picker, 1)[1] == "入党积极分子"
    assert picker.hint.text().startswith("找到 2 人")

    type_search(qtbot, picker, "T0042")
    assert cells(picker, 0) == [
        "李四",
        "预备党员",
        "计算机学院第一学生党支部",
        "T0042 · 计算机学院",
        "",
    ]
    type_search(qtbot, picker, "13800000001")
    assert cells(picker, 0)[0] == "张三"
    # Those who left stay findable, marked
    type_search(qtbot, picker, "zx")
    assert cells(picker, 0)[0] == "赵雪" and cells(picker, 0)[HitColumn.LEFT] == "已离开"
    qtmodeltester.check(picker.model)
    type_search(qtbot, picker, "nobody")
    assert picker.model.rowCount() == 0
    assert picker.hint.text() == "没有与“nobody”匹配的人员。"
    assert not picker.ok_button.isEnabled()


def test_enter_right_after_typing_searches_first_and_picks_the_match(qtbot, gui):
    ids = gui.add_people(("张三", Stage.FULL), ("李四", Stage.FULL))
    picker = MemberPickerDialog(gui.database, "选择人员")
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.search, "ls")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # before the search pause has passed
    assert picker.result() == MemberPickerDialog.DialogCode.Accepted
    assert picker.selected_hit().id == ids["李四"]


def test_double_click_picks_that_row(qtbot, gui):
    ids = gui.add_people(("张三", Stage.FULL), ("李四", Stage.FULL))
    picker = MemberPickerDialog(gui.database, "选择人员")
    qtbot.addWidget(picker)
    picker.show()
    table = picker.table
    rect = table.visualRect(picker.model.index(1, HitColumn.NAME))
    # A double-click is a click followed by a second press (the view checks the same row)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picker.result() == MemberPickerDialog.DialogCode.Accepted
    assert picker.selected_hit().id == ids["张三"]
