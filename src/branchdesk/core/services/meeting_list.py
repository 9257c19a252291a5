"""The 会议记录 list: meetings of a year, filtered, counted and sorted in SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session, aliased

from branchdesk.core.enums import AttendanceStatus, MeetingKind
from branchdesk.core.models import Attendance, Meeting, Member, PartyGroup, Resolution

ATTENDED = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)


@dataclass(frozen=True)
class MeetingRow:
    """One meeting in the list."""

    id: int
    kind: MeetingKind
    sequence_no: int
    title: str
    starts_at: dt.datetime
    place: str
    host_name: str
    party_group_name: str
    expected: int  # 应到
    present: int  # 实到
    resolutions: int


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def meeting_rows(
    session: Session,
    year: int,
    kind: MeetingKind | None = None,
    text: str = "",
    *,
    branch_id: int | None = None,
    sort: str = "starts_at",
    descending: bool = False,
) -> list[MeetingRow]:
    """Meetings held in ``year``; ``text`` matches the title, place, host or minutes.

    ``sort`` is one of SORT_KEYS; ties fall back to the date and id.
    """
    counts = (
        select(
            Attendance.meeting_id.label("meeting_id"),
            func.count().label("expected"),
            func.sum(case((Attendance.status.in_(ATTENDED), 1), else_=0)).label("present"),
        )
        .group_by(Attendance.meeting_id)
        .subquery()
    )
    decided = (
        select(Resolution.meeting_id.label("meeting_id"), func.count().label("resolutions"))
        .group_by(Resolution.meeting_id)
        .subquery()
    )
    host = aliased(Member)
    expected = func.coalesce(counts.c.expected, 0)
    present = func.coalesce(counts.c.present, 0)
    resolutions = func.coalesce(decided.c.resolutions, 0)
    host_name = func.coalesce(host.name, "")
    group_name = func.coalesce(PartyGroup.name, "")
    query = (
        select(
            Meeting.id,
            Meeting.kind,
            Meeting.sequence_no,
            Meeting.title,
            Meeting.starts_at,
            Meeting.place,
            host_name,
            group_name,
            expected,
            present,
            resolutions,
        )
        .outerjoin(counts, counts.c.meeting_id == Meeting.id)
        .outerjoin(decided, decided.c.meeting_id == Meeting.id)
        .outerjoin(host, host.id == Meeting.host_id)
        .outerjoin(PartyGroup, PartyGroup.id == Meeting.party_group_id)
        .where(Meeting.year == year)
    )
    if kind is not None:
        query = query.where(Meeting.kind == kind)
    if branch_id is not None:
        query = query.where(Meeting.branch_id == branch_id)
    needle = text.strip()
    if needle:
        pattern = _like(needle)
        query = query.where(
            or_(
                Meeting.title.like(pattern, escape="\\"),
                Meeting.place.like(pattern, escape="\\"),
                Meeting.minutes.like(pattern, escape="\\"),
                host.name.like(pattern, escape="\\"),
            )
        )
    keys: dict[str, Any] = {
        "starts_at": Meeting.starts_at,
        "kind": Meeting.kind,
        "sequence_no": Meeting.sequence_no,
        "title": Meeting.title,
        "place": Meeting.place,
        "host_name": host.name_pinyin,
        "party_group_name": group_name,
        "expected": expected,
        "present": present,
        "resolutions": resolutions,
    }
    key = keys[sort]
    query = query.order_by(key.desc() if descending else key, Meeting.starts_at, Meeting.id)
    return [MeetingRow(*row) for row in session.execute(query)]


SORT_KEYS = (
    "starts_at",
    "kind",
    "sequence_no",
    "title",
    "place",
    "host_name",
    "party_group_name",
    "expected",
    "present",
    "resolutions",
)
