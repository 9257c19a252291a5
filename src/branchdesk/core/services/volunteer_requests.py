"""Service requests, 群众点单、支部派单、党员接单 (三单制, RULES.md §6): record, dispatch, complete.

The 志愿服务 page calls these; the caller owns the unit of work. Every check runs before the
first write, so a refused change leaves nothing partial. Numbers, the status flow, 逾期 and the
reminders are decided in core/rules/service_requests.py.

- A request names its assignees (接单的党员) when it is dispatched: people of the branch who
  could serve on the dispatch date (core/rules/volunteer.py: members and activists serve side
  by side, and their hours count the same).
- ``complete_request`` records the completion and its activity in one step: the activity is
  held on the completion date, linked to the request, and gives each assignee who served
  their hours; it passes every check of an activity (24 hours a day, who may serve).
- Reopening a completed request deletes the activity it made (the audit trail keeps it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import RequestStatus
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import (
    Branch,
    Member,
    RequestAssignee,
    ServiceRequest,
    VolunteerActivity,
    VolunteerHours,
)
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.reminders import Reminder
from branchdesk.core.rules.service_requests import (
    OPEN_STATUSES,
    RequestFacts,
    check_move,
    check_rating,
    next_number,
    reopen_target,
    request_reminders,
)
from branchdesk.core.rules.volunteer import check_on_roll
from branchdesk.core.services.volunteer import (
    ActivityDraft,
    HoursLine,
    check_activity,
    check_lines,
    check_service_day,
    roll_facts,
    write_activity,
)

NUMBER_MAX = 30  # service_requests.number
NAME_MAX = 60  # requester, contact
CATEGORY_MAX = 40
TEXT_MAX = 10_000


@dataclass
class RequestDraft:
    """A request as its form states it; an empty ``number`` takes the next automatic one."""

    branch_id: int
    requester: str  # 服务对象
    category: str
    content: str
    asked_on: dt.date | None  # 点单日期
    number: str = ""
    contact: str = ""
    dispatched_on: dt.date | None = None  # 派单日期, with the assignees
    promised_on: dt.date | None = None  # 承诺完成日期
    assignee_ids: list[int] = field(default_factory=list)


@dataclass
class RequestDispatch:
    """派单: who serves, since when, and by when the branch promises it done."""

    dispatched_on: dt.date | None
    assignee_ids: list[int]
    promised_on: dt.date | None = None


@dataclass
class RequestCompletion:
    """接单完成: the date, each assignee's time, notes and the requester's rating.

    The activity it makes takes the title ``<category>：接单服务（<number>）`` and the
    request's content as its description unless these are given.
    """

    completed_on: dt.date | None
    hours: list[HoursLine]
    notes: str = ""
    rating: int | None = None  # 1–5, or None when the requester has not rated yet
    title: str = ""
    place: str = ""
    description: str = ""
    team_id: int | None = None
    station_id: int | None = None


@dataclass(frozen=True)
class RequestFilter:
    """What the request list filters on; None or "" means any."""

    year: int | None = None  # of the day asked
    branch_id: int | None = None
    status: RequestStatus | None = None
    overdue_only: bool = False  # 逾期未完成 (derived)
    category: str | None = None
    assignee_id: int | None = None
    text: str = ""  # part of the number, requester, content or notes


@dataclass(frozen=True)
class RequestRow:
    """A request with everything its list, form and export show."""

    id: int
    branch_id: int
    branch_name: str
    number: str
    requester: str
    contact: str
    category: str
    content: str
    asked_on: dt.date
    dispatched_on: dt.date | None
    promised_on: dt.date | None
    status: RequestStatus
    is_overdue: bool
    completed_on: dt.date | None
    completion_notes: str
    rating: int | None
    assignee_ids: tuple[int, ...]
    assignees: tuple[str, ...]  # names, in the order of assignee_ids
    activity_id: int | None  # the activity that completed it
    minutes: int  # the time served in that activity


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


def _not_before(field: str, day: dt.date | None, earlier: dt.date, rule: str) -> None:
    if day is None or day >= earlier:
        return
    if rule == "date.before_asked":
        message = QT_TRANSLATE_NOOP(
            "Validation", "The date {date} is before the request was made ({earlier})."
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "Validation", "The date {date} is before the request was dispatched ({earlier})."
        )
    raise _error(field, rule, message, date=day.isoformat(), earlier=earlier.isoformat())


def _check_dispatch(
    dispatched_on: dt.date | None,
    assignee_ids: list[int],
    promised_on: dt.date | None,
    asked_on: dt.date,
    today: dt.date,
) -> list[int]:
    """A dispatch names its date and its people together; dates in order. Returns the ids
    once each, in order."""
    assignees = list(dict.fromkeys(assignee_ids))
    if dispatched_on is not None:
        check_service_day(dispatched_on, today, "dispatched_on")
        _not_before("dispatched_on", dispatched_on, asked_on, "date.before_asked")
        if not assignees:
            raise _error(
                "assignee_ids",
                "dispatch.assignees",
                QT_TRANSLATE_NOOP("Validation", "Please choose who serves the request."),
            )
    elif assignees:
        raise _error(
            "dispatched_on",
            "dispatch.date",
            QT_TRANSLATE_NOOP("Validation", "Please enter the date the request was dispatched."),
        )
    _not_before("promised_on", promised_on, dispatched_on or asked_on, "date.before_asked")
    return assignees


def validate_request(draft: RequestDraft, *, today: dt.date) -> None:
    """Check a request without the database; trims its texts. Raises ValidationError."""
    for name in ("number", "requester", "contact", "category"):
        setattr(draft, name, getattr(draft, name).strip())
    draft.content = draft.content.strip()
    asked_on = check_service_day(draft.asked_on, today, "asked_on")
    required = (
        ("requester", QT_TRANSLATE_NOOP("Validation", "Please enter who made the request.")),
        ("category", QT_TRANSLATE_NOOP("Validation", "Please enter the category of the service.")),
        ("content", QT_TRANSLATE_NOOP("Validation", "Please describe what is asked.")),
    )
    for name, message in required:
        if not getattr(draft, name):
            raise _error(name, f"{name}.required", message)
    for name, limit in (
        ("number", NUMBER_MAX),
        ("requester", NAME_MAX),
        ("contact", NAME_MAX),
        ("category", CATEGORY_MAX),
        ("content", TEXT_MAX),
    ):
        if len(getattr(draft, name)) > limit:
            raise _too_long(name, limit)
    draft.assignee_ids = _check_dispatch(
        draft.dispatched_on, draft.assignee_ids, draft.promised_on, asked_on, today
    )


def _check_branch(session: Session, branch_id: int) -> None:
    if session.get(Branch, branch_id) is None:
        raise _error(
            "branch_id",
            "branch.unknown",
            QT_TRANSLATE_NOOP("Validation", "Please choose the branch."),
        )


def _check_number(session: Session, branch_id: int, number: str, request_id: int | None) -> None:
    taken = session.scalar(
        select(ServiceRequest.id).where(
            ServiceRequest.branch_id == branch_id,
            ServiceRequest.number == number,
            ServiceRequest.id != (request_id or 0),
        )
    )
    if taken is not None:
        raise _error(
            "number",
            "number.unique",
            QT_TRANSLATE_NOOP("Validation", "The branch already has a request numbered {number}."),
            number=number,
        )


def _check_assignees(
    session: Session, branch_id: int, day: dt.date | None, assignee_ids: Sequence[int]
) -> None:
    """Each assignee could serve for the branch on the dispatch date."""
    if day is None or not assignee_ids:
        return
    facts = roll_facts(session, assignee_ids)
    for row, member_id in enumerate(assignee_ids, 1):
        person = facts.get(member_id)
        if person is None:
            raise _error(
                "assignee_ids.member_id",
                "member.unknown",
                QT_TRANSLATE_NOOP("Validation", "There is no member with number {id}."),
                id=member_id,
                row=row,
            )
        check_on_roll(person, branch_id, day, row=row, field="assignee_ids")


# writing -----------------------------------------------------------------------------------


def _request(session: Session, request_id: int) -> ServiceRequest:
    row = session.get(ServiceRequest, request_id)
    if row is None:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "There is no service request with number {id}."),
            id=request_id,
        )
    return row


def next_request_number(session: Session, branch_id: int, year: int) -> str:
    """The next automatic 编号 of a branch's requests asked in ``year`` (FW2026-004)."""
    numbers = session.scalars(
        select(ServiceRequest.number).where(
            ServiceRequest.branch_id == branch_id, ServiceRequest.number.like(f"FW{year:04d}-%")
        )
    )
    return next_number(year, numbers)


