"""What the 志愿服务 page reads: a branch's year of volunteer service, in one session off the
GUI thread (LatestLoad), and the people who may serve, for the dialogs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from branchdesk.core.db import Database
from branchdesk.core.enums import RequestStatus, Stage
from branchdesk.core.member_list import MemberFilter, member_ids, member_rows
from branchdesk.core.pinyin import compact, pinyin_keys
from branchdesk.core.rules.service_requests import OPEN_STATUSES
from branchdesk.core.rules.volunteer import Period
from branchdesk.core.services.settings import list_branches
from branchdesk.core.services.volunteer_hours import (
    ActivityFilter,
    ActivityRow,
    AverageChart,
    GroupTotal,
    MemberTotal,
    activity_rows,
    categories_in_use,
    hours_against_average,
    member_totals,
    month_totals,
    unit_totals,
)
from branchdesk.core.services.volunteer_requests import RequestFilter, RequestRow, request_rows
from branchdesk.core.services.volunteer_units import UnitKind, UnitRow, unit_rows
from branchdesk.ui.volunteer.labels import USUAL_CATEGORIES, periods_of

OVERDUE = "overdue"  # the status filter's key for 逾期未完成 (derived, not a stored status)
SERVING_STAGES = frozenset(stage for stage in Stage if stage is not Stage.APPLICANT)


@dataclass(frozen=True)
class VolunteerQuery:
    """What the page asks for: a branch's year, the lists' filters, the statistics' period."""

    year: int
    branch_id: int | None = None
    category: str | None = None  # activities
    unit: str | None = None  # activities: "team:<id>" or "station:<id>"
    text: str = ""  # activities: title, place or description
    request_status: str | None = None  # a RequestStatus value, or OVERDUE
    request_text: str = ""
    period: int = 0  # index into labels.periods_of(year): the year, then its terms

    def activities_filtered(self) -> bool:
        return (self.category, self.unit, self.text) != (None, None, "")

    def requests_filtered(self) -> bool:
        return (self.request_status, self.request_text) != (None, "")

    def activity_filter(self, branch_id: int) -> ActivityFilter:
        kind, _, unit_id = (self.unit or "").partition(":")
        return ActivityFilter(
            period=Period.of_year(self.year),
            branch_id=branch_id,
            team_id=int(unit_id) if kind == UnitKind.TEAM else None,
            station_id=int(unit_id) if kind == UnitKind.STATION else None,
            category=self.category,
            text=self.text,
        )

    def request_filter(self, branch_id: int) -> RequestFilter:
        status = self.request_status if self.request_status not in (None, OVERDUE) else None
        return RequestFilter(
            year=self.year,
            branch_id=branch_id,
            status=RequestStatus(status) if status else None,
            overdue_only=self.request_status == OVERDUE,
            text=self.request_text,
        )


@dataclass(frozen=True)
class Cards:
    """The summary cards: the year's service, and the branch's requests still open."""

    minutes: int = 0
    activities: int = 0
    people: int = 0
    open_requests: int = 0
    overdue_requests: int = 0


@dataclass(frozen=True)
class VolunteerData:
    """What the page shows, read in one session; ``query`` as applied (a category or unit
    the branch does not have is dropped)."""

    query: VolunteerQuery
    branches: tuple[tuple[int, str], ...] = ()
    branch_id: int | None = None
    cards: Cards = Cards()
    activities: list[ActivityRow] = field(default_factory=list)
    activity_total: int = 0  # the year's, unfiltered
    categories: list[str] = field(default_factory=list)  # in use by the branch
    units: list[UnitRow] = field(default_factory=list)  # teams then stations, inactive too
    requests: list[RequestRow] = field(default_factory=list)
    request_total: int = 0  # asked in the year, unfiltered
    period: Period | None = None
    member_totals: list[MemberTotal] = field(default_factory=list)
    unit_totals: list[GroupTotal] = field(default_factory=list)
    month_totals: list[GroupTotal] = field(default_factory=list)
    average: AverageChart | None = None

    @property
    def branch_name(self) -> str:
        return dict(self.branches).get(self.branch_id or 0, "")


def load_volunteer(database: Database, query: VolunteerQuery, today: dt.date) -> VolunteerData:
    """The branch's year of volunteer service as the page shows it (runs on the worker)."""
    with database.reading() as session:
        branches = tuple((b.id, b.name) for b in list_branches(session) if b.id is not None)
        ids = [branch_id for branch_id, _name in branches]
        branch_id = query.branch_id if query.branch_id in ids else (ids[0] if ids else None)
        if branch_id is None:
            return VolunteerData(query, branches)
        units = unit_rows(session, today, branch_id=branch_id)
        categories = categories_in_use(session, branch_id)
        if query.unit not in {f"{unit.kind}:{unit.id}" for unit in units}:
            query = replace(query, unit=None)
        if query.category not in categories:
            query = replace(query, category=None)
        periods = periods_of(query.year)
        if not 0 <= query.period < len(periods):
            query = replace(query, period=0)
        period = periods[query.period]
        year_rows = activity_rows(session, VolunteerQuery(query.year).activity_filter(branch_id))
        activities = (
            activity_rows(session, query.activity_filter(branch_id))
            if query.activities_filtered()
            else year_rows
        )
        all_requests = request_rows(session, RequestFilter(branch_id=branch_id), today)
        requests = request_rows(session, query.request_filter(branch_id), today)
        year_people = member_totals(session, Period.of_year(query.year), branch_id=branch_id)
        cards = Cards(
            minutes=sum(row.minutes for row in year_rows),
            activities=len(year_rows),
            people=len(year_people),
            open_requests=sum(row.status in OPEN_STATUSES for row in all_requests),
            overdue_requests=sum(row.is_overdue for row in all_requests),
        )
        return VolunteerData(
            query=query,
            branches=branches,
            branch_id=branch_id,
            cards=cards,
            activities=activities,
            activity_total=len(year_rows),
            categories=categories,
            units=units,
            requests=requests,
            request_total=sum(row.asked_on.year == query.year for row in all_requests),
            period=period,
            member_totals=member_totals(session, period, branch_id=branch_id),
            unit_totals=unit_totals(session, period, branch_id),
            month_totals=month_totals(session, query.year, branch_id),
            average=hours_against_average(session, branch_id, period, today=today),
        )


# --- for the dialogs ------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """Someone a dialog offers: a member or activist of the branch, with search keys."""

    id: int
    name: str
    stage: Stage
    keys: str  # "张三 zhangsan zs": what the search box matches

    def matches(self, text: str) -> bool:
        needle = text.strip().lower()
        return not needle or needle in self.keys


def _person(member_id: int, name: str, stage: Stage) -> Person:
    full, initials = pinyin_keys(name)
    return Person(member_id, name, stage, " ".join((name, compact(full), initials)).lower())


def serving_people(database: Database, branch_id: int, *, also: Sequence[int] = ()) -> list[Person]:
    """The branch's members and activists on its roll now, by pinyin, and the people ``also``
    names (a stored participant who has left since stays listed)."""
    with database.reading() as session:
        wanted = MemberFilter(branch_id=branch_id, stages=SERVING_STAGES, exited=False)
        ids = member_ids(session, wanted)
        extra = [member_id for member_id in also if member_id not in set(ids)]
        rows = member_rows(session, ids + extra)
    return [_person(rows[i].id, rows[i].name, rows[i].stage) for i in ids + extra if i in rows]


def category_choices(in_use: list[str]) -> list[str]:
    """The usual categories first, then the others the branch has used."""
    return list(USUAL_CATEGORIES) + [c for c in in_use if c not in USUAL_CATEGORIES]
