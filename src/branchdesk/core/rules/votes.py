"""Votes of a 支部党员大会 (RULES.md §1 step 15/23, §2): consistency, quorum and majority.

Pure functions; the step dialog and (later) the minutes editor show what they find.
"""

from __future__ import annotations

from dataclasses import dataclass

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.pipeline_checks import FindingSeverity, RuleFinding

RULE_QUORUM = QT_TRANSLATE_NOOP(
    "Reminders",
    "Branch Work Regulations: a branch assembly needs more than half of the members with voting"
    " rights present.",
)
RULE_MAJORITY = QT_TRANSLATE_NOOP(
    "Reminders",
    "Development Work Rules: an admission or confirmation passes with more than half of the"
    " expected voting full members in favour.",
)
RULE_COUNTS = QT_TRANSLATE_NOOP(
    "Reminders", "The votes cast cannot exceed the members present, nor those the expected."
)


@dataclass(frozen=True)
class VoteCount:
    """应到 / 实到 voting members and the votes 赞成 / 反对 / 弃权."""

    expected: int
    present: int
    in_favour: int
    against: int = 0
    abstaining: int = 0

    @property
    def quorate(self) -> bool:
        return self.present * 2 > self.expected

    @property
    def passed(self) -> bool:
        return self.quorate and self.in_favour * 2 > self.expected


def _hard(code: str, message: str, rule: str, **params: object) -> RuleFinding:
    return RuleFinding(
        FindingSeverity.HARD, code, message, rule, {k: str(v) for k, v in params.items()}
    )


def vote_findings(votes: VoteCount, *, recorded_as_passed: bool) -> list[RuleFinding]:
    """What is wrong with the count; a failed vote may only be recorded as 未通过 (hard)."""
    found: list[RuleFinding] = []
    cast = votes.in_favour + votes.against + votes.abstaining
    if min(votes.expected, votes.present, votes.in_favour, votes.against, votes.abstaining) < 0:
        found.append(
            _hard(
                "votes.negative",
                QT_TRANSLATE_NOOP("Reminders", "A vote count cannot be negative."),
                RULE_COUNTS,
            )
        )
        return found
    if votes.present > votes.expected or cast > votes.present:
        found.append(
            _hard(
                "votes.inconsistent",
                QT_TRANSLATE_NOOP(
                    "Reminders",
                    "{present} present of {expected} expected, {cast} votes cast: the counts"
                    " do not add up.",
                ),
                RULE_COUNTS,
                present=votes.present,
                expected=votes.expected,
                cast=cast,
            )
        )
        return found
    if not recorded_as_passed:
        return found
    if not votes.quorate:
        found.append(
            _hard(
                "votes.no_quorum",
                QT_TRANSLATE_NOOP(
                    "Reminders",
                    "Only {present} of {expected} voting members were present: no quorum,"
                    " so the resolution is not valid.",
                ),
                RULE_QUORUM,
                present=votes.present,
                expected=votes.expected,
            )
        )
    elif not votes.passed:
        found.append(
            _hard(
                "votes.no_majority",
                QT_TRANSLATE_NOOP(
                    "Reminders",
                    "{in_favour} in favour of {expected} expected is not more than half:"
                    " record the outcome as not passed.",
                ),
                RULE_MAJORITY,
                in_favour=votes.in_favour,
                expected=votes.expected,
            )
        )
    return found
