"""The 交接清单 of a backup file in the print preview, from either wizard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from branchdesk.backup.manifest import Manifest
from branchdesk.ui.context import AppContext

if TYPE_CHECKING:
    from branchdesk.ui.printing.preview import PrintPreviewDialog


def preview_handoff_list(
    parent: QWidget,
    context: AppContext,
    *,
    file_name: str,
    size: int,
    sha256: str,
    encrypted: bool,
    manifest: Manifest,
    previews: list[PrintPreviewDialog],
) -> PrintPreviewDialog:
    """Open the list's preview as a window of ``parent`` (a modal wizard blocks the main
    window's other windows); it stays in ``previews`` until it has closed."""
    from branchdesk.reports.handoff_list import HandoffList
    from branchdesk.reports.jobs import handoff_list_job
    from branchdesk.ui.printing.preview import PrintPreviewDialog

    job = handoff_list_job(
        HandoffList(
            file_name=file_name,
            size_bytes=size,
            sha256=sha256,
            encrypted=encrypted,
            manifest=manifest,
            printed_on=context.today(),
        )
    )
    preview = PrintPreviewDialog(job, context, parent)
    previews.append(preview)
    preview.closed.connect(lambda: previews.remove(preview))
    preview.show()
    return preview
