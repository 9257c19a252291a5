"""Member development rules (RULES.md §1): pure functions of facts, rules and today."""

from __future__ import annotations

import datetime as dt

import pytest

from branchdesk.core.enums import Stage, StepOutcome, StepRole
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.pipeline import (
    NamedPerson,
    OutcomeFact,
    PipelineFacts,
    eighteenth_birthday,
    next_step,
    pipeline_reminders,
)
from branchdesk.core.rules.pipeline_checks import FindingSeverity, check_step
from branchdesk.core.rules.pipeline_steps import STEPS, step_spec
from branchdesk.core.rules.reminders import Severity

TODAY = dt.date(2026, 11, 26)
RULES = LocalRules()
D = dt.date
FULL, PROB = Stage.FULL, Stage.PROBATIONARY
START = D(2020, 1, 1)


def steps(last: int, start: dt.date = START, **dates: dt.date) -> dict[int, dt.date]:
    """Steps 1..last a day apart from ``start``; ``s7=date`` overrides step 7's date."""
    done = {no: start + dt.timedelta(days=no) for no in range(1, last + 1)}
    done.update({int(key[1:]): day for key, day in dates.items()})
    return done


def person(stage: Stage, done: dict[int, dt.date], **kw: object) -> PipelineFacts:
    return PipelineFacts(1, "李明", stage, done=done, **kw)  # type: ignore[arg-type]


# --- the catalogue ---------------------------------------------------------------------------


def test_the_catalogue_holds_the_25_steps_in_order() -> None:
    assert [spec.no for spec in STEPS] == list(range(1, 26))
    assert step_spec(1).name == "递交入党申请书"
    leads = {spec.no: spec.leads_to for spec in STEPS if spec.leads_to}
    assert leads[3] is Stage.ACTIVIST and leads[7] is Stage.CANDIDATE
    assert leads[15] is PROB and leads[23] is FULL
    assert [spec.no for spec in STEPS if spec.has_votes] == [15, 23]
    assert StepRole.INTRODUCER in step_spec(9).roles and StepRole.CONTACT in step_spec(5).roles
    assert StepRole.TALKER in step_spec(2).roles and StepRole.TALKER in step_spec(16).roles
    with pytest.raises(ValueError, match="26"):
        step_spec(26)


# --- next_step ---------------------------------------------------------------------------------

EXT = StepOutcome.EXTENDED


