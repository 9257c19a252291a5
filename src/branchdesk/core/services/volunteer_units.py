"""Service teams (党员服务队) and stations (党员服务站): configure them and their people.

The 志愿服务 page calls these; the caller owns the unit of work. A team or station belongs to
one branch, is named uniquely in it and may be set inactive (it then leaves the choices for
new activities, its activities stay). Deleting one that has activities is refused: its
activities would lose their team, so it is set inactive instead. Its people are members or
activists of its branch with joined/left dates; a person is a current member (no left date)
at most once per team or station. A person's own teams are also edited from their file
(member_records.save_team_memberships).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import Stage, VolunteerRole
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import (
    Branch,
    Member,
    ServiceStation,
    VolunteerActivity,
    VolunteerMembership,
    VolunteerTeam,
)

NAME_MAX = 60  # volunteer_teams.name, service_stations.name
PLACE_MAX = 100
DESCRIPTION_MAX = 2_000


class UnitKind(StrEnum):
    TEAM = "team"  # 党员服务队
    STATION = "station"  # 党员服务站


_MODEL: dict[UnitKind, Any] = {UnitKind.TEAM: VolunteerTeam, UnitKind.STATION: ServiceStation}
_COLUMN = {UnitKind.TEAM: "team_id", UnitKind.STATION: "station_id"}


@dataclass(frozen=True)
class UnitDraft:
    """A team or station as its dialog states it; ``place`` is a station's (宿舍楼 …)."""

    kind: UnitKind
    branch_id: int
    name: str
    description: str = ""
    place: str = ""
    active: bool = True


@dataclass(frozen=True)
class UnitRow:
    """A team or station as the page lists it, with its current people and leaders."""

    kind: UnitKind
    id: int
    branch_id: int
    name: str
    place: str
    description: str
    active: bool
    people: int  # current: joined (or no date) and not left by ``today``
    leaders: tuple[str, ...]  # current leaders' names
    activities: int


@dataclass(frozen=True)
class UnitMemberDraft:
    """One person of a team or station; ``id`` None marks a row not yet stored."""

    member_id: int | None
    role: VolunteerRole = VolunteerRole.MEMBER
    joined_on: dt.date | None = None
    left_on: dt.date | None = None
    id: int | None = None


@dataclass(frozen=True)
class UnitMemberRow:
    """A stored person of a unit with the name to show."""

    id: int
    member_id: int
    name: str
    role: VolunteerRole
    joined_on: dt.date | None
    left_on: dt.date | None


def _error(field: str, rule: str, message: str, **params: object) -> ValidationError:
    return ValidationError(field, rule, message, **params)


def _too_long(field: str, limit: int, **params: object) -> ValidationError:
    return _error(
        field,
        "text.length",
        QT_TRANSLATE_NOOP("Validation", "This text is longer than {limit} characters."),
        limit=limit,
        **params,
    )


def _unit(session: Session, kind: UnitKind, unit_id: int) -> Any:
    row = session.get(_MODEL[kind], unit_id)
    if row is None:
        if kind is UnitKind.TEAM:
            raise BranchDeskError(
                QT_TRANSLATE_NOOP("Errors", "There is no service team with number {id}."),
                id=unit_id,
            )
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "There is no service station with number {id}."),
            id=unit_id,
        )
    return row


def validate_unit(session: Session, draft: UnitDraft, unit_id: int | None = None) -> UnitDraft:
    """Check a team or station; returns it trimmed. Raises ValidationError."""
    draft = replace(
        draft,
        name=draft.name.strip(),
        description=draft.description.strip(),
        place=draft.place.strip(),
    )
    if session.get(Branch, draft.branch_id) is None:
        raise _error(
            "branch_id",
            "branch.unknown",
            QT_TRANSLATE_NOOP("Validation", "Please choose the branch."),
        )
    if not draft.name:
        raise _error(
            "name",
            "name.required",
            QT_TRANSLATE_NOOP("Validation", "Please enter the name of the team or station."),
        )
    for field, text, limit in (
        ("name", draft.name, NAME_MAX),
        ("place", draft.place, PLACE_MAX),
        ("description", draft.description, DESCRIPTION_MAX),
    ):
        if len(text) > limit:
            raise _too_long(field, limit)
    model = _MODEL[draft.kind]
    taken = session.scalar(
        select(model.id).where(
            model.branch_id == draft.branch_id, model.name == draft.name, model.id != (unit_id or 0)
        )
    )
    if taken is not None:
        raise _error(
            "name",
            "name.unique",
            QT_TRANSLATE_NOOP(
                "Validation", "The branch already has a team or station named {name}."
            ),
            name=draft.name,
        )
    return draft


