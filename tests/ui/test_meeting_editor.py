"""The minutes editor: a 支部党员大会 admits a candidate; no quorum is refused, nothing written."""

from __future__ import annotations

import datetime as dt
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from sqlalchemy import func, select

from branchdesk.core.enums import (
    AttendanceStatus,
    MeetingKind,
    PostKind,
    ResolutionKind,
    Stage,
    StudyForm,
)
from branchdesk.core.models import Meeting, Member, MemberPost, PipelineStep
from branchdesk.core.rules.votes import RULE_MAJORITY, RULE_QUORUM, VoteCount
from branchdesk.core.services.meetings import AttendanceCounts
from branchdesk.core.services.study_hours import hours_tally
from branchdesk.ui.dialogs import ConfirmDialog
from branchdesk.ui.i18n import qt_translate
from branchdesk.ui.meetings.editor import MeetingEditor
from branchdesk.ui.meetings.page import MeetingsPage
from branchdesk.ui.meetings.resolutions import vote_result
from branchdesk.ui.meetings.templates import headings
from branchdesk.ui.study.models import TallyColumn
from branchdesk.ui.study.page import StudyPage

FULL = ("王芳", "赵磊", "孙丽", "周强", "吴敏")
HELD_ON = QDate(2026, 5, 8)


@pytest.fixture
def people(gui) -> dict[str, int]:
    """Five full members (王芳 secretary), a probationary member, a candidate with step 14."""
    ids = gui.add_people(
        *((name, Stage.FULL) for name in FULL),
        ("陈晨", Stage.PROBATIONARY),
        ("李明", Stage.CANDIDATE),
    )
    with gui.database.unit_of_work("test") as session:
        branch_id = session.get_one(Member, ids["王芳"]).branch_id
        ids["branch"] = branch_id
        session.add(
            MemberPost(
                member_id=ids["王芳"],
                branch_id=branch_id,
                kind=PostKind.SECRETARY,
                started_on=dt.date(2025, 1, 1),
            )
        )
        for step_no, day in ((1, "2024-03-01"), (3, "2024-09-01"), (7, "2025-09-10")):
            session.add(
                PipelineStep(
                    member_id=ids["李明"], step_no=step_no, done_on=dt.date.fromisoformat(day)
                )
            )
        session.add(PipelineStep(member_id=ids["李明"], step_no=14, done_on=dt.date(2026, 4, 20)))
    return ids


@pytest.fixture
def page(qtbot, people, window) -> MeetingsPage:
    assert window.show_page("meetings")
    shown = window.page("meetings")
    assert isinstance(shown, MeetingsPage)
    qtbot.waitUntil(lambda: shown.data is not None and not shown.is_loading(), timeout=5000)
    return shown


