"""The 25 development steps (RULES.md §1) of every person, in order and never after today.

``schedule_steps`` runs before the meetings (they need the introducers' names);
``write_steps`` runs after them (steps 15 and 23 link the assembly and copy its votes).
"""

from __future__ import annotations

import datetime as dt
from random import Random

from branchdesk.core.demo.dates import add_years, days, school_day
from branchdesk.core.demo.study import party_school_day
from branchdesk.core.demo.timelines import PREPARATION
from branchdesk.core.demo.world import BranchPlan, Person, World
from branchdesk.core.enums import PersonType, Stage, StepRole
from branchdesk.core.models import PipelineStep, StepPerson

_NOTES = {
    1: "递交入党申请书",
    2: "支部委员与申请人谈话，了解入党动机",
    3: "经党员推荐、团组织推优，支委会研究确定为入党积极分子",
    4: "报学院党总支备案",
    5: "支部指定培养联系人",
    6: "支部半年考察：思想汇报按时提交，表现良好",
    7: "经支委会研究，确定为发展对象",
    8: "报学院党总支备案",
    9: "确定入党介绍人",
    10: "政治审查结论：合格",
    11: "参加学校党校发展对象培训班，考试合格，结业",
    12: "支委会审查，材料齐全，同意提交支部党员大会讨论",
    13: "学院党总支预审通过",
    14: "填写《中国共产党入党志愿书》",
    15: "支部党员大会讨论通过，接收为中共预备党员",
    16: "学院党总支派人谈话",
    17: "校党委审批，同意接收为中共预备党员",
    18: "报校党委组织部备案",
    19: "编入党支部和党小组",
    20: "参加入党宣誓仪式",
    21: "继续教育考察：按季度提交思想汇报，表现良好",
    22: "提交转正申请书",
    23: "支部党员大会讨论通过，按期转为中共正式党员",
    24: "校党委审批，同意按期转正",
    25: "入党材料归档",
}


class _FullMembers:
    """Full members of a branch by month, filtered to the day (many look-ups, one scan each)."""

    def __init__(self) -> None:
        self._cache: dict[tuple[int, int, int], list[Person]] = {}

    def on(self, branch: BranchPlan, day: dt.date) -> list[Person]:
        key = (branch.id, day.year, day.month)
        if key not in self._cache:
            first = dt.date(day.year, day.month, 1)
            self._cache[key] = [p for p in branch.people if p.confirmed and p.confirmed < first]
        return [p for p in self._cache[key] if p.stage_at(day) is Stage.FULL]


def _sponsors(
    rng: Random, pool: list[Person], person: Person, count: int, day: dt.date
) -> list[Person]:
    """Full members who stay at least a year, students before teachers."""
    pool = [p for p in pool if p is not person]
    pool = rng.sample(pool, min(len(pool), 24))  # a look at a few is enough
    pool.sort(
        key=lambda p: (
            (p.left or p.leaves or dt.date.max) < day + days(365),
            p.kind is not PersonType.STUDENT,
        )
    )
    return pool[:count]


def _spread(low: dt.date, high: dt.date, fractions: tuple[float, ...]) -> list[dt.date]:
    """Days at these fractions of [low, high], moved onto school days when there is room."""
    span = max(0, (high - low).days)
    return [school_day(low + days(round(span * f)), high) for f in fractions]


