"""What the forms print is read correctly, in few queries, and refuses unknown selectors."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import event

from branchdesk.core.db import Database
from branchdesk.core.enums import AttachmentRole, ChangeKind, HonourKind, PostKind, Stage
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.models import Attachment, AttachmentLink
from branchdesk.core.print_data import (
    ExitRecord,
    HonourRecord,
    PostRecord,
    member_card,
    roster,
)

TODAY = dt.date(2026, 11, 26)


def test_a_member_card_holds_the_file_and_the_development_dates(database: Database, sample):
    with database.reading() as session:
        card = member_card(session, sample.full_member)

    assert (card.name, card.branch_name, card.parent_org) == ("张玥", sample.branch, "数学学院党委")
    assert card.party_group == "第二党小组"
    assert card.id_number == "110105200103051226"  # in full: the archive form requires it
    assert card.birth_date == dt.date(2001, 3, 5)
    assert card.application_date == dt.date(2019, 9, 20)
    assert card.activist_date == dt.date(2020, 3, 25)
    assert card.candidate_date == dt.date(2021, 4, 15)  # the step-8 备案 date wins over step 7
    assert card.admission_date == dt.date(2021, 5, 18)
    assert card.confirmation_date == dt.date(2022, 5, 20)
    assert card.introducers == ("王建国", "赵敏")
    assert card.contacts == ("王建国", "李红")
    assert card.posts == (PostRecord("", dt.date(2022, 9, 1), None, PostKind.PROPAGANDA),)
    assert card.honours == (
        HonourRecord(HonourKind.AWARD, dt.date(2023, 11, 1), "优秀共产党员", "校党委"),
    )
    assert card.exit is None
    assert card.photo_path is None
    assert card.notes == "学生党员服务站站长"


def test_a_failed_vote_is_not_an_admission_and_step_7_stands_in_for_step_8(
    database: Database, sample
):
    with database.reading() as session:
        card = member_card(session, sample.probationary)
    assert card.admission_date == dt.date(2025, 12, 1)
    assert card.candidate_date == dt.date(2025, 3, 1)
    assert card.confirmation_date is None
    assert card.introducers == card.contacts == ()


def test_an_exited_member_card_says_how_they_left(database: Database, sample):
    with database.reading() as session:
        card = member_card(session, sample.transferred)
    assert card.exit == ExitRecord(
        ChangeKind.TRANSFER_OUT, dt.date(2025, 7, 1), "北京大学数学科学学院研究生党支部"
    )


def test_the_photo_is_found_only_when_its_file_is_there(database: Database, sample, tmp_path: Path):
    content = b"\x89PNG not really"
    sha = hashlib.sha256(content).hexdigest()
    with database.unit_of_work("clerk") as session:
        attachment = Attachment(sha256=sha, size_bytes=len(content), original_name="照片.png")
        session.add(attachment)
        session.flush()
        session.add(
            AttachmentLink(
                attachment_id=attachment.id, role=AttachmentRole.PHOTO, member_id=sample.activist
            )
        )
    attachments = tmp_path / "attachments"
    with database.reading() as session:
        assert member_card(session, sample.activist, attachments_dir=attachments).photo_path is None
        (attachments / sha[:2]).mkdir(parents=True)
        (attachments / sha[:2] / sha).write_bytes(content)
        found = member_card(session, sample.activist, attachments_dir=attachments).photo_path
        assert found == attachments / sha[:2] / sha
        assert member_card(session, sample.activist).photo_path is None


def test_a_missing_member_is_a_clear_error(database: Database, sample):
    with database.reading() as session, pytest.raises(BranchDeskError) as raised:
        member_card(session, 9999)
    assert raised.value.message == "There is no member with number 9999."


def test_the_roster_lists_current_party_members_full_first(database: Database, sample):
    with database.reading() as session:
        data = roster(session, branch_name=None, full_id=False, today=TODAY)

    # The first branch by position; the activist and the transferred member are not on it.
    assert data.branch_name == sample.branch
    assert data.parent_org == "数学学院党委"
    assert data.as_of == TODAY
    assert [row.name for row in data.rows] == ["张玥", "艾青"]
    assert (data.count(Stage.FULL), data.count(Stage.PROBATIONARY)) == (1, 1)
    first = data.rows[0]
    assert first.id_number == "110105********1226"
    assert first.class_or_department == "2019级数学与应用数学1班"
    assert first.party_group == "第二党小组"
    assert (first.admission_date, first.confirmation_date) == (
        dt.date(2021, 5, 18),
        dt.date(2022, 5, 20),
    )
    assert data.rows[1].admission_date == dt.date(2025, 12, 1)


def test_the_roster_shows_full_id_numbers_only_when_asked(database: Database, sample):
    with database.reading() as session:
        data = roster(session, branch_name=sample.branch, full_id=True, today=TODAY)
    assert data.rows[0].id_number == "110105200103051226"
    assert data.full_id


def test_a_roster_of_every_stage_orders_by_stage_then_pinyin(database: Database, sample):
    with database.reading() as session:
        data = roster(
            session, branch_name="数院一支部", full_id=False, today=TODAY, stages=frozenset(Stage)
        )
    assert [(row.name, row.stage) for row in data.rows] == [
        ("张玥", Stage.FULL),
        ("艾青", Stage.PROBATIONARY),
        ("陈思", Stage.ACTIVIST),
    ]
    assert not data.members_only


def test_an_unknown_branch_names_the_branches_there_are(database: Database, sample):
    with database.reading() as session, pytest.raises(BranchDeskError) as raised:
        roster(session, branch_name="物理学院党支部", full_id=False, today=TODAY)
    assert raised.value.message == (
        "There is no branch named 物理学院党支部; the branches are: "
        "数学学院学生第一党支部、数学学院教工党支部."
    )


def test_an_archive_without_branches_has_no_roster(database: Database):
    with database.reading() as session, pytest.raises(BranchDeskError):
        roster(session, branch_name=None, full_id=False, today=TODAY)


def test_the_roster_is_read_in_three_queries_whatever_its_size(demo_database: Database):
    statements: list[str] = []

    def count(_conn, _cursor, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(demo_database.engine, "before_cursor_execute", count)
    try:
        with demo_database.reading() as session:
            data = roster(
                session, branch_name=None, full_id=False, today=TODAY, stages=frozenset(Stage)
            )
    finally:
        event.remove(demo_database.engine, "before_cursor_execute", count)
    assert len(data.rows) > 5
    assert len(statements) == 3  # the branch, the people, their step dates
