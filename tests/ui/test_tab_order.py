"""Tab walks every dialog in reading order: each editable field once, top to bottom and left
to right, a tab page's fields before what follows it, Save (or OK) then Cancel last; the first
field has the focus when a dialog opens. Icon-only buttons and toolbar actions of every dialog
and page have a tooltip, and a tooltip names only keys that work."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)
from sqlalchemy import select

from branchdesk.core.db import Database
from branchdesk.core.demo import DemoOptions, generate_demo
from branchdesk.core.enums import MeetingKind, RequestStatus, Stage
from branchdesk.core.models import (
    Branch,
    Inspection,
    Meeting,
    Member,
    Problem,
    ServiceRequest,
    StudyEntry,
    StudySession,
    VolunteerActivity,
    VolunteerTeam,
)
from branchdesk.core.schema import open_database
from branchdesk.paths import DataDir
from branchdesk.ui.context import AppContext
from branchdesk.ui.navigation import PAGES

TODAY = dt.date(2026, 5, 12)
ROW_TOLERANCE = 4  # px: widgets of one row may sit this much higher or lower
MAX_STOPS = 200


# the archive ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo archive (every kind of record), made once for the module."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "branchdesk.sqlite3"
    open_database(path, safety_dir=folder / "safety").close()
    database = Database(path)
    generate_demo(database, DemoOptions(members=20, years=1, seed=2, today=TODAY))
    database.close()
    return path


@pytest.fixture
def data_dir(tmp_path: Path, demo_archive: Path) -> DataDir:
    """Each test gets its own copy of the demo archive (a dialog may write)."""
    folder = DataDir(tmp_path / "data").ensure()
    shutil.copyfile(demo_archive, folder.database)
    return folder


@pytest.fixture
def context(gui, install_language) -> AppContext:
    install_language("zh_CN")
    return AppContext(
        database=gui.database, data_dir=gui.data_dir, clerk_name="李文静", today=lambda: TODAY
    )


def first_id(context: AppContext, column, *where) -> int:
    with context.database.reading() as session:
        found = session.scalars(select(column).where(*where).order_by(column)).first()
    assert found is not None, f"the demo archive has no {column}"
    return found


# walking the focus chain ---------------------------------------------------------------------


@dataclass(frozen=True)
class Stop:
    widget: QWidget
    rect: QRect  # in the dialog's coordinates

    @property
    def name(self) -> str:
        text = ""
        if isinstance(self.widget, QAbstractButton):
            text = f" {self.widget.text()!r}"
        name = self.widget.objectName() or type(self.widget).__name__
        return f"{name}{text}@({self.rect.left()},{self.rect.top()})"


def _view_of(widget: QWidget) -> QAbstractItemView | None:
    """The table or list ``widget`` is (or is an editor in)."""
    while widget is not None:
        if isinstance(widget, QAbstractItemView):
            return widget
        widget = widget.parentWidget()
    return None


def _owner(widget: QWidget) -> QWidget:
    """The stop a focused widget belongs to: its table, its combo or date edit."""
    view = _view_of(widget)
    if view is not None:
        return view
    parent = widget.parentWidget()
    while parent is not None and isinstance(parent, QComboBox | QAbstractSpinBox):
        widget, parent = parent, parent.parentWidget()
    return widget


def _takes_tab(widget: QWidget, dialog: QDialog) -> bool:
    """What Qt's Tab can land on: as QApplicationPrivate::focusNextPrevChild_helper decides."""
    return (
        widget.window() is dialog
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and widget.isVisibleTo(dialog)
        and widget.isEnabled()
    )


def _next_after(widget: QWidget, dialog: QDialog) -> QWidget:
    """Where Tab goes from ``widget`` when it does not keep Tab for itself (an item view)."""
    candidate = widget.nextInFocusChain()
    while candidate is not widget:
        if _takes_tab(candidate, dialog) and not widget.isAncestorOf(candidate):
            return candidate
        candidate = candidate.nextInFocusChain()
    return widget


def _stop(widget: QWidget, dialog: QDialog) -> Stop:
    owner = _owner(widget)
    return Stop(owner, QRect(owner.mapTo(dialog, QPoint(0, 0)), owner.size()))


