"""The 民主评议 page: opening a round, the one-third warning, a 不合格 and its improvement
item, votes refused at their field, the incomplete filter, members added and removed, the
工作台 reminders that open the page."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from branchdesk.core.enums import Grade, ProblemStatus, RectifyKind, Stage
from branchdesk.core.models import Branch, Problem
from branchdesk.core.rules.evaluation import GRADED_BY_COMMITTEE, VoteTally
from branchdesk.core.services.evaluations import (
    EvaluationDraft,
    RoundDraft,
    evaluation_draft,
    evaluation_rows,
    find_round,
    open_round,
    record_evaluation,
)
from branchdesk.ui.dialogs import ConfirmDialog, UnsavedChangesDialog, UnsavedChoice
from branchdesk.ui.evaluation.evaluation_dialog import EvaluationDialog
from branchdesk.ui.evaluation.improvement import ImprovementNotice
from branchdesk.ui.evaluation.labels import grade_label
from branchdesk.ui.evaluation.members_dialog import AddMembersDialog
from branchdesk.ui.evaluation.models import WEAK_COLOR, Column
from branchdesk.ui.evaluation.page import EvaluationPage
from branchdesk.ui.evaluation.round_dialog import RoundDialog
from branchdesk.ui.ledger.problem_editor import ProblemEditor

PEOPLE = (
    ("王芳", Stage.FULL),
    ("赵磊", Stage.FULL),
    ("陈晨", Stage.PROBATIONARY),
    ("李明", Stage.FULL),
    ("张玥", Stage.FULL),
    ("刘洋", Stage.FULL),
)
YEAR = 2026


@pytest.fixture
def people(gui) -> dict[str, int]:
    return gui.add_people(*PEOPLE, ("孙悦", Stage.ACTIVIST))  # an activist is not evaluated


def _branch(session) -> int:
    """The one branch the people were put in."""
    return session.scalars(select(Branch.id)).one()


@pytest.fixture
def round_id(gui, people) -> int:
    """The branch's round of 2026, opened as an earlier session would have."""
    with gui.database.unit_of_work("test") as session:
        return open_round(session, RoundDraft(_branch(session), YEAR), today=gui.today)


def evaluation_ids(gui, round_id: int) -> dict[str, int]:
    with gui.database.reading() as session:
        return {row.name: row.id for row in evaluation_rows(session, round_id)}


def grade(gui, round_id: int, name: str, given: Grade, *, complete: bool = True) -> None:
    """Record a member's evaluation through the service (complete: every part on file)."""
    draft = EvaluationDraft(
        self_summary="认真学习，积极服务同学。" if complete else "",
        peer=VoteTally(2, 3, 0, 0),
        masses=VoteTally(10, 5, 0, 0),
        branch_opinion="同意。",
        grade=given,
        graded_by=GRADED_BY_COMMITTEE,
    )
    with gui.database.unit_of_work("test") as session:
        record_evaluation(session, evaluation_ids(gui, round_id)[name], draft, today=gui.today)


def open_page(qtbot, window) -> EvaluationPage:
    assert window.show_page("evaluation")
    page = window.page("evaluation")
    assert isinstance(page, EvaluationPage)
    wait(qtbot, page)
    return page


def wait(qtbot, page: EvaluationPage) -> None:
    qtbot.waitUntil(lambda: page.data is not None and not page.is_loading(), timeout=5000)


def names(page: EvaluationPage) -> list[str]:
    return [page.model.text(row, Column.NAME) for row in range(page.model.rowCount())]


def select_member(page: EvaluationPage, name: str) -> None:
    page.view.table.selectRow(names(page).index(name))


def test_opening_the_round_of_the_year_from_the_empty_state(qtbot, gui, people, window) -> None:
    # Given a branch of six Party members and an activist, and no evaluation yet
    page = open_page(qtbot, window)
    view = page.view
    assert view.pages.currentWidget() is view.empty
    assert "6" in view.empty_text.text()
    assert str(YEAR) in view.open_button.text()
    assert not view.round_button.isVisible()
    assert not page.can_print()

    # When the clerk opens the round (no date or minutes yet)
    def open_it(dialog: RoundDialog) -> None:
        assert "6" in dialog.view.explanation.text()
        assert dialog.view.held_on.value() is None
        qtbot.mouseClick(dialog.view.save_button, Qt.MouseButton.LeftButton)

    handled = gui.when_modal(RoundDialog, open_it)
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert handled
    wait(qtbot, page)

    # Then the six members are listed, nobody complete, and the round is on file
    assert view.pages.currentWidget() is view.content
    assert sorted(names(page)) == sorted(name for name, _stage in PEOPLE)
    assert view.cards["members"].number.text() == "6"
    assert view.cards["complete"].number.text() == "0"
    assert view.round_button.isVisible()
    assert page.can_print()
    with gui.database.reading() as session:
        opened = find_round(session, _branch(session), YEAR)
        assert opened is not None
        assert len(evaluation_rows(session, opened)) == 6


