"""Every archive a released BranchDesk wrote opens in this one (a fixture per schema revision)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from branchdesk.core.models import Member, PipelineStep
from branchdesk.core.schema import HEAD_REVISION, open_database, read_revision

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures").glob("archive-rev*.sqlite3"))


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_an_archive_of_every_revision_opens_at_head_with_its_records(
    fixture: Path, tmp_path: Path
) -> None:
    path = tmp_path / "branchdesk.sqlite3"
    shutil.copyfile(fixture, path)
    revision = read_revision(path)
    database = open_database(path, safety_dir=tmp_path / "safety")
    try:
        assert read_revision(path) == HEAD_REVISION
        with database.reading() as session:
            assert session.scalar(select(func.count()).select_from(Member)) == 16
            assert session.scalar(select(func.count()).select_from(PipelineStep)) > 0
    finally:
        database.close()
    if revision != HEAD_REVISION:
        assert list((tmp_path / "safety").iterdir()), "an upgrade must leave a safety copy"


def test_there_is_a_fixture_for_the_head_revision() -> None:
    assert f"archive-rev{HEAD_REVISION}" in [f.stem for f in FIXTURES]
