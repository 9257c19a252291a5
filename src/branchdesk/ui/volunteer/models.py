"""Table models of the 志愿服务 page: activities, requests, teams and stations, member totals.

Rows come from core in their SQL order and all of a branch's year is loaded (hundreds of rows
at most), so a click on a header sorts them in a QSortFilterProxyModel on ``SortRole``
values: dates as dates, hours as minutes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from branchdesk.core.enums import RequestStatus
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.pinyin import pinyin_keys
from branchdesk.core.rules.reminders import Severity
from branchdesk.core.services.volunteer_hours import ActivityRow, MemberTotal
from branchdesk.core.services.volunteer_requests import RequestRow
from branchdesk.core.services.volunteer_units import UnitKind, UnitRow
from branchdesk.ui.i18n import CHINESE, format_date, locale_for
from branchdesk.ui.icons import SEVERITY_COLORS
from branchdesk.ui.labels import stage_label
from branchdesk.ui.table_model import FlatTableModel
from branchdesk.ui.volunteer.labels import (
    hours_text,
    overdue_label,
    rating_text,
    request_status_label,
    unit_kind_label,
)

IdRole = Qt.ItemDataRole.UserRole + 1  # the record id of a row
SortRole = Qt.ItemDataRole.UserRole + 2  # what a column sorts by
OVERDUE_COLOR = QColor(SEVERITY_COLORS[Severity.OVERDUE])
MUTED_COLOR = QColor("#80868B")  # cancelled requests, inactive units
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
SNIPPET = 40  # characters of a long text a cell shows (the tooltip has all of it)


def one_line(text: str, length: int = SNIPPET) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[:length] + "…"


def _day(day: dt.date | None) -> int:
    return day.toordinal() if day is not None else dt.date.max.toordinal()  # blanks last


class RowsModel(FlatTableModel):
    """Read-only rows shown as display strings; subclasses give cells, ids and sort keys."""

    CONTEXT = ""
    TITLES: Sequence[str] = ()
    RIGHT: frozenset[int] = frozenset()  # columns of figures

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[Any] = []
        self._cells: list[tuple[str, ...]] = []
        self._year: int | None = None  # the page's year: its dates go without the year

    def set_rows(self, rows: Sequence[Any], year: int | None = None) -> None:
        self.beginResetModel()
        self._year = year
        self._rows = list(rows)
        self._cells = [self._cells_of(row) for row in self._rows]
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, number: int) -> Any:
        return self._rows[number]

    def row_of(self, row_id: object) -> int | None:
        return next((n for n, row in enumerate(self._rows) if self._id(row) == row_id), None)

    def text(self, row: int, column: int) -> str:
        return self._cells[row][column]

    def row_total(self) -> int:
        return len(self._rows)

    def column_total(self) -> int:
        return len(self.TITLES)

    def column_title(self, section: int) -> str:
        return QCoreApplication.translate(self.CONTEXT, self.TITLES[section])

    def date(self, day: dt.date | None) -> str:
        """A date of the page's year without the year (the page shows one year)."""
        if day is None or day.year != self._year:
            return format_date(day, self._language)
        short = "M月d日" if self._language == CHINESE else "d MMM"
        return locale_for(self._language).toString(QDate(day.year, day.month, day.day), short)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column) or self._cells[index.row()][column]
        if role == IdRole:
            return self._id(row)
        if role == SortRole:
            key = self._sort_key(row, column)
            return self._cells[index.row()][column] if key is None else key
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row)
        return None

    # what subclasses say -------------------------------------------------------------------

    def _cells_of(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def _id(self, row: Any) -> object:
        return row.id

    def _sort_key(self, row: Any, column: int) -> Any:
        return None  # the cell's text

    def _tooltip(self, row: Any, column: int) -> str:
        return ""

    def _colour(self, row: Any) -> QColor | None:
        return None


class SortModel(QSortFilterProxyModel):
    """A list sorted by the clicked column's ``SortRole`` value."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)


class ActivityColumn:
    DATE, TITLE, CATEGORY, UNIT, PLACE, PEOPLE, HOURS = range(7)


class ActivityModel(RowsModel):
    """The year's activities: date, title, category, team or station, participants, hours."""

    CONTEXT = "VolunteerActivityModel"
    TITLES = (
        QT_TRANSLATE_NOOP("VolunteerActivityModel", "Date"),
        QT_TRANSLATE_NOOP("VolunteerActivityModel", "Activity"),
        QT_TRANSLATE_NOOP("VolunteerActivityModel", "Category"),
        QT_TRANSLATE_NOOP("VolunteerActivityModel", "Team / station"),
        QT_TRANSLATE_NOOP("VolunteerActivityModel", "Place"),
        QT_TRANSLATE_NOOP("VolunteerActivityModel", "Participants"),
        QT_TRANSLATE_NOOP("VolunteerActivityModel", "Total hours"),
    )
    RIGHT = frozenset({ActivityColumn.PEOPLE, ActivityColumn.HOURS})

    def _cells_of(self, row: ActivityRow) -> tuple[str, ...]:
        units = " · ".join(name for name in (row.team_name, row.station_name) if name)
        return (
            self.date(row.held_on),
            one_line(row.title),
            row.category,
            units,
            one_line(row.place, 20),
            str(row.participants),
            hours_text(row.minutes),
        )

    def _sort_key(self, row: ActivityRow, column: int) -> Any:
        if column == ActivityColumn.DATE:
            return row.held_on.toordinal() * 100_000 + row.id
        if column == ActivityColumn.PEOPLE:
            return row.participants
        if column == ActivityColumn.HOURS:
            return row.minutes
        return None

    def _tooltip(self, row: ActivityRow, column: int) -> str:
        if column == ActivityColumn.TITLE:
            text = row.title
            if row.request_number:
                text += "\n" + QCoreApplication.translate(
                    "VolunteerActivityModel", "Completed service request {number}"
                ).format(number=row.request_number)
            if row.description:
                text += "\n\n" + row.description
            return text
        if column == ActivityColumn.PLACE:
            return row.place
        if column == ActivityColumn.DATE:
            return format_date(row.held_on, self._language)
        return ""


class RequestColumn:
    NUMBER, STATUS, ASKED, PROMISED, REQUESTER, CATEGORY, CONTENT, ASSIGNEES, RATING = range(9)


def request_status_text(row: RequestRow) -> str:
    """已派单, or 逾期未完成（已派单） once the promised date has passed."""
    status = request_status_label(row.status)
    if not row.is_overdue:
        return status
    return QCoreApplication.translate("VolunteerRequestModel", "{overdue} ({status})").format(
        overdue=overdue_label(), status=status
    )


_STATUS_ORDER = {status: number for number, status in enumerate(RequestStatus)}


class RequestModel(RowsModel):
    """The year's service requests (三单制); overdue rows in red, cancelled ones grey."""

    CONTEXT = "VolunteerRequestModel"
    TITLES = (
        QT_TRANSLATE_NOOP("VolunteerRequestModel", "No."),
        QT_TRANSLATE_NOOP("VolunteerRequestModel", "Status"),
        QT_TRANSLATE_NOOP("VolunteerRequestModel", "Asked on"),
        QT_TRANSLATE_NOOP("VolunteerRequestModel", "Promised for"),
        QT_TRANSLATE_NOOP("VolunteerRequestModel", "Requester"),
        QT_TRANSLATE_NOOP("VolunteerRequestModel", "Category"),
        QT_TRANSLATE_NOOP("VolunteerRequestModel", "Request"),
        QT_TRANSLATE_NOOP("VolunteerRequestModel", "Served by"),
        QT_TRANSLATE_NOOP("VolunteerRequestModel", "Rating"),
    )

    def _cells_of(self, row: RequestRow) -> tuple[str, ...]:
        return (
            row.number,
            request_status_text(row),
            self.date(row.asked_on),
            self.date(row.promised_on),
            row.requester,
            row.category,
            one_line(row.content),
            "、".join(row.assignees),
            rating_text(row.rating),
        )

    def _sort_key(self, row: RequestRow, column: int) -> Any:
        if column == RequestColumn.ASKED:
            return row.asked_on.toordinal()
        if column == RequestColumn.PROMISED:
            return _day(row.promised_on)
        if column == RequestColumn.STATUS:  # overdue first, then the flow's order
            return (0 if row.is_overdue else 1) * 10 + _STATUS_ORDER[row.status]
        if column == RequestColumn.RATING:
            return row.rating or 0
        return None

    def _tooltip(self, row: RequestRow, column: int) -> str:
        if column == RequestColumn.CONTENT:
            return row.content
        if column == RequestColumn.REQUESTER and row.contact:
            return f"{row.requester} ({row.contact})"
        if column == RequestColumn.STATUS and row.completion_notes:
            return row.completion_notes
        if column in (RequestColumn.ASKED, RequestColumn.PROMISED):
            return format_date(
                row.asked_on if column == RequestColumn.ASKED else row.promised_on, self._language
            )
        return ""

    def _colour(self, row: RequestRow) -> QColor | None:
        if row.is_overdue:
            return OVERDUE_COLOR
        if row.status is RequestStatus.CANCELLED:
            return MUTED_COLOR
        return None


class UnitColumn:
    KIND, NAME, LEADERS, PEOPLE, ACTIVITIES, ACTIVE, PLACE, DESCRIPTION = range(8)


class UnitModel(RowsModel):
    """The branch's service teams, then its stations; inactive ones grey."""

    CONTEXT = "VolunteerUnitModel"
    TITLES = (
        QT_TRANSLATE_NOOP("VolunteerUnitModel", "Kind"),
        QT_TRANSLATE_NOOP("VolunteerUnitModel", "Name"),
        QT_TRANSLATE_NOOP("VolunteerUnitModel", "Leaders"),
        QT_TRANSLATE_NOOP("VolunteerUnitModel", "People"),
        QT_TRANSLATE_NOOP("VolunteerUnitModel", "Activities"),
        QT_TRANSLATE_NOOP("VolunteerUnitModel", "In service"),
        QT_TRANSLATE_NOOP("VolunteerUnitModel", "Place"),
        QT_TRANSLATE_NOOP("VolunteerUnitModel", "What it does"),
    )
    RIGHT = frozenset({UnitColumn.PEOPLE, UnitColumn.ACTIVITIES})

    def _id(self, row: UnitRow) -> object:
        return f"{row.kind}:{row.id}"

    def _cells_of(self, row: UnitRow) -> tuple[str, ...]:
        return (
            unit_kind_label(row.kind),
            row.name,
            "、".join(row.leaders),
            str(row.people),
            str(row.activities),
            QCoreApplication.translate("VolunteerUnitModel", "Yes")
            if row.active
            else QCoreApplication.translate("VolunteerUnitModel", "No"),
            row.place,
            one_line(row.description),
        )

    def _sort_key(self, row: UnitRow, column: int) -> Any:
        if column == UnitColumn.KIND:  # teams, then stations, as core lists them
            return f"{0 if row.kind is UnitKind.TEAM else 1}:{pinyin_keys(row.name)[0]}"
        if column == UnitColumn.NAME:
            return pinyin_keys(row.name)[0]
        if column == UnitColumn.PEOPLE:
            return row.people
        if column == UnitColumn.ACTIVITIES:
            return row.activities
        return None

    def _tooltip(self, row: UnitRow, column: int) -> str:
        return row.description if column in (UnitColumn.NAME, UnitColumn.DESCRIPTION) else ""

    def _colour(self, row: UnitRow) -> QColor | None:
        return None if row.active else MUTED_COLOR


class TotalColumn:
    NAME, STAGE, ACTIVITIES, HOURS = range(4)


class MemberTotalModel(RowsModel):
    """Each person's service in the period shown: activities and hours."""

    CONTEXT = "VolunteerTotalModel"
    TITLES = (
        QT_TRANSLATE_NOOP("VolunteerTotalModel", "Name"),
        QT_TRANSLATE_NOOP("VolunteerTotalModel", "Stage"),
        QT_TRANSLATE_NOOP("VolunteerTotalModel", "Activities"),
        QT_TRANSLATE_NOOP("VolunteerTotalModel", "Hours"),
    )
    RIGHT = frozenset({TotalColumn.ACTIVITIES, TotalColumn.HOURS})

    def _id(self, row: MemberTotal) -> object:
        return row.member_id

    def _cells_of(self, row: MemberTotal) -> tuple[str, ...]:
        return (row.name, stage_label(row.stage), str(row.activities), hours_text(row.minutes))

    def _sort_key(self, row: MemberTotal, column: int) -> Any:
        if column == TotalColumn.NAME:
            return pinyin_keys(row.name)[0]  # names sort as the roll does, by pinyin
        if column == TotalColumn.ACTIVITIES:
            return row.activities
        if column == TotalColumn.HOURS:
            return row.minutes
        return None
