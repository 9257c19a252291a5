"""Member files: validate, create and update a person and their dated pipeline steps (RULES.md §8).

The roster importer and the GUI member editor share these use cases; the caller owns the
unit of work, so nothing is committed here.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from typing import TypeVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import Gender, OrgStatus, PersonType, Stage, StepOutcome
from branchdesk.core.errors import ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import Member, PartyGroup, PipelineStep
from branchdesk.core.rules.idnumber import IdType, parse_resident_id, validate_id_number

_T = TypeVar("_T")

__all__ = [
    "SQL_PARAMETERS",
    "STEP_FIELDS",
    "MemberDraft",
    "MemberMatches",
    "MemberUpdates",
    "PartyGroupChoice",
    "add_member",
    "add_new_steps",
    "create_member",
    "derive_stage",
    "draft_from_member",
    "draft_of",
    "find_members",
    "list_party_groups",
    "normalise_phone",
    "party_group_branches",
    "record_step_dates",
    "step_dates_of",
    "update_member",
    "validate_member_draft",
]

# RULES.md §1: the dated steps a roster carries, in pipeline order (draft field → step number).
STEP_FIELDS: dict[str, int] = {
    "applied_on": 1,  # 递交入党申请书
    "activist_on": 3,  # 确定入党积极分子
    "candidate_on": 7,  # 确定发展对象
    "admitted_on": 15,  # 支部大会讨论: 入党时间
    "confirmed_on": 23,  # 支部大会讨论转正: 转正时间
}
ADULT_AGE = 18  # 党章 第一条 (RULES.md §1 step 1, hard)
# Bound parameters per statement when many people are read at once: SQLite before 3.32
# allowed at most 999, and the lists of a roster's numbers are cut to fit.
SQL_PARAMETERS = 900

_MOBILE = re.compile(r"1[3-9][0-9]{9}", re.ASCII)
# China's numbering plan: area codes 010 and 02X have 3 digits, all others 4; then a 7–8
# digit number, optionally an extension.
_LANDLINE = re.compile(
    r"(010|02[0-9]|0[3-9][0-9]{2})-?([1-9][0-9]{6,7})(?:-([0-9]{1,6}))?", re.ASCII
)


@dataclass
class MemberDraft:
    """What a form or a roster row says about a person; checked by validate_member_draft."""

    name: str
    branch_id: int
    gender: Gender | None = None  # None: taken from a resident ID number
    id_type: IdType = IdType.RESIDENT
    id_number: str = ""
    birth_date: dt.date | None = None  # None: taken from a resident ID number
    ethnicity: str = "汉族"
    native_place: str = ""
    education: str = ""
    person_type: PersonType = PersonType.STUDENT
    stage: Stage = Stage.APPLICANT
    org_status: OrgStatus = OrgStatus.NORMAL
    lost_contact_on: dt.date | None = None
    student_number: str = ""
    grade: str = ""
    class_name: str = ""
    department: str = ""
    job_post: str = ""
    expected_leave_on: dt.date | None = None
    phone: str = ""
    address: str = ""
    dormitory: str = ""
    notes: str = ""
    party_group_id: int | None = None
    league_member: bool = False  # 共青团员
    league_recommended_on: dt.date | None = None  # 推优: recommended by the League
    applied_on: dt.date | None = None
    activist_on: dt.date | None = None
    candidate_on: dt.date | None = None
    admitted_on: dt.date | None = None
    confirmed_on: dt.date | None = None

    def step_dates(self) -> dict[int, dt.date]:
        """Step number → date for the dated steps that are filled in."""
        dates = {step: getattr(self, name) for name, step in STEP_FIELDS.items()}
        return {step: day for step, day in dates.items() if day is not None}


def derive_stage(draft: MemberDraft) -> Stage:
    """The stage the latest filled step date implies (转正 → full … no dates → applicant)."""
    if draft.confirmed_on:
        return Stage.FULL
    if draft.admitted_on:
        return Stage.PROBATIONARY
    if draft.candidate_on:
        return Stage.CANDIDATE
    if draft.activist_on:
        return Stage.ACTIVIST
    return Stage.APPLICANT


def normalise_phone(text: str, *, field: str = "phone") -> str:
    """Return a mobile (11 digits) or landline (area code-number) or raise ValidationError.

    Full-width digits are accepted here (NFKC), unlike ID numbers: a phone number carries no
    check digit, so converting them cannot hide a typing mistake.
    """
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        return ""
    compact = re.sub(r"[\s\-()]", "", cleaned)
    if compact.startswith("+86"):
        compact = compact[3:]
    if _MOBILE.fullmatch(compact):
        return compact
    dashed = re.sub(r"[\s()]+", "-", cleaned).strip("-")
    landline = _LANDLINE.fullmatch(dashed) or _LANDLINE.fullmatch(compact)
    if landline:
        area, number, ext = landline.groups()
        return f"{area}-{number}" + (f"-{ext}" if ext else "")
    raise ValidationError(
        field,
        "phone.format",
        QT_TRANSLATE_NOOP(
            "Validation",
            "The phone number {value} is neither an 11-digit mobile number starting with 1 "
            "nor a landline with its area code.",
        ),
        value=cleaned,
    )


def validate_member_draft(draft: MemberDraft, *, today: dt.date) -> None:
    """Check a draft against RULES.md §1 and §8; fills gender and birth date from the ID.

    Raises the first ValidationError found; ``field`` is the draft attribute at fault.
    """
    draft.name = draft.name.strip()
    if not draft.name:
        raise ValidationError(
            "name", "name.required", QT_TRANSLATE_NOOP("Validation", "Please enter the name.")
        )
    if len(draft.name) > 60:
        raise ValidationError(
            "name",
            "name.length",
            QT_TRANSLATE_NOOP("Validation", "The name is longer than {limit} characters."),
            limit=60,
        )
    _check_identity(draft, today)
    if draft.gender is None:
        raise ValidationError(
            "gender",
            "gender.required",
            QT_TRANSLATE_NOOP("Validation", "Please enter the gender (男 or 女)."),
        )
    draft.phone = normalise_phone(draft.phone)
    _check_dates(draft, today)


def _check_identity(draft: MemberDraft, today: dt.date) -> None:
    """ID number rules of RULES.md §8; the ID supplies a missing birth date and gender."""
    if not draft.id_number.strip():
        draft.id_number = ""
        return
    draft.id_number = validate_id_number(
        draft.id_number, draft.id_type, birth_date=draft.birth_date, today=today
    )
    if draft.id_type is IdType.RESIDENT:
        parsed = parse_resident_id(draft.id_number, today=today)
        draft.birth_date = draft.birth_date or parsed.birth_date
        if draft.gender is None:
            draft.gender = Gender(parsed.gender)


def _check_dates(draft: MemberDraft, today: dt.date) -> None:
    """Dates are not in the future, steps are in pipeline order, the applicant is adult."""
    for name in ("birth_date", "league_recommended_on"):
        day = getattr(draft, name)
        if day is not None and day > today:
            raise ValidationError(
                name,
                "date.future",
                QT_TRANSLATE_NOOP("Validation", "The date {date} is in the future."),
                date=day.isoformat(),
            )
    previous: tuple[str, dt.date] | None = None
    for name in STEP_FIELDS:
        day = getattr(draft, name)
        if day is None:
            continue
        if day > today:
            raise ValidationError(
                name,
                "date.future",
                QT_TRANSLATE_NOOP("Validation", "The date {date} is in the future."),
                date=day.isoformat(),
            )
        if previous is not None and day < previous[1]:
            raise ValidationError(
                name,
                "steps.order",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The date {date} is earlier than the previous step's date {previous}; "
                    "the steps go application, activist, candidate, admission, confirmation.",
                ),
                date=day.isoformat(),
                previous=previous[1].isoformat(),
            )
        previous = (name, day)
    if (
        draft.applied_on
        and draft.birth_date
        and _age_on(draft.birth_date, draft.applied_on) < ADULT_AGE
    ):
        raise ValidationError(
            "applied_on",
            "application.age",
            QT_TRANSLATE_NOOP(
                "Validation",
                "An applicant must be at least {age} years old on the application date "
                "{date} (党章 第一条).",
            ),
            age=ADULT_AGE,
            date=draft.applied_on.isoformat(),
        )


def _age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


# Draft attributes copied onto the Member row as they are.
_MEMBER_COLUMNS = tuple(
    f.name for f in fields(MemberDraft) if f.name not in STEP_FIELDS and f.name != "gender"
)


@dataclass(frozen=True)
class PartyGroupChoice:
    """A 党小组 a person can be put in (groups belong to one branch)."""

    id: int
    branch_id: int
    name: str


def list_party_groups(session: Session) -> list[PartyGroupChoice]:
    """Every party group, by branch and name."""
    rows = session.execute(
        select(PartyGroup.id, PartyGroup.branch_id, PartyGroup.name).order_by(
            PartyGroup.branch_id, PartyGroup.name, PartyGroup.id
        )
    )
    return [PartyGroupChoice(row.id, row.branch_id, row.name) for row in rows]


def _check_party_group(
    session: Session, draft: MemberDraft, known: dict[int, int] | None = None
) -> None:
    """A person's party group belongs to their branch.

    ``known`` (group id → branch id) spares a query per person when many are checked.
    """
    if draft.party_group_id is None:
        return
    if known is not None and draft.party_group_id in known:
        branch_id: int | None = known[draft.party_group_id]
    else:
        branch_id = session.scalar(
            select(PartyGroup.branch_id).where(PartyGroup.id == draft.party_group_id)
        )
    if branch_id != draft.branch_id:
        raise ValidationError(
            "party_group_id",
            "party_group.branch",
            QT_TRANSLATE_NOOP("Validation", "This party group belongs to another branch."),
        )


def party_group_branches(session: Session) -> dict[int, int]:
    """Party group id → branch id of every group, for checking many people at once."""
    rows = session.execute(select(PartyGroup.id, PartyGroup.branch_id))
    return {group_id: branch_id for group_id, branch_id in rows}


def add_member(
    session: Session,
    draft: MemberDraft,
    *,
    today: dt.date,
    groups: dict[int, int] | None = None,
) -> Member:
    """Validate a new person and add them, unflushed and without their steps.

    Once flushed, add_new_steps() adds their dated steps: a roster of many people needs two
    flushes in all, not two per person. ``groups`` is party_group_branches() when many
    people are added.
    """
    validate_member_draft(draft, today=today)
    _check_party_group(session, draft, groups)
    member = Member(gender=draft.gender, **{name: getattr(draft, name) for name in _MEMBER_COLUMNS})
    session.add(member)
    return member


def add_new_steps(session: Session, people: Iterable[tuple[int, MemberDraft]]) -> None:
    """Add, unflushed, the dated steps of people just created (member id, their draft).

    They have no steps yet, so each date is simply a new step (record_step_dates would query
    for steps to correct, once per person). Set by id, not through Member.steps: the
    relationship's bookkeeping cost a sixth of a large import.
    """
    session.add_all(
        PipelineStep(member_id=member_id, step_no=step_no, done_on=day)
        for member_id, draft in people
        for step_no, day in sorted(draft.step_dates().items())
    )


def create_member(session: Session, draft: MemberDraft, *, today: dt.date) -> int:
    """Validate and add a person with their dated steps; returns the new member id."""
    member = add_member(session, draft, today=today)
    session.flush()
    add_new_steps(session, [(member.id, draft)])
    session.flush()
    return member.id


def update_member(
    session: Session,
    member_id: int,
    draft: MemberDraft,
    *,
    today: dt.date,
    groups: dict[int, int] | None = None,
) -> None:
    """Validate and overwrite a person's file with the draft; step dates are recorded too.

    ``groups`` is party_group_branches() when many people are updated.
    """
    validate_member_draft(draft, today=today)
    _check_party_group(session, draft, groups)
    _overwrite(session.get_one(Member, member_id), draft)
    session.flush()
    record_step_dates(session, member_id, draft.step_dates())


def _overwrite(member: Member, draft: MemberDraft) -> None:
    """Set a validated draft's values on the person's row; unchanged ones are not touched."""
    # Set only when it differs, like the other columns: a person set to what they were is
    # still "dirty", and the flush would check them for changes (a third of a re-import).
    if member.gender != draft.gender:
        member.gender = draft.gender  # type: ignore[assignment]  # set by validation
    for name in _MEMBER_COLUMNS:
        if getattr(member, name) != getattr(draft, name):
            setattr(member, name, getattr(draft, name))


def record_step_dates(session: Session, member_id: int, dates: dict[int, dt.date]) -> None:
    """Make each step's latest completed occurrence carry the given date, through the ORM.

    A step not yet recorded is added; one recorded with another date is corrected (the
    audit trail keeps the old date). Failed or extended occurrences are left alone. One
    query for the person's steps and one flush, whatever the number of dates (an import
    calls this for every row).
    """
    if not dates:
        return
    latest: dict[int, PipelineStep] = {}
    for step in session.scalars(
        select(PipelineStep)
        .where(
            PipelineStep.member_id == member_id,
            PipelineStep.step_no.in_(sorted(dates)),
            PipelineStep.outcome == StepOutcome.DONE,
        )
        .order_by(PipelineStep.done_on, PipelineStep.id)
    ):
        latest[step.step_no] = step  # ascending: the last one kept is the latest
    for step_no, day in sorted(dates.items()):
        step = latest.get(step_no)
        if step is None:
            session.add(PipelineStep(member_id=member_id, step_no=step_no, done_on=day))
        elif step.done_on != day:
            step.done_on = day
    session.flush()


def draft_from_member(session: Session, member_id: int) -> MemberDraft:
    """A draft holding a person's current file, for editing or a partial update."""
    member = session.get_one(Member, member_id)
    dated = set(STEP_FIELDS.values())
    dates: dict[int, dt.date] = {}
    for step in member.steps:
        if step.step_no in dated and step.outcome == StepOutcome.DONE:
            current = dates.get(step.step_no)
            if current is None or step.done_on > current:
                dates[step.step_no] = step.done_on
    return draft_of(member, dates)


