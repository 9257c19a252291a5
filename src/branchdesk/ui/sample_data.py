"""Filling an empty archive with sample data, off the GUI thread, behind a progress dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from branchdesk.core.db import Database
from branchdesk.core.services.info import record_counts
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import MessageDialog
from branchdesk.ui.ops import BackgroundOp, run_in_background

MEMBERS = 60
YEARS = 3
SEED = 1


def archive_is_empty(database: Database) -> bool:
    """No branch and no member yet: the archive a new clerk starts with."""
    with database.reading() as session:
        counts = record_counts(session)
    return counts["branches"] == 0 and counts["members"] == 0


def generate_sample_data(database: Database, today: dt.date) -> object:
    """Run core's demo generator (imported here: it is heavy and only needed on request)."""
    from branchdesk.core.demo import DemoOptions, generate_demo

    return generate_demo(
        database, DemoOptions(members=MEMBERS, years=YEARS, seed=SEED, today=today)
    )


def load_sample_data(
    context: AppContext,
    parent: QWidget,
    *,
    on_finished: Callable[[bool], None] | None = None,
) -> BackgroundOp:
    """Write sample data into the (empty) archive, then tell every page the data changed."""
    progress = QProgressDialog(
        QCoreApplication.translate("SampleData", "Writing sample data…"), "", 0, 0, parent
    )
    progress.setWindowTitle(QCoreApplication.translate("SampleData", "Sample data"))
    progress.setCancelButton(None)  # the generator writes in one transaction: nothing to cancel
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.show()
    database = context.database
    today = context.today()

    def succeeded(_summary: object) -> None:
        progress.close()
        progress.deleteLater()
        context.show_status(QCoreApplication.translate("SampleData", "Sample data loaded."))
        context.data_changed()
        if on_finished is not None:
            on_finished(True)

    def failed(error: Exception) -> None:
        progress.close()
        progress.deleteLater()
        MessageDialog.warn(
            parent,
            QCoreApplication.translate("SampleData", "Sample data"),
            QCoreApplication.translate(
                "SampleData", "The sample data could not be written: {error}"
            ).format(error=error),
        )
        if on_finished is not None:
            on_finished(False)

    return run_in_background(
        lambda: generate_sample_data(database, today),
        on_success=succeeded,
        on_failure=failed,
        owner=parent,
    )
