"""The 党员档案 page on a demo archive: search, filters, SQL sort, export, print."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from branchdesk.core.demo import DemoOptions, generate_demo
from branchdesk.core.enums import Stage
from branchdesk.core.member_list import MemberFilter, count_members
from branchdesk.core.models import AuditEntry, Member
from branchdesk.core.queries import has_exited
from branchdesk.ui.context import AppContext
from branchdesk.ui.labels import stage_label
from branchdesk.ui.members.list_model import (
    EXITED_COLOR,
    Column,
    MemberIdRole,
    MemberListModel,
)
from branchdesk.ui.members.page import MembersPage
from branchdesk.ui.ops import wait_for_background_ops

TODAY = dt.date(2026, 11, 26)


def test_an_empty_archive_says_so(qtbot, gui) -> None:
    context = AppContext(database=gui.database, data_dir=gui.data_dir, today=lambda: TODAY)
    empty = MembersPage(context)
    qtbot.addWidget(empty)
    assert empty.view.stack.currentWidget() is empty.view.no_match
    assert "dashboard" in empty.view.no_match.text() or "工作台" in empty.view.no_match.text()
    assert not empty.can_print() and empty.print_job() is None


@pytest.fixture
def page(qtbot, gui, install_language) -> Iterator[MembersPage]:
    generate_demo(gui.database, DemoOptions(members=40, years=2, seed=2, today=TODAY))
    install_language("zh_CN")
    context = AppContext(database=gui.database, data_dir=gui.data_dir, today=lambda: TODAY)
    shown = MembersPage(context)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitUntil(shown.isVisible)  # waitExposed only works as a context manager
    yield shown
    wait_for_background_ops()


def _listed(page: MembersPage) -> list[int]:
    model = page.model
    return [model.data(model.index(row, 0), MemberIdRole) for row in range(model.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester, gui, install_language) -> None:
    generate_demo(gui.database, DemoOptions(members=40, years=2, seed=2, today=TODAY))
    install_language("zh_CN")
    model = MemberListModel(gui.database, "zh_CN")
    model.set_filter(MemberFilter(exited=None))
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    model.sort(Column.ADMISSION, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)

    model.set_filter(MemberFilter(exited=True))
    assert model.rowCount() > 0
    name = model.index(0, Column.NAME)
    assert name.data().endswith(("（已离开）", "(left)"))  # English until the .ts is merged
    assert name.data(Qt.ItemDataRole.ForegroundRole).name() == EXITED_COLOR.lower()


def test_typing_initials_finds_the_person(qtbot, page: MembersPage, gui) -> None:
    with gui.database.reading() as session:
        person = session.scalars(
            select(Member).where(~has_exited()).order_by(Member.id).limit(1)
        ).one()
    qtbot.keyClicks(page.view.search, person.name_initials)
    qtbot.waitUntil(lambda: not page.search_pending(), timeout=2000)
    assert person.id in _listed(page)
    assert page.model.rowCount() < count_members_all(gui)
    names = [page.model.index(row, Column.NAME).data() for row in range(page.model.rowCount())]
    assert person.name in names

    page.view.search.setText("没有这个人")
    qtbot.waitUntil(lambda: not page.search_pending(), timeout=2000)
    assert page.model.rowCount() == 0
    assert page.view.stack.currentWidget() is page.view.no_match
    assert not page.can_print()


def count_members_all(gui) -> int:
    with gui.database.reading() as session:
        return count_members(session, MemberFilter())


def test_stage_filter_count_matches_the_database(page: MembersPage, gui) -> None:
    combo = page.view.filters.stage
    combo.setCurrentIndex(combo.findData(Stage.FULL))
    with gui.database.reading() as session:
        expected = count_members(session, MemberFilter(stages=frozenset({Stage.FULL})))
    assert expected > 0
    assert page.model.rowCount() == expected
    assert str(expected) in page.view.count.text()
    stages = {page.model.index(row, Column.STAGE).data() for row in range(expected)}
    assert stages == {stage_label(Stage.FULL)}

    page.view.filters.include_left.setChecked(True)
    with gui.database.reading() as session:
        both = count_members(session, MemberFilter(stages=frozenset({Stage.FULL}), exited=None))
    assert page.model.rowCount() == both


def test_clicking_a_header_sorts_in_sql(qtbot, page: MembersPage) -> None:
    before = _listed(page)
    header = page.view.table.horizontalHeader()
    page.view.table.scrollTo(page.model.index(0, Column.ADMISSION))
    x = header.sectionViewportPosition(Column.ADMISSION) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.model.sort_state() == (Column.ADMISSION, False)
    after = _listed(page)
    assert sorted(after) == sorted(before) and after != before
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.model.sort_state() == (Column.ADMISSION, True)
    assert _listed(page) != after


def test_export_writes_the_filtered_list_and_logs_it(
    qtbot, page: MembersPage, gui, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "名册.xlsx"
    monkeypatch.setattr(MembersPage, "ask_export_path", classmethod(lambda _cls, _p: target))
    monkeypatch.setattr(MembersPage, "ask_full_id", classmethod(lambda _cls, _p: False))
    combo = page.view.filters.stage
    combo.setCurrentIndex(combo.findData(Stage.ACTIVIST))
    listed = page.model.rowCount()
    with qtbot.waitSignal(page.exported, timeout=5000) as blocker:
        page.view.export_button.click()
    assert blocker.args == [listed]
    assert target.exists()
    with gui.database.reading() as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert "export" in actions


def test_print_job_is_the_listed_rows_with_masked_ids(page: MembersPage, gui) -> None:
    assert page.can_print()
    job = page.print_job()
    assert job is not None
    assert job.title in ("党员名册", "Member list")
    table = page.print_table()
    assert table is not None
    assert len(table.rows) == page.model.rowCount()
    with gui.database.reading() as session:
        full = {n for n in session.scalars(select(Member.id_number)) if n}
    id_column = [row[Column.ID_NUMBER] for row in table.rows]
    assert not full & set(id_column)
    assert all("*" in cell for cell in id_column if cell)


def test_the_selected_person_stays_selected_across_a_sort(page: MembersPage) -> None:
    page.view.table.selectRow(5)
    chosen = page.model.member_id(5)
    page.view.table.sortByColumn(Column.PHONE, Qt.SortOrder.DescendingOrder)
    index = page.view.table.currentIndex()
    assert index.isValid() and page.model.member_id(index.row()) == chosen


def test_column_widths_are_remembered(qtbot, page: MembersPage) -> None:
    page.view.table.horizontalHeader().resizeSection(Column.BRANCH, 123)
    again = MembersPage(page.context)
    qtbot.addWidget(again)
    assert again.view.table.horizontalHeader().sectionSize(Column.BRANCH) == 123


def test_ctrl_f_and_enter_open_the_member(qtbot, page: MembersPage, monkeypatch) -> None:
    from branchdesk.ui.members.editor import MemberEditorDialog

    opened: list[int | None] = []
    monkeypatch.setattr(
        MemberEditorDialog,
        "edit",
        classmethod(lambda _c, _ctx, member_id, _p=None: opened.append(member_id)),
    )
    page.view.table.setFocus()
    qtbot.keyClick(page.view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.view.search.hasFocus()

    page.view.table.setFocus()
    page.view.table.setCurrentIndex(page.model.index(2, Column.NAME))
    with qtbot.waitSignal(page.member_activated, timeout=2000) as blocker:
        qtbot.keyClick(page.view.table, Qt.Key.Key_Return)
    assert blocker.args == [page.model.member_id(2)]
    assert opened == [page.model.member_id(2)]


def test_the_inactive_filter_shows_members_without_organisational_life(
    qtbot, page: MembersPage, gui
) -> None:
    # 陈默 joined in 2020 and has attended no meeting since.
    with gui.database.unit_of_work("test") as session:
        from branchdesk.core.enums import Gender, PersonType
        from branchdesk.core.models import PipelineStep

        absent = Member(
            branch_id=session.scalar(select(Member.branch_id).limit(1)),
            name="陈默",
            gender=Gender.MALE,
            person_type=PersonType.STAFF,
            stage=Stage.FULL,
        )
        session.add(absent)
        session.flush()
        session.add(PipelineStep(member_id=absent.id, step_no=15, done_on=dt.date(2020, 1, 1)))
        absent_id = absent.id
    page.refresh()
    qtbot.mouseClick(page.view.filters.inactive, Qt.MouseButton.LeftButton)
    assert _listed(page) == [absent_id]
    assert "1" in page.view.count.text()
    qtbot.mouseClick(page.view.filters.inactive, Qt.MouseButton.LeftButton)
    assert len(_listed(page)) > 1
