"""The main window's print commands: what the current page shows, the roster, a member's form.

The preview, the pickers and the forms load when first used: QtPdf, QtPrintSupport and the
report code would otherwise add some 50 ms to every start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton

from branchdesk.core.errors import BranchDeskError
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import MessageDialog
from branchdesk.ui.i18n import qt_translate
from branchdesk.ui.icons import icon
from branchdesk.ui.pages.base import Page

if TYPE_CHECKING:
    from branchdesk.reports.jobs import PrintJob
    from branchdesk.ui.printing.preview import PrintPreviewDialog


class PrintActions(QObject):
    """Actions, menu and toolbar buttons for printing; previews open as windows of their own."""

    preview_opened = Signal(object)  # the PrintPreviewDialog just shown

    def __init__(
        self,
        window: QMainWindow,
        context: AppContext,
        current_page: Callable[[], Page | None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._current_page = current_page
        self._previews: list[PrintPreviewDialog] = []

        self.print_action = QAction(icon("print.svg"), self.tr("&Print…"), window)
        self.print_action.setIconText(self.tr("Print"))
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(self.print_current_page)
        self.roster_action = QAction(icon("roster.svg"), self.tr("Member &roster…"), window)
        self.roster_action.triggered.connect(self.print_roster)
        self.member_card_action = QAction(
            icon("member-card.svg"), self.tr("Member &information form…"), window
        )
        self.member_card_action.triggered.connect(self.print_member_card)
        self.forms_menu = QMenu(self.tr("Print f&orms"), window)
        self.forms_menu.setIcon(icon("forms.svg"))
        self.forms_menu.addAction(self.roster_action)
        self.forms_menu.addAction(self.member_card_action)
        self.update_for(None)

    # chrome ------------------------------------------------------------------------------

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addAction(self.print_action)
        menu.addMenu(self.forms_menu)

    def build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("Toolbar"))
        toolbar.setObjectName("mainToolBar")  # saveState() needs it
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(22, 22))  # compact: pages below need the height more
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        toolbar.addAction(self.print_action)
        self.forms_button = QToolButton()
        self.forms_button.setObjectName("formsButton")
        self.forms_button.setIcon(icon("forms.svg"))
        self.forms_button.setText(self.tr("Print forms"))
        self.forms_button.setToolTip(self.tr("Print the member roster or a member's form"))
        self.forms_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.forms_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.forms_button.setMenu(self.forms_menu)
        toolbar.addWidget(self.forms_button)
        return toolbar

    def update_for(self, page: Page | None) -> None:
        """Enable 打印 when ``page`` has something to print, and say why not when it has not."""
        printable = page is not None and page.can_print()
        self.print_action.setEnabled(printable)
        keys = self.print_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if printable:
            self.print_action.setToolTip(
                self.tr("Print what this page shows ({keys})").format(keys=keys)
            )
        else:
            self.print_action.setToolTip(
                self.tr(
                    "This page has nothing to print. The roster and the member forms are "
                    "under Print forms."
                )
            )

    # commands ----------------------------------------------------------------------------

    def print_current_page(self) -> PrintPreviewDialog | None:
        page = self._current_page()
        if page is None or not page.can_print():
            return None
        return self._open(page.print_job)

    def print_roster(self) -> PrintPreviewDialog | None:
        from branchdesk.ui.printing.roster_dialog import RosterPrintDialog

        choice = RosterPrintDialog.ask(self._window, self._context)
        if choice is None:
            return None
        from branchdesk.reports.jobs import roster_job

        context = self._context
        return self._open(
            lambda: roster_job(
                context.database,
                branch_name=choice.branch_name,
                full_id=choice.full_id,
                today=context.today(),
            )
        )

    def print_member_card(self) -> PrintPreviewDialog | None:
        from branchdesk.ui.printing.member_picker import MemberPickerDialog

        hit = MemberPickerDialog.ask(
            self._window, self._context, self.tr("Member information form: pick a person")
        )
        if hit is None:
            return None
        from branchdesk.reports.jobs import member_card_job

        context = self._context
        return self._open(
            lambda: member_card_job(
                context.database, hit.id, attachments_dir=context.data_dir.attachments
            )
        )

    def open_preview(self, job: PrintJob) -> PrintPreviewDialog:
        from branchdesk.ui.printing.preview import PrintPreviewDialog

        dialog = PrintPreviewDialog(job, self._context, self._window)
        self._previews.append(dialog)
        dialog.closed.connect(lambda: self._previews.remove(dialog))
        dialog.show()
        self.preview_opened.emit(dialog)
        return dialog

    def open_previews(self) -> list[PrintPreviewDialog]:
        """Previews not yet closed (a closed one may still be stopping its rendering)."""
        return list(self._previews)

    def close_previews(self) -> None:
        """Close every open preview (their rendering stops) before the main window closes."""
        for dialog in self.open_previews():
            dialog.close()

    def _open(self, build: Callable[[], PrintJob | None]) -> PrintPreviewDialog | None:
        """Build the job (its selectors are checked here) and preview it, or say what is wrong."""
        try:
            job = build()
        except BranchDeskError as error:
            MessageDialog.warn(self._window, self.tr("Print"), error.text(qt_translate))
            return None
        if job is None:
            return None
        return self.open_preview(job)
