"""The first-run assistant: on a new, empty archive, the branch, the clerk, and how to start.

app.py opens it after the main window shows, only while the archive holds no branch and no
person (the same test as 工作台's empty state); once a branch is stored it never shows again.
It writes through the settings service in one unit of work; sample data goes the existing way.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from branchdesk.core.errors import DatabaseError, ValidationError
from branchdesk.core.services.settings import BranchInfo, load_settings, save_settings
from branchdesk.ui.context import DEFAULT_ACTOR, AppContext
from branchdesk.ui.dialogs import MessageDialog
from branchdesk.ui.first_run.view import FirstRunView
from branchdesk.ui.i18n import qt_translate
from branchdesk.ui.validation import validation_message
from branchdesk.ui.widgets.field_errors import set_invalid

DASHBOARD = "dashboard"


class FirstRunAssistant(QDialog):
    """Three steps; Finish stores the branches and the clerk, then imports, samples or not."""

    IMPORT, SAMPLE, EMPTY = "import", "sample", "empty"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunAssistant")
        self.setWindowTitle(self.tr("Set up BranchDesk"))
        self.context = context
        self.finished_with: str | None = None  # the choice once the assistant has done its work
        self.view = FirstRunView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(640, 500)

        view = self.view
        view.back_button.clicked.connect(self.go_back)
        view.next_button.clicked.connect(self.go_next)
        view.later_button.clicked.connect(self.reject)
        view.add_branch_button.clicked.connect(self._add_branch)
        view.sample_shortcut.clicked.connect(self.choose_sample_data)
        view.branch_names[0].textChanged.connect(self._update_buttons)
        for field in (view.branch_names[0], view.clerk_name):
            field.textEdited.connect(self._clear_errors)
        for button in (view.import_roster, view.sample_data, view.start_empty):
            button.toggled.connect(self._update_buttons)
        view.show_step(FirstRunView.BRANCH)
        self._update_buttons()
        view.branch_names[0].setFocus()

    @classmethod
    def start(cls, context: AppContext, parent: QWidget | None = None) -> FirstRunAssistant:
        """Open the assistant window-modal without blocking; it deletes itself when closed."""
        assistant = cls(context, parent)
        assistant.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        assistant.open()
        return assistant

    # moving between the steps ----------------------------------------------------------

    def step(self) -> int:
        return self.view.stack.currentIndex()

    def choice(self) -> str:
        view = self.view
        if view.sample_data.isChecked():
            return self.SAMPLE
        if view.start_empty.isChecked():
            return self.EMPTY
        return self.IMPORT

    def go_next(self) -> None:
        """Next, or on the last step Finish."""
        if self.step() == FirstRunView.START:
            self.finish()
            return
        self._show_step(self.step() + 1)

    def go_back(self) -> None:
        if self.step() > FirstRunView.BRANCH:
            self._show_step(self.step() - 1)

    def choose_sample_data(self) -> None:
        """只是看看: straight to the last step with sample data chosen (no names needed)."""
        self.view.sample_data.setChecked(True)
        self._show_step(FirstRunView.START)

    def _show_step(self, step: int) -> None:
        self.view.show_step(step)
        self._update_buttons()
        focus = {
            FirstRunView.BRANCH: self.view.branch_names[0],
            FirstRunView.CLERK: self.view.clerk_name,
            FirstRunView.START: self.view.choices.checkedButton(),
        }[step]
        if focus is not None:
            focus.setFocus()

    def _update_buttons(self) -> None:
        view, step = self.view, self.step()
        view.back_button.setEnabled(step != FirstRunView.BRANCH)
        last = step == FirstRunView.START
        view.next_button.setText(self.tr("Start") if last else self.tr("Next"))
        # The first branch's name is the one thing a real archive cannot do without.
        needs_name = step == FirstRunView.BRANCH or (last and self.choice() != self.SAMPLE)
        view.next_button.setEnabled(not needs_name or bool(view.branch_names[0].text().strip()))

    def _add_branch(self) -> None:
        field = self.view.add_branch_row()
        field.textEdited.connect(self._clear_errors)
        field.setFocus()

    # finishing -------------------------------------------------------------------------

    def settings_entered(self) -> tuple[tuple[BranchInfo, ...], str]:
        """The branches (first always, further ones when named) and the clerk as typed."""
        view = self.view
        parent_org = view.parent_org.text()
        names = [field.text() for field in view.branch_names]
        kept = [names[0], *(name for name in names[1:] if name.strip())]
        return (
            tuple(BranchInfo(name=name, parent_org=parent_org) for name in kept),
            view.clerk_name.text(),
        )

    def finish(self) -> bool:
        """Do what was chosen; False (and the error shown at its field) when nothing was."""
        choice = self.choice()
        parent = self.parentWidget() or self
        if choice == self.SAMPLE:
            from branchdesk.ui.sample_data import load_sample_data

            self._done(choice)
            load_sample_data(self.context, parent)
            return True
        if not self.save():
            return False
        self._done(choice)
        self.context.show_status(self.tr("Your archive is ready."))
        self.context.data_changed()
        if choice == self.IMPORT:
            from branchdesk.ui.members.roster_import.wizard import ImportWizard

            ImportWizard.start(self.context, parent)
        return True

    def _done(self, choice: str) -> None:
        self.finished_with = choice
        self.context.signals.navigate.emit(DASHBOARD)
        self.accept()

    def save(self) -> bool:
        """Store the branches and the clerk in one unit of work, or nothing."""
        self._clear_errors()
        branches, clerk = self.settings_entered()
        try:
            with self.context.database.unit_of_work(clerk.strip() or DEFAULT_ACTOR) as session:
                settings = replace(load_settings(session), clerk_name=clerk, branches=branches)
                save_settings(session, settings, today=self.context.today())
        except ValidationError as error:
            self.show_error(error)
            return False
        except DatabaseError as error:
            MessageDialog.warn(
                self,
                self.tr("Set up BranchDesk"),
                self.tr("Nothing was stored: {error}").format(error=error.text(qt_translate)),
            )
            return False
        self.context.clerk_name = clerk.strip()
        return True

    # validation errors at their field --------------------------------------------------

    def field_widgets(self, field: str) -> tuple[int, QLineEdit | None, QLabel]:
        """The step, the field and its message label of a ValidationError's ``field``."""
        view = self.view
        parts = field.split(".")
        if parts[0] == "branches":  # branches.<n>.name: the n-th branch settings_entered kept
            rows = self._named_rows()
            index = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
            row = rows[index] if index < len(rows) else 0
            return FirstRunView.BRANCH, view.branch_names[row], view.branch_errors[row]
        if field == "clerk_name":
            return FirstRunView.CLERK, view.clerk_name, view.clerk_error
        return FirstRunView.START, None, view.save_error

    def _named_rows(self) -> list[int]:
        """The rows settings_entered() keeps, in order (empty extra rows are left out)."""
        names = self.view.branch_names
        return [0, *(row for row in range(1, len(names)) if names[row].text().strip())]

    def show_error(self, error: ValidationError) -> None:
        step, widget, label = self.field_widgets(error.field)
        label.setText(validation_message(error))
        label.show()
        self._show_step(step)
        if widget is not None:
            set_invalid(widget, True)
            widget.setFocus()

    def _clear_errors(self) -> None:
        view = self.view
        for widget in (*view.branch_names, view.clerk_name):
            if widget.property("invalid"):
                set_invalid(widget, False)
        for label in (*view.branch_errors, view.clerk_error, view.save_error):
            label.hide()
