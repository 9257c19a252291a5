"""A small form that stores one step of a service request in one unit of work: registering,
dispatching, completing, cancelling, rating. Core's refusal shows at its field (a row's
error at its table, the row tinted), nothing is stored, what was typed stays."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import EditDialog, MessageDialog
from branchdesk.ui.volunteer.form import DialogButtons, Form
from branchdesk.ui.volunteer.labels import error_text
from branchdesk.ui.widgets.field_errors import FieldErrors
from branchdesk.ui.widgets.section import titled_section


class StepDialog(EditDialog):
    """Subclasses add their fields to ``self.fields`` (a form layout) and say what to store."""

    SIZE = (560, 420)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved = False
        self.result_value: Any = None
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.explanation = QLabel()
        self.explanation.setObjectName("hint")
        self.explanation.setWordWrap(True)
        self.explanation.hide()
        self.form = Form()
        self.fields: QFormLayout = self.form.layout()
        self.buttons = DialogButtons("", "saveStepButton")
        self.errors = FieldErrors(
            self.form.fields,
            self.form.errors,
            self.buttons.error,
            lambda field: self.form.titles.get(field, field),
        )
        self.section = titled_section("", self.fields)
        self.section_title = self.section.findChild(QLabel, "sectionTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.section, 1)
        layout.addWidget(self.buttons.error)
        layout.addLayout(self.buttons.row)
        self.buttons.save.clicked.connect(self.save)
        self.buttons.cancel.clicked.connect(self.reject)
        self.resize(*self.SIZE)

    def set_titles(self, title: str, section: str, save: str) -> None:
        """The window's and the heading's title, the fields' section, the save button."""
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.section_title.setText(section)
        self.buttons.save.setText(save)

    def explain(self, text: str) -> None:
        self.explanation.setText(text)
        self.explanation.show()

    def ready(self) -> None:
        """Call once the fields hold what the dialog opens with."""
        self._baseline = self.collect()

    def watch(self, field: str, signal: Any) -> None:
        """Clear ``field``'s error and update the status when ``signal`` fires."""
        signal.connect(lambda *_args: self.edited(field))

    # what subclasses say -------------------------------------------------------------------

    def collect(self) -> object:
        """What the form holds now (compared with the start for unsaved changes)."""
        raise NotImplementedError

    def write(self, session: Session) -> Any:
        """Store the step in the caller's unit of work; may raise ValidationError."""
        raise NotImplementedError

    def done_text(self) -> str:
        raise NotImplementedError

    def row_error(self, field: str, row: int) -> None:
        """Point at the ``row`` (0-based) a row error names; the base has no tables."""

    # saving --------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return not self.saved and self.collect() != getattr(self, "_baseline", None)

    def edited(self, field: str) -> None:
        if not hasattr(self, "_baseline"):
            return
        self.errors.clear(field)
        dirty = self.has_unsaved_changes()
        self.buttons.status.setText(self.tr("Unsaved changes") if dirty else "")

    def save(self) -> bool:
        self.errors.clear()
        try:
            with self.context.database.unit_of_work(self.context.actor) as session:
                self.result_value = self.write(session)
        except ValidationError as error:
            self.show_error(error)
            return False
        except BranchDeskError as error:
            MessageDialog.warn(self, self.windowTitle(), error_text(error))
            return False
        self.saved = True
        self.context.show_status(self.done_text())
        self.context.data_changed()
        self.accept()
        return True

    def show_error(self, error: ValidationError) -> None:
        """At the field, or at the table a row error (``hours.*``, ``assignee_ids.*``) names."""
        field, _, _detail = error.field.partition(".")
        field = field if field in self.form.fields else error.field
        widget = self.errors.show(field, error_text(error))
        row = int(error.params.get("row", 0) or 0) - 1
        if row >= 0:
            self.row_error(field, row)
        if widget is not None:
            widget.setFocus()

    def error_message(self) -> str:
        """The error the form shows now (the summary line)."""
        return "" if self.buttons.error.isHidden() else self.buttons.error.text()

    @classmethod
    def run(cls, *args: Any, **kwargs: Any) -> Any:
        """Open modally; what ``write`` returned once stored (True when it returned None),
        or None when cancelled."""
        dialog = cls(*args, **kwargs)
        dialog.exec()
        result = None
        if dialog.saved:
            result = dialog.result_value if dialog.result_value is not None else True
        dialog.deleteLater()
        return result
