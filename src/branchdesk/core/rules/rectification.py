"""The rules of a rectification item (问题整改, RULES.md §4): deadlines, status moves, 销号.

Pure functions of the values and ``today``; they raise ValidationError naming the field and the
rule. Decisions this module encodes:

- Status flow 待整改 → 整改中 → 已完成 → 已销号. A problem may be completed straight from
  待整改 (a 立行立改 item is often fixed on the spot). One step back is a *reopen*:
  整改中 → 待整改, 已完成 → 整改中 (the completion date is cleared), and 已销号 → 已完成 only
  with a stated reason (the 销号 is void: reviewer, opinion and date are cleared). A closed
  problem is otherwise final: it cannot be edited until reopened (**hard**).
- 已逾期 is derived, never stored: still 待整改 or 整改中, not 长期坚持, and the deadline has
  passed (a deadline of today is not overdue yet).
- Deadlines by rectify kind: 立行立改 defaults to 7 days after the problem was found and ends
  within 30 days of it; 限期整改 needs a deadline; 长期坚持 needs none (an optional one is a
  review date, never overdue). No deadline lies before the day the problem was found.
- 销号 needs status 已完成, a reviewer (复查人), the review opinion and a date not before the
  completion and not in the future (**hard**, RULES.md §4).
"""

from __future__ import annotations

import datetime as dt

from branchdesk.core.enums import ProblemStatus, RectifyKind
from branchdesk.core.errors import ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP

IMMEDIATE_DEFAULT_DAYS = 7  # 立行立改: the deadline when none is given
IMMEDIATE_MAX_DAYS = 30  # 立行立改: done within a month of finding the problem
DUE_SOON_DAYS = 7  # reminded this many days before the deadline

OPEN_STATUSES = (ProblemStatus.PENDING, ProblemStatus.IN_PROGRESS)  # can become overdue

# The forward moves; reopen() goes one step back.
FORWARD: dict[ProblemStatus, frozenset[ProblemStatus]] = {
    ProblemStatus.PENDING: frozenset({ProblemStatus.IN_PROGRESS, ProblemStatus.COMPLETED}),
    ProblemStatus.IN_PROGRESS: frozenset({ProblemStatus.COMPLETED}),
    ProblemStatus.COMPLETED: frozenset({ProblemStatus.CLOSED}),
    ProblemStatus.CLOSED: frozenset(),
}
BACK: dict[ProblemStatus, ProblemStatus] = {
    ProblemStatus.IN_PROGRESS: ProblemStatus.PENDING,
    ProblemStatus.COMPLETED: ProblemStatus.IN_PROGRESS,
    ProblemStatus.CLOSED: ProblemStatus.COMPLETED,
}


def _error(field: str, rule: str, message: str, **params: object) -> ValidationError:
    return ValidationError(field, rule, message, **params)


def check_day(field: str, day: dt.date | None, today: dt.date) -> dt.date:
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


def check_not_before_found(field: str, day: dt.date, found_on: dt.date) -> None:
    """Nothing about a problem happens before it was found."""
    if day < found_on:
        raise _error(
            field,
            "date.before_found",
            QT_TRANSLATE_NOOP(
                "Validation", "The date {date} is before the problem was found ({found})."
            ),
            date=day.isoformat(),
            found=found_on.isoformat(),
        )


def effective_deadline(
    kind: RectifyKind, found_on: dt.date, deadline: dt.date | None
) -> dt.date | None:
    """The deadline to store for ``kind``: checked, and defaulted for 立行立改."""
    if deadline is None:
        if kind is RectifyKind.IMMEDIATE:
            return found_on + dt.timedelta(days=IMMEDIATE_DEFAULT_DAYS)
        if kind is RectifyKind.DEADLINE:
            raise _error(
                "deadline",
                "deadline.required",
                QT_TRANSLATE_NOOP(
                    "Validation", "A rectification with a time limit needs its deadline."
                ),
            )
        return None
    check_not_before_found("deadline", deadline, found_on)
    latest = found_on + dt.timedelta(days=IMMEDIATE_MAX_DAYS)
    if kind is RectifyKind.IMMEDIATE and deadline > latest:
        raise _error(
            "deadline",
            "deadline.immediate_limit",
            QT_TRANSLATE_NOOP(
                "Validation",
                "An immediate rectification is finished within {days} days of finding the "
                "problem: by {latest} at the latest.",
            ),
            days=IMMEDIATE_MAX_DAYS,
            latest=latest.isoformat(),
        )
    return deadline


