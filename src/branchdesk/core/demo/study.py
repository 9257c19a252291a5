"""Study notebooks (RULES.md §3): collective sessions give every attendee an entry; self-study.

With a 党课 a quarter, ten 主题党日 and a few stand-alone sessions, a member who attends reaches
the 32 class hours a year; interns and those often away fall behind, as in a real branch.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from branchdesk.core.demo.dates import between, days, weekday_between
from branchdesk.core.demo.minutes import reflection
from branchdesk.core.demo.org import chinese_number
from branchdesk.core.demo.topics import study_topic
from branchdesk.core.demo.world import BranchPlan, Person, World
from branchdesk.core.enums import StudyForm
from branchdesk.core.models import StudyEntry, StudySession

_SELF_STUDY = (
    (StudyForm.XUEXI_QIANGGUO, "学习强国", ("1", "1", "1.5")),
    (StudyForm.SELF_STUDY, "自学", ("1.5", "2")),
    (StudyForm.MICRO_LECTURE, "微党课", ("1",)),
)
_SELF_WEIGHTS = (5, 3, 2)
_NOTES = (
    "摘录了原文重点段落。",
    "结合专业课程做了读书笔记。",
    "观看了专题视频并整理要点。",
    "完成了学习强国专题答题。",
)


def collective_session(
    world: World,
    branch: BranchPlan,
    meeting_id: int | None,
    day: dt.date,
    words: tuple[str, str, str],
    form: StudyForm,
    hours: str,
    attendees: list[Person],
) -> int:
    """A session and one notebook entry per attendee; ``words`` is (title, topic, material)."""
    rng, sink = world.rng, world.sink
    title, topic, material = words
    class_hours = Decimal(hours)
    session_id = sink.add(
        StudySession,
        branch_id=branch.id,
        meeting_id=meeting_id,
        held_on=day,
        topic=topic,
        material=material,
        form=form,
        class_hours=class_hours,
    )
    for person in attendees:
        sink.add(
            StudyEntry,
            member_id=person.id,
            session_id=session_id,
            studied_on=day,
            topic=topic,
            material=material,
            form=form,
            class_hours=class_hours,
            notes=title,
            reflections=reflection(rng) if rng.random() < 0.3 else "",
        )
    return session_id


def party_school_day(world: World, branch: BranchPlan, batch: dt.date) -> dt.date:
    """The 发展对象培训班 (step 11, 24 class hours) held some weeks before an admission batch."""
    key = (branch.id, batch)
    if key not in world.party_school:
        world.party_school[key] = weekday_between(world.rng, batch - days(60), batch - days(40))
    return world.party_school[key]


def write_study(world: World) -> None:
    for branch in world.branches:
        classes = sorted(
            (day, batch) for (bid, batch), day in world.party_school.items() if bid == branch.id
        )
        for number, (day, batch) in enumerate(classes, 1):
            if day > world.today:
                continue
            trainees = [
                p
                for p in branch.people
                if (p.admitted or p.next_batch) == batch and not p.elsewhere
            ]
            title = f"学校党校第{chinese_number(number % 60 or 60)}期发展对象培训班"
            words = (title, "发展对象集中培训", "《中国共产党章程》《中国共产党发展党员工作细则》")
            collective_session(
                world, branch, None, day, words, StudyForm.PARTY_SCHOOL, "24", trainees
            )
        for year in range(world.start.year, world.today.year + 1):
            _stand_alone(world, branch, year)
            _committee_training(world, branch, year)
    for person in world.people:
        if person.admitted is not None:
            _self_study(world, person)


def _stand_alone(world: World, branch: BranchPlan, year: int) -> None:
    rng = world.rng
    for month in rng.sample((3, 4, 5, 6, 9, 10, 11, 12), 3):
        low = max(world.start, dt.date(year, month, 1))
        high = min(world.today, dt.date(year, month, 28))
        if low > high:
            continue
        day = weekday_between(rng, low, high)
        attendees = [p for p in branch.members_on(day) if rng.random() < p.diligence]
        if not attendees:
            continue
        topic, material = study_topic(rng, day)
        hours = rng.choice(("2", "2", "3"))
        words = (f"集中学习：{topic}", topic, material)
        collective_session(world, branch, None, day, words, StudyForm.COLLECTIVE, hours, attendees)


def _committee_training(world: World, branch: BranchPlan, year: int) -> None:
    """Committee members study more (56 hours): the 总支's yearly training for 支委."""
    rng = world.rng
    low, high = max(world.start, dt.date(year, 7, 1)), min(world.today, dt.date(year, 7, 9))
    if low > high:
        return
    day = weekday_between(rng, low, high)
    people = list(dict.fromkeys(span.person for span in branch.committee_on(day)))
    if people:
        words = (
            "学院党总支支部委员培训班",
            "基层党支部规范化建设",
            "《中国共产党支部工作条例（试行）》",
        )
        collective_session(world, branch, None, day, words, StudyForm.PARTY_SCHOOL, "16", people)


def _self_study(world: World, person: Person) -> None:
    rng, sink = world.rng, world.sink
    assert person.admitted is not None
    for year in range(world.start.year, world.today.year + 1):
        low = max(world.start, dt.date(year, 1, 1), person.admitted, person.present_from)
        high = min(world.today, dt.date(year, 12, 31))
        if person.left is not None:
            high = min(high, person.left - days(1))
        if low > high:
            continue
        share = ((high - low).days + 1) / 365
        for _ in range(round(rng.uniform(4, 9) * share * person.diligence)):
            day = between(rng, low, high)
            form, label, hours = rng.choices(_SELF_STUDY, _SELF_WEIGHTS)[0]
            topic, material = study_topic(rng, day)
            sink.add(
                StudyEntry,
                member_id=person.id,
                session_id=None,
                studied_on=day,
                topic=topic,
                material=material if form is not StudyForm.XUEXI_QIANGGUO else "学习强国平台",
                form=form,
                class_hours=Decimal(rng.choice(hours)),
                notes=f"{label}：{rng.choice(_NOTES)}",
                reflections=reflection(rng) if rng.random() < 0.4 else "",
            )
