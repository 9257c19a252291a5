"""The audit trail: every change through the ORM is recorded in the same transaction."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.exc import IntegrityError

from branchdesk.core.audit import log_action
from branchdesk.core.db import Database
from branchdesk.core.enums import Gender, HonourKind, PersonType, Stage
from branchdesk.core.models import AuditEntry, Branch, Honour, Member, PipelineStep


def _entries(database: Database) -> list[AuditEntry]:
    with database.reading() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def _add_member(database: Database) -> int:
    with database.unit_of_work("李书记") as session:
        branch = Branch(name="第一党支部")
        session.add(branch)
        session.flush()
        member = Member(
            branch_id=branch.id,
            name="王芳",
            gender=Gender.FEMALE,
            person_type=PersonType.STUDENT,
            stage=Stage.ACTIVIST,
        )
        session.add(member)
        session.flush()
        return member.id


def test_an_insert_records_who_what_and_the_values(database: Database) -> None:
    member_id = _add_member(database)
    entries = [e for e in _entries(database) if e.entity == "members"]
    assert len(entries) == 1
    entry = entries[0]
    assert (entry.actor, entry.action, entry.entity_id) == ("李书记", "insert", str(member_id))
    assert entry.changes["name"] == "王芳"
    assert entry.changes["stage"] == "activist"
    assert "name_initials" not in entry.changes  # derived keys are noise


def test_an_update_records_old_and_new_values_only_for_changed_fields(database: Database) -> None:
    member_id = _add_member(database)
    with database.unit_of_work("李书记") as session:
        member = session.get(Member, member_id)
        assert member is not None
        member.stage = Stage.CANDIDATE
        member.phone = "13800138000"
    update = [e for e in _entries(database) if e.action == "update"]
    assert len(update) == 1
    assert update[0].changes == {"stage": ["activist", "candidate"], "phone": ["", "13800138000"]}


def test_a_delete_keeps_the_rows_last_content_including_cascaded_children(
    database: Database,
) -> None:
    import datetime as dt

    member_id = _add_member(database)
    with database.unit_of_work("李书记") as session:
        session.add(
            Honour(
                member_id=member_id,
                kind=HonourKind.AWARD,
                awarded_on=dt.date(2025, 6, 1),
                title="优秀学生干部",
            )
        )
    with database.unit_of_work("李书记") as session:
        member = session.get(Member, member_id)
        session.delete(member)
    deletes = {e.entity: e for e in _entries(database) if e.action == "delete"}
    assert deletes["members"].changes["name"] == "王芳"
    assert deletes["honours"].changes["title"] == "优秀学生干部"


def test_a_rolled_back_change_leaves_no_audit_entry(database: Database) -> None:
    member_id = _add_member(database)
    before = len(_entries(database))
    with pytest.raises(RuntimeError), database.unit_of_work("李书记") as session:
        member = session.get(Member, member_id)
        assert member is not None
        member.name = "王芳芳"
        session.flush()  # the audit row is written here …
        raise RuntimeError("… and must vanish with the rollback")
    assert len(_entries(database)) == before


def test_actions_that_are_not_row_changes_can_be_logged(database: Database) -> None:
    with database.unit_of_work("李书记") as session:
        log_action(session, "export", "members", summary="花名册 exported to roster.xlsx")
    (entry,) = _entries(database)
    assert (entry.action, entry.entity, entry.actor) == ("export", "members", "李书记")


def test_the_rows_of_one_flush_are_audited_by_one_insert_in_the_order_written(
    database: Database,
) -> None:
    statements: list[tuple[str, bool]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, _params: Any, _ctx: Any, many: bool) -> None:
        if statement.startswith("INSERT INTO audit_entries"):
            statements.append((statement, many))

    event.listen(database.engine, "before_cursor_execute", seen)
    try:
        with database.unit_of_work("李书记") as session:
            branches = [Branch(name=f"第{n}党支部") for n in "一二三"]
            session.add_all(branches)
            session.flush()
            ids = [str(branch.id) for branch in branches]
    finally:
        event.remove(database.engine, "before_cursor_execute", seen)
    assert [many for _, many in statements] == [True]
    entries = _entries(database)
    assert [(e.entity, e.entity_id, e.action, e.actor) for e in entries] == [
        ("branches", branch_id, "insert", "李书记") for branch_id in ids
    ]
    assert [e.changes["name"] for e in entries] == ["第一党支部", "第二党支部", "第三党支部"]


def test_a_failed_flush_leaves_none_of_its_entries_to_a_later_one(database: Database) -> None:
    member_id = _add_member(database)
    with database.unit_of_work("李书记") as session:
        with pytest.raises(IntegrityError), session.begin_nested():
            member = session.get_one(Member, member_id)
            member.name = "王芳芳"  # written, and its entry made …
            session.add(PipelineStep(member=member, step_no=1))  # … then this row has no date
            session.flush()
        session.add(Branch(name="第二党支部"))
    entries = _entries(database)
    assert [e.action for e in entries if e.entity == "members"] == ["insert"]
    assert [e.changes["name"] for e in entries if e.entity == "branches"] == [
        "第一党支部",
        "第二党支部",
    ]
