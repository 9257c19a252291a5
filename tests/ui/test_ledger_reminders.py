"""工作台 reminders of the ledger open it: an overdue problem in its editor, a missing
routine inspection as a new inspection of the branch."""

from __future__ import annotations

import datetime as dt

from branchdesk.core.enums import InspectionKind, ProblemSource, RectifyKind, Stage
from branchdesk.core.models import Member
from branchdesk.core.services.problems import ProblemDraft, raise_problem
from branchdesk.ui.ledger.inspection_dialog import InspectionDialog
from branchdesk.ui.ledger.page import INSPECTIONS_TAB, LedgerPage
from branchdesk.ui.ledger.problem_editor import ProblemEditor
from branchdesk.ui.pages.reminder_model import ReminderRole


def test_the_dashboard_reminders_open_the_problem_and_the_missing_inspection(
    qtbot, gui, make_window
) -> None:
    # Given an overdue problem and no routine inspection on file
    ids = gui.add_people(("王芳", Stage.FULL), ("赵磊", Stage.FULL))
    with gui.database.unit_of_work("test") as session:
        branch = session.get_one(Member, ids["王芳"]).branch_id
        draft = ProblemDraft(
            ProblemSource.SELF,
            dt.date(2026, 3, 2),
            "支部学习笔记记录不全",
            RectifyKind.DEADLINE,
            deadline=dt.date(2026, 5, 1),
        )
        problem_id = raise_problem(session, branch, draft, today=gui.today)
    window = make_window()
    dashboard = gui.wait_for_dashboard(window)
    model = dashboard.model

    def activate(subject: str) -> None:
        row = next(
            r
            for r in range(model.rowCount())
            if model.index(r, 0).data(ReminderRole).subject == subject
        )
        dashboard.view.table.activated.emit(model.index(row, 0))

    # When the clerk activates the overdue problem, its editor opens on the ledger page
    opened: list[int | None] = []
    handled = gui.when_modal(ProblemEditor, lambda editor: opened.append(editor.problem_id))
    activate(f"problem:{problem_id}")
    qtbot.waitUntil(lambda: bool(handled), timeout=5000)
    assert opened == [problem_id]
    assert window.current_key == "ledger"
    page = window.page("ledger")
    assert isinstance(page, LedgerPage)
    assert page.current_problem_id() == problem_id

    # And the routine inspection reminder opens a new routine inspection of the branch
    window.show_page("dashboard")
    asked: list[tuple[str, object]] = []
    handled = gui.when_modal(
        InspectionDialog,
        lambda dialog: asked.append((dialog.view.kind.currentData(), dialog.view.day.value())),
    )
    activate(f"branch:{branch}:inspection:routine")
    qtbot.waitUntil(lambda: bool(handled), timeout=5000)
    assert asked == [(InspectionKind.ROUTINE.value, gui.today)]
    assert page.view.tabs.currentIndex() == INSPECTIONS_TAB
