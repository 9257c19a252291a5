"""登记需求: a service request as the masses ordered it (群众点单), or correcting one; its
number is the next automatic one (FW2026-004) unless the clerk types another."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy.orm import Session

from branchdesk.core.services.volunteer_hours import categories_in_use
from branchdesk.core.services.volunteer_requests import (
    NAME_MAX,
    NUMBER_MAX,
    RequestDraft,
    next_request_number,
    record_request,
    request_draft,
    update_request,
)
from branchdesk.ui.context import AppContext
from branchdesk.ui.volunteer.data import serving_people
from branchdesk.ui.volunteer.form import category_combo
from branchdesk.ui.volunteer.people import PeopleList
from branchdesk.ui.volunteer.step_dialog import StepDialog
from branchdesk.ui.widgets.dates import OptionalDateEdit


class RequestDialog(StepDialog):
    """Register a request of a branch, or correct a stored one (its dispatch too, once
    dispatched)."""

    def __init__(
        self,
        context: AppContext,
        branch_id: int,
        request_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.branch_id, self.request_id = branch_id, request_id
        today = context.today()
        with context.database.reading() as session:
            stored = request_draft(session, request_id) if request_id is not None else None
            categories = categories_in_use(session, branch_id)
            self._auto = next_request_number(session, branch_id, today.year)
        language = context.language
        self.number = QLineEdit()
        self.number.setObjectName("requestNumber")
        self.number.setMaxLength(NUMBER_MAX)
        self.asked_on = OptionalDateEdit(language, today=today)
        self.asked_on.setObjectName("requestAskedOn")
        self.requester = QLineEdit()
        self.requester.setObjectName("requestRequester")
        self.requester.setMaxLength(NAME_MAX)
        self.requester.setPlaceholderText(self.tr("e.g. a student of class 2 of grade 2025"))
        self.contact = QLineEdit()
        self.contact.setObjectName("requestContact")
        self.contact.setMaxLength(NAME_MAX)
        self.contact.setPlaceholderText(self.tr("Phone, WeChat or dormitory"))
        self.category = category_combo("requestCategory", categories)
        self.content = QPlainTextEdit()
        self.content.setObjectName("requestContent")
        self.content.setTabChangesFocus(True)
        self.content.setFixedHeight(90)
        add = self.form.add
        add(self.fields, self.tr("No."), "number", self.number)
        add(self.fields, self.tr("Asked on"), "asked_on", self.asked_on)
        add(self.fields, self.tr("Requester"), "requester", self.requester)
        add(self.fields, self.tr("Contact"), "contact", self.contact)
        add(self.fields, self.tr("Category"), "category", self.category)
        add(self.fields, self.tr("What is asked"), "content", self.content)
        self.dispatched_on: OptionalDateEdit | None = None
        self.promised_on: OptionalDateEdit | None = None
        self.assignees: PeopleList | None = None
        self._dispatch = None
        if stored is None:
            self.set_titles(
                self.tr("Register a service request"), self.tr("The request"), self.tr("Register")
            )
            self.number.setText(self._auto)
            self.asked_on.set_value(today)
            self.explain(
                self.tr(
                    "The masses order: note who asks for what. The branch then dispatches it to"
                    " members (Dispatch…), who serve and complete it (Complete…)."
                )
            )
        else:
            self._fill(stored)
        self.ready()
        for field, signal in (
            ("number", self.number.textChanged),
            ("asked_on", self.asked_on.changed),
            ("requester", self.requester.textChanged),
            ("contact", self.contact.textChanged),
            ("category", self.category.currentTextChanged),
            ("content", self.content.textChanged),
        ):
            self.watch(field, signal)
        self.asked_on.changed.connect(self._renumber)
        self.requester.setFocus()

    def _fill(self, stored: RequestDraft) -> None:
        title = self.tr("Service request {number}").format(number=stored.number)
        self.set_titles(title, self.tr("The request"), self.tr("Save"))
        self.number.setText(stored.number)
        self.asked_on.set_value(stored.asked_on)
        self.requester.setText(stored.requester)
        self.contact.setText(stored.contact)
        self.category.setCurrentText(stored.category)
        self.content.setPlainText(stored.content)
        if stored.dispatched_on is None:
            return
        today = self.context.today()
        self.dispatched_on = OptionalDateEdit(self.context.language, today=today)
        self.dispatched_on.set_value(stored.dispatched_on)
        self.promised_on = OptionalDateEdit(self.context.language, today=today, future=True)
        self.promised_on.set_value(stored.promised_on)
        self.assignees = PeopleList(checkable=True)
        self.assignees.setMinimumHeight(150)
        people = serving_people(self.context.database, self.branch_id, also=stored.assignee_ids)
        self.assignees.set_people(people, stored.assignee_ids)
        self.form.add(self.fields, self.tr("Dispatched on"), "dispatched_on", self.dispatched_on)
        self.form.add(self.fields, self.tr("Promised for"), "promised_on", self.promised_on)
        self.form.add(self.fields, self.tr("Served by"), "assignee_ids", self.assignees)
        self.resize(self.width(), 720)
        self.watch("dispatched_on", self.dispatched_on.changed)
        self.watch("promised_on", self.promised_on.changed)
        self.watch("assignee_ids", self.assignees.changed)

    def _renumber(self) -> None:
        """A new request asked in another year takes that year's next number."""
        day = self.asked_on.value()
        if self.request_id is not None or day is None or self.number.text() != self._auto:
            return
        with self.context.database.reading() as session:
            self._auto = next_request_number(session, self.branch_id, day.year)
        self.number.setText(self._auto)

    def collect(self) -> RequestDraft:
        assignees = self.assignees.checked_ids() if self.assignees is not None else []
        return RequestDraft(
            branch_id=self.branch_id,
            requester=self.requester.text(),
            category=self.category.currentText(),
            content=self.content.toPlainText(),
            asked_on=self.asked_on.value(),
            number=self.number.text(),
            contact=self.contact.text(),
            dispatched_on=self.dispatched_on.value() if self.dispatched_on else None,
            promised_on=self.promised_on.value() if self.promised_on else None,
            assignee_ids=assignees,
        )

    def write(self, session: Session) -> int:
        draft = self.collect()
        today: dt.date = self.context.today()
        if self.request_id is None:
            return record_request(session, draft, today=today)
        update_request(session, self.request_id, draft, today=today)
        return self.request_id

    def done_text(self) -> str:
        return self.tr("Saved service request {number}").format(
            number=self.number.text().strip() or self._auto
        )

    def unsaved_subject(self) -> str:
        return self.windowTitle()