def _set(row: object, values: dict[str, object]) -> None:
    """Set only what changed, so the audit trail lists real changes."""
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


def _set_assignees(session: Session, row: ServiceRequest, assignee_ids: Sequence[int]) -> None:
    wanted = list(assignee_ids)
    for assignee in list(row.assignees):
        if assignee.member_id not in wanted:
            row.assignees.remove(assignee)
    session.flush()  # removals first: someone removed and added back keeps the unique key
    have = {assignee.member_id for assignee in row.assignees}
    row.assignees.extend(RequestAssignee(member_id=m) for m in wanted if m not in have)


def _draft_values(draft: RequestDraft) -> dict[str, object]:
    return {
        "number": draft.number,
        "requester": draft.requester,
        "contact": draft.contact,
        "category": draft.category,
        "content": draft.content,
        "asked_on": draft.asked_on,
        "dispatched_on": draft.dispatched_on,
        "promised_on": draft.promised_on,
    }


def record_request(session: Session, draft: RequestDraft, *, today: dt.date) -> int:
    """Validate and add a request (open, or dispatched when it names its assignees)."""
    validate_request(draft, today=today)
    _check_branch(session, draft.branch_id)
    assert draft.asked_on is not None  # validated
    if not draft.number:
        draft.number = next_request_number(session, draft.branch_id, draft.asked_on.year)
    _check_number(session, draft.branch_id, draft.number, None)
    _check_assignees(session, draft.branch_id, draft.dispatched_on, draft.assignee_ids)
    status = RequestStatus.DISPATCHED if draft.dispatched_on else RequestStatus.OPEN
    row = ServiceRequest(branch_id=draft.branch_id, status=status, **_draft_values(draft))
    row.assignees = [RequestAssignee(member_id=m) for m in draft.assignee_ids]
    session.add(row)
    session.flush()
    return row.id