def _schedule(world: World, person: Person, members: _FullMembers) -> None:
    rng, today, branch = world.rng, world.today, person.branch
    end = min(today, (person.left or today + days(1)) - days(1))
    later = person.candidate or dt.date.max
    steps: list[tuple[int, dt.date]] = []
    assert person.applied is not None
    steps.append((1, person.applied))
    talk = person.applied + days(rng.randint(5, 25))
    steps.append((2, school_day(talk, (person.activist or dt.date.max) - days(1))))
    if person.activist is not None:
        steps.append((3, person.activist))
        step4 = school_day(person.activist + days(rng.randint(2, 10)), later)
        step5 = school_day(step4 + days(rng.randint(0, 7)), later)
        steps += [(4, step4), (5, step5)]
        count = rng.choice((1, 2, 2))
        person.contacts = _sponsors(rng, members.on(branch, step4), person, count, step4)
        for half in range(1, 40):
            review = school_day(person.activist + days(182 * half))
            if review >= min(later, end + days(1)):
                break
            steps.append((6, review))
    if person.candidate is not None:
        steps.append((7, person.candidate))
        target = person.admitted
        if target is None:
            batches = [b for b in branch.batches if b >= person.candidate + days(PREPARATION)]
            target = person.next_batch = batches[0] if batches else person.candidate + days(120)
        school = party_school_day(world, branch, target)
        step8, step9, step10 = _spread(person.candidate + days(2), school, (0.1, 0.35, 0.7))
        steps += [(8, step8), (9, step9), (10, step10), (11, school)]
        step12, step13, step14 = _spread(school + days(3), target - days(2), (0.15, 0.5, 0.85))
        steps += [(12, step12), (13, step13), (14, step14)]
        still_full = [p for p in person.contacts if p.stage_at(step9) is Stage.FULL]
        others = [p for p in members.on(branch, step9) if p not in still_full]
        person.introducers = (still_full + _sponsors(rng, others, person, 2, step9))[:2]
    if person.admitted is not None:
        admitted = person.admitted
        limit = admitted + days(170)
        step16 = school_day(admitted + days(rng.randint(7, 25)), limit)
        step17 = school_day(admitted + days(rng.randint(30, 75)), limit)
        step18 = school_day(step17 + days(rng.randint(5, 20)), limit)
        step19 = school_day(step18 + days(rng.randint(1, 10)), limit)
        step20 = school_day(step19 + days(rng.randint(3, 30)), limit)
        steps += [(15, admitted), (16, step16), (17, step17), (18, step18), (19, step19)]
        steps += [(20, step20), (21, school_day(admitted + days(180), admitted + days(330)))]
        due = add_years(admitted, 1) - days(rng.randint(3, 15))
        steps.append((22, school_day(due, (person.confirmed or dt.date.max) - days(1))))
    if person.confirmed is not None:
        step24 = school_day(person.confirmed + days(rng.randint(15, 60)))
        step25 = school_day(step24 + days(rng.randint(1, 6)))
        steps += [(23, person.confirmed), (24, step24), (25, step25)]
    person.steps = [(number, day) for number, day in steps if day <= end]


def schedule_steps(world: World) -> None:
    """Dates of every step, contact people and introducers, before any meeting is written."""
    members = _FullMembers()
    for person in world.people:
        if person.applied is not None and not person.elsewhere:
            _schedule(world, person, members)


def _elsewhere_steps(person: Person) -> list[tuple[int, dt.date, str]]:
    where = person.elsewhere
    return [
        (number, day, f"{_NOTES[number]}（{where}）")
        for number, day in (
            (1, person.applied),
            (3, person.activist),
            (7, person.candidate),
            (15, person.admitted),
            (23, person.confirmed),
        )
        if day is not None
    ]


def write_steps(world: World) -> None:
    for person in world.people:
        if person.elsewhere:
            for number, day, note in _elsewhere_steps(person):
                world.sink.add(
                    PipelineStep, member_id=person.id, step_no=number, done_on=day, notes=note
                )
            continue
        for number, day in person.steps:
            _write_step(world, person, number, day)


def _write_step(world: World, person: Person, number: int, day: dt.date) -> None:
    sink = world.sink
    vote = {15: person.admission_vote, 23: person.confirmation_vote}.get(number)
    note = _NOTES[number]
    if number == 19 and person.group is not None:
        note = f"编入{person.branch.name}{person.group.name}"
    step_id = sink.add(
        PipelineStep,
        member_id=person.id,
        step_no=number,
        done_on=day,
        meeting_id=vote.meeting_id if vote else None,
        votes_expected=vote.expected if vote else None,
        votes_present=vote.present if vote else None,
        votes_for=vote.for_ if vote else None,
        votes_against=vote.against if vote else None,
        votes_abstain=vote.abstain if vote else None,
        notes=note,
    )
    people: list[tuple[StepRole, Person | None, str]] = []
    if number == 2:
        talker = person.branch.secretary(day)
        people.append((StepRole.TALKER, talker, talker.name if talker else world.organiser_name))
    elif number == 3 and person.kind is PersonType.STUDENT:
        league = f"{person.grade}级学前教育{person.class_no}班团支部"
        people.append((StepRole.RECOMMENDER, None, league))
    elif number == 5:
        people += [(StepRole.CONTACT, p, p.name) for p in person.contacts]
    elif number == 9:
        people += [(StepRole.INTRODUCER, p, p.name) for p in person.introducers]
    elif number == 16:
        people.append((StepRole.TALKER, None, world.organiser_name))
    for role, member, name in people:
        sink.add(
            StepPerson,
            step_id=step_id,
            role=role,
            member_id=member.id if member else None,
            name=name,
        )
