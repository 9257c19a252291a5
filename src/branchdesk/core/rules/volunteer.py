"""Volunteer service (志愿服务, RULES.md §6): service time, periods, who may serve, certificates.

Pure functions of values and dates; they raise ValidationError naming the field and the rule.
Decisions this module encodes:

- Service time is entered as hours + minutes and stored in whole minutes (exact sums over
  years). Minutes run 0–59, the time is more than 0, and one person's time in one activity is
  at most ACTIVITY_LIMIT_HOURS (12): an activity is held on one day, and a longer figure is
  almost always a typo (30 typed for 3.0). Across activities a person serves at most 24 hours
  on one day.
- Hours as a decimal (exports, the national platforms' 服务时长(小时)) are computed from the
  minutes with integer arithmetic and rounded half up to 2 places: exact whenever the minutes
  are a multiple of 3 (15 min = 0.25 h), otherwise within 0.005 h (20 min = 0.33 h). Totals
  are summed in minutes first, never from rounded rows.
- Terms (学期): the autumn term (第一学期) runs 1 August – 31 January, the spring term
  (第二学期) 1 February – 31 July; an academic year 2025—2026 starts in the autumn of 2025.
- Who may serve on a day (RULES.md §6: members and activists): a person of the activity's
  branch, at least an activist (入党积极分子) then, and on the branch's roll then. "Then" is
  judged from what the file stores: the stage is today's stage, except that a person named
  activist (step 3, its latest completed occurrence, as the printed forms read it) only after
  the day was not one yet (no step 3 on file: the stage counts, as imported files often lack
  steps); the roll is read from the transfers and exits (转入, 转出, 退党, 去世 …): someone
  whose last exit before the day was not followed by a transfer in by then had left (an exit
  on the day itself still lets them serve that day), and someone whose first record is a
  transfer in after the day had not arrived.
- Certificate numbers (志愿服务记录证明编号): ``ZYFW-<year of issue>-<4-digit sequence>``, e.g.
  ZYFW-2026-0007, counting from 1 each calendar year across the archive (a 党总支 with several
  branches keeps one register, so no two certificates share a number).
- On a certificate the ID number is masked harder than in lists: the paper leaves the branch,
  so a resident ID keeps only its first 4 (province and city) and last 4 characters
  (4401**********1234); other documents are masked as in lists.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from branchdesk.core.enums import EXIT_KINDS, ChangeKind, Stage
from branchdesk.core.errors import ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.rules.idnumber import mask_id_number

MINUTES_PER_HOUR = 60
DAY_LIMIT_HOURS = 24
DAY_LIMIT_MINUTES = DAY_LIMIT_HOURS * MINUTES_PER_HOUR
ACTIVITY_LIMIT_HOURS = 12
ACTIVITY_LIMIT_MINUTES = ACTIVITY_LIMIT_HOURS * MINUTES_PER_HOUR
CERTIFICATE_PREFIX = "ZYFW"
AUTUMN, SPRING = 1, 2  # 第一学期, 第二学期
_CERTIFICATE = re.compile(r"ZYFW-([0-9]{4})-([0-9]{4,})", re.ASCII)


# --- service time ---------------------------------------------------------------------------


def _whole(value: object) -> int:
    # Floats are refused, not rounded: a programming error, as the form gives whole numbers.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"service time takes whole numbers, not {type(value).__name__}")
    return value


def to_minutes(
    hours: int | None, minutes: int | None, *, row: int = 1, field: str = "hours"
) -> int:
    """Hours + minutes as whole minutes: more than 0, minutes 0–59, at most 12 hours.

    ``None`` reads as 0 (an empty box). Errors name ``<field>.hours`` or ``<field>.minutes``
    and carry the ``row`` (1-based), as the minutes editor's attendance rows do.
    """
    whole_hours = _whole(0 if hours is None else hours)
    rest = _whole(0 if minutes is None else minutes)
    if whole_hours < 0:
        raise ValidationError(
            f"{field}.hours",
            "time.hours",
            QT_TRANSLATE_NOOP("Validation", "Row {row}: the hours cannot be negative."),
            row=row,
        )
    if not 0 <= rest < MINUTES_PER_HOUR:
        raise ValidationError(
            f"{field}.minutes",
            "time.minutes",
            QT_TRANSLATE_NOOP(
                "Validation", "Row {row}: the minutes are a whole number from 0 to 59."
            ),
            row=row,
        )
    total = whole_hours * MINUTES_PER_HOUR + rest
    if total == 0:
        raise ValidationError(
            f"{field}.hours",
            "time.positive",
            QT_TRANSLATE_NOOP("Validation", "Row {row}: please enter the time served."),
            row=row,
        )
    if total > ACTIVITY_LIMIT_MINUTES:
        raise ValidationError(
            f"{field}.hours",
            "time.activity_limit",
            QT_TRANSLATE_NOOP(
                "Validation",
                "Row {row}: one person's time in one activity is at most {limit} hours.",
            ),
            row=row,
            limit=ACTIVITY_LIMIT_HOURS,
        )
    return total


def split_minutes(minutes: int) -> tuple[int, int]:
    """Whole minutes as (hours, minutes), for a form's two boxes."""
    return divmod(minutes, MINUTES_PER_HOUR)