def _served(session: Session, request_id: int) -> dict[int, str]:
    """Who has hours in the activity that completed the request: id → name."""
    rows = session.execute(
        select(VolunteerHours.member_id, Member.name)
        .join(VolunteerActivity, VolunteerHours.activity_id == VolunteerActivity.id)
        .join(Member, VolunteerHours.member_id == Member.id)
        .where(VolunteerActivity.request_id == request_id)
    )
    return dict(rows.all())


def update_request(
    session: Session, request_id: int, draft: RequestDraft, *, today: dt.date
) -> None:
    """Correct a request. An open or dispatched one follows its dispatch (dispatched when it
    names assignees, else open); a completed one keeps its dispatch, not after its completion,
    and everyone who served in it; a cancelled one stays cancelled."""
    row = _request(session, request_id)
    if draft.branch_id != row.branch_id:
        raise _error(
            "branch_id",
            "branch.fixed",
            QT_TRANSLATE_NOOP(
                "Validation", "A request stays in its branch; record it again in the other."
            ),
        )
    validate_request(draft, today=today)
    if not draft.number:
        draft.number = row.number
    _check_number(session, row.branch_id, draft.number, request_id)
    _check_assignees(session, row.branch_id, draft.dispatched_on, draft.assignee_ids)
    status = row.status
    if status is RequestStatus.COMPLETED:
        _check_completed_keeps(session, row, draft)
    elif status in OPEN_STATUSES:
        status = RequestStatus.DISPATCHED if draft.dispatched_on else RequestStatus.OPEN
    _set(row, {**_draft_values(draft), "status": status})
    _set_assignees(session, row, draft.assignee_ids)
    session.flush()


