"""entries_for at scale: everyone's notebook entries are read as plain rows, never ORM objects.

A year of a 2,000-member archive holds about ten thousand entries (bench/run.py, study
entries); reading them as StudyEntry objects took twice as long as reading their columns.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import event

from branchdesk.core.enums import Gender, PersonType, Stage, StudyForm
from branchdesk.core.models import Branch, Member, StudyEntry
from branchdesk.core.services.study import EntryDraft, record_entry
from branchdesk.core.services.study_hours import EntryRow, entries_for

TODAY = dt.date(2026, 11, 26)


def _member(session, branch_id: int, name: str) -> int:
    member = Member(
        branch_id=branch_id,
        name=name,
        gender=Gender.MALE,
        person_type=PersonType.STUDENT,
        stage=Stage.FULL,
    )
    session.add(member)
    session.flush()
    return member.id


def test_everyones_entries_come_as_rows_by_date_then_name_with_every_field(database):
    # Given two members' notebooks, one entry with material, notes and reflections
    with database.unit_of_work("clerk") as session:
        branch = Branch(name="数学学院学生第一党支部")
        session.add(branch)
        session.flush()
        zhang, an = _member(session, branch.id, "张玥"), _member(session, branch.id, "安然")
        full = EntryDraft(
            zhang,
            dt.date(2026, 3, 2),
            "学习党章",
            StudyForm.SELF_STUDY,
            Decimal("1.5"),
            material="《中国共产党章程》",
            notes="第一章",
            reflections="受益匪浅。",
        )
        first = record_entry(session, full, today=TODAY)
        same_day = EntryDraft(an, dt.date(2026, 3, 2), "学习党史", StudyForm.SELF_STUDY, Decimal(2))
        second = record_entry(session, same_day, today=TODAY)
        earlier = EntryDraft(zhang, dt.date(2025, 12, 1), "旧年", StudyForm.SELF_STUDY, Decimal(1))
        record_entry(session, earlier, today=TODAY)

    # When everyone's entries of 2026 are read
    built: list[StudyEntry] = []

    def loaded(target: StudyEntry, _context: object) -> None:  # each object made from a row
        built.append(target)

    event.listen(StudyEntry, "load", loaded)
    try:
        with database.reading() as session:
            rows = entries_for(session, year=2026)
    finally:
        event.remove(StudyEntry, "load", loaded)

    # Then they come by date then pinyin (安然 before 张玥), every field as stored
    assert rows == [
        EntryRow(
            id=second,
            member_id=an,
            member_name="安然",
            session_id=None,
            studied_on=dt.date(2026, 3, 2),
            topic="学习党史",
            material="",
            form=StudyForm.SELF_STUDY,
            class_hours=Decimal(2),
            notes="",
            reflections="",
        ),
        EntryRow(
            id=first,
            member_id=zhang,
            member_name="张玥",
            session_id=None,
            studied_on=dt.date(2026, 3, 2),
            topic="学习党章",
            material="《中国共产党章程》",
            form=StudyForm.SELF_STUDY,
            class_hours=Decimal("1.5"),
            notes="第一章",
            reflections="受益匪浅。",
        ),
    ]
    # ... and no StudyEntry object was built for them
    assert built == []


def test_a_years_entries_come_a_page_at_a_time_filtered_and_sorted_in_sql(database):
    from branchdesk.core.services.study_entries import (
        EntryFilter,
        EntrySort,
        count_entries,
        entry_page,
    )

    # Given 30 entries of 2026 by three members (and one of 2025)
    with database.unit_of_work("clerk") as session:
        branch = Branch(name="数学学院学生第一党支部")
        session.add(branch)
        session.flush()
        people = [_member(session, branch.id, name) for name in ("张玥", "安然", "李明")]
        for day in range(10):
            for number, member_id in enumerate(people):
                topic = "学习党章" if day % 2 else f"党史学习第{day}讲"
                draft = EntryDraft(
                    member_id,
                    dt.date(2026, 3, 1 + day),
                    topic,
                    StudyForm.SELF_STUDY,
                    Decimal(1 + number),
                    material="《中国共产党章程》" if topic == "学习党章" else "",
                )
                record_entry(session, draft, today=TODAY)
        old = EntryDraft(people[0], dt.date(2025, 5, 1), "旧年", StudyForm.SELF_STUDY, Decimal(1))
        record_entry(session, old, today=TODAY)

    with database.reading() as session:
        # The pages of the default order (date, then name by pinyin) join up exactly
        everyone = EntryFilter(2026)
        assert count_entries(session, everyone) == 30
        pages = [entry_page(session, everyone, offset, 7) for offset in range(0, 30, 7)]
        rows = [row for page in pages for row in page]
        assert [len(page) for page in pages] == [7, 7, 7, 7, 2]
        assert len({row.id for row in rows}) == 30
        assert [(r.studied_on.day, r.member_name) for r in rows[:4]] == [
            (1, "安然"),
            (1, "李明"),
            (1, "张玥"),
            (2, "安然"),
        ]

        # Filtering by pinyin initials, by words of the topic or of the material
        assert count_entries(session, EntryFilter(2026, "zy")) == 10
        assert count_entries(session, EntryFilter(2026, "党史")) == 15
        assert count_entries(session, EntryFilter(2026, "章程")) == 15
        assert count_entries(session, EntryFilter(2026, "100%")) == 0  # % is literal
        assert count_entries(session, EntryFilter(2025)) == 1

        # Sorting by class hours, most first; ties stay in date order
        by_hours = EntryFilter(2026, sort=EntrySort.HOURS, descending=True)
        top = entry_page(session, by_hours, 0, 11)
        assert [row.class_hours for row in top[:10]] == [Decimal(3)] * 10
        assert top[10].class_hours == Decimal(2)
        assert [row.studied_on.day for row in top[:10]] == list(range(1, 11))
        by_name = entry_page(session, EntryFilter(2026, sort=EntrySort.NAME), 0, 30)
        assert [row.member_name for row in by_name][::10] == ["安然", "李明", "张玥"]
