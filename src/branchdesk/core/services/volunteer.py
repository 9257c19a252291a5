"""Volunteer activities (志愿服务, RULES.md §6): record, correct and delete them with their hours.

The 志愿服务 page and a completed service request (volunteer_requests.complete_request) call
these; the caller owns the unit of work. Every check runs before the first write, so a
refused activity leaves nothing behind: the whole activity with all its hours is stored, or
nothing. What the time, the day total and "who may serve" allow is decided in
core/rules/volunteer.py.

Errors of a participant's row name the draft attribute and carry the 1-based ``row``, as the
minutes editor's attendance does: ``hours.member_id``, ``hours.hours``, ``hours.minutes``.
Teams and stations are in volunteer_units.py, reads and totals in volunteer_hours.py, service
requests in volunteer_requests.py, certificates in volunteer_certificates.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import EXIT_KINDS, ChangeKind, RequestStatus, StepOutcome
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import (
    Branch,
    Member,
    MembershipChange,
    PipelineStep,
    ServiceRequest,
    ServiceStation,
    VolunteerActivity,
    VolunteerHours,
    VolunteerTeam,
)
from branchdesk.core.print_data.steps import STEP_ACTIVIST
from branchdesk.core.rules.volunteer import (
    RollFacts,
    check_day_total,
    check_on_roll,
    split_minutes,
    to_minutes,
)

TITLE_MAX = 200  # volunteer_activities.title
CATEGORY_MAX = 40
PLACE_MAX = 100
DESCRIPTION_MAX = 10_000  # bounded so one activity still prints on paper


@dataclass
class HoursLine:
    """One participant's time as the form's row states it: hours and minutes boxes."""

    member_id: int | None
    hours: int | None = 0
    minutes: int | None = 0


@dataclass
class ActivityDraft:
    """An activity as the form states it, with each participant's time."""

    branch_id: int
    held_on: dt.date | None
    title: str
    category: str  # 新生成长导航, 等级考试辅导 … (free text; request categories share it)
    hours: list[HoursLine] = field(default_factory=list)
    team_id: int | None = None
    station_id: int | None = None
    place: str = ""
    description: str = ""


# validation --------------------------------------------------------------------------------


def _error(field: str, rule: str, message: str, **params: object) -> ValidationError:
    return ValidationError(field, rule, message, **params)


def _too_long(field: str, limit: int) -> ValidationError:
    return _error(
        field,
        "text.length",
        QT_TRANSLATE_NOOP("Validation", "This text is longer than {limit} characters."),
        limit=limit,
    )


def check_service_day(day: dt.date | None, today: dt.date, field: str = "held_on") -> dt.date:
    """A required date that is not in the future."""
    if day is None:
        raise _error(
            field, "date.required", QT_TRANSLATE_NOOP("Validation", "Please enter the date.")
        )
    if day > today:
        raise _error(
            field,
            "date.future",
            QT_TRANSLATE_NOOP("Validation", "The date {date} is in the future."),
            date=day.isoformat(),
        )
    return day


def validate_activity(draft: ActivityDraft, *, today: dt.date) -> list[tuple[int, int]]:
    """Check an activity without the database; trims its texts. Returns (member id, minutes)
    per participant, in the form's order. Raises ValidationError."""
    check_service_day(draft.held_on, today)
    draft.title = draft.title.strip()
    draft.category = draft.category.strip()
    draft.place = draft.place.strip()
    draft.description = draft.description.strip()
    if not draft.title:
        raise _error(
            "title",
            "title.required",
            QT_TRANSLATE_NOOP("Validation", "Please enter the name of the activity."),
        )
    if not draft.category:
        raise _error(
            "category",
            "category.required",
            QT_TRANSLATE_NOOP("Validation", "Please enter the category of the service."),
        )
    for name, limit in (
        ("title", TITLE_MAX),
        ("category", CATEGORY_MAX),
        ("place", PLACE_MAX),
        ("description", DESCRIPTION_MAX),
    ):
        if len(getattr(draft, name)) > limit:
            raise _too_long(name, limit)
    return check_lines(draft.hours)


def check_lines(lines: Sequence[HoursLine], field_name: str = "hours") -> list[tuple[int, int]]:
    """Each row names a person once and a time; at least one row."""
    if not lines:
        raise _error(
            field_name,
            "hours.required",
            QT_TRANSLATE_NOOP("Validation", "Please add at least one participant and their time."),
        )
    seen: set[int] = set()
    checked = []
    for row, line in enumerate(lines, 1):
        if line.member_id is None:
            raise _error(
                f"{field_name}.member_id",
                "member.required",
                QT_TRANSLATE_NOOP("Validation", "Row {row}: please choose a person on file."),
                row=row,
            )
        if line.member_id in seen:
            raise _error(
                f"{field_name}.member_id",
                "member.duplicate",
                QT_TRANSLATE_NOOP("Validation", "Row {row}: this person is already listed."),
                row=row,
            )
        seen.add(line.member_id)
        minutes = to_minutes(line.hours, line.minutes, row=row, field=field_name)
        checked.append((line.member_id, minutes))
    return checked


