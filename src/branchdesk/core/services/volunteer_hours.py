"""Reading volunteer service: activities, who served, and the totals (in minutes, summed in SQL).

The 志愿服务 page, the printed certificate and summary, the exports and the chart read these;
rows are frozen dataclasses, never ORM objects. Totals cover a Period (core/rules/volunteer.py:
a calendar year, a term, or any days): per member, per team and station, per category, per
month, and each member against the branch average.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import ColumnElement, Select, distinct, extract, func, or_, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import Stage
from branchdesk.core.models import (
    Member,
    ServiceRequest,
    ServiceStation,
    VolunteerActivity,
    VolunteerHours,
    VolunteerTeam,
)
from branchdesk.core.rules.volunteer import Period, roll_refusal


@dataclass(frozen=True)
class ActivityFilter:
    """What the activity list filters on; None or "" means any."""

    period: Period | None = None
    branch_id: int | None = None
    team_id: int | None = None
    station_id: int | None = None
    category: str | None = None
    member_id: int | None = None  # activities this person served in
    text: str = ""  # part of the title, place or description


@dataclass(frozen=True)
class ActivityRow:
    """An activity as the list shows it, with its participants and their total time."""

    id: int
    branch_id: int
    held_on: dt.date
    title: str
    category: str
    team_id: int | None
    team_name: str
    station_id: int | None
    station_name: str
    request_id: int | None
    request_number: str
    place: str
    description: str
    participants: int
    minutes: int  # everyone's time together


@dataclass(frozen=True)
class ParticipantRow:
    member_id: int
    name: str
    minutes: int


@dataclass(frozen=True)
class ServiceLine:
    """One activity a person served in, with their own time (certificate, export)."""

    activity_id: int
    member_id: int
    held_on: dt.date
    title: str
    category: str
    description: str
    place: str
    unit_name: str  # the team, else the station, else ""
    minutes: int


@dataclass(frozen=True)
class MemberTotal:
    """One person's service in a period."""

    member_id: int
    name: str
    branch_id: int
    stage: Stage  # today's
    activities: int
    minutes: int


@dataclass(frozen=True)
class GroupTotal:
    """A team, station, category or month: activities, people, person-times and time."""

    key: str  # "team:3", "station:1", "none" (no team or station), the category, "2026-05"
    label: str
    activities: int
    participants: int  # distinct people
    person_times: int  # 人次
    minutes: int


@dataclass(frozen=True)
class AverageChart:
    """Each person of the branch against the branch average (for a bar chart)."""

    rows: tuple[MemberTotal, ...]  # by time served, most first; people with none included
    average_minutes: Decimal  # rounded half up to 0.01 minute

    @property
    def total_minutes(self) -> int:
        return sum(row.minutes for row in self.rows)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _in_period(period: Period | None) -> list[ColumnElement[bool]]:
    if period is None:
        return []
    return [VolunteerActivity.held_on.between(period.start, period.end)]


def activity_rows(session: Session, wanted: ActivityFilter) -> list[ActivityRow]:
    """The activities ``wanted`` selects, by date then id, in one statement."""
    totals = (
        select(
            VolunteerHours.activity_id.label("activity_id"),
            func.count().label("people"),
            func.sum(VolunteerHours.minutes).label("minutes"),
        )
        .group_by(VolunteerHours.activity_id)
        .subquery()
    )
    query = (
        select(
            VolunteerActivity,
            VolunteerTeam.name,
            ServiceStation.name,
            ServiceRequest.number,
            func.coalesce(totals.c.people, 0),
            func.coalesce(totals.c.minutes, 0),
        )
        .outerjoin(totals, totals.c.activity_id == VolunteerActivity.id)
        .outerjoin(VolunteerTeam, VolunteerActivity.team_id == VolunteerTeam.id)
        .outerjoin(ServiceStation, VolunteerActivity.station_id == ServiceStation.id)
        .outerjoin(ServiceRequest, VolunteerActivity.request_id == ServiceRequest.id)
        .where(*_in_period(wanted.period))
        .order_by(VolunteerActivity.held_on, VolunteerActivity.id)
    )
    equal = (
        (VolunteerActivity.branch_id, wanted.branch_id),
        (VolunteerActivity.team_id, wanted.team_id),
        (VolunteerActivity.station_id, wanted.station_id),
        (VolunteerActivity.category, wanted.category),
    )
    query = query.where(*[column == value for column, value in equal if value is not None])
    if wanted.member_id is not None:
        query = query.where(
            VolunteerActivity.id.in_(
                select(VolunteerHours.activity_id).where(
                    VolunteerHours.member_id == wanted.member_id
                )
            )
        )
    if wanted.text.strip():
        pattern = _like(wanted.text.strip())
        query = query.where(
            or_(
                VolunteerActivity.title.like(pattern, escape="\\"),
                VolunteerActivity.place.like(pattern, escape="\\"),
                VolunteerActivity.description.like(pattern, escape="\\"),
            )
        )
    return [
        ActivityRow(
            id=row.id,
            branch_id=row.branch_id,
            held_on=row.held_on,
            title=row.title,
            category=row.category,
            team_id=row.team_id,
            team_name=team or "",
            station_id=row.station_id,
            station_name=station or "",
            request_id=row.request_id,
            request_number=number or "",
            place=row.place or "",
            description=row.description or "",
            participants=people,
            minutes=minutes,
        )
        for row, team, station, number, people, minutes in session.execute(query)
    ]


