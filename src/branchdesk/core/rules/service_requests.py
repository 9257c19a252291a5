"""Service requests, 群众点单、支部派单、党员接单 (三单制, RULES.md §6): numbers, status, reminders.

Pure functions of values and ``today``. Decisions this module encodes:

- 编号: ``FW<year>-<3-digit sequence>`` (FW2026-001), counted per branch and per year of the
  day asked (点单日期), from 1 after the largest number of that pattern the branch has in that
  year; a clerk may type any other number, which must be unique in the branch.
- Status flow: 待派单 (open) → 已派单 (dispatched: a date and at least one assignee) → 已完成
  (completed, with the activity and its hours); an open or dispatched request may be 已取消
  (cancelled, with a reason). One step back is a *reopen*: cancelled → open or dispatched (as
  its dispatch says), completed → dispatched (the completion and its hours are undone).
- An overdue promise (逾期未完成) is derived, never stored: still open or dispatched, with a
  promised date before today (a promise of today is not overdue yet).
- The requester's rating is a whole number 1–5, given with the completion or later.

Reminders have family ``volunteer`` and subject ``service_request:<id>``, so 工作台 can open
the request.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from branchdesk.core.enums import RequestStatus
from branchdesk.core.errors import ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.reminders import Reminder, Severity

FAMILY = "volunteer"
SUBJECT_PREFIX = "service_request:"
NUMBER_PREFIX = "FW"
SNIPPET = 16  # characters of the content a reminder quotes
OPEN_STATUSES = (RequestStatus.OPEN, RequestStatus.DISPATCHED)  # can become overdue
_NUMBER = re.compile(r"FW([0-9]{4})-([0-9]{3,})", re.ASCII)

# The forward moves; reopen_target gives the one step back.
FORWARD: dict[RequestStatus, frozenset[RequestStatus]] = {
    RequestStatus.OPEN: frozenset({RequestStatus.DISPATCHED, RequestStatus.CANCELLED}),
    RequestStatus.DISPATCHED: frozenset({RequestStatus.COMPLETED, RequestStatus.CANCELLED}),
    RequestStatus.COMPLETED: frozenset(),
    RequestStatus.CANCELLED: frozenset(),
}

RULE = QT_TRANSLATE_NOOP(
    "Reminders",
    "Service requests (the masses order, the branch dispatches, members serve): each request "
    "is completed by the date promised to the requester.",
)


def request_number(year: int, sequence_no: int) -> str:
    """FW2026-001."""
    if sequence_no < 1:
        raise ValueError("request numbers count from 1")
    return f"{NUMBER_PREFIX}{year:04d}-{sequence_no:03d}"


def parse_request_number(text: str) -> tuple[int, int] | None:
    """(year, sequence) of a number in the automatic pattern; None for anything else."""
    match = _NUMBER.fullmatch(text)
    if match is None or int(match[2]) < 1:
        return None
    return int(match[1]), int(match[2])


def next_number(year: int, numbers: Iterable[str]) -> str:
    """The automatic number after the branch's ``numbers`` of ``year``."""
    used = [
        parsed[1] for parsed in map(parse_request_number, numbers) if parsed and parsed[0] == year
    ]
    return request_number(year, max(used, default=0) + 1)


def is_overdue(status: RequestStatus, promised_on: dt.date | None, today: dt.date) -> bool:
    """逾期未完成: open or dispatched, and the promised date has passed."""
    return status in OPEN_STATUSES and promised_on is not None and promised_on < today


def check_move(current: RequestStatus, target: RequestStatus) -> None:
    """A forward move of the status flow, else ValidationError at ``status``."""
    if target in FORWARD[current]:
        return
    if target is RequestStatus.COMPLETED and current is RequestStatus.OPEN:
        message = QT_TRANSLATE_NOOP(
            "Validation", "Please dispatch the request to members before completing it."
        )
    elif current is RequestStatus.COMPLETED:
        message = QT_TRANSLATE_NOOP(
            "Validation", "This request is completed; reopen it before changing its status."
        )
    elif current is RequestStatus.CANCELLED:
        message = QT_TRANSLATE_NOOP(
            "Validation", "This request is cancelled; reopen it before changing its status."
        )
    else:
        message = QT_TRANSLATE_NOOP("Validation", "This request is already dispatched.")
    raise ValidationError("status", "status.move", message)


def reopen_target(current: RequestStatus, *, dispatched: bool) -> RequestStatus:
    """The status one step back: cancelled → open/dispatched, completed → dispatched."""
    if current is RequestStatus.COMPLETED:
        return RequestStatus.DISPATCHED
    if current is RequestStatus.CANCELLED:
        return RequestStatus.DISPATCHED if dispatched else RequestStatus.OPEN
    raise ValidationError(
        "status",
        "status.reopen",
        QT_TRANSLATE_NOOP("Validation", "Only a completed or cancelled request can be reopened."),
    )


def check_rating(rating: object) -> int | None:
    """The requester's rating: None (not rated) or a whole number 1–5."""
    if rating is None:
        return None
    if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5:
        raise ValidationError(
            "rating",
            "rating.range",
            QT_TRANSLATE_NOOP("Validation", "The rating is a whole number from 1 to 5."),
        )
    return rating


@dataclass(frozen=True)
class RequestFacts:
    """An open or dispatched request with a promised date."""

    request_id: int
    branch_name: str
    number: str
    content: str
    status: RequestStatus
    promised_on: dt.date | None


def snippet(text: str, length: int = SNIPPET) -> str:
    """The start of a text on one line, "…" marking a cut."""
    line = " ".join(text.split())
    return line if len(line) <= length else line[:length] + "…"


def request_reminders(requests: Iterable[RequestFacts], today: dt.date) -> Iterator[Reminder]:
    """One overdue reminder per request whose promised date has passed."""
    for facts in requests:
        if not is_overdue(facts.status, facts.promised_on, today):
            continue
        assert facts.promised_on is not None
        yield Reminder(
            Severity.OVERDUE,
            FAMILY,
            QT_TRANSLATE_NOOP(
                "Reminders",
                "{branch}: service request {number} ({content}) was promised for {promised} "
                "and is not completed.",
            ),
            RULE,
            due_on=facts.promised_on,
            subject=f"{SUBJECT_PREFIX}{facts.request_id}",
            params={
                "branch": facts.branch_name,
                "number": facts.number,
                "content": snippet(facts.content),
                "promised": facts.promised_on.isoformat(),
            },
        )