def _editor(page: MeetingsPage, people: dict[str, int]) -> MeetingEditor:
    dialog = MeetingEditor(
        page.context,
        None,
        branch_id=people["branch"],
        kind=MeetingKind.BRANCH_ASSEMBLY,
        starts_at=dt.datetime(2026, 5, 8, 14),
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    return dialog


def _admit(qtbot, dialog: MeetingEditor, away: dict[str, str]) -> None:
    """Fill the assembly as the clerk would: title, who was away, an admission of 李明."""
    view = dialog.view
    view.title.insert("接收预备党员支部党员大会")  # keyClicks types Latin-1 only
    view.day.setDate(HELD_ON)
    view.place.insert("学院会议室")
    view.recorder.setCurrentIndex(view.recorder.findText("赵磊"))
    view.tabs.setCurrentIndex(1)
    model = dialog.attendance_model
    for name, reason in away.items():
        model.set_status(model.row_of(name), AttendanceStatus.LEAVE, reason)
    view.tabs.setCurrentIndex(3)
    qtbot.mouseClick(view.add_resolution, Qt.MouseButton.LeftButton)
    view.resolution_kind.setCurrentIndex(view.resolution_kind.findData(ResolutionKind.ADMISSION))
    view.subject.setCurrentIndex(view.subject.findText("李明"))
    view.resolution_text.insertPlainText("同意接收李明同志为中共预备党员")


def test_an_assembly_admits_the_candidate_and_prints_its_minutes(
    qtbot, gui, people, page, tmp_path: Path
) -> None:
    # Given a candidate whose 入党志愿书 is filled in, and no minutes yet
    assert page.view.stack.currentWidget() is page.view.empty
    seen: dict[str, object] = {}

    # When the clerk records the 支部党员大会 with 4 of 5 voting members present, 4 in favour
    def fill(dialog: MeetingEditor) -> None:
        model = dialog.attendance_model
        seen["names"] = sorted(line.name for line in model.rows())
        seen["votes"] = sorted(line.name for line in model.rows() if line.has_vote)
        seen["host"] = dialog.view.host.currentText()
        _admit(qtbot, dialog, {"孙丽": "病假"})
        view = dialog.view
        seen["counts"] = dialog.counts()
        seen["votes_shown"] = [view.votes[k].value() for k in ("expected", "present", "in_favour")]
        seen["result"] = view.result.text()
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
        seen["errors"] = [
            label.text()
            for label in (view.error, view.attendance_error, view.resolution_error)
            if label.isVisibleTo(dialog)
        ]

    handled = gui.when_modal(MeetingEditor, fill)
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    assert handled
    assert seen["errors"] == []
    # The attendance list held the branch's Party members, votes by stage, the secretary hosting
    assert seen["names"] == sorted([*FULL, "陈晨"])
    assert seen["votes"] == sorted(FULL)
    assert seen["host"] == "王芳"
    counts = seen["counts"]
    assert isinstance(counts, AttendanceCounts)
    assert (counts.expected, counts.present, counts.voting_expected, counts.voting_present) == (
        6,
        5,
        5,
        4,
    )
    assert seen["votes_shown"] == [5, 4, 4]
    assert seen["result"] == vote_result(VoteCount(5, 4, 4))
    assert qt_translate("Reminders", RULE_MAJORITY) in str(seen["result"])

    # Then the candidate is a probationary member, step 15 names the meeting
    qtbot.waitUntil(lambda: not page.is_loading() and page.model.rowCount() == 1, timeout=5000)
    with gui.database.reading() as session:
        meeting = session.scalars(select(Meeting)).one()
        assert session.get_one(Member, people["李明"]).stage is Stage.PROBATIONARY
        step = session.scalars(
            select(PipelineStep).where(
                PipelineStep.member_id == people["李明"], PipelineStep.step_no == 15
            )
        ).one()
        assert (step.meeting_id, step.done_on, step.votes_for) == (
            meeting.id,
            dt.date(2026, 5, 8),
            4,
        )
        assert meeting.sequence_no == 1
    assert page.model.text(0, 2) == "接收预备党员支部党员大会"
    assert page.model.text(0, 6) == "5 / 6"

    # And the printed minutes say who was away and what was decided
    page.view.table.selectRow(0)
    assert page.can_print()
    job = page.print_job()
    assert job is not None
    output = tmp_path / "minutes.pdf"
    job.render(output, None)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(output), "-"], capture_output=True, text=True, check=True
    ).stdout.replace(" ", "")
    for expected in ("接收预备党员支部党员大会", "学院会议室", "孙丽", "病假", "同意接收李明同志"):
        assert expected in text


def test_without_a_quorum_the_admission_is_refused_and_nothing_is_written(
    qtbot, gui, people, page
) -> None:
    dialog = _editor(page, people)
    # 3 of 5 voting members away: 2 present is not more than half
    _admit(qtbot, dialog, {"孙丽": "病假", "周强": "出差", "吴敏": "未请假"})
    view = dialog.view
    assert view.result.text() == QCoreApplication.translate(
        "ResolutionsTab",
        "The attendance list has {present} of {expected} voting members present: without"
        " a quorum this branch assembly cannot admit or confirm anyone.",
    ).format(present=2, expected=5)
    assert not dialog.save()
    # Refused at the resolution, with the rule; what was typed stays
    assert view.tabs.currentIndex() == 3
    assert view.resolution_error.isVisibleTo(dialog)
    assert qt_translate("Reminders", RULE_QUORUM) in view.resolution_error.text()
    assert view.title.text() == "接收预备党员支部党员大会"
    assert dialog.has_unsaved_changes()
    with gui.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 0
        assert session.get_one(Member, people["李明"]).stage is Stage.CANDIDATE
    dialog.deleteLater()