def activity_participants(session: Session, activity_id: int) -> list[ParticipantRow]:
    """Who served in an activity and for how long, by name."""
    rows = session.execute(
        select(VolunteerHours.member_id, Member.name, VolunteerHours.minutes)
        .join(Member, VolunteerHours.member_id == Member.id)
        .where(VolunteerHours.activity_id == activity_id)
        .order_by(Member.name_pinyin, Member.id)
    )
    return [ParticipantRow(*row) for row in rows]


def service_lines(
    session: Session,
    period: Period | None = None,
    *,
    member_id: int | None = None,
    branch_id: int | None = None,
) -> list[ServiceLine]:
    """One line per person and activity (of one person, or everyone), by date then name."""
    unit = func.coalesce(VolunteerTeam.name, ServiceStation.name, "")
    query = (
        select(
            VolunteerActivity.id,
            VolunteerHours.member_id,
            VolunteerActivity.held_on,
            VolunteerActivity.title,
            VolunteerActivity.category,
            VolunteerActivity.description,
            VolunteerActivity.place,
            unit,
            VolunteerHours.minutes,
        )
        .join(VolunteerActivity, VolunteerHours.activity_id == VolunteerActivity.id)
        .join(Member, VolunteerHours.member_id == Member.id)
        .outerjoin(VolunteerTeam, VolunteerActivity.team_id == VolunteerTeam.id)
        .outerjoin(ServiceStation, VolunteerActivity.station_id == ServiceStation.id)
        .where(*_in_period(period))
        .order_by(VolunteerActivity.held_on, VolunteerActivity.id, Member.name_pinyin, Member.id)
    )
    if member_id is not None:
        query = query.where(VolunteerHours.member_id == member_id)
    if branch_id is not None:
        query = query.where(VolunteerActivity.branch_id == branch_id)
    return [
        ServiceLine(
            activity_id=row[0],
            member_id=row[1],
            held_on=row[2],
            title=row[3],
            category=row[4],
            description=row[5] or "",
            place=row[6] or "",
            unit_name=row[7] or "",
            minutes=row[8],
        )
        for row in session.execute(query)
    ]


def member_totals(
    session: Session,
    period: Period,
    *,
    branch_id: int | None = None,
    member_ids: list[int] | None = None,
) -> list[MemberTotal]:
    """Each person who served in ``period`` (for the activity's branch), by name."""
    query = (
        select(
            Member.id,
            Member.name,
            Member.branch_id,
            Member.stage,
            func.count(VolunteerHours.id),
            func.sum(VolunteerHours.minutes),
        )
        .join(VolunteerHours, VolunteerHours.member_id == Member.id)
        .join(VolunteerActivity, VolunteerHours.activity_id == VolunteerActivity.id)
        .where(*_in_period(period))
        .group_by(Member.id, Member.name, Member.branch_id, Member.stage, Member.name_pinyin)
        .order_by(Member.name_pinyin, Member.id)
    )
    if branch_id is not None:
        query = query.where(VolunteerActivity.branch_id == branch_id)
    if member_ids is not None:
        query = query.where(Member.id.in_(member_ids))
    return [MemberTotal(*row) for row in session.execute(query)]


def _grouped(
    session: Session, key: ColumnElement[object], period: Period, branch_id: int | None
) -> list[tuple[object, int, int, int, int]]:
    """(key, activities, distinct people, person-times, minutes) per value of ``key``."""
    query: Select[tuple[object, int, int, int, int]] = (
        select(
            key,
            func.count(distinct(VolunteerActivity.id)),
            func.count(distinct(VolunteerHours.member_id)),
            func.count(VolunteerHours.id),
            func.coalesce(func.sum(VolunteerHours.minutes), 0),
        )
        .select_from(VolunteerActivity)
        .join(VolunteerHours, VolunteerHours.activity_id == VolunteerActivity.id)
        .where(*_in_period(period))
        .group_by(key)
    )
    if branch_id is not None:
        query = query.where(VolunteerActivity.branch_id == branch_id)
    return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]


