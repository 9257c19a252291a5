"""Layout of the print preview: toolbar, rendering progress, the PDF view, a status line."""

from __future__ import annotations

from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QStatusBar,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from branchdesk.ui.icons import icon
from branchdesk.ui.widgets.tips import set_tip


def _action(
    parent: QWidget,
    text: str,
    icon_name: str,
    shortcuts: list[QKeySequence] | None = None,
    *,
    icon_text: str = "",
) -> QAction:
    action = QAction(icon(icon_name), text, parent)
    if icon_text:
        action.setIconText(icon_text)
    if shortcuts:
        action.setShortcuts(shortcuts)
        keys = shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{action.iconText()} ({keys})")
    return action


class PreviewView(QWidget):
    """Widgets only; PrintPreviewDialog renders the job and wires the actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_actions()
        self.toolbar = self._build_toolbar()

        self.stack = QStackedWidget()
        self.progress_panel = self._build_progress_panel()
        self.pdf_view = QPdfView()
        self.pdf_view.setObjectName("pdfView")
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.pdf_view.setPageSpacing(12)
        self.pdf_view.setDocumentMargins(QMargins(16, 16, 16, 16))
        self.stack.addWidget(self.progress_panel)
        self.stack.addWidget(self.pdf_view)

        self.status_bar = QStatusBar()
        self.status_bar.setSizeGripEnabled(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status_bar)

    def _build_actions(self) -> None:
        self.print_action = _action(
            self,
            self.tr("&Print…"),
            "print.svg",
            [QKeySequence(QKeySequence.StandardKey.Print)],
            icon_text=self.tr("Print"),
        )
        self.save_action = _action(
            self,
            self.tr("Save as &PDF…"),
            "save-pdf.svg",
            [QKeySequence("Ctrl+Shift+S")],
            icon_text=self.tr("Save as PDF"),
        )
        self.zoom_out_action = _action(
            self,
            self.tr("Zoom out"),
            "zoom-out.svg",
            [QKeySequence(QKeySequence.StandardKey.ZoomOut), QKeySequence("Ctrl+-")],
        )
        self.zoom_in_action = _action(
            self,
            self.tr("Zoom in"),
            "zoom-in.svg",
            # Ctrl+= too: on most keyboards "+" needs Shift.
            [
                QKeySequence(QKeySequence.StandardKey.ZoomIn),
                QKeySequence("Ctrl++"),
                QKeySequence("Ctrl+="),
            ],
        )
        self.fit_width_action = _action(self, self.tr("Fit width"), "fit-width.svg")
        self.fit_width_action.setToolTip(self.tr("Make the page as wide as the window"))
        # Ctrl+0 goes back to how the preview opens: whole pages, as they will be printed.
        self.fit_page_action = _action(
            self, self.tr("Fit page"), "fit-page.svg", [QKeySequence("Ctrl+0")]
        )
        self.fit_group = QActionGroup(self)
        self.fit_group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        for action in (self.fit_width_action, self.fit_page_action):
            action.setCheckable(True)
            self.fit_group.addAction(action)
        self.first_action = _action(
            self, self.tr("First page"), "first-page.svg", [QKeySequence("Ctrl+Home")]
        )
        self.previous_action = _action(
            self, self.tr("Previous page"), "previous-page.svg", [QKeySequence(Qt.Key.Key_PageUp)]
        )
        self.next_action = _action(
            self, self.tr("Next page"), "next-page.svg", [QKeySequence(Qt.Key.Key_PageDown)]
        )
        self.last_action = _action(
            self, self.tr("Last page"), "last-page.svg", [QKeySequence("Ctrl+End")]
        )
        self.close_action = QAction(self.tr("Close"), self)
        set_tip(self.close_action, self.tr("Close the preview"), "Esc")

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar()
        toolbar.setObjectName("previewToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.print_action)
        toolbar.addAction(self.save_action)
        toolbar.addSeparator()
        toolbar.addAction(self.zoom_out_action)
        self.zoom_label = QLabel("100%")
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("0000%"))
        self.zoom_label_action = toolbar.addWidget(self.zoom_label)
        toolbar.addAction(self.zoom_in_action)
        toolbar.addAction(self.fit_width_action)
        toolbar.addAction(self.fit_page_action)
        toolbar.addSeparator()
        toolbar.addAction(self.first_action)
        toolbar.addAction(self.previous_action)
        self.page_box_action = toolbar.addWidget(self._build_page_box())
        toolbar.addAction(self.next_action)
        toolbar.addAction(self.last_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.close_action)
        # Arrows and magnifiers read without words; their names are in the tooltips.
        for action in (
            self.zoom_out_action,
            self.zoom_in_action,
            self.first_action,
            self.previous_action,
            self.next_action,
            self.last_action,
        ):
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.set_document_shown(False)
        return toolbar

    def set_document_shown(self, shown: bool) -> None:
        """Page number and zoom mean nothing while the document is being made: hide them."""
        self.zoom_label_action.setVisible(shown)
        self.page_box_action.setVisible(shown)

    def _build_page_box(self) -> QWidget:
        """ "Page [N] of M": one translatable sentence split around the spin box."""
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(4)
        self.page_prefix = QLabel()
        self.page_spin = QSpinBox()
        self.page_spin.setObjectName("pageSpin")
        self.page_spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.page_spin.setKeyboardTracking(False)  # jump on Enter, not on every digit
        self.page_spin.setRange(1, 1)
        self.page_suffix = QLabel()
        layout.addWidget(self.page_prefix)
        layout.addWidget(self.page_spin)
        layout.addWidget(self.page_suffix)
        self.set_page_count(0)
        return box

    def set_page_count(self, count: int) -> None:
        template = self.tr("Page {page} of {count}")
        prefix, _, suffix = template.partition("{page}")
        self.page_prefix.setText(prefix.strip().format(count=count))
        self.page_suffix.setText(suffix.strip().format(count=count))
        self.page_spin.setRange(1, max(1, count))
        width = self.page_spin.fontMetrics().horizontalAdvance(str(max(count, 10)) + "00")
        self.page_spin.setFixedWidth(width + 12)

    def _build_progress_panel(self) -> QWidget:
        panel = QWidget()
        self.progress_title = QLabel(self.tr("Preparing the document…"))
        self.progress_title.setObjectName("sectionTitle")
        self.progress_label = QLabel()
        self.progress_label.setObjectName("hint")
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)  # the page count is known only at the end
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedWidth(320)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        # Shown only when rendering takes a while: a one-page form should not flash a panel.
        self.progress_box = QWidget()
        self.progress_box.setVisible(False)
        box = QVBoxLayout(self.progress_box)
        for widget in (self.progress_title, self.progress_label, self.progress_bar):
            box.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addSpacing(8)
        box.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column = QVBoxLayout(panel)
        column.addStretch(1)
        column.addWidget(self.progress_box)
        column.addStretch(2)
        return panel
