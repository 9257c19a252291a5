"""Member service: the rules a person's file must meet, and create/update with audited steps."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import event, select

from branchdesk.core.db import Database
from branchdesk.core.enums import Gender, Stage
from branchdesk.core.errors import ValidationError
from branchdesk.core.models import AuditEntry, Branch, Member, PartyGroup, PipelineStep
from branchdesk.core.rules.idnumber import check_digit
from branchdesk.core.services.members import (
    MemberDraft,
    add_member,
    add_new_steps,
    create_member,
    derive_stage,
    draft_from_member,
    normalise_phone,
    party_group_branches,
    record_step_dates,
    update_member,
    validate_member_draft,
)

TODAY = dt.date(2026, 11, 27)
FIRST17 = "11010120000229002"  # born 2000-02-29, female
ID = FIRST17 + check_digit(FIRST17)


@pytest.fixture
def branch_id(database: Database) -> int:
    with database.unit_of_work() as session:
        branch = Branch(name="第一党支部")
        session.add(branch)
        session.flush()
        return branch.id


def draft(**changes: object) -> MemberDraft:
    values: dict[str, object] = {"name": "刘雨桐", "branch_id": 1, "id_number": ID}
    values.update(changes)
    return MemberDraft(**values)  # type: ignore[arg-type]


def test_the_id_number_supplies_birth_date_and_gender() -> None:
    checked = draft(phone="139 0000-1111")
    validate_member_draft(checked, today=TODAY)
    assert checked.birth_date == dt.date(2000, 2, 29)
    assert checked.gender is Gender.FEMALE
    assert checked.phone == "13900001111"


@pytest.mark.parametrize(
    ("changes", "field", "rule"),
    [
        ({"name": "  "}, "name", "name.required"),
        ({"id_number": ID[:-1] + ("1" if ID[-1] != "1" else "2")}, "id_number", "id.check_digit"),
        ({"id_number": "１" + ID[1:]}, "id_number", "id.fullwidth"),
        ({"birth_date": dt.date(2000, 3, 1)}, "id_number", "id.birth_mismatch"),
        ({"id_number": "", "gender": None}, "gender", "gender.required"),
        ({"phone": "12345"}, "phone", "phone.format"),
        ({"applied_on": dt.date(2018, 2, 28)}, "applied_on", "application.age"),
        (
            {"applied_on": dt.date(2019, 1, 1), "activist_on": dt.date(2018, 12, 1)},
            "activist_on",
            "steps.order",
        ),
        ({"applied_on": dt.date(2027, 1, 1)}, "applied_on", "date.future"),
    ],
)
def test_broken_rules_name_the_field(changes: dict[str, object], field: str, rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_member_draft(draft(**changes), today=TODAY)
    assert (caught.value.field, caught.value.rule) == (field, rule)


def test_eighteen_on_the_application_day_is_enough() -> None:
    # Born on 29 February: turns 18 on 1 March 2018 in a non-leap year.
    validate_member_draft(draft(applied_on=dt.date(2018, 3, 1)), today=TODAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15900001234", "15900001234"),
        ("159 0000 1234", "15900001234"),
        ("+86 159-0000-1234", "15900001234"),
        ("１５９００００１２３４", "15900001234"),  # full-width: accepted for phones
        ("023-12345678", "023-12345678"),
        ("(010) 12345678", "010-12345678"),
        ("0851 8123456", "0851-8123456"),
        ("075512345678", "0755-12345678"),
        ("", ""),
    ],
)
def test_phone_numbers_are_normalised(text: str, expected: str) -> None:
    assert normalise_phone(text) == expected


def test_stage_follows_the_latest_step_date() -> None:
    assert derive_stage(draft()) is Stage.APPLICANT
    assert derive_stage(draft(activist_on=TODAY)) is Stage.ACTIVIST
    assert derive_stage(draft(admitted_on=TODAY)) is Stage.PROBATIONARY
    assert derive_stage(draft(confirmed_on=TODAY)) is Stage.FULL


def test_create_and_update_write_audited_rows(database: Database, branch_id: int) -> None:
    with database.unit_of_work("clerk") as session:
        member_id = create_member(
            session,
            draft(branch_id=branch_id, applied_on=dt.date(2019, 3, 1), stage=Stage.APPLICANT),
            today=TODAY,
        )
    with database.unit_of_work("clerk") as session:
        changed = draft_from_member(session, member_id)
        assert changed.applied_on == dt.date(2019, 3, 1)
        changed.activist_on = dt.date(2019, 9, 1)
        changed.applied_on = dt.date(2019, 3, 2)
        changed.stage = Stage.ACTIVIST
        update_member(session, member_id, changed, today=TODAY)
    with database.reading() as session:
        member = session.get_one(Member, member_id)
        assert member.stage is Stage.ACTIVIST
        assert [(s.step_no, s.done_on) for s in member.steps] == [
            (1, dt.date(2019, 3, 2)),
            (3, dt.date(2019, 9, 1)),
        ]
        actions = list(
            session.execute(
                select(AuditEntry.entity, AuditEntry.action).where(AuditEntry.actor == "clerk")
            ).tuples()
        )
    assert ("members", "insert") in actions
    assert ("members", "update") in actions
    assert ("pipeline_steps", "update") in actions
    assert actions.count(("pipeline_steps", "insert")) == 2


def test_a_rejected_draft_writes_nothing(database: Database, branch_id: int) -> None:
    with pytest.raises(ValidationError), database.unit_of_work() as session:
        create_member(session, draft(branch_id=branch_id, name=""), today=TODAY)
    with database.reading() as session:
        assert session.scalars(select(Member)).first() is None


def test_recording_the_same_dates_twice_changes_nothing(database: Database, branch_id: int) -> None:
    with database.unit_of_work() as session:
        member_id = create_member(session, draft(branch_id=branch_id), today=TODAY)
        record_step_dates(session, member_id, {1: dt.date(2019, 3, 1)})
        record_step_dates(session, member_id, {1: dt.date(2019, 3, 1)})
        steps = session.scalars(select(PipelineStep).where(PipelineStep.member_id == member_id))
        assert len(list(steps)) == 1


def test_people_added_together_get_their_steps_and_audit_entries_in_two_flushes(
    database: Database, branch_id: int
) -> None:
    flushes: list[int] = []
    with database.unit_of_work("clerk") as session:
        event.listen(session, "after_flush", lambda *_: flushes.append(1))
        groups = party_group_branches(session)
        drafts = [
            draft(branch_id=branch_id, id_number="", gender=Gender.MALE, name=name, **dates)
            for name, dates in (
                ("张三", {"applied_on": dt.date(2019, 3, 1)}),
                ("李四", {"applied_on": dt.date(2018, 3, 1), "activist_on": dt.date(2018, 9, 1)}),
            )
        ]
        added = [add_member(session, one, today=TODAY, groups=groups) for one in drafts]
        assert all(member.id is None for member in added)  # nothing flushed yet
        session.flush()
        ids = [member.id for member in added]
        add_new_steps(session, zip(ids, drafts, strict=True))
        session.flush()
    assert len(flushes) == 2
    with database.reading() as session:
        steps = session.execute(
            select(PipelineStep.member_id, PipelineStep.step_no, PipelineStep.done_on).order_by(
                PipelineStep.id
            )
        ).all()
        audited = session.execute(
            select(AuditEntry.entity, AuditEntry.entity_id)
            .where(AuditEntry.action == "insert", AuditEntry.entity != "branches")
            .order_by(AuditEntry.id)
        ).all()
        step_ids = session.scalars(select(PipelineStep.id).order_by(PipelineStep.id)).all()
    assert steps == [
        (ids[0], 1, dt.date(2019, 3, 1)),
        (ids[1], 1, dt.date(2018, 3, 1)),
        (ids[1], 3, dt.date(2018, 9, 1)),
    ]
    assert audited == [("members", str(n)) for n in ids] + [
        ("pipeline_steps", str(n)) for n in step_ids
    ]


def test_a_party_group_of_another_branch_is_refused_with_the_known_groups_too(
    database: Database, branch_id: int
) -> None:
    with database.unit_of_work() as session:
        other = Branch(name="第二党支部")
        session.add(other)
        session.flush()
        group = PartyGroup(branch_id=other.id, name="第一党小组")
        session.add(group)
        session.flush()
        groups = party_group_branches(session)
        assert groups == {group.id: other.id}
        wrong = draft(branch_id=branch_id, party_group_id=group.id)
        for known in (groups, None):
            with pytest.raises(ValidationError) as refused:
                add_member(session, dataclasses.replace(wrong), today=TODAY, groups=known)
            assert refused.value.rule == "party_group.branch"
        right = draft(branch_id=other.id, party_group_id=group.id)
        add_member(session, right, today=TODAY, groups=groups)
