"""The step dialog: rule checks as the clerk types, files per step, corrections, no silent loss."""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from branchdesk.core.enums import Stage, StepRole
from branchdesk.core.models import AttachmentLink, PipelineStep, StepPerson
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import UnsavedChangesDialog, UnsavedChoice
from branchdesk.ui.pipeline.step_dialog import StepDialog
from branchdesk.ui.widgets.files import AttachmentFiles

TODAY = dt.date(2026, 11, 26)


def png(path: Path) -> Path:
    """A real 1×1 PNG (the store checks the first bytes, not the name)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )
    return path


@pytest.fixture
def people(gui, install_language) -> dict[str, int]:
    install_language("zh_CN")
    ids = gui.add_people(
        ("王芳", Stage.FULL), ("陈晨", Stage.PROBATIONARY), ("李明", Stage.ACTIVIST)
    )
    with gui.database.unit_of_work("test") as session:
        session.add(PipelineStep(member_id=ids["李明"], step_no=1, done_on=dt.date(2024, 9, 1)))
        session.add(PipelineStep(member_id=ids["李明"], step_no=3, done_on=dt.date(2025, 1, 10)))
        session.add(PipelineStep(member_id=ids["李明"], step_no=4, done_on=dt.date(2025, 1, 20)))
    return ids


@pytest.fixture
def context(gui) -> AppContext:
    return AppContext(database=gui.database, data_dir=gui.data_dir, today=lambda: TODAY)


@pytest.fixture
def open_dialog(qtbot, context) -> Iterator[Callable[..., StepDialog]]:
    dialogs: list[StepDialog] = []

    def make(member_id: int, step_id: int | None = None) -> StepDialog:
        dialog = StepDialog(context, member_id, step_id=step_id)
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        dialogs.append(dialog)
        return dialog

    yield make
    for dialog in dialogs:
        dialog.done(0)
        dialog.deleteLater()


def pick(box, name: str) -> None:
    box.setCurrentIndex(next(i for i in range(box.count()) if box.itemText(i).startswith(name)))


def test_contacts_are_checked_as_they_are_picked_and_files_are_linked(
    qtbot, gui, people, open_dialog, monkeypatch, tmp_path
):
    chosen = [png(tmp_path / "培养联系人确定表.png")]
    monkeypatch.setattr(AttachmentFiles, "choose", classmethod(lambda _cls, _p: chosen.pop(0)))
    dialog = open_dialog(people["李明"])
    view = dialog.view
    # The dialog offers step 5 (指定培养联系人), the one after the last recorded.
    assert view.step.currentData() == 5
    assert view.people_label.text() == "培养联系人"
    view.done_on.set_value(dt.date(2025, 2, 1))
    # Nobody named yet: a warning; the clerk must confirm it before recording.
    assert "提醒" in view.findings.text()
    assert not view.save_button.isEnabled()
    # 陈晨 is only a probationary member: still a warning.
    pick(view.people[0], "陈晨")
    assert "陈晨" in view.findings.text()
    # Two full members (one picked, one typed from outside the branch): no rule is broken.
    pick(view.people[0], "王芳")
    view.people[1].setEditText("外院张老师")
    assert "未违反任何规定" in view.findings.text()
    assert view.save_button.isEnabled()
    qtbot.mouseClick(view.attachments.add_button, Qt.MouseButton.LeftButton)
    assert view.attachments.list.count() == 1
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None

    with gui.database.reading() as session:
        step = session.get_one(PipelineStep, dialog.saved_id)
        assert (step.step_no, step.done_on) == (5, dt.date(2025, 2, 1))
        named = session.scalars(select(StepPerson).where(StepPerson.step_id == step.id)).all()
        assert [(p.role, p.name, p.member_id) for p in named] == [
            (StepRole.CONTACT, "王芳", people["王芳"]),
            (StepRole.CONTACT, "外院张老师", None),
        ]
        (link,) = session.scalars(
            select(AttachmentLink).where(AttachmentLink.pipeline_step_id == step.id)
        ).all()
        assert link.caption == "培养联系人确定表"


def test_a_correction_keeps_the_step_and_removes_a_file(
    qtbot, gui, people, context, open_dialog, monkeypatch, tmp_path
):
    first = open_dialog(people["李明"])
    monkeypatch.setattr(
        AttachmentFiles, "choose", classmethod(lambda _cls, _p: png(tmp_path / "a.png"))
    )
    first.view.done_on.set_value(dt.date(2025, 2, 1))
    pick(first.view.people[0], "王芳")
    first.view.confirm.setChecked(True)  # one contact only: recorded as it happened
    qtbot.mouseClick(first.view.attachments.add_button, Qt.MouseButton.LeftButton)
    assert first.save()
    step_id = first.saved_id

    dialog = open_dialog(people["李明"], step_id)
    view = dialog.view
    assert not view.step.isEnabled()  # a correction keeps the step's number
    assert view.people[0].currentText().startswith("王芳")
    assert view.attachments.list.count() == 1
    view.done_on.set_value(dt.date(2025, 2, 3))
    view.attachments.list.setCurrentRow(0)
    qtbot.mouseClick(view.attachments.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.save()
    with gui.database.reading() as session:
        assert session.get_one(PipelineStep, step_id).done_on == dt.date(2025, 2, 3)
        assert session.scalar(select(AttachmentLink.id)) is None


def test_a_date_before_the_previous_step_is_refused_with_its_rule(people, open_dialog):
    dialog = open_dialog(people["李明"])
    dialog.view.done_on.set_value(dt.date(2025, 1, 15))  # before step 4 (2025-01-20)
    text = dialog.view.findings.text()
    assert "不能记录" in text
    assert "2025年1月20日" in text
    assert not dialog.view.save_button.isEnabled()
    assert not dialog.view.confirm.isVisible()
    assert not dialog.save()


def test_closing_with_entries_asks_and_cancel_keeps_them(people, open_dialog, monkeypatch):
    answers = [UnsavedChoice.CANCEL, UnsavedChoice.DISCARD]
    asked: list[str] = []

    def ask(_cls, _parent, what: str) -> UnsavedChoice:
        asked.append(what)
        return answers.pop(0)

    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(ask))
    dialog = open_dialog(people["李明"])
    dialog.view.notes.setPlainText("在党员活动室")
    dialog.reject()
    assert dialog.isVisible()  # 取消: the notes stay
    assert dialog.view.notes.toPlainText() == "在党员活动室"
    dialog.reject()
    assert not dialog.isVisible()
    assert asked == ["李明的发展步骤", "李明的发展步骤"]


def test_the_archive_changing_underneath_refuses_and_explains(gui, people, open_dialog):
    dialog = open_dialog(people["李明"])
    dialog.view.done_on.set_value(dt.date(2025, 2, 1))
    dialog.view.confirm.setChecked(True)
    assert dialog.view.save_button.isEnabled()
    # Meanwhile (another window, an import) step 4 is corrected to a later date.
    with gui.database.unit_of_work("test") as session:
        step = session.scalars(
            select(PipelineStep).where(
                PipelineStep.member_id == people["李明"], PipelineStep.step_no == 4
            )
        ).one()
        step.done_on = dt.date(2025, 3, 1)
    assert not dialog.save()
    # Nothing was written, and the dialog now says why.
    assert "不能记录" in dialog.view.findings.text()
    assert not dialog.view.save_button.isEnabled()
    with gui.database.reading() as session:
        steps = session.scalars(
            select(PipelineStep.step_no).where(PipelineStep.member_id == people["李明"])
        ).all()
    assert sorted(steps) == [1, 3, 4]


def test_the_timeline_model_passes_the_model_tester(qtmodeltester, gui, people, context):
    from branchdesk.core.services.development import step_history
    from branchdesk.ui.members.timeline import Column, StepTimelineModel

    model = StepTimelineModel(context.language)
    qtmodeltester.check(model)
    with gui.database.reading() as session:
        model.set_records(step_history(session, people["李明"]))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(1, Column.STEP).data() == "3. 推荐和确定入党积极分子"
    assert model.index(1, Column.OUTCOME).data() == "通过"
    assert model.index(2, Column.OUTCOME).data() == "已完成"
