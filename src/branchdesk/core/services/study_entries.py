"""Everyone's study entries of a year, a page at a time: filtered, sorted and counted in SQL.

A year at school scale holds some 14,000 entries; the 学习笔记 page's list of them asks for
the first rows and more as the clerk scrolls, so no step reads them all (issue 10).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from branchdesk.core.models import Member, StudyEntry
from branchdesk.core.queries import pinyin_matches
from branchdesk.core.services.search import ESCAPE, like_pattern
from branchdesk.core.services.study_hours import EntryRow, entry_rows, entry_select, year_bounds


class EntrySort(StrEnum):
    DATE = "date"
    NAME = "name"
    TOPIC = "topic"
    FORM = "form"
    HOURS = "hours"


_SORT_COLUMNS: dict[EntrySort, ColumnElement[object]] = {
    EntrySort.DATE: StudyEntry.studied_on,
    EntrySort.NAME: Member.name_pinyin,
    EntrySort.TOPIC: StudyEntry.topic,
    EntrySort.FORM: StudyEntry.form,
    EntrySort.HOURS: StudyEntry.class_hours,
}


@dataclass(frozen=True)
class EntryFilter:
    """Which entries, in which order: the year's, matching ``text``, by ``sort``."""

    year: int
    text: str = ""  # a name, its pinyin initials, or words of the topic or material
    sort: EntrySort = EntrySort.DATE
    descending: bool = False


def _matching(query: Select[tuple[int]] | Select[object], flt: EntryFilter) -> Select[object]:
    query = query.where(StudyEntry.studied_on.between(*year_bounds(flt.year)))
    needle = flt.text.strip()
    if needle:
        pattern = like_pattern(needle)
        query = query.where(
            or_(
                Member.name.like(pattern, escape=ESCAPE),
                pinyin_matches(needle),
                StudyEntry.topic.like(pattern, escape=ESCAPE),
                StudyEntry.material.like(pattern, escape=ESCAPE),
            )
        )
    return query


def count_entries(session: Session, flt: EntryFilter) -> int:
    """How many entries of the year match the filter."""
    query = _matching(
        select(func.count())
        .select_from(StudyEntry)
        .join(Member, StudyEntry.member_id == Member.id),
        flt,
    )
    return session.scalar(query) or 0


def entry_page(session: Session, flt: EntryFilter, offset: int, limit: int) -> list[EntryRow]:
    """Rows ``offset`` to ``offset + limit`` of the matching entries in the filter's order
    (ties by date, then name, then entry: the order is total, so pages never overlap)."""
    key = _SORT_COLUMNS[flt.sort]
    query = _matching(entry_select(), flt).order_by(
        key.desc() if flt.descending else key,
        StudyEntry.studied_on,
        Member.name_pinyin,
        StudyEntry.id,
    )
    return entry_rows(session.execute(query.offset(offset).limit(limit)))
