"""Global search (Ctrl+K): type, see the groups, Enter opens the record; Esc closes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from branchdesk.core.enums import MeetingKind, ProblemSource, RectifyKind, Stage
from branchdesk.core.models import Meeting, Member, Problem, ServiceRequest, VolunteerActivity
from branchdesk.core.services.search import SearchKind, SearchResults, search_records
from branchdesk.ui.ledger.problem_editor import ProblemEditor
from branchdesk.ui.meetings.editor import MeetingEditor
from branchdesk.ui.members.editor import MemberEditorDialog
from branchdesk.ui.search import opening
from branchdesk.ui.search.dialog import SearchDialog
from branchdesk.ui.search.model import DetailRole, SearchResultsModel, kind_title


@pytest.fixture
def archive(gui) -> dict[str, int]:
    """Three people, a meeting, a problem, an activity and a service request; name → id."""
    ids = gui.add_people(("张三", Stage.FULL), ("张思思", Stage.ACTIVIST), ("李四", Stage.FULL))
    with gui.database.unit_of_work("test") as session:
        branch_id = session.get(Member, ids["张三"]).branch_id
        meeting = Meeting(
            branch_id=branch_id,
            kind=MeetingKind.BRANCH_ASSEMBLY,
            year=2026,
            sequence_no=3,
            title="学习党的二十大精神",
            starts_at=dt.datetime(2026, 3, 10, 14, 0),
        )
        problem = Problem(
            branch_id=branch_id,
            year=2026,
            sequence_no=7,
            source=ProblemSource.SELF,
            found_on=dt.date(2026, 3, 1),
            description="三会一课记录不规范",
            rectify_kind=RectifyKind.DEADLINE,
            deadline=dt.date(2026, 6, 30),
        )
        activity = VolunteerActivity(
            branch_id=branch_id, held_on=dt.date(2026, 4, 2), title="等级考试辅导", category="辅导"
        )
        request = ServiceRequest(
            branch_id=branch_id,
            number="FW-2026-012",
            requester="王老师",
            category="辅导",
            content="为新生讲解英语四级",
            asked_on=dt.date(2026, 4, 1),
        )
        session.add_all([meeting, problem, activity, request])
        session.flush()
        ids.update(meeting=meeting.id, problem=problem.id, activity=activity.id, request=request.id)
    return ids


def search_and_open(qtbot, gui, window, text: str, seen: list[list[str]]) -> list[SearchDialog]:
    """Press Ctrl+K, type ``text``, note the group headings, press Enter."""

    def act(dialog: SearchDialog) -> None:
        qtbot.keyClicks(dialog.view.search, text)
        qtbot.waitUntil(lambda: not dialog.is_searching() and dialog.model.rowCount() > 0)
        seen.append(dialog.model.headings())
        qtbot.keyClick(dialog.view.search, Qt.Key.Key_Return)

    handled = gui.when_modal(SearchDialog, act)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    return handled


def test_pinyin_initials_and_enter_open_the_members_file(qtbot, gui, archive, window):
    # Given 张三 and 张思思 on file
    # When the clerk presses Ctrl+K, types "zs", sees the people and presses Enter
    opened: list[int | None] = []
    gui.when_modal(MemberEditorDialog, lambda editor: opened.append(editor.member_id))
    seen: list[list[str]] = []
    handled = search_and_open(qtbot, gui, window, "zs", seen)
    # Then the search showed one group of people, and Enter opened 张三's file (the exact match)
    assert handled and seen == [[kind_title(SearchKind.MEMBER)]]
    assert opened == [archive["张三"]]


def test_down_chooses_the_next_hit_before_enter(qtbot, gui, archive, window):
    opened: list[int | None] = []
    gui.when_modal(MemberEditorDialog, lambda editor: opened.append(editor.member_id))

    def act(dialog: SearchDialog) -> None:
        qtbot.keyClicks(dialog.view.search, "zs")
        qtbot.waitUntil(lambda: not dialog.is_searching() and dialog.current_hit() is not None)
        qtbot.keyClick(dialog.view.search, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.view.search, Qt.Key.Key_Down)  # stays on the last hit
        qtbot.keyClick(dialog.view.search, Qt.Key.Key_Return)

    gui.when_modal(SearchDialog, act)
    window.open_search()
    assert opened == [archive["张思思"]]


def test_a_meetings_number_opens_its_minutes(qtbot, gui, archive, window):
    opened: list[int | None] = []
    gui.when_modal(MeetingEditor, lambda editor: opened.append(editor.meeting_id))
    seen: list[list[str]] = []
    search_and_open(qtbot, gui, window, "3", seen)  # 第3次; no person's number holds a 3
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert seen == [[kind_title(SearchKind.MEETING)]]
    assert opened == [archive["meeting"]]


def test_a_problems_text_opens_its_editor(qtbot, gui, archive, window):
    opened: list[int | None] = []
    gui.when_modal(ProblemEditor, lambda editor: opened.append(editor.problem_id))

    def act(dialog: SearchDialog) -> None:
        dialog.view.search.setText("记录不规范")  # keyClicks types ASCII only
        # Enter before the pause after typing is over: the first hit of this text opens
        qtbot.keyClick(dialog.view.search, Qt.Key.Key_Return)
        assert dialog.isVisible()
        qtbot.waitUntil(lambda: not dialog.isVisible())

    gui.when_modal(SearchDialog, act)
    window.open_search()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert opened == [archive["problem"]]


def test_escape_closes_without_opening_anything(qtbot, gui, archive, window):
    def act(dialog: SearchDialog) -> None:
        qtbot.keyClicks(dialog.view.search, "zs")
        qtbot.keyClick(dialog.view.search, Qt.Key.Key_Escape)

    handled = gui.when_modal(SearchDialog, act)
    assert SearchDialog.ask(window.context, window) is None
    assert handled


def test_nothing_found_says_so(qtbot, gui, archive, window):
    dialog = SearchDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.searched):
        dialog.view.search.setText("没有这个记录")
    assert dialog.view.pages.currentWidget() is dialog.view.hint
    assert "没有这个记录" in dialog.view.hint.text()
    assert dialog.current_hit() is None


def test_volunteer_hits_go_to_the_volunteer_page_or_say_it_is_missing(qtbot, gui, archive, window):
    with gui.database.reading() as session:
        results = search_records(session, "辅导")
    activity = results.group(SearchKind.ACTIVITY).hits[0]
    request = results.group(SearchKind.REQUEST).hits[0]

    class Window:
        def __init__(self, pages: set[str]) -> None:
            self.pages = pages
            self.shown: list[tuple[str, str]] = []

        def has_page(self, key: str) -> bool:
            return key in self.pages

        def show_subject(self, key: str, subject: str) -> bool:
            self.shown.append((key, subject))
            return True

    with_page = Window({"volunteer"})
    assert opening.open_hit(window.context, activity, with_page, window)
    assert opening.open_hit(window.context, request, with_page, window)
    assert with_page.shown == [
        ("volunteer", f"volunteer_activity:{archive['activity']}"),
        ("volunteer", f"service_request:{archive['request']}"),
    ]
    statuses: list[str] = []
    window.context.signals.status_message.connect(statuses.append)
    assert not opening.open_hit(window.context, request, Window(set()), window)
    assert len(statuses) == 1


def test_the_results_model(qtmodeltester, gui, archive):
    with gui.database.reading() as session:
        results = search_records(session, "辅导")
    model = SearchResultsModel("zh_CN")
    model.set_results(results)
    qtmodeltester.check(model)
    assert model.headings() == [
        kind_title(SearchKind.ACTIVITY),
        kind_title(SearchKind.REQUEST),
    ]
    assert model.is_heading(0) and not model.is_heading(1)
    assert model.first_hit_row() == 1
    assert model.next_hit_row(1, 1) == 3  # past the requests' heading
    assert "FW-2026-012" in model.index(3, 0).data(DetailRole)
    model.set_results(SearchResults(""))
    assert model.rowCount() == 0 and model.first_hit_row() == -1


def test_an_activity_found_opens_the_volunteer_page(qtbot, gui, archive, window):
    if not window.has_page(opening.VOLUNTEER_PAGE):
        pytest.skip("no volunteer page registered")
    with gui.database.reading() as session:
        hit = search_records(session, "等级考试").group(SearchKind.ACTIVITY).hits[0]
    assert opening.open_hit(window.context, hit, window, window)
    assert window.current_key == opening.VOLUNTEER_PAGE
