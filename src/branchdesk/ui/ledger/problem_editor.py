"""The problem editor: one problem of the rectification ledger, from finding to 销号.

Every button is one unit of work (problem_save.py): 保存 stores the form with its progress
notes and evidence; 开始整改, 完成整改, 销号 and 重新打开 store the form too and then move
the status as core/rules/rectification.py allows. A ValidationError is shown at its field
(and tab); what was typed stays and nothing partial is saved — a 销号 without a reviewer
leaves the database as it was.

Other pages raise problems through ``ProblemEditor.raise_for`` (an inspection, a 组织生活会,
a 民主评议): the draft names the record, the clerk completes it here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from branchdesk.core.enums import ProblemSource, ProblemStatus, RectifyKind
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.services.development import nameable_members
from branchdesk.core.services.problems import (
    ProblemDetail,
    ProblemDraft,
    list_evidence,
    problem_categories,
    problem_detail,
    problem_link,
)
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import EditDialog, MessageDialog
from branchdesk.ui.i18n import qt_translate
from branchdesk.ui.ledger.labels import link_text, overdue_label, problem_status_label
from branchdesk.ui.ledger.models import NoteLine
from branchdesk.ui.ledger.problem_editor_view import (
    PROBLEM_TAB,
    PROGRESS_TAB,
    TAB_OF,
    ProblemEditorView,
)
from branchdesk.ui.ledger.problem_fields import DeadlineRule, ProgressNotes
from branchdesk.ui.ledger.problem_save import EditorWrite, Move, write_problem
from branchdesk.ui.validation import validation_message
from branchdesk.ui.widgets.field_errors import FieldErrors

DIALOG_SIZE = (860, 700)


def new_draft(today: dt.date, **links: int | None) -> ProblemDraft:
    """A problem found today by the branch itself, to be rectified at once (a week)."""
    return ProblemDraft(
        source=ProblemSource.SELF,
        found_on=today,
        description="",
        rectify_kind=RectifyKind.IMMEDIATE,
        **links,  # type: ignore[arg-type]
    )


class ProblemEditor(EditDialog):
    """A stored problem (``problem_id``), or a new one of ``branch_id`` from ``draft``."""

    def __init__(
        self,
        context: AppContext,
        problem_id: int | None = None,
        *,
        branch_id: int | None = None,
        draft: ProblemDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.problem_id = problem_id
        self.saved_id: int | None = None
        today = context.today()
        self.view = view = ProblemEditorView(
            context.language, context.data_dir.attachments, today=today
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        self.resize(*DIALOG_SIZE)
        self.errors = FieldErrors(
            view.fields,
            view.errors,
            view.error,
            lambda field: view.titles.get(field, field).removesuffix(" *"),
        )
        self._cancel_text = view.cancel_button.text()
        self.notes = ProgressNotes(view, context.language, today)
        self.notes_model = self.notes.model
        self.deadline = DeadlineRule(view, context.language)
        self._stored: ProblemDetail | None = None
        self._filling = False
        with context.database.reading() as session:
            if problem_id is not None:
                self._stored = problem_detail(session, problem_id, today=today)
                branch_id = self._stored.branch_id
                draft = self._stored.draft
            assert branch_id is not None
            assert draft is not None
            members = nameable_members(session, branch_id, also=(draft.responsible_member_id,))
            categories = problem_categories(session, branch_id)
            link = problem_link(
                session,
                inspection_id=draft.inspection_id,
                meeting_id=draft.meeting_id,
                evaluation_id=draft.evaluation_id,
            )
            self._files = list_evidence(session, problem_id) if problem_id is not None else []
        self._branch_id = branch_id
        self._links = (draft.inspection_id, draft.meeting_id, draft.evaluation_id)
        for combo in (view.leader, view.person):
            combo.addItem("", None)
            for member in members:
                combo.addItem(member.name, member.id)
        view.category.addItems(["", *categories])
        view.link.setText(
            link_text(link, context.language) or self.tr("— (entered directly on the ledger)")
        )
        self._show(draft)
        self._baseline = self.state()

        for signal in (
            view.source.currentIndexChanged,
            view.category.currentTextChanged,
            view.description.textChanged,
            view.target.textChanged,
            view.measures.textChanged,
            view.leader.currentTextChanged,
            view.person.currentTextChanged,
            view.deadline.changed,
            view.completed_on.changed,
            view.reviewer.textChanged,
            view.opinion.textChanged,
            view.closed_on.changed,
            view.reason.textChanged,
            view.evidence.changed,
            view.found_on.changed,
            view.kind.currentIndexChanged,
            self.notes.changed,
        ):
            signal.connect(self._edited)
        view.start_button.clicked.connect(self.start)
        view.complete_button.clicked.connect(self.complete)
        view.close_button.clicked.connect(self.close_problem)
        view.reopen_button.clicked.connect(self.reopen)
        view.save_button.clicked.connect(self.save)
        view.cancel_button.clicked.connect(self.reject)
        view.description.setFocus()

    @classmethod
    def edit(
        cls, context: AppContext, problem_id: int, parent: QWidget | None = None
    ) -> int | None:
        """Open a stored problem modally; its id when something was saved, else None."""
        dialog = cls(context, problem_id, parent=parent)
        dialog.exec()
        saved = dialog.saved_id
        dialog.deleteLater()
        return saved

    @classmethod
    def raise_for(
        cls,
        context: AppContext,
        branch_id: int,
        draft: ProblemDraft,
        parent: QWidget | None = None,
    ) -> int | None:
        """Raise a problem of ``branch_id`` starting from ``draft`` (its link, source, date,
        any text) in the editor, modally; the new problem's id once saved, else None."""
        dialog = cls(context, branch_id=branch_id, draft=draft, parent=parent)
        dialog.exec()
        saved = dialog.saved_id
        dialog.deleteLater()
        return saved

    # showing and collecting ----------------------------------------------------------------

    def _show(self, draft: ProblemDraft) -> None:
        """Fill the form with ``draft`` and the stored problem's progress and review."""
        view, stored, today = self.view, self._stored, self.context.today()
        self._filling = True
        self.deadline.active = False
        view.source.setCurrentIndex(max(0, view.source.findData(draft.source.value)))
        view.found_on.set_value(draft.found_on)
        view.category.setEditText(draft.category)
        view.description.setPlainText(draft.description)
        view.target.setPlainText(draft.target)
        view.measures.setPlainText(draft.measures)
        _set_name(view.leader, draft.responsible_leader, None)
        _set_name(view.person, draft.responsible_person, draft.responsible_member_id)
        view.kind.setCurrentIndex(max(0, view.kind.findData(draft.rectify_kind.value)))
        view.deadline.set_value(draft.deadline)
        status = stored.status if stored else ProblemStatus.PENDING
        completed_on = stored.completed_on if stored else None
        view.completed_on.set_value(completed_on or today)
        view.reviewer.setText(stored.reviewer if stored else "")
        view.opinion.setPlainText(stored.review_opinion if stored else "")
        closed_on = stored.closed_on if stored else None
        view.closed_on.set_value(closed_on or today)
        view.reason.clear()
        self.notes.set_lines(
            [NoteLine(note.id, note.noted_on, note.note) for note in stored.notes] if stored else []
        )
        view.evidence.set_drafts(self._files)
        self.deadline.start()
        self._filling = False
        self._show_status(status)

    def _show_status(self, status: ProblemStatus) -> None:
        """Heading, status and the steps the flow allows now."""
        view, stored = self.view, self._stored
        if stored is None:
            title = self.tr("New problem")
            view.number.setText(self.tr("Numbered when saved, in the year it was found"))
        else:
            title = self.tr("Problem No. {number} of {year}").format(
                number=stored.sequence_no, year=stored.year
            )
            view.number.setText(
                self.tr("No. {number} of {year}").format(
                    number=stored.sequence_no, year=stored.year
                )
            )
        self.setWindowTitle(title)
        view.heading.setText(title)
        view.status_chip.setText(problem_status_label(status))
        view.overdue_chip.setText(overdue_label())
        view.overdue_chip.setVisible(stored is not None and stored.is_overdue)
        open_ = status in (ProblemStatus.PENDING, ProblemStatus.IN_PROGRESS)
        closed = status is ProblemStatus.CLOSED
        completed = status is ProblemStatus.COMPLETED
        view.start_button.setEnabled(status is ProblemStatus.PENDING)
        view.complete_button.setEnabled(open_)
        view.completed_on.setEnabled(open_)
        for widget in (view.closed_on, view.close_button):
            widget.setEnabled(completed)
        for text in (view.reviewer, view.opinion):  # a closed problem's review stays legible
            text.setEnabled(completed or closed)
            text.setReadOnly(closed)
        view.close_button.setToolTip(
            "" if completed else self.tr("Only a completed problem can be closed.")
        )
        reopen = {
            ProblemStatus.IN_PROGRESS: self.tr("Back to pending"),
            ProblemStatus.COMPLETED: self.tr("Back to in progress"),
            ProblemStatus.CLOSED: self.tr("Reopen (the closing is void)"),
        }.get(status)
        view.reopen_button.setVisible(reopen is not None and stored is not None)
        view.reopen_button.setText(reopen or "")
        view.status_form.setRowVisible(view.reason.parentWidget(), closed)
        view.closed_hint.setVisible(closed)
        # Nothing to cancel once a step is stored or while the problem is closed.
        view.cancel_button.setText(
            self.tr("Close") if closed or self.saved_id is not None else self._cancel_text
        )
        self._set_editable(not closed)

    def _set_editable(self, editable: bool) -> None:
        """A closed problem is final until reopened (**hard**): only 重新打开 is offered."""
        view = self.view
        for widget in (
            view.source,
            view.found_on,
            view.category,
            view.leader,
            view.person,
            view.kind,
            view.deadline,
            view.save_button,
        ):
            widget.setEnabled(editable)
        for text in (view.description, view.target, view.measures):  # read, not greyed out
            text.setReadOnly(not editable)
        for widget in (view.add_note, view.remove_note, view.note_form):
            widget.setVisible(editable)
        view.evidence.add_button.setVisible(editable)
        view.evidence.remove_button.setVisible(editable)

    def collect_draft(self) -> ProblemDraft:
        """The problem as the form shows it now (not yet validated)."""
        view = self.view
        person, member_id = _name_of(view.person)
        inspection_id, meeting_id, evaluation_id = self._links
        return ProblemDraft(
            source=ProblemSource(view.source.currentData()),
            found_on=view.found_on.value(),
            description=view.description.toPlainText(),
            rectify_kind=RectifyKind(view.kind.currentData()),
            deadline=view.deadline.value(),
            category=view.category.currentText(),
            target=view.target.toPlainText(),
            measures=view.measures.toPlainText(),
            responsible_leader=_name_of(view.leader)[0],
            responsible_person=person,
            responsible_member_id=member_id,
            inspection_id=inspection_id,
            meeting_id=meeting_id,
            evaluation_id=evaluation_id,
        )

    def state(self, move: Move = Move.SAVE) -> EditorWrite:
        """What a click would store now."""
        view = self.view
        return EditorWrite(
            draft=self.collect_draft(),
            notes=tuple(self.notes.lines()),
            evidence=tuple(view.evidence.drafts()),
            move=move,
            completed_on=view.completed_on.value(),
            reviewer=view.reviewer.text(),
            opinion=view.opinion.toPlainText(),
            closed_on=view.closed_on.value(),
            reason=view.reason.text(),
        )

    # reacting ------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.state() != self._baseline

    def _edited(self, *_args: object) -> None:
        if self._filling:
            return
        self.errors.clear()
        self.view.note_error.hide()
        self.view.status.setText(self.tr("Unsaved changes") if self.has_unsaved_changes() else "")

    # saving --------------------------------------------------------------------------------

    def _write(self, move: Move) -> bool:
        """Store the form and make ``move`` in one unit of work; True when committed."""
        plan = self.state(move)
        self.errors.clear()
        self.view.note_error.hide()
        context = self.context
        try:
            with context.database.unit_of_work(context.actor) as session:
                saved_id = write_problem(
                    session, self._branch_id, self._stored, plan, today=context.today()
                )
        except ValidationError as error:
            self.show_error(error)
            return False
        except BranchDeskError as error:
            MessageDialog.warn(
                self,
                self.tr("Problem"),
                self.tr("The problem could not be saved; nothing was changed. ({error})").format(
                    error=error.text(qt_translate)
                ),
            )
            return False
        self.saved_id = self.problem_id = saved_id
        context.data_changed()
        return True

    def save(self) -> bool:
        """保存: store the problem and close; True when saved."""
        if not self._write(Move.SAVE):
            return False
        self.context.show_status(self.tr("Saved “{title}”").format(title=self._title()))
        self.accept()
        return True

    def _step(self, move: Move, done: str) -> bool:
        """A status step: stored with the form; the editor stays open on the new status."""
        if not self._write(move):
            return False
        assert self.saved_id is not None
        with self.context.database.reading() as session:
            self._stored = problem_detail(session, self.saved_id, today=self.context.today())
            self._files = list_evidence(session, self.saved_id)
        self._show(self._stored.draft)
        self._baseline = self.state()
        self.view.status.setText(done)
        self.context.show_status(f"{self._title()}：{done}")
        return True

    def start(self) -> bool:
        """开始整改: 待整改 → 整改中."""
        return self._step(Move.START, self.tr("Rectification started."))

    def complete(self) -> bool:
        """完成整改 on the date given: → 已完成."""
        return self._step(Move.COMPLETE, self.tr("Rectification completed."))

    def close_problem(self) -> bool:
        """销号 after review (**hard**: reviewer, opinion, date)."""
        return self._step(Move.CLOSE, self.tr("Closed after review."))

    def reopen(self) -> bool:
        """One step back; a closed problem only with a reason (kept as a progress note)."""
        return self._step(Move.REOPEN, self.tr("Reopened."))

    def show_error(self, error: ValidationError) -> None:
        """Show the error at its field, on its tab; a note's at its row."""
        view, message = self.view, validation_message(error)
        view.tabs.setCurrentIndex(TAB_OF.get(error.field, PROBLEM_TAB))
        if error.field in ("noted_on", "note"):
            self.notes.select(int(error.params.get("row", 0) or 0) - 1)
            view.note_error.setText(message)
            view.note_error.show()
            view.fields[error.field].setFocus()
            return
        if error.field == "status":
            view.tabs.setCurrentIndex(PROGRESS_TAB)
        widget = self.errors.show(error.field, message)
        if widget is not None:
            widget.setFocus()

    def _title(self) -> str:
        text = " ".join(self.view.description.toPlainText().split())
        return text[:20] + "…" if len(text) > 20 else text

    def unsaved_subject(self) -> str:
        return self._title() or QCoreApplication.translate("ProblemEditor", "The new problem")


def _set_name(combo: QComboBox, name: str, member_id: int | None) -> None:
    """Show the chosen member, or the name as typed."""
    index = combo.findData(member_id) if member_id is not None else -1
    if index < 0:
        index = combo.findText(name) if name else 0
    if index >= 0 and combo.itemText(index) == name:
        combo.setCurrentIndex(index)
    else:
        combo.setCurrentIndex(0)
        combo.setEditText(name)


def _name_of(combo: QComboBox) -> tuple[str, int | None]:
    """The name in the box, and the member's id when it is a member of the list."""
    text = combo.currentText().strip()
    index = combo.currentIndex()
    if index < 0 or combo.itemText(index) != text:
        index = combo.findText(text) if text else -1
    return text, combo.itemData(index) if index >= 0 else None
