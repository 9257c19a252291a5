"""What the 检查整改 page reads: a branch's ledger of a year, filtered, with its cards and its
inspections, in one session off the GUI thread."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from branchdesk.core.db import Database
from branchdesk.core.enums import ProblemSource, ProblemStatus
from branchdesk.core.rules.rectification import OPEN_STATUSES, is_due_soon
from branchdesk.core.services.inspections import InspectionRow, inspection_rows
from branchdesk.core.services.problems import (
    ProblemFilter,
    ProblemRow,
    problem_categories,
    problem_rows,
)
from branchdesk.core.services.settings import list_branches

OVERDUE = "overdue"  # the status filter's key for 已逾期 (derived, not a stored status)


@dataclass(frozen=True)
class LedgerQuery:
    """What the page asks for: a branch's year, and the ledger's filters."""

    year: int
    branch_id: int | None = None
    status: str | None = None  # a ProblemStatus value, or OVERDUE
    source: str | None = None
    category: str | None = None
    responsible: str = ""
    deadline_from: dt.date | None = None
    deadline_to: dt.date | None = None
    inspection_id: int | None = None
    text: str = ""

    def filtered(self) -> bool:
        """Whether anything narrows the year's ledger."""
        return replace(self, branch_id=None) != LedgerQuery(self.year)

    def problem_filter(self, branch_id: int) -> ProblemFilter:
        status = self.status if self.status not in (None, OVERDUE) else None
        return ProblemFilter(
            year=self.year,
            branch_id=branch_id,
            status=ProblemStatus(status) if status else None,
            overdue_only=self.status == OVERDUE,
            source=ProblemSource(self.source) if self.source else None,
            category=self.category,
            responsible=self.responsible,
            deadline_from=self.deadline_from,
            deadline_to=self.deadline_to,
            inspection_id=self.inspection_id,
            text=self.text,
        )


@dataclass(frozen=True)
class LedgerCounts:
    """The summary cards: the year's ledger, and what other years leave open."""

    open: int = 0
    overdue: int = 0
    due_soon: int = 0
    closed: int = 0
    open_other_years: int = 0
    total: int = 0


@dataclass(frozen=True)
class LedgerData:
    """What the page shows, read in one session; ``query`` as applied (a category or an
    inspection the year does not have is dropped)."""

    query: LedgerQuery
    branches: tuple[tuple[int, str], ...] = ()
    branch_id: int | None = None
    rows: list[ProblemRow] = field(default_factory=list)
    counts: LedgerCounts = LedgerCounts()
    categories: list[str] = field(default_factory=list)
    inspections: list[InspectionRow] = field(default_factory=list)


def _counts(year_rows: list[ProblemRow], others: list[ProblemRow], today: dt.date) -> LedgerCounts:
    return LedgerCounts(
        open=sum(row.status in OPEN_STATUSES for row in year_rows),
        overdue=sum(row.is_overdue for row in year_rows),
        due_soon=sum(
            is_due_soon(row.status, row.rectify_kind, row.deadline, today) for row in year_rows
        ),
        closed=sum(row.status is ProblemStatus.CLOSED for row in year_rows),
        open_other_years=len(others),
        total=len(year_rows),
    )


def load_ledger(database: Database, query: LedgerQuery, today: dt.date) -> LedgerData:
    """The branch's ledger of the year, filtered, with its cards and inspections (runs on the
    worker thread)."""
    with database.reading() as session:
        branches = tuple((b.id, b.name) for b in list_branches(session) if b.id is not None)
        ids = [branch_id for branch_id, _name in branches]
        branch_id = query.branch_id if query.branch_id in ids else (ids[0] if ids else None)
        if branch_id is None:
            return LedgerData(query, branches)
        inspections = inspection_rows(session, query.year, branch_id=branch_id)
        categories = problem_categories(session, branch_id)
        if query.inspection_id not in {row.id for row in inspections}:
            query = replace(query, inspection_id=None)
        if query.category not in categories:
            query = replace(query, category=None)
        year_rows = problem_rows(session, LedgerQuery(query.year).problem_filter(branch_id), today)
        rows = (
            problem_rows(session, query.problem_filter(branch_id), today)
            if query.filtered()
            else year_rows
        )
        others = [
            row
            for status in OPEN_STATUSES
            for row in problem_rows(
                session, ProblemFilter(branch_id=branch_id, status=status), today
            )
            if row.year != query.year
        ]
    return LedgerData(
        query,
        branches,
        branch_id,
        rows,
        _counts(year_rows, others, today),
        categories,
        inspections,
    )
