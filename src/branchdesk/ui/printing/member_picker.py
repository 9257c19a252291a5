"""Picking one person by name, pinyin initials, student number or phone (DESIGN.md §6)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.db import Database
from branchdesk.core.queries import MemberHit, search_members
from branchdesk.ui.context import AppContext
from branchdesk.ui.printing.member_model import HitColumn, MemberHitModel
from branchdesk.ui.widgets.tips import clear_button_tip

SEARCH_DELAY_MS = 150  # one query when typing pauses, not one per key
SEARCH_LIMIT = 50


class MemberPickerDialog(QDialog):
    """Search as you type; Enter or a double-click picks the person in the selected row.

    The search runs on the GUI thread: it is one indexed query of at most 50 rows, and the
    worker thread may be busy rendering a long document for an open preview.
    """

    def __init__(self, database: Database, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.setWindowTitle(title)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Name, pinyin initials (e.g. zs), student/staff number or phone")
        )
        self.search.setClearButtonEnabled(True)
        clear_button_tip(self.search, self.tr("Clear the search"))
        self.model = MemberHitModel(self)
        self.table = QTableView()
        self.table.setObjectName("memberHits")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in HitColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HitColumn.BRANCH, QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Preview"))
        self.ok_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(720, 480)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.installEventFilter(self)
        self.table.doubleClicked.connect(self._picked_row)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.run_search()

    def run_search(self) -> None:
        """Show the people matching the search text (everyone, first by pinyin, when empty)."""
        self._timer.stop()
        text = self.search.text().strip()
        with self._database.reading() as session:
            hits = search_members(session, text, limit=SEARCH_LIMIT)
        self.model.set_hits(hits)
        if hits:
            self.table.selectRow(0)
        self.ok_button.setEnabled(bool(hits))
        self.hint.setText(self._hint(text, len(hits)))

    def search_pending(self) -> bool:
        """Typed text not searched yet (the pause after typing has not passed)."""
        return self._timer.isActive()

    def _hint(self, text: str, count: int) -> str:
        if count == 0:
            if text:
                return self.tr("No one matches “{text}”.").format(text=text)
            return self.tr("The archive has no member files yet.")
        if count >= SEARCH_LIMIT:
            return self.tr("The first {count} matches are shown; type more to narrow down.").format(
                count=count
            )
        return self.tr("{count} found. Enter or a double-click previews the selected one.").format(
            count=count
        )

    def selected_hit(self) -> MemberHit | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.model.hit(rows[0].row())
        return self.model.hit(0) if self.model.rowCount() else None

    def accept(self) -> None:
        if self._timer.isActive():  # Enter before the pause: search what was typed first
            self.run_search()
        if self.selected_hit() is not None:
            super().accept()

    def _picked_row(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down arrow from the search box moves into the list, as in a browser's address bar.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self.table.setFocus()
            return True
        return super().eventFilter(watched, event)

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, title: str) -> MemberHit | None:
        """The person picked, or None when the user cancelled."""
        dialog = cls(context.database, title, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.selected_hit()
            return None
        finally:
            dialog.deleteLater()
