"""One applicant walked through all five stages in the GUI, as a clerk would over 3 years.

The clerk adds the applicant in 党员档案, then records every one of the 25 steps from the
file's 发展过程 tab, picking talkers, contacts and introducers from the members on file and
entering the branch assembly's votes; 工作台's reminders follow each stage.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from branchdesk.core.enums import Stage
from branchdesk.core.models import AuditEntry, Member, PipelineStep
from branchdesk.core.rules.reminders import Reminder, Severity
from branchdesk.ui.dialogs import UnsavedChangesDialog, UnsavedChoice
from branchdesk.ui.members.editor import MemberEditorDialog
from branchdesk.ui.members.list_model import Column
from branchdesk.ui.members.page import MembersPage
from branchdesk.ui.pipeline.step_dialog import StepDialog

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
FIRST17 = "11010520000315123"  # born 2000-03-15
ID_NUMBER = (
    FIRST17 + "10X98765432"[sum(int(d) * w for d, w in zip(FIRST17, WEIGHTS, strict=True)) % 11]
)
D = dt.date

# step → (date, people picked from the list or typed, votes 应到/实到/赞成/反对/弃权)
WALK: dict[int, tuple[dt.date, tuple[str, ...], tuple[int, ...] | None]] = {
    2: (D(2023, 9, 20), ("王芳",), None),
    3: (D(2023, 12, 15), ("王芳",), None),
    4: (D(2023, 12, 20), (), None),
    5: (D(2023, 12, 25), ("王芳", "赵磊"), None),
    6: (D(2024, 6, 30), (), None),
    7: (D(2024, 12, 20), (), None),
    8: (D(2024, 12, 25), (), None),
    9: (D(2025, 1, 5), ("王芳", "赵磊"), None),
    10: (D(2025, 2, 1), ("组织部刘老师",), None),
    11: (D(2025, 3, 1), (), None),
    12: (D(2025, 3, 10), (), None),
    13: (D(2025, 3, 20), (), None),
    14: (D(2025, 3, 25), (), None),
    15: (D(2025, 4, 10), (), (3, 3, 3, 0, 0)),
    16: (D(2025, 4, 20), ("学院党委孙书记",), None),
    17: (D(2025, 5, 20), (), None),
    18: (D(2025, 5, 25), (), None),
    19: (D(2025, 6, 1), (), None),
    20: (D(2025, 7, 1), (), None),
    21: (D(2025, 12, 1), (), None),
    22: (D(2026, 4, 5), (), None),
    23: (D(2026, 4, 28), (), (4, 4, 4, 0, 0)),
    24: (D(2026, 5, 2), (), None),
    25: (D(2026, 5, 4), (), None),
}
STAGE_AFTER = {3: Stage.ACTIVIST, 7: Stage.CANDIDATE, 15: Stage.PROBATIONARY, 23: Stage.FULL}


def step_reminders(gui, window, member_id: int) -> list[Reminder]:
    """The pipeline reminders 工作台 shows for the person, once it has re-read."""
    page = gui.wait_for_dashboard(window)
    model = page.model
    found = [model.reminder(row) for row in range(model.rowCount())]
    return [r for r in found if r.subject == f"member:{member_id}" and "step_no" in r.params]


def fill_step(qtbot, dialog: StepDialog, step_no: int) -> None:
    """Fill in the suggested step as it happened and record it."""
    view = dialog.view
    assert view.step.currentData() == step_no  # the dialog offers the next step itself
    day, people, votes = WALK[step_no]
    view.done_on.set_value(day)
    for box, name in zip(view.people, people, strict=False):
        index = next((i for i in range(box.count()) if box.itemText(i).startswith(name)), -1)
        if index >= 0:
            box.setCurrentIndex(index)  # picked from the members on file
        else:
            box.setEditText(name)  # an outsider is typed
    if votes is not None:
        for spin, value in zip(view.votes.values(), votes, strict=True):
            spin.setValue(value)
    if view.confirm.isVisible():
        view.confirm.setChecked(True)
    assert view.save_button.isEnabled(), view.findings.text()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)


def test_an_applicant_walks_through_all_five_stages(qtbot, gui, make_window, monkeypatch):
    asked: list[str] = []

    def discard(_cls, _parent, what: str) -> UnsavedChoice:
        asked.append(what)
        return UnsavedChoice.DISCARD

    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(discard))
    gui.add_people(("王芳", Stage.FULL), ("赵磊", Stage.FULL), ("陈晨", Stage.FULL))
    window = make_window()
    window.show_page("members")
    page = window.page("members")
    assert isinstance(page, MembersPage)

    # The clerk adds 李明, who applied on 10 September 2023.
    def create(dialog: MemberEditorDialog) -> None:
        view = dialog.view
        view.name.setText("李明")
        view.id_number.setText(ID_NUMBER)
        view.id_number.editingFinished.emit()
        view.step_dates["applied_on"].set_value(D(2023, 9, 10))
        assert view.birth_date.value() == D(2000, 3, 15)  # taken from the ID number
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    created = gui.when_modal(MemberEditorDialog, create)
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    assert created and created[0].saved_id is not None
    with gui.database.reading() as session:
        member_id = session.scalar(select(Member.id).where(Member.name == "李明"))
    assert member_id is not None
    # 工作台: the talk (step 2) was due within a month of the application.
    (reminder,) = step_reminders(gui, window, member_id)
    assert (reminder.params["step_no"], reminder.severity) == ("2", Severity.OVERDUE)

    seen: dict[int, list[Reminder]] = {}

    def walk(dialog: MemberEditorDialog) -> None:
        view = dialog.view
        view.tabs.setCurrentWidget(dialog.timeline)
        timeline = dialog.timeline
        assert timeline.model.rowCount() == 1  # the application, from the first tab's date
        for step_no in WALK:
            if step_no == 15:
                # A count without quorum is refused with its reason; then the real count.
                def no_quorum(step: StepDialog) -> None:
                    step.view.done_on.set_value(WALK[15][0])
                    for spin, value in zip(step.view.votes.values(), (3, 1, 1, 0, 0), strict=True):
                        spin.setValue(value)
                    assert not step.view.save_button.isEnabled()
                    assert "不足半数" in step.view.findings.text()
                    step.reject()  # 取消: the clerk drops the wrong count when asked

                gui.when_modal(StepDialog, no_quorum)
                qtbot.mouseClick(timeline.record_button, Qt.MouseButton.LeftButton)
            handled = gui.when_modal(StepDialog, lambda d, n=step_no: fill_step(qtbot, d, n))
            qtbot.mouseClick(timeline.record_button, Qt.MouseButton.LeftButton)
            assert handled and handled[0].saved_id is not None, f"step {step_no} not recorded"
            if step_no in STAGE_AFTER:
                stage = STAGE_AFTER[step_no]
                assert view.stage.currentData() == stage  # 基本信息 follows the stage
            if step_no in (6, 21, 25):
                seen[step_no] = step_reminders(gui, window, member_id)
        assert timeline.model.rowCount() == 25
        assert not dialog.has_unsaved_changes()
        qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)

    page.view.table.selectRow(page.model.row_of(member_id))
    walked = gui.when_modal(MemberEditorDialog, walk)
    qtbot.mouseClick(page.view.edit_button, Qt.MouseButton.LeftButton)
    assert walked

    assert asked == ["李明的发展步骤"]  # the wrong count was not dropped silently
    # 工作台 followed along: after a year as activist step 7 may be considered; the 转正
    # application was due when probation ended; once archived nothing is left to remind.
    (after_six,) = seen[6]
    assert (after_six.params["step_no"], after_six.severity) == ("7", Severity.DUE)
    (after_21,) = seen[21]
    assert after_21.params["step_no"] == "22"
    assert after_21.due_on == D(2026, 4, 10)
    assert seen[25] == []

    with gui.database.reading() as session:
        member = session.get_one(Member, member_id)
        assert member.stage is Stage.FULL
        steps = session.scalar(
            select(func.count())
            .select_from(PipelineStep)
            .where(PipelineStep.member_id == member_id)
        )
        assert steps == 25
        audited = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.entity == "pipeline_steps")
        )
        assert audited == 25
    # 党员档案 lists 李明 as a full member.
    row = page.model.row_of(member_id)
    assert page.model.index(row, Column.STAGE).data() == "正式党员"
