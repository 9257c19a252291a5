"""The branches table of the settings page: one editable row per branch."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.services.settings import BranchInfo
from branchdesk.ui.widgets.dates import OptionalDateEdit

# Limits of core's validation (services/settings.py) and of the columns (models/org.py).
NAME_MAX = 100
SHORT_NAME_MAX = 40
PARENT_ORG_MAX = 100
TERM_YEARS = (1, 5)

COLUMNS = ("name", "short_name", "parent_org", "committee_elected_on", "committee_term_years")
REMOVE_COLUMN = len(COLUMNS)


@dataclass
class _Row:
    id: int | None
    name: QLineEdit
    short_name: QLineEdit
    parent_org: QLineEdit
    committee_elected_on: OptionalDateEdit
    committee_term_years: QSpinBox
    remove: QToolButton

    def info(self) -> BranchInfo:
        return BranchInfo(
            id=self.id,
            name=self.name.text(),
            short_name=self.short_name.text(),
            parent_org=self.parent_org.text(),
            committee_elected_on=self.committee_elected_on.value(),
            committee_term_years=self.committee_term_years.value(),
        )


class _FittedTable(QTableWidget):
    """As tall as its rows, never scrolling: a school archive has a handful of branches."""

    def sizeHint(self) -> QSize:
        rows = sum(self.rowHeight(row) for row in range(self.rowCount()))
        height = (
            self.horizontalHeader().sizeHint().height()
            + (rows or self.verticalHeader().defaultSectionSize())
            + 2 * self.frameWidth()
        )
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().sizeHint().height()
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class BranchTable(QWidget):
    """Edits a tuple of BranchInfo; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, language: str, *, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._today = today
        self._rows: list[_Row] = []
        self.table = _FittedTable(0, len(COLUMNS) + 1)
        self.table.setObjectName("branches")
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._titles = {
            "name": self.tr("Name"),
            "short_name": self.tr("Short name"),
            "parent_org": self.tr("Parent organisation"),
            "committee_elected_on": self.tr("Committee elected on"),
            "committee_term_years": self.tr("Term (years)"),
        }
        self.table.setHorizontalHeaderLabels([self._titles[field] for field in COLUMNS] + [""])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REMOVE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(1, 130)
        self.table.setColumnWidth(3, 190)
        self.table.verticalHeader().setDefaultSectionSize(QLineEdit().sizeHint().height() + 10)

        self.add_button = QPushButton(self.tr("Add branch"))
        self.add_button.clicked.connect(self._add_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._fit_height()

    def set_branches(self, branches: tuple[BranchInfo, ...]) -> None:
        self.table.setRowCount(0)
        self._rows.clear()
        for info in branches:
            self._append(info)
        self._fit_height()

    def branches(self) -> tuple[BranchInfo, ...]:
        return tuple(row.info() for row in self._rows)

    def column_title(self, field: str) -> str:
        return self._titles.get(field, field)

    def field_widget(self, row: int, field: str) -> QWidget | None:
        """The editor of ``field`` in ``row`` (for showing a validation error there)."""
        if not 0 <= row < len(self._rows) or field not in COLUMNS:
            return None
        widget: QWidget = getattr(self._rows[row], field)
        return widget

    def remove_button(self, row: int) -> QToolButton:
        return self._rows[row].remove

    def add_branch(self) -> QLineEdit:
        """Append an empty row and return its name editor."""
        row = self._append(BranchInfo(name=""))
        self._fit_height()
        self.changed.emit()
        return row.name

    def remove_branch(self, row: int) -> None:
        self.table.removeRow(row)
        del self._rows[row]
        self._fit_height()
        self.changed.emit()

    def _add_clicked(self) -> None:
        self.add_branch().setFocus()

    def _append(self, info: BranchInfo) -> _Row:
        row = _Row(
            id=info.id,
            name=self._line_edit(
                info.name, NAME_MAX, self.tr("e.g. First Student Branch, School of Computing")
            ),
            short_name=self._line_edit(info.short_name, SHORT_NAME_MAX, ""),
            parent_org=self._line_edit(
                info.parent_org,
                PARENT_ORG_MAX,
                self.tr("e.g. Party Committee of the School of Computing"),
            ),
            committee_elected_on=OptionalDateEdit(self._language, today=self._today),
            committee_term_years=QSpinBox(),
            remove=QToolButton(),
        )
        row.committee_elected_on.set_value(info.committee_elected_on)
        row.committee_elected_on.changed.connect(self.changed)
        row.committee_term_years.setRange(*TERM_YEARS)
        row.committee_term_years.setValue(info.committee_term_years)
        row.committee_term_years.valueChanged.connect(self.changed)
        row.remove.setText(self.tr("Remove"))
        row.remove.setToolTip(
            self.tr("Remove this branch (only a branch without members or meetings)")
        )
        row.remove.clicked.connect(lambda: self.remove_branch(self._rows.index(row)))
        index = self.table.rowCount()
        self.table.insertRow(index)
        for column, field in enumerate(COLUMNS):
            self.table.setCellWidget(index, column, getattr(row, field))
        self.table.setCellWidget(index, REMOVE_COLUMN, row.remove)
        self._rows.append(row)
        return row

    def _line_edit(self, text: str, max_length: int, placeholder: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setMaxLength(max_length)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self.changed)
        return edit

    def _fit_height(self) -> None:
        self.table.updateGeometry()
