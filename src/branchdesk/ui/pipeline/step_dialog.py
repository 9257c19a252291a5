"""The step dialog (记录发展步骤): record or correct one development step of one person.

Every change of the form re-runs the rule checks (core.services.development.step_findings):
hard findings block 记录 with their reason and article; warnings are listed and the clerk
confirms them to record what really happened (RULES.md §1). One unit of work per save.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QVBoxLayout, QWidget

from branchdesk.core.enums import StepOutcome, StepRole
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.rules import pipeline_steps as s
from branchdesk.core.rules.pipeline import StepDue
from branchdesk.core.rules.pipeline_checks import FindingSeverity, RuleFinding
from branchdesk.core.rules.votes import VoteCount
from branchdesk.core.services.attachments import (
    AttachmentOwner,
    list_attachments,
    save_attachments,
)
from branchdesk.core.services.development import (
    StepDraft,
    StepPersonDraft,
    StepRefused,
    nameable_members,
    outcomes_for,
    person_facts,
    record_step,
    step_draft,
    step_findings,
    step_history,
    suggest_next,
    update_step,
)
from branchdesk.core.services.settings import load_settings
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import EditDialog, MessageDialog
from branchdesk.ui.i18n import format_date, localize_params, qt_translate
from branchdesk.ui.labels import outcome_label, role_label, stage_label
from branchdesk.ui.pipeline.step_dialog_view import StepDialogView
from branchdesk.ui.validation import validation_message

DIALOG_SIZE = (720, 660)
REMINDERS = "Reminders"


def finding_text(finding: RuleFinding, language: str) -> tuple[str, str]:
    """A finding's message and the rule it cites, translated with their dates localised."""
    params = localize_params(finding.params, language)
    message = qt_translate(REMINDERS, finding.message).format(**params)
    rule = qt_translate(REMINDERS, finding.rule).format(**params) if finding.rule else ""
    return message, rule