def test_a_third_excellent_is_fine_and_one_more_warns(
    qtbot, gui, people, round_id, window, monkeypatch
) -> None:
    # Given two of six members graded 优秀: exactly one third
    grade(gui, round_id, "王芳", Grade.EXCELLENT)
    grade(gui, round_id, "赵磊", Grade.EXCELLENT)
    page = open_page(qtbot, window)
    view = page.view
    assert not view.warning.isVisible()
    assert view.cards["excellent"].number.text() == "100.0%"  # of the two graded so far

    # When the clerk grades a third member 优秀 in the dialog and confirms the warning
    asked: list[str] = []

    def confirm(_cls, _parent, _title, text, _yes, _no) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(confirm))
    select_member(page, "李明")

    def excellent(dialog: EvaluationDialog) -> None:
        view = dialog.view
        view.grade.setCurrentIndex(view.grade.findData(Grade.EXCELLENT.value))
        view.graded_by.setCurrentIndex(view.graded_by.findData(GRADED_BY_COMMITTEE))
        assert dialog.save()

    handled = gui.when_modal(EvaluationDialog, excellent)
    qtbot.mouseClick(view.record_button, Qt.MouseButton.LeftButton)
    assert handled
    wait(qtbot, page)

    # Then saving asked first, and the page warns prominently: 3 of 6 is over a third
    assert len(asked) == 1
    assert "3" in asked[0] and "6" in asked[0]
    assert view.warning.isVisible()
    assert "3" in view.warning_title.text() and "6" in view.warning_title.text()
    with gui.database.reading() as session:
        graded = {row.name: row.grade for row in evaluation_rows(session, round_id)}
    assert graded["李明"] is Grade.EXCELLENT

    # And back to two: the warning goes
    grade(gui, round_id, "李明", Grade.QUALIFIED)
    page.context.data_changed()
    wait(qtbot, page)
    assert not view.warning.isVisible()


def test_an_unqualified_grade_puts_an_improvement_item_on_the_ledger(
    qtbot, gui, people, round_id, window, monkeypatch
) -> None:
    told: list[str] = []
    opened: list[int] = []

    def tell(_cls, _parent, text: str) -> bool:
        told.append(text)
        return True  # the clerk opens the item to fill in its goal and measures

    monkeypatch.setattr(ImprovementNotice, "tell", classmethod(tell))
    page = open_page(qtbot, window)
    select_member(page, "刘洋")

    # When the clerk records 刘洋's evaluation with the grade 不合格
    def record(dialog: EvaluationDialog) -> None:
        view = dialog.view
        assert view.heading.text() == "刘洋"
        view.self_summary.insertPlainText("本年度参加组织生活不够经常。")
        view.peer.spins[Grade.UNQUALIFIED].setValue(4)
        view.peer.spins[Grade.BASICALLY_QUALIFIED].setValue(1)
        view.masses.spins[Grade.QUALIFIED].setValue(3)
        view.masses.spins[Grade.UNQUALIFIED].setValue(9)
        view.branch_opinion.insertPlainText("经支委会研究，评定为不合格，限期改正。")
        view.grade.setCurrentIndex(view.grade.findData(Grade.UNQUALIFIED.value))
        assert view.grade_note.isVisible()  # saving will open an improvement item
        view.graded_by.setCurrentIndex(view.graded_by.findData(GRADED_BY_COMMITTEE))
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    handled = gui.when_modal(EvaluationDialog, record)
    editors = gui.when_modal(ProblemEditor, lambda editor: opened.append(editor.problem_id))
    qtbot.mouseClick(page.view.record_button, Qt.MouseButton.LeftButton)
    assert handled and editors
    wait(qtbot, page)

    # Then the ledger holds one 民主评议 item for 刘洋, due in three months
    ids = evaluation_ids(gui, round_id)
    with gui.database.reading() as session:
        items = session.scalars(select(Problem)).all()
        assert len(items) == 1
        item = items[0]
        assert item.evaluation_id == ids["刘洋"]
        assert item.category == "民主评议"
        assert "刘洋" in item.description and "不合格" in item.description
        assert item.rectify_kind is RectifyKind.DEADLINE
        assert item.status is ProblemStatus.PENDING
        assert item.deadline == dt.date(2026, 8, 12)
        assert item.responsible_member_id == people["刘洋"]
        number = item.sequence_no
    # The clerk was told where it is and opened it in the ledger's editor; the page shows
    # the grade in red and counts it
    assert len(told) == 1
    assert "刘洋" in told[0] and str(number) in told[0]
    assert opened == [item.id]
    assert "刘洋" in window.statusBar().currentMessage()
    row = names(page).index("刘洋")
    cell = page.model.index(row, Column.GRADE)
    assert grade_label(Grade.UNQUALIFIED) in cell.data()
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == WEAK_COLOR
    assert page.model.row(row).problem_id == item.id
    assert page.view.cards["weak"].number.text() == "0 / 1"
    assert page.model.row(row).complete


