"""The 学习笔记 page: each member's class hours of a year against the target (RULES.md §3).

Reads run off the GUI thread (LatestLoad); the tally keeps core's order (branch, then pinyin),
the search only narrows it. Writes happen in the dialogs, one unit of work each, and
data_changed brings every page up to date.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from branchdesk.core.db import Database
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.pinyin import compact, pinyin_keys
from branchdesk.core.services.study import (
    delete_entry,
    delete_session,
    entries_for,
    hours_tally,
    sessions_for,
)
from branchdesk.core.services.study_hours import EntryRow, HoursRow, SessionRow
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import MessageDialog
from branchdesk.ui.i18n import format_date, qt_translate
from branchdesk.ui.ops import LatestLoad
from branchdesk.ui.pages.base import Page
from branchdesk.ui.study.all_entries import AllEntriesColumn, AllEntriesModel
from branchdesk.ui.study.models import EntriesModel, IdRole, SessionsModel, TallyModel
from branchdesk.ui.study.page_view import StudyView

if TYPE_CHECKING:
    from branchdesk.reports.jobs import PrintJob
    from branchdesk.ui.printing.preview import PrintPreviewDialog


@dataclass(frozen=True)
class StudyData:
    """What the page shows of one year, read in one session."""

    year: int
    tally: list[HoursRow]
    sessions: list[SessionRow]
    search_keys: dict[int, str]  # member id → "name fullpinyin initials", for the search


def _search_key(name: str) -> str:
    """What the tally's search box matches: the name, its pinyin as typed, its initials."""
    full, initials = pinyin_keys(name)
    return " ".join((name, compact(full), initials))


def load_study(database: Database, year: int) -> StudyData:
    """The year's tally and session count (runs on the worker thread)."""
    with database.reading() as session:
        tally = hours_tally(session, year)
        sessions = sessions_for(session, year)
    keys = {row.member_id: _search_key(row.name) for row in tally}
    return StudyData(year, tally, sessions, keys)


def load_entries(database: Database, member_id: int, year: int) -> list[EntryRow]:
    with database.reading() as session:
        return entries_for(session, member_id, year)