def draft_of(member: Member, dates: dict[int, dt.date]) -> MemberDraft:
    """A draft of a loaded person's file; ``dates`` is step number → latest completed date."""
    draft = MemberDraft(
        gender=member.gender, **{name: getattr(member, name) for name in _MEMBER_COLUMNS}
    )
    for name, step_no in STEP_FIELDS.items():
        setattr(draft, name, dates.get(step_no))
    return draft


# --- many people at once (roster import) -------------------------------------------------


def _chunks(values: Sequence[_T], size: int | None = None) -> Iterator[Sequence[_T]]:
    """``values`` cut into lists of ``size``, SQL_PARAMETERS by default."""
    size = size or SQL_PARAMETERS  # read when called: the tests lower it
    for start in range(0, len(values), size):
        yield values[start : start + size]


@dataclass
class MemberMatches:
    """People on file found by their numbers (the lowest id where a number repeats)."""

    by_id_number: dict[str, Member] = field(default_factory=dict)
    by_student_number: dict[str, Member] = field(default_factory=dict)

    def member_ids(self) -> list[int]:
        """Everyone found, by id."""
        found = {*self.by_id_number.values(), *self.by_student_number.values()}
        return sorted(member.id for member in found)


def find_members(
    session: Session, *, id_numbers: Iterable[str], student_numbers: Iterable[str]
) -> MemberMatches:
    """The people on file with these ID numbers or student/staff numbers, whole rows loaded.

    A few queries of at most SQL_PARAMETERS numbers each, whatever the number of people (a
    query or two per roster row made a 2,000-row re-import preview take a second).
    """
    matches = MemberMatches()
    for column, numbers, found in (
        (Member.id_number, id_numbers, matches.by_id_number),
        (Member.student_number, student_numbers, matches.by_student_number),
    ):
        for chunk in _chunks(sorted({number for number in numbers if number})):
            # By id within a chunk: every holder of a number is in the same chunk.
            for member in session.scalars(
                select(Member).where(column.in_(chunk)).order_by(Member.id)
            ):
                found.setdefault(getattr(member, column.key), member)
    return matches


