"""Global search (Ctrl+K): members, meetings, problems, activities and service requests at once.

Each kind is one SQL query with its own limit; nothing is filtered in Python. A member is
found by name, pinyin ("zhangsan") or initials ("zs"), student/staff number or phone; a meeting
by its title, place, minutes or number (第3次); a problem by its 序号 or its text; an activity
by title, category, place or description; a service request by its 编号, requester or content.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, case, false, func, or_, select
from sqlalchemy.orm import Session

from branchdesk.core.models import (
    Branch,
    Meeting,
    Member,
    Problem,
    ServiceRequest,
    VolunteerActivity,
)
from branchdesk.core.queries import compact_pinyin, has_exited

DEFAULT_LIMIT = 5  # hits shown per kind: enough to pick from, short enough to read at a glance
ESCAPE = "\\"
# 第3次, 第3号, 3次, No. 3, #3, or just 3 (ASCII digits only: int() would take ３ too).
_NUMBER = re.compile(r"(?:第|no\.?|#)?\s*([0-9]{1,9})\s*(?:次|号)?", re.IGNORECASE)


class SearchKind(StrEnum):
    """What a hit is, in the order the groups are shown."""

    MEMBER = "member"
    MEETING = "meeting"
    PROBLEM = "problem"
    ACTIVITY = "activity"
    REQUEST = "request"


@dataclass(frozen=True)
class SearchHit:
    """One record found, with enough to recognise it in a list; ``kind`` says what ``id`` is.

    ``state`` is the stage (member), meeting kind, problem status or request status as stored;
    ``detail`` the class or department (member), place (meeting), responsible person (problem),
    category (activity) or requester (service request).
    """

    kind: SearchKind
    id: int
    title: str
    branch_name: str = ""
    day: dt.date | None = None
    number: str = ""  # student number, 第N次 / 序号 as digits, request 编号
    year: int | None = None
    state: str = ""
    detail: str = ""
    exited: bool = False


@dataclass(frozen=True)
class SearchGroup:
    kind: SearchKind
    hits: tuple[SearchHit, ...]
    more: bool  # more records match than the limit let through


@dataclass(frozen=True)
class SearchResults:
    text: str
    groups: tuple[SearchGroup, ...] = ()  # kinds with at least one hit, in SearchKind order

    @property
    def hits(self) -> tuple[SearchHit, ...]:
        return tuple(hit for group in self.groups for hit in group.hits)

    def group(self, kind: SearchKind) -> SearchGroup | None:
        return next((group for group in self.groups if group.kind is kind), None)


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE's own characters (``%``, ``_`` and the escape) taken literally."""
    escaped = text.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")
    return f"%{escaped}%"


def number_in(text: str) -> int | None:
    """The number a search names (第3次, No. 3, 3), or None when it names none."""
    match = _NUMBER.fullmatch(text.strip())
    return int(match.group(1)) if match else None


@dataclass(frozen=True)
class _Needle:
    text: str  # as typed, trimmed
    pattern: str  # %text% for names and free text
    pinyin: str  # %text% in lower case without spaces, for the pinyin keys
    compact: str  # lower case without spaces ("Zhang San" → "zhangsan")
    number: int | None

    @classmethod
    def of(cls, text: str) -> _Needle:
        trimmed = " ".join(text.split())
        compact = "".join(trimmed.split()).lower()
        return cls(trimmed, like_pattern(trimmed), like_pattern(compact), compact, number_in(text))

    def contains(self, *columns: ColumnElement[str]) -> ColumnElement[bool]:
        """Any of ``columns`` holds the text, in any letter case."""
        return or_(*(column.ilike(self.pattern, escape=ESCAPE) for column in columns))


