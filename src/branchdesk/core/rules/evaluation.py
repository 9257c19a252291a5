"""Democratic evaluation (民主评议党员, RULES.md §5): votes, the one-third rule, progress.

Pure functions of plain values, no database and no clock. The procedure is 个人自评 → 党员互评
→ 民主测评 (群众测评) → 支部评定 by the 支委会 or the 党员大会; a member's evaluation is complete
when each of its parts is on file (``missing_parts``).

Votes: each count is a whole number of ballots, never negative (**hard**); the ballots cast for
one member never exceed the voters when their number is known (**hard**: the counts would not
add up). For 党员互评 the voters are the other members of the round; the number of 群众 who
took part is not on file, so their votes are only checked for sign.

The one-third rule: 优秀 is *normally* no more than a third of the members evaluated
(参评党员), so more is a warning, never a refusal, and exactly one third is fine. The warning
counts against everyone in the round, graded or not: judged among the graded so far, the first
优秀 entered would be "100 %" and warn for nothing. The share shown (``excellent_share``) is
among the graded members; once the round is graded the two agree.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from fractions import Fraction

from branchdesk.core.enums import Grade
from branchdesk.core.errors import ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.pipeline_checks import FindingSeverity, RuleFinding
from branchdesk.core.rules.reminders import Reminder, Severity

# Grades from best to worst: the order of every form, list and export.
GRADES = (Grade.EXCELLENT, Grade.QUALIFIED, Grade.BASICALLY_QUALIFIED, Grade.UNQUALIFIED)
# RULES.md §5: these grades open an improvement item in the rectification ledger.
WEAK_GRADES = frozenset({Grade.BASICALLY_QUALIFIED, Grade.UNQUALIFIED})
# Who settles the grades (支部评定); stored as these words, as the paper form writes them.
GRADED_BY_COMMITTEE = "支委会"
GRADED_BY_ASSEMBLY = "党员大会"
GRADED_BY = (GRADED_BY_COMMITTEE, GRADED_BY_ASSEMBLY)
EXCELLENT_LIMIT = Fraction(1, 3)
# The grades as the paper forms and the ledger write them.
GRADE_NAMES: dict[Grade, str] = {
    Grade.EXCELLENT: "优秀",
    Grade.QUALIFIED: "合格",
    Grade.BASICALLY_QUALIFIED: "基本合格",
    Grade.UNQUALIFIED: "不合格",
}
# The improvement item of a 基本合格/不合格 member: its ledger category and time limit.
IMPROVEMENT_CATEGORY = "民主评议"
IMPROVEMENT_MONTHS = 3

RULE_ONE_THIRD = QT_TRANSLATE_NOOP(
    "Reminders",
    "Democratic evaluation: members graded excellent are normally no more than one third of"
    " the members evaluated.",
)


@dataclass(frozen=True)
class VoteTally:
    """Ballots for one member per grade: 优秀 / 合格 / 基本合格 / 不合格."""

    excellent: int = 0
    qualified: int = 0
    basically_qualified: int = 0
    unqualified: int = 0

    @property
    def total(self) -> int:
        return self.excellent + self.qualified + self.basically_qualified + self.unqualified

    def count(self, grade: Grade) -> int:
        return int(getattr(self, grade.value))

    def counts(self) -> tuple[int, int, int, int]:
        """The counts in GRADES order."""
        return (self.excellent, self.qualified, self.basically_qualified, self.unqualified)

    def __add__(self, other: VoteTally) -> VoteTally:
        return VoteTally(*(a + b for a, b in zip(self.counts(), other.counts(), strict=True)))


# The draft and model attribute of each grade's count (peer_excellent, masses_qualified …).
VOTE_FIELDS = tuple(f.name for f in fields(VoteTally))


def check_votes(votes: VoteTally, field: str, *, voters: int | None = None) -> VoteTally:
    """``votes`` when every count is a whole number ≥ 0 and their total ≤ ``voters`` (when
    known); raises ValidationError naming ``field`` (``peer.excellent``, or ``peer`` for the
    total). A count that is not an int is a programming error (TypeError), not user input."""
    for name in VOTE_FIELDS:
        value = getattr(votes, name)
        # bool is an int subclass: True votes would silently count as 1.
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{field}.{name} must be an int, not {type(value).__name__}")
        if value < 0:
            raise ValidationError(
                f"{field}.{name}",
                "votes.negative",
                QT_TRANSLATE_NOOP("Validation", "A number of votes cannot be negative."),
            )
    if voters is not None and votes.total > max(voters, 0):
        raise ValidationError(
            field,
            "votes.voters",
            QT_TRANSLATE_NOOP(
                "Validation",
                "{total} ballots were counted, but there are only {voters} voters.",
            ),
            total=votes.total,
            voters=max(voters, 0),
        )
    return votes


def improvement_text(name: str, year: int, grade: Grade) -> str:
    """The improvement item's 问题表现, e.g. 张三同志在2026年度民主评议中被评定为基本合格…"""
    return f"{name}同志在{year}年度民主评议中被评定为{GRADE_NAMES[grade]}，需限期改进。"


