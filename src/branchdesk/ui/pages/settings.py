"""The settings page (设置): load, edit, validate and save AppSettings in one unit of work."""

from __future__ import annotations

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QVBoxLayout, QWidget

from branchdesk.core.errors import DatabaseError, ValidationError
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.services.settings import AppSettings, load_settings, save_settings
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import MessageDialog, UnsavedChangesDialog, UnsavedChoice
from branchdesk.ui.i18n import qt_translate
from branchdesk.ui.pages.base import Page
from branchdesk.ui.pages.rule_texts import RULE_TEXTS
from branchdesk.ui.pages.settings_view import SettingsView
from branchdesk.ui.validation import validation_message
from branchdesk.ui.widgets.dates import OptionalDateEdit


class SettingsPage(Page):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.view = SettingsView(context.language, today=context.today())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._loaded = AppSettings()
        self._invalid: QWidget | None = None
        self._clear_on_edit: SignalInstance | None = None

        view = self.view
        view.branches.changed.connect(self._edited)
        view.clerk_name.textChanged.connect(self._edited)
        view.language.currentIndexChanged.connect(self._edited)
        for spin in view.rules.values():
            spin.valueChanged.connect(self._edited)
        view.save_button.clicked.connect(self.save)
        view.revert_button.clicked.connect(self.revert)
        context.signals.data_changed.connect(self._data_changed)
        self.load()

    # reading and showing ---------------------------------------------------------------

    def load(self) -> None:
        """Show the settings as stored now (forgets edits: callers check first)."""
        with self.context.database.reading() as session:
            self._loaded = load_settings(session)
        self._show(self._loaded)

    def _show(self, settings: AppSettings) -> None:
        self._clear_error()
        view = self.view
        view.branches.set_branches(settings.branches)
        view.clerk_name.setText(settings.clerk_name)
        view.language.setCurrentIndex(max(view.language.findData(settings.language), 0))
        for name, spin in view.rules.items():
            spin.setValue(getattr(settings.rules, name))
        self._edited()

    def collect(self) -> AppSettings:
        """The settings as the form shows them now (not yet validated)."""
        view = self.view
        return AppSettings(
            clerk_name=view.clerk_name.text(),
            language=str(view.language.currentData()),
            rules=LocalRules(**{name: spin.value() for name, spin in view.rules.items()}),
            branches=view.branches.branches(),
        )

    def has_unsaved_changes(self) -> bool:
        return self.collect() != self._loaded

    def _edited(self) -> None:
        dirty = self.has_unsaved_changes()
        self.view.save_button.setEnabled(dirty)
        self.view.revert_button.setEnabled(dirty)
        self.view.status.setText(self.tr("Unsaved changes") if dirty else "")

    # actions ---------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate and store everything, or nothing; True when saved."""
        settings = self.collect()
        self._clear_error()
        try:
            with self.context.database.unit_of_work(self.context.actor) as session:
                save_settings(session, settings, today=self.context.today())
        except ValidationError as error:
            self._show_error(error)
            return False
        except DatabaseError as error:
            MessageDialog.warn(
                self,
                self.tr("Settings"),
                self.tr("The settings could not be saved; nothing was changed. ({error})").format(
                    error=error.text(qt_translate)
                ),
            )
            return False
        self.context.clerk_name = settings.clerk_name.strip()
        self.load()  # new branches now have ids; names are stored trimmed
        self.context.show_status(self.tr("Settings saved."))
        self.context.data_changed()
        return True

    def revert(self) -> None:
        self._show(self._loaded)

    def refresh(self) -> None:
        if self.has_unsaved_changes():
            self.context.show_status(
                self.tr("The settings have unsaved changes: save or revert them first.")
            )
            return
        self.load()

    def can_leave(self) -> bool:
        if not self.has_unsaved_changes():
            return True
        choice = UnsavedChangesDialog.ask(self, self.tr("Settings"))
        if choice is UnsavedChoice.SAVE:
            return self.save()
        if choice is UnsavedChoice.DISCARD:
            self.revert()
            return True
        return False

    def _data_changed(self) -> None:
        if not self.has_unsaved_changes():
            self.load()  # e.g. sample data brought branches; edits in progress are kept

    # validation errors -----------------------------------------------------------------

    def field_widget(self, field: str) -> QWidget | None:
        """The editor of a ValidationError's field, e.g. ``branches.0.name``."""
        parts = field.split(".")
        view = self.view
        if parts[0] == "branches":
            if len(parts) == 3 and parts[1].isdigit():
                return view.branches.field_widget(int(parts[1]), parts[2])
            return view.branches.table
        if field == "clerk_name":
            return view.clerk_name
        if field == "language":
            return view.language
        if parts[0] == "rules" and len(parts) == 2:
            return view.rules.get(parts[1])
        return None

    def _field_title(self, field: str) -> str:
        parts = field.split(".")
        if parts[0] == "branches":
            if len(parts) == 3 and parts[1].isdigit():
                return self.tr("Branch {number} ({column})").format(
                    number=int(parts[1]) + 1, column=self.view.branches.column_title(parts[2])
                )
            return self.tr("Branches")
        if field == "clerk_name":
            return self.tr("Clerk")
        if field == "language":
            return self.tr("Language")
        if parts[0] == "rules" and len(parts) == 2 and parts[1] in RULE_TEXTS:
            return RULE_TEXTS[parts[1]].label_text()
        return field

    def _show_error(self, error: ValidationError) -> None:
        self.view.error.setText(
            self.tr("{field}: {message}").format(
                field=self._field_title(error.field), message=validation_message(error)
            )
        )
        self.view.error.show()
        widget = self.field_widget(error.field)
        if widget is None:
            return
        target = widget.focusProxy() or widget
        target.setProperty("invalid", True)
        target.style().unpolish(target)
        target.style().polish(target)
        self._invalid = target
        self.view.scroll.ensureWidgetVisible(widget)
        widget.setFocus()
        self._clear_on_edit = self._edit_signal(widget)
        self._clear_on_edit.connect(self._clear_error)

    def _edit_signal(self, widget: QWidget) -> SignalInstance:
        """The signal that fires when the user edits ``widget``."""
        if isinstance(widget, OptionalDateEdit):
            return widget.changed
        if widget is self.view.branches.table:
            return self.view.branches.changed
        for name in ("textChanged", "valueChanged", "currentIndexChanged"):
            signal = getattr(widget, name, None)
            if isinstance(signal, SignalInstance):
                return signal
        return self.view.branches.changed

    def _clear_error(self) -> None:
        if self._clear_on_edit is not None:
            self._clear_on_edit.disconnect(self._clear_error)
            self._clear_on_edit = None
        self.view.error.hide()
        self.view.error.clear()
        if self._invalid is not None:
            target = self._invalid
            self._invalid = None
            target.setProperty("invalid", False)
            target.style().unpolish(target)
            target.style().polish(target)
