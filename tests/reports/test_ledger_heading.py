"""A ledger job is named from the ledger's heading alone; the problems are read to render."""

from __future__ import annotations

import dataclasses

from sqlalchemy import func, select

from branchdesk.core.db import Database
from branchdesk.core.models import Problem
from branchdesk.core.print_data.ledger import ledger, ledger_heading

from .conftest import TODAY


def test_the_heading_is_the_ledger_without_its_problems(demo_database: Database) -> None:
    with demo_database.reading() as session:
        year = session.scalar(select(func.max(Problem.year)))
        inspection_id = session.scalar(
            select(Problem.inspection_id).where(Problem.inspection_id.is_not(None)).limit(1)
        )
        for selector in ({"year": year}, {"inspection_id": inspection_id}):
            full = ledger(session, today=TODAY, **selector)
            heading = ledger_heading(session, today=TODAY, **selector)
            assert full.rows and not heading.rows
            assert heading == dataclasses.replace(full, rows=())