def _values(draft: UnitDraft) -> dict[str, object]:
    values: dict[str, object] = {
        "branch_id": draft.branch_id,
        "name": draft.name,
        "description": draft.description,
        "active": draft.active,
    }
    if draft.kind is UnitKind.STATION:
        values["place"] = draft.place
    return values


def record_unit(session: Session, draft: UnitDraft) -> int:
    """Validate and add a team or station; returns its id."""
    draft = validate_unit(session, draft)
    row = _MODEL[draft.kind](**_values(draft))
    session.add(row)
    session.flush()
    return row.id


def update_unit(session: Session, unit_id: int, draft: UnitDraft) -> None:
    """Rename, describe or (de)activate a team or station; its branch stays."""
    row = _unit(session, draft.kind, unit_id)
    if draft.branch_id != row.branch_id:
        raise _error(
            "branch_id",
            "branch.fixed",
            QT_TRANSLATE_NOOP(
                "Validation", "A team or station stays in its branch; create one in the other."
            ),
        )
    draft = validate_unit(session, draft, unit_id)
    for name, value in _values(draft).items():
        if getattr(row, name) != value:
            setattr(row, name, value)
    session.flush()


def delete_unit(session: Session, kind: UnitKind, unit_id: int) -> None:
    """Delete a team or station without activities (its people's rows go with it)."""
    row = _unit(session, kind, unit_id)
    column = getattr(VolunteerActivity, _COLUMN[kind])
    if session.scalar(select(func.count()).where(column == unit_id)):
        raise _error(
            "active",
            "unit.has_activities",
            QT_TRANSLATE_NOOP(
                "Validation",
                "{name} has activities on file; set it inactive instead of deleting it.",
            ),
            name=row.name,
        )
    for membership in session.scalars(
        select(VolunteerMembership).where(getattr(VolunteerMembership, _COLUMN[kind]) == unit_id)
    ):
        session.delete(membership)
    session.delete(row)
    session.flush()


def unit_rows(
    session: Session,
    today: dt.date,
    *,
    branch_id: int | None = None,
    kind: UnitKind | None = None,
    active_only: bool = False,
) -> list[UnitRow]:
    """Teams then stations, by branch and name, with current people and activity counts."""
    rows: list[UnitRow] = []
    for unit_kind in (UnitKind.TEAM, UnitKind.STATION):
        if kind is not None and kind is not unit_kind:
            continue
        rows += _rows_of(session, unit_kind, today, branch_id, active_only)
    return rows


def _current(today: dt.date) -> Any:
    return and_(
        or_(VolunteerMembership.joined_on.is_(None), VolunteerMembership.joined_on <= today),
        or_(VolunteerMembership.left_on.is_(None), VolunteerMembership.left_on > today),
    )


def _rows_of(
    session: Session, kind: UnitKind, today: dt.date, branch_id: int | None, active_only: bool
) -> list[UnitRow]:
    model = _MODEL[kind]
    link = getattr(VolunteerMembership, _COLUMN[kind])
    people = (
        select(func.count(func.distinct(VolunteerMembership.member_id)))
        .where(link == model.id, _current(today))
        .scalar_subquery()
    )
    activities = (
        select(func.count())
        .where(getattr(VolunteerActivity, _COLUMN[kind]) == model.id)
        .scalar_subquery()
    )
    query = (
        select(model, people, activities)
        .join(Branch, model.branch_id == Branch.id)
        .order_by(Branch.position, Branch.id, model.name)
    )
    if branch_id is not None:
        query = query.where(model.branch_id == branch_id)
    if active_only:
        query = query.where(model.active.is_(True))
    units = session.execute(query).all()
    leaders: dict[int, list[str]] = {}
    ids = [unit.id for unit, _, _ in units]
    if ids:
        for unit_id, name in session.execute(
            select(link, Member.name)
            .join(Member, VolunteerMembership.member_id == Member.id)
            .where(link.in_(ids), VolunteerMembership.role == VolunteerRole.LEADER, _current(today))
            .order_by(Member.name_pinyin, Member.id)
        ):
            leaders.setdefault(unit_id, []).append(name)
    return [
        UnitRow(
            kind=kind,
            id=unit.id,
            branch_id=unit.branch_id,
            name=unit.name,
            place=getattr(unit, "place", "") or "",
            description=unit.description or "",
            active=unit.active,
            people=count or 0,
            leaders=tuple(leaders.get(unit.id, ())),
            activities=activity_count or 0,
        )
        for unit, count, activity_count in units
    ]


