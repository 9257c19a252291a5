"""Service requests (三单制): numbers, dispatch, completion with its activity, reminders."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from branchdesk.core.db import Database
from branchdesk.core.enums import RequestStatus
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.models import ServiceRequest, VolunteerActivity, VolunteerHours
from branchdesk.core.rules.reminders import Severity
from branchdesk.core.services.reminders import collect_reminders
from branchdesk.core.services.volunteer import (
    ActivityDraft,
    HoursLine,
    delete_activity,
    record_activity,
)
from branchdesk.core.services.volunteer_hours import activity_participants
from branchdesk.core.services.volunteer_requests import (
    RequestCompletion,
    RequestDispatch,
    RequestDraft,
    RequestFilter,
    cancel_request,
    complete_request,
    delete_request,
    dispatch_request,
    next_request_number,
    record_request,
    reopen_request,
    request_draft,
    request_row,
    request_rows,
    update_completion,
    update_request,
)

from .volunteer_fixtures import DAY, TODAY, make_branch


@pytest.fixture
def ids(database: Database) -> dict[str, int]:
    return make_branch(database)


def _draft(ids: dict[str, int], **changes: object) -> RequestDraft:
    draft = RequestDraft(
        branch_id=ids["branch"],
        requester=" 林晓（2025级学前教育3班） ",
        category="等级考试辅导",
        content="四级听力一直拿不到分，希望有人帮忙辅导",
        asked_on=DAY,
        contact="13800001111",
    )
    for name, value in changes.items():
        setattr(draft, name, value)
    return draft


def _record(database: Database, draft: RequestDraft) -> int:
    with database.unit_of_work("clerk") as session:
        return record_request(session, draft, today=TODAY)


def _dispatched(database: Database, ids: dict[str, int], *names: str) -> int:
    return _record(
        database,
        _draft(
            ids,
            dispatched_on=DAY + dt.timedelta(days=1),
            assignee_ids=[ids[name] for name in names],
            promised_on=DAY + dt.timedelta(days=10),
        ),
    )


def _row(database: Database, request_id: int, today: dt.date = TODAY):  # type: ignore[no-untyped-def]
    with database.reading() as session:
        return request_row(session, request_id, today)


def _refused(database: Database, action) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught, database.unit_of_work() as session:
        action(session)
    return caught.value


def _counts(database: Database) -> tuple[int, int]:
    with database.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(VolunteerActivity)) or 0,
            session.scalar(select(func.count()).select_from(VolunteerHours)) or 0,
        )


def test_requests_are_numbered_per_branch_and_year_and_a_typed_number_is_kept(
    database: Database, ids: dict[str, int]
) -> None:
    first = _record(database, _draft(ids))
    second = _record(database, _draft(ids, number="自编-7"))
    third = _record(database, _draft(ids))
    last_year = _record(database, _draft(ids, asked_on=dt.date(2025, 11, 1)))
    other = _record(database, _draft(ids, branch_id=ids["other"]))
    numbers = [_row(database, r).number for r in (first, second, third, last_year, other)]
    assert numbers == ["FW2026-001", "自编-7", "FW2026-002", "FW2025-001", "FW2026-001"]
    assert _row(database, first).requester == "林晓（2025级学前教育3班）"
    assert _row(database, first).status is RequestStatus.OPEN
    error = _refused(
        database, lambda s: record_request(s, _draft(ids, number="自编-7"), today=TODAY)
    )
    assert (error.field, error.rule) == ("number", "number.unique")
    with database.reading() as session:
        assert next_request_number(session, ids["branch"], 2026) == "FW2026-003"


def test_request_fields_are_checked(database: Database, ids: dict[str, int]) -> None:
    later = DAY + dt.timedelta(days=2)
    cases = [
        (_draft(ids, requester=" "), "requester", "requester.required"),
        (_draft(ids, category=""), "category", "category.required"),
        (_draft(ids, content=""), "content", "content.required"),
        (_draft(ids, asked_on=None), "asked_on", "date.required"),
        (_draft(ids, asked_on=TODAY + dt.timedelta(days=1)), "asked_on", "date.future"),
        (_draft(ids, contact="1" * 61), "contact", "text.length"),
        (_draft(ids, assignee_ids=[ids["张玥"]]), "dispatched_on", "dispatch.date"),
        (_draft(ids, dispatched_on=later), "assignee_ids", "dispatch.assignees"),
        (
            _draft(ids, dispatched_on=DAY - dt.timedelta(days=1), assignee_ids=[ids["张玥"]]),
            "dispatched_on",
            "date.before_asked",
        ),
        (
            _draft(ids, dispatched_on=later, assignee_ids=[ids["张玥"]], promised_on=DAY),
            "promised_on",
            "date.before_asked",
        ),
        (
            _draft(ids, dispatched_on=later, assignee_ids=[ids["张玥"], ids["赵六"]]),
            "assignee_ids.member_id",
            "member.stage",
        ),
        (
            _draft(ids, dispatched_on=later, assignee_ids=[ids["钱多"]]),
            "assignee_ids.member_id",
            "member.branch",
        ),
        (_draft(ids, branch_id=9999), "branch_id", "branch.unknown"),
    ]
    for draft, field, rule in cases:
        error = _refused(database, lambda s, d=draft: record_request(s, d, today=TODAY))
        assert (error.field, error.rule) == (field, rule)
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(ServiceRequest)) == 0


def test_a_request_is_dispatched_completed_with_its_activity_and_rated_later(
    database: Database, ids: dict[str, int]
) -> None:
    request_id = _record(database, _draft(ids))
    with database.unit_of_work() as session:
        dispatch_request(
            session,
            request_id,
            RequestDispatch(
                DAY + dt.timedelta(days=1), [ids["张玥"], ids["陈思"]], DAY.replace(day=14)
            ),
            today=TODAY,
        )
    row = _row(database, request_id)
    assert row.status is RequestStatus.DISPATCHED and row.assignees == ("张玥", "陈思")

    completion = RequestCompletion(
        completed_on=DAY.replace(day=12),
        hours=[HoursLine(ids["张玥"], 1, 30), HoursLine(ids["陈思"], 1, 0)],
        notes="已按约完成，服务对象表示满意。",
    )
    with database.unit_of_work() as session:
        activity_id = complete_request(session, request_id, completion, today=TODAY)
    row = _row(database, request_id)
    assert (row.status, row.completed_on, row.rating) == (
        RequestStatus.COMPLETED,
        DAY.replace(day=12),
        None,
    )
    assert (row.activity_id, row.minutes) == (activity_id, 150)
    with database.reading() as session:
        activity = session.get(VolunteerActivity, activity_id)
        assert activity is not None and activity.request_id == request_id
        assert activity.title == f"等级考试辅导：接单服务（{row.number}）"
        assert activity.description == row.content and activity.held_on == DAY.replace(day=12)
        assert {(p.name, p.minutes) for p in activity_participants(session, activity_id)} == {
            ("张玥", 90),
            ("陈思", 60),
        }
    with database.unit_of_work() as session:
        update_completion(session, request_id, notes="服务对象很满意。", rating=5)
    assert _row(database, request_id).rating == 5
    # The completed request is not deleted, nor its activity: reopen first.
    error = _refused(database, lambda s: delete_request(s, request_id))
    assert error.rule == "request.completed"
    error = _refused(database, lambda s: delete_activity(s, activity_id))
    assert error.rule == "activity.request"


def test_a_bad_completion_saves_nothing(database: Database, ids: dict[str, int]) -> None:
    request_id = _dispatched(database, ids, "张玥", "陈思")
    with database.unit_of_work() as session:
        record_activity(
            session,
            ActivityDraft(
                ids["branch"],
                DAY.replace(day=12),
                "宿舍值班",
                "生活帮扶",
                [HoursLine(ids["陈思"], 12, 0)],
            ),
            today=TODAY,
        )
        record_activity(
            session,
            ActivityDraft(
                ids["branch"],
                DAY.replace(day=12),
                "夜间帮扶",
                "生活帮扶",
                [HoursLine(ids["陈思"], 11, 0)],
            ),
            today=TODAY,
        )

    def complete(**changes: object):  # type: ignore[no-untyped-def]
        values: dict[str, object] = {
            "completed_on": DAY.replace(day=12),
            "hours": [HoursLine(ids["张玥"], 1, 0)],
        }
        values.update(changes)
        completion = RequestCompletion(**values)  # type: ignore[arg-type]
        return lambda s: complete_request(s, request_id, completion, today=TODAY)

    cases = [
        (complete(completed_on=None), "completed_on", "date.required"),
        (complete(completed_on=DAY), "completed_on", "date.before_dispatched"),
        (complete(completed_on=TODAY + dt.timedelta(days=1)), "completed_on", "date.future"),
        (complete(rating=6), "rating", "rating.range"),
        (complete(hours=[]), "hours", "hours.required"),
        (complete(hours=[HoursLine(ids["艾青"], 1, 0)]), "hours.member_id", "member.not_assigned"),
        (complete(hours=[HoursLine(ids["张玥"], 0, 75)]), "hours.minutes", "time.minutes"),
        (
            complete(hours=[HoursLine(ids["张玥"], 1, 0), HoursLine(ids["陈思"], 1, 1)]),
            "hours.hours",
            "time.day_total",
        ),
    ]
    for action, field, rule in cases:
        error = _refused(database, action)
        assert (error.field, error.rule) == (field, rule)
    assert _counts(database) == (2, 2)
    row = _row(database, request_id)
    assert row.status is RequestStatus.DISPATCHED and row.completed_on is None
    # An open request is dispatched before it is completed.
    open_id = _record(database, _draft(ids))
    error = _refused(
        database,
        lambda s: complete_request(
            s, open_id, RequestCompletion(DAY, [HoursLine(ids["张玥"], 1, 0)]), today=TODAY
        ),
    )
    assert (error.field, error.rule) == ("status", "status.move")


def test_reopening_a_completed_request_undoes_its_activity(
    database: Database, ids: dict[str, int]
) -> None:
    request_id = _dispatched(database, ids, "张玥")
    with database.unit_of_work() as session:
        complete_request(
            session,
            request_id,
            RequestCompletion(DAY.replace(day=9), [HoursLine(ids["张玥"], 2, 0)], rating=4),
            today=TODAY,
        )
    with database.unit_of_work() as session:
        assert reopen_request(session, request_id) is RequestStatus.DISPATCHED
    row = _row(database, request_id)
    assert (row.status, row.completed_on, row.rating, row.activity_id) == (
        RequestStatus.DISPATCHED,
        None,
        None,
        None,
    )
    assert _counts(database) == (0, 0)
    with database.unit_of_work() as session:
        delete_request(session, request_id)
        assert session.get(ServiceRequest, request_id) is None


def test_cancel_and_reopen(database: Database, ids: dict[str, int]) -> None:
    open_id = _record(database, _draft(ids))
    dispatched_id = _dispatched(database, ids, "张玥")
    error = _refused(database, lambda s: cancel_request(s, open_id, "  ", today=TODAY))
    assert (error.field, error.rule) == ("notes", "reason.required")
    with database.unit_of_work() as session:
        cancel_request(session, open_id, "服务对象已自行解决", today=TODAY)
        cancel_request(session, dispatched_id, "时间冲突", today=TODAY)
    assert _row(database, open_id).status is RequestStatus.CANCELLED
    assert _row(database, open_id).completion_notes == "服务对象已自行解决"
    error = _refused(database, lambda s: cancel_request(s, open_id, "再次", today=TODAY))
    assert error.rule == "status.move"
    with database.unit_of_work() as session:
        assert reopen_request(session, open_id) is RequestStatus.OPEN
        assert reopen_request(session, dispatched_id) is RequestStatus.DISPATCHED
    error = _refused(database, lambda s: reopen_request(s, open_id))
    assert error.rule == "status.reopen"
    with (
        pytest.raises(BranchDeskError, match="no service request with number 999"),
        database.unit_of_work() as session,
    ):
        reopen_request(session, 999)


def test_editing_follows_the_status(database: Database, ids: dict[str, int]) -> None:
    request_id = _record(database, _draft(ids))
    with database.unit_of_work() as session:
        draft = request_draft(session, request_id)
        draft.dispatched_on, draft.assignee_ids = DAY, [ids["艾青"], ids["张玥"]]
        update_request(session, request_id, draft, today=TODAY)
    row = _row(database, request_id)
    assert row.status is RequestStatus.DISPATCHED and row.assignees == ("艾青", "张玥")
    with database.unit_of_work() as session:
        draft = request_draft(session, request_id)
        draft.dispatched_on, draft.assignee_ids = None, []
        update_request(session, request_id, draft, today=TODAY)
    assert _row(database, request_id).status is RequestStatus.OPEN
    # A completed request keeps its dispatch and everyone who served.
    done = _dispatched(database, ids, "张玥", "陈思")
    with database.unit_of_work() as session:
        complete_request(
            session,
            done,
            RequestCompletion(DAY.replace(day=10), [HoursLine(ids["张玥"], 1, 0)]),
            today=TODAY,
        )
    with database.reading() as session:
        draft = request_draft(session, done)
    draft.assignee_ids = [ids["陈思"]]
    error = _refused(database, lambda s: update_request(s, done, draft, today=TODAY))
    assert (error.field, error.rule, error.params["name"]) == (
        "assignee_ids",
        "assignee.served",
        "张玥",
    )
    draft.assignee_ids = [ids["张玥"]]
    draft.dispatched_on = DAY.replace(day=11)
    error = _refused(database, lambda s: update_request(s, done, draft, today=TODAY))
    assert error.rule == "date.after_completed"
    draft.dispatched_on, draft.number, draft.contact = DAY, "FW2026-100", ""
    with database.unit_of_work() as session:
        update_request(session, done, draft, today=TODAY)
    row = _row(database, done)
    assert (row.status, row.number, row.assignees) == (
        RequestStatus.COMPLETED,
        "FW2026-100",
        ("张玥",),
    )


def test_overdue_promises_are_listed_and_reminded(database: Database, ids: dict[str, int]) -> None:
    late = _dispatched(database, ids, "张玥")  # promised DAY + 10
    _record(database, _draft(ids))  # no promise
    promised = DAY + dt.timedelta(days=10)
    with database.reading() as session:
        on_the_day = request_rows(session, RequestFilter(overdue_only=True), promised)
        after = request_rows(session, RequestFilter(overdue_only=True), TODAY)
        mine = request_rows(session, RequestFilter(assignee_id=ids["张玥"], year=2026), TODAY)
        found = request_rows(session, RequestFilter(text="听力", status=RequestStatus.OPEN), TODAY)
        reminders = [r for r in collect_reminders(session, TODAY) if r.family == "volunteer"]
    assert on_the_day == []
    assert [r.id for r in after] == [late] and after[0].is_overdue
    assert [r.id for r in mine] == [late]
    assert len(found) == 1 and found[0].id != late
    (reminder,) = reminders
    assert reminder.severity is Severity.OVERDUE
    assert reminder.subject == f"service_request:{late}" and reminder.due_on == promised
    with database.unit_of_work() as session:
        complete_request(
            session, late, RequestCompletion(TODAY, [HoursLine(ids["张玥"], 1, 0)]), today=TODAY
        )
        assert [r for r in collect_reminders(session, TODAY) if r.family == "volunteer"] == []
