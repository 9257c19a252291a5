"""The preview's lines in the reader's words: planned rows with notes, rejected rows' reasons."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from branchdesk.io.headers import ColumnMapping
from branchdesk.io.roster_cells import cell_text
from branchdesk.io.roster_file import RosterFile
from branchdesk.io.roster_plan import ImportAction, ImportPreview, RowError
from branchdesk.ui.i18n import CHINESE, localize_params, qt_translate
from branchdesk.ui.members.roster_import.models import PreviewLine, field_label


def join_names(parts: Iterable[str], language: str) -> str:
    """A list of names as the reader writes one (、 in Chinese)."""
    return ("、" if language == CHINESE else ", ").join(parts)


def row_reason(error: RowError, language: str) -> str:
    """Why a row is rejected, translated, its dates shown as the reader writes them."""
    template = qt_translate("Validation", error.template)
    if not error.params:
        return template
    return template.format(**localize_params(error.params, language))


def row_names(roster: RosterFile, mapping: ColumnMapping) -> dict[int, str]:
    """Spreadsheet row → the name typed in it (a rejected row has no draft to ask)."""
    if not mapping.has("name"):
        return {}
    column = mapping.columns["name"]
    return {
        number: cell_text(values[column]) if column < len(values) else ""
        for number, values in roster.rows
    }


def preview_lines(
    preview: ImportPreview, names: dict[int, str], language: str
) -> list[PreviewLine]:
    """Every planned row, and one line per reason for each rejected row."""
    lines = []
    for planned in preview.rows:
        detail = ""
        if planned.action is ImportAction.SKIP:
            detail = QCoreApplication.translate("ImportLines", "Already on file; not changed.")
        elif planned.month_only:
            detail = QCoreApplication.translate(
                "ImportLines",
                "Only the year and month of {fields}: the 1st of the month is stored.",
            ).format(fields=join_names((field_label(key) for key in planned.month_only), language))
        lines.append(PreviewLine(planned.row, planned.draft.name, planned.action, "", detail))
    for error in preview.errors:
        reason = row_reason(error, language)
        lines.append(PreviewLine(error.row, names.get(error.row, ""), None, error.column, reason))
    return lines