def minutes_as_hours(minutes: int) -> Decimal:
    """Minutes as decimal hours, rounded half up to 2 places (exact for multiples of 3)."""
    hundredths = Decimal(minutes * 100) / MINUTES_PER_HOUR
    return (hundredths.quantize(Decimal(1), rounding=ROUND_HALF_UP)) / 100


def is_exact_in_hours(minutes: int) -> bool:
    """Whether minutes_as_hours gives the time without rounding."""
    return minutes % 3 == 0


def hours_figure(minutes: int) -> str:
    """3.5, 0.25, 12: decimal hours without trailing zeros (see minutes_as_hours)."""
    value = minutes_as_hours(minutes)
    return f"{value.normalize():f}" if value else "0"


def hours_label(minutes: int) -> str:
    """3.5 h: for narrow columns and charts."""
    return f"{hours_figure(minutes)} h"


def duration_text(minutes: int) -> str:
    """3小时30分, 3小时, 45分, 0分: exact, as forms write a time."""
    hours, rest = split_minutes(minutes)
    if hours and rest:
        return f"{hours}小时{rest}分"
    if hours:
        return f"{hours}小时"
    return f"{rest}分"


def check_day_total(
    name: str, day: dt.date, already: int, adding: int, *, row: int = 1, field: str = "hours"
) -> None:
    """Nobody serves more than 24 hours on one day, across activities (this one included)."""
    if already + adding > DAY_LIMIT_MINUTES:
        raise ValidationError(
            f"{field}.hours",
            "time.day_total",
            QT_TRANSLATE_NOOP(
                "Validation",
                "Row {row}: {name} already served {hours} hours on {date}; with this activity "
                "it would be more than {limit} hours that day.",
            ),
            row=row,
            name=name,
            hours=hours_figure(already),
            date=day.isoformat(),
            limit=DAY_LIMIT_HOURS,
        )


# --- terms and periods ----------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Term:
    """A term of the academic year that starts in the autumn of ``start_year``."""

    start_year: int
    half: int  # AUTUMN (第一学期) or SPRING (第二学期)

    def __post_init__(self) -> None:
        if self.half not in (AUTUMN, SPRING):
            raise ValueError(f"a term's half is {AUTUMN} or {SPRING}, not {self.half}")

    @property
    def start(self) -> dt.date:
        if self.half == AUTUMN:
            return dt.date(self.start_year, 8, 1)
        return dt.date(self.start_year + 1, 2, 1)

    @property
    def end(self) -> dt.date:
        if self.half == AUTUMN:
            return dt.date(self.start_year + 1, 1, 31)
        return dt.date(self.start_year + 1, 7, 31)

    @property
    def label(self) -> str:
        """2025—2026学年第一学期."""
        half = "第一学期" if self.half == AUTUMN else "第二学期"
        return f"{self.start_year}—{self.start_year + 1}学年{half}"


def term_of(day: dt.date) -> Term:
    """The term ``day`` falls in: August–January autumn, February–July spring."""
    if day.month >= 8:
        return Term(day.year, AUTUMN)
    if day.month == 1:
        return Term(day.year - 1, AUTUMN)
    return Term(day.year - 1, SPRING)


