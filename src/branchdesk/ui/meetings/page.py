"""The 会议记录 page: the minutes of a year by kind, with search, and the cadence grid.

Reads run off the GUI thread (LatestLoad) and sort in SQL (core's ``meeting_rows``); writes
happen in the minutes editor, one unit of work each, and data_changed brings every page up
to date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from branchdesk.core.db import Database
from branchdesk.core.enums import MeetingKind
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.rules.cadence import CadenceGrid, PeriodState
from branchdesk.core.services.cadence import cadence_grid
from branchdesk.core.services.meetings import MeetingRow, delete_meeting, meeting_rows
from branchdesk.core.services.settings import list_branches
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import MessageDialog
from branchdesk.ui.i18n import qt_translate
from branchdesk.ui.meetings.labels import meeting_kind_label
from branchdesk.ui.meetings.models import CadenceModel, IdRole, MeetingListModel, StateRole
from branchdesk.ui.meetings.page_view import MeetingsView
from branchdesk.ui.ops import LatestLoad
from branchdesk.ui.pages.base import Page

if TYPE_CHECKING:
    from branchdesk.reports.jobs import PrintJob
    from branchdesk.ui.printing.preview import PrintPreviewDialog

SEARCH_DELAY_MS = 250
MEETING_HOUR = 14  # a meeting started from the grid: 14:00, the clerk corrects it


@dataclass(frozen=True)
class MeetingsQuery:
    """What the page asks for: a year, a kind, search text, an order, a branch."""

    year: int
    kind: MeetingKind | None
    text: str
    sort: str
    descending: bool
    branch_id: int | None


@dataclass(frozen=True)
class MeetingsData:
    """What the page shows, read in one session."""

    query: MeetingsQuery
    branches: tuple[tuple[int, str], ...]
    branch_id: int | None
    rows: list[MeetingRow]
    grid: CadenceGrid | None


def load_meetings(database: Database, query: MeetingsQuery, today: dt.date) -> MeetingsData:
    """The year's meetings and cadence grid of a branch (runs on the worker thread)."""
    with database.reading() as session:
        branches = tuple((b.id, b.name) for b in list_branches(session) if b.id is not None)
        ids = [branch_id for branch_id, _name in branches]
        branch_id = query.branch_id if query.branch_id in ids else (ids[0] if ids else None)
        rows = meeting_rows(
            session,
            query.year,
            query.kind,
            query.text,
            branch_id=branch_id,
            sort=query.sort,
            descending=query.descending,
        )
        grid = cadence_grid(session, branch_id, query.year, today) if branch_id else None
    return MeetingsData(query, branches, branch_id, rows, grid)


