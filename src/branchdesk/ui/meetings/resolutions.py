"""The 决议 tab of the minutes editor: resolutions, their subject, votes and live result.

Votes start from the attendance's voting counts (everyone present in favour) and follow the
attendance until the clerk types them; the result under the form applies RULES.md §2
(quorum) and the majority rule of §1 steps 15/23, as core does on save.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal

from branchdesk.core.enums import ResolutionKind, Stage, StepOutcome
from branchdesk.core.rules.votes import RULE_MAJORITY, RULE_QUORUM, VoteCount
from branchdesk.core.services.meeting_drafts import AttendanceCounts, ResolutionDraft
from branchdesk.ui.i18n import qt_translate
from branchdesk.ui.labels import outcome_label
from branchdesk.ui.meetings.editor_view import MeetingEditorView
from branchdesk.ui.meetings.labels import resolution_kind_label

# Who a resolution of each kind may concern (RULES.md §1: step 15 candidates, step 23
# probationary members).
SUBJECT_STAGES = {
    ResolutionKind.ADMISSION: Stage.CANDIDATE,
    ResolutionKind.CONFIRMATION: Stage.PROBATIONARY,
}
VOTE_KEYS = ("expected", "present", "in_favour", "against", "abstaining")


def vote_result(votes: VoteCount, *, decides_step: bool = True) -> str:
    """The result of a count with the rule behind it, as the form shows it live; the
    majority rule of 接收 / 转正 is named only for those votes."""
    if not votes.quorate:
        text = QCoreApplication.translate(
            "ResolutionsTab",
            "No quorum: {present} of {expected} voting members present; more than half must be.",
        )
        rule = qt_translate("Reminders", RULE_QUORUM)
    elif votes.passed:
        text = QCoreApplication.translate(
            "ResolutionsTab",
            "Passed: {in_favour} of {expected} voting members in favour, more than half.",
        )
        rule = qt_translate("Reminders", RULE_MAJORITY)
    else:
        text = QCoreApplication.translate(
            "ResolutionsTab",
            "Not passed: {in_favour} of {expected} in favour is not more than half.",
        )
        rule = qt_translate("Reminders", RULE_MAJORITY)
    values = {"present": votes.present, "expected": votes.expected, "in_favour": votes.in_favour}
    text = text.format(**values)
    return f"{text}\n{rule}" if decides_step or not votes.quorate else text


class ResolutionsTab(QObject):
    """Keeps the resolutions being edited and shows the selected one in the form."""

    changed = Signal()

    def __init__(
        self,
        view: MeetingEditorView,
        subjects: Sequence[tuple[int, str, Stage]],
        counts: Callable[[], AttendanceCounts],
    ) -> None:
        super().__init__(view)
        self.view = view
        self._subjects = list(subjects)
        self._counts = counts
        self._rows: list[ResolutionDraft] = []
        self._typed: list[bool] = []  # the clerk typed this resolution's votes
        self._showing = False
        for kind in ResolutionKind:
            view.resolution_kind.addItem(resolution_kind_label(kind), kind)
        view.resolution_list.currentRowChanged.connect(lambda _row: self._show_current())
        view.add_resolution.clicked.connect(lambda: self.add())
        view.remove_resolution.clicked.connect(lambda: self.remove())
        view.resolution_kind.currentIndexChanged.connect(self._kind_changed)
        view.subject.currentIndexChanged.connect(self._form_changed)
        view.resolution_text.textChanged.connect(self._form_changed)
        view.outcome.currentIndexChanged.connect(self._form_changed)
        for spin in view.votes.values():
            spin.valueChanged.connect(self._votes_typed)
        view.votes_from_attendance.clicked.connect(lambda: self.take_attendance_counts())

    def set_rows(self, rows: Sequence[ResolutionDraft]) -> None:
        self._rows = list(rows)
        self._typed = [True] * len(self._rows)  # stored votes are what was counted
        self._fill_list()
        self.view.resolution_list.setCurrentRow(0 if self._rows else -1)
        self._show_current()

    def rows(self) -> list[ResolutionDraft]:
        return list(self._rows)

    def current_row(self) -> int:
        return self.view.resolution_list.currentRow()

    def add(self, kind: ResolutionKind = ResolutionKind.OTHER) -> int:
        """A new resolution whose votes are the attendance's counts; its row."""
        self._rows.append(ResolutionDraft("", kind, votes=self._counts().default_votes()))
        self._typed.append(False)
        self._fill_list()
        self.view.resolution_list.setCurrentRow(len(self._rows) - 1)
        self.changed.emit()
        return len(self._rows) - 1

    def remove(self) -> None:
        row = self.current_row()
        if 0 <= row < len(self._rows):
            del self._rows[row]
            del self._typed[row]
            self._fill_list()
            self.view.resolution_list.setCurrentRow(min(row, len(self._rows) - 1))
            self._show_current()
            self.changed.emit()

    def attendance_changed(self) -> None:
        """Votes nobody typed follow the attendance list."""
        defaults = self._counts().default_votes()
        for number, typed in enumerate(self._typed):
            if not typed:
                self._rows[number].votes = defaults
        self._show_current()

    def take_attendance_counts(self) -> None:
        row = self.current_row()
        if 0 <= row < len(self._rows):
            self._rows[row].votes = self._counts().default_votes()
            self._typed[row] = False
            self._show_current()
            self.changed.emit()

    def select(self, row: int) -> None:
        self.view.resolution_list.setCurrentRow(row)

    # the form ---------------------------------------------------------------------------

    def _label(self, draft: ResolutionDraft) -> str:
        names = {subject_id: name for subject_id, name, _stage in self._subjects}
        text = draft.text.splitlines()[0] if draft.text.strip() else ""
        subject = names.get(draft.subject_id or 0, "")
        parts = [resolution_kind_label(draft.kind), subject, text]
        return "：".join(part for part in parts if part)

    def _fill_list(self) -> None:
        view = self.view
        view.resolution_list.blockSignals(True)
        current = view.resolution_list.currentRow()
        view.resolution_list.clear()
        for number, draft in enumerate(self._rows, 1):
            view.resolution_list.addItem(f"{number}. {self._label(draft)}")
        view.resolution_list.setCurrentRow(min(current, len(self._rows) - 1))
        view.resolution_list.blockSignals(False)
        view.remove_resolution.setEnabled(bool(self._rows))

    def _show_current(self) -> None:
        view, row = self.view, self.current_row()
        draft = self._rows[row] if 0 <= row < len(self._rows) else None
        view.resolution_form.setEnabled(draft is not None)
        self._showing = True
        try:
            if draft is None:
                view.result.clear()
                view.resolution_text.clear()
                return
            view.resolution_kind.setCurrentIndex(view.resolution_kind.findData(draft.kind))
            self._fill_subjects(draft.kind, draft.subject_id)
            self._fill_outcomes(draft.kind, draft.outcome)
            if view.resolution_text.toPlainText() != draft.text:
                view.resolution_text.setPlainText(draft.text)
            votes = draft.votes or VoteCount(0, 0, 0)
            for key in VOTE_KEYS:
                view.votes[key].setValue(getattr(votes, key))
        finally:
            self._showing = False
        self._show_result(draft)

    def _fill_subjects(self, kind: ResolutionKind, chosen: int | None) -> None:
        combo = self.view.subject
        combo.clear()
        combo.addItem(QCoreApplication.translate("ResolutionsTab", "(nobody in particular)"), None)
        stage = SUBJECT_STAGES.get(kind)
        for subject_id, name, subject_stage in self._subjects:
            if subject_stage is stage or subject_id == chosen:
                combo.addItem(name, subject_id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.setEnabled(stage is not None)

    def _fill_outcomes(self, kind: ResolutionKind, chosen: StepOutcome | None) -> None:
        combo = self.view.outcome
        combo.clear()
        combo.addItem(QCoreApplication.translate("ResolutionsTab", "As the votes decide"), None)
        if kind is ResolutionKind.CONFIRMATION:  # 延长预备期 / 取消预备资格 (RULES.md §1)
            for outcome in (StepOutcome.EXTENDED, StepOutcome.CANCELLED):
                combo.addItem(outcome_label(outcome), outcome)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.setEnabled(kind is ResolutionKind.CONFIRMATION)

    def _show_result(self, draft: ResolutionDraft) -> None:
        decides = draft.step_no is not None
        text = vote_result(draft.votes, decides_step=decides) if draft.votes is not None else ""
        counts = self._counts()
        if draft.step_no is not None and not counts.quorate:
            text = QCoreApplication.translate(
                "ResolutionsTab",
                "The attendance list has {present} of {expected} voting members present: without"
                " a quorum this branch assembly cannot admit or confirm anyone.",
            ).format(present=counts.voting_present, expected=counts.voting_expected)
        self.view.result.setText(text)

    def _kind_changed(self) -> None:
        if self._showing:
            return
        row = self.current_row()
        if 0 <= row < len(self._rows):
            self._rows[row].kind = ResolutionKind(self.view.resolution_kind.currentData())
            self._rows[row].subject_id = None
            self._rows[row].outcome = None
            self._show_current()
            self._form_changed()

    def _form_changed(self, *_args: object) -> None:
        if self._showing:
            return
        row, view = self.current_row(), self.view
        if not 0 <= row < len(self._rows):
            return
        draft = self._rows[row]
        draft.subject_id = view.subject.currentData()
        draft.text = view.resolution_text.toPlainText()
        outcome = view.outcome.currentData()
        draft.outcome = StepOutcome(outcome) if outcome else None
        view.resolution_list.item(row).setText(f"{row + 1}. {self._label(draft)}")
        self._show_result(draft)
        self.changed.emit()

    def _votes_typed(self) -> None:
        if self._showing:
            return
        row = self.current_row()
        if 0 <= row < len(self._rows):
            values = {key: self.view.votes[key].value() for key in VOTE_KEYS}
            self._rows[row].votes = VoteCount(**values)
            self._typed[row] = True
            self._show_result(self._rows[row])
            self.changed.emit()