def _first(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """Order key: 0 for rows meeting ``condition`` (exact matches first), else 1."""
    return case((condition, 0), else_=1)


def _limited(session: Session, query: Select, limit: int) -> tuple[list, bool]:
    rows = list(session.execute(query.limit(limit + 1)))
    return rows[:limit], len(rows) > limit


def _members(session: Session, needle: _Needle, limit: int) -> tuple[list[SearchHit], bool]:
    exited = has_exited().label("exited")
    exact = or_(
        Member.name == needle.text,
        Member.name_initials == needle.compact,
        compact_pinyin() == needle.compact,
        Member.student_number == needle.text,
    )
    query = (
        select(Member, Branch.name, exited)
        .join(Branch, Member.branch_id == Branch.id)
        .where(
            or_(
                Member.name.like(needle.pattern, escape=ESCAPE),
                Member.name_initials.like(needle.pinyin, escape=ESCAPE),
                compact_pinyin().like(needle.pinyin, escape=ESCAPE),
                Member.student_number.like(needle.pattern, escape=ESCAPE),
                Member.phone.like(needle.pattern, escape=ESCAPE),
            )
        )
        .order_by(exited, _first(exact), Member.name_pinyin, Member.id)  # who left, last
    )
    rows, more = _limited(session, query, limit)
    return [
        SearchHit(
            kind=SearchKind.MEMBER,
            id=member.id,
            title=member.name,
            branch_name=branch_name,
            number=member.student_number,
            state=member.stage.value,
            detail=member.class_name or member.department or member.grade,
            exited=bool(is_exited),
        )
        for member, branch_name, is_exited in rows
    ], more


def _meetings(session: Session, needle: _Needle, limit: int) -> tuple[list[SearchHit], bool]:
    matches = needle.contains(Meeting.title, Meeting.place, Meeting.speaker, Meeting.minutes)
    numbered: ColumnElement[bool] = false()
    if needle.number is not None:
        numbered = Meeting.sequence_no == needle.number
        matches = or_(matches, numbered)
    query = (
        select(Meeting, Branch.name)
        .join(Branch, Meeting.branch_id == Branch.id)
        .where(matches)
        .order_by(_first(numbered), Meeting.starts_at.desc(), Meeting.id.desc())
    )
    rows, more = _limited(session, query, limit)
    return [
        SearchHit(
            kind=SearchKind.MEETING,
            id=meeting.id,
            title=meeting.title,
            branch_name=branch_name,
            day=meeting.starts_at.date(),
            number=str(meeting.sequence_no),
            year=meeting.year,
            state=meeting.kind.value,
            detail=meeting.place,
        )
        for meeting, branch_name in rows
    ], more


def _problems(session: Session, needle: _Needle, limit: int) -> tuple[list[SearchHit], bool]:
    matches = needle.contains(
        Problem.description,
        Problem.category,
        Problem.target,
        Problem.measures,
        Problem.responsible_person,
        Problem.responsible_leader,
    )
    numbered: ColumnElement[bool] = false()
    if needle.number is not None:
        numbered = Problem.sequence_no == needle.number
        matches = or_(matches, numbered)
    query = (
        select(Problem, Branch.name)
        .join(Branch, Problem.branch_id == Branch.id)
        .where(matches)
        .order_by(
            _first(numbered), Problem.year.desc(), Problem.sequence_no.desc(), Problem.id.desc()
        )
    )
    rows, more = _limited(session, query, limit)
    return [
        SearchHit(
            kind=SearchKind.PROBLEM,
            id=problem.id,
            title=problem.description,
            branch_name=branch_name,
            day=problem.found_on,
            number=str(problem.sequence_no),
            year=problem.year,
            state=problem.status.value,
            detail=problem.responsible_person,
        )
        for problem, branch_name in rows
    ], more


def _activities(session: Session, needle: _Needle, limit: int) -> tuple[list[SearchHit], bool]:
    activity = VolunteerActivity
    query = (
        select(activity, Branch.name)
        .join(Branch, activity.branch_id == Branch.id)
        .where(
            needle.contains(activity.title, activity.category, activity.place, activity.description)
        )
        .order_by(activity.held_on.desc(), activity.id.desc())
    )
    rows, more = _limited(session, query, limit)
    return [
        SearchHit(
            kind=SearchKind.ACTIVITY,
            id=row.id,
            title=row.title,
            branch_name=branch_name,
            day=row.held_on,
            detail=row.category,
        )
        for row, branch_name in rows
    ], more


def _requests(session: Session, needle: _Needle, limit: int) -> tuple[list[SearchHit], bool]:
    request = ServiceRequest
    exact = func.lower(request.number) == needle.text.lower()
    query = (
        select(request, Branch.name)
        .join(Branch, request.branch_id == Branch.id)
        .where(
            needle.contains(request.number, request.requester, request.content, request.category)
        )
        .order_by(_first(exact), request.asked_on.desc(), request.id.desc())
    )
    rows, more = _limited(session, query, limit)
    return [
        SearchHit(
            kind=SearchKind.REQUEST,
            id=row.id,
            title=row.content,
            branch_name=branch_name,
            day=row.asked_on,
            number=row.number,
            state=row.status.value,
            detail=row.requester,
        )
        for row, branch_name in rows
    ], more


_SEARCHES: dict[SearchKind, Callable[[Session, _Needle, int], tuple[list[SearchHit], bool]]] = {
    SearchKind.MEMBER: _members,
    SearchKind.MEETING: _meetings,
    SearchKind.PROBLEM: _problems,
    SearchKind.ACTIVITY: _activities,
    SearchKind.REQUEST: _requests,
}


def search_records(
    session: Session,
    text: str,
    *,
    limit: int = DEFAULT_LIMIT,
    kinds: Iterable[SearchKind] = tuple(SearchKind),
) -> SearchResults:
    """Records of ``kinds`` matching ``text``, at most ``limit`` per kind, grouped by kind.

    Exact matches come first (a whole name, initials, student number, 第N次, request 编号);
    then people by pinyin, records newest first. Blank text finds nothing.
    """
    needle = _Needle.of(text)
    if not needle.text or limit < 1:
        return SearchResults(needle.text)
    wanted = set(kinds)
    groups = []
    for kind, search in _SEARCHES.items():
        if kind not in wanted:
            continue
        hits, more = search(session, needle, limit)
        if hits:
            groups.append(SearchGroup(kind, tuple(hits), more))
    return SearchResults(needle.text, tuple(groups))
