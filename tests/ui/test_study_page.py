"""The 学习笔记 page: a collective session raises every attendee's hours; entries; the chart."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from branchdesk.core.enums import Stage, StudyForm
from branchdesk.core.models import Member, PipelineStep
from branchdesk.core.services.study import (
    EntryDraft,
    SessionDraft,
    entries_for,
    record_entry,
    record_session,
)
from branchdesk.ui.dialogs import UnsavedChangesDialog, UnsavedChoice
from branchdesk.ui.study.entry_dialog import EntryDialog
from branchdesk.ui.study.labels import study_form_label
from branchdesk.ui.study.models import BEHIND_COLOR, TallyColumn
from branchdesk.ui.study.page import StudyPage
from branchdesk.ui.study.session_dialog import SessionDialog


def reached() -> str:
    """What the 尚差 column says once the target is reached (in the installed language)."""
    return QCoreApplication.translate("StudyPage", "Reached")


PEOPLE = (("王芳", Stage.FULL), ("陈晨", Stage.PROBATIONARY), ("李明", Stage.FULL))


@pytest.fixture
def people(gui) -> dict[str, int]:
    ids = gui.add_people(*PEOPLE, ("赵强", Stage.ACTIVIST))  # an activist has no target
    with gui.database.unit_of_work("test") as session:
        for day, hours in ((2, "20"), (3, "10")):  # at most 24 class hours a day
            draft = EntryDraft(
                ids["王芳"],
                gui.today.replace(month=3, day=day),
                "学习党章",
                StudyForm.COLLECTIVE,
                Decimal(hours),
            )
            record_entry(session, draft, today=gui.today)
    return ids


@pytest.fixture
def page(qtbot, gui, people, window) -> StudyPage:
    assert window.show_page("study")
    study = window.page("study")
    assert isinstance(study, StudyPage)
    qtbot.waitUntil(lambda: study.data is not None and not study.is_loading(), timeout=5000)
    return study


def wait_loaded(qtbot, page: StudyPage) -> None:
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)


def tally(page: StudyPage) -> dict[str, tuple[str, str]]:
    """Name → (collective hours, to go) as the table shows them."""
    model = page.tally_model
    return {
        model.text(row, TallyColumn.NAME): (
            model.text(row, TallyColumn.COLLECTIVE),
            model.text(row, TallyColumn.MISSING),
        )
        for row in range(model.rowCount())
    }


def select_member(qtbot, page: StudyPage, name: str) -> None:
    row = next(r for r in page.tally_model.rows() if r.name == name)
    page.view.tally.selectRow(page.tally_model.row_of(row.member_id))
    wait_loaded(qtbot, page)


def test_a_theme_day_gives_every_attendee_its_hours_in_one_step(qtbot, gui, people, page) -> None:
    # Given three Party members (and an activist, who has no target) in the tally
    assert tally(page) == {"陈晨": ("0", "32"), "李明": ("0", "32"), "王芳": ("30", "2")}
    page.view.tabs.setCurrentWidget(page.view.chart_scroll)  # drawn when its tab shows
    assert page.view.chart.bar_count() == 3

    # When the clerk records the 主题党日's study for 王芳 and 陈晨 (2 class hours)
    def fill(dialog: SessionDialog) -> None:
        shared = dialog.view.shared
        shared.topic.insert("主题党日：学习贯彻全会精神")  # keyClicks types Latin-1 only
        shared.hours.setValue(2)
        assert [item.text() for item in dialog.attendee_items()] == ["陈晨", "李明", "王芳"]
        qtbot.mouseClick(dialog.view.select_all, Qt.MouseButton.LeftButton)
        assert "3" in dialog.view.chosen.text()
        dialog.set_attending({"王芳", "陈晨"})
        qtbot.mouseClick(dialog.view.save_button, Qt.MouseButton.LeftButton)

    handled = gui.when_modal(SessionDialog, fill)
    qtbot.mouseClick(page.view.session_button, Qt.MouseButton.LeftButton)
    assert handled
    wait_loaded(qtbot, page)

    # Then both attendees' hours rise in the table and in the file; 李明's do not
    assert tally(page) == {"陈晨": ("2", "30"), "李明": ("0", "32"), "王芳": ("32", reached())}
    assert page.view.cards["sessions"].number.text() == "1"
    with gui.database.reading() as session:
        made = [
            (row.member_name, row.class_hours)
            for row in entries_for(session, year=gui.today.year)
            if row.session_id is not None
        ]
    assert sorted(made) == [("王芳", Decimal(2)), ("陈晨", Decimal(2))]
    # 王芳 reached the target: her row is no longer red; the others' still are
    model = page.tally_model
    colours = {
        model.text(r, 0): model.index(r, 0).data(Qt.ItemDataRole.ForegroundRole)
        for r in range(model.rowCount())
    }
    assert colours == {"陈晨": BEHIND_COLOR, "李明": BEHIND_COLOR, "王芳": None}


def test_adding_correcting_and_deleting_an_entry(qtbot, gui, people, page, monkeypatch) -> None:
    select_member(qtbot, page, "李明")
    assert page.entries_model.rowCount() == 0

    def add(dialog: EntryDialog) -> None:
        shared = dialog.view.shared
        shared.topic.insert("学习《中国共产党纪律处分条例》")
        shared.set_form(StudyForm.PARTY_SCHOOL)
        shared.hours.setValue(3.5)
        dialog.view.reflections.insertPlainText("严守纪律")
        dialog.save()

    handled = gui.when_modal(EntryDialog, add)
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    assert handled
    wait_loaded(qtbot, page)
    assert page.entries_model.rowCount() == 1
    assert page.entries_model.text(0, 2) == study_form_label(StudyForm.PARTY_SCHOOL)
    assert tally(page)["李明"] == ("3.5", "28.5")

    page.view.entries.selectRow(0)

    def correct(dialog: EntryDialog) -> None:
        dialog.view.shared.hours.setValue(4)
        dialog.activateWindow()  # shortcuts reach the active window only
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.view.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    handled = gui.when_modal(EntryDialog, correct)
    qtbot.mouseClick(page.view.edit_button, Qt.MouseButton.LeftButton)
    assert handled
    wait_loaded(qtbot, page)
    assert tally(page)["李明"] == ("4", "28")

    page.view.entries.selectRow(0)
    monkeypatch.setattr(StudyPage, "confirm_delete", classmethod(lambda *_: True))
    qtbot.mouseClick(page.view.delete_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, page)
    assert page.entries_model.rowCount() == 0
    assert tally(page)["李明"] == ("0", "32")
    with gui.database.reading() as session:
        assert entries_for(session, people["李明"]) == []


def test_an_invalid_entry_shows_the_error_at_its_field_and_saves_nothing(
    qtbot, gui, people, page, monkeypatch
) -> None:
    dialog = EntryDialog(page.context, people["陈晨"], "陈晨", None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.view
    view.shared.topic.insert("自学党史")
    # no class hours entered
    assert not dialog.save()
    assert view.errors["class_hours"].isVisible()
    assert view.shared.hours.property("invalid") is True
    assert view.error.isVisible()
    view.shared.hours.setValue(1)
    assert not view.errors["class_hours"].isVisible()
    view.shared.topic.clear()
    assert not dialog.save()
    assert view.errors["topic"].isVisible()
    with gui.database.reading() as session:
        assert entries_for(session, people["陈晨"]) == []
    # Esc with what was typed asks first; Cancel keeps the dialog open
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda *_: UnsavedChoice.CANCEL))
    dialog.reject()
    assert dialog.isVisible()
    dialog.done(0)


def test_a_session_without_attendees_is_refused_at_the_list(qtbot, gui, people, page) -> None:
    dialog = SessionDialog(page.context, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.view.shared.topic.insert("党课")
    dialog.view.shared.hours.setValue(2)
    assert not dialog.save()
    assert dialog.view.errors["attendee_ids"].isVisible()
    assert dialog.view.attendees.property("invalid") is True
    with gui.database.reading() as session:
        assert entries_for(session) == [
            entry for entry in entries_for(session) if not entry.session_id
        ]
    dialog.done(0)


def test_search_narrows_the_tally_by_name_or_pinyin(qtbot, page) -> None:
    qtbot.keyClicks(page.view.search, "lm")
    assert [r.name for r in page.tally_model.rows()] == ["李明"]
    assert page.current_member().name == "李明"
    page.view.search.clear()
    assert page.tally_model.rowCount() == 3


def test_the_chart_has_one_bar_per_member_and_red_ones_for_those_behind(page) -> None:
    chart = page.view.chart
    assert chart.bar_count() == 0  # not drawn while its tab is hidden
    page.view.tabs.setCurrentWidget(page.view.chart_scroll)
    assert chart.bar_count() == page.tally_model.rowCount() == 3
    assert chart.names == ["王芳", "李明", "陈晨"]  # bottom up: the tally's first is on top
    assert sorted(chart.behind_bars()) == [0, 1, 2]
    assert chart.targets.count() == 3


def test_every_model_passes_the_model_tester(qtbot, qtmodeltester, page) -> None:
    select_member(qtbot, page, "王芳")
    assert page.entries_model.rowCount() == 2
    qtmodeltester.check(page.tally_model)
    qtmodeltester.check(page.entries_model)


def _record_session(gui, ids: dict[str, int], names: tuple[str, ...], hours: str) -> int:
    with gui.database.unit_of_work("test") as session:
        branch_id = session.get_one(Member, ids["王芳"]).branch_id
        return record_session(
            session,
            SessionDraft(
                branch_id,
                gui.today.replace(month=4, day=15),
                "党课：党的二十届四中全会精神",
                StudyForm.LECTURE,
                Decimal(hours),
                [ids[name] for name in names],
            ),
            today=gui.today,
        )


def test_a_session_is_listed_corrected_and_deleted_whole(
    qtbot, gui, people, page, monkeypatch
) -> None:
    _record_session(gui, people, ("王芳", "陈晨", "李明"), "2")
    page.context.data_changed()
    wait_loaded(qtbot, page)
    page.view.tabs.setCurrentWidget(page.view.sessions_tab)
    model = page.sessions_model
    assert model.rowCount() == 1
    assert [model.text(0, c) for c in (1, 3, 4)] == ["党课：党的二十届四中全会精神", "2", "3"]
    assert tally(page)["李明"] == ("2", "30")

    # Corrected: 李明 was not there after all, and it lasted 3 class hours
    def correct(dialog: SessionDialog) -> None:
        assert dialog.view.shared.topic.text() == "党课：党的二十届四中全会精神"
        ticked = {
            item.text()
            for item in dialog.attendee_items()
            if item.checkState() == Qt.CheckState.Checked
        }
        assert ticked == {"王芳", "陈晨", "李明"}
        dialog.set_attending({"王芳", "陈晨"})
        dialog.view.shared.hours.setValue(3)
        qtbot.mouseClick(dialog.view.save_button, Qt.MouseButton.LeftButton)

    page.view.sessions.selectRow(0)
    handled = gui.when_modal(SessionDialog, correct)
    qtbot.mouseClick(page.view.edit_session_button, Qt.MouseButton.LeftButton)
    assert handled
    wait_loaded(qtbot, page)
    assert [model.text(0, c) for c in (3, 4)] == ["3", "2"]
    assert tally(page)["李明"] == ("0", "32")
    assert tally(page)["陈晨"] == ("3", "29")

    # Deleted, after a question: every entry it made goes with it
    monkeypatch.setattr(StudyPage, "confirm_delete_session", classmethod(lambda *_: True))
    page.view.sessions.selectRow(0)
    qtbot.mouseClick(page.view.delete_session_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, page)
    assert model.rowCount() == 0
    assert page.view.sessions_stack.currentWidget() is page.view.no_sessions
    assert tally(page)["陈晨"] == ("0", "32")


def test_a_session_of_last_year_offers_last_year_s_members(qtbot, gui, people, page) -> None:
    with gui.database.unit_of_work("test") as session:
        session.add(  # 陈晨 was admitted this year: not a member last year
            PipelineStep(member_id=people["陈晨"], step_no=15, done_on=gui.today.replace(month=1))
        )
    dialog = SessionDialog(page.context, page)
    qtbot.addWidget(dialog)
    names = lambda: [item.text() for item in dialog.attendee_items()]  # noqa: E731
    assert "陈晨" in names()
    dialog.set_attending({"王芳"})
    dialog.view.shared.day.set_value(gui.today.replace(year=gui.today.year - 1))
    assert "陈晨" not in names()
    assert [
        i.text() for i in dialog.attendee_items() if i.checkState() == Qt.CheckState.Checked
    ] == ["王芳"]
    dialog.done(0)


def test_the_sessions_model_passes_the_model_tester(
    qtbot, qtmodeltester, gui, people, page
) -> None:
    _record_session(gui, people, ("王芳",), "1.5")
    page.context.data_changed()
    wait_loaded(qtbot, page)
    qtmodeltester.check(page.sessions_model)


def test_everyones_entries_are_searched_sorted_and_read_as_the_list_scrolls(
    qtbot, qtmodeltester, gui, people, page, monkeypatch
) -> None:
    from branchdesk.ui.study import all_entries
    from branchdesk.ui.study.all_entries import AllEntriesColumn

    # Given 25 more entries for 李明 and 陈晨, and a page of 10 rows (so paging shows)
    monkeypatch.setattr(all_entries, "PAGE_ROWS", 10)
    with gui.database.unit_of_work("test") as session:
        for day in range(1, 26):
            name = "李明" if day % 2 else "陈晨"
            draft = EntryDraft(
                people[name],
                gui.today.replace(month=4, day=day),
                f"理论学习第{day}讲",
                StudyForm.SELF_STUDY,
                Decimal(1 + day % 3),
            )
            record_entry(session, draft, today=gui.today)
    page.context.data_changed()
    wait_loaded(qtbot, page)
    model, view = page.all_model, page.view
    assert model.rowCount() == 0  # not read until its tab shows

    # When the clerk opens the tab: the count, and the first page by date
    view.tabs.setCurrentWidget(view.everyone_tab)
    assert model.total() == 27
    assert model.rowCount() == 10
    assert "27" in view.all_count.text()
    assert model.text(0, AllEntriesColumn.NAME) == "王芳"  # March comes first

    # The view reads further pages as the end of the list comes into view, until all are in
    view.all_entries.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 10)
    while model.canFetchMore():
        view.all_entries.scrollToBottom()
        qtbot.waitUntil(lambda: model.rowCount() in (20, 27))
        qtbot.wait(10)
    assert model.rowCount() == 27
    assert len({model.row(row).id for row in range(27)}) == 27

    # Searching by pinyin initials, then sorting by class hours, most first (header click)
    qtbot.keyClicks(view.all_search, "lm")
    assert model.total() == 13
    assert {model.text(row, AllEntriesColumn.NAME) for row in range(model.rowCount())} == {"李明"}
    view.all_entries.sortByColumn(AllEntriesColumn.HOURS, Qt.SortOrder.DescendingOrder)
    hours = [model.text(row, AllEntriesColumn.HOURS) for row in range(model.rowCount())]
    assert hours[0] == "3" and hours == sorted(hours, reverse=True)

    # A search that finds nothing says so
    view.all_search.setText("没有这个")
    assert model.total() == 0
    assert view.all_stack.currentWidget() is view.no_all_entries
    assert "没有这个" in view.no_all_entries.text()

    # Double-clicking an entry opens it; a correction shows at once
    view.all_search.setText("第5讲")
    assert model.total() == 1
    seen: list[str] = []

    def correct(dialog: EntryDialog) -> None:
        seen.append(dialog.view.shared.topic.text())
        dialog.view.shared.hours.setValue(4)
        dialog.save()

    handled = gui.when_modal(EntryDialog, correct)
    page.edit_listed_entry(0)
    assert handled and seen == ["理论学习第5讲"]
    wait_loaded(qtbot, page)
    assert model.text(0, AllEntriesColumn.HOURS) == "4"

    # The model passes Qt's tester with pages still to fetch (the tester fetches them). A
    # model of its own: the tester re-runs its checks, fetchMore included, inside each
    # later modelReset and would then take the pages it reads for a change within the reset.
    checked = all_entries.AllEntriesModel(gui.database, page.context.language, gui.today.year)
    checked.refresh(text="")
    assert checked.rowCount() == 10 and checked.canFetchMore()
    qtmodeltester.check(checked)