def _check_completed_keeps(session: Session, row: ServiceRequest, draft: RequestDraft) -> None:
    if draft.dispatched_on is None:
        raise _error(
            "dispatched_on",
            "dispatch.completed",
            QT_TRANSLATE_NOOP(
                "Validation", "A completed request keeps its dispatch; reopen it to change that."
            ),
        )
    if row.completed_on is not None and draft.dispatched_on > row.completed_on:
        raise _error(
            "dispatched_on",
            "date.after_completed",
            QT_TRANSLATE_NOOP(
                "Validation", "The date {date} is after the request was completed ({completed})."
            ),
            date=draft.dispatched_on.isoformat(),
            completed=row.completed_on.isoformat(),
        )
    for member_id, name in _served(session, row.id).items():
        if member_id not in draft.assignee_ids:
            raise _error(
                "assignee_ids",
                "assignee.served",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{name} served this request; keep them assigned or correct the activity first.",
                ),
                name=name,
            )


def dispatch_request(
    session: Session, request_id: int, dispatch: RequestDispatch, *, today: dt.date
) -> None:
    """派单: an open request gets its assignees, the date and the promise; it is dispatched."""
    row = _request(session, request_id)
    check_move(row.status, RequestStatus.DISPATCHED)
    if dispatch.dispatched_on is None:
        raise _error(
            "dispatched_on",
            "dispatch.date",
            QT_TRANSLATE_NOOP("Validation", "Please enter the date the request was dispatched."),
        )
    assignees = _check_dispatch(
        dispatch.dispatched_on, dispatch.assignee_ids, dispatch.promised_on, row.asked_on, today
    )
    _check_assignees(session, row.branch_id, dispatch.dispatched_on, assignees)
    _set(
        row,
        {
            "dispatched_on": dispatch.dispatched_on,
            "promised_on": dispatch.promised_on,
            "status": RequestStatus.DISPATCHED,
        },
    )
    _set_assignees(session, row, assignees)
    session.flush()


def complete_request(
    session: Session, request_id: int, completion: RequestCompletion, *, today: dt.date
) -> int:
    """接单完成: record the completion and its activity with each serving assignee's hours, in
    the caller's one transaction; returns the activity's id. Raises ValidationError (the
    activity's row errors name ``hours.*``) with nothing written."""
    row = _request(session, request_id)
    check_move(row.status, RequestStatus.COMPLETED)
    completed_on = check_service_day(completion.completed_on, today, "completed_on")
    assert row.dispatched_on is not None  # a dispatched request has its date
    _not_before("completed_on", completed_on, row.dispatched_on, "date.before_dispatched")
    rating = check_rating(completion.rating)
    notes = completion.notes.strip()
    if len(notes) > TEXT_MAX:
        raise _too_long("notes", TEXT_MAX)
    lines = check_lines(completion.hours)
    assigned = {assignee.member_id for assignee in row.assignees}
    for number, (member_id, _minutes) in enumerate(lines, 1):
        if member_id not in assigned:
            name = session.scalar(select(Member.name).where(Member.id == member_id)) or ""
            raise _error(
                "hours.member_id",
                "member.not_assigned",
                QT_TRANSLATE_NOOP("Validation", "Row {row}: {name} was not assigned this request."),
                row=number,
                name=name or str(member_id),
            )
    draft = ActivityDraft(
        branch_id=row.branch_id,
        held_on=completed_on,
        title=completion.title.strip() or f"{row.category}：接单服务（{row.number}）",
        category=row.category,
        hours=completion.hours,
        team_id=completion.team_id,
        station_id=completion.station_id,
        place=completion.place,
        description=completion.description.strip() or row.content,
    )
    checked = check_activity(session, draft, today=today)
    _set(
        row,
        {
            "status": RequestStatus.COMPLETED,
            "completed_on": completed_on,
            "completion_notes": notes,
            "rating": rating,
        },
    )
    return write_activity(session, draft, checked, request_id=row.id)


def update_completion(session: Session, request_id: int, *, notes: str, rating: int | None) -> None:
    """A completed request's notes and rating (the requester often rates days later)."""
    row = _request(session, request_id)
    if row.status is not RequestStatus.COMPLETED:
        raise _error(
            "status",
            "status.not_completed",
            QT_TRANSLATE_NOOP("Validation", "Only a completed request has a rating."),
        )
    notes = notes.strip()
    if len(notes) > TEXT_MAX:
        raise _too_long("notes", TEXT_MAX)
    _set(row, {"completion_notes": notes, "rating": check_rating(rating)})
    session.flush()


