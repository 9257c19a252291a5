"""The 检查整改 page: a problem an inspection found is raised, rectified and closed; the ledger,
its cards and the 工作台 follow; filters narrow the table; reminders open the ledger."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from branchdesk.core.enums import (
    InspectionKind,
    ProblemSource,
    ProblemStatus,
    RectifyKind,
    Stage,
)
from branchdesk.core.models import Member, Problem, ProgressNote
from branchdesk.core.services.inspections import InspectionDraft, record_inspection
from branchdesk.core.services.problems import (
    ProblemDraft,
    close_problem,
    complete_problem,
    raise_problem,
)
from branchdesk.ui.dialogs import MessageDialog
from branchdesk.ui.i18n import format_date, qt_translate
from branchdesk.ui.ledger.inspection_dialog import InspectionDialog
from branchdesk.ui.ledger.inspections import InspectionsTab
from branchdesk.ui.ledger.labels import problem_status_label
from branchdesk.ui.ledger.models import (
    OVERDUE_COLOR,
    InspectionColumn,
    ProblemColumn,
    status_text,
)
from branchdesk.ui.ledger.page import INSPECTIONS_TAB, LEDGER_TAB, LedgerPage
from branchdesk.ui.ledger.problem_editor import ProblemEditor
from branchdesk.ui.ledger.problem_editor_view import PROGRESS_TAB, RECTIFY_TAB, REVIEW_TAB
from branchdesk.ui.pages.reminder_model import ReminderRole

INSPECTED_ON = dt.date(2026, 4, 10)
NO_REVIEWER = "Closing a problem needs the reviewer who checked the rectification."


@pytest.fixture
def people(gui) -> dict[str, int]:
    ids = gui.add_people(("王芳", Stage.FULL), ("赵磊", Stage.FULL), ("陈晨", Stage.PROBATIONARY))
    with gui.database.reading() as session:
        ids["branch"] = session.get_one(Member, ids["王芳"]).branch_id
    return ids


def inspection(gui, branch_id: int, kind: InspectionKind = InspectionKind.SPECIAL) -> int:
    draft = InspectionDraft(branch_id, kind, INSPECTED_ON, "学院党委", scope="理论学习")
    with gui.database.unit_of_work("test") as session:
        return record_inspection(session, draft, today=gui.today)


def problem(gui, branch_id: int, **changes: object) -> int:
    values: dict[str, object] = {
        "source": ProblemSource.SELF,
        "found_on": dt.date(2026, 3, 2),
        "description": "支部学习笔记记录不全",
        "rectify_kind": RectifyKind.DEADLINE,
        "deadline": dt.date(2026, 6, 30),
    }
    values.update(changes)
    with gui.database.unit_of_work("test") as session:
        return raise_problem(session, branch_id, ProblemDraft(**values), today=gui.today)  # type: ignore[arg-type]


def open_page(qtbot, window) -> LedgerPage:
    assert window.show_page("ledger")
    page = window.page("ledger")
    assert isinstance(page, LedgerPage)
    wait(qtbot, page)
    return page


def wait(qtbot, page: LedgerPage) -> None:
    qtbot.waitUntil(lambda: page.data is not None and not page.is_loading(), timeout=5000)


def shown(page: LedgerPage, column: int = ProblemColumn.DESCRIPTION) -> list[str]:
    """A column of the ledger as the table shows it, in its order."""
    model = page.sorted
    return [model.index(row, column).data() for row in range(model.rowCount())]


def stored(gui, problem_id: int) -> Problem:
    with gui.database.reading() as session:
        return session.get_one(Problem, problem_id)


def reminder_subjects(gui, window) -> list[str]:
    dashboard = gui.wait_for_dashboard(window)
    model = dashboard.model
    return [model.index(row, 0).data(ReminderRole).subject for row in range(model.rowCount())]


def test_an_inspections_problem_is_raised_rectified_and_closed(qtbot, gui, people, window) -> None:
    # Given a special inspection by the college Party committee, and an empty ledger
    inspection_id = inspection(gui, people["branch"])
    page = open_page(qtbot, window)
    view = page.view
    assert view.stack.currentWidget() is view.empty
    assert view.cards["open"].number.text() == "0"

    # When the clerk raises a problem from the inspection, due by 1 May, 赵磊 responsible
    view.tabs.setCurrentIndex(INSPECTIONS_TAB)
    view.inspections.selectRow(0)
    seen: dict[str, object] = {}

    def fill(editor: ProblemEditor) -> None:
        v = editor.view
        seen["source"] = v.source.currentData()
        seen["found"] = v.found_on.value()
        seen["linked"] = "理论学习" in v.link.text()
        v.description.setPlainText("部分党员学习笔记记录不全，心得体会流于形式")
        v.category.setEditText("理论学习")
        v.tabs.setCurrentIndex(RECTIFY_TAB)
        seen["week"] = v.deadline.value()  # 立行立改 by default: a week
        v.kind.setCurrentIndex(v.kind.findData(RectifyKind.DEADLINE.value))
        seen["cleared"] = v.deadline.value()
        v.deadline.set_value(dt.date(2026, 5, 1))
        v.person.setCurrentIndex(v.person.findText("赵磊"))
        qtbot.mouseClick(v.save_button, Qt.MouseButton.LeftButton)

    handled = gui.when_modal(ProblemEditor, fill)
    qtbot.mouseClick(view.raise_button, Qt.MouseButton.LeftButton)
    assert handled
    wait(qtbot, page)

    # Then it is on the ledger: linked, from above (a special inspection), 待整改 and overdue
    assert seen == {
        "source": ProblemSource.SUPERIOR.value,
        "found": INSPECTED_ON,
        "linked": True,
        "week": INSPECTED_ON + dt.timedelta(days=7),
        "cleared": None,
    }
    with gui.database.reading() as session:
        (problem_id,) = session.scalars(select(Problem.id))
    row = stored(gui, problem_id)
    assert (row.inspection_id, row.source, row.status) == (
        inspection_id,
        ProblemSource.SUPERIOR,
        ProblemStatus.PENDING,
    )
    assert (row.responsible_member_id, row.responsible_person) == (people["赵磊"], "赵磊")
    assert page.inspections.model.text(0, InspectionColumn.OPEN) == "1"
    view.tabs.setCurrentIndex(LEDGER_TAB)
    assert shown(page, ProblemColumn.STATUS) == [status_text(page.model.row(0))]
    assert page.model.row(0).is_overdue
    assert page.sorted.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOR
    assert [view.cards[key].number.text() for key in ("open", "overdue", "closed")] == [
        "1",
        "1",
        "0",
    ]
    assert f"problem:{problem_id}" in reminder_subjects(gui, window)

    # When the clerk opens it (Enter or a double-click), logs progress, starts and completes
    # it, then tries to close it without a reviewer while also changing the measures
    window.show_page("ledger")
    refused: dict[str, object] = {}

    def rectify(editor: ProblemEditor) -> None:
        v = editor.view
        v.tabs.setCurrentIndex(PROGRESS_TAB)
        qtbot.mouseClick(v.add_note, Qt.MouseButton.LeftButton)
        v.note_text.setPlainText("支委会研究整改措施，逐一提醒到人")
        qtbot.mouseClick(v.start_button, Qt.MouseButton.LeftButton)
        refused["started"] = (stored(gui, problem_id).status, v.status_chip.text())
        v.completed_on.set_value(dt.date(2026, 5, 11))
        qtbot.mouseClick(v.complete_button, Qt.MouseButton.LeftButton)
        refused["completed"] = stored(gui, problem_id).completed_on
        v.measures.setPlainText("每月抽查学习笔记")
        v.tabs.setCurrentIndex(REVIEW_TAB)
        v.opinion.setPlainText("整改到位，同意销号。")
        qtbot.mouseClick(v.close_button, Qt.MouseButton.LeftButton)
        message = v.errors["reviewer"]
        refused["message"] = message.text() if message.isVisibleTo(editor) else ""
        refused["tab"] = v.tabs.currentIndex()
        row = stored(gui, problem_id)
        refused["stored"] = (row.status, row.measures, row.reviewer, row.closed_on)
        # And then closes it properly
        v.reviewer.setText("学院党委 李老师")
        qtbot.mouseClick(v.close_button, Qt.MouseButton.LeftButton)
        refused["editable"] = v.save_button.isEnabled() or not v.description.isReadOnly()
        qtbot.mouseClick(v.cancel_button, Qt.MouseButton.LeftButton)  # nothing left unsaved
        refused["still open"] = editor.isVisible()

    handled = gui.when_modal(ProblemEditor, rectify)
    view.table.activated.emit(page.sorted.index(0, ProblemColumn.DESCRIPTION))
    qtbot.waitUntil(lambda: bool(handled), timeout=5000)

    # Then each step was stored; the refused 销号 said why at the field and stored nothing
    assert refused["started"] == (
        ProblemStatus.IN_PROGRESS,
        problem_status_label(ProblemStatus.IN_PROGRESS),
    )
    assert refused["completed"] == dt.date(2026, 5, 11)
    assert refused["message"] == qt_translate("Validation", NO_REVIEWER)
    assert refused["tab"] == REVIEW_TAB
    assert refused["stored"] == (ProblemStatus.COMPLETED, "", "", None)
    assert not refused["editable"]
    assert not refused["still open"]
    row = stored(gui, problem_id)
    assert (row.status, row.reviewer, row.closed_on, row.measures) == (
        ProblemStatus.CLOSED,
        "学院党委 李老师",
        gui.today,
        "每月抽查学习笔记",
    )
    with gui.database.reading() as session:
        notes = session.scalars(select(ProgressNote.note)).all()
    assert notes == ["支委会研究整改措施，逐一提醒到人"]

    # And the ledger, its cards and the 工作台 follow
    wait(qtbot, page)
    assert shown(page, ProblemColumn.STATUS) == [problem_status_label(ProblemStatus.CLOSED)]
    assert page.sorted.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert [view.cards[key].number.text() for key in ("open", "overdue", "closed")] == [
        "0",
        "0",
        "1",
    ]
    assert f"problem:{problem_id}" not in reminder_subjects(gui, window)


@pytest.fixture
def ledger(gui, people) -> dict[str, int]:
    """An overdue problem from above, one raised by the masses due soon, a long-term one
    completed, and one of last year still open."""
    branch = people["branch"]
    made = {
        "overdue": problem(
            gui,
            branch,
            source=ProblemSource.SUPERIOR,
            deadline=dt.date(2026, 5, 1),
            category="理论学习",
            responsible_member_id=people["赵磊"],
        ),
        "soon": problem(
            gui,
            branch,
            source=ProblemSource.MASSES,
            found_on=dt.date(2026, 5, 10),
            rectify_kind=RectifyKind.IMMEDIATE,
            deadline=None,
            description="宿舍服务站开放时间不固定",
            category="服务群众",
            responsible_person="外聘辅导员",
        ),
        "ongoing": problem(
            gui,
            branch,
            rectify_kind=RectifyKind.ONGOING,
            deadline=None,
            description="批评和自我批评不够深入",
            category="组织生活",
            responsible_leader="王芳",
        ),
        "last_year": problem(gui, branch, found_on=dt.date(2025, 11, 3)),
    }
    with gui.database.unit_of_work("test") as session:
        complete_problem(session, made["ongoing"], dt.date(2026, 5, 1), today=gui.today)
    return made


def test_filters_narrow_the_ledger(qtbot, gui, ledger, window) -> None:
    page = open_page(qtbot, window)
    view = page.view
    every = ["支部学习笔记记录不全", "宿舍服务站开放时间不固定", "批评和自我批评不够深入"]
    assert shown(page) == every  # by 序号; last year's problem is on last year's ledger
    cards = {key: card.number.text() for key, card in view.cards.items()}
    assert cards == {"open": "2", "overdue": "1", "due_soon": "1", "closed": "0"}
    assert view.cards["open"].detail.isVisibleTo(page)  # one more open from 2025

    def narrowed(change) -> list[str]:  # type: ignore[no-untyped-def]
        page.clear_filters()
        wait(qtbot, page)
        change()
        wait(qtbot, page)
        return shown(page)

    assert narrowed(lambda: view.status.setCurrentIndex(view.status.findData("overdue"))) == [
        every[0]
    ]
    assert narrowed(
        lambda: view.source.setCurrentIndex(view.source.findData(ProblemSource.MASSES.value))
    ) == [every[1]]
    assert narrowed(lambda: view.search.setText("宿舍")) == [every[1]]
    assert narrowed(lambda: view.responsible.setText("赵")) == [every[0]]
    assert narrowed(lambda: view.responsible.setText("王芳")) == [every[2]]
    assert narrowed(lambda: view.category.setCurrentIndex(view.category.findText("组织生活"))) == [
        every[2]
    ]
    assert narrowed(lambda: view.deadline_from.set_value(dt.date(2026, 5, 10))) == [every[1]]
    assert (
        narrowed(
            lambda: view.status.setCurrentIndex(view.status.findData(ProblemStatus.CLOSED.value))
        )
        == []
    )
    assert view.stack.currentWidget() is view.empty
    page.clear_filters()
    wait(qtbot, page)
    assert shown(page) == every

    # A click on a header sorts what is shown: by deadline, the one without last
    view.table.sortByColumn(ProblemColumn.DEADLINE, Qt.SortOrder.AscendingOrder)
    assert shown(page) == [every[0], every[1], every[2]]
    view.table.sortByColumn(ProblemColumn.NUMBER, Qt.SortOrder.DescendingOrder)
    assert shown(page) == every[::-1]
    view.table.sortByColumn(ProblemColumn.STATUS, Qt.SortOrder.AscendingOrder)
    assert shown(page)[0] == every[0]  # overdue first

    # Last year's ledger holds last year's problem
    view.year.setValue(2025)
    wait(qtbot, page)
    assert shown(page) == ["支部学习笔记记录不全"]
    assert view.cards["open"].detail.text() != ""  # 2026's two are open elsewhere


def test_every_table_model_passes_the_model_tester(
    qtbot, qtmodeltester, gui, people, ledger, window
) -> None:
    inspection(gui, people["branch"])
    page = open_page(qtbot, window)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.sorted)
    qtmodeltester.check(page.inspections.model)
    editor = ProblemEditor(page.context, ledger["overdue"], parent=window)
    editor.notes.add()
    editor.notes.add()
    qtmodeltester.check(editor.notes_model)
    editor.done(0)


def test_deleting_asks_first_and_a_closed_problem_stays(
    qtbot, gui, people, ledger, window, monkeypatch
) -> None:
    with gui.database.unit_of_work("test") as session:
        close_problem(
            session,
            ledger["ongoing"],
            reviewer="王芳",
            opinion="同意销号",
            closed_on=gui.today,
            today=gui.today,
        )
    page = open_page(qtbot, window)
    warnings: list[str] = []
    monkeypatch.setattr(
        MessageDialog, "warn", classmethod(lambda _c, _p, _t, text: warnings.append(text))
    )

    def count() -> int:
        with gui.database.reading() as session:
            return session.scalar(select(func.count()).select_from(Problem)) or 0

    page.view.table.selectRow(0)
    answers: list[bool] = [False]
    monkeypatch.setattr(LedgerPage, "confirm_delete", classmethod(lambda *_: answers[0]))
    assert not page.delete_problem()  # the clerk says no
    assert count() == 4
    answers[0] = True
    assert page.delete_problem()
    assert count() == 3
    wait(qtbot, page)

    # A closed problem must be reopened first: core's refusal is said, nothing deleted
    row = page.model.row_of(ledger["ongoing"])
    assert row is not None
    page.view.table.selectRow(page.sorted.mapFromSource(page.model.index(row, 0)).row())
    assert not page.delete_problem()
    assert count() == 3
    assert len(warnings) == 1


def test_the_print_follows_the_tab(qtbot, gui, people, ledger, window) -> None:
    inspection_id = inspection(gui, people["branch"], InspectionKind.PATROL)
    page = open_page(qtbot, window)
    assert page.can_print()
    year = page.print_job()
    assert year is not None and year.kind == "ledger"
    page.view.tabs.setCurrentIndex(INSPECTIONS_TAB)
    page.view.inspections.selectRow(0)
    assert page.inspections.current_id() == inspection_id
    one = page.print_job()
    assert one is not None and one.title != year.title
    assert INSPECTED_ON.isoformat() in one.title
    assert format_date(INSPECTED_ON, "zh_CN") in page.view.inspection.itemText(1)


def test_inspections_are_recorded_and_deleted_only_without_problems(
    qtbot, gui, people, window, monkeypatch
) -> None:
    page = open_page(qtbot, window)
    view = page.view
    view.tabs.setCurrentIndex(INSPECTIONS_TAB)
    assert view.inspections_stack.currentWidget() is view.no_inspections

    # The clerk records a patrol, forgetting who carried it out at first
    seen: dict[str, object] = {}

    def fill(dialog: InspectionDialog) -> None:
        v = dialog.view
        v.kind.setCurrentIndex(v.kind.findData(InspectionKind.PATROL.value))
        v.day.set_value(INSPECTED_ON)
        v.scope.setText("党建工作")
        seen["saved"] = dialog.save()
        seen["error"] = v.errors["inspector"].isVisibleTo(dialog)
        v.inspector.setText("校党委第二巡察组")
        qtbot.mouseClick(v.save_button, Qt.MouseButton.LeftButton)

    handled = gui.when_modal(InspectionDialog, fill)
    qtbot.mouseClick(view.new_inspection, Qt.MouseButton.LeftButton)
    assert handled
    wait(qtbot, page)
    assert seen == {"saved": False, "error": True}
    model = page.inspections.model
    assert [
        model.text(0, column) for column in (InspectionColumn.INSPECTOR, InspectionColumn.SCOPE)
    ] == [
        "校党委第二巡察组",
        "党建工作",
    ]
    assert page.inspections.current_id() == model.row(0).id  # the new one is selected

    # A problem came from it: it cannot be deleted; once the problem is gone, it can
    problem_id = problem(gui, people["branch"], inspection_id=model.row(0).id)
    wait(qtbot, page)
    warnings: list[str] = []
    monkeypatch.setattr(
        MessageDialog, "warn", classmethod(lambda _c, _p, _t, text: warnings.append(text))
    )
    monkeypatch.setattr(InspectionsTab, "confirm_delete", classmethod(lambda *_: True))
    view.inspections.selectRow(0)
    assert not page.inspections.delete_inspection()
    assert len(warnings) == 1
    with gui.database.unit_of_work("test") as session:
        session.delete(session.get_one(Problem, problem_id))
    assert page.inspections.delete_inspection()
    wait(qtbot, page)
    assert model.rowCount() == 0