class StudyPage(Page):
    """学习笔记: key "study"."""

    loaded = Signal()  # the tally shown is current (tests and screenshots wait for it)
    entries_loaded = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.view = StudyView()
        self.tally_model = TallyModel(self)
        self.entries_model = EntriesModel(context.language, self)
        self.sessions_model = SessionsModel(context.language, self)
        view = self.view
        view.tally.setModel(self.tally_model)
        view.entries.setModel(self.entries_model)
        view.sessions.setModel(self.sessions_model)
        self.all_model = AllEntriesModel(context.database, context.language, self.year_now(), self)
        view.all_entries.setModel(self.all_model)
        view.all_entries.horizontalHeader().setSortIndicator(
            AllEntriesColumn.DATE, Qt.SortOrder.AscendingOrder
        )
        view.configure_columns()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        self._loads = LatestLoad(self)
        self._entry_loads = LatestLoad(self)
        self.data: StudyData | None = None
        self._member_id: int | None = None  # the member whose notebook is shown

        view.year.setValue(context.today().year)
        view.year.valueChanged.connect(self.refresh)
        view.search.textChanged.connect(self._show_tally)
        view.tally.selectionModel().selectionChanged.connect(self._member_selected)
        view.entries.selectionModel().selectionChanged.connect(self._update_buttons)
        view.entries.doubleClicked.connect(lambda _index: self.edit_entry())
        view.new_button.clicked.connect(self.new_entry)
        view.edit_button.clicked.connect(self.edit_entry)
        view.delete_button.clicked.connect(self.delete_entry)
        view.print_button.clicked.connect(self.print_notebook)
        view.session_button.clicked.connect(self.record_session)
        view.sessions.selectionModel().selectionChanged.connect(self._update_buttons)
        view.sessions.doubleClicked.connect(lambda _index: self.edit_session())
        view.edit_session_button.clicked.connect(self.edit_session)
        view.delete_session_button.clicked.connect(self.delete_session)
        self._all_stale = True  # everyone's entries are read when their tab is shown
        self._chart_stale = True
        view.tabs.currentChanged.connect(lambda _index: self._show_all_if_stale())
        view.tabs.currentChanged.connect(lambda _index: self._show_chart_if_stale())
        view.all_search.textChanged.connect(lambda _text: self._read_all())
        self.all_model.filtered.connect(self._show_all_count)
        view.all_entries.doubleClicked.connect(lambda index: self.edit_listed_entry(index.row()))
        self.clear_on_escape(view.search, view.all_search)
        self.add_shortcuts(find=self.focus_search, new=self.new_entry, delete=self._delete)
        context.signals.data_changed.connect(self.refresh)
        self._update_buttons()
        self.refresh()

    @property
    def title(self) -> str:
        return self.tr("Study notebooks")

    def year(self) -> int:
        return self.view.year.value()

    def year_now(self) -> int:
        return self.context.today().year

    # reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the tally (and the shown notebook) off the GUI thread; everyone's entries
        now if their tab shows, else when it is next shown."""
        self._all_stale = True
        self._show_all_if_stale()
        database, year = self.context.database, self.year()
        self._loads.start(
            lambda: load_study(database, year), on_success=self._show, on_failure=self._failed
        )
        self._load_entries()

    def is_loading(self) -> bool:
        return self._loads.is_loading() or self._entry_loads.is_loading()

    def _show(self, data: StudyData) -> None:
        self.data = data
        view = self.view
        behind = sum(row.behind for row in data.tally)
        view.subtitle.setText(
            self.tr("As of {date}").format(
                date=format_date(self.context.today(), self.context.language)
            )
        )
        view.cards["members"].set_value(str(len(data.tally)))
        view.cards["reached"].set_value(str(len(data.tally) - behind))
        view.cards["behind"].set_value(str(behind))
        view.cards["sessions"].set_value(str(len(data.sessions)))
        self._show_sessions(data)
        self._chart_stale = True
        self._show_chart_if_stale()
        self._show_tally()
        self.printable_changed.emit()
        self.loaded.emit()

    def _show_tally(self) -> None:
        """The tally narrowed by the search text, in core's order; the selection kept."""
        if self.data is None:
            return
        text = self.view.search.text().strip().lower()
        rows = [
            row
            for row in self.data.tally
            if not text or text in self.data.search_keys[row.member_id].lower()
        ]
        view = self.view
        view.tally.selectionModel().blockSignals(True)
        self.tally_model.set_rows(rows)
        view.tally.selectionModel().blockSignals(False)
        view.fit_columns(view.tally)
        if rows:
            keep = self._member_id if self._member_id is not None else rows[0].member_id
            row = self.tally_model.row_of(keep)
            view.tally.selectRow(row if row is not None else 0)
            self._member_selected()
        else:
            view.no_members.setText(
                self.tr("No one matches “{text}”.").format(text=view.search.text().strip())
                if text
                else self.tr(
                    "No Party members on file. Probationary and full members appear here with "
                    "their class hours."
                )
            )
            self._set_member(None)
        view.tally_stack.setCurrentWidget(view.tally if rows else view.no_members)

    def _show_sessions(self, data: StudyData) -> None:
        chosen = self.current_session_id()
        self.sessions_model.set_rows(data.sessions)
        view = self.view
        view.fit_columns(view.sessions)
        if chosen is not None and (row := self.sessions_model.row_of(chosen)) is not None:
            view.sessions.selectRow(row)
        view.no_sessions.setText(
            self.tr(
                "No collective sessions in {year}. Record one with Collective session…, or tick"
                " “counts as collective study” in the minutes of a theme day or Party lecture."
            ).format(year=data.year)
        )
        view.sessions_stack.setCurrentWidget(view.sessions if data.sessions else view.no_sessions)
        self._update_buttons()

    def _failed(self, error: Exception) -> None:
        text = error.text(qt_translate) if isinstance(error, BranchDeskError) else str(error)
        MessageDialog.warn(
            self,
            self.tr("Study notebooks"),
            self.tr("The study records could not be read: {error}").format(error=text),
        )

    def focus_search(self) -> None:
        """Ctrl+F: the search of everyone's entries on their tab, else the tally's."""
        view = self.view
        box = view.all_search if view.tabs.currentWidget() is view.everyone_tab else view.search
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        box.selectAll()

    def _show_chart_if_stale(self) -> None:
        """The branch chart is drawn when its tab shows (800 bars: a re-read's largest cost)."""
        if not self._chart_stale or self.data is None:
            return
        if self.view.tabs.currentWidget() is not self.view.chart_scroll:
            return
        self._chart_stale = False
        self.view.chart.set_rows(
            self.data.tally,
            self.tr("Collective class hours in {year}, against the target").format(
                year=self.data.year
            ),
        )

    # everyone's entries ---------------------------------------------------------------

    def _show_all_if_stale(self) -> None:
        if self._all_stale and self.view.tabs.currentWidget() is self.view.everyone_tab:
            self._read_all()

    def _read_all(self) -> None:
        """The year's entries matching the search, in the header's order: count, first page."""
        self._all_stale = False
        self.all_model.refresh(year=self.year(), text=self.view.all_search.text())

    def _show_all_count(self) -> None:
        view, model = self.view, self.all_model
        view.all_count.setText(self.tr("{count} entries").format(count=model.total()))
        text = view.all_search.text().strip()
        view.no_all_entries.setText(
            self.tr("No entries of {year} match “{text}”.").format(year=self.year(), text=text)
            if text
            else self.tr("No study entries in {year} yet.").format(year=self.year())
        )
        view.all_stack.setCurrentWidget(
            view.all_entries if model.rowCount() else view.no_all_entries
        )
        view.fit_columns(view.all_entries)

    def edit_listed_entry(self, row: int) -> int | None:
        """编辑 an entry of everyone's list (double-click)."""
        if not 0 <= row < self.all_model.rowCount():
            return None
        entry: EntryRow = self.all_model.row(row)
        from branchdesk.ui.study.entry_dialog import EntryDialog

        return EntryDialog.edit(
            self.context, entry.member_id, entry.member_name, entry.id, self.window()
        )

    # the selected member's notebook ----------------------------------------------------

    def current_member(self) -> HoursRow | None:
        rows = self.view.tally.selectionModel().selectedRows()
        return self.tally_model.row(rows[0].row()) if rows else None

    def _member_selected(self, *_args: QItemSelection) -> None:
        member = self.current_member()
        self._set_member(member.member_id if member is not None else None)

    def _set_member(self, member_id: int | None) -> None:
        if member_id == self._member_id and member_id is not None:
            self._show_member_title()
            return
        self._member_id = member_id
        self._show_member_title()
        self._load_entries()
        self.printable_changed.emit()

    def _show_member_title(self) -> None:
        member = self.current_member()
        self.view.member_title.setText(
            self.tr("{name}: study notebook of {year}").format(name=member.name, year=self.year())
            if member is not None
            else self.tr("Study notebook")
        )

    def _load_entries(self) -> None:
        member_id, year = self._member_id, self.year()
        if member_id is None:
            self._show_entries([])
            return
        database = self.context.database
        self._entry_loads.start(
            lambda: load_entries(database, member_id, year),
            on_success=self._show_entries,
            on_failure=self._failed,
        )

    def _show_entries(self, rows: list[EntryRow]) -> None:
        chosen = self.current_entry_id()
        self.entries_model.set_rows(rows)
        view = self.view
        view.fit_columns(view.entries)
        if chosen is not None and (row := self.entries_model.row_of(chosen)) is not None:
            view.entries.selectRow(row)
        view.no_entries.setText(
            self.tr(
                "No study entries in {year}. Add one with New…, or record a collective session."
            ).format(year=self.year())
            if self._member_id is not None
            else self.tr("Choose a member on the left to see their notebook.")
        )
        view.entries_stack.setCurrentWidget(view.entries if rows else view.no_entries)
        self._update_buttons()
        self.entries_loaded.emit()

    def current_entry_id(self) -> int | None:
        rows = self.view.entries.selectionModel().selectedRows()
        return rows[0].data(IdRole) if rows else None

    def _update_buttons(self, *_args: QItemSelection) -> None:
        view, member = self.view, self._member_id is not None
        view.new_button.setEnabled(member)
        view.print_button.setEnabled(member)
        entry = self.current_entry_id() is not None
        view.edit_button.setEnabled(entry)
        view.delete_button.setEnabled(entry)
        chosen = self.current_session_id() is not None
        view.edit_session_button.setEnabled(chosen)
        view.delete_session_button.setEnabled(chosen)

    def current_session_id(self) -> int | None:
        rows = self.view.sessions.selectionModel().selectedRows()
        return rows[0].data(IdRole) if rows else None

    def _current_session(self) -> SessionRow | None:
        session_id = self.current_session_id()
        row = self.sessions_model.row_of(session_id) if session_id is not None else None
        return None if row is None else self.sessions_model.row(row)

    # actions ---------------------------------------------------------------------------

    def new_entry(self) -> int | None:
        """新建: an entry in the selected member's notebook; its id once saved."""
        member = self.current_member()
        if member is None:
            return None
        from branchdesk.ui.study.entry_dialog import EntryDialog

        return EntryDialog.edit(self.context, member.member_id, member.name, None, self.window())

    def edit_entry(self) -> int | None:
        """编辑: the selected entry (notes and reflections only for a session's entry)."""
        entry_id = self.current_entry_id()
        row = self.entries_model.row_of(entry_id) if entry_id is not None else None
        if entry_id is None or row is None:
            return None
        entry: EntryRow = self.entries_model.row(row)
        from branchdesk.ui.study.entry_dialog import EntryDialog

        return EntryDialog.edit(
            self.context, entry.member_id, entry.member_name, entry_id, self.window()
        )

    @classmethod
    def confirm_delete(cls, parent: QWidget, entry: EntryRow) -> bool:
        """Ask before deleting an entry (the audit trail keeps it)."""
        text = QCoreApplication.translate(
            "StudyPage", "Delete the study entry “{topic}” of {name}?"
        ).format(topic=entry.topic, name=entry.member_name)
        if entry.session_id is not None:
            text += " " + QCoreApplication.translate(
                "StudyPage",
                "It came from a collective session: this removes only this member's attendance.",
            )
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("StudyPage", "Delete study entry"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_entry(self) -> bool:
        """删除: the selected entry, after asking; True when deleted."""
        entry_id = self.current_entry_id()
        row = self.entries_model.row_of(entry_id) if entry_id is not None else None
        if entry_id is None or row is None:
            return False
        entry: EntryRow = self.entries_model.row(row)
        if not self.confirm_delete(self, entry):
            return False
        try:
            with self.context.database.unit_of_work(self.context.actor) as session:
                delete_entry(session, entry_id)
        except BranchDeskError as error:
            MessageDialog.warn(self, self.tr("Delete study entry"), error.text(qt_translate))
            return False
        self.context.show_status(self.tr("Deleted “{topic}”").format(topic=entry.topic))
        self.context.data_changed()
        return True

    def _delete(self) -> None:
        """Del: the selected session on its tab, else the selected notebook entry."""
        if self.view.tabs.currentWidget() is self.view.sessions_tab:
            self.delete_session()
        else:
            self.delete_entry()

    def record_session(self) -> int | None:
        """集体学习…: one session, an entry for every attendee; the session's id once saved."""
        from branchdesk.ui.study.session_dialog import SessionDialog

        return SessionDialog.record(self.context, self.window())

    def edit_session(self) -> int | None:
        """编辑 a session: a stand-alone one in its dialog, one of a meeting in the minutes
        (its date, topic and attendees are the meeting's)."""
        row = self._current_session()
        if row is None:
            return None
        if row.meeting_id is not None:
            from branchdesk.ui.meetings.editor import MeetingEditor

            saved = MeetingEditor.edit(self.context, row.meeting_id, parent=self.window())
            return row.id if saved is not None else None
        from branchdesk.ui.study.session_dialog import SessionDialog

        return SessionDialog.record(self.context, self.window(), session_id=row.id)

    @classmethod
    def confirm_delete_session(cls, parent: QWidget, row: SessionRow) -> bool:
        """Ask before deleting a session and every attendee's entry (the trail keeps them)."""
        text = QCoreApplication.translate(
            "StudyPage", "Delete the collective session “{topic}” and its {count} entries?"
        ).format(topic=row.topic, count=row.attendees)
        if row.meeting_id is not None:
            text += " " + QCoreApplication.translate(
                "StudyPage", "The meeting's minutes stay; the meeting no longer counts as study."
            )
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("StudyPage", "Delete collective session"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_session(self) -> bool:
        """删除 the selected session with its entries, after asking; True when deleted."""
        row = self._current_session()
        if row is None or not self.confirm_delete_session(self, row):
            return False
        try:
            with self.context.database.unit_of_work(self.context.actor) as session:
                delete_session(session, row.id)
        except BranchDeskError as error:
            MessageDialog.warn(self, self.tr("Delete collective session"), error.text(qt_translate))
            return False
        self.context.show_status(self.tr("Deleted “{topic}”").format(topic=row.topic))
        self.context.data_changed()
        return True

    # printing --------------------------------------------------------------------------

    def notebook_job(self) -> PrintJob | None:
        """The selected member's printed notebook of the shown year."""
        if self._member_id is None:
            return None
        from branchdesk.reports.jobs import study_notebook_job

        return study_notebook_job(self.context.database, self._member_id, self.year())

    def print_notebook(self) -> PrintPreviewDialog | None:
        """打印学习笔记: the notebook in the print preview."""
        return self.preview(self.notebook_job, self.tr("Print study notebook"))

    def can_print(self) -> bool:
        return self._member_id is not None

    def print_job(self) -> PrintJob | None:
        """Ctrl+P prints the selected member's notebook."""
        return self.notebook_job()
