"""What the 学习笔记 shows: one member's study entries of a year and their class hours."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.core.enums import Stage, StudyForm
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import Branch, Member
from branchdesk.core.services.study_hours import EntryRow, entries_for, hours_tally

FIRST_YEAR = 1921  # no Party study before the Party

# The forms as the paper notebook and the export write them (RULES.md §3), in this order.
STUDY_FORM_LABELS: dict[StudyForm, str] = {
    StudyForm.COLLECTIVE: "集中学习",
    StudyForm.LECTURE: "党课",
    StudyForm.PARTY_SCHOOL: "党校培训",
    StudyForm.MICRO_LECTURE: "微党课",
    StudyForm.XUEXI_QIANGGUO: "学习强国",
    StudyForm.SELF_STUDY: "自学",
    StudyForm.OTHER: "其他",
}


@dataclass(frozen=True)
class FormHours:
    """Entries and class hours of one form in the year; ``counted`` of them toward the target."""

    form: StudyForm
    entries: int
    hours: Decimal
    counted: Decimal


@dataclass(frozen=True)
class StudyNotebook:
    """Everything the printed 学习笔记 of one member and year shows."""

    member_id: int
    name: str
    branch_name: str
    stage: Stage
    year: int
    is_committee: bool
    target: Decimal | None  # None: not a current Party member (an activist, someone who left)
    entries: tuple[EntryRow, ...]  # by date
    by_form: tuple[FormHours, ...]  # forms with entries, in STUDY_FORM_LABELS order
    collective_hours: Decimal  # what counts toward the target
    total_hours: Decimal

    @property
    def missing(self) -> Decimal:
        """Class hours still short of the target (0 when reached or without a target)."""
        if self.target is None:
            return Decimal(0)
        return max(Decimal(0), self.target - self.collective_hours)


def check_year(year: int, today: dt.date) -> None:
    """A notebook year lies between the Party's founding and this year."""
    if not FIRST_YEAR <= year <= today.year:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "The year {year} is not between {first} and {last}."),
            year=year,
            first=FIRST_YEAR,
            last=today.year,
        )


def study_notebook(session: Session, member_id: int, year: int, *, today: dt.date) -> StudyNotebook:
    """Read one member's notebook of ``year`` in four queries; BranchDeskError for an unknown
    member or a year outside 1921–this year."""
    check_year(year, today)
    found = session.execute(
        select(Member.name, Member.stage, Branch.name)
        .join(Branch, Member.branch_id == Branch.id)
        .where(Member.id == member_id)
    ).one_or_none()
    if found is None:
        # The same sentence as the other forms of one person: one translation for all.
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "There is no member with number {id}."), id=member_id
        )
    name, stage, branch_name = found
    entries = tuple(entries_for(session, member_id, year))
    tally = hours_tally(session, year, member_ids=[member_id])
    counts: Counter[StudyForm] = Counter()
    hours: dict[StudyForm, Decimal] = {}
    counted: dict[StudyForm, Decimal] = {}
    for entry in entries:
        counts[entry.form] += 1
        hours[entry.form] = hours.get(entry.form, Decimal(0)) + entry.class_hours
        if entry.counts:
            counted[entry.form] = counted.get(entry.form, Decimal(0)) + entry.class_hours
    by_form = tuple(
        FormHours(form, counts[form], hours[form], counted.get(form, Decimal(0)))
        for form in STUDY_FORM_LABELS
        if counts[form]
    )
    return StudyNotebook(
        member_id=member_id,
        name=name,
        branch_name=branch_name,
        stage=stage,
        year=year,
        is_committee=bool(tally and tally[0].is_committee),
        target=tally[0].target if tally else None,
        entries=entries,
        by_form=by_form,
        collective_hours=sum((f.counted for f in by_form), Decimal(0)),
        total_hours=sum((f.hours for f in by_form), Decimal(0)),
    )
