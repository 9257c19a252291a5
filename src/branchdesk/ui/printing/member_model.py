"""The people a search found, as rows to pick from: name, stage, branch, number, left."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.queries import MemberHit
from branchdesk.ui.labels import stage_label
from branchdesk.ui.table_model import FlatTableModel

CONTEXT = "MemberHitModel"
EXITED_COLOR = "#80868B"


class HitColumn(IntEnum):
    NAME = 0
    STAGE = 1
    BRANCH = 2
    NUMBER = 3
    LEFT = 4


_HEADERS = {
    HitColumn.NAME: QT_TRANSLATE_NOOP("MemberHitModel", "Name"),
    HitColumn.STAGE: QT_TRANSLATE_NOOP("MemberHitModel", "Stage"),
    HitColumn.BRANCH: QT_TRANSLATE_NOOP("MemberHitModel", "Branch"),
    HitColumn.NUMBER: QT_TRANSLATE_NOOP("MemberHitModel", "Number / department"),
    HitColumn.LEFT: QT_TRANSLATE_NOOP("MemberHitModel", "Note"),
}

MemberIdRole = Qt.ItemDataRole.UserRole + 1


def number_or_department(hit: MemberHit) -> str:
    """Student or staff number, and the department when there is one."""
    return " · ".join(part for part in (hit.student_number, hit.department) if part)


class MemberHitModel(FlatTableModel):
    """Read-only rows of search hits, in the order the query gave them (by pinyin)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[MemberHit] = []

    def set_hits(self, hits: Sequence[MemberHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> MemberHit:
        return self._hits[row]

    def row_total(self) -> int:
        return len(self._hits)

    def column_total(self) -> int:
        return len(HitColumn)

    def column_title(self, section: int) -> str:
        return QCoreApplication.translate(CONTEXT, _HEADERS[HitColumn(section)])

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        column = HitColumn(index.column())
        if role == MemberIdRole:
            return hit.id
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                HitColumn.NAME: hit.name,
                HitColumn.STAGE: stage_label(hit.stage),
                HitColumn.BRANCH: hit.branch_name,
                HitColumn.NUMBER: number_or_department(hit),
                HitColumn.LEFT: QCoreApplication.translate("MemberHitModel", "Left")
                if hit.exited
                else "",
            }[column]
        if role == Qt.ItemDataRole.ForegroundRole and hit.exited:
            return QColor(EXITED_COLOR)  # still in the archive, but no longer in the branch
        if role == Qt.ItemDataRole.ToolTipRole and hit.exited:
            return QCoreApplication.translate(
                "MemberHitModel", "{name} has left the branch; the file stays in the archive."
            ).format(name=hit.name)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