def test_a_missing_reason_is_shown_at_its_row_and_a_title_is_required(qtbot, people, page) -> None:
    dialog = _editor(page, people)
    assert not dialog.save()
    assert dialog.view.tabs.currentIndex() == 0
    assert dialog.view.errors["title"].isVisibleTo(dialog)
    dialog.view.title.insert("支部党员大会")
    model = dialog.attendance_model
    model.set_status(model.row_of("周强"), AttendanceStatus.ABSENT)
    assert not dialog.save()
    assert dialog.view.tabs.currentIndex() == 1
    assert "周强" in dialog.view.attendance_error.text()  # the message names the row's member
    assert dialog.view.attendance.currentIndex().row() == model.row_of("周强")
    dialog.deleteLater()


def test_the_kind_decides_the_list_and_the_headings_template(qtbot, people, page) -> None:
    dialog = _editor(page, people)
    view = dialog.view
    view.kind.setCurrentIndex(view.kind.findData(MeetingKind.LECTURE))
    dialog.show()
    assert view.speaker.isVisible()
    assert not view.group.isVisible()
    view.minutes.setPlainText("")
    qtbot.mouseClick(view.template_button, Qt.MouseButton.LeftButton)
    # headings only, for this kind: nothing is written for the clerk
    assert view.minutes.toPlainText() == headings(MeetingKind.LECTURE)
    assert headings(MeetingKind.LECTURE) != headings(MeetingKind.BRANCH_ASSEMBLY)
    dialog.deleteLater()


def test_every_editor_model_passes_the_model_tester(qtmodeltester, qtbot, people, page) -> None:
    dialog = _editor(page, people)
    dialog.guest_model.add_row()
    dialog.agenda_model.add_row()
    for model in (dialog.attendance_model, dialog.guest_model, dialog.agenda_model):
        qtmodeltester.check(model)
    dialog.deleteLater()


