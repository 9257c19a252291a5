"""Volunteer activities with their hours, teams and stations, and the totals in SQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from branchdesk.core.db import Database
from branchdesk.core.enums import VolunteerRole
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.models import AuditEntry, VolunteerActivity, VolunteerHours
from branchdesk.core.rules.volunteer import Period, Term, term_of
from branchdesk.core.services.volunteer import (
    ActivityDraft,
    HoursLine,
    activity_draft,
    delete_activity,
    record_activity,
    update_activity,
)
from branchdesk.core.services.volunteer_hours import (
    ActivityFilter,
    activity_participants,
    activity_rows,
    categories_in_use,
    category_totals,
    hours_against_average,
    member_totals,
    month_totals,
    service_lines,
    unit_totals,
)
from branchdesk.core.services.volunteer_units import (
    UnitDraft,
    UnitKind,
    UnitMemberDraft,
    delete_unit,
    record_unit,
    save_unit_members,
    unit_choices,
    unit_members,
    unit_rows,
    update_unit,
)

from .volunteer_fixtures import DAY, TODAY, make_branch


@pytest.fixture
def ids(database: Database) -> dict[str, int]:
    return make_branch(database)


def _draft(ids: dict[str, int], *lines: tuple[str, int, int], **changes: object) -> ActivityDraft:
    draft = ActivityDraft(
        branch_id=ids["branch"],
        held_on=DAY,
        title="  英语四级备考辅导 ",
        category="等级考试辅导",
        hours=[HoursLine(ids[name], hours, minutes) for name, hours, minutes in lines],
        place="明德楼A203",
    )
    for name, value in changes.items():
        setattr(draft, name, value)
    return draft


def _refused(database: Database, draft: ActivityDraft, activity_id: int | None = None):  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught, database.unit_of_work("test") as session:
        if activity_id is None:
            record_activity(session, draft, today=TODAY)
        else:
            update_activity(session, activity_id, draft, today=TODAY)
    return caught.value


def _counts(database: Database) -> tuple[int, int]:
    with database.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(VolunteerActivity)) or 0,
            session.scalar(select(func.count()).select_from(VolunteerHours)) or 0,
        )


# --- activities -----------------------------------------------------------------------------


def test_an_activity_is_stored_with_each_participants_minutes_and_audited(
    database: Database, ids: dict[str, int]
) -> None:
    draft = _draft(ids, ("张玥", 3, 30), ("陈思", 2, 0), ("艾青", 0, 45))
    with database.unit_of_work("clerk") as session:
        activity_id = record_activity(session, draft, today=TODAY)
    with database.reading() as session:
        participants = activity_participants(session, activity_id)
        stored = activity_draft(session, activity_id)
        audited = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.entity == "volunteer_hours", AuditEntry.actor == "clerk")
        )
    assert {(p.name, p.minutes) for p in participants} == {
        ("张玥", 210),
        ("陈思", 120),
        ("艾青", 45),
    }
    assert stored.title == "英语四级备考辅导"  # trimmed
    assert {(line.member_id, line.hours, line.minutes) for line in stored.hours} == {
        (ids["张玥"], 3, 30),
        (ids["陈思"], 2, 0),
        (ids["艾青"], 0, 45),
    }
    assert audited == 3


def test_a_bad_row_names_its_field_and_row_and_nothing_is_saved(
    database: Database, ids: dict[str, int]
) -> None:
    cases = [
        (_draft(ids, ("张玥", 1, 0), ("陈思", 1, 75)), "hours.minutes", "time.minutes", 2),
        (_draft(ids, ("张玥", 0, 0)), "hours.hours", "time.positive", 1),
        (_draft(ids, ("张玥", 1, 0), ("陈思", 13, 0)), "hours.hours", "time.activity_limit", 2),
        (_draft(ids, ("张玥", 1, 0), ("张玥", 1, 0)), "hours.member_id", "member.duplicate", 2),
        (_draft(ids, ("张玥", 1, 0), ("赵六", 1, 0)), "hours.member_id", "member.stage", 2),
        (_draft(ids, ("刘洋", 1, 0)), "hours.member_id", "member.stage", 1),
        (_draft(ids, ("艾青", 1, 0), ("周末", 1, 0)), "hours.member_id", "member.left", 2),
        (_draft(ids, ("孙新", 1, 0)), "hours.member_id", "member.not_arrived", 1),
        (_draft(ids, ("钱多", 1, 0)), "hours.member_id", "member.branch", 1),
    ]
    for draft, field, rule, row in cases:
        error = _refused(database, draft)
        assert (error.field, error.rule, error.params.get("row")) == (field, rule, str(row))
    assert _counts(database) == (0, 0)


def test_the_form_fields_are_checked(database: Database, ids: dict[str, int]) -> None:
    line = ("张玥", 1, 0)
    cases = [
        (_draft(ids, line, held_on=None), "held_on", "date.required"),
        (_draft(ids, line, held_on=TODAY + dt.timedelta(days=1)), "held_on", "date.future"),
        (_draft(ids, line, title=" "), "title", "title.required"),
        (_draft(ids, line, category=""), "category", "category.required"),
        (_draft(ids, line, place="楼" * 101), "place", "text.length"),
        (_draft(ids), "hours", "hours.required"),
        (_draft(ids, line, branch_id=9999), "branch_id", "branch.unknown"),
    ]
    for draft, field, rule in cases:
        error = _refused(database, draft)
        assert (error.field, error.rule) == (field, rule)
    other_team = _unit(database, ids["other"], "教工服务队")
    error = _refused(database, _draft(ids, line, team_id=other_team))
    assert (error.field, error.rule) == ("team_id", "unit.branch")


def test_no_one_serves_more_than_24_hours_a_day_across_activities(
    database: Database, ids: dict[str, int]
) -> None:
    with database.unit_of_work() as session:
        first = record_activity(session, _draft(ids, ("张玥", 12, 0)), today=TODAY)
        record_activity(session, _draft(ids, ("张玥", 10, 0), title="宿舍值班"), today=TODAY)
    error = _refused(database, _draft(ids, ("陈思", 1, 0), ("张玥", 2, 1), title="夜间帮扶"))
    assert (error.field, error.rule, error.params["row"]) == ("hours.hours", "time.day_total", "2")
    assert error.params["name"] == "张玥" and error.params["date"] == DAY.isoformat()
    assert error.params["hours"] == "22"
    # Exactly 24 hours is allowed, and an activity's own old time is not counted twice.
    with database.unit_of_work() as session:
        record_activity(session, _draft(ids, ("张玥", 2, 0), title="夜间帮扶"), today=TODAY)
        update_activity(session, first, _draft(ids, ("张玥", 12, 0), ("陈思", 1, 0)), today=TODAY)
    # Another day is another day.
    with database.unit_of_work() as session:
        record_activity(
            session, _draft(ids, ("张玥", 12, 0), held_on=DAY.replace(day=5)), today=TODAY
        )


def test_an_update_replaces_the_rows_and_a_refused_one_changes_nothing(
    database: Database, ids: dict[str, int]
) -> None:
    with database.unit_of_work() as session:
        activity_id = record_activity(
            session, _draft(ids, ("张玥", 1, 0), ("陈思", 1, 0)), today=TODAY
        )
    error = _refused(
        database, _draft(ids, ("张玥", 2, 0), ("赵六", 1, 0), title="改名"), activity_id
    )
    assert error.rule == "member.stage"
    with database.reading() as session:
        assert activity_draft(session, activity_id).title == "英语四级备考辅导"
    with database.unit_of_work() as session:
        update_activity(
            session,
            activity_id,
            _draft(ids, ("张玥", 2, 15), ("艾青", 0, 30), title="四级辅导（第二次）"),
            today=TODAY,
        )
    with database.reading() as session:
        found = {(p.name, p.minutes) for p in activity_participants(session, activity_id)}
        title = activity_draft(session, activity_id).title
    assert found == {("张玥", 135), ("艾青", 30)} and title == "四级辅导（第二次）"
    error = _refused(database, _draft(ids, ("张玥", 1, 0), branch_id=ids["other"]), activity_id)
    assert error.rule == "branch.fixed"


def test_deleting_an_activity_deletes_its_hours(database: Database, ids: dict[str, int]) -> None:
    with database.unit_of_work() as session:
        activity_id = record_activity(session, _draft(ids, ("张玥", 1, 0)), today=TODAY)
    with database.unit_of_work() as session:
        delete_activity(session, activity_id)
    assert _counts(database) == (0, 0)
    with (
        pytest.raises(BranchDeskError, match="no volunteer activity with number"),
        database.unit_of_work() as session,
    ):
        delete_activity(session, activity_id)


# --- teams and stations ---------------------------------------------------------------------


def _unit(database: Database, branch_id: int, name: str, kind: UnitKind = UnitKind.TEAM) -> int:
    with database.unit_of_work() as session:
        return record_unit(session, UnitDraft(kind, branch_id, name, place="桃李园3栋"))


def test_teams_and_stations_are_configured_with_their_people(
    database: Database, ids: dict[str, int]
) -> None:
    team = _unit(database, ids["branch"], " 等级考试辅导服务队 ")
    station = _unit(database, ids["branch"], "孔繁森宿舍党员服务站", UnitKind.STATION)
    with database.unit_of_work() as session:
        save_unit_members(
            session,
            UnitKind.TEAM,
            team,
            [
                UnitMemberDraft(ids["张玥"], VolunteerRole.LEADER, dt.date(2025, 9, 1)),
                UnitMemberDraft(ids["陈思"], joined_on=dt.date(2025, 9, 1)),
                UnitMemberDraft(ids["艾青"], joined_on=dt.date(2025, 9, 1), left_on=DAY),
            ],
            today=TODAY,
        )
        record_activity(session, _draft(ids, ("张玥", 1, 0), team_id=team), today=TODAY)
    with database.reading() as session:
        rows = unit_rows(session, TODAY, branch_id=ids["branch"])
        people = unit_members(session, UnitKind.TEAM, team)
    assert [(r.kind, r.name, r.people, r.leaders, r.activities) for r in rows] == [
        (UnitKind.TEAM, "等级考试辅导服务队", 2, ("张玥",), 1),
        (UnitKind.STATION, "孔繁森宿舍党员服务站", 0, (), 0),
    ]
    assert rows[1].place == "桃李园3栋" and rows[0].place == ""
    assert people[0].name == "张玥" and people[0].role is VolunteerRole.LEADER
    # Stored rows are kept by id, the others dropped.
    with database.unit_of_work() as session:
        keep = next(p for p in people if p.name == "陈思")
        save_unit_members(
            session,
            UnitKind.TEAM,
            team,
            [UnitMemberDraft(keep.member_id, VolunteerRole.LEADER, keep.joined_on, id=keep.id)],
            today=TODAY,
        )
        assert [(p.name, p.role) for p in unit_members(session, UnitKind.TEAM, team)] == [
            ("陈思", VolunteerRole.LEADER)
        ]
    # A team with activities is set inactive, not deleted; it stays a stored choice.
    with (
        pytest.raises(ValidationError, match="set it inactive"),
        database.unit_of_work() as session,
    ):
        delete_unit(session, UnitKind.TEAM, team)
    with database.unit_of_work() as session:
        update_unit(
            session,
            team,
            UnitDraft(UnitKind.TEAM, ids["branch"], "等级考试辅导服务队", active=False),
        )
        assert unit_choices(session, ids["branch"], UnitKind.TEAM) == []
        assert unit_choices(session, ids["branch"], UnitKind.TEAM, also=team) == [
            (team, "等级考试辅导服务队")
        ]
        delete_unit(session, UnitKind.STATION, station)
        assert unit_rows(session, TODAY, kind=UnitKind.STATION) == []


def test_unit_errors_name_their_field(database: Database, ids: dict[str, int]) -> None:
    team = _unit(database, ids["branch"], "心理疏导服务队")
    bad_units = [
        (UnitDraft(UnitKind.TEAM, ids["branch"], "  "), "name", "name.required"),
        (UnitDraft(UnitKind.TEAM, ids["branch"], "心理疏导服务队"), "name", "name.unique"),
        (UnitDraft(UnitKind.TEAM, 9999, "新队"), "branch_id", "branch.unknown"),
        (UnitDraft(UnitKind.TEAM, ids["branch"], "队" * 61), "name", "text.length"),
    ]
    for draft, field, rule in bad_units:
        with pytest.raises(ValidationError) as caught, database.unit_of_work() as session:
            record_unit(session, draft)
        assert (caught.value.field, caught.value.rule) == (field, rule)
    bad_people = [
        ([UnitMemberDraft(None)], "members.member_id", "member.required"),
        ([UnitMemberDraft(ids["钱多"])], "members.member_id", "member.branch"),
        ([UnitMemberDraft(ids["赵六"])], "members.member_id", "member.branch"),
        (
            [UnitMemberDraft(ids["张玥"]), UnitMemberDraft(ids["张玥"])],
            "members.member_id",
            "member.duplicate",
        ),
        (
            [UnitMemberDraft(ids["张玥"], joined_on=DAY, left_on=DAY - dt.timedelta(days=1))],
            "members.left_on",
            "dates.order",
        ),
        (
            [UnitMemberDraft(ids["张玥"], joined_on=TODAY.replace(day=27))],
            "members.joined_on",
            "date.future",
        ),
    ]
    for drafts, field, rule in bad_people:
        with pytest.raises(ValidationError) as caught, database.unit_of_work() as session:
            save_unit_members(session, UnitKind.TEAM, team, drafts, today=TODAY)
        assert (caught.value.field, caught.value.rule) == (field, rule)
    # A former member may come back: one current row per person.
    with database.unit_of_work() as session:
        save_unit_members(
            session,
            UnitKind.TEAM,
            team,
            [
                UnitMemberDraft(ids["张玥"], joined_on=dt.date(2025, 1, 1), left_on=DAY),
                UnitMemberDraft(ids["张玥"], joined_on=DAY),
            ],
            today=TODAY,
        )


# --- totals ---------------------------------------------------------------------------------


@pytest.fixture
def served(database: Database, ids: dict[str, int]) -> dict[str, int]:
    """Activities over two terms: a team's, a station's, and one of neither."""
    team = _unit(database, ids["branch"], "等级考试辅导服务队")
    station = _unit(database, ids["branch"], "杨善洲宿舍党员服务站", UnitKind.STATION)
    with database.unit_of_work() as session:
        record_activity(
            session,
            _draft(
                ids, ("张玥", 3, 30), ("陈思", 2, 0), team_id=team, held_on=dt.date(2026, 3, 10)
            ),
            today=TODAY,
        )
        record_activity(
            session,
            _draft(
                ids,
                ("张玥", 1, 0),
                ("艾青", 1, 20),
                station_id=station,
                title="宿舍用电安全检查",
                category="安全风险防范",
                held_on=dt.date(2026, 9, 15),
            ),
            today=TODAY,
        )
        record_activity(
            session,
            _draft(ids, ("王书记", 0, 40), title="理论宣讲进班级", category="理论宣讲"),
            today=TODAY,
        )
        record_activity(
            session,
            _draft(ids, ("张玥", 2, 0), held_on=dt.date(2025, 12, 1)),
            today=TODAY,
        )
    return {"team": team, "station": station}


def test_totals_per_member_per_year_and_per_term(
    database: Database, ids: dict[str, int], served: dict[str, int]
) -> None:
    year = Period.of_year(2026)
    with database.reading() as session:
        totals = {t.name: (t.activities, t.minutes) for t in member_totals(session, year)}
        spring = member_totals(session, Period.of_term(term_of(dt.date(2026, 3, 10))))
        autumn_2025 = member_totals(session, Period.of_term(Term(2025, 1)))
    assert totals == {"张玥": (2, 270), "陈思": (1, 120), "艾青": (1, 80), "王书记": (1, 40)}
    assert {t.name: t.minutes for t in spring} == {"张玥": 210, "陈思": 120, "王书记": 40}
    assert {t.name: t.minutes for t in autumn_2025} == {"张玥": 120}


def test_totals_per_team_category_and_month(
    database: Database, ids: dict[str, int], served: dict[str, int]
) -> None:
    year = Period.of_year(2026)
    with database.reading() as session:
        units = unit_totals(session, year, ids["branch"])
        categories = category_totals(session, year, ids["branch"])
        months = month_totals(session, 2026, ids["branch"])
        in_use = categories_in_use(session, ids["branch"])
    assert [
        (u.key, u.label, u.activities, u.participants, u.person_times, u.minutes) for u in units
    ] == [
        (f"team:{served['team']}", "等级考试辅导服务队", 1, 2, 2, 330),
        (f"station:{served['station']}", "杨善洲宿舍党员服务站", 1, 2, 2, 140),
        ("none", "", 1, 1, 1, 40),
    ]
    assert [(c.label, c.minutes) for c in categories] == [
        ("等级考试辅导", 330),
        ("安全风险防范", 140),
        ("理论宣讲", 40),
    ]
    assert len(months) == 12
    assert [(m.label, m.minutes) for m in months if m.minutes] == [
        ("3月", 330),
        ("5月", 40),
        ("9月", 140),
    ]
    assert months[2].key == "2026-03" and months[2].person_times == 2
    assert in_use == ["安全风险防范", "理论宣讲", "等级考试辅导"]


def test_each_member_against_the_branch_average(
    database: Database, ids: dict[str, int], served: dict[str, int]
) -> None:
    with database.reading() as session:
        chart = hours_against_average(session, ids["branch"], Period.of_year(2026), today=TODAY)
    names = [row.name for row in chart.rows]
    # Everyone who could serve at the year's end (today): those who served first; the
    # applicant, the person who left and the other branch's member are not in the average.
    assert names[:4] == ["张玥", "陈思", "艾青", "王书记"]
    assert set(names[4:]) == {"刘洋", "孙新"}
    assert chart.total_minutes == 510
    assert chart.average_minutes == Decimal("85.00")


def test_activity_lists_filter_in_sql(
    database: Database, ids: dict[str, int], served: dict[str, int]
) -> None:
    with database.reading() as session:
        everything = activity_rows(session, ActivityFilter())
        of_team = activity_rows(session, ActivityFilter(team_id=served["team"]))
        of_member = activity_rows(
            session, ActivityFilter(period=Period.of_year(2026), member_id=ids["张玥"])
        )
        found = activity_rows(session, ActivityFilter(text="用电"))
        lines = service_lines(session, Period.of_year(2026), member_id=ids["张玥"])
    assert len(everything) == 4 and everything[0].held_on == dt.date(2025, 12, 1)
    assert [(r.team_name, r.participants, r.minutes) for r in of_team] == [
        ("等级考试辅导服务队", 2, 330)
    ]
    assert len(of_member) == 2
    assert [r.station_name for r in found] == ["杨善洲宿舍党员服务站"]
    assert [(line.title, line.unit_name, line.minutes) for line in lines] == [
        ("英语四级备考辅导", "等级考试辅导服务队", 210),
        ("宿舍用电安全检查", "杨善洲宿舍党员服务站", 60),
    ]
