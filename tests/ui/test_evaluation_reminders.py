"""工作台: the democratic evaluation reminders open the 民主评议 page at their branch and year."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from sqlalchemy import select

from branchdesk.core.enums import Stage
from branchdesk.core.models import Branch
from branchdesk.core.services.evaluations import RoundDraft, open_round
from branchdesk.core.services.reminders import collect_reminders
from branchdesk.ui.evaluation.page import EvaluationPage
from branchdesk.ui.pages.reminder_model import Column, ReminderRole

YEAR = 2026


def wait(qtbot, page: EvaluationPage) -> None:
    qtbot.waitUntil(lambda: page.data is not None and not page.is_loading(), timeout=5000)


def test_the_dashboard_reminders_open_the_page_at_their_round(qtbot, gui, make_window) -> None:
    # Given a branch of three members, the local rule reminding from May, no round of 2026
    # and last year's round unfinished
    gui.add_people(("王芳", Stage.FULL), ("赵磊", Stage.FULL), ("陈晨", Stage.PROBATIONARY))
    rules = gui.stored_settings().rules
    gui.store_settings(rules=replace(rules, evaluation_reminder_month=5))
    with gui.database.unit_of_work("test") as session:
        last_year = open_round(
            session, RoundDraft(session.scalars(select(Branch.id)).one(), YEAR - 1), today=gui.today
        )
    with gui.database.reading() as session:
        kinds = [
            r.subject for r in collect_reminders(session, gui.today) if "evaluation" in r.subject
        ]
    assert len(kinds) == 2
    window = make_window()
    dashboard = gui.wait_for_dashboard(window)
    table = dashboard.view.table

    def activate(kind: str) -> None:
        model = dashboard.model
        row = next(
            r
            for r in range(model.rowCount())
            if model.index(r, 0).data(ReminderRole).subject.endswith(kind)
        )
        table.scrollTo(model.index(row, Column.MESSAGE))
        spot = table.visualRect(model.index(row, Column.MESSAGE)).center()
        # A double-click is a click followed by a second press (the view checks the same row)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)

    # When the clerk activates "has not opened the evaluation of 2026"
    window.show_page("dashboard")
    activate(":no_round")
    page = window.page("evaluation")
    assert isinstance(page, EvaluationPage)
    assert window.current_key == "evaluation"
    wait(qtbot, page)
    # Then the page shows the branch's 2026, ready to open
    assert page.year() == YEAR
    assert page.view.pages.currentWidget() is page.view.empty

    # And the unfinished 2025 round opens with only the incomplete members shown
    window.show_page("dashboard")
    activate(":incomplete")
    wait(qtbot, page)
    assert window.current_key == "evaluation"
    assert page.year() == YEAR - 1
    assert page.current_round() is not None and page.current_round().id == last_year
    assert page.view.only_incomplete.isChecked()
