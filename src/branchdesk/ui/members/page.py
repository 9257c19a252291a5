"""The 党员档案 page: search as you type, filters, a sortable list, export and print.

Everything the list shows comes from SQL (core.member_list); the model reads only the rows
on screen, so the page stays quick with thousands of people on file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QVBoxLayout, QWidget

from branchdesk.core.errors import BranchDeskError
from branchdesk.core.member_list import MemberFilter, filter_options
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import MessageDialog
from branchdesk.ui.i18n import format_date, qt_translate
from branchdesk.ui.members.list_model import Column, MemberListModel
from branchdesk.ui.members.page_view import MembersView
from branchdesk.ui.ops import run_in_background
from branchdesk.ui.pages.base import Page

if TYPE_CHECKING:
    from branchdesk.reports.jobs import PrintJob
    from branchdesk.reports.table import TableExport
    from branchdesk.ui.members.roster_import.wizard import ImportWizard

SEARCH_DELAY_MS = 150  # one query when typing pauses, not one per key
WIDTHS_KEY = "memberList/columnWidths"
# A typical long value per column: default widths fit it (or the header) in the current font,
# so the thirteen columns fit a 1280-pixel window beside the navigation with little scrolling.
WIDTH_SAMPLES = {
    Column.NAME: "欧阳明（已离开）",
    Column.GENDER: "男",
    Column.STAGE: "入党积极分子",
    Column.PERSON_TYPE: "退休教职工",
    Column.BRANCH: "学前教育学院学生第一党支部",
    Column.PARTY_GROUP: "第一党小组",
    Column.GRADE: "2024级",
    Column.CLASS: "学前教育2班",
    Column.NUMBER: "2024070435",
    Column.PHONE: "13090009410",
    Column.ID_NUMBER: "500113********7210",
    Column.ADMISSION: "2026年11月26日",
    Column.ORG_STATUS: "正常",
}
PADDING = 14  # pixels beside the text in a cell
SORT_ARROW = 14


class MembersPage(Page):
    """党员档案: everyone on file, found by name, pinyin, number or phone."""

    key = "members"
    member_activated = Signal(int)  # a row was double-clicked or Enter pressed: its member id
    exported = Signal(int)  # rows written by 导出 (tests wait for it)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.view = MembersView()
        self.model = MemberListModel(context.database, context.language, self)
        view = self.view
        view.table.setModel(self.model)
        # Indicator first: enabling sorting sorts (in SQL) by whatever it shows.
        view.table.horizontalHeader().setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        view.table.setSortingEnabled(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        self._ui_state = QSettings(str(context.data_dir.ui_state), QSettings.Format.IniFormat)
        self._restore_widths()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        view.search.textChanged.connect(lambda _text: self._timer.start())
        view.filters.changed.connect(self.apply_filter)
        self._current_id: int | None = None
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._show_count)
        self.model.modelReset.connect(self._restore_current)
        view.table.activated.connect(self._activated)
        view.table.horizontalHeader().sectionResized.connect(self._save_widths)
        view.export_button.clicked.connect(self.export)
        view.import_button.clicked.connect(self.import_roster)
        # No Del: nobody is deleted from the archive; people leave through 组织关系变动.
        self.clear_on_escape(view.search)
        self.add_shortcuts(find=self.focus_search, new=self.new_member)
        view.new_button.clicked.connect(self.new_member)
        view.edit_button.clicked.connect(self.edit_current)
        view.status_button.clicked.connect(self.change_status_current)
        self.member_activated.connect(self.edit_member)
        context.signals.data_changed.connect(self.refresh)
        self.refresh()

    @property
    def title(self) -> str:
        return self.tr("Member files")

    # reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the filter choices and the list (the filters chosen stay)."""
        with self.context.database.reading() as session:
            options = filter_options(session)
        filters = self.view.filters
        filters.blockSignals(True)
        filters.set_options(options)
        filters.blockSignals(False)
        self._branch_names = tuple(name for _key, name in options.branches)
        self.apply_filter()

    def apply_filter(self) -> None:
        """Re-query with the search text and the filters as they are now."""
        self._timer.stop()
        text = self.view.search.text().strip()
        self.model.set_filter(self.view.filters.member_filter(text, today=self.context.today()))

    def search_pending(self) -> bool:
        """Typed text not searched yet (the pause after typing has not passed)."""
        return self._timer.isActive()

    def focus_search(self) -> None:
        self.view.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.view.search.selectAll()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        self.view.count.setText(self.tr("{count} people").format(count=count))
        if not count:
            text = self.model.member_filter.text
            if text:
                hint = self.tr("No one matches “{text}” with these filters.").format(text=text)
            elif self._filtered():
                hint = self.tr("No one matches these filters.")
            else:
                hint = self.tr(
                    "No member files yet. Import a member list, or load the sample data "
                    "from the dashboard to try the program."
                )
            self.view.no_match.setText(hint)
        self.view.show_table(bool(count))
        self.view.edit_button.setEnabled(bool(count))
        self.view.status_button.setEnabled(bool(count))
        self.printable_changed.emit()

    def _filtered(self) -> bool:
        """Whether any filter narrows the list (beyond hiding people who left)."""
        return self.model.member_filter != MemberFilter(text=self.model.member_filter.text)

    def _remember_current(self) -> None:
        index = self.view.table.currentIndex()
        self._current_id = self.model.member_id(index.row()) if index.isValid() else None

    def _restore_current(self) -> None:
        """Keep the same person selected across a sort, a filter or a refresh, if still listed."""
        if self._current_id is None:
            return
        row = self.model.row_of(self._current_id)
        if row is not None:
            self.view.table.selectRow(row)

    # column widths ---------------------------------------------------------------------

    def _restore_widths(self) -> None:
        header = self.view.table.horizontalHeader()
        saved = self._ui_state.value(WIDTHS_KEY) or []
        if isinstance(saved, str):  # QSettings gives one value back as a plain string
            saved = [saved]
        widths = [int(width) for width in saved if str(width).isdigit()]
        if len(widths) != len(Column):
            widths = [self._default_width(column) for column in Column]
        header.blockSignals(True)
        for column, width in zip(Column, widths, strict=True):
            header.resizeSection(column, max(width, 30))
        header.blockSignals(False)

    def _default_width(self, column: Column) -> int:
        metrics = self.view.table.fontMetrics()
        header = self.view.table.horizontalHeader().fontMetrics()
        title = header.horizontalAdvance(self.model.headerData(column, Qt.Orientation.Horizontal))
        # The header needs room for the sort arrow too.
        return max(metrics.horizontalAdvance(WIDTH_SAMPLES[column]), title + SORT_ARROW) + PADDING

    def _save_widths(self) -> None:
        header = self.view.table.horizontalHeader()
        self._ui_state.setValue(WIDTHS_KEY, [str(header.sectionSize(column)) for column in Column])

    # opening a member ------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.member_activated.emit(self.model.member_id(index.row()))

    def new_member(self) -> int | None:
        """Open the editor for a new person; their id once saved (the list refreshes itself)."""
        from branchdesk.ui.members.editor import MemberEditorDialog

        return MemberEditorDialog.edit(self.context, None, self.window())

    def edit_member(self, member_id: int) -> int | None:
        """Open the editor on a person's file."""
        from branchdesk.ui.members.editor import MemberEditorDialog

        return MemberEditorDialog.edit(self.context, member_id, self.window())

    def edit_current(self) -> None:
        """编辑: open the editor on the selected person (the first listed if none is)."""
        index = self.view.table.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self.edit_member(self.model.member_id(index.row()))

    def change_status_current(self) -> bool:
        """组织关系变动: transfers, flows, absences and exits of the selected person."""
        from branchdesk.ui.members.status_dialog import StatusChangeDialog

        index = self.view.table.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if not index.isValid():
            return False
        member_id = self.model.member_id(index.row())
        return StatusChangeDialog.ask(self.context, member_id, self.window())

    def import_roster(self) -> ImportWizard:
        """导入: the roster import wizard; after an import, data_changed refreshes the list."""
        from branchdesk.ui.members.roster_import.wizard import ImportWizard

        return ImportWizard.start(self.context, self.window())

    # export ----------------------------------------------------------------------------

    @classmethod
    def ask_export_path(cls, parent: QWidget) -> Path | None:
        """Where to write the list (.xlsx or .csv), or None when cancelled."""
        path, _chosen = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("MembersPage", "Export member list"),
            QCoreApplication.translate("MembersPage", "Member list") + ".xlsx",
            QCoreApplication.translate("MembersPage", "Excel workbook (*.xlsx);;CSV file (*.csv)"),
        )
        return Path(path) if path else None

    @classmethod
    def ask_full_id(cls, parent: QWidget) -> bool:
        """Whether to write full ID numbers; masked unless the clerk says yes (RULES.md §8)."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("MembersPage", "Full ID numbers?"),
            QCoreApplication.translate(
                "MembersPage",
                "Write full ID numbers into the file? Choose No to mask them (recommended "
                "unless the file goes to the Party organisation). Every export is logged.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def export(self) -> None:
        """Export the people listed now (filters applied) to .xlsx or .csv, off the GUI thread."""
        self.apply_filter()  # text typed within the pause counts
        ids = self.model.ids()
        if not ids:
            return
        path = self.ask_export_path(self)
        if path is None:
            return
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        full_id = self.ask_full_id(self)
        database, actor = self.context.database, self.context.actor

        def write() -> int:
            from branchdesk.io.member_export import export_members

            with database.unit_of_work(actor) as session:  # the export is logged with it
                return export_members(session, path, full_id=full_id, member_ids=ids)

        self.view.export_button.setEnabled(False)
        run_in_background(
            write,
            on_success=lambda count: self._exported(path, count),
            on_failure=self._export_failed,
            owner=self,
        )

    def _exported(self, path: Path, count: int) -> None:
        self.view.export_button.setEnabled(True)
        self.context.show_status(
            self.tr("Exported {count} people to {path}").format(count=count, path=path)
        )
        self.exported.emit(count)

    def _export_failed(self, error: Exception) -> None:
        self.view.export_button.setEnabled(True)
        text = error.text(qt_translate) if isinstance(error, BranchDeskError) else str(error)
        MessageDialog.warn(
            self,
            self.tr("Export"),
            self.tr("The list was not exported: {error}").format(error=text),
        )

    # printing --------------------------------------------------------------------------

    def can_print(self) -> bool:
        return self.model.rowCount() > 0

    def print_job(self) -> PrintJob | None:
        """The listed people as shown (masked ID numbers), as a 党员名册 table."""
        table = self.print_table()
        if table is None:
            return None
        from branchdesk.reports.jobs import table_job

        return table_job(table)

    def print_table(self) -> TableExport | None:
        """What print_job() prints: every listed row, in the shown order and words."""
        if not self.can_print():
            return None
        from branchdesk.reports.table import TableExport
        from branchdesk.ui.members.list_model import header_text

        model = self.model
        rows = tuple(tuple(model.text(row, column) for column in Column) for row in model.rows())
        today = format_date(self.context.today(), self.context.language)
        return TableExport(
            title=self.tr("Member list"),
            branch_name="、".join(self._branch_names),
            columns=tuple(header_text(column) for column in Column),
            rows=rows,
            subtitle=self.tr("{count} people, as of {date}").format(count=len(rows), date=today),
            landscape=True,
        )
