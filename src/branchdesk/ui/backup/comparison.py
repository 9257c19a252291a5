"""What a verified backup holds beside what this PC holds now (the restore wizard's step 3)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidgetItem

from branchdesk.ui.backup.labels import family_label, local_time_text, ordered_families
from branchdesk.ui.backup.restore_view import COUNT_COLUMNS, RestoreWizardView
from branchdesk.ui.style import ERROR
from branchdesk.ui.widgets.files import size_text

if TYPE_CHECKING:
    from branchdesk.backup.restore import RestorePreview
    from branchdesk.backup.verify import VerifiedBackup


@dataclass
class Checked:
    """What verifying found: the backup, how it compares with this PC, the file's hash."""

    verified: VerifiedBackup
    preview: RestorePreview
    size: int
    sha256: str  # only when checking (the 交接清单 prints it); "" before a restore


def show_comparison(
    view: RestoreWizardView,
    checked: Checked,
    *,
    language: str,
    safety_folder: Path,
    check_only: bool,
) -> None:
    """Fill step 3: the backup's facts, this PC's, the warnings, and the counts side by side."""
    preview, manifest = checked.preview, checked.preview.backup
    view.made_at.setText(local_time_text(manifest.created_at, language))
    view.branches.setText(
        "、".join(manifest.branches) or QCoreApplication.translate("RestoreWizard", "(none)")
    )
    view.clerk.setText(manifest.clerk or QCoreApplication.translate("RestoreWizard", "(not set)"))
    view.made_by.setText(
        QCoreApplication.translate("RestoreWizard", "BranchDesk {version}").format(
            version=manifest.app_version
        )
    )
    name, size = checked.verified.path.name, size_text(checked.size)
    view.file.setText(
        QCoreApplication.translate("RestoreWizard", "{name} ({size}, encrypted)").format(
            name=name, size=size
        )
        if checked.verified.encrypted
        else QCoreApplication.translate("RestoreWizard", "{name} ({size})").format(
            name=name, size=size
        )
    )
    view.this_pc.setText(_this_pc_text(preview, language))
    view.upgrade.setVisible(preview.needs_upgrade)
    older = preview.backup_is_older
    if older and preview.current_last_change is not None:
        view.older.setText(
            QCoreApplication.translate(
                "RestoreWizard",
                "This backup is older than the data on this PC: it was made on {made}, "
                "and this PC's archive was last changed on {changed}. Restoring it loses "
                "every change made after the backup.",
            ).format(
                made=local_time_text(manifest.created_at, language, seconds=True),
                changed=local_time_text(preview.current_last_change, language, seconds=True),
            )
        )
    view.older_box.setVisible(older)
    _fill_counts(view, preview)
    has_data = bool(preview.current_counts and any(preview.current_counts.values()))
    if check_only:
        text = QCoreApplication.translate("RestoreWizard", "Nothing on this PC was changed.")
    elif has_data:
        text = QCoreApplication.translate(
            "RestoreWizard",
            "Restoring replaces this PC's archive with the backup. Before anything is "
            "replaced, a safety copy of this PC's archive is written to {folder}.",
        ).format(folder=safety_folder)
    else:
        text = QCoreApplication.translate(
            "RestoreWizard", "This PC's archive is empty: restoring the backup replaces nothing."
        )
    view.safety.setText(text)


def _this_pc_text(preview: RestorePreview, language: str) -> str:
    counts = preview.current_counts or {}
    if not any(counts.values()):
        return QCoreApplication.translate("RestoreWizard", "no records yet")
    branches = "、".join(preview.current_branches) or QCoreApplication.translate(
        "RestoreWizard", "(no branch)"
    )
    if preview.current_last_change is None:
        return branches
    return QCoreApplication.translate("RestoreWizard", "{branches}, last changed {when}").format(
        branches=branches, when=local_time_text(preview.current_last_change, language)
    )


def _fill_counts(view: RestoreWizardView, preview: RestorePreview) -> None:
    """Families down the left half, then down the right half; fewer records in the backup
    than on this PC (what a restore would remove) in red."""
    table = view.counts
    backup, current = preview.backup.counts, preview.current_counts or {}
    families = ordered_families(backup, current)
    rows = (len(families) + 1) // 2
    table.clearContents()
    table.setRowCount(rows)
    fewer = QBrush(QColor(ERROR))
    for index, family in enumerate(families):
        row, first = index % rows, (index // rows) * COUNT_COLUMNS
        in_backup, here = backup.get(family, 0), current.get(family, 0)
        for offset, text in enumerate((family_label(family), str(in_backup), str(here))):
            item = QTableWidgetItem(text)
            if offset:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if in_backup < here:
                item.setForeground(fewer)
            table.setItem(row, first + offset, item)


def counts_shown(view: RestoreWizardView) -> dict[str, tuple[str, str]]:
    """Family label → (in the backup, on this PC) as the table shows them."""
    table, shown = view.counts, {}
    for row in range(table.rowCount()):
        for first in range(0, table.columnCount(), COUNT_COLUMNS):
            label = table.item(row, first)
            if label is not None:
                shown[label.text()] = (
                    table.item(row, first + 1).text(),
                    table.item(row, first + 2).text(),
                )
    return shown
