"""Branches, party groups (党小组) and posts (支委, 党小组长) with their terms and successions."""

from __future__ import annotations

import datetime as dt

from branchdesk.core.demo.dates import add_years, days, school_day, school_day_between
from branchdesk.core.demo.timelines import build_calendar
from branchdesk.core.demo.world import BranchPlan, GroupPlan, Person, PostSpan, World
from branchdesk.core.enums import PersonType, PostKind, Stage
from branchdesk.core.models import Branch, MemberPost, PartyGroup, Setting

PARENT_ORG = "学前教育学院党总支"
_BRANCH_NAMES = {
    1: (("学前教育学院学生党支部", "学生支部"),),
    2: (
        ("学前教育学院学生第一党支部", "学生一支部"),
        ("学前教育学院学生第二党支部", "学生二支部"),
    ),
}
_TITLES = {
    PostKind.SECRETARY: "书记",
    PostKind.DEPUTY_SECRETARY: "副书记",
    PostKind.ORGANIZATION: "组织委员",
    PostKind.PROPAGANDA: "宣传委员",
    PostKind.DISCIPLINE: "纪检委员",
}
_DIGITS = "零一二三四五六七八九"
_FAR = dt.date(9999, 1, 1)


def chinese_number(n: int) -> str:
    """1 → 一, 12 → 十二, 40 → 四十 (for 第N党小组 and 第N次)."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def plan_branches(world: World, count: int) -> None:
    for index, (name, short) in enumerate(_BRANCH_NAMES[count]):
        branch = BranchPlan(id=index + 1, index=index, name=name, short_name=short)
        build_calendar(world.rng, branch, world.start.year - 7, world.today.year + 1)
        world.branches.append(branch)


def _staying(person: Person) -> dt.date:
    return person.left or person.leaves or _FAR


def _pick(world: World, branch: BranchPlan, day: dt.date, taken: list[Person]) -> Person | None:
    """A full member for a committee post: students who stay longest first, else staff."""
    pool = [p for p in branch.full_on(day) if p not in taken and not p.in_internship(day)]
    students = [p for p in pool if p.kind is PersonType.STUDENT and _staying(p) > day + days(240)]
    pool = students or [p for p in pool if p.kind is PersonType.STAFF]
    if not pool:
        return None
    pool.sort(key=lambda p: (_staying(p), p.id), reverse=True)
    return world.rng.choice(pool[:3])


def _terms(world: World, branch: BranchPlan) -> list[dt.date]:
    rng = world.rng
    low, high = world.today - days(910), world.today - days(365)
    branch.elected_on = school_day_between(rng, low, high)
    earliest = min(
        [world.start] + [p.admitted for p in branch.people if p.admitted and not p.elsewhere]
    )
    starts = [branch.elected_on]
    while starts[0] > earliest:
        back = add_years(starts[0], -3) + days(rng.randint(-10, 10))
        starts.insert(0, school_day(back))
    branch.founded = starts[0]
    return starts


def _by_election(branch: BranchPlan, after: dt.date) -> dt.date:
    """Vacancies are filled at the September assembly after the holder left (补选)."""
    for year in (after.year, after.year + 1):
        if year in branch.q3 and branch.q3[year] > after:
            return branch.q3[year]
    return after + days(90)


def _committee(world: World, branch: BranchPlan) -> None:
    starts = _terms(world, branch)
    deputy = world.rng.random() < 0.5
    secretary = next((p for p in branch.people if p.quirk == "secretary"), None)
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else None
        full = branch.full_on(start)
        # 7 full members make a committee (条例); a small branch keeps a 组织委员 and a 宣传委员
        # beside its secretary so the sample still shows committee work.
        kinds = list(_TITLES)[2:] if len(full) >= 7 else list(_TITLES)[2:4]
        kinds = kinds if len(full) >= 5 else []
        if deputy and len(full) >= 12:
            kinds.insert(0, PostKind.DEPUTY_SECRETARY)
        head = secretary if secretary in full else next(iter(full), None)
        if head is None:
            continue
        branch.posts.append(PostSpan(head, PostKind.SECRETARY, "书记", start, end))
        taken = [head]
        for kind in kinds:
            day = start
            while day <= world.today and (end is None or day < end):
                holder = _pick(world, branch, day, taken)
                if holder is None:
                    break
                taken.append(holder)
                leaves = holder.left is not None and (end is None or holder.left < end)
                until = holder.left if leaves else end
                branch.posts.append(PostSpan(holder, kind, _TITLES[kind], day, until))
                if not leaves or holder.left is None:
                    break
                day = _by_election(branch, holder.left)


def _groups(world: World, branch: BranchPlan) -> None:
    """党小组 of 8–12 members: current students by grade, staff and graduates spread over."""
    current = [p for p in branch.party if p.left is None]
    count = max(1, round(len(current) / 10))
    for number in range(1, count + 1):
        group_id = world.sink.next_id("party_groups")
        branch.groups.append(GroupPlan(group_id, f"第{chinese_number(number)}党小组"))
    students = sorted(
        (p for p in current if p.kind is PersonType.STUDENT), key=lambda p: (-(p.grade or 0), p.id)
    )
    for index, person in enumerate(students):
        branch.groups[index * count // len(students)].members.append(person)
    others = [p for p in branch.party if p.kind is not PersonType.STUDENT or p.left is not None]
    for index, person in enumerate(others):
        branch.groups[index % count].members.append(person)
    for group in branch.groups:
        for person in group.members:
            person.group = group


def _group_leaders(world: World, branch: BranchPlan) -> None:
    """党小组长: a full student member where there is one, reviewed every September."""
    rng = world.rng
    start = branch.founded or world.start
    reviews = [dt.date(year, 9, 20) for year in range(start.year + 1, world.today.year + 1)]
    for group in branch.groups:
        span: PostSpan | None = None
        for day in [start, *[d for d in reviews if d <= world.today]]:
            if span is not None and span.end is not None and span.end <= day:
                span = None  # the leader graduated: a new one at this review
            pool = [
                p
                for p in group.members
                if p.stage_at(day) is Stage.FULL and _staying(p) > day + days(240)
            ]
            students = [p for p in pool if p.kind is PersonType.STUDENT]
            keep = span is not None and (span.person in students or not students)
            if keep or not pool:
                continue
            if span is not None:
                span.end = day
            leader = rng.choice(sorted(students or pool, key=lambda p: p.id))
            span = PostSpan(
                leader, PostKind.GROUP_LEADER, f"{group.name}组长", day, leader.left, group
            )
            branch.posts.append(span)


def plan_org(world: World) -> None:
    for branch in world.branches:
        _committee(world, branch)
        _groups(world, branch)
        _group_leaders(world, branch)


def write_org(world: World) -> None:
    sink = world.sink
    for branch in world.branches:
        sink.add(
            Branch,
            id=branch.id,
            name=branch.name,
            short_name=branch.short_name,
            parent_org=PARENT_ORG,
            founded_on=branch.founded,
            committee_elected_on=branch.elected_on,
            committee_term_years=3,
            position=branch.index,
        )
        for group in branch.groups:
            sink.add(PartyGroup, id=group.id, branch_id=branch.id, name=group.name)


def write_posts(world: World) -> None:
    for branch in world.branches:
        for span in branch.posts:
            world.sink.add(
                MemberPost,
                member_id=span.person.id,
                branch_id=branch.id,
                party_group_id=span.group.id if span.group else None,
                kind=span.kind,
                title=span.title,
                started_on=span.start,
                ended_on=span.end,
            )


def write_settings(world: World) -> None:
    first = world.branches[0]
    clerk = first.holder(PostKind.ORGANIZATION, world.today) or first.secretary(world.today)
    world.sink.add(Setting, key="clerk_name", value=clerk.name if clerk else world.organiser_name)
    world.sink.add(Setting, key="language", value="zh_CN")