# --- the one-third rule ---------------------------------------------------------------------


def excellent_share(excellent: int, graded: int) -> Fraction | None:
    """The share of 优秀 among the graded members; None while nobody is graded."""
    if graded <= 0:
        return None
    return Fraction(excellent, graded)


def over_one_third(excellent: int, evaluated: int) -> bool:
    """More than a third of the members evaluated are 优秀 (exactly a third is fine)."""
    return excellent * 3 > evaluated


def one_third_finding(excellent: int, evaluated: int) -> RuleFinding | None:
    """A warning when 优秀 is over a third of the ``evaluated`` members, else None."""
    if not over_one_third(excellent, evaluated):
        return None
    return RuleFinding(
        FindingSeverity.WARNING,
        "evaluation.excellent_share",
        QT_TRANSLATE_NOOP(
            "Reminders",
            "{excellent} of {evaluated} members evaluated are graded excellent, more than one"
            " third (normally at most {limit}).",
        ),
        RULE_ONE_THIRD,
        {
            "excellent": str(excellent),
            "evaluated": str(evaluated),
            "limit": str(evaluated // 3),
        },
    )


# --- progress -------------------------------------------------------------------------------


class Part(StrEnum):
    """The parts of one member's evaluation, in the order of the procedure."""

    SELF_SUMMARY = "self_summary"  # 个人自评
    PEER_VOTES = "peer_votes"  # 党员互评
    MASSES_VOTES = "masses_votes"  # 民主测评
    BRANCH_OPINION = "branch_opinion"  # 支部意见
    GRADE = "grade"  # 评定等次


# How the GUI names each part (the paper forms print PART_NAMES).
PART_LABELS: dict[Part, str] = {
    Part.SELF_SUMMARY: QT_TRANSLATE_NOOP("Evaluation", "Self-assessment"),
    Part.PEER_VOTES: QT_TRANSLATE_NOOP("Evaluation", "Peer votes"),
    Part.MASSES_VOTES: QT_TRANSLATE_NOOP("Evaluation", "Masses votes"),
    Part.BRANCH_OPINION: QT_TRANSLATE_NOOP("Evaluation", "Branch opinion"),
    Part.GRADE: QT_TRANSLATE_NOOP("Evaluation", "Grade"),
}
PART_NAMES: dict[Part, str] = {
    Part.SELF_SUMMARY: "个人自评",
    Part.PEER_VOTES: "党员互评",
    Part.MASSES_VOTES: "民主测评",
    Part.BRANCH_OPINION: "支部意见",
    Part.GRADE: "评定等次",
}


@dataclass(frozen=True)
class EvaluationFacts:
    """What is on file for one member of a round."""

    self_summary: bool  # a self-summary is written
    peer: VoteTally
    masses: VoteTally
    branch_opinion: bool
    grade: Grade | None


def missing_parts(facts: EvaluationFacts, *, peer_voters: int | None = None) -> tuple[Part, ...]:
    """The parts not on file yet, in procedure order. Votes are missing while none are counted,
    except peer votes in a round with no other member to cast them (``peer_voters`` 0)."""
    missing = []
    if not facts.self_summary:
        missing.append(Part.SELF_SUMMARY)
    if facts.peer.total == 0 and (peer_voters is None or peer_voters > 0):
        missing.append(Part.PEER_VOTES)
    if facts.masses.total == 0:
        missing.append(Part.MASSES_VOTES)
    if not facts.branch_opinion:
        missing.append(Part.BRANCH_OPINION)
    if facts.grade is None:
        missing.append(Part.GRADE)
    return tuple(missing)


@dataclass(frozen=True)
class RoundSummary:
    """A round at a glance: members, how many are complete, the grades and 优秀's share."""

    members: int
    complete: int
    by_grade: Mapping[Grade, int] = field(default_factory=dict)  # every grade, 0 included
    peer_total: VoteTally = field(default_factory=VoteTally)
    masses_total: VoteTally = field(default_factory=VoteTally)

    @property
    def incomplete(self) -> int:
        return self.members - self.complete

    @property
    def graded(self) -> int:
        return sum(self.by_grade.values())

    @property
    def excellent_share(self) -> Fraction | None:
        """优秀 among the graded members (None while nobody is graded)."""
        return excellent_share(self.by_grade.get(Grade.EXCELLENT, 0), self.graded)

    @property
    def over_one_third(self) -> bool:
        """优秀 is over a third of the round's members (the rule's measure)."""
        return over_one_third(self.by_grade.get(Grade.EXCELLENT, 0), self.members)

    def findings(self) -> list[RuleFinding]:
        """The round's warnings (the one-third rule)."""
        found = one_third_finding(self.by_grade.get(Grade.EXCELLENT, 0), self.members)
        return [found] if found else []


def round_summary(
    people: Iterable[EvaluationFacts], *, peer_voters: int | None = None
) -> RoundSummary:
    """Count a round's members, the complete ones, the grades and the votes."""
    by_grade = dict.fromkeys(GRADES, 0)
    members = complete = 0
    peers, masses = VoteTally(), VoteTally()
    for facts in people:
        members += 1
        if not missing_parts(facts, peer_voters=peer_voters):
            complete += 1
        if facts.grade is not None:
            by_grade[facts.grade] += 1
        peers += facts.peer
        masses += facts.masses
    return RoundSummary(members, complete, by_grade, peers, masses)


def percent_text(share: Fraction | None) -> str:
    """33.3%: a share with one decimal, "" when there is none."""
    if share is None:
        return ""
    tenths = math.floor(share * 1000 + Fraction(1, 2))  # half up, as people round
    return f"{tenths // 10}.{tenths % 10}%"


# --- reminders ------------------------------------------------------------------------------

FAMILY = "evaluations"
# Reminder kinds; the subject "branch:<id>:evaluation:<year>:<kind>" is stable across runs.
KIND_NO_ROUND = "no_round"
KIND_INCOMPLETE = "incomplete"
RULE_YEARLY = QT_TRANSLATE_NOOP(
    "Reminders",
    "Members are evaluated every year: self-assessment, peer votes, masses votes and the"
    " branch's grade (local rule: remind from month {month}).",
)


@dataclass(frozen=True)
class RoundFacts:
    """A branch's round of a year (``round_id`` None: not opened) and its progress."""

    branch_id: int
    branch_name: str
    year: int
    round_id: int | None
    members: int
    complete: int


def reminder_subject(branch_id: int, year: int, kind: str) -> str:
    return f"branch:{branch_id}:evaluation:{year}:{kind}"


def evaluation_reminders(
    rounds: Iterable[RoundFacts], rules: LocalRules, today: dt.date
) -> Iterator[Reminder]:
    """From the local rule's month (December): this year's round not opened, or incomplete
    (due by the year's end). All year: last year's round still incomplete (overdue; an
    evaluation held in January finishes then). A round not opened for last year is not
    reminded: it may well be on paper only, and the archive need not hold it."""
    for facts in rounds:
        this_year = facts.year == today.year
        if this_year and today.month < rules.evaluation_reminder_month:
            continue
        if not this_year and facts.year != today.year - 1:
            continue
        params = {
            "branch": facts.branch_name,
            "year": str(facts.year),
            "members": str(facts.members),
            "incomplete": str(facts.members - facts.complete),
            "month": str(rules.evaluation_reminder_month),
        }
        severity = Severity.DUE if this_year else Severity.OVERDUE
        if facts.round_id is None:
            if not this_year or facts.members <= 0:
                continue
            yield Reminder(
                severity,
                FAMILY,
                QT_TRANSLATE_NOOP(
                    "Reminders", "{branch} has not opened the democratic evaluation of {year}."
                ),
                RULE_YEARLY,
                due_on=dt.date(facts.year, 12, 31),
                subject=reminder_subject(facts.branch_id, facts.year, KIND_NO_ROUND),
                params=params,
            )
        elif facts.complete < facts.members:
            yield Reminder(
                severity,
                FAMILY,
                QT_TRANSLATE_NOOP(
                    "Reminders",
                    "Democratic evaluation of {year} in {branch}: {incomplete} of {members}"
                    " members are not complete yet.",
                ),
                RULE_YEARLY,
                due_on=dt.date(facts.year, 12, 31),
                subject=reminder_subject(facts.branch_id, facts.year, KIND_INCOMPLETE),
                params=params,
            )
