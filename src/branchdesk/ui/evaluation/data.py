"""What the 民主评议 page reads, in one session off the GUI thread (LatestLoad)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from branchdesk.core.db import Database
from branchdesk.core.rules.evaluation import Part
from branchdesk.core.services.evaluations import (
    EvaluationRow,
    RoundRow,
    eligible_member_ids,
    evaluation_rows,
    find_round,
    rounds_for,
)
from branchdesk.core.services.meeting_list import MeetingRow, meeting_rows
from branchdesk.core.services.settings import list_branches

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# The page's own orders (core sorts the rest in SQL); ties keep core's order by name.
LOCAL_KEYS = {
    "self_summary": lambda row: Part.SELF_SUMMARY not in row.missing,
    "missing": lambda row: len(row.missing),
}


@dataclass(frozen=True)
class EvaluationQuery:
    """What the page asks for: a year, a branch, search text and an order."""

    year: int
    branch_id: int | None
    text: str = ""
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class EvaluationData:
    """A branch's round of a year (None: not opened) with its members, as the page shows it."""

    query: EvaluationQuery
    branches: tuple[tuple[int, str], ...]
    branch_id: int | None
    round: RoundRow | None
    rows: list[EvaluationRow]  # the members matching the search, in the order asked for
    eligible: int  # no round yet: how many members opening one would evaluate
    meeting: MeetingRow | None  # the round's linked meeting

    @property
    def branch_name(self) -> str:
        return dict(self.branches).get(self.branch_id or 0, "")


def meeting_choices(
    session: Session, branch_id: int, year: int, today: dt.date
) -> list[MeetingRow]:
    """The branch's meetings a round of ``year`` can link to: that year's and, as the
    evaluation is often held early in the next, the next year's up to today; latest first."""
    rows = []
    for held in (year, year + 1):
        if held <= today.year:
            rows += meeting_rows(session, held, branch_id=branch_id)
    return sorted(rows, key=lambda row: (row.starts_at, row.id), reverse=True)


def load_evaluation(database: Database, query: EvaluationQuery, today: dt.date) -> EvaluationData:
    """The branch's round of the year, its members and its linked meeting."""
    with database.reading() as session:
        branches = tuple((b.id, b.name) for b in list_branches(session) if b.id is not None)
        ids = [branch_id for branch_id, _name in branches]
        branch_id = query.branch_id if query.branch_id in ids else (ids[0] if ids else None)
        found = rounds_for(session, query.year, branch_id=branch_id) if branch_id else []
        shown = found[0] if found else None
        rows: list[EvaluationRow] = []
        eligible, meeting = 0, None
        if shown is not None:
            local = LOCAL_KEYS.get(query.sort)
            rows = evaluation_rows(
                session,
                shown.id,
                query.text,
                sort="name" if local else query.sort,
                descending=False if local else query.descending,
            )
            if local is not None:
                rows.sort(key=local, reverse=query.descending)
            if shown.meeting_id is not None:
                meeting = next(
                    (
                        row
                        for row in meeting_choices(session, branch_id or 0, query.year, today)
                        if row.id == shown.meeting_id
                    ),
                    None,
                )
        elif branch_id is not None:
            eligible = len(eligible_member_ids(session, branch_id, query.year, today=today))
    return EvaluationData(query, branches, branch_id, shown, rows, eligible, meeting)


def round_exists(database: Database, branch_id: int, year: int) -> bool:
    """Whether the branch has a round of ``year`` (a reminder's round may be deleted since)."""
    with database.reading() as session:
        return find_round(session, branch_id, year) is not None
