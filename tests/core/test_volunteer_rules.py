"""Volunteer rules: service time, terms, who may serve, numbers, the request flow (pure)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from branchdesk.core.enums import ChangeKind, RequestStatus, Stage
from branchdesk.core.errors import ValidationError
from branchdesk.core.rules.reminders import Severity
from branchdesk.core.rules.service_requests import (
    FORWARD,
    RequestFacts,
    check_move,
    check_rating,
    is_overdue,
    next_number,
    parse_request_number,
    reopen_target,
    request_number,
    request_reminders,
)
from branchdesk.core.rules.volunteer import (
    ACTIVITY_LIMIT_MINUTES,
    AUTUMN,
    DAY_LIMIT_MINUTES,
    SPRING,
    Period,
    Refusal,
    RollFacts,
    Term,
    certificate_id_number,
    certificate_number,
    check_day_total,
    check_on_roll,
    duration_text,
    hours_figure,
    hours_label,
    is_exact_in_hours,
    minutes_as_hours,
    parse_certificate_number,
    roll_refusal,
    split_minutes,
    term_of,
    to_minutes,
)

TODAY = dt.date(2026, 11, 26)
days = st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31))


# --- service time ---------------------------------------------------------------------------


@given(st.integers(-5, 30), st.integers(-5, 70))
def test_hours_and_minutes_are_refused_exactly_when_a_rule_is_broken(
    hours: int, minutes: int
) -> None:
    total = hours * 60 + minutes
    valid = hours >= 0 and 0 <= minutes <= 59 and 0 < total <= ACTIVITY_LIMIT_MINUTES
    if valid:
        assert to_minutes(hours, minutes, row=3) == total
        assert split_minutes(total) == (hours, minutes)
        return
    with pytest.raises(ValidationError) as caught:
        to_minutes(hours, minutes, row=3)
    error = caught.value
    assert error.field in ("hours.hours", "hours.minutes")
    assert error.params["row"] == "3"
    assert error.message.startswith("Row 3: ")


def test_each_time_error_names_its_box_and_rule() -> None:
    cases = {
        (-1, 0): ("hours.hours", "time.hours"),
        (1, 60): ("hours.minutes", "time.minutes"),
        (0, 0): ("hours.hours", "time.positive"),
        (None, None): ("hours.hours", "time.positive"),
        (12, 1): ("hours.hours", "time.activity_limit"),
    }
    for (hours, minutes), (field, rule) in cases.items():
        with pytest.raises(ValidationError) as caught:
            to_minutes(hours, minutes)
        assert (caught.value.field, caught.value.rule) == (field, rule)
    assert to_minutes(None, 45) == 45 and to_minutes(12, 0) == 720
    assert to_minutes(2, 5, field="lines") == 125


def test_floats_and_booleans_are_programming_errors_not_times() -> None:
    for hours, minutes in ((1.5, 0), (1, 30.0), (True, 0)):
        with pytest.raises(TypeError):
            to_minutes(hours, minutes)  # type: ignore[arg-type]


@given(st.integers(0, 100_000))
def test_decimal_hours_are_within_half_a_hundredth_and_exact_for_multiples_of_three(
    minutes: int,
) -> None:
    value = minutes_as_hours(minutes)
    assert isinstance(value, Decimal)
    assert value == value.quantize(Decimal("0.01"))
    assert abs(Fraction(value) - Fraction(minutes, 60)) <= Fraction(1, 200)
    assert (Fraction(value) == Fraction(minutes, 60)) == is_exact_in_hours(minutes)
    assert Decimal(hours_figure(minutes)) == value
    assert hours_label(minutes) == f"{hours_figure(minutes)} h"


def test_times_read_as_people_write_them() -> None:
    assert [hours_figure(m) for m in (210, 15, 20, 40, 720, 0, 1)] == [
        "3.5",
        "0.25",
        "0.33",
        "0.67",
        "12",
        "0",
        "0.02",
    ]
    assert [duration_text(m) for m in (210, 180, 45, 0)] == ["3小时30分", "3小时", "45分", "0分"]


@given(st.integers(0, DAY_LIMIT_MINUTES), st.integers(1, ACTIVITY_LIMIT_MINUTES))
def test_a_day_holds_at_most_24_hours_across_activities(already: int, adding: int) -> None:
    day = dt.date(2026, 5, 4)
    if already + adding <= DAY_LIMIT_MINUTES:
        check_day_total("张玥", day, already, adding, row=2)
        return
    with pytest.raises(ValidationError) as caught:
        check_day_total("张玥", day, already, adding, row=2)
    assert caught.value.rule == "time.day_total"
    assert "张玥" in caught.value.message and "2026-05-04" in caught.value.message
    assert caught.value.params["row"] == "2"


# --- terms and periods ----------------------------------------------------------------------


@given(days)
def test_every_day_lies_in_exactly_its_term(day: dt.date) -> None:
    term = term_of(day)
    assert term.start <= day <= term.end
    assert day in Period.of_term(term)
    following = term_of(term.end + dt.timedelta(days=1))
    assert following.start == term.end + dt.timedelta(days=1)
    assert following > term


def test_terms_follow_the_school_year() -> None:
    assert term_of(dt.date(2025, 9, 1)) == Term(2025, AUTUMN)
    assert term_of(dt.date(2026, 1, 31)) == Term(2025, AUTUMN)
    assert term_of(dt.date(2026, 2, 1)) == Term(2025, SPRING)
    assert term_of(dt.date(2026, 7, 31)) == Term(2025, SPRING)
    assert Term(2025, AUTUMN).label == "2025—2026学年第一学期"
    assert Period.of_term(Term(2025, SPRING)).label == "2025—2026学年第二学期"
    assert Period.of_year(2026).label == "2026年度" and Period.of_year(2026).year == 2026
    assert Period(dt.date(2026, 3, 1), dt.date(2026, 6, 30)).label == "2026年3月1日至2026年6月30日"
    with pytest.raises(ValueError, match="half"):
        Term(2025, 3)
    with pytest.raises(ValueError, match="before it starts"):
        Period(dt.date(2026, 2, 1), dt.date(2026, 1, 1))


# --- who may serve --------------------------------------------------------------------------


def _person(**changes: object) -> RollFacts:
    values: dict[str, object] = {
        "member_id": 1,
        "name": "李明",
        "branch_id": 1,
        "stage": Stage.ACTIVIST,
        "activist_on": dt.date(2025, 3, 1),
        "changes": (),
    }
    values.update(changes)
    return RollFacts(**values)  # type: ignore[arg-type]


def test_members_and_activists_of_the_branch_serve_from_their_activist_date() -> None:
    day = dt.date(2026, 5, 4)
    assert roll_refusal(_person(), 1, day) is None
    assert roll_refusal(_person(), 2, day) is Refusal.BRANCH
    assert roll_refusal(_person(stage=Stage.APPLICANT, activist_on=None), 1, day) is Refusal.STAGE
    assert roll_refusal(_person(activist_on=day), 1, day) is None
    assert roll_refusal(_person(activist_on=day + dt.timedelta(days=1)), 1, day) is Refusal.STAGE
    # No step 3 on file (an imported member): today's stage counts.
    assert roll_refusal(_person(stage=Stage.FULL, activist_on=None), 1, day) is None


def test_the_roll_follows_transfers_and_exits() -> None:
    day = dt.date(2026, 5, 4)
    left = ((dt.date(2026, 5, 3), ChangeKind.TRANSFER_OUT),)
    assert roll_refusal(_person(changes=left), 1, day) is Refusal.LEFT
    # Leaving on the day itself still lets them serve that day.
    assert roll_refusal(_person(changes=((day, ChangeKind.DEATH),)), 1, day) is None
    back = (*left, (day, ChangeKind.TRANSFER_IN))
    assert roll_refusal(_person(changes=back), 1, day) is None
    arrived = ((dt.date(2026, 6, 1), ChangeKind.TRANSFER_IN),)
    assert roll_refusal(_person(changes=arrived), 1, day) is Refusal.NOT_ARRIVED
    # Here before, left, and came back later: away on the day.
    away = (
        (dt.date(2026, 1, 1), ChangeKind.TRANSFER_OUT),
        (dt.date(2026, 9, 1), ChangeKind.TRANSFER_IN),
    )
    assert roll_refusal(_person(changes=away), 1, day) is Refusal.LEFT
    assert roll_refusal(_person(changes=away), 1, dt.date(2025, 12, 1)) is None
    # Flows and org-status changes are not exits.
    flow = ((dt.date(2026, 1, 1), ChangeKind.FLOW_OUT), (dt.date(2026, 2, 1), ChangeKind.ABROAD))
    assert roll_refusal(_person(changes=flow), 1, day) is None


exits = st.sampled_from([ChangeKind.TRANSFER_OUT, ChangeKind.WITHDRAWAL, ChangeKind.DEATH])
moves = st.lists(
    st.tuples(days, st.one_of(exits, st.just(ChangeKind.TRANSFER_IN))), max_size=5
).map(lambda found: tuple(sorted(found, key=lambda move: move[0])))


@given(moves, days)
def test_someone_is_on_the_roll_exactly_when_their_last_move_before_the_day_was_in(
    changes: tuple[tuple[dt.date, ChangeKind], ...], day: dt.date
) -> None:
    facts = _person(activist_on=None, changes=changes)
    refusal = roll_refusal(facts, 1, day)
    counted = [
        kind
        for changed_on, kind in changes
        if (kind is ChangeKind.TRANSFER_IN and changed_on <= day)
        or (kind is not ChangeKind.TRANSFER_IN and changed_on < day)
    ]
    if counted:
        assert (refusal is None) == (counted[-1] is ChangeKind.TRANSFER_IN)
    elif changes and changes[0][1] is ChangeKind.TRANSFER_IN:
        assert refusal is Refusal.NOT_ARRIVED
    else:
        assert refusal is None
    if refusal is not None:
        with pytest.raises(ValidationError) as caught:
            check_on_roll(facts, 1, day, row=4)
        assert caught.value.field == "hours.member_id"
        assert caught.value.params["row"] == "4" and "李明" in caught.value.message
    else:
        check_on_roll(facts, 1, day)


# --- numbers --------------------------------------------------------------------------------


@given(st.integers(2000, 2099), st.integers(1, 99_999))
def test_certificate_numbers_read_back(year: int, sequence: int) -> None:
    number = certificate_number(year, sequence)
    assert number.startswith(f"ZYFW-{year}-")
    assert parse_certificate_number(number) == (year, sequence)


@given(st.integers(2000, 2099), st.integers(1, 99_999))
def test_request_numbers_read_back_and_count_on(year: int, sequence: int) -> None:
    number = request_number(year, sequence)
    assert parse_request_number(number) == (year, sequence)
    assert next_number(year, [number, "自编-1", request_number(year + 1, sequence + 5)]) == (
        request_number(year, sequence + 1)
    )


def test_numbers_have_their_documented_shape() -> None:
    assert certificate_number(2026, 7) == "ZYFW-2026-0007"
    assert request_number(2026, 1) == "FW2026-001"
    assert next_number(2026, []) == "FW2026-001"
    for text in ("FW2026-01", "FW２０２６-001", "fw2026-001", "FW2026-000", " FW2026-001"):
        assert parse_request_number(text) is None
    assert parse_certificate_number("ZYFW-2026-0000") is None
    with pytest.raises(ValueError, match="count from 1"):
        certificate_number(2026, 0)


def test_a_certificate_masks_the_id_number_harder_than_a_list() -> None:
    assert certificate_id_number("440106200301011234") == "4401**********1234"
    assert certificate_id_number("44010620030101123X") == "4401**********123X"
    assert certificate_id_number("E12345678") == "E1***5678"
    assert certificate_id_number("") == ""


# --- the request flow -----------------------------------------------------------------------


def test_the_status_moves_forward_or_one_step_back() -> None:
    for current in RequestStatus:
        for target in RequestStatus:
            if target in FORWARD[current]:
                check_move(current, target)
            else:
                with pytest.raises(ValidationError) as caught:
                    check_move(current, target)
                assert caught.value.field == "status"
    assert reopen_target(RequestStatus.COMPLETED, dispatched=True) is RequestStatus.DISPATCHED
    assert reopen_target(RequestStatus.CANCELLED, dispatched=False) is RequestStatus.OPEN
    assert reopen_target(RequestStatus.CANCELLED, dispatched=True) is RequestStatus.DISPATCHED
    with pytest.raises(ValidationError):
        reopen_target(RequestStatus.OPEN, dispatched=False)


@given(st.sampled_from(list(RequestStatus)), st.one_of(st.none(), days), days)
def test_a_promise_is_overdue_only_while_open_and_after_its_day(
    status: RequestStatus, promised: dt.date | None, today: dt.date
) -> None:
    expected = (
        status in (RequestStatus.OPEN, RequestStatus.DISPATCHED)
        and promised is not None
        and promised < today
    )
    assert is_overdue(status, promised, today) is expected
    facts = RequestFacts(7, "一支部", "FW2026-003", "四级听力辅导" * 5, status, promised)
    reminders = list(request_reminders([facts], today))
    assert len(reminders) == int(expected)
    if expected:
        (reminder,) = reminders
        assert reminder.severity is Severity.OVERDUE
        assert (reminder.family, reminder.subject) == ("volunteer", "service_request:7")
        assert reminder.params["content"].endswith("…")
        assert "FW2026-003" in reminder.text()


@given(st.one_of(st.none(), st.integers(-3, 9), st.booleans(), st.floats(0, 6)))
def test_a_rating_is_none_or_a_whole_number_from_one_to_five(rating: object) -> None:
    valid = rating is None or (type(rating) is int and 1 <= rating <= 5)
    if valid:
        assert check_rating(rating) == rating
    else:
        with pytest.raises(ValidationError):
            check_rating(rating)
