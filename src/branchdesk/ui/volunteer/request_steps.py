"""派单, 取消 and 评价 of a service request, each one step in one unit of work."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget
from sqlalchemy.orm import Session

from branchdesk.core.services.volunteer_requests import (
    RequestDispatch,
    RequestRow,
    cancel_request,
    dispatch_request,
    update_completion,
)
from branchdesk.ui.context import AppContext
from branchdesk.ui.volunteer.data import serving_people
from branchdesk.ui.volunteer.labels import rating_text
from branchdesk.ui.volunteer.people import PeopleList
from branchdesk.ui.volunteer.step_dialog import StepDialog
from branchdesk.ui.widgets.dates import OptionalDateEdit

PROMISE_DAYS = 7  # the promise a dispatch suggests: a week


def request_summary(row: RequestRow) -> str:
    """FW2026-004 · 心理疏导 · 张同学: what the request is, for a step's explanation."""
    return f"{row.number} · {row.category} · {row.requester}：{row.content}"


def rating_combo(name: str, not_rated: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(not_rated, None)
    for stars in range(5, 0, -1):
        combo.addItem(f"{rating_text(stars)}  {stars}", stars)
    return combo


class DispatchDialog(StepDialog):
    """支部派单: who serves the request, since when, and by when it is promised."""

    SIZE = (600, 600)

    def __init__(self, context: AppContext, row: RequestRow, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.row = row
        self.set_titles(
            self.tr("Dispatch request {number}").format(number=row.number),
            self.tr("The dispatch"),
            self.tr("Dispatch"),
        )
        self.explain(request_summary(row))
        today = context.today()
        self.dispatched_on = OptionalDateEdit(context.language, today=today)
        self.dispatched_on.setObjectName("dispatchedOn")
        self.dispatched_on.set_value(today)
        self.promised_on = OptionalDateEdit(context.language, today=today, future=True)
        self.promised_on.setObjectName("promisedOn")
        self.promised_on.set_value(today + dt.timedelta(days=PROMISE_DAYS))
        self.assignees = PeopleList(checkable=True)
        self.assignees.setObjectName("assignees")
        self.assignees.set_people(
            serving_people(context.database, row.branch_id, also=row.assignee_ids),
            row.assignee_ids,
        )
        self.form.add(self.fields, self.tr("Dispatched on"), "dispatched_on", self.dispatched_on)
        self.form.add(self.fields, self.tr("Served by"), "assignee_ids", self.assignees)
        self.form.add(self.fields, self.tr("Promised for"), "promised_on", self.promised_on)
        self.ready()
        self.watch("dispatched_on", self.dispatched_on.changed)
        self.watch("promised_on", self.promised_on.changed)
        self.watch("assignee_ids", self.assignees.changed)
        self.assignees.setFocus()

    def collect(self) -> RequestDispatch:
        return RequestDispatch(
            self.dispatched_on.value(), self.assignees.checked_ids(), self.promised_on.value()
        )

    def write(self, session: Session) -> None:
        dispatch_request(session, self.row.id, self.collect(), today=self.context.today())

    def done_text(self) -> str:
        return self.tr("Dispatched request {number}").format(number=self.row.number)


class CancelDialog(StepDialog):
    """取消: an open or dispatched request, with the reason (kept as its notes)."""

    SIZE = (520, 340)

    def __init__(self, context: AppContext, row: RequestRow, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.row = row
        self.set_titles(
            self.tr("Cancel request {number}").format(number=row.number),
            self.tr("Why it is cancelled"),
            self.tr("Cancel the request"),
        )
        self.buttons.cancel.setText(self.tr("Keep it"))
        self.explain(request_summary(row))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("cancelReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("e.g. the requester solved it themselves"))
        self.form.add(self.fields, self.tr("Reason"), "notes", self.reason)
        self.ready()
        self.watch("notes", self.reason.textChanged)
        self.reason.setFocus()

    def collect(self) -> str:
        return self.reason.toPlainText()

    def write(self, session: Session) -> None:
        cancel_request(session, self.row.id, self.collect(), today=self.context.today())

    def done_text(self) -> str:
        return self.tr("Cancelled request {number}").format(number=self.row.number)


class RatingDialog(StepDialog):
    """补充评价: a completed request's notes and the requester's rating (often days later)."""

    SIZE = (520, 380)

    def __init__(self, context: AppContext, row: RequestRow, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.row = row
        self.set_titles(
            self.tr("Rating of request {number}").format(number=row.number),
            self.tr("The requester's rating"),
            self.tr("Save"),
        )
        self.explain(request_summary(row))
        self.rating = rating_combo("requestRating", self.tr("Not rated yet"))
        self.rating.setCurrentIndex(max(0, self.rating.findData(row.rating)))
        self.notes = QPlainTextEdit(row.completion_notes)
        self.notes.setObjectName("completionNotes")
        self.notes.setTabChangesFocus(True)
        self.form.add(self.fields, self.tr("Rating"), "rating", self.rating)
        self.form.add(self.fields, self.tr("Notes"), "notes", self.notes)
        self.ready()
        self.rating.setFocus()
        self.watch("rating", self.rating.currentIndexChanged)
        self.watch("notes", self.notes.textChanged)

    def collect(self) -> tuple[str, int | None]:
        return self.notes.toPlainText(), self.rating.currentData()

    def write(self, session: Session) -> None:
        notes, rating = self.collect()
        update_completion(session, self.row.id, notes=notes, rating=rating)

    def done_text(self) -> str:
        return self.tr("Saved the rating of request {number}").format(number=self.row.number)
