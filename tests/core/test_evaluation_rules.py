"""Democratic evaluation rules: votes, the one-third rule, progress and reminders (pure)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from branchdesk.core.enums import Grade
from branchdesk.core.errors import ValidationError
from branchdesk.core.rules.evaluation import (
    KIND_INCOMPLETE,
    KIND_NO_ROUND,
    EvaluationFacts,
    Part,
    RoundFacts,
    VoteTally,
    check_votes,
    evaluation_reminders,
    excellent_share,
    missing_parts,
    one_third_finding,
    over_one_third,
    percent_text,
    round_summary,
)
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.pipeline_checks import FindingSeverity
from branchdesk.core.rules.reminders import Severity

counts = st.integers(min_value=0, max_value=500)
tallies = st.builds(VoteTally, counts, counts, counts, counts)


# --- votes ----------------------------------------------------------------------------------


@given(tallies, st.one_of(st.none(), st.integers(min_value=0, max_value=2_500)))
def test_votes_pass_exactly_when_their_total_fits_the_voters(votes, voters) -> None:
    fits = voters is None or votes.total <= voters
    if fits:
        assert check_votes(votes, "peer", voters=voters) == votes
    else:
        with pytest.raises(ValidationError) as raised:
            check_votes(votes, "peer", voters=voters)
        assert (raised.value.field, raised.value.rule) == ("peer", "votes.voters")
        assert str(votes.total) in raised.value.message


@given(
    tallies,
    st.sampled_from(["excellent", "qualified", "basically_qualified", "unqualified"]),
    st.integers(max_value=-1),
)
def test_a_negative_count_is_refused_naming_its_grade(votes, grade, negative) -> None:
    bad = VoteTally(**{**votes.__dict__, grade: negative})
    with pytest.raises(ValidationError) as raised:
        check_votes(bad, "masses", voters=None)
    assert (raised.value.field, raised.value.rule) == (f"masses.{grade}", "votes.negative")


@pytest.mark.parametrize("value", [True, 1.0, "3", None])
def test_a_count_that_is_not_an_int_is_a_programming_error(value) -> None:
    with pytest.raises(TypeError):
        check_votes(VoteTally(excellent=value), "peer")  # type: ignore[arg-type]


def test_tallies_add_up_per_grade() -> None:
    total = VoteTally(1, 2, 3, 4) + VoteTally(10, 20, 30, 40)
    assert total == VoteTally(11, 22, 33, 44)
    assert total.total == 110 and total.count(Grade.BASICALLY_QUALIFIED) == 33


# --- the one-third rule ---------------------------------------------------------------------


@given(
    st.integers(min_value=1, max_value=300).flatmap(
        lambda n: st.tuples(st.integers(0, n), st.just(n))
    )
)
def test_excellent_over_one_third_warns_and_exactly_a_third_does_not(pair) -> None:
    excellent, evaluated = pair
    finding = one_third_finding(excellent, evaluated)
    over = Fraction(excellent, evaluated) > Fraction(1, 3)
    assert over_one_third(excellent, evaluated) == over
    if over:
        assert finding is not None and finding.severity is FindingSeverity.WARNING
        assert finding.params["limit"] == str(evaluated // 3)
        assert excellent > evaluated // 3  # the limit named is one the count exceeds
    else:
        assert finding is None
    assert excellent_share(excellent, evaluated) == Fraction(excellent, evaluated)


@pytest.mark.parametrize(
    ("excellent", "evaluated", "warns"),
    [(1, 3, False), (10, 30, False), (11, 30, True), (2, 5, True), (1, 4, False), (0, 0, False)],
)
def test_the_one_third_boundary(excellent, evaluated, warns) -> None:
    assert (one_third_finding(excellent, evaluated) is not None) is warns


def test_no_share_before_anyone_is_graded() -> None:
    assert excellent_share(0, 0) is None and percent_text(None) == ""
    assert percent_text(Fraction(1, 3)) == "33.3%"
    assert percent_text(Fraction(1, 16)) == "6.3%"  # half up
    assert percent_text(Fraction(1)) == "100.0%"


# --- progress -------------------------------------------------------------------------------

COMPLETE = EvaluationFacts(True, VoteTally(3, 20), VoteTally(5, 30, 1), True, Grade.QUALIFIED)


def test_a_complete_evaluation_misses_nothing() -> None:
    assert missing_parts(COMPLETE, peer_voters=25) == ()


def test_what_is_missing_in_procedure_order() -> None:
    empty = EvaluationFacts(False, VoteTally(), VoteTally(), False, None)
    assert missing_parts(empty) == tuple(Part)
    assert missing_parts(empty, peer_voters=0) == (
        Part.SELF_SUMMARY,
        Part.MASSES_VOTES,
        Part.BRANCH_OPINION,
        Part.GRADE,
    )


def test_the_round_summary_counts_grades_completion_and_votes() -> None:
    ungraded = EvaluationFacts(True, VoteTally(0, 20), VoteTally(0, 30), False, None)
    people = [
        COMPLETE,
        EvaluationFacts(True, VoteTally(15, 5), VoteTally(20, 10), True, Grade.EXCELLENT),
        EvaluationFacts(True, VoteTally(16, 4), VoteTally(25, 5), True, Grade.EXCELLENT),
        ungraded,
    ]

    summary = round_summary(people, peer_voters=3)

    assert (summary.members, summary.complete, summary.incomplete) == (4, 3, 1)
    assert summary.by_grade == {
        Grade.EXCELLENT: 2,
        Grade.QUALIFIED: 1,
        Grade.BASICALLY_QUALIFIED: 0,
        Grade.UNQUALIFIED: 0,
    }
    # 优秀 is two thirds of the graded, a half of the members: over a third either way
    assert summary.graded == 3 and summary.excellent_share == Fraction(2, 3)
    assert summary.over_one_third and summary.findings()[0].params["evaluated"] == "4"
    assert summary.peer_total == VoteTally(34, 49) and summary.masses_total == VoteTally(50, 75, 1)


def test_an_empty_round_has_no_share_and_no_warning() -> None:
    summary = round_summary([])
    assert (summary.members, summary.graded, summary.excellent_share) == (0, 0, None)
    assert summary.findings() == []


# --- reminders ------------------------------------------------------------------------------

RULES = LocalRules()


def _facts(year: int, round_id: int | None, members: int = 20, complete: int = 0) -> RoundFacts:
    return RoundFacts(1, "学生第一党支部", year, round_id, members, complete)


@pytest.mark.parametrize(
    ("today", "facts", "expected"),
    [
        # Before December: nothing about this year, missing or not.
        (dt.date(2026, 11, 30), _facts(2026, None), None),
        (dt.date(2026, 11, 30), _facts(2026, 4, complete=3), None),
        # From December: a round to open, a round to finish.
        (dt.date(2026, 12, 1), _facts(2026, None), (Severity.DUE, KIND_NO_ROUND)),
        (dt.date(2026, 12, 1), _facts(2026, 4, complete=3), (Severity.DUE, KIND_INCOMPLETE)),
        (dt.date(2026, 12, 1), _facts(2026, 4, complete=20), None),
        # A branch with nobody to evaluate needs no round.
        (dt.date(2026, 12, 1), _facts(2026, None, members=0), None),
        # Last year's round still incomplete is overdue; a missing one is not reminded.
        (dt.date(2027, 1, 15), _facts(2026, 4, complete=19), (Severity.OVERDUE, KIND_INCOMPLETE)),
        (dt.date(2027, 1, 15), _facts(2026, None), None),
        # Older rounds are left alone.
        (dt.date(2028, 1, 15), _facts(2026, 4, complete=1), None),
    ],
)
def test_evaluation_reminders(today, facts, expected) -> None:
    reminders = list(evaluation_reminders([facts], RULES, today))
    if expected is None:
        assert reminders == []
        return
    (reminder,) = reminders
    severity, kind = expected
    assert (reminder.severity, reminder.family) == (severity, "evaluations")
    assert reminder.subject == f"branch:1:evaluation:{facts.year}:{kind}"
    assert reminder.due_on == dt.date(facts.year, 12, 31)
    assert "学生第一党支部" in reminder.text() and str(facts.year) in reminder.text()
    assert "month 12" in reminder.rule_text()


def test_the_reminder_month_is_a_local_rule() -> None:
    rules = LocalRules(evaluation_reminder_month=10)
    today = dt.date(2026, 10, 1)
    (reminder,) = evaluation_reminders([_facts(2026, None)], rules, today)
    assert reminder.severity is Severity.DUE and "month 10" in reminder.rule_text()
    incomplete = _facts(2026, 4, members=20, complete=15)
    (reminder,) = evaluation_reminders([incomplete], rules, today)
    assert "5 of 20" in reminder.text()