def _theme_day(page: MeetingsPage, people: dict[str, int]) -> MeetingEditor:
    dialog = MeetingEditor(
        page.context,
        None,
        branch_id=people["branch"],
        kind=MeetingKind.THEME_DAY,
        starts_at=dt.datetime(2026, 5, 8, 14),
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    return dialog


def _collective_hours(gui, year: int = 2026) -> dict[str, Decimal]:
    with gui.database.reading() as session:
        return {row.name: row.collective_hours for row in hours_tally(session, year)}


def test_a_theme_day_counts_as_study_and_every_attendee_gains_its_hours(
    qtbot, gui, people, page, window
) -> None:
    before = _collective_hours(gui)
    dialog = _theme_day(page, people)
    view = dialog.view
    # A 主题党日 counts as collective study unless the clerk says otherwise
    assert view.counts_as_study.isChecked()
    assert view.study_form.currentData() == StudyForm.COLLECTIVE
    view.title.insert("主题党日：学习贯彻全会精神")
    view.place.insert("学院会议室")
    # The class hours follow the meeting's length until the clerk types them
    view.has_end.setChecked(True)
    view.end_time.setTime(QTime(16, 30))
    assert view.study_hours.value() == 2.5
    model = dialog.attendance_model
    model.set_status(model.row_of("吴敏"), AttendanceStatus.LEAVE, "病假")
    assert dialog.save()

    # Every member who attended has 2.5 class hours more; 吴敏, on leave, does not
    after = _collective_hours(gui)
    gained = {name: after[name] - before.get(name, Decimal(0)) for name in after}
    assert gained["吴敏"] == 0
    assert {gained[name] for name in FULL if name != "吴敏"} == {Decimal("2.5")}
    assert gained["陈晨"] == Decimal("2.5")
    # … and 学习笔记 shows it: the session in its list, the hours in the tally
    assert window.show_page("study")
    study = window.page("study")
    assert isinstance(study, StudyPage)
    qtbot.waitUntil(lambda: study.data is not None and not study.is_loading(), timeout=5000)
    sessions = study.sessions_model
    assert [sessions.text(0, column) for column in (1, 3, 4)] == [
        "主题党日：学习贯彻全会精神",
        "2.5",
        "5",  # four full members and 陈晨; 吴敏 was on leave
    ]
    shown = {
        study.tally_model.text(row, TallyColumn.NAME): study.tally_model.text(
            row, TallyColumn.COLLECTIVE
        )
        for row in range(study.tally_model.rowCount())
    }
    assert shown["陈晨"] == "2.5" and shown["吴敏"] == "0"

    # Reopened, it still counts; unticked and saved, the hours are gone again
    reopened = MeetingEditor(page.context, dialog.saved_id)
    assert reopened.view.counts_as_study.isChecked()
    assert reopened.view.study_hours.value() == 2.5
    reopened.view.counts_as_study.setChecked(False)
    assert not reopened.view.study_hours.isVisibleTo(reopened)
    assert reopened.save()
    assert _collective_hours(gui) == before
    dialog.deleteLater()
    reopened.deleteLater()


def test_a_study_without_hours_is_refused_at_its_field(qtbot, gui, people, page) -> None:
    dialog = _theme_day(page, people)
    dialog.view.title.insert("主题党日")
    assert not dialog.save()  # no end time: nobody knows how long it was
    assert dialog.view.tabs.currentIndex() == 0
    assert dialog.view.errors["study_class_hours"].isVisibleTo(dialog)
    with gui.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 0
    dialog.deleteLater()


def test_rule_warnings_are_shown_and_saving_needs_a_confirmation(
    qtbot, gui, people, page, monkeypatch
) -> None:
    dialog = _editor(page, people)
    view = dialog.view
    view.title.insert("支部党员大会")
    model = dialog.attendance_model
    for name in ("孙丽", "周强", "吴敏"):  # 2 of 5 voting members present: no quorum
        model.set_status(model.row_of(name), AttendanceStatus.LEAVE, "出差")
    asked: list[str] = []

    def answer(reply: bool):
        def ask(_cls, _parent, _title, text, _yes, _no) -> bool:
            asked.append(text)
            return reply

        return classmethod(ask)

    monkeypatch.setattr(ConfirmDialog, "ask", answer(False))
    assert not dialog.save()
    assert qt_translate("Reminders", RULE_QUORUM) in asked[0]
    with gui.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 0
    assert view.title.text() == "支部党员大会"  # what was typed stays

    monkeypatch.setattr(ConfirmDialog, "ask", answer(True))
    assert dialog.save()
    with gui.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 1
    dialog.deleteLater()


def test_changing_the_kind_asks_before_dropping_marked_attendance(
    qtbot, people, page, monkeypatch
) -> None:
    dialog = _editor(page, people)
    model = dialog.attendance_model
    assert "李明" not in [row.name for row in model.rows()]  # a candidate is not expected
    model.set_status(model.row_of("孙丽"), AttendanceStatus.LEAVE, "病假")
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda *_: False))
    dialog.view.kind.setCurrentIndex(dialog.view.kind.findData(MeetingKind.THEME_DAY))
    assert model.rows()[model.row_of("孙丽")].status is AttendanceStatus.LEAVE  # kept
    assert dialog.view.sequence.value() == 1

    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda *_: True))
    dialog.view.kind.setCurrentIndex(dialog.view.kind.findData(MeetingKind.COMMITTEE))
    assert [row.name for row in model.rows()] == ["王芳"]  # the committee: its one member
    dialog.deleteLater()


def test_pickers_offer_only_the_branch_s_people(qtbot, gui, people, page) -> None:
    others = gui.add_people(
        ("外支部党员", Stage.FULL), ("外支部对象", Stage.CANDIDATE), branch="数学学院党支部"
    )
    assert others
    dialog = _editor(page, people)
    view = dialog.view
    hosts = [view.host.itemText(i) for i in range(view.host.count())]
    assert "王芳" in hosts and "外支部党员" not in hosts
    view.tabs.setCurrentIndex(3)
    qtbot.mouseClick(view.add_resolution, Qt.MouseButton.LeftButton)
    view.resolution_kind.setCurrentIndex(view.resolution_kind.findData(ResolutionKind.ADMISSION))
    subjects = [view.subject.itemText(i) for i in range(view.subject.count())]
    assert "李明" in subjects and "外支部对象" not in subjects
    dialog.deleteLater()
