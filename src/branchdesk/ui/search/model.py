"""The search popup's list: a heading per kind, then its hits, each a title and a detail line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from branchdesk.core.enums import MeetingKind, ProblemStatus, RequestStatus, Stage
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.services.search import SearchHit, SearchKind, SearchResults
from branchdesk.ui.i18n import format_date
from branchdesk.ui.labels import stage_label
from branchdesk.ui.ledger.labels import problem_status_label
from branchdesk.ui.meetings.labels import meeting_kind_label

CONTEXT = "GlobalSearch"
HeadingRole = Qt.ItemDataRole.UserRole + 1  # bool: a group's heading, not a hit
HitRole = Qt.ItemDataRole.UserRole + 2  # the SearchHit of a hit row
DetailRole = Qt.ItemDataRole.UserRole + 3  # the grey second line of a hit row
SEPARATOR = " · "

_KINDS = {
    SearchKind.MEMBER: QT_TRANSLATE_NOOP("GlobalSearch", "People"),
    SearchKind.MEETING: QT_TRANSLATE_NOOP("GlobalSearch", "Meetings"),
    SearchKind.PROBLEM: QT_TRANSLATE_NOOP("GlobalSearch", "Problems on the ledger"),
    SearchKind.ACTIVITY: QT_TRANSLATE_NOOP("GlobalSearch", "Volunteer activities"),
    SearchKind.REQUEST: QT_TRANSLATE_NOOP("GlobalSearch", "Service requests"),
}
_REQUEST_STATUSES = {
    RequestStatus.OPEN: QT_TRANSLATE_NOOP("GlobalSearch", "Waiting to be dispatched"),
    RequestStatus.DISPATCHED: QT_TRANSLATE_NOOP("GlobalSearch", "Dispatched"),
    RequestStatus.COMPLETED: QT_TRANSLATE_NOOP("GlobalSearch", "Completed"),
    RequestStatus.CANCELLED: QT_TRANSLATE_NOOP("GlobalSearch", "Cancelled"),
}


def kind_title(kind: SearchKind) -> str:
    """The heading of a group, e.g. 会议记录."""
    return QCoreApplication.translate(CONTEXT, _KINDS[kind])


def hit_title(hit: SearchHit) -> str:
    """The first line of a hit: a name, a title, a problem's or request's text on one line."""
    title = " ".join(hit.title.split())
    if hit.kind is SearchKind.MEMBER and hit.exited:
        return QCoreApplication.translate("GlobalSearch", "{name} (left)").format(name=title)
    return title


def hit_detail(hit: SearchHit, language: str, *, with_branch: bool) -> str:
    """The grey line under a hit: what it is, its number and date, where it belongs."""
    day = format_date(hit.day, language)
    parts: list[str]
    if hit.kind is SearchKind.MEMBER:
        parts = [stage_label(Stage(hit.state)), hit.detail, hit.number]
    elif hit.kind is SearchKind.MEETING:
        parts = [
            QCoreApplication.translate("GlobalSearch", "{kind} no. {number}").format(
                kind=meeting_kind_label(MeetingKind(hit.state)), number=hit.number
            ),
            day,
            hit.detail,
        ]
    elif hit.kind is SearchKind.PROBLEM:
        parts = [
            QCoreApplication.translate("GlobalSearch", "{year} ledger, no. {number}").format(
                year=hit.year, number=hit.number
            ),
            problem_status_label(ProblemStatus(hit.state)),
            hit.detail,
        ]
    elif hit.kind is SearchKind.ACTIVITY:
        parts = [day, hit.detail]
    else:
        parts = [
            hit.number,
            hit.detail,
            QCoreApplication.translate(CONTEXT, _REQUEST_STATUSES[RequestStatus(hit.state)]),
            day,
        ]
    if with_branch:
        parts.append(hit.branch_name)
    return SEPARATOR.join(part for part in parts if part)


@dataclass(frozen=True)
class _Row:
    kind: SearchKind
    hit: SearchHit | None  # None: the group's heading
    more: bool = False


class SearchResultsModel(QAbstractListModel):
    """Rows of headings and hits; only hits are selectable."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[_Row] = []
        self._with_branch = False
        self.results = SearchResults("")

    def set_results(self, results: SearchResults) -> None:
        self.beginResetModel()
        self.results = results
        self._rows = []
        for group in results.groups:
            self._rows.append(_Row(group.kind, None, group.more))
            self._rows.extend(_Row(group.kind, hit) for hit in group.hits)
        # The branch is worth its room only when the hits come from more than one.
        self._with_branch = len({hit.branch_name for hit in results.hits}) > 1
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].hit is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        hit = row.hit
        if role == HeadingRole:
            return hit is None
        if role == HitRole:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if hit is None:
                return self.heading(row)
            return hit_title(hit)
        if role == DetailRole and hit is not None:
            return hit_detail(hit, self._language, with_branch=self._with_branch)
        if role == Qt.ItemDataRole.ToolTipRole and hit is not None:
            return " ".join(hit.title.split())  # the whole text of a long problem or request
        return None

    def heading(self, row: _Row) -> str:
        title = kind_title(row.kind)
        if row.more:
            count = sum(1 for other in self._rows if other.kind is row.kind and other.hit)
            return QCoreApplication.translate("GlobalSearch", "{kind} (first {count})").format(
                kind=title, count=count
            )
        return title

    # for the dialog and tests ------------------------------------------------------------

    def is_heading(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].hit is None

    def hit(self, row: int) -> SearchHit | None:
        return self._rows[row].hit if 0 <= row < len(self._rows) else None

    def first_hit_row(self) -> int:
        """The row of the first hit, or -1 when there is none."""
        return self.next_hit_row(-1, 1)

    def next_hit_row(self, row: int, step: int) -> int:
        """The hit row after (``step`` 1) or before (-1) ``row``; ``row`` itself at an end."""
        candidate = row + step
        while 0 <= candidate < len(self._rows):
            if self._rows[candidate].hit is not None:
                return candidate
            candidate += step
        return row if self.hit(row) is not None else -1

    def headings(self) -> list[str]:
        return [self.heading(row) for row in self._rows if row.hit is None]
