"""组织关系变动 from 党员档案: transfer out, lost contact, a refused change, what stays on file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from branchdesk.core.enums import ChangeKind, OrgStatus, Stage
from branchdesk.core.models import AuditEntry, Member, MembershipChange
from branchdesk.ui.context import AppContext
from branchdesk.ui.members.labels import org_status_label, status_event_label
from branchdesk.ui.members.list_model import Column
from branchdesk.ui.members.page import MembersPage
from branchdesk.ui.members.status_dialog import StatusChangeDialog

TODAY = dt.date(2026, 11, 26)
ORG = "中共北京师范大学教育学部研究生第二党支部委员会"


@pytest.fixture
def context(gui, install_language) -> AppContext:
    install_language("zh_CN")
    return AppContext(
        database=gui.database, data_dir=gui.data_dir, clerk_name="李文静", today=lambda: TODAY
    )


@pytest.fixture
def people(gui) -> dict[str, int]:
    return gui.add_people(("林晓雨", Stage.FULL), ("周子轩", Stage.ACTIVIST), ("王芳", Stage.FULL))


@pytest.fixture
def page(qtbot, context: AppContext, people: dict[str, int]) -> MembersPage:
    shown = MembersPage(context)
    qtbot.addWidget(shown)
    shown.resize(1280, 700)
    shown.show()
    qtbot.waitUntil(shown.isVisible)
    return shown


@pytest.fixture
def confirmed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Exits are confirmed (yes); the names asked about, in order."""
    asked: list[str] = []

    def confirm(_cls, _parent, name: str, _change: str, _date: str) -> bool:
        asked.append(name)
        return True

    monkeypatch.setattr(StatusChangeDialog, "confirm_exit", classmethod(confirm))
    return asked


def _names(page: MembersPage) -> list[str]:
    model = page.model
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def _select(qtbot, page: MembersPage, member_id: int) -> None:
    """Click the person's row, as the clerk would."""
    row = page.model.row_of(member_id)
    assert row is not None
    table = page.view.table
    rect = table.visualRect(page.model.index(row, Column.NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.currentIndex().row() == row


def _with_dialog(qtbot, act: Callable[[StatusChangeDialog], None]) -> Callable[[], None]:
    """Run ``act`` on the status dialog once it is open; it never stays open on a failure."""
    failures: list[BaseException] = []

    def run() -> None:
        dialogs: list[StatusChangeDialog] = []

        def opened() -> bool:
            dialogs[:] = [
                widget
                for widget in QApplication.topLevelWidgets()
                if isinstance(widget, StatusChangeDialog) and widget.isVisible()
            ]
            return bool(dialogs)

        qtbot.waitUntil(opened, timeout=3000)
        try:
            act(dialogs[0])
        except BaseException as error:
            failures.append(error)
        finally:
            if dialogs[0].isVisible():
                dialogs[0].done(0)  # not reject(): nothing to ask about here

    QTimer.singleShot(0, run)

    def check() -> None:
        if failures:
            raise failures[0]

    return check


def _choose(dialog: StatusChangeDialog, event: ChangeKind | OrgStatus) -> None:
    combo = dialog.view.kind
    index = combo.findText(status_event_label(event))
    assert index >= 0, f"{event} not offered"
    combo.setCurrentIndex(index)


def _changes(gui, member_id: int) -> list[MembershipChange]:
    with gui.database.reading() as session:
        return list(
            session.scalars(select(MembershipChange).where(MembershipChange.member_id == member_id))
        )


def test_transfer_out_from_the_member_list(
    qtbot, gui, page: MembersPage, people: dict[str, int], confirmed: list[str]
) -> None:
    # Given 林晓雨 on the list, when the clerk records her 转出 to a graduate school's branch
    member_id = people["林晓雨"]
    assert "林晓雨" in _names(page)
    _select(qtbot, page, member_id)

    def act(dialog: StatusChangeDialog) -> None:
        view = dialog.view
        assert view.name.text() == "林晓雨"
        assert not view.counterpart.isVisible()  # nothing chosen yet
        _choose(dialog, ChangeKind.TRANSFER_OUT)
        assert view.counterpart.isVisible() and view.letter_number.isVisible()
        view.counterpart.setText(ORG)  # keyClicks types ASCII only
        qtbot.keyClicks(view.letter_number, "2026-018")
        view.changed_on.set_value(dt.date(2026, 6, 30))
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    check = _with_dialog(qtbot, act)
    with qtbot.waitSignal(page.context.signals.data_changed, timeout=3000):
        page.view.status_button.click()
    check()

    # Then she was asked about, leaves the list, and shows with "include people who left"
    assert confirmed == ["林晓雨"]
    assert "林晓雨" not in _names(page)
    page.view.filters.include_left.setChecked(True)
    left = [name for name in _names(page) if name.startswith("林晓雨")]
    assert left and left[0] != "林晓雨"  # marked as left
    [change] = _changes(gui, member_id)
    assert (change.kind, change.changed_on, change.counterpart, change.letter_number) == (
        ChangeKind.TRANSFER_OUT,
        dt.date(2026, 6, 30),
        ORG,
        "2026-018",
    )
    with gui.database.reading() as session:
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "membership_changes", AuditEntry.entity_id == str(change.id)
            )
        ).one()
    assert (entry.action, entry.actor) == ("insert", "李文静")


