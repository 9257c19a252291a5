"""The inspection and rectification ledger (检查整改台账, RULES.md §4).

A routine check most months, the annual check in December, now and then a special check or a
巡察; problems also come from 组织生活会 and 民主评议. Old problems are closed after review;
recent ones are pending or in progress, and a few are past their deadline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from random import Random

from branchdesk.core.demo.dates import between, days, meeting_day, months, weekday_between
from branchdesk.core.demo.evaluations import WeakMember
from branchdesk.core.demo.problems import MASSES_PROBLEMS, PROBLEMS, ProblemText, progress_note
from branchdesk.core.demo.world import BranchPlan, Person, World
from branchdesk.core.enums import (
    InspectionKind,
    PostKind,
    ProblemSource,
    ProblemStatus,
    RectifyKind,
)
from branchdesk.core.models import Inspection, Problem, ProgressNote

_SPECIALS = (
    ("党费收缴专项检查", "党费收缴"),
    ("发展党员工作专项检查", "档案管理"),
    ("宿舍党员服务站阵地建设专项检查", "阵地建设"),
    ("理论学习专项检查", "理论学习"),
    ("师生意见现场调研", "masses"),
)


@dataclass
class Seed:
    """A problem before its status and number are decided."""

    branch: BranchPlan
    found_on: dt.date
    source: ProblemSource
    text: ProblemText
    inspection_id: int | None = None
    meeting_id: int | None = None
    evaluation_id: int | None = None
    person: Person | None = None  # the member concerned (民主评议)
    overdue: bool = False


def _inspection(
    world: World, branch: BranchPlan, kind: InspectionKind, day: dt.date, inspector: str, scope: str
) -> int:
    summary = {
        InspectionKind.ROUTINE: f"检查了{scope}，总体规范。",
        InspectionKind.ANNUAL: "对照年度党建工作考核指标逐项检查，支部各项工作总体完成较好。",
        InspectionKind.SPECIAL: f"围绕{scope}开展专项检查，查阅台账并随机访谈党员。",
        InspectionKind.PATROL: "巡察组通过听取汇报、查阅资料、个别谈话等方式开展巡察。",
    }[kind]
    return world.sink.add(
        Inspection,
        branch_id=branch.id,
        kind=kind,
        inspected_on=day,
        inspector=inspector,
        scope=scope,
        summary=summary,
    )


def _texts(rng: Random, category: str, count: int) -> list[ProblemText]:
    if category == "masses":
        return rng.sample(MASSES_PROBLEMS, min(count, len(MASSES_PROBLEMS)))
    if category:
        return [rng.choice(PROBLEMS[category]) for _ in range(count)]
    return [rng.choice(PROBLEMS[rng.choice(list(PROBLEMS))]) for _ in range(count)]


def _branch_seeds(world: World, branch: BranchPlan) -> list[Seed]:
    rng, start, today = world.rng, world.start, world.today
    seeds: list[Seed] = []

    def check(kind: InspectionKind, day: dt.date, by: str, scope: str, n: int, cat: str) -> None:
        inspection_id = _inspection(world, branch, kind, day, by, scope)
        superior = by != "支部委员会"
        source = ProblemSource.SUPERIOR if superior else ProblemSource.SELF
        if cat == "masses":
            source = ProblemSource.MASSES
        for text in _texts(rng, cat, n):
            seeds.append(Seed(branch, day, source, text, inspection_id=inspection_id))

    patrol_year = rng.randint(start.year, today.year) if world.years >= 2 else None
    for year, month in months(start, today):
        if rng.random() < 0.92:  # a routine check most months
            day = meeting_day(rng, year, month, dt.date(year, month, 18), today)
            if day is not None and day >= start:
                by = "支部委员会" if rng.random() < 0.7 else "学院党总支"
                scope = "三会一课记录、党员学习笔记、发展党员材料"
                check(InspectionKind.ROUTINE, day, by, scope, int(rng.random() < 0.3), "")
        if month == 12:
            day = weekday_between(rng, dt.date(year, 12, 21), dt.date(year, 12, 30))
            if start <= day <= today:
                by = "学院党总支、校党委组织部"
                check(InspectionKind.ANNUAL, day, by, "支部年度党建工作", rng.randint(2, 3), "")
        if (month == 5 and rng.random() < 0.7) or (month == 10 and rng.random() < 0.3):
            day = meeting_day(rng, year, month, start, today)
            if day is not None:
                scope, category = rng.choice(_SPECIALS)
                by = "学院党总支" if category != "masses" else "支部委员会"
                check(InspectionKind.SPECIAL, day, by, scope, rng.randint(1, 2), category)
        if year == patrol_year and month == 4:
            patrol_year = None
            day = meeting_day(rng, year, month, start, today)
            if day is not None:
                check(InspectionKind.PATROL, day, "校党委第二巡察组", "基层党建工作", 3, "")
    for (branch_id, _), (meeting_id, day) in sorted(world.life_meetings.items()):
        if branch_id == branch.id:
            for text in _texts(rng, "", rng.randint(1, 2)):
                seeds.append(Seed(branch, day, ProblemSource.SELF, text, meeting_id=meeting_id))
    recent = [s for s in seeds if s.inspection_id and 25 <= (today - s.found_on).days <= 150]
    if not recent and branch.index == 0:
        day = weekday_between(rng, today - days(60), today - days(40))
        check(InspectionKind.ROUTINE, day, "支部委员会", "党员学习笔记和会议记录", 1, "")
        recent = seeds[-1:]
    if recent:  # a deadline already missed, so the ledger shows 已逾期
        recent[-1].overdue = True
    return seeds


def _status(world: World, seed: Seed, kind: RectifyKind, deadline: dt.date | None) -> ProblemStatus:
    rng, age = world.rng, (world.today - seed.found_on).days
    if seed.overdue:
        return ProblemStatus.IN_PROGRESS
    if kind is RectifyKind.ONGOING:
        return ProblemStatus.CLOSED if age > 365 else ProblemStatus.IN_PROGRESS
    if deadline is not None and deadline < world.today:
        if age < 120 and rng.random() < 0.05:
            return ProblemStatus.PENDING  # forgotten: overdue too
        return ProblemStatus.CLOSED if age > 45 or rng.random() < 0.5 else ProblemStatus.COMPLETED
    if age < 45:
        return rng.choice((ProblemStatus.PENDING, ProblemStatus.IN_PROGRESS))
    return rng.choice((ProblemStatus.IN_PROGRESS, ProblemStatus.COMPLETED, ProblemStatus.CLOSED))


def _write(world: World, seed: Seed, sequence: int) -> None:
    rng, sink, today = world.rng, world.sink, world.today
    branch, found = seed.branch, seed.found_on
    kind = rng.choices(list(RectifyKind), (3, 5, 2))[0]
    if seed.overdue:
        kind = RectifyKind.DEADLINE
    deadline = {
        RectifyKind.IMMEDIATE: found + days(rng.randint(3, 10)),
        RectifyKind.DEADLINE: found + days(rng.randint(20, 90)),
        RectifyKind.ONGOING: None,
    }[kind]
    if seed.overdue:
        deadline = between(rng, found + days(10), today - days(3))
    status = _status(world, seed, kind, deadline)
    completed = closed = None
    if status in (ProblemStatus.COMPLETED, ProblemStatus.CLOSED):
        latest = min(today, deadline or found + days(300))
        completed = between(rng, min(found + days(2), latest), latest)
        if status is ProblemStatus.CLOSED:
            closed = min(today, completed + days(rng.randint(2, 20)))
    leader = branch.secretary(found)
    person = seed.person or branch.holder(PostKind.ORGANIZATION, found) or leader
    reviewer = ""
    if closed:
        superior = seed.source is ProblemSource.SUPERIOR or leader is None
        reviewer = world.superior_name if superior or leader is None else leader.name
    problem_id = sink.add(
        Problem,
        branch_id=branch.id,
        year=found.year,
        sequence_no=sequence,
        source=seed.source,
        inspection_id=seed.inspection_id,
        meeting_id=seed.meeting_id,
        evaluation_id=seed.evaluation_id,
        found_on=found,
        category=seed.text.category,
        description=seed.text.description.format(name=person.name if person else ""),
        target=seed.text.target,
        measures=seed.text.measures,
        responsible_leader=leader.name if leader else "",
        responsible_person=person.name if person else "",
        responsible_member_id=person.id if person else None,
        rectify_kind=kind,
        deadline=deadline,
        status=status,
        completed_on=completed,
        reviewer=reviewer,
        review_opinion="经复查，整改措施落实到位，佐证材料齐全，同意销号。" if closed else "",
        closed_on=closed,
    )
    if status is ProblemStatus.PENDING:
        return
    last = completed or today
    for index in range(rng.randint(1, 3)):
        day = between(rng, found + days(1), last) if last > found else found
        note = progress_note(rng, index, seed.text)
        sink.add(ProgressNote, problem_id=problem_id, noted_on=day, note=note)


def write_inspections(world: World, weak: list[WeakMember]) -> None:
    for branch in world.branches:
        seeds = _branch_seeds(world, branch)
        for item in weak:
            if item.branch_id == branch.id:
                text = PROBLEMS["组织生活"][0]._replace(
                    description="{name}同志参加组织生活不够经常，学习时长未达要求，民主评议为基本合格",
                    target="按时参加组织生活，年度学习时长达到要求",
                    measures="支部书记谈心谈话，培养联系人帮带，每月向支部报告思想和学习情况",
                )
                seeds.append(
                    Seed(
                        branch,
                        item.day,
                        ProblemSource.SELF,
                        text,
                        evaluation_id=item.evaluation_id,
                        person=item.person,
                    )
                )
        seeds.sort(key=lambda s: (s.found_on, s.inspection_id or 0, s.meeting_id or 0))
        counters: dict[int, int] = {}
        for seed in seeds:
            counters[seed.found_on.year] = counters.get(seed.found_on.year, 0) + 1
            _write(world, seed, counters[seed.found_on.year])
