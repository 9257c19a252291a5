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


def test_the_pinyin_migration_reads_surnames_as_surnames_and_parts_syllables(
    tmp_path: Path,
) -> None:
    """0003 recomputes every member's pinyin keys with core.pinyin.pinyin_keys."""
    import sqlite3

    # Given a revision-0002 archive with 曾艺 and 单丹 keyed as pypinyin read them then
    path = tmp_path / "branchdesk.sqlite3"
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / "archive-rev0002.sqlite3", path)
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE members SET name = '曾艺', name_pinyin = 'cengyi', name_initials = 'cy' "
            "WHERE id = (SELECT min(id) FROM members)"
        )
        connection.execute(
            "UPDATE members SET name = '单丹', name_pinyin = 'dandan', name_initials = 'dd' "
            "WHERE id = (SELECT max(id) FROM members)"
        )
    connection.close()

    # When this program opens it
    database = open_database(path, safety_dir=tmp_path / "safety")
    try:
        with database.reading() as session:
            keys = {
                name: (full, initials)
                for name, full, initials in session.execute(
                    select(Member.name, Member.name_pinyin, Member.name_initials).where(
                        Member.name.in_(("曾艺", "单丹", "王璐"))
                    )
                )
            }
    finally:
        database.close()

    # Then both are found by their surnames' readings, and every name's syllables stand apart
    assert keys == {
        "曾艺": ("zeng yi", "zy"),
        "单丹": ("shan dan", "sd"),
        "王璐": ("wang lu", "wl"),
    }