def is_overdue(
    status: ProblemStatus, kind: RectifyKind, deadline: dt.date | None, today: dt.date
) -> bool:
    """已逾期: still open, with a real deadline (not a 长期坚持 review date) that has passed."""
    return (
        status in OPEN_STATUSES
        and kind is not RectifyKind.ONGOING
        and deadline is not None
        and deadline < today
    )


def is_due_soon(
    status: ProblemStatus, kind: RectifyKind, deadline: dt.date | None, today: dt.date
) -> bool:
    """Still open and its deadline falls within the next DUE_SOON_DAYS days (today included)."""
    return (
        status in OPEN_STATUSES
        and kind is not RectifyKind.ONGOING
        and deadline is not None
        and today <= deadline <= today + dt.timedelta(days=DUE_SOON_DAYS)
    )


def check_editable(status: ProblemStatus) -> None:
    """A closed problem is final until reopened (**hard**)."""
    if status is ProblemStatus.CLOSED:
        raise _error(
            "status",
            "problem.closed",
            QT_TRANSLATE_NOOP(
                "Validation", "This problem is closed; reopen it before changing it."
            ),
        )


def check_start(status: ProblemStatus) -> ProblemStatus:
    """待整改 → 整改中."""
    if ProblemStatus.IN_PROGRESS not in FORWARD[status]:
        raise _error(
            "status",
            "status.start",
            QT_TRANSLATE_NOOP(
                "Validation", "Only a problem still waiting for rectification can be started."
            ),
        )
    return ProblemStatus.IN_PROGRESS


def check_complete(
    status: ProblemStatus, completed_on: dt.date | None, found_on: dt.date, today: dt.date
) -> dt.date:
    """待整改 or 整改中 → 已完成 on a date between the finding and today; returns the date."""
    if ProblemStatus.COMPLETED not in FORWARD[status]:
        raise _error(
            "status",
            "status.complete",
            QT_TRANSLATE_NOOP("Validation", "This problem is already completed or closed."),
        )
    day = check_day("completed_on", completed_on, today)
    check_not_before_found("completed_on", day, found_on)
    return day


def check_close(
    status: ProblemStatus,
    completed_on: dt.date | None,
    reviewer: str,
    opinion: str,
    closed_on: dt.date | None,
    today: dt.date,
) -> tuple[str, str, dt.date]:
    """已完成 → 已销号 (**hard**): the trimmed reviewer and opinion, and the closing date."""
    if status is not ProblemStatus.COMPLETED:
        raise _error(
            "status",
            "close.not_completed",
            QT_TRANSLATE_NOOP(
                "Validation", "Only a completed problem can be closed: record its completion first."
            ),
        )
    reviewer, opinion = reviewer.strip(), opinion.strip()
    if not reviewer:
        raise _error(
            "reviewer",
            "close.reviewer_required",
            QT_TRANSLATE_NOOP(
                "Validation", "Closing a problem needs the reviewer who checked the rectification."
            ),
        )
    if not opinion:
        raise _error(
            "review_opinion",
            "close.opinion_required",
            QT_TRANSLATE_NOOP("Validation", "Closing a problem needs the reviewer's opinion."),
        )
    day = check_day("closed_on", closed_on, today)
    if completed_on is not None and day < completed_on:
        raise _error(
            "closed_on",
            "close.before_completion",
            QT_TRANSLATE_NOOP(
                "Validation", "The closing date {date} is before the completion date {completed}."
            ),
            date=day.isoformat(),
            completed=completed_on.isoformat(),
        )
    return reviewer, opinion, day


def check_reopen(status: ProblemStatus, reason: str) -> ProblemStatus:
    """One step back; a closed problem only with a reason. Returns the new status."""
    if status not in BACK:
        raise _error(
            "status",
            "status.reopen",
            QT_TRANSLATE_NOOP(
                "Validation", "A problem still waiting for rectification cannot be reopened."
            ),
        )
    if status is ProblemStatus.CLOSED and not reason.strip():
        raise _error(
            "reason",
            "reopen.reason_required",
            QT_TRANSLATE_NOOP("Validation", "Please say why the closed problem is reopened."),
        )
    return BACK[status]
