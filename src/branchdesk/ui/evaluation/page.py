"""The 民主评议 page: a branch's round of a year, each member's progress, the one-third rule.

Reads run off the GUI thread (LatestLoad); core sorts the members in SQL (data.py orders the
two columns it cannot). Writes happen in the dialogs and in round_actions.py, one unit of
work each, and data_changed brings every page up to date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout

from branchdesk.core.errors import BranchDeskError
from branchdesk.core.services.evaluations import EvaluationRow, RoundRow
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import MessageDialog
from branchdesk.ui.evaluation import round_actions
from branchdesk.ui.evaluation.data import EvaluationData, EvaluationQuery, load_evaluation
from branchdesk.ui.evaluation.models import EvaluationModel, IdRole
from branchdesk.ui.evaluation.page_view import EvaluationView
from branchdesk.ui.evaluation.summary import show_summary
from branchdesk.ui.i18n import format_date, qt_translate
from branchdesk.ui.meetings.labels import meeting_kind_label
from branchdesk.ui.ops import LatestLoad
from branchdesk.ui.pages.base import Page

if TYPE_CHECKING:
    from branchdesk.reports.jobs import PrintJob
    from branchdesk.ui.printing.preview import PrintPreviewDialog

SEARCH_DELAY_MS = 250


class EvaluationPage(Page):
    """民主评议: key "evaluation"."""

    loaded = Signal()  # what is shown is current (tests and screenshots wait for it)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.view = EvaluationView()
        self.model = EvaluationModel(self)
        view = self.view
        view.table.setModel(self.model)
        view.configure_columns()
        view.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        self._loads = LatestLoad(self)
        self.data: EvaluationData | None = None
        self._branch_id: int | None = None  # the branch asked for (None: the first)
        self._sort = ("name", False)
        self._chosen: int | None = None  # the evaluation to select once shown
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        view.year.setValue(context.today().year)
        view.year.valueChanged.connect(self.refresh)
        view.branch.currentIndexChanged.connect(self._branch_chosen)
        view.search.textChanged.connect(lambda _text: self._timer.start())
        view.only_incomplete.toggled.connect(lambda _on: self._show_rows())
        self.model.sort_requested.connect(self._sort_by)
        view.table.selectionModel().selectionChanged.connect(self._selection_changed)
        view.table.activated.connect(lambda _index: self.record_evaluation())
        view.open_button.clicked.connect(self.open_round)
        view.round_button.clicked.connect(self.edit_round)
        view.delete_round_button.clicked.connect(self.delete_round)
        view.record_button.clicked.connect(self.record_evaluation)
        view.add_button.clicked.connect(self.add_members)
        view.remove_button.clicked.connect(self.remove_member)
        view.print_sheet_button.clicked.connect(self.print_sheet)
        view.print_summary_button.clicked.connect(self.print_summary)
        view.print_book_button.clicked.connect(self.print_book)
        self.clear_on_escape(view.search)
        self.add_shortcuts(find=self.focus_search, delete=self.remove_member)
        context.signals.data_changed.connect(self.refresh)
        self._update_buttons()
        self.refresh()

    @property
    def title(self) -> str:
        return self.tr("Democratic evaluation")

    def year(self) -> int:
        return self.view.year.value()

    # reading ---------------------------------------------------------------------------

    def query(self) -> EvaluationQuery:
        return EvaluationQuery(
            self.year(), self._branch_id, self.view.search.text().strip(), *self._sort
        )

    def refresh(self) -> None:
        """Re-read the branch's round of the year off the GUI thread."""
        self._timer.stop()
        database, query, today = self.context.database, self.query(), self.context.today()
        self._loads.start(
            lambda: load_evaluation(database, query, today),
            on_success=self._show,
            on_failure=self._failed,
        )

    def is_loading(self) -> bool:
        return self._loads.is_loading() or self._timer.isActive()

    def show_subject(self, subject: str) -> None:
        """A 工作台 reminder's round: "branch:<id>:evaluation:<year>:<kind>"."""
        parts = subject.split(":")
        if len(parts) < 4 or parts[0] != "branch" or parts[2] != "evaluation":
            return
        try:
            branch_id, year = int(parts[1]), int(parts[3])
        except ValueError:
            return
        self._branch_id = branch_id
        self.view.search.clear()
        self.view.only_incomplete.setChecked(parts[4:] == ["incomplete"])
        self.view.year.blockSignals(True)
        self.view.year.setValue(year)
        self.view.year.blockSignals(False)
        self.refresh()

    def _branch_chosen(self) -> None:
        self._branch_id = self.view.branch.currentData()
        self.refresh()

    def _sort_by(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self.refresh()

    def _show(self, data: EvaluationData) -> None:
        self.data = data
        view = self.view
        self._show_branches(data)
        found = data.round
        view.round_button.setVisible(found is not None)
        view.delete_round_button.setVisible(found is not None)
        view.subtitle.setText(self._subtitle(data))
        view.subtitle.setVisible(found is not None)
        if found is None:
            self._show_empty(data)
            view.pages.setCurrentWidget(view.empty)
        else:
            show_summary(view, found.summary, self.context.language)
            view.pages.setCurrentWidget(view.content)
            self._show_rows()
        self._update_buttons()
        self.loaded.emit()

    def _show_branches(self, data: EvaluationData) -> None:
        combo = self.view.branch
        combo.blockSignals(True)
        combo.clear()
        for branch_id, name in data.branches:
            combo.addItem(name, branch_id)
        combo.setCurrentIndex(max(0, combo.findData(data.branch_id)))
        combo.setVisible(len(data.branches) > 1)
        combo.blockSignals(False)

    def _subtitle(self, data: EvaluationData) -> str:
        found, language = data.round, self.context.language
        if found is None:
            return ""
        parts = []
        if found.held_on is not None:
            parts.append(
                self.tr("Graded on {date}").format(date=format_date(found.held_on, language))
            )
        if data.meeting is not None:
            parts.append(
                self.tr("Minutes: {kind} “{title}”").format(
                    kind=meeting_kind_label(data.meeting.kind), title=data.meeting.title
                )
            )
        return " · ".join(parts) or self.tr("Date of grading not set yet")

    def _show_empty(self, data: EvaluationData) -> None:
        view, year = self.view, data.query.year
        view.open_button.setText(self.tr("Open the evaluation of {year}…").format(year=year))
        view.open_button.setEnabled(data.branch_id is not None)
        if data.branch_id is None:
            view.empty_title.setText(self.tr("No branch on file yet"))
            view.empty_text.setText(
                self.tr("Enter your branch in Settings, then evaluate its members here.")
            )
            return
        view.empty_title.setText(
            self.tr("{branch} has not opened the democratic evaluation of {year}").format(
                branch=data.branch_name, year=year
            )
        )
        view.empty_text.setText(
            self.tr(
                "Opening it lists the branch's Party members of {year} ({count} now); add or"
                " remove people afterwards. Then record each member's self-assessment, the"
                " votes and the grade. Excellent is normally given to no more than one third"
                " of the members; a basically qualified or unqualified grade puts an"
                " improvement item on the inspection and rectification ledger."
            ).format(year=year, count=data.eligible)
        )

    def _show_rows(self) -> None:
        """The members as asked for, narrowed to the incomplete ones when ticked."""
        data, view = self.data, self.view
        if data is None or data.round is None:
            return
        chosen = self.current_evaluation_id() if self._chosen is None else self._chosen
        self._chosen = None
        only_incomplete = view.only_incomplete.isChecked()
        rows = [row for row in data.rows if not (only_incomplete and row.complete)]
        self.model.set_rows(rows)
        number = self.model.row_of(chosen) if chosen is not None else None
        if number is None and rows:
            number = 0  # the first member, ready for 评议登记
        if number is not None:
            view.table.selectRow(number)
        view.shown.setText(
            self.tr("{shown} of {total} members shown").format(
                shown=len(rows), total=data.round.summary.members
            )
        )
        if data.round.summary.members == 0:
            view.no_rows.setText(
                self.tr("Nobody is in this round. Add the branch's members with Add members….")
            )
        elif data.query.text:
            view.no_rows.setText(self.tr("No one matches “{text}”.").format(text=data.query.text))
        else:
            view.no_rows.setText(self.tr("Every member's evaluation is complete."))
        view.table_stack.setCurrentWidget(view.table if rows else view.no_rows)
        self._update_buttons()

    def _failed(self, error: Exception) -> None:
        text = error.text(qt_translate) if isinstance(error, BranchDeskError) else str(error)
        MessageDialog.warn(
            self,
            self.tr("Democratic evaluation"),
            self.tr("The evaluation could not be read: {error}").format(error=text),
        )

    def focus_search(self) -> None:
        self.view.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.view.search.selectAll()

    # selection -------------------------------------------------------------------------

    def current_round(self) -> RoundRow | None:
        return self.data.round if self.data is not None else None

    def current_evaluation_id(self) -> int | None:
        rows = self.view.table.selectionModel().selectedRows()
        return rows[0].data(IdRole) if rows else None

    def current_row(self) -> EvaluationRow | None:
        rows = self.view.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select(self, evaluation_id: int) -> None:
        """Select a member's row (once shown, if a read is on its way)."""
        number = self.model.row_of(evaluation_id)
        if number is not None:
            self.view.table.selectRow(number)
        self._chosen = evaluation_id if self.is_loading() else None

    def _selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        view, chosen = self.view, self.current_evaluation_id() is not None
        has_round = self.current_round() is not None
        for button in (view.record_button, view.remove_button, view.print_sheet_button):
            button.setEnabled(chosen)
        for button in (view.add_button, view.print_summary_button, view.print_book_button):
            button.setEnabled(has_round)
        self.printable_changed.emit()

    # actions (round_actions.py holds them) ---------------------------------------------

    def open_round(self) -> int | None:
        """开启本年度评议: the round dialog; the new round's id once opened."""
        return round_actions.open_round(self)

    def edit_round(self) -> bool:
        """编辑评议安排: date, meeting and notes of the round shown."""
        return round_actions.edit_round(self)

    def delete_round(self) -> bool:
        """删除评议, after asking; True when deleted."""
        return round_actions.delete_round(self)

    def add_members(self) -> list[int]:
        """添加人员: members of the branch left out; the new evaluations' ids."""
        return round_actions.add_members(self)

    def remove_member(self) -> bool:
        """移出人员: the selected member, after asking; True when removed."""
        return round_actions.remove_member(self)

    def record_evaluation(self) -> int | None:
        """评议登记: the selected member's evaluation (and the next ones) in the dialog."""
        found, row = self.current_round(), self.current_row()
        if found is None or row is None:
            return None
        from branchdesk.ui.evaluation.evaluation_dialog import EvaluationDialog

        rows = self.model.rows()
        last = EvaluationDialog.edit(
            self.context, found, rows, rows.index(row), parent=self.window()
        )
        if last is not None:
            self.select(last)
        return last

    # printing --------------------------------------------------------------------------

    def can_print(self) -> bool:
        return self.current_round() is not None

    def print_job(self) -> PrintJob | None:
        """Ctrl+P: the selected member's form, else the round's summary table."""
        return self.sheet_job() or self.summary_job()

    def sheet_job(self) -> PrintJob | None:
        row = self.current_row()
        if row is None or self.current_round() is None:
            return None
        from branchdesk.reports.jobs import evaluation_sheet_job

        return evaluation_sheet_job(
            self.context.database, row.member_id, self.year(), today=self.context.today()
        )

    def summary_job(self, *, summary_only: bool = True) -> PrintJob | None:
        found = self.current_round()
        if found is None:
            return None
        from branchdesk.reports.jobs import evaluation_book_job

        return evaluation_book_job(
            self.context.database,
            found.year,
            branch_name=found.branch_name,
            summary_only=summary_only,
            today=self.context.today(),
        )

    def print_sheet(self) -> PrintPreviewDialog | None:
        """打印评议表: the selected member's 民主评议表 in the print preview."""
        return self.preview(self.sheet_job, self.tr("Print evaluation form"))

    def print_summary(self) -> PrintPreviewDialog | None:
        """打印汇总表: the round's summary table."""
        return self.preview(self.summary_job, self.tr("Print summary"))

    def print_book(self) -> PrintPreviewDialog | None:
        """The summary table and every member's form."""
        return self.preview(
            lambda: self.summary_job(summary_only=False), self.tr("Print all forms")
        )