@pytest.mark.parametrize(
    ("facts", "rules", "expected"),
    [
        # step 2 within 1 month of the application; month-end clamps (Jan 31 → Feb 28)
        (person(Stage.APPLICANT, {1: D(2026, 1, 31)}), RULES, (2, None, D(2026, 2, 28), True)),
        # step 3 [local] 3 months after the application, landing on a leap day
        (
            person(Stage.APPLICANT, steps(2, s1=D(2023, 11, 29))),
            RULES,
            (3, D(2024, 2, 29), None, False),
        ),
        # … or 6 months where the school says so
        (
            person(Stage.APPLICANT, steps(2, s1=D(2026, 8, 31))),
            LocalRules(activist_min_months_after_application=6),
            (3, D(2027, 2, 28), None, False),
        ),
        # step 7 one year after step 3 (细则第十三条); from a leap day to 28 February
        (
            person(Stage.ACTIVIST, steps(6, s3=D(2024, 2, 29))),
            RULES,
            (7, D(2025, 2, 28), None, False),
        ),
        # steps without a rule: no dates
        (person(Stage.CANDIDATE, steps(8)), RULES, (9, None, None, False)),
        # step 13 [local] within 1 month of step 12
        (
            person(Stage.CANDIDATE, steps(12, s12=D(2026, 10, 31))),
            RULES,
            (13, None, D(2026, 11, 30), False),
        ),
        # step 16 shares step 17's deadline: 3 months after step 15
        (
            person(PROB, steps(15, s15=D(2026, 8, 31))),
            RULES,
            (16, None, D(2026, 11, 30), False),
        ),
        (person(PROB, steps(16, s15=D(2026, 7, 1))), RULES, (17, None, D(2026, 10, 1), True)),
        # step 22 when probation ends, 1 year after step 15 (党章第七条): due today, not overdue
        (person(PROB, steps(21, s15=D(2025, 11, 26))), RULES, (22, None, TODAY, False)),
        # step 23 once the probation has ended
        (person(PROB, steps(22, s15=D(2025, 5, 1))), RULES, (23, D(2026, 5, 1), None, False)),
        # extended probation (6 months recorded) moves step 22 by the extension
        (
            person(
                PROB,
                steps(22, s15=D(2025, 5, 10), s22=D(2026, 5, 10)),
                outcomes=(OutcomeFact(23, EXT, D(2026, 5, 20), 6),),
            ),
            RULES,
            (22, None, D(2026, 11, 10), True),
        ),
        # … 12 months recorded
        (
            person(
                PROB,
                steps(22, s15=D(2025, 5, 10), s22=D(2026, 5, 10)),
                outcomes=(OutcomeFact(23, EXT, D(2026, 5, 20), 12),),
            ),
            RULES,
            (22, None, D(2027, 5, 10), False),
        ),
        # … length unknown: the shortest (6 months), so the reminder comes early
        (
            person(
                PROB,
                steps(22, s15=D(2025, 5, 10), s22=D(2026, 5, 10)),
                outcomes=(OutcomeFact(23, EXT, D(2026, 5, 20)),),
            ),
            RULES,
            (22, None, D(2026, 11, 10), True),
        ),
        # … and after the new application, the vote once the extended probation ends
        (
            person(
                PROB,
                steps(22, s15=D(2025, 5, 10), s22=D(2026, 11, 12)),
                outcomes=(OutcomeFact(23, EXT, D(2026, 5, 20), 6),),
            ),
            RULES,
            (23, D(2026, 11, 10), None, False),
        ),
        # a failed vote (未通过): step 15 again
        (
            person(
                Stage.CANDIDATE,
                steps(14),
                outcomes=(OutcomeFact(15, StepOutcome.FAILED, D(2026, 3, 1)),),
            ),
            RULES,
            (15, None, None, False),
        ),
        # … then passed at a second vote: on to step 16 and its deadline
        (
            person(
                PROB,
                steps(15, s15=D(2026, 9, 1)),
                outcomes=(OutcomeFact(15, StepOutcome.FAILED, D(2026, 3, 1)),),
            ),
            RULES,
            (16, None, D(2026, 12, 1), False),
        ),
        # 转正 approval within 3 months, archiving [local] within 7 days of step 23
        (person(FULL, steps(23, s23=D(2026, 11, 20))), RULES, (24, None, D(2027, 2, 20), False)),
        (person(FULL, steps(24, s23=D(2026, 11, 1))), RULES, (25, None, D(2026, 11, 8), True)),
        (
            person(FULL, steps(24, s23=D(2026, 11, 1))),
            LocalRules(archive_within_days=30),
            (25, None, D(2026, 12, 1), False),
        ),
    ],
)
def test_next_step(facts: PipelineFacts, rules: LocalRules, expected: tuple) -> None:
    due = next_step(facts, rules, TODAY)
    assert due is not None
    assert (due.step_no, due.earliest_on, due.due_on, due.overdue) == expected
    assert due.name == step_spec(due.step_no).name
    if due.earliest_on or due.due_on:
        assert due.rule.format(**due.params)  # every dated step cites its rule


@pytest.mark.parametrize(
    "facts",
    [
        person(Stage.APPLICANT, {}),  # nothing recorded
        person(FULL, steps(25)),  # finished
        person(
            FULL,
            {
                1: D(1990, 1, 1),
                3: D(1990, 6, 1),
                7: D(1991, 7, 1),
                15: D(1992, 1, 1),
                23: D(1993, 1, 1),
            },
        ),
        person(FULL, steps(15)),  # the records stop before the person's stage
        person(
            PROB,
            steps(22, s15=D(2025, 5, 10)),
            outcomes=(OutcomeFact(23, StepOutcome.CANCELLED, D(2026, 5, 20)),),
        ),  # 取消预备资格
    ],
    ids=["no-steps", "finished", "milestones-only", "records-behind-stage", "cancelled"],
)
def test_no_next_step(facts: PipelineFacts) -> None:
    assert next_step(facts, RULES, TODAY) is None


def test_a_skipped_administrative_step_does_not_hide_the_next_one() -> None:
    done = steps(6)
    del done[4]  # 备案 not entered
    due = next_step(person(Stage.ACTIVIST, done), RULES, TODAY)
    assert due is not None and due.step_no == 7


# --- check_step ---------------------------------------------------------------------------------


def codes(findings: list) -> list[tuple[FindingSeverity, str]]:
    return [(f.severity, f.code) for f in findings]


HARD, WARN = FindingSeverity.HARD, FindingSeverity.WARNING


@pytest.mark.parametrize(
    ("birth", "applied", "expected"),
    [
        (D(2008, 11, 26), D(2026, 11, 26), []),  # 18 exactly on the day: allowed
        (D(2008, 11, 26), D(2026, 11, 25), [(HARD, "application.under_18")]),
        (D(2008, 2, 29), D(2026, 2, 28), [(HARD, "application.under_18")]),
        (D(2008, 2, 29), D(2026, 3, 1), []),  # born on a leap day: 18 on 1 March
    ],
)
def test_an_applicant_must_be_18(birth: dt.date, applied: dt.date, expected: list) -> None:
    facts = person(Stage.APPLICANT, {}, birth_date=birth)
    assert codes(check_step(facts, 1, applied, RULES, TODAY)) == expected