def test_votes_over_the_voters_are_refused_at_their_field_and_nothing_is_saved(
    qtbot, gui, people, round_id, window, monkeypatch
) -> None:
    # Whatever a failing assertion leaves typed is dropped when the dialog is closed
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda *_: UnsavedChoice.DISCARD))
    page = open_page(qtbot, window)
    rows = page.model.rows()
    dialog = EvaluationDialog(page.context, page.current_round(), rows, 0, page)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.view
    # Six members: five others cast the peer ballots
    view.self_summary.insertPlainText("自评")
    view.peer.spins[Grade.EXCELLENT].setValue(4)
    view.peer.spins[Grade.QUALIFIED].setValue(2)
    assert "6" in view.peer.total.text() and "5" in view.peer.total.text()
    assert not dialog.save()
    assert view.errors["peer"].isVisible()
    assert "5" in view.errors["peer"].text()
    assert view.peer.property("invalid") is True
    assert dialog.focusWidget() is view.peer.first()
    assert view.error.isVisible()
    # A grade without who settled it is refused at that field
    view.peer.spins[Grade.QUALIFIED].setValue(1)
    assert not view.errors["peer"].isVisible()
    view.grade.setCurrentIndex(view.grade.findData(Grade.QUALIFIED.value))
    assert not dialog.save()
    assert view.errors["graded_by"].isVisible()
    assert view.graded_by.property("invalid") is True
    with gui.database.reading() as session:
        assert evaluation_draft(session, rows[0].id) == EvaluationDraft()
        assert session.scalars(select(Problem)).all() == []
    # Closing with what was typed asks first; Cancel keeps the dialog open
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda *_: UnsavedChoice.CANCEL))
    dialog.reject()
    assert dialog.isVisible()
    dialog.done(0)


def test_save_and_next_walks_through_the_round(
    qtbot, gui, people, round_id, window, monkeypatch
) -> None:
    # Unsaved edits are dropped when asked (and when a failing test closes the dialog)
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda *_: UnsavedChoice.DISCARD))
    page = open_page(qtbot, window)
    rows = page.model.rows()
    dialog = EvaluationDialog(page.context, page.current_round(), rows, 0, page)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.view
    first, second = rows[0].name, rows[1].name
    view.self_summary.insertPlainText("认真学习")
    view.grade.setCurrentIndex(view.grade.findData(Grade.QUALIFIED.value))
    view.graded_by.setCurrentIndex(view.graded_by.findData(GRADED_BY_COMMITTEE))
    assert dialog.save_and_next()
    assert view.heading.text() == second
    assert view.previous_button.isEnabled()
    # The next member's grade fills in who settled it, as for the one before
    view.grade.setCurrentIndex(view.grade.findData(Grade.QUALIFIED.value))
    assert view.graded_by.currentData() == GRADED_BY_COMMITTEE
    # Previous with unsaved edits asks; Discard drops them
    assert dialog.has_unsaved_changes()
    assert dialog.go(-1)
    assert view.heading.text() == first
    assert view.self_summary.toPlainText() == "认真学习"
    with gui.database.reading() as session:
        stored = {row.name: row.grade for row in evaluation_rows(session, round_id)}
    assert stored[first] is Grade.QUALIFIED
    assert stored[second] is None
    dialog.done(0)


