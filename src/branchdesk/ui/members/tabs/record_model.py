"""The table model of a record tab: staged records, one per row, columns given as functions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from branchdesk.ui.table_model import FlatTableModel


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    width: int = 0  # 0: the last column stretches, others fit their content


class RecordTableModel(FlatTableModel):
    """Staged records of one family, one per row, in the order they will be saved."""

    def __init__(self, columns: list[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.rows)

    def column_total(self) -> int:
        return len(self.columns)

    def column_title(self, section: int) -> str:
        return self.columns[section].title

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.columns[index.column()].text(self.rows[index.row()])
            return text.replace("\n", " ") if role == Qt.ItemDataRole.DisplayRole else text
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
