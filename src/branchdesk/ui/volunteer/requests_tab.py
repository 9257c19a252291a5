"""The 服务需求 tab (三单制: 群众点单、支部派单、党员接单): the year's requests, overdue ones in
red, and each step of one: register, dispatch, complete, cancel, reopen, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from branchdesk.core.enums import RequestStatus
from branchdesk.core.rules.service_requests import OPEN_STATUSES
from branchdesk.core.services.volunteer_requests import (
    RequestRow,
    delete_request,
    reopen_request,
)
from branchdesk.ui.volunteer.data import VolunteerData
from branchdesk.ui.volunteer.list_tab import ListTab
from branchdesk.ui.volunteer.models import RequestColumn, RequestModel

if TYPE_CHECKING:
    from branchdesk.ui.volunteer.page import VolunteerPage


class RequestsTab(ListTab):
    """The service requests of the page's branch, asked in its year."""

    def __init__(self, page: VolunteerPage) -> None:
        view = page.view
        super().__init__(
            page,
            view.requests,
            view.requests_stack,
            view.no_requests,
            RequestModel(page.context.language),
            RequestColumn.NUMBER,
        )
        self.model.setParent(self)
        view.requests.selectionModel().selectionChanged.connect(lambda: page.update_buttons())
        view.requests.activated.connect(lambda _index: self.edit_request())
        view.new_request.clicked.connect(lambda: self.new_request())
        view.edit_request.clicked.connect(lambda: self.edit_request())
        view.dispatch_request.clicked.connect(lambda: self.dispatch())
        view.complete_request.clicked.connect(lambda: self.complete())
        view.cancel_request.clicked.connect(lambda: self.cancel())
        view.reopen_request.clicked.connect(self.reopen)
        view.delete_request.clicked.connect(self.delete)

    def show_data(self, data: VolunteerData) -> None:
        view, year = self.page.view, data.query.year
        if data.branch_id is None:
            empty = self.tr("No branch on file yet. Enter your branch in Settings.")
        elif data.query.requests_filtered():
            empty = self.tr("No request of {year} matches these filters.").format(year=year)
        else:
            empty = self.tr(
                "No service requests in {year}. When students or staff ask the branch for help,"
                " click Register request… (Ctrl+N); then dispatch it to members, who complete it"
                " and their hours land in the ledger."
            ).format(year=year)
        self.show(data.requests, empty, year)
        view.request_count.setText(
            self.tr("{shown} of {total} requests").format(
                shown=len(data.requests), total=data.request_total
            )
            if data.query.requests_filtered()
            else self.tr("{total} requests").format(total=data.request_total)
        )

    def update_buttons(self, has_branch: bool) -> None:
        view, row = self.page.view, self.current()
        status = row.status if row is not None else None
        view.new_request.setEnabled(has_branch)
        view.edit_request.setEnabled(row is not None)
        view.dispatch_request.setEnabled(status is RequestStatus.OPEN)
        view.complete_request.setEnabled(
            status in (RequestStatus.DISPATCHED, RequestStatus.COMPLETED)
        )
        view.complete_request.setText(
            self.tr("Rating…") if status is RequestStatus.COMPLETED else self.tr("Complete…")
        )
        view.cancel_request.setEnabled(status in OPEN_STATUSES)
        view.reopen_request.setEnabled(status in (RequestStatus.COMPLETED, RequestStatus.CANCELLED))
        view.delete_request.setEnabled(row is not None and status is not RequestStatus.COMPLETED)

    def _done(self, request_id: int, result: object) -> bool:
        if result is None:
            return False
        self.select_after_load = request_id
        self.page.refresh()  # the read data_changed started may have been delivered
        return True

    # actions -------------------------------------------------------------------------------

    def new_request(self) -> int | None:
        """登记需求: the request dialog; the new request's id once saved."""
        branch_id = self.page.branch_id()
        if branch_id is None:
            return None
        from branchdesk.ui.volunteer.request_dialog import RequestDialog

        saved = RequestDialog.run(self.context, branch_id, None, self.page.window())
        if saved is not None:
            self.select_after_load = saved
            self.page.refresh()  # the read data_changed started may have been delivered
        return saved

    def edit_request(self) -> int | None:
        """编辑: the selected request (and its dispatch, once dispatched)."""
        row: RequestRow | None = self.current()
        if row is None:
            return None
        from branchdesk.ui.volunteer.request_dialog import RequestDialog

        return RequestDialog.run(self.context, row.branch_id, row.id, self.page.window())

    def dispatch(self) -> bool:
        """派单…: who serves the selected open request, and by when."""
        row: RequestRow | None = self.current()
        if row is None:
            return False
        from branchdesk.ui.volunteer.request_steps import DispatchDialog

        return self._done(row.id, DispatchDialog.run(self.context, row, self.page.window()))

    def complete(self) -> bool:
        """完成…: the completion with each assignee's hours (a completed one: its rating)."""
        row: RequestRow | None = self.current()
        if row is None:
            return False
        if row.status is RequestStatus.COMPLETED:
            from branchdesk.ui.volunteer.request_steps import RatingDialog

            return self._done(row.id, RatingDialog.run(self.context, row, self.page.window()))
        from branchdesk.ui.volunteer.complete_dialog import CompleteDialog

        return self._done(row.id, CompleteDialog.run(self.context, row, self.page.window()))

    def cancel(self) -> bool:
        """取消…: the selected request, with the reason."""
        row: RequestRow | None = self.current()
        if row is None:
            return False
        from branchdesk.ui.volunteer.request_steps import CancelDialog

        return self._done(row.id, CancelDialog.run(self.context, row, self.page.window()))

    @classmethod
    def confirm(cls, parent: QWidget, title: str, text: str) -> bool:
        """A yes-or-no question before reopening or deleting (tests patch it)."""
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def reopen(self) -> bool:
        """重新打开: one step back; a completed request loses its activity and hours."""
        row: RequestRow | None = self.current()
        if row is None:
            return False
        if row.status is RequestStatus.COMPLETED:
            text = QCoreApplication.translate(
                "RequestsTab",
                "Reopen request {number}? It is dispatched again, and the activity its completion"
                " recorded is deleted with its hours.",
            )
        else:
            text = QCoreApplication.translate(
                "RequestsTab", "Reopen the cancelled request {number}?"
            )
        title = QCoreApplication.translate("RequestsTab", "Reopen request")
        if not self.confirm(self.page, title, text.format(number=row.number)):
            return False
        self.select_after_load = row.id
        return self.page.write(
            lambda session: reopen_request(session, row.id),
            title,
            self.tr("Reopened request {number}").format(number=row.number),
        )

    def delete(self) -> bool:
        """删除: the selected request, after asking (a completed one is reopened first)."""
        row: RequestRow | None = self.current()
        if row is None:
            return False
        title = QCoreApplication.translate("RequestsTab", "Delete request")
        text = QCoreApplication.translate(
            "RequestsTab", "Delete request {number} of {requester}? The audit trail keeps it."
        ).format(number=row.number, requester=row.requester)
        if not self.confirm(self.page, title, text):
            return False
        return self.page.write(
            lambda session: delete_request(session, row.id),
            title,
            self.tr("Deleted request {number}").format(number=row.number),
        )
