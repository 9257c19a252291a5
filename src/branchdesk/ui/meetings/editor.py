"""The minutes editor: one meeting's header, attendance, agenda, minutes, resolutions, files.

Core validates (core/services/meeting_checks.py) and stores everything in one unit of work,
with the pipeline steps its admission and 转正 votes decide; a ValidationError is shown at
its field, tab and row; what was typed stays, nothing partial is saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import QVBoxLayout, QWidget

from branchdesk.core.enums import AttendanceStatus, MeetingKind, StudyForm
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.pipeline_checks import FindingSeverity
from branchdesk.core.services.attachments import (
    AttachmentDraft,
    AttachmentOwner,
    list_attachments,
    save_attachments,
)
from branchdesk.core.services.development import nameable_members
from branchdesk.core.services.meeting_study import (
    MeetingStudy,
    default_study_form,
    hours_between,
    meeting_study,
    save_meeting_study,
)
from branchdesk.core.services.meetings import (
    AgendaDraft,
    AttendanceCounts,
    GuestDraft,
    MeetingDraft,
    attendance_counts,
    meeting_draft,
    meeting_findings,
    new_meeting_draft,
    record_meeting,
    resolution_subjects,
    update_meeting,
)
from branchdesk.core.services.members import list_party_groups
from branchdesk.core.services.settings import load_settings
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import ConfirmDialog, EditDialog, MessageDialog
from branchdesk.ui.i18n import qt_translate
from branchdesk.ui.meetings.edit_models import AttendanceModel, StatusDelegate, TextRowsModel
from branchdesk.ui.meetings.editor_view import MeetingEditorView
from branchdesk.ui.meetings.errors import show_error
from branchdesk.ui.meetings.labels import meeting_kind_label
from branchdesk.ui.meetings.resolutions import ResolutionsTab
from branchdesk.ui.meetings.templates import headings
from branchdesk.ui.pipeline.step_dialog import finding_text
from branchdesk.ui.study.fields import (
    class_hours_value,
    set_class_hours,
    set_study_form,
)
from branchdesk.ui.widgets.field_errors import FieldErrors

DIALOG_SIZE = (900, 720)
Row = TypeVar("Row", bound=Any)
GUEST_COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("MeetingEditor", "Name")),
    ("affiliation", QT_TRANSLATE_NOOP("MeetingEditor", "Unit or role")),
)
AGENDA_COLUMNS = (
    ("title", QT_TRANSLATE_NOOP("MeetingEditor", "Item")),
    ("discussion", QT_TRANSLATE_NOOP("MeetingEditor", "Points raised")),
)


@dataclass(frozen=True)
class EditorState:
    """What the editor compares to know whether something is unsaved."""

    draft: MeetingDraft
    files: tuple[AttachmentDraft, ...]
    study: MeetingStudy | None


class MeetingEditor(EditDialog):
    """New minutes (meeting_id None) of a branch, or stored minutes to correct."""

    def __init__(
        self,
        context: AppContext,
        meeting_id: int | None = None,
        *,
        branch_id: int | None = None,
        kind: MeetingKind = MeetingKind.BRANCH_ASSEMBLY,
        starts_at: dt.datetime | None = None,
        party_group_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.saved_id: int | None = None
        self.view = view = MeetingEditorView(context.language, context.data_dir.attachments)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        self.resize(*DIALOG_SIZE)
        self.errors = FieldErrors(
            view.fields, view.errors, view.error, lambda field: view.titles.get(field, field)
        )
        today = context.today()
        when = starts_at or dt.datetime(today.year, today.month, today.day, 14)
        with context.database.reading() as session:
            if meeting_id is not None:
                draft = meeting_draft(session, meeting_id)
                files = list_attachments(session, AttachmentOwner("meeting_id", meeting_id))
                study = meeting_study(session, meeting_id)
            else:
                assert branch_id is not None
                draft = new_meeting_draft(
                    session, branch_id, kind, when, party_group_id=party_group_id
                )
                files = []
                study = _usual_study(kind)
            people = [
                (m.id, m.name)
                for m in nameable_members(
                    session, draft.branch_id, also=(draft.host_id, draft.recorder_id)
                )
            ]
            subjects = resolution_subjects(
                session, draft.branch_id, also=[r.subject_id for r in draft.resolutions]
            )
            groups = [
                (g.id, g.name) for g in list_party_groups(session) if g.branch_id == draft.branch_id
            ]
        self._branch_id = draft.branch_id
        self._people = people
        self.attendance_model = AttendanceModel(self)
        self.guest_model = TextRowsModel(lambda: GuestDraft(""), GUEST_COLUMNS, "MeetingEditor")
        self.agenda_model = TextRowsModel(lambda: AgendaDraft(""), AGENDA_COLUMNS, "MeetingEditor")
        for table, model in (
            (view.attendance, self.attendance_model),
            (view.guests, self.guest_model),
            (view.agenda, self.agenda_model),
        ):
            model.setParent(self)
            table.setModel(model)
        view.attendance.setItemDelegateForColumn(2, StatusDelegate(view.attendance))
        view.configure_columns()
        self.resolutions = ResolutionsTab(view, subjects, self.counts)
        view.group.addItem("", None)
        for group_id, name in groups:
            view.group.addItem(name, group_id)
        for combo in (view.host, view.recorder):
            combo.addItem(self.tr("(not chosen)"), None)
            for member_id, name in people:
                combo.addItem(name, member_id)
        self._hours_follow_time = study is None or study.class_hours is None
        self._show(draft, files, study)
        self._prefilled = [_copy(row) for row in draft.attendance]
        self._baseline = self.state()

        view.kind.currentIndexChanged.connect(self._kind_changed)
        view.group.currentIndexChanged.connect(self._group_changed)
        for signal in (
            view.sequence.valueChanged,
            view.title.textChanged,
            view.day.dateChanged,
            view.start_time.timeChanged,
            view.end_time.timeChanged,
            view.has_end.toggled,
            view.place.textChanged,
            view.host.currentIndexChanged,
            view.recorder.currentIndexChanged,
            view.speaker.textChanged,
            view.minutes.textChanged,
            view.attachments.changed,
            view.counts_as_study.toggled,
            view.study_form.currentIndexChanged,
            view.study_hours.valueChanged,
            self.resolutions.changed,
            self.guest_model.dataChanged,
            self.agenda_model.dataChanged,
        ):
            signal.connect(self._edited)
        view.has_end.toggled.connect(view.end_time.setEnabled)
        view.counts_as_study.toggled.connect(self._study_shown)
        view.study_hours.valueChanged.connect(self._hours_typed)
        for signal in (
            view.has_end.toggled,
            view.start_time.timeChanged,
            view.end_time.timeChanged,
        ):
            signal.connect(self._follow_time)
        self.attendance_model.dataChanged.connect(self._attendance_changed)
        view.all_present.clicked.connect(self.everyone_present)
        view.add_guest.clicked.connect(lambda: self._add_row(view.guests, self.guest_model))
        view.remove_guest.clicked.connect(lambda: self._remove_row(view.guests, self.guest_model))
        view.add_item.clicked.connect(lambda: self._add_row(view.agenda, self.agenda_model))
        view.remove_item.clicked.connect(lambda: self._remove_row(view.agenda, self.agenda_model))
        view.template_button.clicked.connect(self.insert_headings)
        view.raise_problem_button.clicked.connect(self.raise_problem)
        view.save_button.clicked.connect(self.save)
        view.cancel_button.clicked.connect(self.reject)
        view.title.setFocus()

    @classmethod
    def edit(
        cls,
        context: AppContext,
        meeting_id: int | None,
        *,
        branch_id: int | None = None,
        kind: MeetingKind = MeetingKind.BRANCH_ASSEMBLY,
        starts_at: dt.datetime | None = None,
        party_group_id: int | None = None,
        parent: QWidget | None = None,
    ) -> int | None:
        """Open the editor modally; the saved meeting's id, or None when cancelled."""
        dialog = cls(
            context,
            meeting_id,
            branch_id=branch_id,
            kind=kind,
            starts_at=starts_at,
            party_group_id=party_group_id,
            parent=parent,
        )
        dialog.exec()
        saved = dialog.saved_id
        dialog.deleteLater()
        return saved

    # showing and collecting --------------------------------------------------------------

    def _show(
        self, draft: MeetingDraft, files: list[AttachmentDraft], study: MeetingStudy | None
    ) -> None:
        view = self.view
        for combo, value in (
            (view.kind, draft.kind),
            (view.group, draft.party_group_id),
            (view.host, draft.host_id),
            (view.recorder, draft.recorder_id),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        view.sequence.setValue(draft.sequence_no or 1)
        view.title.setText(draft.title)
        starts = draft.starts_at or dt.datetime.combine(self.context.today(), dt.time(14))
        view.day.setDate(QDate(starts.year, starts.month, starts.day))
        view.start_time.setTime(QTime(starts.hour, starts.minute))
        view.has_end.setChecked(draft.ends_at is not None)
        view.end_time.setEnabled(draft.ends_at is not None)
        ends = draft.ends_at or starts + dt.timedelta(hours=2)
        view.end_time.setTime(QTime(ends.hour, ends.minute))
        view.place.setText(draft.place)
        view.speaker.setText(draft.speaker)
        view.minutes.setPlainText(draft.minutes)
        self.attendance_model.set_rows(draft.attendance)
        self.guest_model.set_rows(draft.guests)
        self.agenda_model.set_rows(draft.agenda)
        self.resolutions.set_rows(draft.resolutions)
        view.attachments.set_drafts(files)
        self._show_study(study, draft.kind)
        self._kind_shown(draft.kind)
        self._show_counts()
        self._show_heading(draft)

    def _show_study(self, study: MeetingStudy | None, kind: MeetingKind) -> None:
        view = self.view
        for widget in (view.counts_as_study, view.study_form, view.study_hours):
            widget.blockSignals(True)
        view.counts_as_study.setChecked(study is not None)
        set_study_form(view.study_form, study.form if study else default_study_form(kind))
        set_class_hours(view.study_hours, study.class_hours if study else None)
        for widget in (view.counts_as_study, view.study_form, view.study_hours):
            widget.blockSignals(False)
        self._study_shown(study is not None)

    def _study_shown(self, counts: bool) -> None:
        view = self.view
        for field in ("study_form", "study_class_hours"):
            view.study_form_layout.setRowVisible(view.fields[field].parentWidget(), counts)
        if counts:
            self._follow_time()

    def _hours_typed(self) -> None:
        if self.view.study_hours.hasFocus():  # typed, not filled in from the meeting's times
            self._hours_follow_time = False

    def _follow_time(self, *_args: object) -> None:
        """Until the clerk types class hours, they are the meeting's length (to the half hour)."""
        view = self.view
        if not self._hours_follow_time or not view.counts_as_study.isChecked():
            return
        draft = self.collect()
        assert draft.starts_at is not None
        view.study_hours.blockSignals(True)
        set_class_hours(view.study_hours, hours_between(draft.starts_at, draft.ends_at))
        view.study_hours.blockSignals(False)

    def _show_heading(self, draft: MeetingDraft) -> None:
        kind = meeting_kind_label(draft.kind)
        title = (
            self.tr("New minutes: {kind}").format(kind=kind)
            if self.meeting_id is None
            else self.tr("Minutes: {kind}, no. {number}").format(
                kind=kind, number=draft.sequence_no
            )
        )
        self.setWindowTitle(title)
        self.view.heading.setText(title)

    def collect(self) -> MeetingDraft:
        """The meeting as the form shows it now (not yet validated)."""
        view = self.view
        day = view.day.date().toPython()
        starts = dt.datetime.combine(day, view.start_time.time().toPython())
        ends = (
            dt.datetime.combine(day, view.end_time.time().toPython())
            if view.has_end.isChecked()
            else None
        )
        kind = MeetingKind(view.kind.currentData())
        return MeetingDraft(
            kind=kind,
            branch_id=self._branch_id,
            starts_at=starts,
            title=view.title.text(),
            party_group_id=view.group.currentData() if kind is MeetingKind.GROUP else None,
            sequence_no=view.sequence.value(),
            ends_at=ends,
            place=view.place.text(),
            host_id=view.host.currentData(),
            recorder_id=view.recorder.currentData(),
            speaker=view.speaker.text() if kind is MeetingKind.LECTURE else "",
            minutes=view.minutes.toPlainText(),
            attendance=[_copy(a) for a in self.attendance_model.rows()],
            guests=[_copy(g) for g in self.guest_model.rows()],
            agenda=[_copy(a) for a in self.agenda_model.rows()],
            resolutions=[_copy(r) for r in self.resolutions.rows()],
        )

    def collect_study(self) -> MeetingStudy | None:
        """How the meeting counts as study, as the form shows it (None: it does not)."""
        view = self.view
        if not view.counts_as_study.isChecked():
            return None
        return MeetingStudy(
            StudyForm(view.study_form.currentData()), class_hours_value(view.study_hours)
        )

    def state(self) -> EditorState:
        return EditorState(
            self.collect(), tuple(self.view.attachments.drafts()), self.collect_study()
        )

    def counts(self) -> AttendanceCounts:
        """应到 / 实到 of the attendance grid as it is now."""
        rows = self.attendance_model.rows()
        return attendance_counts(
            MeetingDraft(MeetingKind.BRANCH_ASSEMBLY, 0, None, attendance=rows)
        )

    # reacting -------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.saved_id is None and self.state() != self._baseline

    def _edited(self, *_args: object) -> None:
        self.errors.clear()
        for label in (
            self.view.attendance_error,
            self.view.minutes_error,
            self.view.resolution_error,
        ):
            label.hide()
        self.view.status.setText(self.tr("Unsaved changes") if self.has_unsaved_changes() else "")

    def _kind_shown(self, kind: MeetingKind) -> None:
        form, view = self.view.form, self.view
        form.setRowVisible(view.fields["party_group_id"].parentWidget(), kind is MeetingKind.GROUP)
        form.setRowVisible(view.fields["speaker"].parentWidget(), kind is MeetingKind.LECTURE)
        # RULES.md §2: a 组织生活会's problems become rectification items (once it is saved).
        view.raise_problem_button.setVisible(
            kind is MeetingKind.LIFE_MEETING and self.meeting_id is not None
        )

    def _kind_changed(self) -> None:
        kind = MeetingKind(self.view.kind.currentData())
        self._kind_shown(kind)
        if self.meeting_id is None:
            if not self.view.counts_as_study.isChecked() or self._hours_follow_time:
                self._show_study(_usual_study(kind), kind)
            self._prefill()
        self._edited()

    def _group_changed(self) -> None:
        if self.meeting_id is None:
            self._prefill()
        self._edited()

    def _prefill(self) -> None:
        """A new meeting's list, number and host follow its kind (and 党小组)."""
        current = self.collect()
        assert current.starts_at is not None
        with self.context.database.reading() as session:
            fresh = new_meeting_draft(
                session,
                self._branch_id,
                current.kind,
                current.starts_at,
                party_group_id=current.party_group_id,
            )
        if self._attendance_marked() and not ConfirmDialog.ask(
            self,
            self.tr("Attendance"),
            self.tr(
                "Replace the attendance list with those expected at this meeting? The marks"
                " you made would be lost."
            ),
            self.tr("Replace the list"),
            self.tr("Keep my list"),
        ):
            fresh = replace(fresh, attendance=self.attendance_model.rows())
        self.attendance_model.set_rows(fresh.attendance)
        self._prefilled = [_copy(row) for row in fresh.attendance]
        self.view.sequence.setValue(fresh.sequence_no or 1)
        if fresh.host_id is not None:
            self.view.host.setCurrentIndex(max(0, self.view.host.findData(fresh.host_id)))
        self._attendance_changed()
        self._show_heading(fresh)

    def _attendance_marked(self) -> bool:
        """Whether the clerk changed the attendance list since it was filled in."""
        return self.attendance_model.rows() != self._prefilled

    def _attendance_changed(self, *_args: object) -> None:
        self._show_counts()
        self.resolutions.attendance_changed()
        self._edited()

    def _show_counts(self) -> None:
        counts = self.counts()
        self.view.counts.setText(
            self.tr(
                "Expected {expected}, present {present}, away {absent} · voting members:"
                " {voting_present} of {voting_expected} present"
            ).format(
                expected=counts.expected,
                present=counts.present,
                absent=counts.absent,
                voting_present=counts.voting_present,
                voting_expected=counts.voting_expected,
            )
        )

    def everyone_present(self) -> None:
        for row in range(self.attendance_model.rowCount()):
            self.attendance_model.set_status(row, AttendanceStatus.PRESENT)

    def _add_row(self, table: object, model: TextRowsModel) -> None:
        row = model.add_row()
        index = model.index(row, 0)
        table.setCurrentIndex(index)  # type: ignore[attr-defined]
        table.edit(index)  # type: ignore[attr-defined]
        self._edited()

    def _remove_row(self, table: object, model: TextRowsModel) -> None:
        model.remove_row(table.currentIndex().row())  # type: ignore[attr-defined]
        self._edited()

    def insert_headings(self) -> None:
        """The headings minutes of this kind have, at the cursor; never any content."""
        self.view.minutes.insertPlainText(headings(MeetingKind(self.view.kind.currentData())))
        self.view.minutes.setFocus()

    def raise_problem(self) -> int | None:
        """登记整改问题: a problem this 组织生活会 found goes on the ledger, linked to it and
        found on its day; the new problem's id once saved (the minutes stay as they are)."""
        if self.meeting_id is None:
            return None
        from branchdesk.ui.ledger.problem_editor import ProblemEditor, new_draft

        today = self.context.today()
        draft = replace(
            new_draft(today, meeting_id=self.meeting_id),
            found_on=min(self.view.day.date().toPython(), today),
        )
        saved = ProblemEditor.raise_for(self.context, self._branch_id, draft, self)
        if saved is not None:
            self.view.status.setText(self.tr("The problem is on the rectification ledger."))
        return saved

    # saving -----------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate and store the meeting, its files, its study session and the steps it
        decides; True when saved. Rule warnings are shown first and need a confirmation."""
        draft, files, study = self.collect(), self.view.attachments.drafts(), self.collect_study()
        self.errors.clear()
        context = self.context
        try:
            if not self._warnings_accepted(_copy(draft)):
                return False
            with context.database.unit_of_work(context.actor) as session:
                rules = load_settings(session).rules
                if self.meeting_id is None:
                    saved_id = record_meeting(session, draft, rules=rules, today=context.today())
                else:
                    saved_id = self.meeting_id
                    update_meeting(session, saved_id, draft, rules=rules, today=context.today())
                save_attachments(session, AttachmentOwner("meeting_id", saved_id), files)
                save_meeting_study(session, saved_id, study, today=context.today())
        except ValidationError as error:
            self.show_error(error, draft)
            return False
        except BranchDeskError as error:
            MessageDialog.warn(
                self,
                self.tr("Meeting minutes"),
                self.tr("The minutes could not be saved; nothing was changed. ({error})").format(
                    error=error.text(qt_translate)
                ),
            )
            return False
        self.saved_id = saved_id
        context.show_status(self.tr("Saved “{title}”").format(title=draft.title.strip()))
        context.data_changed()
        self.accept()
        return True

    def _warnings_accepted(self, draft: MeetingDraft) -> bool:
        """Show what the rules warn about (no quorum, votes not matching the list …) and ask
        whether to save anyway; refusals raise ValidationError as saving would."""
        context = self.context
        with context.database.reading() as session:
            findings = meeting_findings(
                session,
                draft,
                rules=load_settings(session).rules,
                today=context.today(),
                meeting_id=self.meeting_id,
            )
        warnings = [f for f in findings if f.severity is FindingSeverity.WARNING]
        if not warnings or len(warnings) < len(findings):
            return True  # nothing to warn about, or a refusal that saving reports
        lines = []
        for finding in warnings:
            message, rule = finding_text(finding, context.language)
            lines.append(f"• {message}" + (f"\n  {rule}" if rule else ""))
        return ConfirmDialog.ask(
            self,
            self.tr("Meeting minutes"),
            self.tr("Please check before saving:\n\n{warnings}\n\nSave the minutes anyway?").format(
                warnings="\n".join(lines)
            ),
            self.tr("Save anyway"),
            self.tr("Go back"),
        )

    def show_error(self, error: ValidationError, draft: MeetingDraft) -> None:
        """Show the error at its field, or on its tab at its row."""
        show_error(self, error, draft)

    def unsaved_subject(self) -> str:
        title = self.view.title.text().strip()
        return title or QCoreApplication.translate("MeetingEditor", "The new minutes")


def _usual_study(kind: MeetingKind) -> MeetingStudy | None:
    """主题党日 and 党课 count as collective study unless the clerk says otherwise."""
    if kind in (MeetingKind.THEME_DAY, MeetingKind.LECTURE):
        return MeetingStudy(default_study_form(kind), None)
    return None


def _copy(draft: Row) -> Row:
    """A copy, so the baseline is not edited along with the form."""
    return replace(draft)
