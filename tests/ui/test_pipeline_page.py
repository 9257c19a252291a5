"""发展党员 page: stage cards, next steps by urgency, branch filter, 公示, printing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from branchdesk.core.demo import DemoOptions, generate_demo
from branchdesk.core.enums import Gender, PersonType, Stage
from branchdesk.core.models import Member, PipelineStep
from branchdesk.core.rules.reminders import Severity
from branchdesk.core.services.pipeline_overview import PipelineRow, pipeline_overview
from branchdesk.ui.context import AppContext
from branchdesk.ui.icons import SEVERITY_COLORS
from branchdesk.ui.members.editor import MemberEditorDialog
from branchdesk.ui.ops import wait_for_background_ops
from branchdesk.ui.pipeline.model import (
    Column,
    PipelineTableModel,
    PublicityTableModel,
    status_text,
)
from branchdesk.ui.pipeline.page import PipelinePage
from branchdesk.ui.pipeline.step_dialog import StepDialog

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def make_page(qtbot, gui, install_language):
    pages: list[PipelinePage] = []

    def make() -> PipelinePage:
        install_language("zh_CN")
        context = AppContext(
            database=gui.database, data_dir=gui.data_dir, language="zh_CN", today=lambda: TODAY
        )
        page = PipelinePage(context)
        qtbot.addWidget(page)
        pages.append(page)
        page.resize(1280, 800)
        page.show()
        wait_loaded(qtbot, page)
        return page

    yield make
    wait_for_background_ops()


def wait_loaded(qtbot, page: PipelinePage) -> None:
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)


@pytest.fixture
def demo(gui):
    generate_demo(gui.database, DemoOptions(members=40, years=2, seed=2, today=TODAY))


def cells(model: PipelineTableModel, column: Column) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_the_page_shows_counts_and_next_steps_in_the_services_order(make_page, gui, demo):
    # Given an archive with people at every stage
    with gui.database.reading() as session:
        overview = pipeline_overview(session, TODAY)
    # When the clerk opens 发展党员
    page = make_page()
    view = page.view
    # Then each stage card shows its count, and the table lists people most urgent first
    for stage in Stage:
        assert view.cards[stage].number.text() == str(overview.counts[stage])
    assert view.cards[Stage.ACTIVIST].caption.text() == "入党积极分子"
    assert view.steps_stack.currentWidget() is view.table
    assert cells(page.model, Column.NAME) == [r.name for r in overview.rows]
    first = overview.rows[0]
    assert page.model.data(page.model.index(0, Column.DUE)) == (
        f"{first.due_on.year}年{first.due_on.month}月{first.due_on.day}日"
    )
    assert page.publicity_model.rowCount() == len(overview.publicity)


def test_the_branch_filter_narrows_the_table(qtbot, make_page, gui, demo):
    page = make_page()
    combo = page.view.branch_filter
    everyone = page.model.rowCount()
    assert combo.count() == 3  # 全部支部 and the two demo branches
    # When the clerk picks the second branch
    combo.setCurrentIndex(2)
    wait_loaded(qtbot, page)
    # Then only its people are listed, and the cards count only them
    branch = combo.currentText()
    assert set(cells(page.model, Column.BRANCH)) == {branch}
    assert 0 < page.model.rowCount() < everyone
    with gui.database.reading() as session:
        narrowed = pipeline_overview(session, TODAY, branch_id=combo.currentData())
    assert page.view.cards[Stage.FULL].number.text() == str(narrowed.counts[Stage.FULL])
    # And the print job carries the title and that branch
    job = page.print_job()
    assert job is not None
    assert job.title == page.tr("Development progress")  # 发展党员进度 once translated


def test_clicking_a_date_header_sorts_by_urgency_not_by_text(make_page, demo):
    page = make_page()
    model = page.model
    original = [model.row(r).member_id for r in range(model.rowCount())]
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert cells(model, Column.NAME) == sorted(cells(model, Column.NAME))
    model.sort(Column.DUE, Qt.SortOrder.AscendingOrder)
    assert [model.row(r).member_id for r in range(model.rowCount())] == original


def test_an_empty_archive_says_nobody_is_in_development(make_page):
    page = make_page()
    assert page.view.steps_stack.currentWidget() is page.view.nobody
    assert page.view.publicity_stack.currentWidget() is page.view.no_publicity
    assert not page.can_print()
    assert page.print_job() is None


def test_a_write_elsewhere_refreshes_the_page(qtbot, make_page, gui):
    page = make_page()
    assert page.model.rowCount() == 0
    generate_demo(gui.database, DemoOptions(members=10, years=1, seed=3, today=TODAY))
    page.context.data_changed()
    wait_loaded(qtbot, page)
    assert page.model.rowCount() > 0


def test_double_click_opens_the_development_record(qtbot, make_page, gui, demo):
    page = make_page()
    seen: dict[str, object] = {}

    def look(dialog: MemberEditorDialog) -> None:
        seen["tab"] = dialog.view.tabs.currentWidget()
        seen["steps"] = dialog.timeline.model.rowCount()
        seen["title"] = dialog.windowTitle()

    handled = gui.when_modal(MemberEditorDialog, look)
    # When the clerk double-clicks the first person
    table = page.view.table
    spot = table.visualRect(page.model.index(0, Column.NAME)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    # Then their file opens on 发展过程, with the steps recorded so far
    assert len(handled) == 1
    assert seen["tab"] is handled[0].timeline
    assert seen["steps"] > 0
    assert page.model.row(0).name in str(seen["title"])


def test_record_step_records_the_selected_persons_next_step(qtbot, make_page, gui, demo):
    page = make_page()
    assert not page.view.record_button.isEnabled()  # nobody selected yet
    page.view.table.selectRow(0)
    person = page.model.row(0)
    seen: dict[str, object] = {}

    def record(dialog: StepDialog) -> None:
        seen["step"] = dialog.view.step.currentData()
        dialog.view.confirm.setChecked(True)  # whatever the rules warn about, it happened
        for spin, value in zip(dialog.view.votes.values(), (10, 9, 8, 1, 0), strict=True):
            spin.setValue(value)
        qtbot.mouseClick(dialog.view.save_button, Qt.MouseButton.LeftButton)

    handled = gui.when_modal(StepDialog, record)
    qtbot.mouseClick(page.view.record_button, Qt.MouseButton.LeftButton)
    assert len(handled) == 1
    # The suggested step is the one the page lists as next, and it is now on file
    assert seen["step"] == person.next_step_no
    with gui.database.reading() as session:
        steps = session.scalars(
            select(PipelineStep.step_no).where(
                PipelineStep.member_id == person.member_id, PipelineStep.done_on == TODAY
            )
        ).all()
    assert person.next_step_no in steps
    wait_loaded(qtbot, page)


def test_models_pass_the_model_tester(qtmodeltester, make_page, demo):
    page = make_page()
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.publicity_model)
    empty = PublicityTableModel("zh_CN")
    qtmodeltester.check(empty)


@pytest.mark.parametrize(
    ("due_on", "ready_on", "expected"),
    [
        (dt.date(2026, 11, 20), None, "Overdue by 6 days"),
        (dt.date(2026, 12, 6), None, "10 days left"),
        (None, dt.date(2026, 11, 1), "Can be done now"),
        (None, dt.date(2027, 1, 1), "—"),  # not yet: 最早可办 shows when
        (None, None, "—"),
    ],
)
def test_status_says_how_late_how_long_or_whether_it_can_be_done(due_on, ready_on, expected):
    # English sources: the Chinese (已逾期 6 天 …) arrives with the merged translations.
    row = PipelineRow(
        member_id=1,
        name="张三",
        stage=Stage.ACTIVIST,
        branch_name="一支部",
        next_step_no=7 if ready_on or due_on else None,
        next_step_name="确定发展对象",
        earliest_on=ready_on,
        due_on=due_on,
        overdue=due_on is not None and due_on < TODAY,
        days_left=(due_on - TODAY).days if due_on else None,
        ready_on=ready_on,
    )
    assert status_text(row, TODAY) == expected


def test_an_overdue_step_comes_first_in_red(make_page, gui, demo):
    # Given an applicant whose 谈话 (step 2, due a month after applying) was never recorded
    with gui.database.unit_of_work("test") as session:
        late = Member(
            branch_id=1,
            name="迟到者",
            gender=Gender.MALE,
            person_type=PersonType.STUDENT,
            stage=Stage.APPLICANT,
        )
        session.add(late)
        session.flush()
        session.add(PipelineStep(member_id=late.id, step_no=1, done_on=dt.date(2026, 9, 1)))
    # When the clerk opens 发展党员
    page = make_page()
    model = page.model
    # Then that person is first, 56 days late, the status in the overdue red
    assert model.data(model.index(0, Column.NAME)) == "迟到者"
    assert model.data(model.index(0, Column.NEXT_STEP)) == page.tr("Step {no}: {name}").format(
        no=2, name="党组织派人谈话"
    )
    assert model.data(model.index(0, Column.STATUS)) == page.tr("Overdue by {days} days").format(
        days=56
    )
    color = model.data(model.index(0, Column.STATUS), Qt.ItemDataRole.ForegroundRole)
    assert color == QColor(SEVERITY_COLORS[Severity.OVERDUE])
    assert model.data(model.index(1, Column.STATUS), Qt.ItemDataRole.ForegroundRole) is None
