"""The evaluation dialog (评议登记): one member's evaluation, and the next, in one sitting.

core/services/evaluations.record_evaluation validates and stores one member's record in its
own unit of work; a ValidationError is shown at the field it names and nothing is saved. The
clerk moves through the round's members with Previous / Next (asked first about unsaved
edits) or Save and next. A grade of 基本合格/不合格 opens an improvement item in the
检查整改 ledger (RULES.md §5): the dialog says so and offers to open it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from branchdesk.core.enums import Grade
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.rules.evaluation import WEAK_GRADES
from branchdesk.core.services.evaluation_list import peer_voters
from branchdesk.core.services.evaluations import (
    EvaluationDraft,
    EvaluationRow,
    RoundRow,
    evaluation_draft,
    evaluation_findings,
    record_evaluation,
)
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import (
    ConfirmDialog,
    EditDialog,
    MessageDialog,
    UnsavedChangesDialog,
    UnsavedChoice,
)
from branchdesk.ui.evaluation.evaluation_dialog_view import EvaluationDialogView, VoteFields
from branchdesk.ui.evaluation.improvement import (
    ImprovementNotice,
    improvement_text,
    open_improvement,
)
from branchdesk.ui.evaluation.labels import grade_label
from branchdesk.ui.i18n import qt_translate
from branchdesk.ui.labels import stage_label
from branchdesk.ui.pipeline.step_dialog import finding_text
from branchdesk.ui.validation import validation_message
from branchdesk.ui.widgets.field_errors import FieldErrors

DIALOG_SIZE = (760, 820)


class EvaluationDialog(EditDialog):
    """Record the evaluation of ``rows[index]``; Previous / Next walk through ``rows``."""

    def __init__(
        self,
        context: AppContext,
        round_row: RoundRow,
        rows: Sequence[EvaluationRow],
        index: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.round = round_row
        self.rows = list(rows)
        self.index = index
        self.saved_ids: list[int] = []
        self.problem_ids: list[int] = []  # improvement items opened while the dialog was open
        self.voters = peer_voters(round_row.summary.members)
        self.view = EvaluationDialogView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(*DIALOG_SIZE)
        view = self.view
        self.errors = FieldErrors(
            view.fields, view.errors, view.error, lambda field: view.titles.get(field, field)
        )
        # 支委会 or 党员大会 settles a whole round: a grade chosen fills in the last one used.
        self._graded_by = next((row.graded_by for row in self.rows if row.graded_by), "")
        self._baseline: EvaluationDraft | None = None
        self._stored_grade: Grade | None = None

        view.self_summary.textChanged.connect(lambda: self._edited("self_summary"))
        for prefix, box in (("peer", view.peer), ("masses", view.masses)):
            for grade, spin in box.spins.items():
                spin.valueChanged.connect(
                    lambda _value, field=f"{prefix}.{grade.value}", name=prefix: self._votes_edited(
                        name, field
                    )
                )
        view.branch_opinion.textChanged.connect(lambda: self._edited("branch_opinion"))
        view.grade.currentIndexChanged.connect(self._grade_chosen)
        view.graded_by.currentIndexChanged.connect(lambda: self._edited("graded_by"))
        view.previous_button.clicked.connect(lambda: self.go(-1))
        view.next_button.clicked.connect(lambda: self.go(1))
        view.save_next_button.clicked.connect(self.save_and_next)
        view.save_button.clicked.connect(self.save)
        view.cancel_button.clicked.connect(self.reject)
        for keys, slot in (
            ("Ctrl+Return", self.save_and_next),
            ("Ctrl+Enter", self.save_and_next),
            ("Ctrl+PgUp", lambda: self.go(-1)),
            ("Ctrl+PgDown", lambda: self.go(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._load()

    @classmethod
    def edit(
        cls,
        context: AppContext,
        round_row: RoundRow,
        rows: Sequence[EvaluationRow],
        index: int,
        parent: QWidget | None = None,
    ) -> int | None:
        """Open the dialog modally; the evaluation shown last when something was saved (the
        page selects it), None when nothing was."""
        dialog = cls(context, round_row, rows, index, parent)
        dialog.exec()
        last = dialog.current_id() if dialog.saved_ids else None
        dialog.deleteLater()
        return last

    # the member shown ------------------------------------------------------------------

    def current(self) -> EvaluationRow:
        return self.rows[self.index]

    def current_id(self) -> int:
        return self.current().id

    def _load(self) -> None:
        """Show the stored evaluation of rows[index] (read fresh: it may have been saved)."""
        row, view = self.current(), self.view
        with self.context.database.reading() as session:
            draft = evaluation_draft(session, row.id)
        self._baseline = None  # no "unsaved" while the fields are filled
        self.errors.clear()
        self.setWindowTitle(self.tr("Evaluation of {name}").format(name=row.name))
        view.heading.setText(row.name)
        view.subheading.setText(
            self.tr("{stage} · democratic evaluation of {year}").format(
                stage=stage_label(row.stage), year=self.round.year
            )
        )
        view.position.setText(
            self.tr("Member {number} of {total}").format(
                number=self.index + 1, total=len(self.rows)
            )
        )
        view.self_summary.setPlainText(draft.self_summary)
        view.peer.set_value(draft.peer)
        view.masses.set_value(draft.masses)
        view.branch_opinion.setPlainText(draft.branch_opinion)
        view.grade.setCurrentIndex(
            max(0, view.grade.findData(draft.grade.value if draft.grade else None))
        )
        view.graded_by.setCurrentIndex(max(0, view.graded_by.findData(draft.graded_by)))
        self._stored_grade = draft.grade
        self._baseline = self.collect()
        view.previous_button.setEnabled(self.index > 0)
        view.next_button.setEnabled(self.index < len(self.rows) - 1)
        view.peer.show_total(self.voters)
        view.masses.show_total(None)
        self._show_grade_note()
        view.status.setText("")
        view.self_summary.setFocus()
        view.scroll.verticalScrollBar().setValue(0)

    def collect(self) -> EvaluationDraft:
        """The evaluation as the form shows it now (not yet validated)."""
        view = self.view
        grade = view.grade.currentData()
        return EvaluationDraft(
            self_summary=view.self_summary.toPlainText(),
            peer=view.peer.value(),
            masses=view.masses.value(),
            branch_opinion=view.branch_opinion.toPlainText(),
            grade=Grade(grade) if grade else None,
            graded_by=view.graded_by.currentData() or "",
        )

    def has_unsaved_changes(self) -> bool:
        return self._baseline is not None and self.collect() != self._baseline

    def _edited(self, field: str) -> None:
        if self._baseline is None:
            return
        self.errors.clear(field)
        self.view.status.setText(self.tr("Unsaved changes") if self.has_unsaved_changes() else "")

    def _votes_edited(self, name: str, field: str) -> None:
        box = self.view.peer if name == "peer" else self.view.masses
        box.show_total(self.voters if name == "peer" else None)
        if self._baseline is not None:
            self.errors.clear(name)
        self._edited(field)

    def _grade_chosen(self) -> None:
        view = self.view
        if (
            self._baseline is not None
            and view.grade.currentData()
            and not (view.graded_by.currentData())
        ):
            view.graded_by.setCurrentIndex(max(0, view.graded_by.findData(self._graded_by)))
        self._show_grade_note()
        self._edited("grade")

    def _show_grade_note(self) -> None:
        """Before saving: a weak grade will put an improvement item on the ledger."""
        grade = self.collect().grade
        opens = grade in WEAK_GRADES and grade != self._stored_grade
        self.view.grade_note.setText(
            self.tr(
                "Saving puts an improvement item for {name} on the inspection and rectification"
                " ledger (to be rectified within 3 months)."
            ).format(name=self.current().name)
            if opens
            else ""
        )
        self.view.grade_note.setVisible(opens)

    # moving ----------------------------------------------------------------------------

    def go(self, step: int) -> bool:
        """Show the member ``step`` rows away, asking first about unsaved edits."""
        target = self.index + step
        if not 0 <= target < len(self.rows):
            return False
        if self.has_unsaved_changes():
            choice = UnsavedChangesDialog.ask(self, self.unsaved_subject())
            if choice is UnsavedChoice.CANCEL:
                return False
            if choice is UnsavedChoice.SAVE and not self._store():
                return False
        self.index = target
        self._load()
        return True

    def save_and_next(self) -> bool:
        """Save, then show the next member (close after the last); True when saved."""
        if not self._store():
            return False
        if self.index < len(self.rows) - 1:
            self.index += 1
            self._load()
        else:
            self.context.show_status(self.tr("Saved; that was the last member in the list"))
            self.accept()
        return True

    # saving ----------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the member shown and close; True when saved."""
        if not self._store():
            return False
        self.accept()
        return True

    def _store(self) -> bool:
        """Validate and store the member shown, or nothing; True when stored."""
        draft, row, context = self.collect(), self.current(), self.context
        self.errors.clear()
        try:
            if not self._warnings_accepted(draft):
                return False
            with context.database.unit_of_work(context.actor) as session:
                problem_id = record_evaluation(
                    session, row.id, replace(draft), today=context.today()
                )
        except ValidationError as error:
            self._show_error(error)
            return False
        except BranchDeskError as error:
            MessageDialog.warn(
                self,
                self.windowTitle(),
                self.tr("The evaluation could not be saved; nothing was changed. ({error})").format(
                    error=error.text(qt_translate)
                ),
            )
            return False
        self.saved_ids.append(row.id)
        if draft.graded_by:
            self._graded_by = draft.graded_by
        self._stored_grade = draft.grade
        self._baseline = self.collect()
        self.view.status.setText(self.tr("Saved"))
        self._show_grade_note()
        context.show_status(
            self.tr("Saved the evaluation of {name}").format(name=row.name)
            + (f" ({grade_label(draft.grade)})" if draft.grade else "")
        )
        context.data_changed()
        if problem_id is not None:
            self.problem_ids.append(problem_id)
            self._tell_improvement(problem_id, row, draft.grade)
        return True

    def _show_error(self, error: ValidationError) -> None:
        widget = self.errors.show(error.field, validation_message(error))
        if widget is not None:
            (widget.first() if isinstance(widget, VoteFields) else widget).setFocus()
            self.view.scroll.ensureWidgetVisible(widget)

    def _warnings_accepted(self, draft: EvaluationDraft) -> bool:
        """Giving 优秀 that takes the round over a third asks first (a warning, not a rule
        that refuses); a draft core refuses raises ValidationError as saving would."""
        if draft.grade is not Grade.EXCELLENT or self._stored_grade is Grade.EXCELLENT:
            return True
        with self.context.database.reading() as session:
            findings = evaluation_findings(session, self.current_id(), replace(draft))
        if not findings:
            return True
        lines = []
        for finding in findings:
            message, rule = finding_text(finding, self.context.language)
            lines.append(f"• {message}" + (f"\n  {rule}" if rule else ""))
        return ConfirmDialog.ask(
            self,
            self.windowTitle(),
            self.tr(
                "Please check before saving:\n\n{warnings}\n\nGrade as excellent anyway?"
            ).format(warnings="\n".join(lines)),
            self.tr("Save anyway"),
            self.tr("Go back"),
        )

    def _tell_improvement(self, problem_id: int, row: EvaluationRow, grade: Grade | None) -> None:
        """Say where the improvement item is, and open it if the clerk wants to."""
        text = improvement_text(self.context, problem_id, row.name, grade)
        self.context.show_status(text.splitlines()[0])
        if ImprovementNotice.tell(self, text):
            open_improvement(self.context, problem_id, self)

    def unsaved_subject(self) -> str:
        return self.tr("The evaluation of {name}").format(name=self.current().name)
