"""Status changes and exits (RULES.md §7): what each does, what is refused, what stays on file."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from branchdesk.core.db import Database
from branchdesk.core.enums import ChangeKind, Gender, OrgStatus, PersonType, Stage
from branchdesk.core.errors import ValidationError
from branchdesk.core.member_list import MemberFilter, member_ids
from branchdesk.core.models import AuditEntry, Branch, Member, MembershipChange, PipelineStep
from branchdesk.core.print_data.member_card import member_card
from branchdesk.core.queries import dashboard_summary
from branchdesk.core.rules.pipeline_checks import FindingSeverity
from branchdesk.core.services.membership import (
    StatusChangeDraft,
    StatusEntry,
    StatusEvent,
    available_events,
    member_status,
    record_status_change,
    return_to_normal,
    status_history,
)
from branchdesk.core.services.pipeline_facts import load_pipeline_facts

TODAY = dt.date(2026, 11, 27)
BORN = dt.date(2001, 4, 2)
APPLIED = dt.date(2019, 10, 8)
ORG = "中共北京师范大学教育学部研究生第二党支部委员会"


@pytest.fixture
def people(database: Database) -> dict[str, int]:
    """A full member with birth and application dates, and an activist; name → id."""
    with database.unit_of_work("test") as session:
        branch = Branch(name="学前教育学院学生第一党支部")
        session.add(branch)
        session.flush()
        full = Member(
            branch_id=branch.id,
            name="林晓雨",
            gender=Gender.FEMALE,
            person_type=PersonType.STUDENT,
            stage=Stage.FULL,
            birth_date=BORN,
        )
        activist = Member(
            branch_id=branch.id,
            name="周子轩",
            gender=Gender.MALE,
            person_type=PersonType.STUDENT,
            stage=Stage.ACTIVIST,
        )
        session.add_all([full, activist])
        session.flush()
        session.add(PipelineStep(member_id=full.id, step_no=1, done_on=APPLIED))
        return {"full": full.id, "activist": activist.id}


def record(database: Database, member_id: int, kind: StatusEvent | None, **fields: object) -> list:
    values: dict[str, object] = {"kind": kind, "changed_on": dt.date(2026, 6, 30)}
    values.update(fields)
    with database.unit_of_work("clerk") as session:
        return record_status_change(
            session,
            member_id,
            StatusChangeDraft(**values),  # type: ignore[arg-type]
            today=TODAY,
        )


def state(database: Database, member_id: int) -> tuple[object, ...]:
    """Everything a status change may write about the person."""
    with database.reading() as session:
        member = session.get_one(Member, member_id)
        changes = session.scalar(
            select(func.count()).where(MembershipChange.member_id == member_id)
        )
        audit = session.scalar(select(func.count()).select_from(AuditEntry))
        return (member.org_status, member.lost_contact_on, member.updated_at, changes, audit)


def listed(database: Database, flt: MemberFilter) -> set[int]:
    with database.reading() as session:
        return set(member_ids(session, flt))


# what each change does -----------------------------------------------------------------

HAPPY = [
    # kind, counterpart, org status after, lost contact date after, the row's kind, left
    (ChangeKind.TRANSFER_OUT, ORG, OrgStatus.NORMAL, None, ChangeKind.TRANSFER_OUT, True),
    (ChangeKind.TRANSFER_IN, ORG, OrgStatus.NORMAL, None, ChangeKind.TRANSFER_IN, False),
    (
        ChangeKind.FLOW_OUT,
        "中共深圳市南山区某幼儿园支部委员会",
        OrgStatus.FLOW_OUT,
        None,
        ChangeKind.FLOW_OUT,
        False,
    ),
    (ChangeKind.FLOW_IN, "中共某县某乡党委", OrgStatus.FLOW_IN, None, ChangeKind.FLOW_IN, False),
    (OrgStatus.ABROAD, "", OrgStatus.ABROAD, None, ChangeKind.ABROAD, False),
    (
        OrgStatus.LOST_CONTACT,
        "",
        OrgStatus.LOST_CONTACT,
        dt.date(2026, 6, 30),
        ChangeKind.LOST_CONTACT,
        False,
    ),
    (OrgStatus.SUSPENDED, "", OrgStatus.SUSPENDED, None, ChangeKind.SUSPENDED, False),
    (ChangeKind.WITHDRAWAL, "", OrgStatus.NORMAL, None, ChangeKind.WITHDRAWAL, True),
    (ChangeKind.REMOVAL, "", OrgStatus.NORMAL, None, ChangeKind.REMOVAL, True),
    (ChangeKind.EXPULSION, "", OrgStatus.NORMAL, None, ChangeKind.EXPULSION, True),
    (ChangeKind.NOT_RECOGNIZED, "", OrgStatus.NORMAL, None, ChangeKind.NOT_RECOGNIZED, True),
    (ChangeKind.DEATH, "", OrgStatus.NORMAL, None, ChangeKind.DEATH, True),
]


@pytest.mark.parametrize(("kind", "counterpart", "status", "lost_on", "row", "left"), HAPPY)
def test_each_change_records_its_row_and_status(
    database: Database,
    people: dict[str, int],
    kind: StatusEvent,
    counterpart: str,
    status: OrgStatus,
    lost_on: dt.date | None,
    row: ChangeKind,
    left: bool,
) -> None:
    member_id = people["full"]
    record(database, member_id, kind, counterpart=counterpart, letter_number="京教组转〔2026〕18号")
    with database.reading() as session:
        member = session.get_one(Member, member_id)
        assert (member.org_status, member.lost_contact_on) == (status, lost_on)
        rows = session.scalars(select(MembershipChange)).all()
        now = member_status(session, member_id)
    # Every change is one dated row, status-only ones (出国, 失联 …) under their own kind.
    [change] = rows
    assert (change.kind, change.changed_on, change.counterpart) == (
        row,
        dt.date(2026, 6, 30),
        counterpart,
    )
    # The 介绍信 number belongs to transfers only.
    transfer = kind in (ChangeKind.TRANSFER_IN, ChangeKind.TRANSFER_OUT)
    assert change.letter_number == ("京教组转〔2026〕18号" if transfer else "")
    assert now.history == (StatusEntry(kind, dt.date(2026, 6, 30), counterpart, *_letter(kind)),)
    assert now.has_left is left
    assert (member_id in listed(database, MemberFilter())) is not left
    assert (member_id in listed(database, MemberFilter(exited=True))) is left
    assert member_id in listed(database, MemberFilter(exited=None))  # always in the archive


def _letter(kind: StatusEvent) -> tuple[str]:
    transfer = kind in (ChangeKind.TRANSFER_IN, ChangeKind.TRANSFER_OUT)
    return ("京教组转〔2026〕18号" if transfer else "",)


def test_an_exit_is_audited_and_the_person_leaves_the_list(
    database: Database, people: dict[str, int]
) -> None:
    member_id = people["full"]
    record(database, member_id, ChangeKind.TRANSFER_OUT, counterpart=ORG, notes="毕业后读研")
    assert member_id not in listed(database, MemberFilter())
    assert member_id in listed(database, MemberFilter(exited=True))
    with database.reading() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "membership_changes")
        ).all()
    [entry] = entries
    assert (entry.action, entry.actor) == ("insert", "clerk")
    assert entry.changes["kind"] == "transfer_out" and entry.changes["counterpart"] == ORG
    assert entry.changes["member_id"] == member_id


def test_a_status_only_change_is_a_dated_row_and_audited(
    database: Database, people: dict[str, int]
) -> None:
    member_id = people["full"]
    record(database, member_id, OrgStatus.ABROAD, changed_on=dt.date(2026, 9, 1), notes="赴英访学")
    with database.reading() as session:
        change = session.scalars(select(MembershipChange)).one()
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity.in_(["members", "membership_changes"]))
            .order_by(AuditEntry.id)
        ).all()
    assert (change.kind, change.changed_on, change.notes) == (
        ChangeKind.ABROAD,
        dt.date(2026, 9, 1),
        "赴英访学",
    )
    assert {(entry.entity, entry.action) for entry in entries[-2:]} == {
        ("membership_changes", "insert"),
        ("members", "update"),
    }
    update = next(entry for entry in entries if entry.action == "update")
    assert update.changes["org_status"] == ["normal", "abroad"] and update.actor == "clerk"


def test_transfer_back_in_reactivates(database: Database, people: dict[str, int]) -> None:
    member_id = people["full"]
    record(database, member_id, OrgStatus.LOST_CONTACT, changed_on=dt.date(2025, 3, 1))
    record(database, member_id, ChangeKind.TRANSFER_OUT, counterpart=ORG)
    with database.reading() as session:
        assert available_events(member_status(session, member_id)) == (ChangeKind.TRANSFER_IN,)
    record(database, member_id, ChangeKind.TRANSFER_IN, counterpart=ORG, changed_on=TODAY)
    assert member_id in listed(database, MemberFilter())
    with database.reading() as session:
        now = member_status(session, member_id)
        # Counted again everywhere: 工作台's figures, the reminders' people, the printed card.
        assert dashboard_summary(session, TODAY).people_by_stage[Stage.FULL] >= 1
        assert member_id in {f.person_id for f in load_pipeline_facts(session)}
        assert member_card(session, member_id).exit is None
    assert not now.has_left
    assert (now.org_status, now.lost_contact_on) == (OrgStatus.NORMAL, None)
    assert [entry.kind for entry in now.history] == [
        OrgStatus.LOST_CONTACT,
        ChangeKind.TRANSFER_OUT,
        ChangeKind.TRANSFER_IN,
    ]


def test_back_to_normal_ends_lost_contact(database: Database, people: dict[str, int]) -> None:
    member_id = people["full"]
    record(database, member_id, OrgStatus.LOST_CONTACT, changed_on=dt.date(2025, 1, 10))
    with database.unit_of_work("clerk") as session:
        return_to_normal(
            session, member_id, changed_on=dt.date(2026, 2, 3), today=TODAY, notes="本人来电"
        )
    with database.reading() as session:
        member = session.get_one(Member, member_id)
        history = status_history(session, member_id)
    assert (member.org_status, member.lost_contact_on) == (OrgStatus.NORMAL, None)
    assert history == (
        StatusEntry(OrgStatus.LOST_CONTACT, dt.date(2025, 1, 10)),
        StatusEntry(OrgStatus.NORMAL, dt.date(2026, 2, 3), notes="本人来电"),
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        history[0].notes = "x"  # type: ignore[misc]


def test_a_flow_ends_with_back_to_normal(database: Database, people: dict[str, int]) -> None:
    member_id = people["full"]
    record(database, member_id, ChangeKind.FLOW_OUT, counterpart="中共某幼儿园支部")
    record(database, member_id, OrgStatus.NORMAL, changed_on=TODAY)
    with database.reading() as session:
        now = member_status(session, member_id)
    assert now.org_status is OrgStatus.NORMAL
    assert [entry.kind for entry in now.history] == [ChangeKind.FLOW_OUT, OrgStatus.NORMAL]


# lost contact: a warning, never a refusal ----------------------------------------------


@pytest.mark.parametrize(
    ("since", "warned"),
    [
        (dt.date(2026, 8, 1), True),  # under 4 months
        (dt.date(2026, 5, 28), True),  # one day short of 6 months
        (dt.date(2026, 5, 27), False),  # exactly 6 months
        (dt.date(2025, 11, 1), False),
    ],
)
def test_lost_contact_under_six_months_is_recorded_with_a_warning(
    database: Database, people: dict[str, int], since: dt.date, warned: bool
) -> None:
    member_id = people["full"]
    found = record(database, member_id, OrgStatus.LOST_CONTACT, changed_on=since)
    assert [f.code for f in found] == (["lost_contact.short"] if warned else [])
    assert all(f.severity is FindingSeverity.WARNING for f in found)
    with database.reading() as session:
        member = session.get_one(Member, member_id)
    assert (member.org_status, member.lost_contact_on) == (OrgStatus.LOST_CONTACT, since)


# what is refused, and nothing is written then -------------------------------------------

FAILURES: list[tuple[str, str, list[tuple[StatusEvent, dict]], StatusEvent | None, dict, str, str]]
FAILURES = [
    # id, who, earlier changes, kind, draft fields, field, rule
    ("no kind", "full", [], None, {}, "kind", "kind.required"),
    ("no date", "full", [], OrgStatus.ABROAD, {"changed_on": None}, "changed_on", "date.required"),
    (
        "future",
        "full",
        [],
        OrgStatus.ABROAD,
        {"changed_on": TODAY + dt.timedelta(days=1)},
        "changed_on",
        "date.future",
    ),
    (
        "before birth",
        "full",
        [],
        ChangeKind.DEATH,
        {"changed_on": BORN - dt.timedelta(days=1)},
        "changed_on",
        "date.before_birth",
    ),
    (
        "before application",
        "full",
        [],
        OrgStatus.ABROAD,
        {"changed_on": APPLIED - dt.timedelta(days=1)},
        "changed_on",
        "date.before_application",
    ),
    (
        "before the latest change",
        "full",
        [(OrgStatus.ABROAD, {"changed_on": dt.date(2026, 1, 5)})],
        OrgStatus.LOST_CONTACT,
        {"changed_on": dt.date(2025, 12, 31)},
        "changed_on",
        "date.order",
    ),
    (
        "transfer out without destination",
        "full",
        [],
        ChangeKind.TRANSFER_OUT,
        {"counterpart": "  "},
        "counterpart",
        "counterpart.required",
    ),
    (
        "transfer in without origin",
        "full",
        [],
        ChangeKind.TRANSFER_IN,
        {},
        "counterpart",
        "counterpart.required",
    ),
    (
        "flow out without",
        "full",
        [],
        ChangeKind.FLOW_OUT,
        {},
        "counterpart",
        "counterpart.required",
    ),
    ("flow in without", "full", [], ChangeKind.FLOW_IN, {}, "counterpart", "counterpart.required"),
    (
        "destination too long",
        "full",
        [],
        ChangeKind.TRANSFER_OUT,
        {"counterpart": "党" * 201},
        "counterpart",
        "counterpart.length",
    ),
    (
        "letter number too long",
        "full",
        [],
        ChangeKind.TRANSFER_OUT,
        {"counterpart": ORG, "letter_number": "1" * 41},
        "letter_number",
        "letter_number.length",
    ),
    (
        "second exit",
        "full",
        [(ChangeKind.TRANSFER_OUT, {"counterpart": ORG})],
        ChangeKind.DEATH,
        {},
        "kind",
        "exit.already_left",
    ),
    (
        "status after leaving",
        "full",
        [(ChangeKind.TRANSFER_OUT, {"counterpart": ORG})],
        OrgStatus.ABROAD,
        {},
        "kind",
        "status.left",
    ),
    (
        "transfer in after death",
        "full",
        [(ChangeKind.DEATH, {})],
        ChangeKind.TRANSFER_IN,
        {"counterpart": ORG},
        "kind",
        "transfer_in.final",
    ),
    (
        "second transfer in",
        "full",
        [(ChangeKind.TRANSFER_IN, {"counterpart": ORG})],
        ChangeKind.TRANSFER_IN,
        {"counterpart": ORG},
        "kind",
        "transfer_in.already",
    ),
    ("removal of an activist", "activist", [], ChangeKind.REMOVAL, {}, "kind", "kind.members_only"),
    (
        "suspending an activist",
        "activist",
        [],
        OrgStatus.SUSPENDED,
        {},
        "kind",
        "kind.members_only",
    ),
    ("normal when normal", "full", [], OrgStatus.NORMAL, {}, "kind", "status.unchanged"),
    (
        "abroad twice",
        "full",
        [(OrgStatus.ABROAD, {"changed_on": dt.date(2026, 1, 5)})],
        OrgStatus.ABROAD,
        {},
        "kind",
        "status.unchanged",
    ),
]


@pytest.mark.parametrize(
    ("who", "earlier", "kind", "fields", "field", "rule"),
    [case[1:] for case in FAILURES],
    ids=[case[0] for case in FAILURES],
)
def test_a_refused_change_names_the_field_and_writes_nothing(
    database: Database,
    people: dict[str, int],
    who: str,
    earlier: list[tuple[StatusEvent, dict]],
    kind: StatusEvent | None,
    fields: dict,
    field: str,
    rule: str,
) -> None:
    member_id = people[who]
    for earlier_kind, earlier_fields in earlier:
        record(database, member_id, earlier_kind, **earlier_fields)
    before = state(database, member_id)
    with database.unit_of_work("clerk") as session:
        with pytest.raises(ValidationError) as caught:
            record_status_change(
                session,
                member_id,
                StatusChangeDraft(kind, **{"changed_on": dt.date(2026, 6, 30), **fields}),
                today=TODAY,
            )
        # Refused before any write: nothing waits to be flushed, even if the caller commits.
        assert not session.new and not session.dirty
    assert (caught.value.field, caught.value.rule) == (field, rule)
    assert caught.value.message  # filled in, in plain English
    assert state(database, member_id) == before


def test_the_form_offers_only_what_can_happen(database: Database, people: dict[str, int]) -> None:
    with database.reading() as session:
        full = available_events(member_status(session, people["full"]))
        activist = available_events(member_status(session, people["activist"]))
    assert OrgStatus.NORMAL not in full  # already 正常
    assert {ChangeKind.REMOVAL, ChangeKind.EXPULSION, OrgStatus.SUSPENDED} <= set(full)
    assert ChangeKind.REMOVAL not in activist and OrgStatus.SUSPENDED not in activist
    assert {ChangeKind.TRANSFER_OUT, ChangeKind.DEATH, OrgStatus.ABROAD} <= set(activist)
    record(database, people["full"], ChangeKind.DEATH)
    with database.reading() as session:
        assert available_events(member_status(session, people["full"])) == ()