class StepDialog(EditDialog):
    """Record the next (or any) step of a person, or correct one recorded before."""

    def __init__(
        self,
        context: AppContext,
        member_id: int,
        *,
        step_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.member_id = member_id
        self.step_id = step_id
        self.saved_id: int | None = None
        self.findings: list[RuleFinding] = []
        today = context.today()
        self.view = StepDialogView(
            context.language, today=today, store=context.data_dir.attachments
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(*DIALOG_SIZE)

        with context.database.reading() as session:
            self.rules = load_settings(session).rules
            self.facts = person_facts(session, member_id)
            suggestion = suggest_next(session, member_id, self.rules, today)
            members = nameable_members(session)
            record = next((r for r in step_history(session, member_id) if r.id == step_id), None)
            files = (
                list_attachments(session, AttachmentOwner.step(step_id))
                if step_id is not None
                else []
            )
        view = self.view
        view.person.setText(
            self.tr("{name} · {stage}").format(
                name=self.facts.name, stage=stage_label(self.facts.stage)
            )
        )
        for box in view.people:
            box.addItem("", None)
            for member in members:
                box.addItem(f"{member.name}（{stage_label(member.stage)}）", member.id)
        self._member_names = {member.id: member.name for member in members}

        if record is not None:
            self.setWindowTitle(self.tr("Correct a development step"))
            view.suggestion.setText(
                self.tr("Correcting step {step} recorded for {date}.").format(
                    step=record.step_no,
                    date=format_date(record.done_on, context.language),
                )
            )
            view.step.setEnabled(False)
            view.save_button.setText(self.tr("Save"))
            self._show(step_draft(record))
        else:
            self.setWindowTitle(self.tr("Record a development step"))
            view.suggestion.setText(self._suggestion_text(suggestion))
            self._show(StepDraft(suggestion.step_no, today))

        view.attachments.set_drafts(files)
        self._baseline = (self.collect(), view.attachments.drafts())
        for signal in (
            view.done_on.changed,
            view.outcome.currentIndexChanged,
            view.notes.textChanged,
            view.confirm.toggled,
            *(box.currentTextChanged for box in view.people),
            *(spin.valueChanged for spin in view.votes.values()),
        ):
            signal.connect(self.recheck)
        view.step.currentIndexChanged.connect(self._step_changed)
        view.save_button.clicked.connect(self.save)
        view.cancel_button.clicked.connect(self.reject)
        self.recheck()
        view.done_on.setFocus()

    @classmethod
    def record(
        cls, context: AppContext, member_id: int, parent: QWidget | None = None
    ) -> int | None:
        """Open the dialog modally; the recorded step's id, or None when cancelled."""
        dialog = cls(context, member_id, parent=parent)
        dialog.exec()
        saved = dialog.saved_id
        dialog.deleteLater()
        return saved

    @classmethod
    def correct(
        cls, context: AppContext, member_id: int, step_id: int, parent: QWidget | None = None
    ) -> bool:
        """Open the dialog on a recorded step; True when the correction was saved."""
        dialog = cls(context, member_id, step_id=step_id, parent=parent)
        dialog.exec()
        saved = dialog.saved_id is not None
        dialog.deleteLater()
        return saved

    # showing and reading ---------------------------------------------------------------

    def _suggestion_text(self, due: StepDue) -> str:
        language = self.context.language
        text = self.tr("Next step: {step}.").format(step=s.step_spec(due.step_no).label)
        if due.overdue and due.due_on is not None:
            text += " " + self.tr("Overdue since {date}.").format(
                date=format_date(due.due_on, language)
            )
        elif due.due_on is not None:
            text += " " + self.tr("Due by {date}.").format(date=format_date(due.due_on, language))
        elif due.earliest_on is not None:
            text += " " + self.tr("Not before {date}.").format(
                date=format_date(due.earliest_on, language)
            )
        return text

    def _show(self, draft: StepDraft) -> None:
        view = self.view
        view.step.blockSignals(True)
        view.step.setCurrentIndex(max(view.step.findData(draft.step_no), 0))
        view.step.blockSignals(False)
        self._configure(draft.step_no)
        view.done_on.set_value(draft.done_on)
        view.outcome.setCurrentIndex(max(view.outcome.findData(draft.outcome), 0))
        for box, person in zip(view.people, [*draft.people, None, None], strict=False):
            if person is None:
                box.setCurrentIndex(0)
            elif person.member_id is not None and box.findData(person.member_id) >= 0:
                box.setCurrentIndex(box.findData(person.member_id))
            else:
                box.setEditText(person.name)
        votes = draft.votes
        for key, spin in view.votes.items():
            spin.setValue(getattr(votes, key) if votes is not None else 0)
        view.notes.setPlainText(draft.notes)

    def _configure(self, step_no: int) -> None:
        """Show the outcomes, people and votes that this step records."""
        view = self.view
        spec = s.step_spec(step_no)
        chosen = view.outcome.currentData()
        view.outcome.blockSignals(True)
        view.outcome.clear()
        for outcome in outcomes_for(step_no):
            view.outcome.addItem(outcome_label(outcome), outcome)
        view.outcome.setCurrentIndex(max(view.outcome.findData(chosen), 0))
        view.outcome.blockSignals(False)
        view.outcome.setEnabled(view.outcome.count() > 1)
        role = self._role(step_no)
        view.people_label.setVisible(role is not None)
        view.people_cell.setVisible(role is not None)
        if role is not None:
            view.people_label.setText(role_label(role))
        view.votes_label.setVisible(spec.has_votes)
        view.votes_cell.setVisible(spec.has_votes)

    @staticmethod
    def _role(step_no: int) -> StepRole | None:
        roles = s.step_spec(step_no).roles
        return roles[0] if roles else None

    def _step_changed(self) -> None:
        self._configure(self.view.step.currentData())
        self.recheck()

    def collect(self) -> StepDraft:
        """The draft as the form shows it now (not yet checked)."""
        view = self.view
        step_no = int(view.step.currentData())
        role = self._role(step_no)
        people: list[StepPersonDraft] = []
        if role is not None:
            for box in view.people:
                text = box.currentText().strip()
                member_id = box.currentData()
                # An item picked and left as shown names that member; edited text names an
                # outsider (e.g. a teacher of another branch).
                if member_id is not None and box.itemText(box.currentIndex()) == text:
                    people.append(StepPersonDraft(role, self._member_names[member_id], member_id))
                elif text:
                    people.append(StepPersonDraft(role, text))
        votes = None
        if s.step_spec(step_no).has_votes:
            votes = VoteCount(**{key: spin.value() for key, spin in view.votes.items()})
        return StepDraft(
            step_no=step_no,
            done_on=view.done_on.value(),
            outcome=StepOutcome(view.outcome.currentData() or StepOutcome.DONE),
            people=people,
            votes=votes,
            notes=view.notes.toPlainText(),
        )

    # checking --------------------------------------------------------------------------

    def recheck(self) -> None:
        """Run the rule checks on the form as it is and show what they find."""
        view = self.view
        view.error.hide()
        draft = self.collect()
        try:
            with self.context.database.reading() as session:
                self.findings = step_findings(
                    session,
                    self.member_id,
                    draft,
                    rules=self.rules,
                    today=self.context.today(),
                    facts=self.facts if self.step_id is None else None,
                )
        except ValidationError as error:
            self.findings = []
            view.findings.setText(html.escape(validation_message(error)))
            view.confirm.hide()
            view.save_button.setEnabled(False)
            return
        hard = [f for f in self.findings if f.severity is FindingSeverity.HARD]
        warnings = [f for f in self.findings if f.severity is FindingSeverity.WARNING]
        view.findings.setText(self._findings_html())
        view.confirm.setVisible(bool(warnings) and not hard)
        view.save_button.setEnabled(not hard and (not warnings or view.confirm.isChecked()))

    def _findings_html(self) -> str:
        if not self.findings:
            return "<span style='color:#2e7d32'>✓ {}</span>".format(
                html.escape(self.tr("No rule is broken."))
            )
        lines = []
        for finding in self.findings:
            message, rule = finding_text(finding, self.context.language)
            hard = finding.severity is FindingSeverity.HARD
            mark = self.tr("Refused") if hard else self.tr("Warning")
            colour = "#c62828" if hard else "#b26a00"
            lines.append(
                f"<p style='margin:0 0 6px 0'><b style='color:{colour}'>{html.escape(mark)}</b>"
                f" {html.escape(message)}<br>"
                f"<span style='color:#666'>{html.escape(rule)}</span></p>"
            )
        return "".join(lines)

    # saving ----------------------------------------------------------------------------

    def save(self) -> bool:
        """Record the step (or the correction) in one unit of work; True when saved."""
        if not self.view.save_button.isEnabled():
            return False
        draft = self.collect()
        context = self.context
        try:
            with context.database.unit_of_work(context.actor) as session:
                if self.step_id is None:
                    saved = record_step(
                        session, self.member_id, draft, rules=self.rules, today=context.today()
                    )
                else:
                    update_step(
                        session,
                        self.member_id,
                        self.step_id,
                        draft,
                        rules=self.rules,
                        today=context.today(),
                    )
                    saved = self.step_id
                save_attachments(
                    session, AttachmentOwner.step(saved), self.view.attachments.drafts()
                )
        except (StepRefused, ValidationError):
            # The archive changed since the dialog opened: re-read and show why now.
            with context.database.reading() as session:
                self.facts = person_facts(session, self.member_id)
            self.recheck()
            return False
        except BranchDeskError as error:
            MessageDialog.warn(
                self,
                self.tr("Development step"),
                self.tr("The step was not recorded; nothing was changed. ({error})").format(
                    error=error.text(qt_translate)
                ),
            )
            return False
        self.saved_id = saved
        spec = s.step_spec(draft.step_no)
        context.show_status(
            self.tr("Recorded {step} for {name}").format(step=spec.label, name=self.facts.name)
        )
        context.data_changed()
        self.accept()
        return True

    def has_unsaved_changes(self) -> bool:
        if self.saved_id is not None:
            return False
        return (self.collect(), self.view.attachments.drafts()) != self._baseline

    def unsaved_subject(self) -> str:
        return self.tr("The development step of {name}").format(name=self.facts.name)
