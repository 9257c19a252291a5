"""What the 问题整改台账 shows: a branch's problems of a year, or those of one inspection.

Read with the ledger page's own query (services/problem_list.problem_rows), so the printed
ledger and the screen agree on 序号, 已逾期 and the order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.core.enums import InspectionKind, ProblemStatus
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import Branch, Inspection
from branchdesk.core.print_data.roster import resolve_branch
from branchdesk.core.print_data.study_notebook import check_year
from branchdesk.core.services.problem_list import ProblemFilter, ProblemRow, problem_rows


@dataclass(frozen=True)
class InspectionHeader:
    """The inspection a ledger is printed for."""

    id: int
    kind: InspectionKind
    inspected_on: dt.date
    inspector: str
    scope: str
    summary: str


@dataclass(frozen=True)
class Ledger:
    """A branch's ledger: of ``year``, or of ``inspection`` (then ``year`` is its year)."""

    branch_name: str
    parent_org: str
    year: int
    inspection: InspectionHeader | None
    as_of: dt.date  # 统计日期: 已逾期 is as of this day
    rows: tuple[ProblemRow, ...]

    def count(self, status: ProblemStatus) -> int:
        return sum(1 for row in self.rows if row.status is status)

    @property
    def overdue(self) -> int:
        return sum(1 for row in self.rows if row.is_overdue)


def ledger(
    session: Session,
    *,
    year: int | None = None,
    inspection_id: int | None = None,
    branch_name: str | None = None,
    today: dt.date,
) -> Ledger:
    """The ledger of ``year`` for a branch (the first by default), or of one inspection.

    Raises BranchDeskError for a year outside 1921–this year, an unknown branch or inspection.
    """
    return _ledger(session, year, inspection_id, branch_name, today, with_rows=True)


def ledger_heading(
    session: Session,
    *,
    year: int | None = None,
    inspection_id: int | None = None,
    branch_name: str | None = None,
    today: dt.date,
) -> Ledger:
    """What ``ledger`` returns without reading the problems (``rows`` is empty): enough to
    name a print job and to raise the same BranchDeskError for a bad year, branch or
    inspection, without reading a long ledger twice."""
    return _ledger(session, year, inspection_id, branch_name, today, with_rows=False)


def _ledger(
    session: Session,
    year: int | None,
    inspection_id: int | None,
    branch_name: str | None,
    today: dt.date,
    *,
    with_rows: bool,
) -> Ledger:
    if inspection_id is not None:
        found = session.execute(
            select(Inspection, Branch.name, Branch.parent_org)
            .join(Branch, Inspection.branch_id == Branch.id)
            .where(Inspection.id == inspection_id)
        ).one_or_none()
        if found is None:
            raise BranchDeskError(
                QT_TRANSLATE_NOOP("Errors", "There is no inspection with number {id}."),
                id=inspection_id,
            )
        inspection, name, parent_org = found
        header = InspectionHeader(
            inspection.id,
            inspection.kind,
            inspection.inspected_on,
            inspection.inspector or "",
            inspection.scope or "",
            inspection.summary or "",
        )
        wanted = ProblemFilter(inspection_id=inspection_id)
        rows = problem_rows(session, wanted, today) if with_rows else []
        return Ledger(name, parent_org or "", header.inspected_on.year, header, today, tuple(rows))
    if year is None:
        raise ValueError("a ledger is of a year or of an inspection")
    check_year(year, today)
    branch = resolve_branch(session, branch_name)
    wanted = ProblemFilter(year=year, branch_id=branch.id)
    rows = problem_rows(session, wanted, today) if with_rows else []
    return Ledger(branch.name, branch.parent_org, year, None, today, tuple(rows))
