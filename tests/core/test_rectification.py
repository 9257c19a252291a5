"""The rectification rules are pure: deadlines by kind, status moves, 已逾期 and 销号."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from branchdesk.core.enums import ProblemStatus, RectifyKind
from branchdesk.core.errors import ValidationError
from branchdesk.core.rules.rectification import (
    BACK,
    FORWARD,
    IMMEDIATE_MAX_DAYS,
    check_close,
    check_complete,
    check_editable,
    check_reopen,
    check_start,
    effective_deadline,
    is_due_soon,
    is_overdue,
)

TODAY = dt.date(2026, 11, 26)
FOUND = dt.date(2026, 3, 18)
P, W, C, X = (
    ProblemStatus.PENDING,
    ProblemStatus.IN_PROGRESS,
    ProblemStatus.COMPLETED,
    ProblemStatus.CLOSED,
)

days = st.integers(min_value=-400, max_value=400).map(dt.timedelta)
dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31))


# deadlines ---------------------------------------------------------------------------------


def test_an_immediate_rectification_defaults_to_a_week() -> None:
    assert effective_deadline(RectifyKind.IMMEDIATE, FOUND, None) == dt.date(2026, 3, 25)


@pytest.mark.parametrize(
    ("kind", "deadline", "rule"),
    [
        (RectifyKind.IMMEDIATE, FOUND + dt.timedelta(days=31), "deadline.immediate_limit"),
        (RectifyKind.IMMEDIATE, FOUND - dt.timedelta(days=1), "date.before_found"),
        (RectifyKind.DEADLINE, None, "deadline.required"),
        (RectifyKind.DEADLINE, FOUND - dt.timedelta(days=1), "date.before_found"),
        (RectifyKind.ONGOING, FOUND - dt.timedelta(days=1), "date.before_found"),
    ],
)
def test_a_bad_deadline_names_the_field_and_rule(kind, deadline, rule) -> None:
    with pytest.raises(ValidationError) as raised:
        effective_deadline(kind, FOUND, deadline)
    assert (raised.value.field, raised.value.rule) == ("deadline", rule)


def test_the_immediate_limit_says_the_latest_day() -> None:
    with pytest.raises(ValidationError) as raised:
        effective_deadline(RectifyKind.IMMEDIATE, FOUND, dt.date(2026, 5, 1))
    assert "30 days" in raised.value.message and "2026-04-17" in raised.value.message


def test_an_ongoing_rectification_needs_no_deadline() -> None:
    assert effective_deadline(RectifyKind.ONGOING, FOUND, None) is None


@given(found=dates, offset=days, kind=st.sampled_from(RectifyKind))
def test_a_deadline_is_refused_exactly_when_it_breaks_a_rule(found, offset, kind) -> None:
    deadline = found + offset
    late = kind is RectifyKind.IMMEDIATE and offset.days > IMMEDIATE_MAX_DAYS
    if offset.days < 0 or late:
        with pytest.raises(ValidationError) as raised:
            effective_deadline(kind, found, deadline)
        assert raised.value.field == "deadline"
    else:
        assert effective_deadline(kind, found, deadline) == deadline


@given(found=dates, kind=st.sampled_from(RectifyKind))
def test_a_missing_deadline_is_defaulted_refused_or_left_empty(found, kind) -> None:
    if kind is RectifyKind.DEADLINE:
        with pytest.raises(ValidationError):
            effective_deadline(kind, found, None)
    else:
        accepted = effective_deadline(kind, found, None)
        assert (accepted is None) == (kind is RectifyKind.ONGOING)


# 已逾期 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "kind", "deadline", "overdue"),
    [
        (P, RectifyKind.DEADLINE, TODAY - dt.timedelta(days=1), True),
        (W, RectifyKind.IMMEDIATE, TODAY - dt.timedelta(days=1), True),
        (W, RectifyKind.DEADLINE, TODAY, False),  # due today: not yet
        (C, RectifyKind.DEADLINE, TODAY - dt.timedelta(days=1), False),
        (X, RectifyKind.DEADLINE, TODAY - dt.timedelta(days=1), False),
        (W, RectifyKind.ONGOING, TODAY - dt.timedelta(days=100), False),  # a review date
        (W, RectifyKind.ONGOING, None, False),
    ],
)
def test_overdue_is_open_with_a_passed_deadline(status, kind, deadline, overdue) -> None:
    assert is_overdue(status, kind, deadline, TODAY) is overdue


@given(
    status=st.sampled_from(ProblemStatus),
    kind=st.sampled_from(RectifyKind),
    deadline=st.none() | dates,
    today=dates,
)
def test_overdue_and_due_soon_never_overlap(status, kind, deadline, today) -> None:
    overdue = is_overdue(status, kind, deadline, today)
    soon = is_due_soon(status, kind, deadline, today)
    assert not (overdue and soon)
    if kind is RectifyKind.ONGOING or status in (C, X):
        assert not overdue and not soon


# status moves ------------------------------------------------------------------------------


def test_the_flow_goes_forward_one_way_and_back_one_step() -> None:
    assert check_start(P) is W
    for status in (W, C, X):
        with pytest.raises(ValidationError) as raised:
            check_start(status)
        assert raised.value.rule == "status.start"
    assert BACK == {W: P, C: W, X: C}
    assert X not in FORWARD[P] | FORWARD[W]  # closing always passes 已完成


@pytest.mark.parametrize("status", [P, W])
def test_a_problem_completes_from_pending_or_in_progress(status) -> None:
    assert check_complete(status, TODAY, FOUND, TODAY) == TODAY


@pytest.mark.parametrize(
    ("status", "day", "field", "rule"),
    [
        (C, TODAY, "status", "status.complete"),
        (X, TODAY, "status", "status.complete"),
        (W, None, "completed_on", "date.required"),
        (W, TODAY + dt.timedelta(days=1), "completed_on", "date.future"),
        (W, FOUND - dt.timedelta(days=1), "completed_on", "date.before_found"),
    ],
)
def test_a_bad_completion_is_refused(status, day, field, rule) -> None:
    with pytest.raises(ValidationError) as raised:
        check_complete(status, day, FOUND, TODAY)
    assert (raised.value.field, raised.value.rule) == (field, rule)


def test_closing_trims_and_returns_the_review() -> None:
    done = dt.date(2026, 4, 1)
    review = check_close(C, done, " 王书记 ", " 整改到位 ", done, TODAY)
    assert review == ("王书记", "整改到位", done)


@pytest.mark.parametrize(
    ("status", "reviewer", "opinion", "day", "field", "rule"),
    [
        (W, "王书记", "到位", TODAY, "status", "close.not_completed"),
        (P, "王书记", "到位", TODAY, "status", "close.not_completed"),
        (X, "王书记", "到位", TODAY, "status", "close.not_completed"),
        (C, "  ", "到位", TODAY, "reviewer", "close.reviewer_required"),
        (C, "王书记", "", TODAY, "review_opinion", "close.opinion_required"),
        (C, "王书记", "到位", None, "closed_on", "date.required"),
        (C, "王书记", "到位", TODAY + dt.timedelta(days=1), "closed_on", "date.future"),
        (C, "王书记", "到位", dt.date(2026, 3, 31), "closed_on", "close.before_completion"),
    ],
)
def test_closing_is_refused_hard(status, reviewer, opinion, day, field, rule) -> None:
    with pytest.raises(ValidationError) as raised:
        check_close(status, dt.date(2026, 4, 1), reviewer, opinion, day, TODAY)
    assert (raised.value.field, raised.value.rule) == (field, rule)


@given(
    completed=dates,
    closed=st.none() | dates,
    today=dates,
    reviewer=st.text(max_size=5),
    opinion=st.text(max_size=5),
)
def test_a_close_is_refused_exactly_when_it_breaks_a_rule(
    completed, closed, today, reviewer, opinion
) -> None:
    assume(completed <= today)
    valid = (
        bool(reviewer.strip())
        and bool(opinion.strip())
        and closed is not None
        and completed <= closed <= today
    )
    if not valid:
        with pytest.raises(ValidationError) as raised:
            check_close(C, completed, reviewer, opinion, closed, today)
        assert raised.value.field in ("reviewer", "review_opinion", "closed_on")
        return
    accepted = check_close(C, completed, reviewer, opinion, closed, today)
    assert accepted == (reviewer.strip(), opinion.strip(), closed)


def test_reopening_goes_back_one_step_and_a_closed_one_needs_a_reason() -> None:
    assert check_reopen(W, "") is P
    assert check_reopen(C, "") is W
    assert check_reopen(X, "复查发现反弹") is C
    with pytest.raises(ValidationError) as raised:
        check_reopen(X, "  ")
    assert (raised.value.field, raised.value.rule) == ("reason", "reopen.reason_required")
    with pytest.raises(ValidationError) as raised:
        check_reopen(P, "why")
    assert raised.value.rule == "status.reopen"


def test_only_a_closed_problem_is_final() -> None:
    for status in (P, W, C):
        check_editable(status)
    with pytest.raises(ValidationError) as raised:
        check_editable(X)
    assert (raised.value.field, raised.value.rule) == ("status", "problem.closed")
