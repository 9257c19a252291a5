"""Fixtures for roster import and export: a branch to import into, workbooks built in tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from branchdesk.core.db import Database
from branchdesk.core.models import Branch

BRANCH = "教育学院学生第一党支部"
WriteXlsx = Callable[..., Path]


@pytest.fixture
def branch_id(database: Database) -> int:
    with database.unit_of_work() as session:
        branch = Branch(name=BRANCH, short_name="一支部")
        session.add(branch)
        session.flush()
        return branch.id


@pytest.fixture
def write_xlsx(tmp_path: Path) -> WriteXlsx:
    """Build a workbook from rows (the first sheet), with optional merged ranges."""

    def write(
        rows: Sequence[Sequence[object]], *, name: str = "roster.xlsx", merged: Sequence[str] = ()
    ) -> Path:
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        for row in rows:
            sheet.append(list(row))
        for cell_range in merged:
            sheet.merge_cells(cell_range)
        path = tmp_path / name
        book.save(path)
        return path

    return write
