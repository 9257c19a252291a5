"""Member records: posts, honours, care records and service teams saved as staged lists."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from branchdesk.core.db import Database
from branchdesk.core.enums import (
    CareKind,
    Gender,
    HonourKind,
    PersonType,
    PostKind,
    Stage,
    VolunteerRole,
)
from branchdesk.core.errors import ValidationError
from branchdesk.core.models import (
    AuditEntry,
    Branch,
    CareRecord,
    Honour,
    Member,
    MemberPost,
    PartyGroup,
)
from branchdesk.core.models.volunteer import ServiceStation, VolunteerMembership, VolunteerTeam
from branchdesk.core.services.member_records import (
    CareDraft,
    HonourDraft,
    PostDraft,
    TeamMembershipDraft,
    list_care_records,
    list_honours,
    list_posts,
    list_team_memberships,
    list_teams,
    save_care_records,
    save_honours,
    save_posts,
    save_team_memberships,
)

TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def people(database: Database) -> dict[str, int]:
    """A member in a party group, a service team and a station (ids by name)."""
    with database.unit_of_work("test") as session:
        branch = Branch(name="第一党支部")
        session.add(branch)
        session.flush()
        group = PartyGroup(branch_id=branch.id, name="第一党小组")
        team = VolunteerTeam(branch_id=branch.id, name="学业帮扶服务队")
        other = VolunteerTeam(branch_id=branch.id, name="宿舍服务队")
        station = ServiceStation(branch_id=branch.id, name="6号楼党员服务站")
        session.add_all([group, team, other, station])
        session.flush()
        member = Member(
            branch_id=branch.id,
            party_group_id=group.id,
            name="陈晓燕",
            gender=Gender.FEMALE,
            person_type=PersonType.STUDENT,
            stage=Stage.FULL,
        )
        session.add(member)
        session.flush()
        session.add(VolunteerMembership(member_id=member.id, station_id=station.id))
        return {"member": member.id, "group": group.id, "team": team.id, "other": other.id}


def _audit(database: Database, entity: str) -> list[tuple[str, str]]:
    with database.reading() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)
        )
        return [(row.action, row.actor) for row in rows]


def test_posts_are_added_updated_and_removed_with_an_audit_trail(database, people) -> None:
    member = people["member"]
    with database.unit_of_work("王老师") as session:
        save_posts(
            session,
            member,
            [
                PostDraft(PostKind.GROUP_LEADER, dt.date(2024, 9, 1)),
                PostDraft(PostKind.PROPAGANDA, dt.date(2025, 3, 1), title=" 宣传委员 "),
            ],
            today=TODAY,
        )
    with database.reading() as session:
        leader, propaganda = list_posts(session, member)
        row = session.get_one(MemberPost, leader.id)
        assert row.party_group_id == people["group"]  # leads the person's own group
    assert propaganda.title == "宣传委员"

    with database.unit_of_work("王老师") as session:
        save_posts(session, member, [replace(leader, ended_on=dt.date(2026, 7, 1))], today=TODAY)
    with database.reading() as session:
        [kept] = list_posts(session, member)
    assert kept.ended_on == dt.date(2026, 7, 1)
    assert sorted(_audit(database, "member_posts")) == [
        ("delete", "王老师"),
        ("insert", "王老师"),
        ("insert", "王老师"),
        ("update", "王老师"),
    ]


@pytest.mark.parametrize(
    ("draft", "field", "rule"),
    [
        (PostDraft(PostKind.SECRETARY, None), "posts.started_on", "date.required"),
        (PostDraft(PostKind.SECRETARY, dt.date(2026, 12, 1)), "posts.started_on", "date.future"),
        (
            PostDraft(PostKind.SECRETARY, dt.date(2025, 3, 1), dt.date(2025, 2, 1)),
            "posts.ended_on",
            "dates.order",
        ),
        (PostDraft(PostKind.OTHER, dt.date(2025, 3, 1)), "posts.title", "title.required"),
        (
            PostDraft(PostKind.OTHER, dt.date(2025, 3, 1), title="长" * 61),
            "posts.title",
            "text.length",
        ),
    ],
)
def test_a_wrong_post_names_its_field_and_saves_nothing(
    database, people, draft, field, rule
) -> None:
    good = PostDraft(PostKind.SECRETARY, dt.date(2024, 1, 1))
    with pytest.raises(ValidationError) as caught, database.unit_of_work() as session:
        save_posts(session, people["member"], [good, draft], today=TODAY)
    assert (caught.value.field, caught.value.rule, caught.value.params["row"]) == (field, rule, "2")
    with database.reading() as session:
        assert list_posts(session, people["member"]) == []
    assert _audit(database, "member_posts") == []


def test_honours_round_trip_and_refuse_future_awards(database, people) -> None:
    member = people["member"]
    award = HonourDraft(HonourKind.AWARD, dt.date(2025, 6, 20), "优秀共产党员", issuer="校党委")
    with database.unit_of_work() as session:
        save_honours(session, member, [award], today=TODAY)
    with database.reading() as session:
        [stored] = list_honours(session, member)
    assert replace(stored, id=None) == award

    future = HonourDraft(HonourKind.AWARD, dt.date(2027, 1, 1), "优秀党务工作者")
    untitled = HonourDraft(HonourKind.SANCTION, dt.date(2025, 1, 1), "  ")
    for draft, field, rule in (
        (future, "honours.awarded_on", "date.future"),
        (untitled, "honours.title", "title.required"),
        (replace(award, issuer="校" * 101), "honours.issuer", "text.length"),
    ):
        with pytest.raises(ValidationError) as caught, database.unit_of_work() as session:
            save_honours(session, member, [draft], today=TODAY)  # would also delete `stored`
        assert (caught.value.field, caught.value.rule) == (field, rule)
    with database.reading() as session:
        assert list_honours(session, member) == [stored]

    with database.unit_of_work() as session:
        save_honours(session, member, [], today=TODAY)
    with database.reading() as session:
        assert session.scalars(select(Honour)).all() == []
    assert [action for action, _ in _audit(database, "honours")] == ["insert", "delete"]


def test_care_records_round_trip_and_other_care_needs_content(database, people) -> None:
    member = people["member"]
    visit = CareDraft(CareKind.FESTIVAL, dt.date(2026, 9, 10), "教师节慰问", given_by="李书记")
    with database.unit_of_work() as session:
        save_care_records(session, member, [visit], today=TODAY)
    with database.reading() as session:
        [stored] = list_care_records(session, member)
    with database.unit_of_work() as session:
        save_care_records(session, member, [replace(stored, content="中秋慰问")], today=TODAY)
    with pytest.raises(ValidationError) as caught, database.unit_of_work() as session:
        save_care_records(session, member, [stored, CareDraft(CareKind.OTHER, TODAY)], today=TODAY)
    assert (caught.value.field, caught.value.rule) == ("care.content", "content.required")
    with database.reading() as session:
        assert [row.content for row in session.scalars(select(CareRecord))] == ["中秋慰问"]
    assert [action for action, _ in _audit(database, "care_records")] == ["insert", "update"]


def test_team_memberships_leave_stations_alone(database, people) -> None:
    member, team, other = people["member"], people["team"], people["other"]
    with database.reading() as session:
        assert [choice.name for choice in list_teams(session)] == ["学业帮扶服务队", "宿舍服务队"]
    with database.unit_of_work() as session:
        save_team_memberships(
            session,
            member,
            [
                TeamMembershipDraft(team, VolunteerRole.LEADER, dt.date(2025, 9, 1)),
                TeamMembershipDraft(other, joined_on=dt.date(2024, 3, 1)),
            ],
            today=TODAY,
        )
    with database.reading() as session:
        first, second = list_team_memberships(session, member)
    assert (first.team_id, second.team_id, second.role) == (other, team, VolunteerRole.LEADER)
    with database.unit_of_work() as session:
        save_team_memberships(session, member, [second], today=TODAY)
    with database.reading() as session:
        rows = session.scalars(select(VolunteerMembership)).all()
    assert {row.team_id for row in rows} == {None, team}  # the station membership is kept

    duplicate = TeamMembershipDraft(team)
    for drafts, rule in (
        ([second, duplicate], "team.duplicate"),
        ([TeamMembershipDraft(None)], "team.required"),
        ([TeamMembershipDraft(99999)], "team.required"),
    ):
        with pytest.raises(ValidationError) as caught, database.unit_of_work() as session:
            save_team_memberships(session, member, drafts, today=TODAY)
        assert (caught.value.field, caught.value.rule) == ("teams.team_id", rule)
    with pytest.raises(ValidationError) as caught, database.unit_of_work() as session:
        save_team_memberships(
            session,
            member,
            [TeamMembershipDraft(other, joined_on=TODAY, left_on=dt.date(2026, 1, 1))],
            today=TODAY,
        )
    assert (caught.value.field, caught.value.rule) == ("teams.left_on", "dates.order")


def test_a_record_of_someone_else_is_a_programming_error(database, people) -> None:
    with database.unit_of_work() as session:
        save_honours(
            session, people["member"], [HonourDraft(HonourKind.AWARD, TODAY, "奖")], today=TODAY
        )
        [stored] = list_honours(session, people["member"])
    with pytest.raises(ValueError, match="honours"), database.unit_of_work() as session:
        save_honours(session, people["member"], [replace(stored, id=stored.id + 1)], today=TODAY)