@dataclass(frozen=True)
class Period:
    """The days a total, a summary or a certificate covers, both ends included."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"a period ends ({self.end}) before it starts ({self.start})")

    @classmethod
    def of_year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @classmethod
    def of_term(cls, term: Term) -> Period:
        return cls(term.start, term.end)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    @property
    def year(self) -> int | None:
        """The calendar year when the period is one whole year."""
        whole = Period.of_year(self.start.year)
        return self.start.year if self == whole else None

    @property
    def label(self) -> str:
        """2026年度, 2025—2026学年第一学期, or 2026年3月1日至2026年6月30日."""
        if self.year is not None:
            return f"{self.year}年度"
        term = term_of(self.start)
        if (term.start, term.end) == (self.start, self.end):
            return term.label
        start, end = self.start, self.end
        return f"{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日"


# --- who may serve --------------------------------------------------------------------------


@dataclass(frozen=True)
class RollFacts:
    """What the file says about a person, to judge whether they could serve on a day."""

    member_id: int
    name: str
    branch_id: int
    stage: Stage  # today's
    activist_on: dt.date | None  # step 3, latest completed occurrence
    # (date, kind) of transfers in and exits, in the order they were recorded.
    changes: tuple[tuple[dt.date, ChangeKind], ...] = ()


class Refusal(StrEnum):
    """Why a person could not serve for the branch on a day."""

    BRANCH = "branch"  # of another branch
    STAGE = "stage"  # not yet an activist
    LEFT = "left"  # had left the branch
    NOT_ARRIVED = "not_arrived"  # transferred in only later


def roll_refusal(facts: RollFacts, branch_id: int, day: dt.date) -> Refusal | None:
    """None when ``facts``' person could serve for ``branch_id`` on ``day`` (module docstring)."""
    if facts.branch_id != branch_id:
        return Refusal.BRANCH
    if facts.stage is Stage.APPLICANT or (
        facts.activist_on is not None and facts.activist_on > day
    ):
        return Refusal.STAGE
    moves = [
        (changed_on, index, kind)
        for index, (changed_on, kind) in enumerate(facts.changes)
        if kind is ChangeKind.TRANSFER_IN or kind in EXIT_KINDS
    ]
    # An exit counts from the day after it, a transfer in from its own day.
    before = [
        move
        for move in moves
        if (move[2] in EXIT_KINDS and move[0] < day)
        or (move[2] is ChangeKind.TRANSFER_IN and move[0] <= day)
    ]
    if before:
        return Refusal.LEFT if max(before)[2] in EXIT_KINDS else None
    if moves and min(moves)[2] is ChangeKind.TRANSFER_IN:
        return Refusal.NOT_ARRIVED
    return None


def check_on_roll(
    facts: RollFacts, branch_id: int, day: dt.date, *, row: int = 1, field: str = "hours"
) -> None:
    """Raise ValidationError at ``<field>.member_id`` when the person could not serve then."""
    refusal = roll_refusal(facts, branch_id, day)
    if refusal is None:
        return
    messages = {
        Refusal.BRANCH: QT_TRANSLATE_NOOP("Validation", "Row {row}: {name} is not of this branch."),
        Refusal.STAGE: QT_TRANSLATE_NOOP(
            "Validation",
            "Row {row}: on {date}, {name} was not yet an activist or a Party member; "
            "members and activists serve.",
        ),
        Refusal.LEFT: QT_TRANSLATE_NOOP(
            "Validation", "Row {row}: {name} had left the branch before {date}."
        ),
        Refusal.NOT_ARRIVED: QT_TRANSLATE_NOOP(
            "Validation", "Row {row}: {name} transferred into the branch only after {date}."
        ),
    }
    raise ValidationError(
        f"{field}.member_id",
        f"member.{refusal.value}",
        messages[refusal],
        row=row,
        name=facts.name,
        date=day.isoformat(),
    )


# --- certificates ---------------------------------------------------------------------------


def certificate_number(year: int, sequence_no: int) -> str:
    """ZYFW-2026-0007: the prefix, the year of issue and the year's sequence number."""
    if sequence_no < 1:
        raise ValueError("certificate numbers count from 1")
    return f"{CERTIFICATE_PREFIX}-{year:04d}-{sequence_no:04d}"


def parse_certificate_number(text: str) -> tuple[int, int] | None:
    """(year, sequence) of a number certificate_number wrote; None for anything else."""
    match = _CERTIFICATE.fullmatch(text)
    if match is None or int(match[2]) < 1:
        return None
    return int(match[1]), int(match[2])


def certificate_id_number(number: str) -> str:
    """The ID number as a certificate prints it (module docstring): 4401**********1234."""
    if len(number) == 18 and number[:17].isascii() and number[:17].isdigit():
        return number[:4] + "*" * 10 + number[-4:]
    return mask_id_number(number)