def unit_totals(session: Session, period: Period, branch_id: int | None = None) -> list[GroupTotal]:
    """Per team, then per station, then activities of neither (by name); only units that
    served in the period. An activity of a team at a station counts for its team."""
    teams = dict(session.execute(select(VolunteerTeam.id, VolunteerTeam.name)).all())
    stations = dict(session.execute(select(ServiceStation.id, ServiceStation.name)).all())
    by_team = _grouped(session, VolunteerActivity.team_id, period, branch_id)
    station_only = _grouped_without_team(session, period, branch_id)
    rows: list[GroupTotal] = []
    for unit_id, *counts in sorted(
        (r for r in by_team if r[0] is not None), key=lambda r: teams.get(r[0], "")
    ):
        rows.append(GroupTotal(f"team:{unit_id}", teams.get(unit_id, ""), *counts))
    for unit_id, *counts in sorted(
        (r for r in station_only if r[0] is not None), key=lambda r: stations.get(r[0], "")
    ):
        rows.append(GroupTotal(f"station:{unit_id}", stations.get(unit_id, ""), *counts))
    for unit_id, *counts in station_only:
        if unit_id is None:
            rows.append(GroupTotal("none", "", *counts))
    return rows


def _grouped_without_team(
    session: Session, period: Period, branch_id: int | None
) -> list[tuple[object, int, int, int, int]]:
    query = (
        select(
            VolunteerActivity.station_id,
            func.count(distinct(VolunteerActivity.id)),
            func.count(distinct(VolunteerHours.member_id)),
            func.count(VolunteerHours.id),
            func.coalesce(func.sum(VolunteerHours.minutes), 0),
        )
        .select_from(VolunteerActivity)
        .join(VolunteerHours, VolunteerHours.activity_id == VolunteerActivity.id)
        .where(*_in_period(period), VolunteerActivity.team_id.is_(None))
        .group_by(VolunteerActivity.station_id)
    )
    if branch_id is not None:
        query = query.where(VolunteerActivity.branch_id == branch_id)
    return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]


def category_totals(
    session: Session, period: Period, branch_id: int | None = None
) -> list[GroupTotal]:
    """Per category of service, most time first."""
    rows = _grouped(session, VolunteerActivity.category, period, branch_id)
    rows.sort(key=lambda r: (-r[4], str(r[0])))
    return [GroupTotal(str(key), str(key), *counts) for key, *counts in rows]


def month_totals(session: Session, year: int, branch_id: int | None = None) -> list[GroupTotal]:
    """Per month of ``year``, all twelve (a month without service has zeros)."""
    month = extract("month", VolunteerActivity.held_on)
    found = {
        int(key): counts  # type: ignore[call-overload]
        for key, *counts in _grouped(session, month, Period.of_year(year), branch_id)
    }
    return [
        GroupTotal(f"{year}-{number:02d}", f"{number}月", *found.get(number, (0, 0, 0, 0)))
        for number in range(1, 13)
    ]


def hours_against_average(
    session: Session, branch_id: int, period: Period, *, today: dt.date
) -> AverageChart:
    """Everyone who could serve for the branch at the period's end (or today, if earlier),
    and anyone who served in it, with their time, against the average over all of them."""
    from branchdesk.core.services.volunteer import roll_facts

    served = {row.member_id: row for row in member_totals(session, period, branch_id=branch_id)}
    as_of = min(period.end, today)
    candidates = session.execute(
        select(Member.id, Member.name, Member.stage).where(
            Member.branch_id == branch_id, Member.stage != Stage.APPLICANT
        )
    ).all()
    facts = roll_facts(session, [row.id for row in candidates])
    rows = list(served.values())
    for row in candidates:
        if row.id not in served and roll_refusal(facts[row.id], branch_id, as_of) is None:
            rows.append(MemberTotal(row.id, row.name, branch_id, row.stage, 0, 0))
    rows.sort(key=lambda r: (-r.minutes, r.name, r.member_id))
    total = sum(row.minutes for row in rows)
    average = Decimal(total) / len(rows) if rows else Decimal(0)
    return AverageChart(tuple(rows), average.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def categories_in_use(session: Session, branch_id: int | None = None) -> list[str]:
    """The categories of activities and requests, for a combo box: distinct, sorted."""
    activity = select(VolunteerActivity.category).distinct()
    request = select(ServiceRequest.category).distinct()
    if branch_id is not None:
        activity = activity.where(VolunteerActivity.branch_id == branch_id)
        request = request.where(ServiceRequest.branch_id == branch_id)
    found = set(session.scalars(activity)) | set(session.scalars(request))
    return sorted(category for category in found if category)


__all__ = [
    "ActivityFilter",
    "ActivityRow",
    "AverageChart",
    "GroupTotal",
    "MemberTotal",
    "ParticipantRow",
    "ServiceLine",
    "activity_participants",
    "activity_rows",
    "categories_in_use",
    "category_totals",
    "hours_against_average",
    "member_totals",
    "month_totals",
    "service_lines",
    "unit_totals",
]
