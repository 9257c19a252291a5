"""Layout of the 党员档案 page: title, search, filters, buttons, the table or an empty state."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchdesk.ui.members.filters import FilterBar
from branchdesk.ui.widgets.tips import set_tip


class MembersView(QWidget):
    """Widgets only; MembersPage fills them and wires them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Member files"))
        self.title.setObjectName("pageTitle")
        self.count = QLabel()
        self.count.setObjectName("pageSubtitle")
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setObjectName("newMemberButton")
        set_tip(self.new_button, self.tr("Add a person's file"), QKeySequence.StandardKey.New)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editMemberButton")
        self.edit_button.setToolTip(self.tr("Edit the selected person's file (Enter)"))
        self.status_button = QPushButton(self.tr("Status change…"))
        self.status_button.setObjectName("statusChangeButton")
        self.status_button.setToolTip(
            self.tr("Record a transfer, a flow, an absence or an exit for the selected person")
        )
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip(self.tr("Import people from an Excel roster (.xlsx)"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportButton")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(12)
        header.addWidget(self.count)
        header.addStretch(1)
        header.addWidget(self.new_button)
        header.addWidget(self.edit_button)
        header.addWidget(self.status_button)
        header.addWidget(self.import_button)
        header.addWidget(self.export_button)

        self.search = QLineEdit()
        self.search.setObjectName("memberSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search by name, pinyin initials (zs), student/staff number or phone")
        )
        self.filters = FilterBar()

        self.table = QTableView()
        self.table.setObjectName("memberTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.no_match = QLabel()
        self.no_match.setObjectName("hint")
        self.no_match.setWordWrap(True)
        self.no_match.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.no_match)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.search)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, 1)

    def show_table(self, has_rows: bool) -> None:
        self.stack.setCurrentWidget(self.table if has_rows else self.no_match)