def roll_facts(session: Session, member_ids: Iterable[int]) -> dict[int, RollFacts]:
    """What the file says about each person, to judge who could serve when (three queries)."""
    ids = sorted(set(member_ids))
    activist = dict(
        session.execute(
            select(PipelineStep.member_id, func.max(PipelineStep.done_on))
            .where(
                PipelineStep.member_id.in_(ids),
                PipelineStep.step_no == STEP_ACTIVIST,
                PipelineStep.outcome == StepOutcome.DONE,
            )
            .group_by(PipelineStep.member_id)
        ).all()
    )
    changes: dict[int, list[tuple[dt.date, ChangeKind]]] = {}
    for member_id, changed_on, kind in session.execute(
        select(MembershipChange.member_id, MembershipChange.changed_on, MembershipChange.kind)
        .where(
            MembershipChange.member_id.in_(ids),
            MembershipChange.kind.in_([ChangeKind.TRANSFER_IN, *EXIT_KINDS]),
        )
        .order_by(MembershipChange.id)
    ):
        changes.setdefault(member_id, []).append((changed_on, kind))
    return {
        row.id: RollFacts(
            member_id=row.id,
            name=row.name,
            branch_id=row.branch_id,
            stage=row.stage,
            activist_on=activist.get(row.id),
            changes=tuple(changes.get(row.id, ())),
        )
        for row in session.execute(
            select(Member.id, Member.name, Member.branch_id, Member.stage).where(Member.id.in_(ids))
        )
    }


def check_participants(
    session: Session,
    branch_id: int,
    day: dt.date,
    lines: Sequence[tuple[int, int]],
    *,
    activity_id: int | None = None,
    field_name: str = "hours",
) -> None:
    """Each participant could serve for the branch that day and stays within 24 hours."""
    facts = roll_facts(session, [member_id for member_id, _ in lines])
    for row, (member_id, _minutes) in enumerate(lines, 1):
        person = facts.get(member_id)
        if person is None:
            raise _error(
                f"{field_name}.member_id",
                "member.unknown",
                QT_TRANSLATE_NOOP("Validation", "There is no member with number {id}."),
                id=member_id,
                row=row,
            )
        check_on_roll(person, branch_id, day, row=row, field=field_name)
    already = _day_minutes(session, [m for m, _ in lines], day, activity_id)
    for row, (member_id, minutes) in enumerate(lines, 1):
        check_day_total(
            facts[member_id].name,
            day,
            already.get(member_id, 0),
            minutes,
            row=row,
            field=field_name,
        )


def _day_minutes(
    session: Session, member_ids: list[int], day: dt.date, activity_id: int | None
) -> dict[int, int]:
    """Minutes each person already served on ``day`` in other activities."""
    query = (
        select(VolunteerHours.member_id, func.sum(VolunteerHours.minutes))
        .join(VolunteerActivity, VolunteerHours.activity_id == VolunteerActivity.id)
        .where(VolunteerHours.member_id.in_(member_ids), VolunteerActivity.held_on == day)
        .group_by(VolunteerHours.member_id)
    )
    if activity_id is not None:
        query = query.where(VolunteerActivity.id != activity_id)
    return {member_id: total or 0 for member_id, total in session.execute(query)}


def check_units(
    session: Session, branch_id: int, team_id: int | None, station_id: int | None
) -> None:
    """The branch exists; the team and station, when chosen, are the branch's."""
    if session.get(Branch, branch_id) is None:
        raise _error(
            "branch_id",
            "branch.unknown",
            QT_TRANSLATE_NOOP("Validation", "Please choose the branch."),
        )
    for name, model, unit_id in (
        ("team_id", VolunteerTeam, team_id),
        ("station_id", ServiceStation, station_id),
    ):
        if unit_id is None:
            continue
        owner = session.scalar(select(model.branch_id).where(model.id == unit_id))
        if owner != branch_id:
            raise _error(
                name,
                "unit.branch",
                QT_TRANSLATE_NOOP(
                    "Validation", "Please choose a service team or station of the branch."
                ),
            )


def check_activity(
    session: Session, draft: ActivityDraft, *, today: dt.date, activity_id: int | None = None
) -> list[tuple[int, int]]:
    """Every check of an activity, the database's included; returns (member id, minutes)."""
    lines = validate_activity(draft, today=today)
    check_units(session, draft.branch_id, draft.team_id, draft.station_id)
    assert draft.held_on is not None  # validated
    check_participants(session, draft.branch_id, draft.held_on, lines, activity_id=activity_id)
    return lines


