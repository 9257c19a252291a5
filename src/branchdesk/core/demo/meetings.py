"""三会一课, 主题党日 and 组织生活会 for every month of the window (RULES.md §2).

Each meeting gets attendance for the members expected that day, guests, agenda items and, for
支部党员大会, resolutions whose votes meet the quorum (more than half of the voting members).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from branchdesk.core.demo import minutes as texts
from branchdesk.core.demo.dates import at, in_holiday, meeting_day, months, weekday_between
from branchdesk.core.demo.study import collective_session
from branchdesk.core.demo.topics import study_topic
from branchdesk.core.demo.votes import AssemblyVotes, assembly_extras, introducers_of
from branchdesk.core.demo.world import BranchPlan, GroupPlan, Person, World
from branchdesk.core.enums import (
    AttendanceStatus,
    MeetingKind,
    PersonType,
    PostKind,
    Stage,
    StudyForm,
)
from branchdesk.core.models import AgendaItem, Attendance, Meeting, MeetingGuest

_LEAVE_REASONS = (
    "生病",
    "参加学校技能大赛集训",
    "参加教师资格证面试",
    "家中有事",
    "参加普通话水平测试",
    "外出参加比赛",
    "课程考试冲突",
    "参加学院文艺活动排练",
)
_STAFF_REASONS = ("外出参加培训", "出差", "带队学生实习", "参加学校会议")
# (start times in minutes after midnight, length in minutes, places)
_SETTINGS = {
    MeetingKind.COMMITTEE: (
        (750, 1020, 1230),
        60,
        ("学前教育学院党员活动室", "学院会议室（行政楼402）"),
    ),
    MeetingKind.BRANCH_ASSEMBLY: ((870, 990, 1140), 120, ("学前教育学院党员活动室", "明德楼A302")),
    MeetingKind.GROUP: ((1140, 750, 990, 1230), 60, ("青学园党员学习室", "学前教育学院党员活动室")),
    MeetingKind.LECTURE: ((870, 990, 1140), 120, ("明德楼A302", "青学园党员学习室")),
    MeetingKind.THEME_DAY: ((840, 540), 180, ("学前教育学院党员活动室",)),
    MeetingKind.LIFE_MEETING: ((870, 540), 180, ("学前教育学院党员活动室",)),
}


def _start(world: World, plan: MeetingPlan, starts: tuple[int, ...], length: int) -> dt.datetime:
    """The first usual time that does not clash with the branch's other meetings that day."""
    busy = world.busy.setdefault((plan.branch.id, plan.day), [])
    chosen = next((s for s in starts if all(s + length <= b or e <= s for b, e in busy)), starts[0])
    busy.append((chosen, chosen + length))
    return at(plan.day, chosen // 60, chosen % 60)


_ONLINE = "线上（腾讯会议）"


@dataclass(eq=False)
class MeetingPlan:
    branch: BranchPlan
    kind: MeetingKind
    day: dt.date
    group: GroupPlan | None = None
    admissions: list[Person] = field(default_factory=list)
    confirmations: list[Person] = field(default_factory=list)
    quarter: int = 0  # regular assemblies: the quarter they stand for
    by_secretary: bool = False
    expected: list[Person] = field(default_factory=list)
    sequence: int = 0


def _assemblies(world: World, branch: BranchPlan) -> list[MeetingPlan]:
    plans: dict[dt.date, MeetingPlan] = {}
    for year in range(world.start.year, world.today.year + 1):
        spring, autumn = branch.batches[2 * (year - branch.batches[0].year) :][:2]
        for quarter, day in enumerate((branch.q1[year], spring, branch.q3[year], autumn), 1):
            if world.start <= day <= world.today:
                plans[day] = MeetingPlan(branch, MeetingKind.BRANCH_ASSEMBLY, day, quarter=quarter)
    for span in branch.posts:  # elections of a new committee
        if span.kind is PostKind.SECRETARY and world.start <= span.start <= world.today:
            plans.setdefault(
                span.start, MeetingPlan(branch, MeetingKind.BRANCH_ASSEMBLY, span.start)
            )
    for person in branch.people:
        if person.elsewhere:
            continue
        for day, bucket in ((person.admitted, "admissions"), (person.confirmed, "confirmations")):
            if day is None:
                continue
            plan = plans.setdefault(day, MeetingPlan(branch, MeetingKind.BRANCH_ASSEMBLY, day))
            getattr(plan, bucket).append(person)
    return list(plans.values())


def plan_meetings(world: World) -> list[MeetingPlan]:
    rng, start, today = world.rng, world.start, world.today
    plans: list[MeetingPlan] = []
    for branch in world.branches:
        plans += _assemblies(world, branch)
        lecture_months: dict[int, list[int]] = {}
        for year, month in months(start, today):
            if year not in lecture_months:
                picks = [rng.choice(q) for q in ((3,), (4, 5, 6), (9, 10), (11, 12))]
                lecture_months[year] = picks
                secretary_month = rng.choice(picks)
            day = meeting_day(rng, year, month, start, today)
            if day is not None and len(branch.committee_on(day)) >= 3:
                plans.append(MeetingPlan(branch, MeetingKind.COMMITTEE, day))
            for group in branch.groups:
                day = meeting_day(rng, year, month, start, today)
                if day is not None and rng.random() > 0.04:  # a few missed months
                    plans.append(MeetingPlan(branch, MeetingKind.GROUP, day, group=group))
            day = meeting_day(rng, year, month, start, today)
            if day is not None and month not in (7, 8):
                plans.append(MeetingPlan(branch, MeetingKind.THEME_DAY, day))
            day = meeting_day(rng, year, month, start, today)
            if day is not None and month in lecture_months[year]:
                by_secretary = month == secretary_month
                plans.append(
                    MeetingPlan(branch, MeetingKind.LECTURE, day, by_secretary=by_secretary)
                )
            if month == 12:
                day = weekday_between(rng, dt.date(year, 12, 5), dt.date(year, 12, 20))
                if day > today:
                    day = weekday_between(rng, max(start, dt.date(year, 11, 20)), today)
                if start <= day <= today:
                    plans.append(MeetingPlan(branch, MeetingKind.LIFE_MEETING, day))
    for plan in plans:
        plan.expected = _expected(plan)
    plans = [p for p in plans if p.expected]
    plans.sort(key=lambda p: (p.branch.id, p.kind, p.group.id if p.group else 0, p.day))
    _number(plans)
    plans.sort(key=lambda p: (p.day, p.branch.id, p.kind, p.group.id if p.group else 0))
    return plans


def _number(plans: list[MeetingPlan]) -> None:
    """第N次: per branch, kind, 党小组 and year, in date order."""
    counters: dict[tuple[object, ...], int] = {}
    for plan in plans:
        key = (plan.branch.id, plan.kind, plan.group.id if plan.group else 0, plan.day.year)
        counters[key] = counters.get(key, 0) + 1
        plan.sequence = counters[key]


def _expected(plan: MeetingPlan) -> list[Person]:
    if plan.kind is MeetingKind.COMMITTEE:
        people: list[Person] = []
        for span in plan.branch.committee_on(plan.day):
            if span.person not in people:
                people.append(span.person)
        return people
    if plan.kind is MeetingKind.GROUP:
        assert plan.group is not None
        return plan.group.members_on(plan.day)
    return plan.branch.members_on(plan.day)


def _status(world: World, person: Person, day: dt.date) -> tuple[AttendanceStatus, str]:
    rng = world.rng
    if person.in_internship(day) and rng.random() < 0.5:
        return AttendanceStatus.LEAVE, "在幼儿园顶岗实习"
    draw = rng.random()
    if draw < person.diligence:
        return (
            (AttendanceStatus.LATE, "课程延时")
            if rng.random() < 0.03
            else (
                AttendanceStatus.PRESENT,
                "",
            )
        )
    if draw < person.diligence + (1 - person.diligence) * 0.85:
        staff = person.kind is not PersonType.STUDENT
        return AttendanceStatus.LEAVE, rng.choice(_STAFF_REASONS if staff else _LEAVE_REASONS)
    return AttendanceStatus.ABSENT, "未请假"


def _chair(plan: MeetingPlan) -> tuple[Person, Person]:
    """主持人 and 记录人: the secretary and a committee member, or the group leader."""
    branch, day, expected = plan.branch, plan.day, plan.expected
    if plan.group is not None:
        host = branch.group_leader(plan.group, day)
        host = host if host in expected else expected[0]
    else:
        host = branch.secretary(day) or expected[0]
    kind = (
        PostKind.PROPAGANDA
        if plan.kind in (MeetingKind.THEME_DAY, MeetingKind.LECTURE)
        else (PostKind.ORGANIZATION)
    )
    recorder = branch.holder(kind, day) or branch.holder(PostKind.ORGANIZATION, day)
    if recorder is None or recorder is host or recorder not in expected:
        others = [p for p in expected if p is not host]
        recorder = others[0] if others else host
    return host, recorder


def write_meetings(world: World, plans: list[MeetingPlan]) -> None:
    for plan in plans:
        _write_meeting(world, plan)


def _write_meeting(world: World, plan: MeetingPlan) -> None:
    rng, sink, day = world.rng, world.sink, plan.day
    host, recorder = _chair(plan)
    statuses = {
        p.id: (AttendanceStatus.PRESENT, "") if p in (host, recorder) else _status(world, p, day)
        for p in plan.expected
    }
    votes = AssemblyVotes(plan, statuses) if plan.kind is MeetingKind.BRANCH_ASSEMBLY else None
    if votes is not None:
        votes.ensure_quorum(rng)
    attended = [p for p in plan.expected if statuses[p.id][0].attended]
    away = [(p.name, statuses[p.id][1]) for p in plan.expected if not statuses[p.id][0].attended]
    starts, length, places = _SETTINGS[plan.kind]
    starts_at = _start(world, plan, starts, length)
    place = rng.choice(places)
    if plan.kind is MeetingKind.GROUP and in_holiday(day):
        place = _ONLINE
    topic, material = study_topic(rng, day)
    ctx = texts.Context(
        branch=plan.branch.name,
        day=day,
        host=host.name,
        recorder=recorder.name,
        expected=len(plan.expected),
        present=len(attended),
        away=away,
        speakers=[(p.name, p.kind is PersonType.STUDENT) for p in attended if p is not host]
        or [(host.name, host.kind is PersonType.STUDENT)],
        topic=topic,
        material=material,
        group=plan.group.name if plan.group else "",
    )
    meeting_id = sink.next_id("meetings")
    guests: list[tuple[str, str]] = []
    hours, form = "2", StudyForm.COLLECTIVE
    if plan.kind is MeetingKind.COMMITTEE:
        title, agenda, text = texts.committee(rng, ctx)
    elif plan.kind is MeetingKind.GROUP:
        title, agenda, text = texts.group(rng, ctx)
    elif plan.kind is MeetingKind.THEME_DAY:
        title, place, hours, agenda, text = texts.theme_day(rng, ctx)
    elif plan.kind is MeetingKind.LECTURE:
        ctx.speaker, guests = _lecturer(world, plan, host)
        used = world.lecture_titles.setdefault((plan.branch.id, day.year), set())
        title, agenda, text = texts.lecture(rng, ctx, plan.by_secretary, used)
        form = StudyForm.LECTURE
    elif plan.kind is MeetingKind.LIFE_MEETING:
        title, agenda, text = texts.life_meeting(rng, ctx)
        guests.append((world.superior_name, "学院党总支书记"))
        world.life_meetings[(plan.branch.id, day.year)] = (meeting_id, day)
    else:
        assert votes is not None
        ctx.admissions = [
            (p, votes.record(meeting_id, p, rng), introducers_of(p)) for p in plan.admissions
        ]
        ctx.confirmations = [
            (p, votes.record(meeting_id, p, rng), introducers_of(p)) for p in plan.confirmations
        ]
        ctx.extra_items = assembly_extras(world, plan.branch, day, plan.quarter, votes)
        title, agenda, text = texts.assembly(rng, ctx)
        guests += [(p.name, "发展对象") for p in plan.admissions]
        if plan.admissions and rng.random() < 0.5:
            guests.append((world.organiser_name, "学院党总支组织员"))
    sink.add(
        Meeting,
        id=meeting_id,
        branch_id=plan.branch.id,
        party_group_id=plan.group.id if plan.group else None,
        kind=plan.kind,
        year=day.year,
        sequence_no=plan.sequence,
        title=title,
        starts_at=starts_at,
        ends_at=starts_at + dt.timedelta(minutes=length),
        place=place,
        host_id=host.id,
        recorder_id=recorder.id,
        minutes=text,
    )
    for person in plan.expected:
        status, reason = statuses[person.id]
        sink.add(
            Attendance,
            meeting_id=meeting_id,
            member_id=person.id,
            status=status,
            reason=reason,
            has_vote=person.confirmed is not None and person.confirmed <= day,
        )
    for name, affiliation in guests:
        sink.add(MeetingGuest, meeting_id=meeting_id, name=name, affiliation=affiliation)
    for position, (item, discussion) in enumerate(agenda, 1):
        sink.add(
            AgendaItem, meeting_id=meeting_id, position=position, title=item, discussion=discussion
        )
    if votes is not None:
        votes.write_resolutions(world, meeting_id, ctx.extra_items)
    if plan.kind in (MeetingKind.LECTURE, MeetingKind.THEME_DAY):
        collective_session(
            world, plan.branch, meeting_id, day, (title, topic, material), form, hours, attended
        )


def _lecturer(world: World, plan: MeetingPlan, host: Person) -> tuple[str, list[tuple[str, str]]]:
    """Who speaks, and the 列席 guests: the speaker from outside and some activists."""
    rng = world.rng
    guests: list[tuple[str, str]] = []
    if plan.by_secretary:
        speaker = f"支部书记{host.name}"
    elif rng.random() < 0.5:
        teacher = world.lecturers[rng.randrange(len(world.lecturers))]
        speaker = f"马克思主义学院{teacher}老师"
        guests.append((teacher, "马克思主义学院"))
    else:
        speaker = f"学院党总支书记{world.superior_name}"
        guests.append((world.superior_name, "学院党总支书记"))
    activists = [p for p in plan.branch.volunteers_on(plan.day) if not p.is_member_on(plan.day)]
    for person in activists:
        if rng.random() < 0.6:
            candidate = person.stage_at(plan.day) is Stage.CANDIDATE
            guests.append((person.name, "发展对象" if candidate else "入党积极分子"))
    return speaker, guests