def unit_members(session: Session, kind: UnitKind, unit_id: int) -> list[UnitMemberRow]:
    """A team's or station's people, current and former, leaders first, by joining date."""
    _unit(session, kind, unit_id)
    link = getattr(VolunteerMembership, _COLUMN[kind])
    rows = session.execute(
        select(VolunteerMembership, Member.name)
        .join(Member, VolunteerMembership.member_id == Member.id)
        .where(link == unit_id)
        .order_by(
            VolunteerMembership.role != VolunteerRole.LEADER,
            VolunteerMembership.joined_on,
            Member.name_pinyin,
            VolunteerMembership.id,
        )
    )
    return [
        UnitMemberRow(row.id, row.member_id, name, row.role, row.joined_on, row.left_on)
        for row, name in rows
    ]


def _check_people(
    session: Session, branch_id: int, drafts: Sequence[UnitMemberDraft], today: dt.date
) -> None:
    ids = [draft.member_id for draft in drafts if draft.member_id is not None]
    people = {
        row.id: row
        for row in session.execute(
            select(Member.id, Member.name, Member.branch_id, Member.stage).where(Member.id.in_(ids))
        )
    }
    current: set[int] = set()
    for row, draft in enumerate(drafts, 1):
        person = people.get(draft.member_id or 0)
        if person is None:
            raise _error(
                "members.member_id",
                "member.required",
                QT_TRANSLATE_NOOP("Validation", "Row {row}: please choose a person on file."),
                row=row,
            )
        if person.branch_id != branch_id or person.stage is Stage.APPLICANT:
            raise _error(
                "members.member_id",
                "member.branch",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Row {row}: {name} is not a member or activist of the branch.",
                ),
                row=row,
                name=person.name,
            )
        for field, day in (
            ("members.joined_on", draft.joined_on),
            ("members.left_on", draft.left_on),
        ):
            if day is not None and day > today:
                raise _error(
                    field,
                    "date.future",
                    QT_TRANSLATE_NOOP("Validation", "Row {row}: the date {date} is in the future."),
                    row=row,
                    date=day.isoformat(),
                )
        if draft.joined_on and draft.left_on and draft.left_on < draft.joined_on:
            raise _error(
                "members.left_on",
                "dates.order",
                QT_TRANSLATE_NOOP(
                    "Validation", "The end date {end} is before the start date {start}."
                ),
                row=row,
                end=draft.left_on.isoformat(),
                start=draft.joined_on.isoformat(),
            )
        if draft.left_on is None:
            if person.id in current:
                raise _error(
                    "members.member_id",
                    "member.duplicate",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Row {row}: {name} is listed twice as a current member."
                    ),
                    row=row,
                    name=person.name,
                )
            current.add(person.id)


def save_unit_members(
    session: Session,
    kind: UnitKind,
    unit_id: int,
    drafts: Sequence[UnitMemberDraft],
    *,
    today: dt.date,
) -> None:
    """Make a team's or station's people match ``drafts`` (add, update, delete); all or none."""
    unit = _unit(session, kind, unit_id)
    _check_people(session, unit.branch_id, drafts, today)
    link = getattr(VolunteerMembership, _COLUMN[kind])
    existing = {
        row.id: row for row in session.scalars(select(VolunteerMembership).where(link == unit_id))
    }
    kept = {draft.id for draft in drafts if draft.id is not None}
    unknown = kept - existing.keys()
    if unknown:  # a programming error: the dialog only stages loaded rows
        raise ValueError(f"volunteer_memberships {sorted(unknown)} are not of {kind} {unit_id}")
    for row_id, row in existing.items():
        if row_id not in kept:
            session.delete(row)
    for draft in drafts:
        values = {
            "member_id": draft.member_id,
            "role": draft.role,
            "joined_on": draft.joined_on,
            "left_on": draft.left_on,
        }
        if draft.id is None:
            session.add(VolunteerMembership(**values, **{_COLUMN[kind]: unit_id}))
            continue
        row = existing[draft.id]
        for name, value in values.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
    session.flush()


def unit_choices(
    session: Session, branch_id: int, kind: UnitKind, *, also: int | None = None
) -> list[tuple[int, str]]:
    """(id, name) of the branch's active teams or stations, and ``also`` (a stored choice)."""
    model = _MODEL[kind]
    query = (
        select(model.id, model.name)
        .where(model.branch_id == branch_id, or_(model.active.is_(True), model.id == (also or 0)))
        .order_by(model.name)
    )
    return [(row.id, row.name) for row in session.execute(query)]


__all__ = [
    "UnitDraft",
    "UnitKind",
    "UnitMemberDraft",
    "UnitMemberRow",
    "UnitRow",
    "delete_unit",
    "record_unit",
    "save_unit_members",
    "unit_choices",
    "unit_members",
    "unit_rows",
    "update_unit",
    "validate_unit",
]