def cancel_request(session: Session, request_id: int, reason: str, *, today: dt.date) -> None:
    """取消: an open or dispatched request is cancelled with its reason (kept as its notes)."""
    row = _request(session, request_id)
    check_move(row.status, RequestStatus.CANCELLED)
    reason = reason.strip()
    if not reason:
        raise _error(
            "notes",
            "reason.required",
            QT_TRANSLATE_NOOP("Validation", "Please give the reason for cancelling."),
        )
    if len(reason) > TEXT_MAX:
        raise _too_long("notes", TEXT_MAX)
    _set(row, {"status": RequestStatus.CANCELLED, "completion_notes": reason})
    session.flush()


def reopen_request(session: Session, request_id: int) -> RequestStatus:
    """One step back: a cancelled request is open (or dispatched) again; a completed one is
    dispatched again and the activity it made is deleted. Returns the new status."""
    row = _request(session, request_id)
    target = reopen_target(row.status, dispatched=row.dispatched_on is not None)
    if row.status is RequestStatus.COMPLETED:
        for activity in session.scalars(
            select(VolunteerActivity).where(VolunteerActivity.request_id == request_id)
        ):
            for hours in session.scalars(
                select(VolunteerHours).where(VolunteerHours.activity_id == activity.id)
            ):
                session.delete(hours)
            session.delete(activity)
    _set(row, {"status": target, "completed_on": None, "rating": None, "completion_notes": ""})
    session.flush()
    return target


def delete_request(session: Session, request_id: int) -> None:
    """Delete a request (the audit trail keeps it); a completed one is reopened first."""
    row = _request(session, request_id)
    linked = session.scalar(select(func.count()).where(VolunteerActivity.request_id == request_id))
    if row.status is RequestStatus.COMPLETED or linked:
        raise _error(
            "status",
            "request.completed",
            QT_TRANSLATE_NOOP(
                "Validation", "This request is completed; reopen it before deleting it."
            ),
        )
    session.delete(row)
    session.flush()


def request_draft(session: Session, request_id: int) -> RequestDraft:
    """A draft holding a stored request, for editing."""
    row = _request(session, request_id)
    return RequestDraft(
        branch_id=row.branch_id,
        requester=row.requester,
        category=row.category,
        content=row.content,
        asked_on=row.asked_on,
        number=row.number,
        contact=row.contact or "",
        dispatched_on=row.dispatched_on,
        promised_on=row.promised_on,
        assignee_ids=[a.member_id for a in sorted(row.assignees, key=lambda a: a.id)],
    )


# reading -----------------------------------------------------------------------------------


def overdue_condition(today: dt.date) -> ColumnElement[bool]:
    """SQL: 逾期未完成 on ``today`` (see core/rules/service_requests.is_overdue)."""
    return and_(
        ServiceRequest.status.in_(OPEN_STATUSES),
        ServiceRequest.promised_on.is_not(None),
        ServiceRequest.promised_on < today,
    )


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _conditions(wanted: RequestFilter, today: dt.date) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if wanted.year is not None:
        conditions.append(
            ServiceRequest.asked_on.between(
                dt.date(wanted.year, 1, 1), dt.date(wanted.year, 12, 31)
            )
        )
    equal = (
        (ServiceRequest.branch_id, wanted.branch_id),
        (ServiceRequest.status, wanted.status),
        (ServiceRequest.category, wanted.category),
    )
    conditions += [column == value for column, value in equal if value is not None]
    if wanted.overdue_only:
        conditions.append(overdue_condition(today))
    if wanted.assignee_id is not None:
        conditions.append(
            ServiceRequest.id.in_(
                select(RequestAssignee.request_id).where(
                    RequestAssignee.member_id == wanted.assignee_id
                )
            )
        )
    if wanted.text.strip():
        pattern = _like(wanted.text.strip())
        conditions.append(
            or_(
                ServiceRequest.number.like(pattern, escape="\\"),
                ServiceRequest.requester.like(pattern, escape="\\"),
                ServiceRequest.content.like(pattern, escape="\\"),
                ServiceRequest.completion_notes.like(pattern, escape="\\"),
            )
        )
    return conditions


