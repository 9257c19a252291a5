"""Member development (RULES.md §1): the next step, checks on a recorded step, reminders.

Pure functions of ``PipelineFacts``, ``LocalRules`` and ``today``; the facts are read by
``core/services/pipeline_facts.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from branchdesk.core.enums import Stage, StepOutcome
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules import pipeline_steps as s
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.reminders import Reminder, Severity, add_months

# When an extension's length is not recorded, assume the shortest (6 months, RULES.md §1) so
# the reminder comes early rather than late.
DEFAULT_EXTENSION_MONTHS = 6
DUE_WINDOW_DAYS = 14
PROBATION_WINDOW_DAYS = 30
LEAVING_WINDOW_MONTHS = 3  # 细则第十九条
# A clerk may leave a few administrative steps (备案 …) unrecorded; a history with more gaps
# holds only the milestones of an old member (1, 3, 7, 15, 23) and gets no step reminders.
MAX_UNRECORDED_STEPS = 3


class NamedPerson(NamedTuple):
    """Someone named in a step, with their stage at the time when known (None: unknown)."""

    name: str
    stage: Stage | None = None


class OutcomeFact(NamedTuple):
    """A FAILED / EXTENDED / CANCELLED occurrence of a step."""

    step_no: int
    outcome: StepOutcome
    on: dt.date
    months: int | None = None  # length of an extension, when known


@dataclass(frozen=True)
class PipelineFacts:
    """What the pipeline rules need to know about one person, as plain values."""

    person_id: int
    name: str
    stage: Stage
    birth_date: dt.date | None = None
    expected_leave_on: dt.date | None = None
    done: Mapping[int, dt.date] = field(default_factory=dict)  # step → latest DONE date
    outcomes: tuple[OutcomeFact, ...] = ()
    introducers: tuple[NamedPerson, ...] = ()
    contacts: tuple[NamedPerson, ...] = ()


@dataclass(frozen=True)
class StepDue:
    """The next step of a person, when it may be done and when it is due."""

    step_no: int
    name: str
    earliest_on: dt.date | None
    due_on: dt.date | None
    overdue: bool
    rule: str = ""
    params: Mapping[str, str] = field(default_factory=dict)


def eighteenth_birthday(birth_date: dt.date) -> dt.date:
    """The day a person turns 18; someone born on 29 February turns 18 on 1 March."""
    try:
        return birth_date.replace(year=birth_date.year + 18)
    except ValueError:
        return dt.date(birth_date.year + 18, 3, 1)


def probation_end(facts: PipelineFacts) -> dt.date | None:
    """党章第七条: 1 year from the step-15 resolution, moved by each later extension."""
    admitted = facts.done.get(s.ADMISSION)
    if admitted is None:
        return None
    months = 12 + sum(
        o.months or DEFAULT_EXTENSION_MONTHS
        for o in facts.outcomes
        if o.outcome is StepOutcome.EXTENDED and o.on >= admitted
    )
    return add_months(admitted, months)


def _cancelled(facts: PipelineFacts) -> bool:
    admitted = facts.done.get(s.ADMISSION, dt.date.min)
    return any(o.outcome is StepOutcome.CANCELLED and o.on >= admitted for o in facts.outcomes)


def _done_after(facts: PipelineFacts, step_no: int, day: dt.date) -> bool:
    done_on = facts.done.get(step_no)
    return done_on is not None and done_on > day


def _next_step_no(facts: PipelineFacts) -> int | None:
    """The step to do next: after the last one done, or a failed or extended one again."""
    if not facts.done or _cancelled(facts):
        return None
    admitted = facts.done.get(s.ADMISSION)
    extended = [
        o.on
        for o in facts.outcomes
        if o.outcome is StepOutcome.EXTENDED and admitted is not None and o.on >= admitted
    ]
    if extended and not _done_after(facts, s.CONFIRMATION, max(extended)):
        # 延长预备期: a new 转正 application when the extended probation ends, then the vote.
        if _done_after(facts, s.CONFIRMATION_REQUEST, max(extended)):
            return s.CONFIRMATION
        return s.CONFIRMATION_REQUEST
    again = [
        o.step_no
        for o in facts.outcomes
        if o.outcome is StepOutcome.FAILED
        and facts.done.get(o.step_no, dt.date.min) < o.on  # 未通过 and not passed since
    ]
    last = max(facts.done)
    missing = set(range(1, last)) - set(facts.done) - set(again)
    if len(missing) > MAX_UNRECORDED_STEPS:
        return None  # only milestones were entered (an old member's history): nothing to remind
    step_no = min([last + 1, *again])
    return step_no if step_no <= s.LAST_STEP else None


def _timing(
    facts: PipelineFacts, step_no: int, rules: LocalRules
) -> tuple[dt.date | None, dt.date | None, str, dict[str, str]]:
    """(earliest_on, due_on, rule, params) of ``step_no`` given the steps already done."""
    done = facts.done
    if step_no == s.TALK and s.APPLICATION in done:
        return None, add_months(done[s.APPLICATION], 1), s.RULE_TALK, {}
    if step_no == s.ACTIVIST and s.APPLICATION in done:
        months = rules.activist_min_months_after_application
        earliest = add_months(done[s.APPLICATION], months)
        return earliest, None, s.RULE_ACTIVIST, {"months": str(months)}
    if step_no == s.CANDIDATE and s.ACTIVIST in done:
        return add_months(done[s.ACTIVIST], 12), None, s.RULE_CANDIDATE, {}
    if step_no == s.PRE_REVIEW and s.BRANCH_REVIEW in done:
        months = rules.pre_review_within_months
        due = add_months(done[s.BRANCH_REVIEW], months)
        return None, due, s.RULE_PRE_REVIEW, {"months": str(months)}
    if step_no in (s.ADMISSION_APPROVAL - 1, s.ADMISSION_APPROVAL) and s.ADMISSION in done:
        # Step 16's talk comes before the approval, so it shares the approval's deadline.
        return None, add_months(done[s.ADMISSION], 3), s.RULE_ADMISSION_APPROVAL, {}
    if step_no in (s.CONFIRMATION_REQUEST, s.CONFIRMATION):
        end = probation_end(facts)
        if end is not None:
            if step_no == s.CONFIRMATION_REQUEST:
                return None, end, s.RULE_PROBATION, {}
            return end, None, s.RULE_PROBATION, {}
    if step_no == s.CONFIRMATION_APPROVAL and s.CONFIRMATION in done:
        return None, add_months(done[s.CONFIRMATION], 3), s.RULE_CONFIRMATION_APPROVAL, {}
    if step_no == s.ARCHIVING and s.CONFIRMATION in done:
        days = rules.archive_within_days
        due = done[s.CONFIRMATION] + dt.timedelta(days=days)
        return None, due, s.RULE_ARCHIVING, {"days": str(days)}
    return None, None, "", {}


def next_step(facts: PipelineFacts, rules: LocalRules, today: dt.date) -> StepDue | None:
    """The next step to do, with its earliest and due dates; None when nothing is pending.

    None as well when the recorded steps stop before the person's stage (history not entered).
    """
    step_no = _next_step_no(facts)
    if step_no is None:
        return None
    spec = s.step_spec(step_no)
    if s.stage_rank(spec.stage) < s.stage_rank(facts.stage):
        return None
    earliest, due, rule, params = _timing(facts, step_no, rules)
    overdue = due is not None and today > due
    return StepDue(step_no, spec.name, earliest, due, overdue, rule, params)


def leaves_soon(facts: PipelineFacts, day: dt.date) -> bool:
    """细则第十九条: the person leaves school or work within 3 months of ``day``."""
    leave = facts.expected_leave_on
    return leave is not None and day <= leave <= add_months(day, LEAVING_WINDOW_MONTHS)


def _reminder_for_step(facts: PipelineFacts, due: StepDue, today: dt.date) -> Reminder | None:
    params = {"name": facts.name, "step_no": str(due.step_no), "step": due.name, **due.params}
    subject = f"member:{facts.person_id}"
    if due.due_on is not None:
        params["date"] = due.due_on.isoformat()
        if due.overdue:
            message = QT_TRANSLATE_NOOP(
                "Reminders", "{name}: step {step_no} ({step}) was due by {date}."
            )
            severity = Severity.OVERDUE
        else:
            window = (
                PROBATION_WINDOW_DAYS if due.step_no == s.CONFIRMATION_REQUEST else DUE_WINDOW_DAYS
            )
            if (due.due_on - today).days > window:
                return None
            message = QT_TRANSLATE_NOOP(
                "Reminders", "{name}: step {step_no} ({step}) is due by {date}."
            )
            severity = Severity.DUE
        return Reminder(severity, "members", message, due.rule, due.due_on, subject, params)
    if due.earliest_on is not None and due.earliest_on <= today:
        params["date"] = due.earliest_on.isoformat()
        message = QT_TRANSLATE_NOOP(
            "Reminders", "{name} may now be considered for step {step_no} ({step}), since {date}."
        )
        return Reminder(
            Severity.DUE, "members", message, due.rule, due.earliest_on, subject, params
        )
    return None


def person_reminders(facts: PipelineFacts, rules: LocalRules, today: dt.date) -> list[Reminder]:
    """Every pipeline reminder of one person, unsorted."""
    found: list[Reminder] = []
    due = next_step(facts, rules, today)
    if due is not None and (reminder := _reminder_for_step(facts, due, today)) is not None:
        found.append(reminder)
    leave_on = facts.expected_leave_on
    if facts.stage is Stage.CANDIDATE and leave_on is not None and leaves_soon(facts, today):
        found.append(
            Reminder(
                Severity.WARNING,
                "members",
                QT_TRANSLATE_NOOP(
                    "Reminders", "{name} is a candidate and leaves on {date}, within 3 months."
                ),
                s.RULE_LEAVING,
                leave_on,
                f"member:{facts.person_id}",
                {"name": facts.name, "date": leave_on.isoformat()},
            )
        )
    review_on = facts.done.get(s.POLITICAL_REVIEW)
    if (
        facts.stage is Stage.CANDIDATE
        and review_on is not None
        and not _done_after(facts, s.BRANCH_REVIEW, review_on - dt.timedelta(days=1))
    ):
        # [local] the conclusion is valid political_review_valid_months; step 12 relies on it.
        valid_until = add_months(review_on, rules.political_review_valid_months)
        if (valid_until - today).days <= DUE_WINDOW_DAYS:
            found.append(
                Reminder(
                    Severity.WARNING,
                    "members",
                    QT_TRANSLATE_NOOP(
                        "Reminders",
                        "{name}: the political review of {review_on} is valid until {date}.",
                    ),
                    s.RULE_POLITICAL_REVIEW,
                    valid_until,
                    f"member:{facts.person_id}",
                    {
                        "name": facts.name,
                        "review_on": review_on.isoformat(),
                        "date": valid_until.isoformat(),
                        "months": str(rules.political_review_valid_months),
                    },
                )
            )
    return found


def pipeline_reminders(
    people: Iterable[PipelineFacts], rules: LocalRules, today: dt.date
) -> Iterator[Reminder]:
    """At most one reminder per person: the most urgent of their pipeline reminders."""
    for facts in people:
        found = person_reminders(facts, rules, today)
        if found:
            yield min(found, key=lambda r: (r.severity.rank, r.due_on or dt.date.max))
