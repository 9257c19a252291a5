"""关怀记录: birthday greetings, 政治生日, festival visits and hardship help (RULES.md §8)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from branchdesk.core.enums import CareKind
from branchdesk.core.services.member_records import (
    GIVEN_BY_MAX,
    CareDraft,
    list_care_records,
    save_care_records,
    validate_care,
)
from branchdesk.ui.context import AppContext
from branchdesk.ui.i18n import format_date
from branchdesk.ui.members.record_labels import care_kind_label
from branchdesk.ui.members.tabs.record_form import RecordForm
from branchdesk.ui.members.tabs.record_table import Column, RecordListTab, RecordSection


class CareForm(RecordForm):
    def __init__(self, context: AppContext, care: CareDraft | None, parent: QWidget) -> None:
        today = context.today()
        super().__init__(
            self.tr("Edit care record") if care else self.tr("Add a care record"),
            context.language,
            today=today,
            check=partial(validate_care, today=today),
            parent=parent,
        )
        self._id = care.id if care else None
        self.kind = self.combo(
            self.tr("Kind"), "care.kind", [(care_kind_label(k), k) for k in CareKind]
        )
        self.cared_on = self.date(self.tr("Date *"), "care.cared_on")
        self.content = self.text(self.tr("Content"), "care.content")
        self.given_by = self.line(self.tr("Given by"), "care.given_by", GIVEN_BY_MAX)
        if care is not None:
            self.choose(self.kind, care.kind)
            self.cared_on.set_value(care.cared_on)
            self.content.setPlainText(care.content)
            self.given_by.setText(care.given_by)

    def collect(self) -> CareDraft:
        return CareDraft(
            kind=CareKind(self.kind.currentData()),
            cared_on=self.cared_on.value(),
            content=self.content.toPlainText(),
            given_by=self.given_by.text(),
            id=self._id,
        )


class CareSection(RecordSection):
    prefix = "care"

    def columns(self) -> list[Column]:
        language = self.context.language
        return [
            Column(self.tr("Date"), lambda c: format_date(c.cared_on, language), 140),
            Column(self.tr("Kind"), lambda c: care_kind_label(c.kind), 100),
            Column(self.tr("Given by"), lambda c: c.given_by, 120),
            Column(self.tr("Content"), lambda c: c.content),
        ]

    def read(self, session: Session, member_id: int) -> list[Any]:
        return list_care_records(session, member_id)

    def write(self, session: Session, member_id: int, rows: list[Any], today: dt.date) -> None:
        save_care_records(session, member_id, rows, today=today)

    def make_form(self, record: Any | None) -> CareForm:
        return CareForm(self.context, record, self)

    def describe(self, record: Any) -> str:
        day = format_date(record.cared_on, self.context.language)
        return f"{care_kind_label(record.kind)} ({day})"

    def field_title(self, field: str) -> str:
        return {
            "care.cared_on": self.tr("Date"),
            "care.content": self.tr("Content"),
            "care.given_by": self.tr("Given by"),
        }.get(field, field)

    def sort_key(self, record: Any) -> Any:
        return record.cared_on or dt.date.min


class CareTab(RecordListTab):
    """关怀记录."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.care = CareSection(context)
        self.add_section(self.care)

    def title(self) -> str:
        return self.tr("Care records")