def test_only_incomplete_narrows_the_list(qtbot, gui, people, round_id, window) -> None:
    grade(gui, round_id, "王芳", Grade.QUALIFIED)
    grade(gui, round_id, "赵磊", Grade.QUALIFIED, complete=False)  # no self-assessment
    page = open_page(qtbot, window)
    view = page.view
    assert len(names(page)) == 6
    assert view.cards["complete"].number.text() == "1"

    view.only_incomplete.setChecked(True)
    assert "王芳" not in names(page)
    assert len(names(page)) == 5
    assert "5" in view.shown.text() and "6" in view.shown.text()
    row = names(page).index("赵磊")
    assert page.model.text(row, Column.SELF_SUMMARY) == ""
    assert page.model.text(row, Column.MISSING) != ""

    view.only_incomplete.setChecked(False)
    assert len(names(page)) == 6
    complete = names(page).index("王芳")
    assert page.model.text(complete, Column.SELF_SUMMARY) == "✓"


def test_sorting_by_grade_and_by_what_is_missing(qtbot, gui, people, round_id, window) -> None:
    grade(gui, round_id, "李明", Grade.EXCELLENT)
    grade(gui, round_id, "陈晨", Grade.BASICALLY_QUALIFIED, complete=False)
    page = open_page(qtbot, window)
    header = page.view.table.horizontalHeader()
    header.setSortIndicator(Column.GRADE, Qt.SortOrder.AscendingOrder)
    wait(qtbot, page)
    assert names(page)[:2] == ["李明", "陈晨"]  # best first, ungraded last
    header.setSortIndicator(Column.MISSING, Qt.SortOrder.AscendingOrder)
    wait(qtbot, page)
    assert names(page)[0] == "李明"  # nothing missing
    assert names(page)[1] == "陈晨"  # only the self-assessment missing


def test_members_added_and_removed_and_the_round_deleted(
    qtbot, gui, people, round_id, window, monkeypatch
) -> None:
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda *_: True))
    page = open_page(qtbot, window)
    select_member(page, "李明")
    assert page.remove_member()
    wait(qtbot, page)
    assert "李明" not in names(page)

    offered: list[list[tuple[int, str]]] = []

    def pick(_cls, _parent, choices, _year) -> list[int]:
        offered.append(list(choices))
        return [people["李明"]]

    monkeypatch.setattr(AddMembersDialog, "ask", classmethod(pick))
    qtbot.mouseClick(page.view.add_button, Qt.MouseButton.LeftButton)
    wait(qtbot, page)
    assert [member_id for member_id, _text in offered[0]] == [people["李明"]]
    assert "李明" in names(page)
    assert page.current_row() is not None and page.current_row().name == "李明"

    qtbot.mouseClick(page.view.delete_round_button, Qt.MouseButton.LeftButton)
    wait(qtbot, page)
    assert page.view.pages.currentWidget() is page.view.empty
    with gui.database.reading() as session:
        assert find_round(session, _branch(session), YEAR) is None


def test_printing_the_form_and_the_summary(qtbot, gui, people, round_id, window) -> None:
    grade(gui, round_id, "王芳", Grade.QUALIFIED)
    page = open_page(qtbot, window)
    assert page.can_print()
    assert page.current_row() is not None  # the first member is selected, ready to record
    select_member(page, "王芳")
    assert page.view.print_sheet_button.isEnabled()
    sheet = page.print_job()  # Ctrl+P: the selected member's form
    assert sheet is not None and "王芳" in sheet.title
    summary = page.summary_job()
    assert summary is not None and "汇总表" in summary.title
    book = page.summary_job(summary_only=False)
    assert book is not None and book.title != summary.title
    page.view.table.clearSelection()
    assert not page.view.print_sheet_button.isEnabled()
    job = page.print_job()  # nobody selected: the round's summary
    assert job is not None and job.title == summary.title


def test_every_table_model_passes_the_model_tester(
    qtbot, qtmodeltester, gui, people, round_id, window
) -> None:
    grade(gui, round_id, "王芳", Grade.UNQUALIFIED)
    page = open_page(qtbot, window)
    qtmodeltester.check(page.model)
