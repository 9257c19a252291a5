"""The member list as a table model: the ordered ids of every match, rows read a page at a time.

Sorting and filtering re-ask SQL for the id list (DESIGN.md §9: a proxy model would see only
rows already fetched); ``data()`` reads the rows around the one asked for in one query.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
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

from branchdesk.core.db import Database
from branchdesk.core.enums import Gender, OrgStatus, PersonType, Stage
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.member_list import MemberFilter, MemberRow, member_ids, member_rows
from branchdesk.ui.i18n import format_date
from branchdesk.ui.labels import stage_label
from branchdesk.ui.members.labels import gender_label, org_status_label, person_type_label
from branchdesk.ui.table_model import FlatTableModel

CONTEXT = "MemberListModel"
EXITED_COLOR = "#80868B"
BATCH = 200  # rows read at once around the one asked for: a screenful and some scrolling
CACHE_LIMIT = 2000  # rows kept; beyond it the oldest pages are dropped


class Column(IntEnum):
    NAME = 0
    GENDER = 1
    STAGE = 2
    PERSON_TYPE = 3
    BRANCH = 4
    PARTY_GROUP = 5
    GRADE = 6
    CLASS = 7
    NUMBER = 8
    PHONE = 9
    ID_NUMBER = 10
    ADMISSION = 11
    ORG_STATUS = 12


SORT_KEY = {  # column → core.member_list.SORT_KEYS
    Column.NAME: "name",
    Column.GENDER: "gender",
    Column.STAGE: "stage",
    Column.PERSON_TYPE: "person_type",
    Column.BRANCH: "branch",
    Column.PARTY_GROUP: "party_group",
    Column.GRADE: "grade",
    Column.CLASS: "class_name",
    Column.NUMBER: "student_number",
    Column.PHONE: "phone",
    Column.ID_NUMBER: "id_number",
    Column.ADMISSION: "admission_date",
    Column.ORG_STATUS: "org_status",
}

_HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("MemberListModel", "Name"),
    Column.GENDER: QT_TRANSLATE_NOOP("MemberListModel", "Gender"),
    Column.STAGE: QT_TRANSLATE_NOOP("MemberListModel", "Stage"),
    Column.PERSON_TYPE: QT_TRANSLATE_NOOP("MemberListModel", "Person type"),
    Column.BRANCH: QT_TRANSLATE_NOOP("MemberListModel", "Branch"),
    Column.PARTY_GROUP: QT_TRANSLATE_NOOP("MemberListModel", "Party group"),
    Column.GRADE: QT_TRANSLATE_NOOP("MemberListModel", "Grade"),
    Column.CLASS: QT_TRANSLATE_NOOP("MemberListModel", "Class / department"),
    Column.NUMBER: QT_TRANSLATE_NOOP("MemberListModel", "Student / staff number"),
    Column.PHONE: QT_TRANSLATE_NOOP("MemberListModel", "Phone"),
    Column.ID_NUMBER: QT_TRANSLATE_NOOP("MemberListModel", "ID number"),
    Column.ADMISSION: QT_TRANSLATE_NOOP("MemberListModel", "Joined the Party"),
    Column.ORG_STATUS: QT_TRANSLATE_NOOP("MemberListModel", "Organisational status"),
}
_LEFT = QT_TRANSLATE_NOOP("MemberListModel", "{name} (left)")

MemberIdRole = Qt.ItemDataRole.UserRole + 1


def header_text(column: Column) -> str:
    return QCoreApplication.translate(CONTEXT, _HEADERS[column])


class MemberListModel(FlatTableModel):
    """Read-only rows of people matching a MemberFilter, in the SQL sort order."""

    def __init__(self, database: Database, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._language = language
        self._filter = MemberFilter()
        self._sort = Column.NAME
        self._descending = False
        self._ids: list[int] = []
        self._cache: OrderedDict[int, MemberRow] = OrderedDict()

    # what is listed --------------------------------------------------------------------

    @property
    def member_filter(self) -> MemberFilter:
        return self._filter

    def set_filter(self, flt: MemberFilter) -> None:
        self._filter = flt
        self.reload()

    def set_text(self, text: str) -> None:
        self.set_filter(replace(self._filter, text=text))

    def reload(self) -> None:
        """Re-ask SQL for the ids; cached rows are dropped (they may have been edited)."""
        with self._database.reading() as session:
            ids = member_ids(session, self._filter, SORT_KEY[self._sort], self._descending)
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        """Every listed id in the shown order (export and print use them)."""
        return list(self._ids)

    def member_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, member_id: int) -> int | None:
        """The row showing ``member_id``, or None when the list does not hold them."""
        try:
            return self._ids.index(member_id)
        except ValueError:
            return None

    def row_data(self, row: int) -> MemberRow:
        """The row at ``row``, read with its neighbours if not cached."""
        member_id = self._ids[row]
        found = self._cache.get(member_id)
        if found is None:
            self._fetch_around(row)
            found = self._cache[member_id]
        else:
            self._cache.move_to_end(member_id)
        return found

    def rows(self) -> list[MemberRow]:
        """Every listed row in order (for printing): read in pages of BATCH."""
        found: list[MemberRow] = []
        with self._database.reading() as session:
            for start in range(0, len(self._ids), BATCH):
                page = self._ids[start : start + BATCH]
                read = member_rows(session, page)
                found += [read[member_id] for member_id in page if member_id in read]
        return found

    def _fetch_around(self, row: int) -> None:
        start = max(0, row - BATCH // 4)  # a little above: scrolling up needs rows too
        wanted = [i for i in self._ids[start : start + BATCH] if i not in self._cache]
        with self._database.reading() as session:
            read = member_rows(session, wanted)
        for member_id in wanted:
            # Someone deleted since the id list was read still gets a (blank) row.
            self._cache[member_id] = read.get(member_id) or _gone(member_id)
        while len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)

    # Qt model --------------------------------------------------------------------------

    def row_total(self) -> int:
        return len(self._ids)

    def column_total(self) -> int:
        return len(Column)

    def column_title(self, section: int) -> str:
        return header_text(Column(section))

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == MemberIdRole:
            return self._ids[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # The tooltip shows a value the column width cut short (a long class name).
            return self.text(self.row_data(index.row()), Column(index.column()))
        if role == Qt.ItemDataRole.ForegroundRole and self.row_data(index.row()).exited:
            return QColor(EXITED_COLOR)
        return None

    def text(self, row: MemberRow, column: Column) -> str:
        """What a cell shows (the printed list uses the same words)."""
        if column is Column.NAME:
            if row.exited:
                return QCoreApplication.translate(CONTEXT, _LEFT).format(name=row.name)
            return row.name
        if column is Column.GENDER:
            return gender_label(row.gender)
        if column is Column.STAGE:
            return stage_label(row.stage)
        if column is Column.PERSON_TYPE:
            return person_type_label(row.person_type)
        if column is Column.BRANCH:
            return row.branch_name
        if column is Column.PARTY_GROUP:
            return row.party_group
        if column is Column.GRADE:
            return row.grade
        if column is Column.CLASS:
            return row.class_name or row.department
        if column is Column.NUMBER:
            return row.student_number
        if column is Column.PHONE:
            return row.phone
        if column is Column.ID_NUMBER:
            return row.id_number_masked
        if column is Column.ADMISSION:
            return format_date(row.admission_date, self._language)
        return org_status_label(row.org_status)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self._sort = Column(column)
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def sort_state(self) -> tuple[Column, bool]:
        return self._sort, self._descending


def _gone(member_id: int) -> MemberRow:
    """A stand-in for a row deleted after the id list was read (shown blank until reload)."""
    return MemberRow(
        id=member_id,
        name="",
        gender=Gender.FEMALE,
        stage=Stage.APPLICANT,
        person_type=PersonType.STUDENT,
        branch_name="",
        party_group="",
        grade="",
        class_name="",
        department="",
        student_number="",
        phone="",
        id_number_masked="",
        org_status=OrgStatus.NORMAL,
        admission_date=None,
        exited=False,
    )
