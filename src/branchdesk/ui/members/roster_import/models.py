"""Table models of the roster import wizard: the spreadsheet's columns, and the planned rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.io.headers import FIELD_SYNONYMS, ColumnMapping, column_letter
from branchdesk.io.roster_cells import cell_text
from branchdesk.io.roster_file import RosterFile
from branchdesk.io.roster_plan import ImportAction
from branchdesk.ui.table_model import FlatTableModel

FIELDS_CONTEXT = "ImportFields"
SAMPLES_PER_COLUMN = 3
SAMPLE_SEPARATOR = "  ·  "
MUTED_COLOR = "#80868B"
ERROR_COLOR = "#B3261E"

# Each field a roster column can feed, in the order the mapping combo lists them.
_FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("ImportFields", "Name"),
    "gender": QT_TRANSLATE_NOOP("ImportFields", "Gender"),
    "ethnicity": QT_TRANSLATE_NOOP("ImportFields", "Ethnicity"),
    "birth_date": QT_TRANSLATE_NOOP("ImportFields", "Date of birth"),
    "id_number": QT_TRANSLATE_NOOP("ImportFields", "ID number"),
    "student_number": QT_TRANSLATE_NOOP("ImportFields", "Student/staff number"),
    "grade": QT_TRANSLATE_NOOP("ImportFields", "Grade"),
    "class_name": QT_TRANSLATE_NOOP("ImportFields", "Class"),
    "department": QT_TRANSLATE_NOOP("ImportFields", "Department"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    "branch": QT_TRANSLATE_NOOP("ImportFields", "Branch"),
    "party_group": QT_TRANSLATE_NOOP("ImportFields", "Party group"),
    "stage": QT_TRANSLATE_NOOP("ImportFields", "Stage"),
    "native_place": QT_TRANSLATE_NOOP("ImportFields", "Native place"),
    "education": QT_TRANSLATE_NOOP("ImportFields", "Education"),
    "address": QT_TRANSLATE_NOOP("ImportFields", "Home address"),
    "dormitory": QT_TRANSLATE_NOOP("ImportFields", "Dormitory"),
    "job_post": QT_TRANSLATE_NOOP("ImportFields", "Job post"),
    "applied_on": QT_TRANSLATE_NOOP("ImportFields", "Application submitted on"),
    "activist_on": QT_TRANSLATE_NOOP("ImportFields", "Made an activist on"),
    "candidate_on": QT_TRANSLATE_NOOP("ImportFields", "Made a candidate on"),
    "admitted_on": QT_TRANSLATE_NOOP("ImportFields", "Admitted on"),
    "confirmed_on": QT_TRANSLATE_NOOP("ImportFields", "Confirmed on"),
    "notes": QT_TRANSLATE_NOOP("ImportFields", "Notes"),
}
assert set(_FIELD_LABELS) == set(FIELD_SYNONYMS), "every importable field needs a label"
FIELD_KEYS: tuple[str, ...] = tuple(_FIELD_LABELS)


def field_label(key: str) -> str:
    """The translated name of an importable field, e.g. 公民身份号码."""
    return QCoreApplication.translate(FIELDS_CONTEXT, _FIELD_LABELS[key])


def not_imported_label() -> str:
    return QCoreApplication.translate("ImportFields", "Not imported")


def sample_text(value: object) -> str:
    """A cell as the clerk typed it; a date cell without a time shows as the date only."""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    return cell_text(value)


# --- step 2: the spreadsheet's columns ------------------------------------------------------


class MappingColumn(IntEnum):
    LETTER = 0
    HEADER = 1
    FIELD = 2  # covered by the field combo in the wizard
    SAMPLES = 3


_MAPPING_HEADERS = {
    MappingColumn.LETTER: QT_TRANSLATE_NOOP("ImportMappingModel", "Column"),
    MappingColumn.HEADER: QT_TRANSLATE_NOOP("ImportMappingModel", "Header in the file"),
    MappingColumn.FIELD: QT_TRANSLATE_NOOP("ImportMappingModel", "Imported as"),
    MappingColumn.SAMPLES: QT_TRANSLATE_NOOP("ImportMappingModel", "First values"),
}


class MappingModel(FlatTableModel):
    """One row per spreadsheet column: its letter, header, the field it feeds, sample values."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._samples: list[str] = []
        self._fields: dict[int, str] = {}  # column index → field key

    def set_roster(self, roster: RosterFile, mapping: ColumnMapping) -> None:
        self.beginResetModel()
        self._headers = roster.headers
        self._samples = [
            self._column_samples(roster, index) for index in range(len(roster.headers))
        ]
        self._fields = {index: key for key, index in mapping.columns.items()}
        self.endResetModel()

    def set_mapping(self, mapping: ColumnMapping) -> None:
        """Show a corrected mapping (the rows stay the same)."""
        self._fields = {index: key for key, index in mapping.columns.items()}
        if self._headers:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._headers) - 1, len(MappingColumn) - 1)
            )

    def field_of(self, row: int) -> str | None:
        """The field key column ``row`` feeds, or None when it is not imported."""
        return self._fields.get(row)

    @staticmethod
    def _column_samples(roster: RosterFile, index: int) -> str:
        samples: list[str] = []
        for _number, values in roster.rows:
            text = sample_text(values[index]) if index < len(values) else ""
            if text:
                samples.append(text)
            if len(samples) == SAMPLES_PER_COLUMN:
                break
        return SAMPLE_SEPARATOR.join(samples)

    def row_total(self) -> int:
        return len(self._headers)

    def column_total(self) -> int:
        return len(MappingColumn)

    def column_title(self, section: int) -> str:
        return QCoreApplication.translate(
            "ImportMappingModel", _MAPPING_HEADERS[MappingColumn(section)]
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._headers):
            return None
        row = index.row()
        column = MappingColumn(index.column())
        field = self._fields.get(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if column is MappingColumn.LETTER:
                return column_letter(row)
            if column is MappingColumn.HEADER:
                return self._headers[row] or QCoreApplication.translate(
                    "ImportMappingModel", "(no header)"
                )
            if column is MappingColumn.FIELD:
                return field_label(field) if field else not_imported_label()
            return self._samples[row]
        if role == Qt.ItemDataRole.ToolTipRole and column is MappingColumn.SAMPLES:
            return self._samples[row] or None
        if role == Qt.ItemDataRole.ForegroundRole and field is None:
            return QColor(MUTED_COLOR)  # left out of the import
        if role == Qt.ItemDataRole.TextAlignmentRole and column is MappingColumn.LETTER:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled


# --- step 3: what the import will do with each row ------------------------------------------


@dataclass(frozen=True)
class PreviewLine:
    """One line of the preview: a planned row, or one reason a row is rejected."""

    row: int  # spreadsheet row number
    name: str
    action: ImportAction | None  # None: the row is rejected
    column: str = ""  # the column at fault, for a rejected row
    detail: str = ""  # the reason, or a note on a planned row

    @property
    def rejected(self) -> bool:
        return self.action is None


class PreviewColumn(IntEnum):
    ROW = 0
    NAME = 1
    ACTION = 2
    COLUMN = 3
    DETAIL = 4


_PREVIEW_HEADERS = {
    PreviewColumn.ROW: QT_TRANSLATE_NOOP("ImportPreviewModel", "Row"),
    PreviewColumn.NAME: QT_TRANSLATE_NOOP("ImportPreviewModel", "Name"),
    PreviewColumn.ACTION: QT_TRANSLATE_NOOP("ImportPreviewModel", "What happens"),
    PreviewColumn.COLUMN: QT_TRANSLATE_NOOP("ImportPreviewModel", "Column"),
    PreviewColumn.DETAIL: QT_TRANSLATE_NOOP("ImportPreviewModel", "Reason / note"),
}
_ACTIONS = {
    ImportAction.CREATE: QT_TRANSLATE_NOOP("ImportPreviewModel", "New file"),
    ImportAction.UPDATE: QT_TRANSLATE_NOOP("ImportPreviewModel", "Update file"),
    ImportAction.SKIP: QT_TRANSLATE_NOOP("ImportPreviewModel", "Skip (already on file)"),
}


def action_label(action: ImportAction | None) -> str:
    if action is None:
        return QCoreApplication.translate("ImportPreviewModel", "Not imported")
    return QCoreApplication.translate("ImportPreviewModel", _ACTIONS[action])


class PreviewModel(FlatTableModel):
    """The preview's lines in spreadsheet order; optionally only the rejected ones."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[PreviewLine] = []
        self._shown: list[PreviewLine] = []
        self._only_problems = False

    def set_lines(self, lines: Sequence[PreviewLine]) -> None:
        self.beginResetModel()
        self._all = sorted(lines, key=lambda line: line.row)  # stable: a row's reasons in order
        self._shown = self._filtered()
        self.endResetModel()

    def set_only_problems(self, only: bool) -> None:
        self.beginResetModel()
        self._only_problems = only
        self._shown = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[PreviewLine]:
        if not self._only_problems:
            return list(self._all)
        return [line for line in self._all if line.rejected]

    def line(self, row: int) -> PreviewLine:
        return self._shown[row]

    def lines(self) -> list[PreviewLine]:
        """The lines shown now."""
        return list(self._shown)

    def row_total(self) -> int:
        return len(self._shown)

    def column_total(self) -> int:
        return len(PreviewColumn)

    def column_title(self, section: int) -> str:
        return QCoreApplication.translate(
            "ImportPreviewModel", _PREVIEW_HEADERS[PreviewColumn(section)]
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        line = self._shown[index.row()]
        column = PreviewColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                PreviewColumn.ROW: str(line.row),
                PreviewColumn.NAME: line.name,
                PreviewColumn.ACTION: action_label(line.action),
                PreviewColumn.COLUMN: line.column,
                PreviewColumn.DETAIL: line.detail,
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column is PreviewColumn.DETAIL:
            return line.detail or None  # long reasons are cut off in the cell
        if role == Qt.ItemDataRole.ForegroundRole:
            if line.rejected and column in (PreviewColumn.ACTION, PreviewColumn.DETAIL):
                return QColor(ERROR_COLOR)
            if line.action is ImportAction.SKIP:
                return QColor(MUTED_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is PreviewColumn.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