def test_eighteenth_birthday() -> None:
    assert eighteenth_birthday(D(2004, 2, 29)) == D(2022, 3, 1)
    assert eighteenth_birthday(D(2006, 2, 28)) == D(2024, 2, 28)
    assert eighteenth_birthday(D(2006, 3, 1)) == D(2024, 3, 1)


NOT_FULL = NamedPerson("王芳", PROB)
A, B, OUTSIDER = NamedPerson("甲", FULL), NamedPerson("乙", FULL), NamedPerson("外单位党员")


@pytest.mark.parametrize(
    ("stage", "done", "step_no", "on", "kw", "expected"),
    [
        (
            PROB,
            steps(16, s15=D(2026, 11, 1)),
            17,
            TODAY + dt.timedelta(days=1),
            {},
            [(HARD, "date.future")],
        ),
        (
            Stage.CANDIDATE,
            steps(8),
            9,
            D(2020, 1, 5),
            {"introducers": (A, B)},
            [(HARD, "date.before_previous")],
        ),
        (Stage.APPLICANT, {1: D(2026, 1, 31)}, 2, D(2026, 2, 28), {}, []),
        (Stage.APPLICANT, {1: D(2026, 1, 31)}, 2, D(2026, 3, 1), {}, [(WARN, "talk.late")]),
        (
            Stage.APPLICANT,
            steps(2, s1=D(2026, 1, 10)),
            3,
            D(2026, 4, 9),
            {},
            [(WARN, "activist.too_early")],
        ),
        (Stage.APPLICANT, steps(2, s1=D(2026, 1, 10)), 3, D(2026, 4, 10), {}, []),
        (Stage.ACTIVIST, steps(4), 5, TODAY, {"contacts": ()}, [(WARN, "contacts.count")]),
        (Stage.ACTIVIST, steps(4), 5, TODAY, {"contacts": (A,)}, []),
        (
            Stage.ACTIVIST,
            steps(4),
            5,
            TODAY,
            {"contacts": (A, B, OUTSIDER)},
            [(WARN, "contacts.count")],
        ),
        (
            Stage.ACTIVIST,
            steps(4),
            5,
            TODAY,
            {"contacts": (NOT_FULL,)},
            [(WARN, "contacts.not_full_member")],
        ),
        (
            Stage.ACTIVIST,
            steps(6, s3=D(2025, 12, 1)),
            7,
            D(2026, 11, 30) - dt.timedelta(days=4),
            {},
            [(WARN, "candidate.too_early")],
        ),
        (Stage.ACTIVIST, steps(6, s3=D(2025, 11, 26)), 7, TODAY, {}, []),
        (Stage.CANDIDATE, steps(8), 9, TODAY, {"introducers": (A, B)}, []),
        (Stage.CANDIDATE, steps(8), 9, TODAY, {"introducers": (A, OUTSIDER)}, []),  # stage unknown
        (
            Stage.CANDIDATE,
            steps(8),
            9,
            TODAY,
            {"introducers": (A,)},
            [(WARN, "introducers.count")],
        ),
        (
            Stage.CANDIDATE,
            steps(8),
            9,
            TODAY,
            {"introducers": (A, NOT_FULL)},
            [(WARN, "introducers.not_full_member")],
        ),
        (
            Stage.CANDIDATE,
            steps(11, s10=D(2025, 11, 1)),
            12,
            TODAY,
            {},
            [(WARN, "political_review.expired")],
        ),
        (Stage.CANDIDATE, steps(11, s10=D(2025, 12, 1)), 12, TODAY, {}, []),
        (
            Stage.CANDIDATE,
            steps(12, s12=D(2026, 10, 1)),
            13,
            TODAY,
            {},
            [(WARN, "pre_review.late")],
        ),
        (PROB, steps(16, s15=D(2026, 8, 26)), 17, TODAY, {}, []),  # exactly 3 months
        (
            PROB,
            steps(16, s15=D(2026, 8, 25)),
            17,
            TODAY,
            {},
            [(WARN, "admission_approval.late")],
        ),
        (
            PROB,
            steps(16, s15=D(2026, 5, 25)),
            17,
            TODAY,
            {},
            [(WARN, "admission_approval.deliberate_again")],
        ),
        (
            FULL,
            steps(23, s23=D(2026, 8, 1)),
            24,
            TODAY,
            {},
            [(WARN, "confirmation_approval.late")],
        ),
        (FULL, steps(24, s23=D(2026, 11, 19)), 25, TODAY, {}, []),
        (FULL, steps(24, s23=D(2026, 11, 18)), 25, TODAY, {}, [(WARN, "archiving.late")]),
    ],
)
def test_check_step(stage, done, step_no, on, kw, expected) -> None:
    findings = check_step(person(stage, done), step_no, on, RULES, TODAY, **kw)
    assert codes(findings) == expected
    for finding in findings:
        assert finding.message.format(**finding.params)
        assert finding.rule.format(**finding.params)


