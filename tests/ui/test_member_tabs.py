"""The member editor's record tabs, driven standalone as the clerk would use them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from branchdesk.core.enums import AttachmentRole, CareKind, HonourKind, PostKind, Stage
from branchdesk.core.errors import ValidationError
from branchdesk.core.models import (
    AttachmentLink,
    AuditEntry,
    CareRecord,
    Honour,
    Member,
    MemberPost,
)
from branchdesk.core.models.volunteer import VolunteerMembership, VolunteerTeam
from branchdesk.core.services.member_records import HonourDraft, save_honours
from branchdesk.ui.context import AppContext
from branchdesk.ui.members.tabs import MemberTab, record_tabs
from branchdesk.ui.members.tabs.attachments import AttachmentsTab
from branchdesk.ui.members.tabs.care import CareTab
from branchdesk.ui.members.tabs.honours import HonoursTab
from branchdesk.ui.members.tabs.posts import PostsTab
from branchdesk.ui.members.tabs.record_table import ConfirmDialog, RecordSection
from branchdesk.ui.widgets.files import AttachmentFiles

TODAY = dt.date(2026, 11, 26)


def _png(color: str) -> bytes:
    """A real picture (the thumbnail must decode it)."""
    image = QImage(30, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


@pytest.fixture
def context(gui, install_language) -> AppContext:
    # English: the texts are checked as written (the Chinese ones arrive with the .ts merge).
    install_language("en")
    return AppContext(
        database=gui.database, data_dir=gui.data_dir, language="en", today=lambda: TODAY
    )


@pytest.fixture
def member_id(gui) -> int:
    return gui.add_people(("王芳", Stage.FULL))["王芳"]


def _loaded(qtbot, gui, tab: MemberTab, member_id: int | None) -> MemberTab:
    qtbot.addWidget(tab)
    tab.show()
    with gui.database.reading() as session:
        tab.load(session, member_id)
    return tab


def _save(gui, tab: MemberTab, member_id: int) -> None:
    with gui.database.unit_of_work("test") as session:
        tab.save(session, member_id, today=TODAY)
    tab.mark_saved()


def _rows(gui, model: type) -> list:
    with gui.database.reading() as session:
        return list(session.scalars(select(model).order_by(model.id)))


def _accept(qtbot, section: RecordSection) -> None:
    form = section.form
    assert form is not None
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)


def test_every_tab_is_offered_in_order_and_every_model_is_sound(
    qtbot, qtmodeltester, gui, context, member_id
) -> None:
    tabs = record_tabs(context)
    assert [tab.title() for tab in tabs] == [
        "Posts and teams",
        "Awards and sanctions",
        "Care records",
        "Attachments",
    ]
    with gui.database.unit_of_work("test") as session:
        save_honours(
            session, member_id, [HonourDraft(HonourKind.AWARD, TODAY, "优秀共产党员")], today=TODAY
        )
    for tab in tabs:
        _loaded(qtbot, gui, tab, member_id)
        assert not tab.has_changes()
        for section in tab.sections:  # type: ignore[attr-defined]
            qtmodeltester.check(section.model)


def test_adding_editing_and_deleting_a_post(qtbot, gui, context, member_id, monkeypatch) -> None:
    tab = _loaded(qtbot, gui, PostsTab(context), member_id)
    assert isinstance(tab, PostsTab)
    section = tab.posts
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
        form = section.form
        form.choose(form.kind, PostKind.ORGANIZATION)
        form.started_on.set_value(dt.date(2025, 9, 1))
        _accept(qtbot, section)
    assert form.result() == QDialog.DialogCode.Accepted
    assert tab.has_changes() and _rows(gui, MemberPost) == []  # staged only
    _save(gui, tab, member_id)
    [post] = _rows(gui, MemberPost)
    assert (post.kind, post.started_on, post.ended_on) == (
        PostKind.ORGANIZATION,
        dt.date(2025, 9, 1),
        None,
    )
    assert not tab.has_changes()

    # Edit by double-click: the post ended.
    index = section.model.index(0, 0)
    rect = section.table.visualRect(index)
    qtbot.mouseClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert section.form is not None
    section.form.ended_on.set_value(dt.date(2026, 6, 30))
    _accept(qtbot, section)
    assert section.model.data(section.model.index(0, 2)) == "30 Jun 2026"
    _save(gui, tab, member_id)
    assert _rows(gui, MemberPost)[0].ended_on == dt.date(2026, 6, 30)

    # Delete: first declined, then confirmed; the audit trail keeps the deleted row.
    asked: list[str] = []
    answer = False
    monkeypatch.setattr(
        ConfirmDialog, "ask", classmethod(lambda _cls, _p, _t, text: asked.append(text) or answer)
    )
    section.select_row(0)
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert section.model.rowCount() == 1 and "Organisation committee member" in asked[0]
    answer = True
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert section.model.rowCount() == 0 and tab.has_changes()
    assert len(_rows(gui, MemberPost)) == 1  # until the file is saved
    _save(gui, tab, member_id)
    assert _rows(gui, MemberPost) == []
    [deleted] = [
        e for e in _rows(gui, AuditEntry) if e.entity == "member_posts" and e.action == "delete"
    ]
    assert deleted.changes["kind"] == "organization"
    actions = [e.action for e in _rows(gui, AuditEntry) if e.entity == "member_posts"]
    assert actions == ["insert", "update", "delete"]  # the edit updated the stored post


def test_a_bad_post_stays_in_its_form_with_the_message_at_the_field(
    qtbot, gui, context, member_id
) -> None:
    tab = _loaded(qtbot, gui, PostsTab(context), member_id)
    section = tab.posts
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    form = section.form
    form.choose(form.kind, PostKind.OTHER)
    form.started_on.set_value(dt.date(2025, 9, 1))
    form.ended_on.set_value(dt.date(2025, 3, 1))
    _accept(qtbot, section)
    assert form.result() != QDialog.DialogCode.Accepted  # still open, nothing staged
    message = form._errors["posts.ended_on"]
    assert not message.isHidden() and "before the start date" in message.text()
    assert form.started_on.value() == dt.date(2025, 9, 1)  # what was typed is kept
    form.ended_on.set_value(None)
    _accept(qtbot, section)
    assert "kind Other" in form._errors["posts.title"].text()
    assert form.focusWidget() is form.post_title
    form.post_title.setText("学生党建助理")
    _accept(qtbot, section)
    assert form.result() == QDialog.DialogCode.Accepted
    assert section.model.rows[0].title == "学生党建助理"


def test_joining_a_service_team(qtbot, gui, context, member_id) -> None:
    with gui.database.unit_of_work("test") as session:
        branch_id = session.get_one(Member, member_id).branch_id
        session.add(VolunteerTeam(branch_id=branch_id, name="学业帮扶服务队"))
    tab = _loaded(qtbot, gui, PostsTab(context), member_id)
    section = tab.teams
    assert section.add_button.isEnabled()
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    section.form.joined_on.set_value(dt.date(2025, 3, 1))
    _accept(qtbot, section)
    assert section.model.data(section.model.index(0, 0)) == "学业帮扶服务队"
    _save(gui, tab, member_id)
    [membership] = _rows(gui, VolunteerMembership)
    assert membership.joined_on == dt.date(2025, 3, 1)


def test_an_honour_and_an_error_found_on_save_is_shown_at_its_row(
    qtbot, gui, context, member_id
) -> None:
    tab = _loaded(qtbot, gui, HonoursTab(context), member_id)
    section = tab.honours
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    form = section.form
    form.awarded_on.set_value(dt.date(2025, 6, 28))
    form.honour_title.setText("优秀共产党员")
    form.issuer.setText("校党委")
    _accept(qtbot, section)
    _save(gui, tab, member_id)
    [honour] = _rows(gui, Honour)
    assert (honour.kind, honour.title, honour.issuer) == (
        HonourKind.AWARD,
        "优秀共产党员",
        "校党委",
    )

    # A record broken behind the form's back (as another rule might): the save refuses it
    # and the tab points at the row.
    section.model.rows.append(HonourDraft(HonourKind.SANCTION, dt.date(2026, 1, 1), " "))
    with pytest.raises(ValidationError) as caught, gui.database.unit_of_work("test") as session:
        tab.save(session, member_id, today=TODAY)
    assert tab.show_error(caught.value)
    assert section.selected_row() == 1
    assert section.error.text().startswith("Row 2, Title: Please enter")
    assert len(_rows(gui, Honour)) == 1
    assert not PostsTab(context).show_error(caught.value)


def test_a_care_record_edited_with_enter(qtbot, gui, context, member_id) -> None:
    tab = _loaded(qtbot, gui, CareTab(context), member_id)
    section = tab.care
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    form = section.form
    form.choose(form.kind, CareKind.FESTIVAL)
    form.cared_on.set_value(dt.date(2026, 1, 28))
    form.content.setPlainText("春节走访慰问")
    form.given_by.setText("李书记")
    _accept(qtbot, section)
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    section.form.content.setPlainText("春节走访慰问，送去慰问品")
    _accept(qtbot, section)
    _save(gui, tab, member_id)
    [care] = _rows(gui, CareRecord)
    assert (care.kind, care.content, care.given_by) == (
        CareKind.FESTIVAL,
        "春节走访慰问，送去慰问品",
        "李书记",
    )


def test_a_new_person_starts_empty(qtbot, gui, context) -> None:
    for tab in record_tabs(context):
        _loaded(qtbot, gui, tab, None)
        assert not tab.has_changes()


def test_attachments_a_photo_replaces_the_old_one(
    qtbot, gui, context, member_id, tmp_path: Path, monkeypatch
) -> None:
    files = {name: tmp_path / name for name in ("旧照.png", "新照.png", "申请书.pdf")}
    new_photo = _png("#3D6FB4")
    files["旧照.png"].write_bytes(_png("#B3261E"))
    files["新照.png"].write_bytes(new_photo)
    files["申请书.pdf"].write_bytes(b"%PDF-1.4\n")
    chosen: list[Path] = []
    opened: list[Path] = []
    monkeypatch.setattr(AttachmentFiles, "choose", classmethod(lambda _cls, _p: chosen.pop(0)))
    monkeypatch.setattr(AttachmentFiles, "open", classmethod(lambda _cls, p: opened.append(p)))
    tab = _loaded(qtbot, gui, AttachmentsTab(context), member_id)
    section = tab.attachments
    assert section.thumbnail.text() == "No photo"

    def add(name: str) -> None:
        chosen.append(files[name])
        qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
        _accept(qtbot, section)

    add("旧照.png")
    add("申请书.pdf")
    assert [r.role for r in section.model.rows] == [AttachmentRole.PHOTO, AttachmentRole.SCAN]
    assert not section.thumbnail.pixmap().isNull()
    _save(gui, tab, member_id)
    chosen.append(files["新照.png"])
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    section.form.choose(section.form.role, AttachmentRole.PHOTO)
    section.form.caption.setText("二寸证件照")
    _accept(qtbot, section)
    assert [r.original_name for r in section.model.rows] == ["申请书.pdf", "新照.png"]
    _save(gui, tab, member_id)
    links = _rows(gui, AttachmentLink)
    assert [(link.role, link.caption) for link in links] == [
        (AttachmentRole.SCAN, "申请书"),
        (AttachmentRole.PHOTO, "二寸证件照"),
    ]
    section.select_row(1)
    qtbot.mouseClick(section.open_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].read_bytes() == new_photo


def test_a_file_too_big_or_of_another_kind_is_refused_with_a_message(
    qtbot, gui, context, member_id, tmp_path: Path, monkeypatch
) -> None:
    gif = tmp_path / "动图.gif"
    gif.write_bytes(b"GIF89a" + b"\x00" * 16)
    monkeypatch.setattr(AttachmentFiles, "choose", classmethod(lambda _cls, _p: gif))
    tab = _loaded(qtbot, gui, AttachmentsTab(context), member_id)
    section = tab.attachments
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert section.form is None and section.model.rowCount() == 0
    assert not section.error.isHidden() and section.error.text().startswith("动图.gif: Only JPG")
    assert not tab.has_changes()