def _done_step_chunks(member_ids: Iterable[int]) -> Iterator[tuple[ColumnElement[bool], ...]]:
    """WHERE clauses picking the completed dated steps (STEP_FIELDS) of these people, a
    chunk of ids at a time (the step numbers and the outcome are bound parameters too)."""
    step_numbers = sorted(STEP_FIELDS.values())
    for chunk in _chunks(sorted(set(member_ids)), SQL_PARAMETERS - len(step_numbers) - 1):
        yield (
            PipelineStep.member_id.in_(chunk),
            PipelineStep.step_no.in_(step_numbers),
            PipelineStep.outcome == StepOutcome.DONE,
        )


def _done_steps(session: Session, member_ids: Iterable[int]) -> Iterator[PipelineStep]:
    """The completed dated steps of these people, by date and id (record_step_dates' order)."""
    for where in _done_step_chunks(member_ids):
        yield from session.scalars(
            select(PipelineStep).where(*where).order_by(PipelineStep.done_on, PipelineStep.id)
        )


def step_dates_of(session: Session, member_ids: Iterable[int]) -> dict[int, dict[int, dt.date]]:
    """Member id → step number → latest completed date, for draft_of, in a few queries.

    Plain rows, not PipelineStep objects: making those took most of a re-import preview.
    """
    dates: dict[int, dict[int, dt.date]] = {}
    for where in _done_step_chunks(member_ids):
        for member_id, step_no, done_on in session.execute(
            select(PipelineStep.member_id, PipelineStep.step_no, PipelineStep.done_on)
            .where(*where)
            .order_by(PipelineStep.done_on)
        ):
            dates.setdefault(member_id, {})[step_no] = done_on  # ascending: the latest stays
    return dates


