"""奖惩: a person's awards and sanctions."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from branchdesk.core.enums import HonourKind
from branchdesk.core.services.member_records import (
    HONOUR_TITLE_MAX,
    ISSUER_MAX,
    HonourDraft,
    list_honours,
    save_honours,
    validate_honour,
)
from branchdesk.ui.context import AppContext
from branchdesk.ui.i18n import format_date
from branchdesk.ui.members.record_labels import honour_kind_label
from branchdesk.ui.members.tabs.record_form import RecordForm
from branchdesk.ui.members.tabs.record_table import Column, RecordListTab, RecordSection


class HonourForm(RecordForm):
    def __init__(self, context: AppContext, honour: HonourDraft | None, parent: QWidget) -> None:
        today = context.today()
        super().__init__(
            self.tr("Edit award or sanction") if honour else self.tr("Add an award or sanction"),
            context.language,
            today=today,
            check=partial(validate_honour, today=today),
            parent=parent,
        )
        self._id = honour.id if honour else None
        self.kind = self.combo(
            self.tr("Kind"), "honours.kind", [(honour_kind_label(k), k) for k in HonourKind]
        )
        self.awarded_on = self.date(self.tr("Date *"), "honours.awarded_on")
        self.honour_title = self.line(self.tr("Title *"), "honours.title", HONOUR_TITLE_MAX)
        self.honour_title.setPlaceholderText(self.tr("e.g. 优秀共产党员"))
        self.issuer = self.line(self.tr("Issued by"), "honours.issuer", ISSUER_MAX)
        self.notes = self.text(self.tr("Notes"), "honours.notes")
        if honour is not None:
            self.choose(self.kind, honour.kind)
            self.awarded_on.set_value(honour.awarded_on)
            self.honour_title.setText(honour.title)
            self.issuer.setText(honour.issuer)
            self.notes.setPlainText(honour.notes)

    def collect(self) -> HonourDraft:
        return HonourDraft(
            kind=HonourKind(self.kind.currentData()),
            awarded_on=self.awarded_on.value(),
            title=self.honour_title.text(),
            issuer=self.issuer.text(),
            notes=self.notes.toPlainText(),
            id=self._id,
        )


class HonourSection(RecordSection):
    prefix = "honours"

    def columns(self) -> list[Column]:
        language = self.context.language
        return [
            Column(self.tr("Date"), lambda h: format_date(h.awarded_on, language), 140),
            Column(self.tr("Kind"), lambda h: honour_kind_label(h.kind), 80),
            Column(self.tr("Title"), lambda h: h.title, 220),
            Column(self.tr("Issued by"), lambda h: h.issuer, 160),
            Column(self.tr("Notes"), lambda h: h.notes),
        ]

    def read(self, session: Session, member_id: int) -> list[Any]:
        return list_honours(session, member_id)

    def write(self, session: Session, member_id: int, rows: list[Any], today: dt.date) -> None:
        save_honours(session, member_id, rows, today=today)

    def make_form(self, record: Any | None) -> HonourForm:
        return HonourForm(self.context, record, self)

    def describe(self, record: Any) -> str:
        return f"{honour_kind_label(record.kind)} “{record.title}”"

    def field_title(self, field: str) -> str:
        return {
            "honours.awarded_on": self.tr("Date"),
            "honours.title": self.tr("Title"),
            "honours.issuer": self.tr("Issued by"),
        }.get(field, field)

    def sort_key(self, record: Any) -> Any:
        return record.awarded_on or dt.date.min


class HonoursTab(RecordListTab):
    """奖惩."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.honours = HonourSection(context)
        self.add_section(self.honours)

    def title(self) -> str:
        return self.tr("Awards and sanctions")