def request_rows(session: Session, wanted: RequestFilter, today: dt.date) -> list[RequestRow]:
    """The requests ``wanted`` selects, by day asked, branch and number (two statements)."""
    return _rows(session, _conditions(wanted, today), today)


def request_row(session: Session, request_id: int, today: dt.date) -> RequestRow:
    """One request as request_rows gives it."""
    _request(session, request_id)
    return _rows(session, [ServiceRequest.id == request_id], today)[0]


def _rows(
    session: Session, conditions: list[ColumnElement[bool]], today: dt.date
) -> list[RequestRow]:
    served = (
        select(
            VolunteerActivity.request_id.label("request_id"),
            func.min(VolunteerActivity.id).label("activity_id"),
            func.coalesce(func.sum(VolunteerHours.minutes), 0).label("minutes"),
        )
        .outerjoin(VolunteerHours, VolunteerHours.activity_id == VolunteerActivity.id)
        .where(VolunteerActivity.request_id.is_not(None))
        .group_by(VolunteerActivity.request_id)
        .subquery()
    )
    overdue = case((overdue_condition(today), True), else_=False)
    query = (
        select(
            ServiceRequest,
            Branch.name,
            overdue.label("overdue"),
            served.c.activity_id,
            func.coalesce(served.c.minutes, 0),
        )
        .join(Branch, ServiceRequest.branch_id == Branch.id)
        .outerjoin(served, served.c.request_id == ServiceRequest.id)
        .where(*conditions)
        .order_by(ServiceRequest.asked_on, Branch.position, Branch.id, ServiceRequest.number)
    )
    found = session.execute(query).all()
    names: dict[int, list[tuple[int, str]]] = {}
    ids = [request.id for request, *_ in found]
    if ids:
        for request_id, member_id, name in session.execute(
            select(RequestAssignee.request_id, RequestAssignee.member_id, Member.name)
            .join(Member, RequestAssignee.member_id == Member.id)
            .where(RequestAssignee.request_id.in_(ids))
            .order_by(RequestAssignee.id)
        ):
            names.setdefault(request_id, []).append((member_id, name))
    return [
        RequestRow(
            id=request.id,
            branch_id=request.branch_id,
            branch_name=branch_name,
            number=request.number,
            requester=request.requester,
            contact=request.contact or "",
            category=request.category,
            content=request.content,
            asked_on=request.asked_on,
            dispatched_on=request.dispatched_on,
            promised_on=request.promised_on,
            status=request.status,
            is_overdue=bool(is_overdue),
            completed_on=request.completed_on,
            completion_notes=request.completion_notes or "",
            rating=request.rating,
            assignee_ids=tuple(m for m, _ in names.get(request.id, ())),
            assignees=tuple(n for _, n in names.get(request.id, ())),
            activity_id=activity_id,
            minutes=minutes,
        )
        for request, branch_name, is_overdue, activity_id, minutes in found
    ]


def request_reminder_provider(
    session: Session, rules: LocalRules, today: dt.date
) -> Iterable[Reminder]:
    """工作台: each request whose promised date has passed while still open or dispatched."""
    query = (
        select(
            ServiceRequest.id,
            Branch.name,
            ServiceRequest.number,
            ServiceRequest.content,
            ServiceRequest.status,
            ServiceRequest.promised_on,
        )
        .join(Branch, ServiceRequest.branch_id == Branch.id)
        .where(overdue_condition(today))
        .order_by(ServiceRequest.promised_on, ServiceRequest.id)
    )
    facts = [RequestFacts(*row) for row in session.execute(query)]
    return list(request_reminders(facts, today))


__all__ = [
    "RequestCompletion",
    "RequestDispatch",
    "RequestDraft",
    "RequestFilter",
    "RequestRow",
    "cancel_request",
    "complete_request",
    "delete_request",
    "dispatch_request",
    "next_request_number",
    "overdue_condition",
    "record_request",
    "reopen_request",
    "request_draft",
    "request_reminder_provider",
    "request_row",
    "request_rows",
    "update_completion",
    "update_request",
    "validate_request",
]