def test_a_missing_destination_is_shown_at_the_field_and_nothing_is_saved(
    qtbot, gui, context: AppContext, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        StatusChangeDialog, "confirm_exit", classmethod(lambda *_: pytest.fail("asked"))
    )
    member_id = people["林晓雨"]
    with gui.database.reading() as session:
        audit_before = len(session.scalars(select(AuditEntry)).all())
    dialog = StatusChangeDialog(context, member_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    view = dialog.view

    _choose(dialog, ChangeKind.DEATH)  # a death names no other organisation
    assert not view.counterpart.isVisible() and not view.letter_number.isVisible()
    _choose(dialog, ChangeKind.TRANSFER_OUT)
    view.changed_on.set_value(dt.date(2026, 7, 1))
    qtbot.keyClicks(view.letter_number, "2026-019")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and not dialog.saved
    assert view.errors["counterpart"].isVisible()
    assert view.errors["counterpart"].text()
    assert view.counterpart.property("invalid") is True
    assert dialog.focusWidget() is view.counterpart
    assert view.error.isVisible()
    # What was typed stays.
    assert view.changed_on.value() == dt.date(2026, 7, 1)
    assert view.letter_number.text() == "2026-019"
    assert dialog.chosen() is ChangeKind.TRANSFER_OUT
    assert _changes(gui, member_id) == []
    with gui.database.reading() as session:
        assert len(session.scalars(select(AuditEntry)).all()) == audit_before

    # Typing the destination clears the error at once.
    view.counterpart.setText(ORG)
    assert not view.errors["counterpart"].isVisible()
    # Another kind of change: the errors of the first no longer show.
    view.counterpart.clear()
    assert not dialog.save() and view.error.isVisible()
    _choose(dialog, OrgStatus.LOST_CONTACT)
    assert not view.error.isVisible() and not view.errors["counterpart"].isVisible()
    assert view.labels["changed_on"].text() != "Date *"  # 失联日期: the day contact was lost
    assert _changes(gui, member_id) == []
    dialog.saved = True  # nothing left to ask about at teardown


def test_lost_contact_shows_in_the_status_column(
    qtbot, gui, page: MembersPage, people: dict[str, int], confirmed: list[str]
) -> None:
    member_id = people["王芳"]
    _select(qtbot, page, member_id)

    def act(dialog: StatusChangeDialog) -> None:
        view = dialog.view
        _choose(dialog, OrgStatus.LOST_CONTACT)
        assert not view.counterpart.isVisible()
        view.changed_on.set_value(dt.date(2026, 8, 3))  # under 6 months: recorded, with a note
        assert view.warning.isVisible() and view.warning.text()
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    check = _with_dialog(qtbot, act)
    with qtbot.waitSignal(page.context.signals.data_changed, timeout=3000):
        page.view.status_button.click()
    check()

    assert confirmed == []  # not an exit: nobody is asked
    row = page.model.row_of(member_id)
    assert row is not None  # still on the list
    shown = page.model.index(row, Column.ORG_STATUS).data()
    assert shown == org_status_label(OrgStatus.LOST_CONTACT) == "失联"
    with gui.database.reading() as session:
        member = session.get_one(Member, member_id)
    assert (member.org_status, member.lost_contact_on) == (
        OrgStatus.LOST_CONTACT,
        dt.date(2026, 8, 3),
    )


def test_the_button_needs_someone_listed(qtbot, context: AppContext) -> None:
    empty = MembersPage(context)
    qtbot.addWidget(empty)
    assert empty.view.status_button.objectName() == "statusChangeButton"
    assert not empty.view.status_button.isEnabled()


@pytest.fixture
def opened(qtbot, context: AppContext) -> Iterator[Callable[[int], StatusChangeDialog]]:
    dialogs: list[StatusChangeDialog] = []

    def make(member_id: int) -> StatusChangeDialog:
        dialog = StatusChangeDialog(context, member_id)
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        dialogs.append(dialog)
        return dialog

    yield make
    for dialog in dialogs:
        dialog.saved = True
        dialog.close()
        dialog.deleteLater()


def test_someone_who_died_can_have_nothing_more_recorded(
    gui, people: dict[str, int], opened: Callable[[int], StatusChangeDialog]
) -> None:
    member_id = people["周子轩"]
    with gui.database.unit_of_work("test") as session:
        session.add(MembershipChange(member_id=member_id, kind=ChangeKind.DEATH, changed_on=TODAY))
    dialog = opened(member_id)
    view = dialog.view
    assert view.left.isVisible() and view.left.text()
    assert view.history.rowCount() == 1
    assert view.history.item(0, 1).text() == status_event_label(ChangeKind.DEATH)
    assert not view.kind.isEnabled() and not view.save_button.isEnabled()