# writing -----------------------------------------------------------------------------------


def _activity(session: Session, activity_id: int) -> VolunteerActivity:
    row = session.get(VolunteerActivity, activity_id)
    if row is None:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "There is no volunteer activity with number {id}."),
            id=activity_id,
        )
    return row


def _values(draft: ActivityDraft) -> dict[str, object]:
    return {
        "branch_id": draft.branch_id,
        "held_on": draft.held_on,
        "title": draft.title,
        "category": draft.category,
        "team_id": draft.team_id,
        "station_id": draft.station_id,
        "place": draft.place,
        "description": draft.description,
    }


def write_activity(
    session: Session,
    draft: ActivityDraft,
    lines: Sequence[tuple[int, int]],
    *,
    request_id: int | None = None,
) -> int:
    """Add a checked activity and its hours (see check_activity); returns its id."""
    row = VolunteerActivity(**_values(draft), request_id=request_id)
    session.add(row)
    session.flush()
    session.add_all(
        [VolunteerHours(activity_id=row.id, member_id=m, minutes=minutes) for m, minutes in lines]
    )
    session.flush()
    return row.id


def record_activity(session: Session, draft: ActivityDraft, *, today: dt.date) -> int:
    """Validate and store an activity with its participants' hours; returns its id."""
    lines = check_activity(session, draft, today=today)
    return write_activity(session, draft, lines)


def update_activity(
    session: Session, activity_id: int, draft: ActivityDraft, *, today: dt.date
) -> None:
    """Overwrite an activity and its hours: participants left out lose their row, new ones
    get one, the others keep theirs with the new time. A request's activity stays linked."""
    row = _activity(session, activity_id)
    if draft.branch_id != row.branch_id:
        raise _error(
            "branch_id",
            "branch.fixed",
            QT_TRANSLATE_NOOP(
                "Validation", "An activity stays in its branch; record it again in the other."
            ),
        )
    lines = check_activity(session, draft, today=today, activity_id=activity_id)
    for name, value in _values(draft).items():
        if getattr(row, name) != value:
            setattr(row, name, value)
    wanted = dict(lines)
    kept: set[int] = set()
    for hours in session.scalars(
        select(VolunteerHours).where(VolunteerHours.activity_id == activity_id)
    ):
        if hours.member_id in wanted:
            if hours.minutes != wanted[hours.member_id]:
                hours.minutes = wanted[hours.member_id]
            kept.add(hours.member_id)
        else:
            session.delete(hours)
    session.flush()  # deletions first: a person removed and re-added keeps the unique key
    session.add_all(
        [
            VolunteerHours(activity_id=activity_id, member_id=m, minutes=minutes)
            for m, minutes in lines
            if m not in kept
        ]
    )
    session.flush()


def delete_activity(session: Session, activity_id: int) -> None:
    """Delete an activity and its hours (the audit trail keeps them). The activity of a
    completed request is undone by reopening the request instead."""
    row = _activity(session, activity_id)
    if row.request_id is not None:
        status = session.scalar(
            select(ServiceRequest.status).where(ServiceRequest.id == row.request_id)
        )
        if status is RequestStatus.COMPLETED:
            raise _error(
                "request_id",
                "activity.request",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "This activity completed a service request; reopen the request to undo it.",
                ),
            )
    for hours in session.scalars(
        select(VolunteerHours).where(VolunteerHours.activity_id == activity_id)
    ):
        session.delete(hours)
    session.delete(row)
    session.flush()


def activity_draft(session: Session, activity_id: int) -> ActivityDraft:
    """A draft holding a stored activity and its participants (by name), for editing."""
    row = _activity(session, activity_id)
    lines = []
    for member_id, minutes in session.execute(
        select(VolunteerHours.member_id, VolunteerHours.minutes)
        .join(Member, VolunteerHours.member_id == Member.id)
        .where(VolunteerHours.activity_id == activity_id)
        .order_by(Member.name_pinyin, Member.id)
    ):
        hours, rest = split_minutes(minutes)
        lines.append(HoursLine(member_id, hours, rest))
    return ActivityDraft(
        branch_id=row.branch_id,
        held_on=row.held_on,
        title=row.title,
        category=row.category,
        hours=lines,
        team_id=row.team_id,
        station_id=row.station_id,
        place=row.place or "",
        description=row.description or "",
    )


def activity_request_id(session: Session, activity_id: int) -> int | None:
    """The service request an activity completed, if any (the page links to it)."""
    return _activity(session, activity_id).request_id


__all__ = [
    "ActivityDraft",
    "HoursLine",
    "activity_draft",
    "activity_request_id",
    "check_activity",
    "check_lines",
    "check_participants",
    "check_service_day",
    "check_units",
    "delete_activity",
    "record_activity",
    "roll_facts",
    "update_activity",
    "validate_activity",
    "write_activity",
]
