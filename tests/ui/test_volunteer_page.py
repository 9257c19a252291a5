"""The 志愿服务 page: an activity with each participant's hours, a 25-hour day refused at its
row with nothing saved, a service request completed into the totals and the chart, the
certificate's stable number, teams edited, overdue requests in red and their 工作台 reminder."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from branchdesk.core.enums import RequestStatus, Stage, VolunteerRole
from branchdesk.core.models import (
    Branch,
    ServiceRequest,
    VolunteerActivity,
    VolunteerCertificate,
    VolunteerHours,
    VolunteerMembership,
    VolunteerTeam,
)
from branchdesk.core.services.volunteer import ActivityDraft, HoursLine, record_activity
from branchdesk.core.services.volunteer_requests import RequestDraft, record_request
from branchdesk.core.services.volunteer_units import UnitDraft, UnitKind, record_unit
from branchdesk.ui.pages.reminder_model import ReminderRole
from branchdesk.ui.volunteer.activity_dialog import ActivityDialog
from branchdesk.ui.volunteer.complete_dialog import CompleteDialog
from branchdesk.ui.volunteer.models import OVERDUE_COLOR, RequestColumn, TotalColumn
from branchdesk.ui.volunteer.page import (
    ACTIVITIES_TAB,
    REQUESTS_TAB,
    STATISTICS_TAB,
    VolunteerPage,
)
from branchdesk.ui.volunteer.request_dialog import RequestDialog
from branchdesk.ui.volunteer.request_steps import CancelDialog, DispatchDialog
from branchdesk.ui.volunteer.requests_tab import RequestsTab
from branchdesk.ui.volunteer.unit_dialog import UnitDialog

PEOPLE = (
    ("王芳", Stage.FULL),
    ("赵磊", Stage.FULL),
    ("陈晨", Stage.PROBATIONARY),
    ("孙悦", Stage.ACTIVIST),
    ("李娜", Stage.APPLICANT),  # not yet an activist: does not serve
)


@pytest.fixture
def people(gui) -> dict[str, int]:
    return gui.add_people(*PEOPLE)


def branch_id(gui) -> int:
    with gui.database.reading() as session:
        return session.scalars(select(Branch.id)).one()


def open_page(qtbot, window, tab: int = ACTIVITIES_TAB) -> VolunteerPage:
    assert window.show_page("volunteer")
    page = window.page("volunteer")
    assert isinstance(page, VolunteerPage)
    page.view.tabs.setCurrentIndex(tab)
    wait(qtbot, page)
    return page


def wait(qtbot, page: VolunteerPage) -> None:
    qtbot.waitUntil(lambda: page.data is not None and not page.is_loading(), timeout=5000)


def store_activity(gui, day: dt.date, *lines: tuple[int, int, int], title: str = "宿舍走访") -> int:
    """An activity recorded as an earlier session would have: (member, hours, minutes)."""
    draft = ActivityDraft(
        branch_id(gui), day, title, "生活帮扶", [HoursLine(m, h, n) for m, h, n in lines]
    )
    with gui.database.unit_of_work("test") as session:
        return record_activity(session, draft, today=gui.today)


def store_request(gui, people, *, promised: dt.date, assignees=("王芳", "赵磊")) -> int:
    """A request dispatched to ``assignees`` with a promise."""
    draft = RequestDraft(
        branch_id(gui),
        "张同学（2025级学前教育1班）",
        "心理疏导",
        "最近压力比较大，想找人聊一聊",
        dt.date(2026, 4, 20),
        contact="13800000000",
        dispatched_on=dt.date(2026, 4, 21),
        promised_on=promised,
        assignee_ids=[people[name] for name in assignees],
    )
    with gui.database.unit_of_work("test") as session:
        return record_request(session, draft, today=gui.today)


def hours_of(gui) -> dict[tuple[str, int], int]:
    """(activity title, member id) → minutes, as stored."""
    with gui.database.reading() as session:
        rows = session.execute(
            select(VolunteerActivity.title, VolunteerHours.member_id, VolunteerHours.minutes).join(
                VolunteerHours, VolunteerHours.activity_id == VolunteerActivity.id
            )
        )
        return {(title, member): minutes for title, member, minutes in rows}


def test_recording_an_activity_with_each_participants_hours(qtbot, gui, people, window) -> None:
    page = open_page(qtbot, window)
    assert page.view.no_activities.isVisibleTo(page) or not page.activities.model.rowCount()

    # When the clerk records an activity: 王芳 found by her pinyin initials, 孙悦 (an activist)
    # by name, each with their own time; the applicant 李娜 is not offered
    def record(dialog: ActivityDialog) -> None:
        view = dialog.view
        people_list = view.participants.people
        assert "李娜" not in [person.name for person in people_list.people()]
        people_list.search.setText("wf")
        assert people_list.visible_names() == ["王芳"]
        qtbot.keyClick(people_list.search, Qt.Key.Key_Return)  # picks the match
        dialog.add_by_name("孙悦")
        view.title.setText("新生宿舍走访")
        view.category.setCurrentText("新生成长导航")
        view.place.setText("桃李园")
        dialog.model.set_time(0, 2, 30)
        dialog.model.set_time(1, 1, 45)
        assert view.participants.total.text().count("4.25")
        assert dialog.save()

    handled = gui.when_modal(ActivityDialog, record)
    qtbot.mouseClick(page.view.new_activity, Qt.MouseButton.LeftButton)
    assert handled
    wait(qtbot, page)

    # Then the activity is stored with exactly those minutes, listed with its total and counted
    assert hours_of(gui) == {
        ("新生宿舍走访", people["王芳"]): 150,
        ("新生宿舍走访", people["孙悦"]): 105,
    }
    model = page.activities.model
    assert model.rowCount() == 1
    assert model.row(0).participants == 2 and model.text(0, 6) == "4.25"
    assert page.view.cards["hours"].number.text() == "4.25"
    assert page.view.cards["people"].number.text() == "2"
    assert page.activities.current_id() == model.row(0).id  # the new activity is selected

    # And editing it shows what was stored
    def check(dialog: ActivityDialog) -> None:
        assert [(row.name, row.hours, row.minutes) for row in dialog.model.rows()] == [
            ("孙悦", 1, 45),
            ("王芳", 2, 30),
        ]
        assert not dialog.has_unsaved_changes()

    handled = gui.when_modal(ActivityDialog, check)
    qtbot.mouseClick(page.view.edit_activity, Qt.MouseButton.LeftButton)
    assert handled


def test_a_25_hour_day_is_refused_at_the_persons_row_and_nothing_is_saved(
    qtbot, gui, people, window
) -> None:
    # Given 王芳 already served 24 hours on 3 May in two activities
    day = dt.date(2026, 5, 3)
    store_activity(gui, day, (people["王芳"], 12, 0), title="五四青年节志愿服务")
    store_activity(gui, day, (people["王芳"], 12, 0), title="运动会志愿服务")
    page = open_page(qtbot, window)
    shown: list[str] = []

    # When the clerk records one more hour for her that day, beside 赵磊
    def record(dialog: ActivityDialog) -> None:
        view = dialog.view
        view.day.set_value(day)
        view.title.setText("图书馆整理")
        view.category.setCurrentText("生活帮扶")
        dialog.add_by_name("赵磊")
        dialog.add_by_name("王芳")
        dialog.model.set_time(1, 1, 0)
        assert not dialog.save()
        # Then it is refused at her row, naming her and the day; what was typed stays
        shown.append(dialog.error_message())
        assert dialog.model.error_row == 1
        selected = view.participants.table.selectionModel().selectedRows()
        assert [index.row() for index in selected] == [1]
        assert not view.form.errors["hours"].isHidden()
        assert view.title.text() == "图书馆整理"
        assert dialog.isVisible()
        # and changing her time clears the mark
        dialog.model.set_time(1, 0, 30)
        assert dialog.model.error_row is None

    handled = gui.when_modal(ActivityDialog, record)
    qtbot.mouseClick(page.view.new_activity, Qt.MouseButton.LeftButton)
    assert handled
    assert "王芳" in shown[0] and "2026年5月3日" in shown[0] and "24" in shown[0]

    # And nothing of it was stored
    with gui.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(VolunteerActivity)) == 2
        assert session.scalar(select(func.count()).select_from(VolunteerHours)) == 2


def test_completing_a_request_puts_the_hours_in_the_totals_and_the_chart(
    qtbot, gui, people, window
) -> None:
    # Given a request dispatched to 王芳 and 赵磊, and 陈晨's earlier activity
    request_id = store_request(gui, people, promised=dt.date(2026, 5, 20))
    store_activity(gui, dt.date(2026, 3, 1), (people["陈晨"], 1, 0))
    page = open_page(qtbot, window, REQUESTS_TAB)
    assert page.requests.select(request_id)
    assert page.view.complete_request.isEnabled()

    # When the clerk completes it: 王芳 served 3 h 30 min, 赵磊 did not come (0), rated 5
    def complete(dialog: CompleteDialog) -> None:
        assert [row.name for row in dialog.model.rows()] == ["王芳", "赵磊"]
        dialog.model.set_time(0, 3, 30)
        dialog.model.set_time(1, 0, 0)
        dialog.rating.setCurrentIndex(dialog.rating.findData(5))
        dialog.notes.setPlainText("谈心两次，情绪好转")
        assert dialog.save()

    handled = gui.when_modal(CompleteDialog, complete)
    qtbot.mouseClick(page.view.complete_request, Qt.MouseButton.LeftButton)
    assert handled
    wait(qtbot, page)

    # Then the request is completed with its activity, and only 王芳's hours are in the ledger
    with gui.database.reading() as session:
        stored = session.get_one(ServiceRequest, request_id)
        assert stored.status is RequestStatus.COMPLETED and stored.rating == 5
    assert hours_of(gui)[("心理疏导：接单服务（FW2026-001）", people["王芳"])] == 210
    assert not any(member == people["赵磊"] for _title, member in hours_of(gui))
    assert page.requests.current_id() == request_id
    assert page.view.complete_request.text() != page.view.dispatch_request.text()

    # And the statistics show them: her total, and her bar against the average
    page.view.tabs.setCurrentIndex(STATISTICS_TAB)
    totals = page.statistics.model
    by_name = {totals.text(n, TotalColumn.NAME): n for n in range(totals.rowCount())}
    assert totals.text(by_name["王芳"], TotalColumn.HOURS) == "3.5"
    assert totals.text(by_name["陈晨"], TotalColumn.HOURS) == "1"
    chart = page.view.average_chart.values()
    assert chart["王芳"] == 3.5 and chart["陈晨"] == 1.0 and chart["赵磊"] == 0.0
    assert page.view.average_chart.average == pytest.approx(4.5 / 4, abs=0.01)  # 孙悦 too
    assert sum(page.view.month_chart.values().values()) == pytest.approx(4.5)
    assert "赵磊" in page.view.average_chart.below_average()


def test_the_certificate_prints_with_a_stable_number(qtbot, gui, people, window) -> None:
    store_activity(gui, dt.date(2026, 4, 2), (people["王芳"], 2, 0), (people["赵磊"], 1, 0))
    page = open_page(qtbot, window, STATISTICS_TAB)
    assert page.statistics.select(people["王芳"])
    assert page.can_print()

    # When the clerk prints 王芳's certificate (打印 on the statistics tab), twice
    first = window.print_actions.print_current_page()
    assert first is not None
    qtbot.waitUntil(first.is_ready, timeout=10_000)
    first.close()
    gui.wait_closed(first)
    second = page.statistics.print_certificate()
    assert second is not None
    qtbot.waitUntil(second.is_ready, timeout=10_000)

    # Then both show the same number, issued once
    assert "ZYFW-2026-0001" in first.job.title and "王芳" in first.job.title
    assert second.job.title == first.job.title
    with gui.database.reading() as session:
        issued = session.scalars(select(VolunteerCertificate)).all()
    assert [(row.number, row.member_id, row.minutes) for row in issued] == [
        ("ZYFW-2026-0001", people["王芳"], 120)
    ]
    second.close()
    gui.wait_closed(second)

    # And on another tab 打印 gives the year's summary
    page.view.tabs.setCurrentIndex(ACTIVITIES_TAB)
    job = page.print_job()
    assert job is not None and "2026年度志愿服务汇总表" in job.title


def test_setting_up_a_service_team_with_its_leader(qtbot, gui, people, window) -> None:
    page = open_page(qtbot, window)
    page.view.tabs.setCurrentIndex(2)
    with gui.database.unit_of_work("test") as session:
        record_unit(session, UnitDraft(UnitKind.TEAM, branch_id(gui), "心理疏导服务队"))

    # When the clerk sets up a team with a name the branch already has, then corrects it
    def create(dialog: UnitDialog) -> None:
        view = dialog.view
        view.name.setText("心理疏导服务队")
        dialog.add_by_name("王芳", "孙悦")
        dialog.set_role("王芳", VolunteerRole.LEADER)
        assert not dialog.save()
        assert not view.form.errors["name"].isHidden()
        view.name.setText("新生成长导航服务队")
        view.description.setPlainText("为新生提供入学适应指导")
        assert dialog.save()

    handled = gui.when_modal(UnitDialog, create)
    qtbot.mouseClick(page.view.new_team, Qt.MouseButton.LeftButton)
    assert handled
    wait(qtbot, page)

    # Then the team is on file with its leader and member, listed with them
    with gui.database.reading() as session:
        team = session.scalars(
            select(VolunteerTeam).where(VolunteerTeam.name == "新生成长导航服务队")
        ).one()
        roles = dict(
            session.execute(
                select(VolunteerMembership.member_id, VolunteerMembership.role).where(
                    VolunteerMembership.team_id == team.id
                )
            ).all()
        )
    assert roles == {people["王芳"]: VolunteerRole.LEADER, people["孙悦"]: VolunteerRole.MEMBER}
    row = page.units.current()
    assert row is not None and row.id == team.id and row.leaders == ("王芳",) and row.people == 2

    # And setting it out of service keeps it listed, greyed, out of the activity choices
    def retire(dialog: UnitDialog) -> None:
        assert [person.name for person in dialog.model.rows()] == ["王芳", "孙悦"]
        dialog.view.active.setChecked(False)
        assert dialog.save()

    handled = gui.when_modal(UnitDialog, retire)
    qtbot.mouseClick(page.view.edit_unit, Qt.MouseButton.LeftButton)
    assert handled
    wait(qtbot, page)
    assert page.units.current() is not None and not page.units.current().active

    def offered(dialog: ActivityDialog) -> None:
        teams = [dialog.view.team.itemText(n) for n in range(dialog.view.team.count())]
        assert "新生成长导航服务队" not in teams and "心理疏导服务队" in teams

    page.view.tabs.setCurrentIndex(ACTIVITIES_TAB)
    handled = gui.when_modal(ActivityDialog, offered)
    qtbot.mouseClick(page.view.new_activity, Qt.MouseButton.LeftButton)
    assert handled


def test_a_request_from_registration_to_cancelled_and_reopened(
    qtbot, gui, people, window, monkeypatch
) -> None:
    page = open_page(qtbot, window, REQUESTS_TAB)

    # When the clerk registers a request (the number is the year's first)
    def register(dialog: RequestDialog) -> None:
        assert dialog.number.text() == "FW2026-001"
        dialog.requester.setText("李同学")
        dialog.category.setCurrentText("等级考试辅导")
        dialog.content.setPlainText("四级听力辅导")
        assert dialog.save()

    handled = gui.when_modal(RequestDialog, register)
    qtbot.mouseClick(page.view.new_request, Qt.MouseButton.LeftButton)
    assert handled
    wait(qtbot, page)
    row = page.requests.current()
    assert row is not None and row.number == "FW2026-001" and row.status is RequestStatus.OPEN

    # And dispatches it: nobody ticked is refused at the field, then 王芳 and 孙悦
    def dispatch(dialog: DispatchDialog) -> None:
        assert not dialog.save()
        assert not dialog.form.errors["assignee_ids"].isHidden()
        dialog.assignees.set_checked_names({"王芳", "孙悦"})
        assert dialog.save()

    handled = gui.when_modal(DispatchDialog, dispatch)
    qtbot.mouseClick(page.view.dispatch_request, Qt.MouseButton.LeftButton)
    assert handled
    wait(qtbot, page)
    row = page.requests.current()
    assert row.status is RequestStatus.DISPATCHED and set(row.assignees) == {"王芳", "孙悦"}
    assert row.promised_on == gui.today + dt.timedelta(days=7)

    # And cancels it: a reason is required
    def cancel(dialog: CancelDialog) -> None:
        assert not dialog.save()
        assert not dialog.form.errors["notes"].isHidden()
        dialog.reason.setPlainText("同学已自行解决")
        assert dialog.save()

    handled = gui.when_modal(CancelDialog, cancel)
    qtbot.mouseClick(page.view.cancel_request, Qt.MouseButton.LeftButton)
    assert handled
    wait(qtbot, page)
    assert page.requests.current().status is RequestStatus.CANCELLED
    assert page.view.reopen_request.isEnabled() and not page.view.dispatch_request.isEnabled()

    # Then reopening (after the question) makes it dispatched again
    monkeypatch.setattr(RequestsTab, "confirm", classmethod(lambda *_args: True))
    qtbot.mouseClick(page.view.reopen_request, Qt.MouseButton.LeftButton)
    wait(qtbot, page)
    assert page.requests.current().status is RequestStatus.DISPATCHED


def test_an_overdue_request_is_red_and_its_reminder_opens_it(
    qtbot, gui, people, make_window
) -> None:
    # Given a request promised for 10 May and not completed (today is 12 May)
    late = store_request(gui, people, promised=dt.date(2026, 5, 10))
    window = make_window()
    dashboard = gui.wait_for_dashboard(window)
    model = dashboard.model
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(ReminderRole).subject == f"service_request:{late}"
    )

    # When the clerk activates its reminder on the 工作台
    dashboard.view.table.activated.emit(model.index(row, 0))

    # Then the page opens on the requests, the request selected and shown in red
    assert window.current_key == "volunteer"
    page = window.page("volunteer")
    assert isinstance(page, VolunteerPage)
    wait(qtbot, page)
    assert page.view.tabs.currentIndex() == REQUESTS_TAB
    assert page.requests.current_id() == late
    requests = page.requests.model
    number = requests.row_of(late)
    index = requests.index(number, RequestColumn.STATUS)
    assert index.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOR
    assert requests.row(number).is_overdue
    assert page.view.cards["requests"].detail.text()  # "1 overdue"

    # And the overdue filter lists it
    status = page.view.request_status
    status.setCurrentIndex(status.count() - 1)
    wait(qtbot, page)
    assert [r.id for r in requests.rows()] == [late]


def test_every_model_passes_the_model_tester(qtbot, qtmodeltester, gui, people, window) -> None:
    store_request(gui, people, promised=dt.date(2026, 5, 10))
    store_activity(gui, dt.date(2026, 4, 2), (people["王芳"], 2, 0), (people["赵磊"], 1, 0))
    with gui.database.unit_of_work("test") as session:
        record_unit(session, UnitDraft(UnitKind.STATION, branch_id(gui), "孔繁森宿舍党员服务站"))
    page = open_page(qtbot, window)
    for tab in (page.activities, page.statistics, page.units, page.requests):
        assert tab.model.rowCount()
        qtmodeltester.check(tab.model)
        qtmodeltester.check(tab.sorted)

    def editable(dialog: ActivityDialog) -> None:
        qtmodeltester.check(dialog.model)

    handled = gui.when_modal(ActivityDialog, editable)
    page.activities.select(page.activities.model.row(0).id)
    qtbot.mouseClick(page.view.edit_activity, Qt.MouseButton.LeftButton)
    assert handled

    def people_model(dialog: UnitDialog) -> None:
        dialog.add_by_name("王芳")
        qtmodeltester.check(dialog.model)

    page.view.tabs.setCurrentIndex(2)
    page.units.table.selectRow(0)
    handled = gui.when_modal(UnitDialog, people_model)
    qtbot.mouseClick(page.view.edit_unit, Qt.MouseButton.LeftButton)
    assert handled


def test_global_search_opens_an_activity_of_another_year(qtbot, gui, people, window) -> None:
    # Given an activity of last year (the page shows this year)
    earlier = store_activity(gui, dt.date(2025, 10, 8), (people["王芳"], 2, 0), title="重阳敬老")
    page = open_page(qtbot, window, REQUESTS_TAB)

    # When global search opens it
    assert window.show_subject("volunteer", f"volunteer_activity:{earlier}")
    wait(qtbot, page)

    # Then the page shows last year's activities with it selected
    assert page.view.tabs.currentIndex() == ACTIVITIES_TAB
    assert page.year() == 2025
    assert page.activities.current_id() == earlier
