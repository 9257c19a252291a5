"""The 检查整改 page: a branch's rectification ledger of a year, and its inspections.

Reads run off the GUI thread (LatestLoad, data.py); the filters are core's ``ProblemFilter``
(in SQL, 已逾期 included) and a click on a header sorts the rows shown. Writes happen in the
problem editor and the inspection dialog (one unit of work each) or here for a delete, and
data_changed brings every page up to date. 工作台 reminders of the ledger open here
(``show_subject``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QMessageBox, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from branchdesk.core.enums import InspectionKind
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.services.problems import ProblemRow, delete_problem, problem_detail
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import MessageDialog
from branchdesk.ui.i18n import format_date, qt_translate
from branchdesk.ui.ledger.data import LedgerData, LedgerQuery, load_ledger
from branchdesk.ui.ledger.inspections import InspectionsTab
from branchdesk.ui.ledger.labels import inspection_kind_label
from branchdesk.ui.ledger.models import (
    OVERDUE_COLOR,
    IdRole,
    ProblemColumn,
    ProblemListModel,
    ProblemSortModel,
)
from branchdesk.ui.ledger.page_view import LedgerView
from branchdesk.ui.ops import LatestLoad
from branchdesk.ui.pages.base import Page

if TYPE_CHECKING:
    from branchdesk.reports.jobs import PrintJob
    from branchdesk.ui.printing.preview import PrintPreviewDialog

SEARCH_DELAY_MS = 250
LEDGER_TAB, INSPECTIONS_TAB = 0, 1


class LedgerPage(Page):
    """检查整改: key "ledger"."""

    loaded = Signal()  # what is shown is current (tests and screenshots wait for it)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        today = context.today()
        self.view = view = LedgerView(context.language, today=today)
        self.model = ProblemListModel(context.language, self)
        self.sorted = ProblemSortModel(self)
        self.sorted.setSourceModel(self.model)
        view.table.setModel(self.sorted)
        self.inspections = InspectionsTab(self)
        view.configure_columns()
        view.table.sortByColumn(ProblemColumn.NUMBER, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        self._loads = LatestLoad(self)
        self.data: LedgerData | None = None
        self._branch_id: int | None = None
        self._select_problem: int | None = None  # to select once the ledger is shown
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        view.year.setValue(today.year)
        view.year.valueChanged.connect(self.refresh)
        view.branch.currentIndexChanged.connect(self._branch_changed)
        for combo in (view.status, view.source, view.category, view.inspection):
            combo.currentIndexChanged.connect(self.refresh)
        for date in (view.deadline_from, view.deadline_to):
            date.changed.connect(self.refresh)
        for line in (view.search, view.responsible):
            line.textChanged.connect(lambda _text: self._timer.start())
        view.clear_filters.clicked.connect(self.clear_filters)
        view.tabs.currentChanged.connect(self._update_buttons)
        view.table.selectionModel().selectionChanged.connect(self._update_buttons)
        view.inspections.selectionModel().selectionChanged.connect(self._update_buttons)
        view.table.activated.connect(lambda _index: self.edit_problem())
        view.new_button.clicked.connect(lambda: self.new_problem())
        view.edit_button.clicked.connect(lambda: self.edit_problem())
        view.delete_button.clicked.connect(self.delete_problem)
        view.print_button.clicked.connect(self.print_ledger)
        self.clear_on_escape(view.search)
        self.add_shortcuts(find=self.focus_search, new=self._new, delete=self._delete)
        context.signals.data_changed.connect(self.refresh)
        self._update_buttons()
        self.refresh()

    @property
    def title(self) -> str:
        return self.tr("Inspection and rectification")

    def branch_id(self) -> int | None:
        """The branch shown, once read."""
        return self.data.branch_id if self.data is not None else None

    # reading -------------------------------------------------------------------------------

    def query(self) -> LedgerQuery:
        view = self.view
        return LedgerQuery(
            year=view.year.value(),
            branch_id=self._branch_id,
            status=view.status.currentData(),
            source=view.source.currentData(),
            category=view.category.currentData(),
            responsible=view.responsible.text().strip(),
            deadline_from=view.deadline_from.value(),
            deadline_to=view.deadline_to.value(),
            inspection_id=view.inspection.currentData(),
            text=view.search.text().strip(),
        )

    def refresh(self) -> None:
        """Re-read the ledger and the inspections off the GUI thread."""
        self._timer.stop()
        database, query, today = self.context.database, self.query(), self.context.today()
        self._loads.start(
            lambda: load_ledger(database, query, today),
            on_success=self._show,
            on_failure=self._failed,
        )

    def is_loading(self) -> bool:
        return self._loads.is_loading() or self._timer.isActive()

    def _show(self, data: LedgerData) -> None:
        self.data = data
        self._branch_id = data.branch_id
        view = self.view
        chosen = self._select_problem or self.current_problem_id()
        self._select_problem = None
        self._show_choices(data)
        self.model.set_rows(data.rows)
        row = self.model.row_of(chosen) if chosen is not None else None
        if row is not None:
            shown = self.sorted.mapFromSource(self.model.index(row, 0))
            view.table.selectRow(shown.row())
            view.table.scrollTo(shown)
        self.inspections.show(data.inspections, self._no_inspections_text(data))
        self._show_cards(data)
        view.empty.setText(self._empty_text(data))
        view.stack.setCurrentWidget(view.table if data.rows else view.empty)
        total = data.counts.total
        view.count.setText(
            self.tr("{shown} of {total} problems").format(shown=len(data.rows), total=total)
            if data.query.filtered()
            else self.tr("{total} problems").format(total=total)
        )
        self._update_buttons()
        self.loaded.emit()

    def _show_choices(self, data: LedgerData) -> None:
        """Branches, categories and inspections to filter by, keeping what is chosen."""
        view, language = self.view, self.context.language
        inspections = [
            (f"{format_date(row.inspected_on, language)} {inspection_kind_label(row.kind)}", row.id)
            for row in data.inspections
        ]
        choices: list[tuple[QComboBox, list[tuple[str, object]], object]] = [
            (view.branch, [(name, branch_id) for branch_id, name in data.branches], data.branch_id),
            (
                view.category,
                [(self.tr("All categories"), None)] + [(c, c) for c in data.categories],
                data.query.category,
            ),
            (
                view.inspection,
                [(self.tr("All inspections"), None), *inspections],
                data.query.inspection_id,
            ),
        ]
        for combo, items, current in choices:
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        view.branch.setVisible(len(data.branches) > 1)

    def _show_cards(self, data: LedgerData) -> None:
        cards, counts = self.view.cards, data.counts
        cards["open"].set_value(
            str(counts.open),
            self.tr("{count} more open from other years").format(count=counts.open_other_years)
            if counts.open_other_years
            else "",
        )
        cards["overdue"].set_value(str(counts.overdue))
        cards["overdue"].number.setStyleSheet(
            f"color: {OVERDUE_COLOR.name()};" if counts.overdue else ""
        )
        cards["due_soon"].set_value(str(counts.due_soon))
        cards["closed"].set_value(
            str(counts.closed),
            self.tr("of {total} on the ledger of {year}").format(
                total=counts.total, year=data.query.year
            ),
        )

    def _empty_text(self, data: LedgerData) -> str:
        if data.branch_id is None:
            return self.tr(
                "No branch on file yet. Enter your branch in Settings, then keep its inspection"
                " and rectification ledger here."
            )
        if data.query.filtered():
            return self.tr(
                "No problem on the ledger of {year} matches these filters. Clear filters shows"
                " them all."
            ).format(year=data.query.year)
        return self.tr(
            "No problems on the ledger of {year}. Record an inspection on the Inspections tab and"
            " raise the problems it found there, or click New problem… (Ctrl+N) for a problem"
            " pointed out by superiors, raised by the masses or found by the branch itself."
        ).format(year=data.query.year)

    def _no_inspections_text(self, data: LedgerData) -> str:
        if data.branch_id is None:
            return self._empty_text(data)
        return self.tr(
            "No inspections recorded in {year}. Click New inspection… to record a routine or"
            " annual inspection, a special inspection or a patrol; then raise the problems it"
            " found with Raise a problem…."
        ).format(year=data.query.year)

    def _failed(self, error: Exception) -> None:
        text = error.text(qt_translate) if isinstance(error, BranchDeskError) else str(error)
        MessageDialog.warn(
            self,
            self.tr("Inspection and rectification"),
            self.tr("The ledger could not be read: {error}").format(error=text),
        )

    def _branch_changed(self) -> None:
        self._branch_id = self.view.branch.currentData()
        self.refresh()

    def clear_filters(self) -> None:
        """Show the whole ledger of the year again."""
        view = self.view
        widgets = (
            view.status,
            view.source,
            view.category,
            view.inspection,
            view.responsible,
            view.search,
            view.deadline_from,
            view.deadline_to,
        )
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (view.status, view.source, view.category, view.inspection):
            combo.setCurrentIndex(0)
        view.responsible.clear()
        view.search.clear()
        view.deadline_from.set_value(None)
        view.deadline_to.set_value(None)
        for widget in widgets:
            widget.blockSignals(False)
        self.refresh()

    def focus_search(self) -> None:
        self.view.tabs.setCurrentIndex(LEDGER_TAB)
        self.view.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.view.search.selectAll()

    def show_inspection(self, inspection_id: int) -> None:
        """The ledger narrowed to one inspection's problems."""
        view = self.view
        view.tabs.setCurrentIndex(LEDGER_TAB)
        view.inspection.setCurrentIndex(max(0, view.inspection.findData(inspection_id)))

    def select_problem(self, problem_id: int) -> None:
        """Select ``problem_id`` once the ledger is read again."""
        self._select_problem = problem_id
        self.refresh()

    # selection -----------------------------------------------------------------------------

    def current_problem_id(self) -> int | None:
        rows = self.view.table.selectionModel().selectedRows()
        return rows[0].data(IdRole) if rows else None

    def current_problem(self) -> ProblemRow | None:
        problem_id = self.current_problem_id()
        row = self.model.row_of(problem_id) if problem_id is not None else None
        return self.model.row(row) if row is not None else None

    def _update_buttons(self, *_args: QItemSelection | int) -> None:
        view = self.view
        has_branch = self.branch_id() is not None
        chosen = self.current_problem_id() is not None
        view.new_button.setEnabled(has_branch)
        view.edit_button.setEnabled(chosen)
        view.delete_button.setEnabled(chosen)
        view.print_button.setEnabled(has_branch)
        self.inspections.update_buttons(has_branch)
        self.printable_changed.emit()

    # problems ------------------------------------------------------------------------------

    def _delete(self) -> None:
        """Del: the selected problem, or inspection on the 检查记录 tab (both ask first)."""
        if self.view.tabs.currentIndex() == 1:
            self.inspections.delete_inspection()
        else:
            self.delete_problem()

    def _new(self) -> None:
        if self.view.tabs.currentIndex() == INSPECTIONS_TAB:
            self.inspections.new_inspection()
        else:
            self.new_problem()

    def new_problem(self) -> int | None:
        """新建问题: the editor on a problem found today by the branch; its id once saved."""
        branch_id = self.branch_id()
        if branch_id is None:
            return None
        from branchdesk.ui.ledger.problem_editor import ProblemEditor, new_draft

        saved = ProblemEditor.raise_for(
            self.context, branch_id, new_draft(self.context.today()), self.window()
        )
        if saved is not None:
            self.select_problem(saved)
        return saved

    def edit_problem(self, problem_id: int | None = None) -> int | None:
        """编辑: the selected problem (or ``problem_id``) in the editor."""
        problem_id = problem_id if problem_id is not None else self.current_problem_id()
        if problem_id is None:
            return None
        from branchdesk.ui.ledger.problem_editor import ProblemEditor

        return ProblemEditor.edit(self.context, problem_id, self.window())

    @classmethod
    def confirm_delete(cls, parent: QWidget, problem: ProblemRow) -> bool:
        """Ask before deleting a problem with its notes and evidence links."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("LedgerPage", "Delete problem"),
            QCoreApplication.translate(
                "LedgerPage",
                "Delete problem No. {number} of {year} (“{description}”) with its progress notes"
                " and evidence links? Its number is not given again; the audit trail keeps"
                " everything.",
            ).format(
                number=problem.sequence_no,
                year=problem.year,
                description=_snippet(problem.description),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_problem(self) -> bool:
        """删除: the selected problem, after asking; True when deleted."""
        problem = self.current_problem()
        if problem is None or not self.confirm_delete(self, problem):
            return False
        return self.write(
            lambda session: delete_problem(session, problem.id),
            self.tr("Delete problem"),
            self.tr("Deleted problem No. {number} of {year}").format(
                number=problem.sequence_no, year=problem.year
            ),
        )

    def write(self, action: Callable[[Session], object], title: str, done: str) -> bool:
        """A delete in one unit of work; core's refusal is said in a message box."""
        try:
            with self.context.database.unit_of_work(self.context.actor) as session:
                action(session)
        except BranchDeskError as error:
            MessageDialog.warn(self, title, error.text(qt_translate))
            return False
        self.context.show_status(done)
        self.context.data_changed()
        return True

    # reminders of the 工作台 ---------------------------------------------------------------

    def show_subject(self, subject: str) -> None:
        """A 工作台 reminder of the ledger: ``problem:<id>`` opens the problem; a branch's
        missing routine or annual inspection (``branch:<id>:inspection:<kind>[:<year>]``)
        shows the inspections of that year and opens a new inspection of that kind."""
        parts = subject.split(":")
        if len(parts) == 2 and parts[0] == "problem" and parts[1].isdigit():
            try:
                with self.context.database.reading() as session:
                    detail = problem_detail(session, int(parts[1]), today=self.context.today())
            except BranchDeskError:
                return  # deleted meanwhile: the ledger as it is
            self._go_to(LEDGER_TAB, detail.branch_id, detail.year)
            self._select_problem = detail.id
            self.when_shown(lambda: self.edit_problem(detail.id))
        elif len(parts) >= 4 and parts[0] == "branch" and parts[2] == "inspection":
            kind = InspectionKind(parts[3])
            year = int(parts[4]) if len(parts) > 4 else self.context.today().year
            self._go_to(INSPECTIONS_TAB, int(parts[1]), year)
            self.when_shown(lambda: self.inspections.new_inspection(kind, year=year))

    def _go_to(self, tab: int, branch_id: int, year: int) -> None:
        """Show a tab of a branch's year, the filters cleared."""
        view = self.view
        self._branch_id = branch_id
        view.tabs.setCurrentIndex(tab)
        view.year.blockSignals(True)
        view.year.setValue(year)
        view.year.blockSignals(False)
        self.clear_filters()

    def when_shown(self, action: Callable[[], object]) -> None:
        """Run ``action`` once the ledger asked for last is shown."""

        def run() -> None:
            self.loaded.disconnect(run)
            QTimer.singleShot(0, action)  # after the load's own slot has returned

        self.loaded.connect(run)

    # printing ------------------------------------------------------------------------------

    def can_print(self) -> bool:
        return self.branch_id() is not None

    def print_job(self) -> PrintJob | None:
        """Ctrl+P: the selected inspection's ledger on the inspections tab, else the year's."""
        if self.view.tabs.currentIndex() == INSPECTIONS_TAB and self.inspections.current_id():
            return self.inspections.job()
        return self.ledger_job()

    def ledger_job(self) -> PrintJob | None:
        """问题整改台账 of the year shown, for the branch shown."""
        if self.data is None or self.data.branch_id is None:
            return None
        from branchdesk.reports.jobs import ledger_job

        return ledger_job(
            self.context.database,
            year=self.data.query.year,
            branch_name=dict(self.data.branches)[self.data.branch_id],
            today=self.context.today(),
        )

    def print_ledger(self) -> PrintPreviewDialog | None:
        """打印台账: the year's ledger in the print preview."""
        return self.preview(self.ledger_job, self.tr("Print ledger"))


def _snippet(text: str, length: int = 30) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[:length] + "…"