class MeetingsPage(Page):
    """会议记录: key "meetings"."""

    loaded = Signal()  # what is shown is current (tests and screenshots wait for it)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.view = MeetingsView()
        self.model = MeetingListModel(context.language, self)
        self.grid_model = CadenceModel(self)
        view = self.view
        view.table.setModel(self.model)
        view.grid.setModel(self.grid_model)
        view.configure_columns()
        view.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        self._loads = LatestLoad(self)
        self.data: MeetingsData | None = None
        self._sort = ("starts_at", False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        view.year.setValue(context.today().year)
        view.year.valueChanged.connect(self.refresh)
        view.kind.currentIndexChanged.connect(self.refresh)
        view.branch.currentIndexChanged.connect(self.refresh)
        view.search.textChanged.connect(lambda _text: self._timer.start())
        self.model.sort_requested.connect(self._sort_by)
        view.table.selectionModel().selectionChanged.connect(self._update_buttons)
        view.table.activated.connect(lambda _index: self.edit_meeting())
        view.grid.doubleClicked.connect(self._grid_activated)
        view.new_button.clicked.connect(lambda: self.new_meeting())
        view.edit_button.clicked.connect(self.edit_meeting)
        view.delete_button.clicked.connect(self.delete_meeting)
        view.print_button.clicked.connect(self.print_minutes)
        view.book_button.clicked.connect(self.print_book)
        self.clear_on_escape(view.search)
        self.add_shortcuts(
            find=self.focus_search, new=lambda: self.new_meeting(), delete=self.delete_meeting
        )
        context.signals.data_changed.connect(self.refresh)
        self._update_buttons()
        self.refresh()

    @property
    def title(self) -> str:
        return self.tr("Meeting minutes")

    # reading ---------------------------------------------------------------------------

    def query(self) -> MeetingsQuery:
        view = self.view
        return MeetingsQuery(
            view.year.value(),
            MeetingKind(view.kind.currentData()) if view.kind.currentData() else None,
            view.search.text().strip(),
            *self._sort,
            view.branch.currentData(),
        )

    def refresh(self) -> None:
        """Re-read the meetings and the grid off the GUI thread."""
        self._timer.stop()
        database, query, today = self.context.database, self.query(), self.context.today()
        self._loads.start(
            lambda: load_meetings(database, query, today),
            on_success=self._show,
            on_failure=self._failed,
        )

    def is_loading(self) -> bool:
        return self._loads.is_loading() or self._timer.isActive()

    def _sort_by(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self.refresh()

    def _show(self, data: MeetingsData) -> None:
        self.data = data
        view = self.view
        chosen = self.current_meeting_id()
        self._show_branches(data)
        self.model.set_rows(data.rows)
        row = self.model.row_of(chosen) if chosen is not None else None
        if row is not None:
            view.table.selectRow(row)
        self.grid_model.set_grid(data.grid)
        view.empty.setText(self._empty_text(data))
        view.stack.setCurrentWidget(view.table if data.rows else view.empty)
        self._update_buttons()
        self.loaded.emit()

    def _show_branches(self, data: MeetingsData) -> None:
        combo = self.view.branch
        combo.blockSignals(True)
        combo.clear()
        for branch_id, name in data.branches:
            combo.addItem(name, branch_id)
        combo.setCurrentIndex(max(0, combo.findData(data.branch_id)))
        combo.setVisible(len(data.branches) > 1)
        combo.blockSignals(False)

    def _empty_text(self, data: MeetingsData) -> str:
        if data.branch_id is None:
            return self.tr(
                "No branch on file yet. Enter your branch in Settings, then record its"
                " meetings here."
            )
        if data.query.text:
            return self.tr("No minutes of {year} match “{text}”.").format(
                year=data.query.year, text=data.query.text
            )
        return self.tr(
            "No minutes recorded in {year}. Click New… (Ctrl+N) to record a branch assembly,"
            " a committee or group meeting, a Party lecture or a theme Party day: the"
            " attendance list is filled in from the branch's members. The Cadence tab shows"
            " which meetings are still missing."
        ).format(year=data.query.year)

    def _failed(self, error: Exception) -> None:
        text = error.text(qt_translate) if isinstance(error, BranchDeskError) else str(error)
        MessageDialog.warn(
            self,
            self.tr("Meeting minutes"),
            self.tr("The minutes could not be read: {error}").format(error=text),
        )

    def focus_search(self) -> None:
        self.view.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.view.search.selectAll()

    def current_meeting_id(self) -> int | None:
        rows = self.view.table.selectionModel().selectedRows()
        return rows[0].data(IdRole) if rows else None

    def current_meeting(self) -> MeetingRow | None:
        rows = self.view.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        view, chosen = self.view, self.current_meeting_id() is not None
        has_branch = self.data is not None and self.data.branch_id is not None
        view.new_button.setEnabled(has_branch)
        view.edit_button.setEnabled(chosen)
        view.delete_button.setEnabled(chosen)
        view.print_button.setEnabled(chosen)
        view.book_button.setEnabled(bool(self.data and self.data.rows))
        self.printable_changed.emit()

    # actions ---------------------------------------------------------------------------

    def new_meeting(
        self,
        kind: MeetingKind | None = None,
        starts_at: dt.datetime | None = None,
        party_group_id: int | None = None,
    ) -> int | None:
        """新建: the minutes editor on a new meeting; its id once saved."""
        if self.data is None or self.data.branch_id is None:
            return None
        from branchdesk.ui.meetings.editor import MeetingEditor

        if starts_at is None:
            today = self.context.today()
            starts_at = dt.datetime(today.year, today.month, today.day, MEETING_HOUR)
        return MeetingEditor.edit(
            self.context,
            None,
            branch_id=self.data.branch_id,
            kind=kind or self.query().kind or MeetingKind.BRANCH_ASSEMBLY,
            starts_at=starts_at,
            party_group_id=party_group_id,
            parent=self.window(),
        )

    def edit_meeting(self) -> int | None:
        """编辑: the selected meeting's minutes."""
        meeting = self.current_meeting()
        if meeting is None:
            return None
        from branchdesk.ui.meetings.editor import MeetingEditor

        return MeetingEditor.edit(self.context, meeting.id, parent=self.window())

    def _grid_activated(self, index: QModelIndex) -> None:
        """A missing (or due) cell: record that meeting, dated in that month."""
        if index.data(StateRole) not in (PeriodState.MISSING, PeriodState.DUE):
            return
        row = self.grid_model.cadence_row(index.row())
        today = self.context.today()
        day = min(dt.date(self.view.year.value(), index.column() + 1, 15), today)
        self.new_meeting(
            row.kind, dt.datetime(day.year, day.month, day.day, MEETING_HOUR), row.party_group_id
        )

    @classmethod
    def confirm_delete(cls, parent: QWidget, meeting: MeetingRow) -> bool:
        """Ask before deleting minutes (and the pipeline steps its votes recorded)."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("MeetingsPage", "Delete minutes"),
            QCoreApplication.translate(
                "MeetingsPage",
                "Delete the minutes of “{title}” ({kind}, no. {number})? Admissions or"
                " confirmations it recorded are deleted with it; the audit trail keeps them.",
            ).format(
                title=meeting.title,
                kind=meeting_kind_label(meeting.kind),
                number=meeting.sequence_no,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_meeting(self) -> bool:
        """删除: the selected meeting, after asking; True when deleted."""
        meeting = self.current_meeting()
        if meeting is None or not self.confirm_delete(self, meeting):
            return False
        try:
            with self.context.database.unit_of_work(self.context.actor) as session:
                delete_meeting(session, meeting.id)
        except BranchDeskError as error:
            MessageDialog.warn(self, self.tr("Delete minutes"), error.text(qt_translate))
            return False
        self.context.show_status(self.tr("Deleted “{title}”").format(title=meeting.title))
        self.context.data_changed()
        return True

    # printing --------------------------------------------------------------------------

    def can_print(self) -> bool:
        return self.current_meeting_id() is not None

    def print_job(self) -> PrintJob | None:
        """Ctrl+P prints the selected meeting's minutes."""
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return None
        from branchdesk.reports.jobs import minutes_job

        return minutes_job(self.context.database, meeting_id)

    def book_job(self) -> PrintJob | None:
        """The minutes book of the year (and kind) shown."""
        if self.data is None:
            return None
        from branchdesk.reports.jobs import minutes_book_job

        query, names = self.data.query, dict(self.data.branches)
        return minutes_book_job(
            self.context.database,
            query.year,
            kind=query.kind,
            branch_name=names.get(self.data.branch_id or 0),
        )

    def print_minutes(self) -> PrintPreviewDialog | None:
        """打印: the selected minutes in the print preview."""
        return self.preview(self.print_job, self.tr("Print minutes"))

    def print_book(self) -> PrintPreviewDialog | None:
        """打印年度记录本: the year's minutes book in the print preview."""
        return self.preview(self.book_job, self.tr("Print minutes book"))
