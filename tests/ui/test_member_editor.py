"""The member editor (党员基本信息): create, validate as you type and on save, edit, cancel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from branchdesk.core.enums import Stage
from branchdesk.core.models import AuditEntry, Member
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import UnsavedChangesDialog, UnsavedChoice
from branchdesk.ui.members.editor import MemberEditorDialog
from branchdesk.ui.members.page import MembersPage
from branchdesk.ui.printing.preview import PrintPreviewDialog

TODAY = dt.date(2026, 11, 26)
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def resident_id(first17: str) -> str:
    """A resident ID number with its correct check character (GB 11643-1999)."""
    total = sum(int(digit) * weight for digit, weight in zip(first17, WEIGHTS, strict=True))
    return first17 + "10X98765432"[total % 11]


def wrong_check(number: str) -> str:
    return number[:17] + ("0" if number[17] != "0" else "1")


ADULT_ID = resident_id("11010520000315123")  # born 2000-03-15
YOUNG_ID = resident_id("11010520100601123")  # born 2010-06-01


@pytest.fixture
def context(gui, install_language) -> AppContext:
    install_language("zh_CN")
    gui.add_people(("王芳", Stage.ACTIVIST), details={"王芳": {"phone": "13800000000"}})
    return AppContext(database=gui.database, data_dir=gui.data_dir, today=lambda: TODAY)


@pytest.fixture
def make_dialog(qtbot, context: AppContext) -> Iterator[Callable[[int | None], MemberEditorDialog]]:
    dialogs: list[MemberEditorDialog] = []

    def make(member_id: int | None) -> MemberEditorDialog:
        dialog = MemberEditorDialog(context, member_id)  # not addWidget: closed below
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        dialogs.append(dialog)
        return dialog

    yield make
    for dialog in dialogs:
        dialog.saved_id = -1  # nothing left to ask about at teardown
        dialog.close()
        dialog.deleteLater()


def _members(gui, name: str) -> list[Member]:
    with gui.database.reading() as session:
        return list(session.scalars(select(Member).where(Member.name == name)))


def _type_id(qtbot, dialog: MemberEditorDialog, number: str) -> None:
    view = dialog.view
    view.id_number.setFocus()
    qtbot.keyClicks(view.id_number, number)
    view.id_number.editingFinished.emit()


def test_create_a_person_by_typing(qtbot, gui, context, make_dialog) -> None:
    statuses: list[str] = []
    context.signals.status_message.connect(statuses.append)
    dialog = make_dialog(None)
    view = dialog.view
    view.name.setText("李明")
    _type_id(qtbot, dialog, ADULT_ID)
    assert view.birth_date.value() == dt.date(2000, 3, 15)  # filled from the ID number
    assert not view.errors["id_number"].isVisible()
    qtbot.keyClicks(view.phone, "13912345678")
    view.class_name.setText("计科2班")
    view.step_dates["applied_on"].set_value(dt.date(2025, 3, 1))
    with qtbot.waitSignal(context.signals.data_changed, timeout=2000):
        qtbot.keyClick(view.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == MemberEditorDialog.DialogCode.Accepted
    [person] = _members(gui, "李明")
    assert dialog.saved_id == person.id
    assert (person.id_number, person.phone, person.class_name) == (
        ADULT_ID,
        "13912345678",
        "计科2班",
    )
    assert person.birth_date == dt.date(2000, 3, 15)
    with gui.database.reading() as session:
        entries = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "members", AuditEntry.entity_id == str(person.id)
            )
        ).all()
    assert [entry.action for entry in entries] == ["insert"]
    assert statuses[-1] == "已保存 李明" or statuses[-1] == "Saved 李明"


def test_a_wrong_check_digit_is_shown_at_the_id_field(qtbot, gui, make_dialog) -> None:
    dialog = make_dialog(None)
    view = dialog.view
    view.name.setText("赵强")
    bad = wrong_check(ADULT_ID)
    _type_id(qtbot, dialog, bad)
    assert view.errors["id_number"].isVisible()  # as soon as it is typed
    message = view.errors["id_number"].text()
    assert message and any("\u4e00" <= char <= "\u9fff" for char in message)
    assert view.id_number.property("invalid") is True

    assert not dialog.save()
    assert view.errors["id_number"].isVisible() and dialog.focusWidget() is view.id_number
    assert view.id_number.text() == bad and view.name.text() == "赵强"
    assert not _members(gui, "赵强")
    assert dialog.isVisible()


def test_an_applicant_under_18_is_refused(qtbot, gui, make_dialog) -> None:
    dialog = make_dialog(None)
    view = dialog.view
    view.name.setText("孙小")
    _type_id(qtbot, dialog, YOUNG_ID)
    view.step_dates["applied_on"].set_value(dt.date(2026, 1, 5))
    assert not dialog.save()
    message = view.errors["applied_on"].text()
    assert "18" in message and "党章" in message
    assert view.error.isVisible() and "18" in view.error.text()
    assert not _members(gui, "孙小")


def test_edit_a_persons_phone(qtbot, gui, context, make_dialog) -> None:
    [person] = _members(gui, "王芳")
    dialog = make_dialog(person.id)
    view = dialog.view
    assert view.name.text() == "王芳" and not view.stage.isEnabled()
    view.phone.clear()
    qtbot.keyClicks(view.phone, "13700001111")
    assert dialog.save()
    [person] = _members(gui, "王芳")
    assert person.phone == "13700001111" and person.stage is Stage.ACTIVIST


def test_cancel_with_changes_asks(qtbot, gui, make_dialog, monkeypatch) -> None:
    answers = [UnsavedChoice.CANCEL, UnsavedChoice.DISCARD]
    asked: list[str] = []

    def ask(_cls, _parent, what: str) -> UnsavedChoice:
        asked.append(what)
        return answers.pop(0)

    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(ask))
    dialog = make_dialog(None)
    dialog.view.name.setText("周末")
    qtbot.keyClick(dialog.view.name, Qt.Key.Key_Escape)
    assert asked == ["周末"] and dialog.isVisible()  # 取消: the edits stay
    assert dialog.view.name.text() == "周末"
    dialog.view.cancel_button.click()
    assert len(asked) == 2 and not dialog.isVisible()
    assert not _members(gui, "周末")


def test_cancel_without_changes_does_not_ask(qtbot, make_dialog, monkeypatch) -> None:
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda *_: pytest.fail("asked")))
    dialog = make_dialog(None)
    qtbot.keyClick(dialog.view.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_new_and_activate_on_the_members_page_open_the_editor(
    qtbot, gui, context, monkeypatch
) -> None:
    calls: list[int | None] = []
    monkeypatch.setattr(
        MemberEditorDialog,
        "edit",
        classmethod(lambda _cls, _context, member_id, _parent=None: calls.append(member_id)),
    )
    page = MembersPage(context)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    page.view.new_button.click()
    qtbot.keyClick(page.view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert calls == [None, None]
    page.view.table.setFocus()
    page.view.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view.table, Qt.Key.Key_Return)
    assert calls == [None, None, page.model.member_id(0)]


def test_the_file_of_someone_who_left_opens_read_only_until_unlocked(
    qtbot, gui, make_dialog
) -> None:
    ids = gui.add_people(("赵六", Stage.FULL), branch="第二党支部", exited=("赵六",))
    dialog = make_dialog(ids["赵六"])
    view = dialog.view
    # A notice says who left when, and nothing can be changed or recorded.
    assert view.left_banner.isVisible()
    assert "赵六" in view.left_text.text() and "转出" in view.left_text.text()
    assert not view.name.isEnabled()
    assert not view.save_button.isEnabled()
    assert not dialog.timeline.record_button.isEnabled()
    assert not dialog.record_tabs[0].sections[0].add_button.isEnabled()
    assert not dialog.save()
    # 仍要编辑: the clerk corrects the phone number, and it saves.
    qtbot.mouseClick(view.unlock_button, Qt.MouseButton.LeftButton)
    assert view.name.isEnabled() and view.save_button.isEnabled()
    assert dialog.timeline.record_button.isEnabled()
    view.phone.setText("13900001111")
    assert dialog.save()
    with gui.database.reading() as session:
        assert session.get_one(Member, ids["赵六"]).phone == "13900001111"


def test_the_file_prints_as_both_forms_from_the_editor(qtbot, gui, make_dialog) -> None:
    ids = gui.add_people(("孙丽", Stage.ACTIVIST), branch="第三党支部")
    dialog = make_dialog(ids["孙丽"])
    assert dialog.view.print_button.isEnabled()
    previews = []
    for action, title in (
        (dialog.view.print_card, "党员基本信息表 — 孙丽"),
        (dialog.view.print_record, "发展党员工作纪实表 — 孙丽"),
    ):
        action.trigger()
        preview = next(
            child
            for child in dialog.findChildren(PrintPreviewDialog)
            if child.isVisible() and child not in previews
        )
        previews.append(preview)
        qtbot.waitUntil(preview.is_ready, timeout=5000)
        assert preview.job.title == title
        assert preview.windowModality() == Qt.WindowModality.WindowModal
        preview.close()
        qtbot.waitUntil(preview.is_disposed, timeout=5000)


def test_a_new_file_has_nothing_to_print_yet(make_dialog) -> None:
    dialog = make_dialog(None)
    assert not dialog.view.print_button.isEnabled()
    assert dialog.print_form("member_card") is None