def test_pre_review_warns_for_a_candidate_who_leaves_within_3_months() -> None:
    facts = person(Stage.CANDIDATE, steps(12, s12=TODAY), expected_leave_on=D(2027, 2, 26))
    assert codes(check_step(facts, 13, TODAY, RULES, TODAY)) == [(WARN, "pre_review.leaves_soon")]
    facts = person(Stage.CANDIDATE, steps(12, s12=TODAY), expected_leave_on=D(2027, 2, 27))
    assert check_step(facts, 13, TODAY, RULES, TODAY) == []


def test_check_step_rejects_an_unknown_step() -> None:
    with pytest.raises(ValueError, match="0"):
        check_step(person(Stage.APPLICANT, {}), 0, TODAY, RULES, TODAY)


# --- pipeline_reminders -------------------------------------------------------------------------


def reminders_of(*facts: PipelineFacts) -> list:
    return list(pipeline_reminders(facts, RULES, TODAY))


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (person(Stage.APPLICANT, {1: D(2026, 9, 1)}), (Severity.OVERDUE, D(2026, 10, 1))),
        (person(Stage.APPLICANT, {1: D(2026, 11, 1)}), (Severity.DUE, D(2026, 12, 1))),
        (person(Stage.APPLICANT, {1: D(2026, 11, 26)}), None),  # due in 30 days: not yet
        # earliest date reached for a step without a due date: "may now be considered"
        (person(Stage.ACTIVIST, steps(6, s3=D(2025, 10, 1))), (Severity.DUE, D(2026, 10, 1))),
        (person(Stage.ACTIVIST, steps(6, s3=D(2026, 1, 1))), None),
        # probation ends within 30 days
        (person(PROB, steps(21, s15=D(2025, 12, 20))), (Severity.DUE, D(2026, 12, 20))),
        (person(PROB, steps(21, s15=D(2026, 1, 5))), None),
        # a candidate leaving school within 3 months (第十九条)
        (
            person(Stage.CANDIDATE, steps(8), expected_leave_on=D(2027, 1, 15)),
            (Severity.WARNING, D(2027, 1, 15)),
        ),
        (person(Stage.CANDIDATE, steps(8), expected_leave_on=D(2027, 6, 30)), None),
        # a political review about to expire before the branch committee's review (step 12)
        (
            person(Stage.CANDIDATE, steps(11, s10=D(2025, 12, 1))),
            (Severity.WARNING, D(2026, 12, 1)),
        ),
        (person(Stage.CANDIDATE, steps(11, s10=D(2026, 1, 1))), None),
        (person(Stage.CANDIDATE, steps(12, s10=D(2025, 12, 1), s12=D(2026, 11, 25))), None),
        # overdue beats the leaving warning: one reminder per person, the most urgent
        (
            person(Stage.CANDIDATE, steps(12, s12=D(2026, 9, 1)), expected_leave_on=D(2027, 1, 15)),
            (Severity.OVERDUE, D(2026, 10, 1)),
        ),
    ],
)
def test_pipeline_reminders(facts: PipelineFacts, expected: tuple | None) -> None:
    found = reminders_of(facts)
    if expected is None:
        assert found == []
        return
    (reminder,) = found
    assert (reminder.severity, reminder.due_on) == expected
    assert (reminder.family, reminder.subject) == ("members", "member:1")
    assert "李明" in reminder.text()
    assert reminder.rule_text()


def test_each_person_gets_their_own_reminder() -> None:
    late = PipelineFacts(7, "张三", Stage.APPLICANT, done={1: D(2026, 9, 1)})
    fine = PipelineFacts(8, "李四", Stage.APPLICANT, done={1: TODAY})
    leaving = PipelineFacts(9, "王五", Stage.CANDIDATE, done=steps(8), expected_leave_on=TODAY)
    found = reminders_of(late, fine, leaving)
    assert [(r.subject, r.severity) for r in found] == [
        ("member:7", Severity.OVERDUE),
        ("member:9", Severity.WARNING),
    ]
    assert "2026-10-01" in found[0].text() and "1 month" in found[0].rule_text()