class MemberUpdates:
    """update_member for many people in one unit of work: their rows and steps are read
    with a few queries up front, and the changes wait for the caller's flush (a query and
    two flushes per person made a 2,000-row update import take twice as long as needed)."""

    def __init__(self, session: Session, member_ids: Iterable[int]) -> None:
        ids = sorted(set(member_ids))
        self.session = session
        self.members: dict[int, Member] = {}
        for chunk in _chunks(ids):
            self.members.update(
                (member.id, member)
                for member in session.scalars(select(Member).where(Member.id.in_(chunk)))
            )
        self.steps: dict[int, dict[int, list[PipelineStep]]] = {}
        for step in _done_steps(session, ids):
            self.steps.setdefault(step.member_id, {}).setdefault(step.step_no, []).append(step)
        self._unflushed: set[int] = set()

    def update(
        self, member_id: int, draft: MemberDraft, *, today: dt.date, groups: dict[int, int]
    ) -> None:
        """What update_member does, unflushed; ``groups`` is party_group_branches()."""
        validate_member_draft(draft, today=today)
        _check_party_group(self.session, draft, groups)
        if member_id in self._unflushed:
            # A second row for the same person: its changes get entries of their own in the
            # audit trail, as with update_member's flush per person.
            self.session.flush()
            self._unflushed.clear()
        member = self.members.get(member_id)
        if member is None:  # not asked for up front: read as update_member would
            member = self.members[member_id] = self.session.get_one(Member, member_id)
            for step in _done_steps(self.session, [member_id]):
                self.steps.setdefault(member_id, {}).setdefault(step.step_no, []).append(step)
        _overwrite(member, draft)
        self._record_step_dates(member_id, draft.step_dates())
        self._unflushed.add(member_id)

    def _record_step_dates(self, member_id: int, dates: dict[int, dt.date]) -> None:
        """record_step_dates on the steps read up front."""
        steps = self.steps.setdefault(member_id, {})
        for step_no, day in sorted(dates.items()):
            occurrences = steps.setdefault(step_no, [])
            if not occurrences:
                step = PipelineStep(member_id=member_id, step_no=step_no, done_on=day)
                self.session.add(step)
                occurrences.append(step)
                continue
            # The latest by date, then id, as record_step_dates orders them; dates corrected
            # by an earlier row count with their new value (it was flushed by then).
            latest = max(occurrences, key=lambda step: (step.done_on, step.id))
            if latest.done_on != day:
                latest.done_on = day
