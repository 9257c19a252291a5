"""The in-memory sample world: people with their dated stages, branches, groups and posts.

Everything is planned here first and written as rows afterwards, so each record family can ask
"who was a member of this branch on that day" without touching the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from random import Random

from branchdesk.core.demo.names import Region
from branchdesk.core.demo.rows import RowSink
from branchdesk.core.enums import Gender, PersonType, PostKind, Stage


@dataclass(frozen=True)
class Vote:
    """应到/实到/赞成/反对/弃权 of the voting (full) members at a 支部党员大会."""

    meeting_id: int
    expected: int
    present: int
    for_: int
    against: int
    abstain: int


@dataclass(eq=False)
class Person:
    """One person in the files with the dates that make up their pipeline."""

    id: int
    branch: BranchPlan
    kind: PersonType
    gender: Gender
    birth: dt.date
    home: Region
    name: str
    present_from: dt.date  # enrolled, hired, transferred in
    grade: int | None = None
    class_no: int = 0
    upgrade: bool = False  # 专升本: two years, admitted at the former college
    leaves: dt.date | None = None  # expected leaving date (graduation)
    left: dt.date | None = None  # transferred out; stays in the archive
    applied: dt.date | None = None
    activist: dt.date | None = None
    candidate: dt.date | None = None
    admitted: dt.date | None = None
    confirmed: dt.date | None = None
    elsewhere: str = ""  # organisation that admitted them when it was not this branch
    transfer_in: dt.date | None = None
    notes: str = ""
    dormitory: str = ""
    quirk: str = ""  # a deliberate imperfection the reminders should find
    diligence: float = 0.95  # how often they make it to meetings
    group: GroupPlan | None = None
    next_batch: dt.date | None = None  # a candidate's planned admission assembly
    steps: list[tuple[int, dt.date]] = field(default_factory=list)
    contacts: list[Person] = field(default_factory=list)  # 培养联系人
    introducers: list[Person] = field(default_factory=list)  # 入党介绍人
    admission_vote: Vote | None = None
    confirmation_vote: Vote | None = None

    def stage_at(self, day: dt.date) -> Stage | None:
        """The stage on ``day``, or None when not (yet, or any more) in this branch's files."""
        # Spelled out: this runs millions of times on a big sample.
        if day < self.present_from or (self.left is not None and day >= self.left):
            return None
        if self.confirmed is not None and self.confirmed <= day:
            return Stage.FULL
        if self.admitted is not None and self.admitted <= day:
            return Stage.PROBATIONARY
        if self.candidate is not None and self.candidate <= day:
            return Stage.CANDIDATE
        if self.activist is not None and self.activist <= day:
            return Stage.ACTIVIST
        if self.applied is not None and self.applied <= day:
            return Stage.APPLICANT
        return None

    def is_member_on(self, day: dt.date) -> bool:
        if self.admitted is None or day < self.admitted or day < self.present_from:
            return False
        return self.left is None or day < self.left

    @property
    def final_stage(self) -> Stage:
        """The stage the member file shows: today's, or the last one before leaving."""
        for since, stage in (
            (self.confirmed, Stage.FULL),
            (self.admitted, Stage.PROBATIONARY),
            (self.candidate, Stage.CANDIDATE),
            (self.activist, Stage.ACTIVIST),
        ):
            if since is not None and (self.left is None or since < self.left):
                return stage
        return Stage.APPLICANT

    def in_internship(self, day: dt.date) -> bool:
        """学前教育 seniors spend their last autumn teaching in kindergartens (顶岗实习)."""
        if self.kind is not PersonType.STUDENT or self.leaves is None or self.upgrade:
            return False
        return self.leaves.year - 1 == day.year and (9, 10) <= (day.month, day.day) <= (12, 20)


@dataclass(eq=False)
class GroupPlan:
    id: int
    name: str
    members: list[Person] = field(default_factory=list)

    def members_on(self, day: dt.date) -> list[Person]:
        return [p for p in self.members if p.is_member_on(day)]


@dataclass(eq=False)
class PostSpan:
    person: Person
    kind: PostKind
    title: str
    start: dt.date
    end: dt.date | None = None
    group: GroupPlan | None = None

    def holds_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(eq=False)
class BranchPlan:
    id: int
    index: int
    name: str
    short_name: str
    founded: dt.date | None = None
    elected_on: dt.date | None = None
    # 支部党员大会 dates: regular ones per year, admission batches and their 转正 meetings.
    q1: dict[int, dt.date] = field(default_factory=dict)
    q3: dict[int, dt.date] = field(default_factory=dict)
    batches: list[dt.date] = field(default_factory=list)
    confirm_on: dict[dt.date, dt.date] = field(default_factory=dict)
    specials: list[dt.date] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    groups: list[GroupPlan] = field(default_factory=list)
    posts: list[PostSpan] = field(default_factory=list)
    _party: list[Person] | None = field(default=None, repr=False)
    _developing: list[Person] | None = field(default=None, repr=False)

    @property
    def party(self) -> list[Person]:
        """Everyone who is or was a member here (the people list is final once planned)."""
        if self._party is None:
            self._party = [p for p in self.people if p.admitted is not None]
        return self._party

    def members_on(self, day: dt.date) -> list[Person]:
        return [p for p in self.party if p.is_member_on(day)]

    def full_on(self, day: dt.date) -> list[Person]:
        return [p for p in self.party if p.stage_at(day) is Stage.FULL]

    def volunteers_on(self, day: dt.date) -> list[Person]:
        """Members and activists (RULES.md §6): the people who serve."""
        if self._developing is None:
            self._developing = [p for p in self.people if p.activist is not None]
        return [
            p
            for p in self._developing
            if p.stage_at(day) not in (None, Stage.APPLICANT) and not p.in_internship(day)
        ]

    def committee_on(self, day: dt.date) -> list[PostSpan]:
        return [s for s in self.posts if s.kind.is_committee and s.holds_on(day)]

    def holder(self, kind: PostKind, day: dt.date) -> Person | None:
        for span in self.posts:
            if span.kind is kind and span.holds_on(day):
                return span.person
        return None

    def secretary(self, day: dt.date) -> Person | None:
        return self.holder(PostKind.SECRETARY, day) or self.holder(PostKind.DEPUTY_SECRETARY, day)

    def group_leader(self, group: GroupPlan, day: dt.date) -> Person | None:
        for span in self.posts:
            if span.group is group and span.holds_on(day):
                return span.person
        return None


@dataclass
class World:
    rng: Random
    today: dt.date
    start: dt.date  # first day of the window of records
    years: int
    sink: RowSink
    superior_name: str = ""  # 学院党总支书记
    organiser_name: str = ""  # 学院党总支组织员
    lecturers: list[str] = field(default_factory=list)  # 马克思主义学院 teachers
    branches: list[BranchPlan] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    life_meetings: dict[tuple[int, int], tuple[int, dt.date]] = field(default_factory=dict)
    party_school: dict[tuple[int, dt.date], dt.date] = field(default_factory=dict)
    lecture_titles: dict[tuple[int, int], set[str]] = field(default_factory=dict)
    busy: dict[tuple[int, dt.date], list[tuple[int, int]]] = field(default_factory=dict)

    def current(self) -> list[Person]:
        return [p for p in self.people if p.left is None]