def tab_cycle(dialog: QDialog) -> list[Stop]:
    """Press Tab from the focused widget until the focus comes back; the stops in order.

    A table or list is one stop (Tab moves between its cells): the walk leaves it as Tab does
    from its last cell.
    """
    start = QApplication.focusWidget()
    assert start is not None and start.window() is dialog, "nothing in the dialog has focus"
    stops = [_stop(start, dialog)]
    current = start
    for _ in range(MAX_STOPS):
        view = _view_of(current)
        if view is not None:
            _next_after(view, dialog).setFocus(Qt.FocusReason.TabFocusReason)
        else:
            QTest.keyClick(current, Qt.Key.Key_Tab)
        if isinstance(current, QDateTimeEdit):
            # Tab steps through a date's sections (year, month, day) before it leaves
            for _ in range(current.sectionCount()):
                if QApplication.focusWidget() is not current:
                    break
                QTest.keyClick(current, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None, f"Tab from {stops[-1].name} lost the focus"
        if focused is current and _candidates(dialog) == {_owner(current)}:
            return stops  # the only stop (the search popup's box)
        assert focused is not current, f"Tab stays in {stops[-1].name} (it takes Tab as text)"
        if _owner(focused) is _owner(start):
            return stops
        stops.append(_stop(focused, dialog))
        current = focused
    raise AssertionError("Tab never came back to where it started")


def _precedes(a: QRect, b: QRect) -> bool:
    """a comes before b when reading: above it, or beside it on the left."""
    above = a.bottom() <= b.top() + ROW_TOLERANCE
    below = b.bottom() <= a.top() + ROW_TOLERANCE
    return above or (not below and a.right() <= b.left() + ROW_TOLERANCE)


def _ancestors(widget: QWidget, dialog: QDialog) -> list[QWidget]:
    """``widget`` and its parents up to the dialog, innermost first."""
    chain = [widget]
    while chain[-1] is not dialog and chain[-1].parentWidget() is not None:
        chain.append(chain[-1].parentWidget())
    return chain


def _read_before(a: QWidget, b: QWidget, dialog: QDialog) -> bool:
    """Whether a is read before b: a panel (or group) is read whole before the panel beside
    it, so the widgets compared are a's and b's outermost containers that differ."""
    outer_a, outer_b = _ancestors(a, dialog), _ancestors(b, dialog)
    shared = next(widget for widget in outer_a if widget in outer_b)
    a = outer_a[outer_a.index(shared) - 1] if shared is not a else a
    b = outer_b[outer_b.index(shared) - 1] if shared is not b else b
    rect_a = QRect(a.mapTo(dialog, QPoint(0, 0)), a.size())
    rect_b = QRect(b.mapTo(dialog, QPoint(0, 0)), b.size())
    return _precedes(rect_a, rect_b)


def _is_field(widget: QWidget) -> bool:
    """A place to type or choose: not a button, the tabs or a text only shown."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and widget.isReadOnly():
        return False
    return not isinstance(widget, QTabBar | QPushButton | QToolButton)


def _candidates(dialog: QDialog) -> set[QWidget]:
    return {_owner(widget) for widget in dialog.findChildren(QWidget) if _takes_tab(widget, dialog)}


def assert_reading_order(dialog: QDialog, what: str) -> list[Stop]:
    """Tab from the focused widget visits every field once, in reading order."""
    stops = tab_cycle(dialog)
    # The cycle read from the top-left stop on.
    first = min(range(len(stops)), key=lambda i: (stops[i].rect.top(), stops[i].rect.left()))
    stops = stops[first:] + stops[:first]
    names = " → ".join(stop.name for stop in stops)
    for i, earlier in enumerate(stops):
        for later in stops[i + 1 :]:
            assert not _read_before(later.widget, earlier.widget, dialog), (
                f"{what}: Tab reaches {later.name} after {earlier.name}: {names}"
            )
    missed = _candidates(dialog) - {stop.widget for stop in stops}
    missed_names = sorted(widget.objectName() or type(widget).__name__ for widget in missed)
    assert not missed, f"{what}: Tab never reaches {missed_names}: {names}"
    return stops


def walk(dialog: QDialog, opens_on: QWidget | None) -> None:
    """The whole check: the focus on opening (``opens_on``, or else the first field), then
    the cycle on each tab page."""
    focused = QApplication.focusWidget()
    stops = assert_reading_order(dialog, "opened")
    fields = [stop.widget for stop in stops if _is_field(stop.widget)]
    while opens_on is not None and opens_on.focusProxy() is not None:
        opens_on = opens_on.focusProxy()
    expected = _owner(opens_on) if opens_on else fields[0] if fields else stops[0].widget
    assert focused is not None and _owner(focused) is expected, (
        f"opens with the focus on {_stop(focused, dialog).name if focused else None}, "
        f"not on {_stop(expected, dialog).name}"
    )
    for tabs in dialog.findChildren(QTabWidget):
        if not tabs.isVisibleTo(dialog):
            continue
        for index in range(tabs.count()):
            if not tabs.isTabEnabled(index) or not tabs.isTabVisible(index):
                continue
            tabs.setCurrentIndex(index)
            tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
            assert_reading_order(dialog, f"tab {tabs.tabText(index)!r}")


# the dialogs ----------------------------------------------------------------------------------

Open = Callable[[AppContext, QWidget], QDialog]
OpensOn = Callable[[Any], QWidget]
DIALOGS: dict[str, tuple[Open, OpensOn | None]] = {}


def dialog(name: str, opens_on: OpensOn | None = None) -> Callable[[Open], Open]:
    """Register a dialog; ``opens_on`` names the field it opens on when that is not the first
    (the fields before it were chosen on the page, or have a default)."""

    def register(make: Open) -> Open:
        DIALOGS[name] = (make, opens_on)
        return make

    return register


@dialog("member editor, new")
def _new_member(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.members.editor import MemberEditorDialog

    return MemberEditorDialog(context, None, parent)


@dialog("member editor, stored")
def _stored_member(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.members.editor import MemberEditorDialog

    member = first_id(context, Member.id, Member.stage == Stage.FULL)
    return MemberEditorDialog(context, member, parent)


@dialog("status change")
def _status(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.members.status_dialog import StatusChangeDialog

    return StatusChangeDialog(context, first_id(context, Member.id, Member.stage == Stage.FULL))


@dialog("record form: post")
def _post_form(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.members.tabs.posts import PostForm

    return PostForm(context, None, parent)


@dialog("record form: honour")
def _honour_form(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.members.tabs.honours import HonourForm

    return HonourForm(context, None, parent)


@dialog("record form: care")
def _care_form(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.members.tabs.care import CareForm

    return CareForm(context, None, parent)


@dialog("step dialog", lambda d: d.view.done_on)  # the next step is preset
def _step(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.pipeline.step_dialog import StepDialog

    member = first_id(context, Member.id, Member.stage == Stage.ACTIVIST)
    return StepDialog(context, member, parent=parent)


@dialog("meeting editor", lambda d: d.view.title)  # kind and time chosen on the page
def _meeting(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.meetings.editor import MeetingEditor

    branch = first_id(context, Branch.id)
    return MeetingEditor(
        context,
        None,
        branch_id=branch,
        kind=MeetingKind.BRANCH_ASSEMBLY,
        starts_at=dt.datetime(2026, 5, 8, 14),
        parent=parent,
    )


@dialog("meeting editor, stored", lambda d: d.view.title)
def _stored_meeting(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.meetings.editor import MeetingEditor

    return MeetingEditor(context, first_id(context, Meeting.id), parent=parent)


@dialog("problem editor", lambda d: d.view.description)  # source preset by the page
def _problem(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.ledger.problem_editor import ProblemEditor, new_draft

    branch = first_id(context, Branch.id)
    return ProblemEditor(context, branch_id=branch, draft=new_draft(TODAY), parent=parent)


@dialog("problem editor, stored", lambda d: d.view.description)
def _stored_problem(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.ledger.problem_editor import ProblemEditor

    return ProblemEditor(context, first_id(context, Problem.id), parent=parent)


@dialog("inspection", lambda d: d.view.inspector)  # kind and date preset by the page
def _inspection(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.ledger.inspection_dialog import InspectionDialog

    return InspectionDialog(context, first_id(context, Inspection.id), parent=parent)


@dialog("evaluation round")
def _round(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.evaluation.round_dialog import RoundDialog

    branch = first_id(context, Branch.id)
    return RoundDialog(context, branch, "计算机学院第一学生党支部", 2027, parent=parent)


@dialog("evaluation")
def _evaluation(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.core.services.evaluation_list import evaluation_rows, rounds_for
    from branchdesk.ui.evaluation.evaluation_dialog import EvaluationDialog

    with context.database.reading() as session:
        round_row = rounds_for(session)[0]
        rows = evaluation_rows(session, round_row.id)
    return EvaluationDialog(context, round_row, rows, 0, parent)


@dialog("add members to the evaluation")
def _add_members(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.evaluation.members_dialog import AddMembersDialog

    return AddMembersDialog([(1, "王芳（正式党员）"), (2, "李明（预备党员）")], 2026, parent)


@dialog("study entry", lambda d: d.view.shared.topic)  # the date defaults to today
def _study_entry(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.study.entry_dialog import EntryDialog

    member = first_id(context, Member.id, Member.stage == Stage.FULL)
    return EntryDialog(context, member, "王芳", None, parent)


@dialog("study entry, stored")
def _stored_study_entry(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.study.entry_dialog import EntryDialog

    entry = first_id(context, StudyEntry.id)
    with context.database.reading() as session:
        member = session.get_one(StudyEntry, entry).member_id
    return EntryDialog(context, member, "王芳", entry, parent)


@dialog("study session", lambda d: d.view.shared.topic)  # branch and date preset
def _study_session(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.study.session_dialog import SessionDialog

    return SessionDialog(context, parent)


@dialog("study session, stored", lambda d: d.view.shared.topic)
def _stored_study_session(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.study.session_dialog import SessionDialog

    return SessionDialog(context, parent, session_id=first_id(context, StudySession.id))


@dialog("volunteer activity", lambda d: d.view.title)  # the day defaults to today
def _activity(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.volunteer.activity_dialog import ActivityDialog

    return ActivityDialog(context, first_id(context, Branch.id), None, parent)


@dialog("volunteer activity, stored", lambda d: d.view.title)
def _stored_activity(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.volunteer.activity_dialog import ActivityDialog

    activity = first_id(context, VolunteerActivity.id)
    with context.database.reading() as session:
        branch = session.get_one(VolunteerActivity, activity).branch_id
    return ActivityDialog(context, branch, activity, parent)


@dialog("volunteer team")
def _team(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.core.services.volunteer_units import UnitKind
    from branchdesk.ui.volunteer.unit_dialog import UnitDialog

    team = first_id(context, VolunteerTeam.id)
    with context.database.reading() as session:
        branch = session.get_one(VolunteerTeam, team).branch_id
    return UnitDialog(context, UnitKind.TEAM, branch, team, parent)


@dialog("volunteer station, new")
def _station(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.core.services.volunteer_units import UnitKind
    from branchdesk.ui.volunteer.unit_dialog import UnitDialog

    return UnitDialog(context, UnitKind.STATION, first_id(context, Branch.id), None, parent)


@dialog("service request", lambda d: d.requester)  # the number is given
def _request(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.volunteer.request_dialog import RequestDialog

    return RequestDialog(context, first_id(context, Branch.id), None, parent)


def _request_row(context: AppContext, status: RequestStatus):
    from branchdesk.core.services.volunteer_requests import request_row

    request = first_id(context, ServiceRequest.id, ServiceRequest.status == status)
    with context.database.reading() as session:
        return request_row(session, request, TODAY)


@dialog("service request, stored", lambda d: d.requester)
def _stored_request(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.volunteer.request_dialog import RequestDialog

    row = _request_row(context, RequestStatus.DISPATCHED)
    return RequestDialog(context, row.branch_id, row.id, parent)


@dialog("request dispatch", lambda d: d.assignees)  # the day defaults to today
def _dispatch(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.volunteer.request_steps import DispatchDialog

    return DispatchDialog(context, _request_row(context, RequestStatus.OPEN), parent)


@dialog("request cancel")
def _cancel(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.volunteer.request_steps import CancelDialog

    return CancelDialog(context, _request_row(context, RequestStatus.DISPATCHED), parent)


@dialog("request rating")
def _rating(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.volunteer.request_steps import RatingDialog

    return RatingDialog(context, _request_row(context, RequestStatus.COMPLETED), parent)


@dialog("request complete")
def _complete(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.volunteer.complete_dialog import CompleteDialog

    return CompleteDialog(context, _request_row(context, RequestStatus.DISPATCHED), parent)


@dialog("first-run assistant")
def _first_run(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.first_run.assistant import FirstRunAssistant

    return FirstRunAssistant(context, parent)


@dialog("roster import wizard", lambda d: d.view.choose_button)  # a file first
def _import(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.members.roster_import.wizard import ImportWizard

    return ImportWizard(context, parent)


@dialog("backup now")
def _backup_now(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.backup.backup_now import BackupNowDialog

    return BackupNowDialog(context, context.data_dir.root, parent)


@dialog("restore wizard", lambda d: d.view.choose_button)  # a file first
def _restore(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.backup.restore import RestoreWizard

    return RestoreWizard(context, parent)


@dialog("handoff wizard")
def _handoff(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.backup.drives import Drive, FakeDrives
    from branchdesk.ui.backup.handoff import HandoffWizard

    stick = context.data_dir.root.parent / "usb"
    stick.mkdir(exist_ok=True)
    drives = FakeDrives([Drive(stick, "KINGSTON", True, False, 14 * 2**30, 16 * 2**30)])
    return HandoffWizard(context, parent, drives=drives)


@dialog("roster print")
def _roster_print(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.printing.roster_dialog import RosterPrintDialog

    return RosterPrintDialog(["计算机学院第一学生党支部", "教工党支部"], parent)


@dialog("member picker")
def _member_picker(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.printing.member_picker import MemberPickerDialog

    return MemberPickerDialog(context.database, "选择人员", parent)


@dialog("search")
def _search(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.search.dialog import SearchDialog

    return SearchDialog(context, parent)


@dialog("about", lambda d: d.close_button)  # nothing to fill in
def _about(context: AppContext, parent: QWidget) -> QDialog:
    from branchdesk.ui.about import AboutDialog

    return AboutDialog(context, parent)


@pytest.fixture
def opened(qtbot, context: AppContext) -> Iterator[Callable[[Open], QDialog]]:
    """Open a dialog on a parent window and wait until it is active."""
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[QDialog] = []

    def open_one(make: Open) -> QDialog:
        dialog = make(context, parent)
        shown.append(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        return dialog

    yield open_one
    for dialog in shown:
        dialog.done(0)  # not reject(): no unsaved-changes question
        dialog.deleteLater()


@pytest.mark.parametrize("name", DIALOGS)
def test_tab_follows_the_reading_order(opened, name: str) -> None:
    make, opens_on = DIALOGS[name]
    shown = opened(make)
    walk(shown, opens_on(shown) if opens_on else None)


@pytest.mark.parametrize("name", DIALOGS)
def test_icon_buttons_say_what_they_do(opened, name: str) -> None:
    found = tooltip_problems(opened(DIALOGS[name][0]))
    assert not found, "\n".join(found)


# tooltips --------------------------------------------------------------------------------------

# "(Ctrl+N)", "(Enter)", "(Ctrl+PgUp)" at the end of a tooltip
KEY_IN_TIP = re.compile(r"[（(]((?:Ctrl|Shift|Alt|F\d|Del|Enter|Esc|Delete)[^()（）]*)[)）]\s*$")


def _keys(root: QWidget) -> set[str]:
    """The keys bound in ``root``'s window: its actions' and its shortcuts'."""
    found: set[str] = set()
    sequences: list[QKeySequence] = []
    for action in root.window().findChildren(QAction):
        sequences.extend(action.shortcuts())
    for shortcut in root.window().findChildren(QShortcut):
        sequences.append(shortcut.key())
    for widget in root.window().findChildren(QAbstractButton):
        sequences.append(widget.shortcut())
    for sequence in sequences:
        for fmt in (
            QKeySequence.SequenceFormat.NativeText,
            QKeySequence.SequenceFormat.PortableText,
        ):
            found.add(sequence.toString(fmt))
    return found


def _named_key(tip: str) -> str | None:
    match = KEY_IN_TIP.search(tip)
    return match.group(1) if match else None


def tooltip_problems(root: QWidget) -> list[str]:
    """Icon-only buttons and toolbar actions without a tooltip, and tooltips naming a key
    the window does not have."""
    found: list[str] = []
    keys = _keys(root) | {"Enter", "Esc", "Ctrl+PgUp", "Ctrl+PgDown"}
    for button in root.findChildren(QAbstractButton):
        if button.objectName().startswith("qt_"):
            continue  # Qt's own (a calendar's month arrows, an overflow arrow)
        name = button.objectName() or button.text() or type(button).__name__
        name += f" in {type(button.parentWidget()).__name__} {button.parentWidget().objectName()}"
        if not button.icon().isNull() and not button.text().strip() and not button.toolTip():
            found.append(f"icon-only button {name} has no tooltip")
        key = _named_key(button.toolTip())
        if key and key not in keys:
            found.append(f"{name}: the tooltip names {key}, which nothing in the window has")
    for toolbar in root.findChildren(QToolBar):
        for action in toolbar.actions():
            if action.isSeparator() or not action.text():
                continue
            tip = action.toolTip()
            if tip == action.iconText() or tip == action.text().replace("&", ""):
                found.append(f"toolbar action {action.text()!r} has no tooltip of its own")
            key = _named_key(tip)
            real = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
            if key and key not in real:
                found.append(
                    f"toolbar action {action.text()!r}: the tooltip names {key}, not {real}"
                )
    return found


def test_every_page_s_buttons_and_toolbar_say_what_they_do(qtbot, make_window) -> None:
    window = make_window()  # on the demo archive (data_dir): the pages show lists, not empty states
    found: list[str] = []
    for entry in PAGES:
        assert window.show_page(entry.key)
        page = window.page(entry.key)
        qtbot.waitUntil(lambda p=page: not getattr(p, "is_loading", lambda: False)(), timeout=5000)
        found += [f"{entry.key}: {text}" for text in tooltip_problems(page)]
    found += [f"main window: {text}" for text in tooltip_problems(window)]
    assert not found, "\n".join(found)
