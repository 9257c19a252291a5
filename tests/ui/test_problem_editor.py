"""The problem editor: refusals keep what was typed and store nothing; the 时限 rule follows the
kind; a closed problem is final until reopened with a reason; a 组织生活会 raises problems."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from branchdesk.core.enums import MeetingKind, ProblemSource, ProblemStatus, RectifyKind, Stage
from branchdesk.core.models import Member, Problem, ProgressNote
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.services.meetings import new_meeting_draft, record_meeting
from branchdesk.core.services.problems import (
    ProblemDraft,
    close_problem,
    complete_problem,
    raise_problem,
)
from branchdesk.ui.dialogs import UnsavedChangesDialog, UnsavedChoice
from branchdesk.ui.i18n import format_date, qt_translate
from branchdesk.ui.ledger.problem_editor import ProblemEditor, new_draft
from branchdesk.ui.ledger.problem_editor_view import PROBLEM_TAB, PROGRESS_TAB, RECTIFY_TAB
from branchdesk.ui.meetings.editor import MeetingEditor


@pytest.fixture
def branch(gui) -> int:
    ids = gui.add_people(("王芳", Stage.FULL), ("赵磊", Stage.FULL))
    with gui.database.reading() as session:
        return session.get_one(Member, ids["王芳"]).branch_id


def problems(gui) -> list[Problem]:
    with gui.database.reading() as session:
        return list(session.scalars(select(Problem)))


def new_editor(gui, window, branch: int, draft: ProblemDraft | None = None) -> ProblemEditor:
    editor = ProblemEditor(
        window.context, branch_id=branch, draft=draft or new_draft(gui.today), parent=window
    )
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    editor.show()
    return editor


def shown_error(editor: ProblemEditor, field: str) -> str:
    label = editor.view.errors[field]
    return label.text() if label.isVisibleTo(editor) else ""


def test_a_refused_problem_keeps_what_was_typed_and_stores_nothing(
    qtbot, gui, branch, window
) -> None:
    editor = new_editor(gui, window, branch)
    view = editor.view
    # The clerk fills in the target but forgets the problem itself
    view.target.setPlainText("学习笔记记录完整")
    assert not editor.save()
    assert shown_error(editor, "description") == qt_translate(
        "Validation", "Please describe the problem."
    )
    assert view.tabs.currentIndex() == PROBLEM_TAB
    assert view.target.toPlainText() == "学习笔记记录完整"
    assert problems(gui) == []

    # An immediate rectification is done within 30 days: a later deadline is refused there
    view.description.setPlainText("学习笔记记录不全")
    assert shown_error(editor, "description") == ""  # typing clears the error
    view.deadline.set_value(gui.today + dt.timedelta(days=45))
    assert not editor.save()
    assert view.tabs.currentIndex() == RECTIFY_TAB
    assert shown_error(editor, "deadline") != ""
    assert problems(gui) == []

    view.deadline.set_value(gui.today + dt.timedelta(days=10))
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    (stored,) = problems(gui)
    assert (stored.description, stored.target, stored.sequence_no) == (
        "学习笔记记录不全",
        "学习笔记记录完整",
        1,
    )
    assert editor.saved_id == stored.id


def test_the_deadline_follows_the_kind_of_rectification(gui, branch, window) -> None:
    editor = new_editor(gui, window, branch)
    view = editor.view
    found = gui.today
    # 立行立改: a week after the finding, moving with it, 30 days at most
    assert view.deadline.value() == found + dt.timedelta(days=7)
    assert format_date(found + dt.timedelta(days=30), "zh_CN") in view.deadline_rule.text()
    view.found_on.set_value(found - dt.timedelta(days=3))
    assert view.deadline.value() == found + dt.timedelta(days=4)
    # 限期整改: the week was the rule's, not the clerk's, so it goes; the clerk sets one
    view.kind.setCurrentIndex(view.kind.findData(RectifyKind.DEADLINE.value))
    assert view.deadline.value() is None
    rule = view.deadline_rule.text()
    view.deadline.set_value(dt.date(2026, 9, 1))
    # 长期坚持 keeps a date the clerk typed (a review date) and says it is never overdue
    view.kind.setCurrentIndex(view.kind.findData(RectifyKind.ONGOING.value))
    assert view.deadline.value() == dt.date(2026, 9, 1)
    assert view.deadline_rule.text() not in ("", rule)
    # Back to 立行立改: the clerk's date stays too
    view.kind.setCurrentIndex(view.kind.findData(RectifyKind.IMMEDIATE.value))
    assert view.deadline.value() == dt.date(2026, 9, 1)
    editor.done(0)


def test_closing_the_editor_asks_before_dropping_changes(gui, branch, window, monkeypatch) -> None:
    editor = new_editor(gui, window, branch)
    answers = [UnsavedChoice.CANCEL]
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda *_: answers[0]))
    editor.reject()  # nothing typed: closes without a question
    assert not editor.isVisible()

    editor = new_editor(gui, window, branch)
    editor.view.description.setPlainText("党费收缴不及时")
    editor.reject()
    assert editor.isVisible()  # the clerk chose to stay
    answers[0] = UnsavedChoice.DISCARD
    editor.reject()
    assert not editor.isVisible()
    assert problems(gui) == []


def test_a_note_without_text_is_refused_at_its_row(gui, branch, window) -> None:
    with gui.database.unit_of_work("test") as session:
        problem_id = raise_problem(
            session,
            branch,
            ProblemDraft(ProblemSource.SELF, gui.today, "会议记录不规范", RectifyKind.IMMEDIATE),
            today=gui.today,
        )
    editor = ProblemEditor(window.context, problem_id, parent=window)
    editor.show()
    view = editor.view
    view.tabs.setCurrentIndex(PROGRESS_TAB)
    editor.notes.add()
    view.note_text.setPlainText("补记三月支委会记录")
    editor.notes.add()  # a second one left empty
    view.description.setPlainText("会议记录不规范，缺少表决情况")
    assert not editor.save()
    assert view.note_error.isVisibleTo(editor)
    assert view.note_error.text() == qt_translate(
        "Validation", "Please write what progress was made."
    )
    assert view.notes.selectionModel().selectedRows()[0].row() == 1
    with gui.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(ProgressNote)) == 0
        assert session.get_one(Problem, problem_id).description == "会议记录不规范"
    editor.notes.remove()
    assert editor.save()
    with gui.database.reading() as session:
        assert session.scalars(select(ProgressNote.note)).all() == ["补记三月支委会记录"]


def test_a_closed_problem_is_final_until_reopened_with_a_reason(gui, branch, window) -> None:
    with gui.database.unit_of_work("test") as session:
        problem_id = raise_problem(
            session,
            branch,
            ProblemDraft(
                ProblemSource.MASSES, dt.date(2026, 4, 1), "自习室开放时间短", RectifyKind.IMMEDIATE
            ),
            today=gui.today,
        )
        complete_problem(session, problem_id, dt.date(2026, 4, 5), today=gui.today)
        close_problem(
            session,
            problem_id,
            reviewer="王芳",
            opinion="已延长开放时间",
            closed_on=dt.date(2026, 4, 8),
            today=gui.today,
        )
    editor = ProblemEditor(window.context, problem_id, parent=window)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    editor.show()
    view = editor.view
    assert not view.save_button.isEnabled()
    assert view.description.isReadOnly()
    assert view.evidence.add_button.isHidden()
    view.tabs.setCurrentIndex(PROGRESS_TAB)
    assert view.reason.isVisibleTo(editor)

    assert not editor.reopen()  # no reason given
    assert view.tabs.currentIndex() == PROGRESS_TAB
    assert shown_error(editor, "reason") == qt_translate(
        "Validation", "Please say why the closed problem is reopened."
    )
    view.reason.setText("复查发现周末仍未开放")
    assert editor.reopen()
    with gui.database.reading() as session:
        row = session.get_one(Problem, problem_id)
        assert (row.status, row.reviewer, row.closed_on) == (ProblemStatus.COMPLETED, "", None)
        assert session.scalars(select(ProgressNote.note)).all() == ["复查发现周末仍未开放"]
    assert view.save_button.isEnabled()
    assert not view.description.isReadOnly()
    assert not view.reason.isVisibleTo(editor)
    assert editor.notes_model.rowCount() == 1
    assert not editor.has_unsaved_changes()
    editor.reject()
    assert not editor.isVisible()


def test_an_organisational_life_meeting_raises_its_problems(qtbot, gui, branch, window) -> None:
    # Given the minutes of a 组织生活会 and of a 主题党日
    meetings = {}
    with gui.database.unit_of_work("test") as session:
        for kind, title in (
            (MeetingKind.LIFE_MEETING, "2025年度组织生活会"),
            (MeetingKind.THEME_DAY, "四月主题党日"),
        ):
            draft = new_meeting_draft(session, branch, kind, dt.datetime(2026, 4, 20, 14))
            draft.title = title
            meetings[kind] = record_meeting(session, draft, rules=LocalRules(), today=gui.today)

    def minutes(meeting_id: int | None) -> MeetingEditor:
        editor = MeetingEditor(
            window.context,
            meeting_id,
            branch_id=branch,
            kind=MeetingKind.LIFE_MEETING,
            parent=window,
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        editor.show()
        editor.view.tabs.setCurrentIndex(2)
        return editor

    # Only the saved 组织生活会 offers to raise a problem
    for meeting_id in (None, meetings[MeetingKind.THEME_DAY]):
        other = minutes(meeting_id)
        assert not other.view.raise_problem_button.isVisibleTo(other)
        other.done(0)
    editor = minutes(meetings[MeetingKind.LIFE_MEETING])
    assert editor.view.raise_problem_button.isVisibleTo(editor)

    # When the clerk raises the problem the meeting found
    seen: dict[str, object] = {}

    def fill(problem: ProblemEditor) -> None:
        seen["link"] = problem.view.link.text()
        problem.view.description.setPlainText("批评和自我批评辣味不足")
        qtbot.mouseClick(problem.view.save_button, Qt.MouseButton.LeftButton)

    handled = gui.when_modal(ProblemEditor, fill)
    qtbot.mouseClick(editor.view.raise_problem_button, Qt.MouseButton.LeftButton)
    assert handled

    # Then it is on the ledger, linked to the meeting and found on its day
    (stored,) = problems(gui)
    assert (stored.meeting_id, stored.found_on, stored.source) == (
        meetings[MeetingKind.LIFE_MEETING],
        dt.date(2026, 4, 20),
        ProblemSource.SELF,
    )
    assert "2025年度组织生活会" in str(seen["link"])
    assert not editor.has_unsaved_changes()  # the minutes were not touched
    editor.done(0)
