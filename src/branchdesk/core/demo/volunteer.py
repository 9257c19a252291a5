"""Volunteer service (RULES.md §6): the “学前先锋在行动” teams, the dormitory stations,
activities with each participant's minutes, and requests 群众点单、支部派单、党员接单.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from branchdesk.core.demo import names
from branchdesk.core.demo.dates import between, days, months, term_range
from branchdesk.core.demo.world import BranchPlan, Person, World
from branchdesk.core.enums import Gender, PersonType, RequestStatus, Stage, VolunteerRole
from branchdesk.core.models import (
    RequestAssignee,
    ServiceRequest,
    ServiceStation,
    VolunteerActivity,
    VolunteerCertificate,
    VolunteerHours,
    VolunteerMembership,
    VolunteerTeam,
)
from branchdesk.core.rules.volunteer import certificate_number

# (team, category, description, activities as (title, place), requests' content)
_TEAMS = (
    (
        "新生成长导航服务队",
        "新生成长导航",
        "为新生提供入学适应、学业规划和校园生活指导",
        (("新生入学适应分享会", "青学园党员学习室"), ("新生宿舍走访", "桃李园")),
        (
            "刚入学不太适应大学的学习节奏，希望有学姐指导一下怎么安排时间",
            "想了解专业课程设置和辅修政策",
        ),
    ),
    (
        "等级考试辅导服务队",
        "等级考试辅导",
        "开展英语四六级、计算机等级、普通话和教师资格考试辅导",
        (
            ("英语四级备考辅导", "明德楼A203"),
            ("教师资格证面试试讲指导", "明德楼A302"),
            ("普通话测试模拟训练", "青学园党员学习室"),
        ),
        (
            "四级听力一直拿不到分，希望有人帮忙辅导",
            "教师资格证面试试讲需要有人帮忙听课提意见",
            "计算机二级考前想做一次模拟",
        ),
    ),
    (
        "心理疏导服务队",
        "心理疏导",
        "开展朋辈心理互助，关注同学心理健康",
        (("朋辈心理互助沙龙", "青学园党员学习室"), ("心理健康知识宣传", "学校中心广场")),
        ("最近压力比较大、睡不好，想找人聊一聊", "宿舍同学之间有些矛盾，希望有人帮忙沟通"),
    ),
    (
        "考研就业服务队",
        "考研就业服务",
        "分享考研经验，提供简历指导和就业信息",
        (("考研经验分享会", "明德楼A302"), ("幼儿园招聘简历指导", "青学园党员学习室")),
        (
            "准备考学前教育学研究生，想请上岸的学姐分享经验",
            "想请人帮忙修改求职简历",
            "希望了解幼儿园教师招聘考试的准备方法",
        ),
    ),
    (
        "生活帮扶服务队",
        "生活帮扶",
        "为有困难的同学提供学习和生活帮扶",
        (("困难同学学业帮扶", "青学园党员学习室"), ("受伤同学生活照顾", "桃李园")),
        ("脚踝扭伤行动不便，需要有人帮忙打饭取快递", "生病请假期间的课堂笔记希望有人帮忙整理"),
    ),
    (
        "理论宣讲服务队",
        "理论宣讲",
        "深入班级、宿舍宣讲党的创新理论",
        (("理论宣讲进班级", "明德楼"), ("红色故事进宿舍", "桃李园")),
        ("班级团日活动想请党员来宣讲党的创新理论", "团支部想请党员讲一讲入党的经历"),
    ),
)
_STATIONS = (
    ("孔繁森宿舍党员服务站", "桃李园3栋一楼", "宿舍安全检查和生活服务，党员亮身份、做表率"),
    ("杨善洲宿舍党员服务站", "桃李园6栋一楼", "宿舍文化建设、朋辈互助和分享活动"),
)
_STATION_ACTIVITIES = (
    ("安全风险防范", "宿舍用电安全检查"),
    ("安全风险防范", "防诈骗宣传进宿舍"),
    ("党团携手联动", "党团共建分享会"),
    ("网络舆情引导", "网络文明宣传"),
    ("生活帮扶", "宿舍服务站值班"),
)
_MINUTES = (60, 90, 120, 120, 150, 180, 240)
_DAY_LIMIT = 480  # a person serves at most 8 hours a day (the check is never above 24 h)
_CERTIFICATES = 3  # per branch: last year's most active people asked for their certificate


@dataclass(eq=False)
class Unit:
    id: int
    branch: BranchPlan
    station: bool
    name: str
    category: str
    place: str
    activities: tuple[tuple[str, str], ...] = ()
    requests: tuple[str, ...] = ()
    people: list[Person] = field(default_factory=list)


class VolunteerWriter:
    def __init__(self, world: World) -> None:
        self.world = world
        self.rng = world.rng
        self.units: list[Unit] = []
        self.minutes_on: dict[tuple[int, dt.date], int] = {}
        self.yearly: dict[tuple[Person, int], int] = {}  # (person, year) → minutes
        self.monthly: dict[tuple[int, int, int], list[Person]] = {}
        self.overdue_done = False

    def write(self) -> None:
        self._units()
        for branch in self.world.branches:
            branch_units = [u for u in self.units if u.branch is branch]
            if branch_units:
                self._requests(branch, branch_units)
                self._activities(branch, branch_units)
        self._certificates()

    def _units(self) -> None:
        world, sink = self.world, self.world.sink
        count = len(world.branches)
        for index, (name, category, description, activities, requests) in enumerate(_TEAMS):
            branch = world.branches[index * count // len(_TEAMS)]
            unit_id = sink.add(
                VolunteerTeam, branch_id=branch.id, name=name, description=description
            )
            self.units.append(
                Unit(unit_id, branch, False, name, category, "", activities, requests)
            )
        for index, (name, place, description) in enumerate(_STATIONS):
            branch = world.branches[index * count // len(_STATIONS)]
            unit_id = sink.add(
                ServiceStation, branch_id=branch.id, name=name, place=place, description=description
            )
            self.units.append(Unit(unit_id, branch, True, name, "", place))
        for unit in self.units:
            self._members(unit)

    def _members(self, unit: Unit) -> None:
        rng, today = self.rng, self.world.today
        teams = [u for u in self.units if u.branch is unit.branch and not u.station]
        people = unit.branch.volunteers_on(today)
        if unit.station:
            people = [p for p in people if p.is_member_on(today) and rng.random() < 0.4]
        else:
            people = [p for p in people if teams[p.id % len(teams)] is unit]
        full = [p for p in people if p.confirmed is not None]
        students = [p for p in full if p.kind is PersonType.STUDENT]
        leader = rng.choice(students or full) if full else None
        for person in people:
            role = VolunteerRole.LEADER if person is leader else VolunteerRole.MEMBER
            column = "station_id" if unit.station else "team_id"
            self.world.sink.add(
                VolunteerMembership, member_id=person.id, role=role, **{column: unit.id}
            )
        unit.people = people

    def _pool(self, branch: BranchPlan, day: dt.date) -> list[Person]:
        """Who can serve on ``day``: the month's volunteers (one scan per month), checked again."""
        key = (branch.id, day.year, day.month)
        if key not in self.monthly:
            first = dt.date(day.year, day.month, 1)
            self.monthly[key] = [
                p for p in branch.people if p.activist is not None and p.activist <= first
            ]
        return [
            p
            for p in self.monthly[key]
            if p.stage_at(day) not in (None, Stage.APPLICANT) and not p.in_internship(day)
        ]

    def _participants(self, branch: BranchPlan, unit: Unit, day: dt.date, n: int) -> list[Person]:
        pool = self._pool(branch, day)
        preferred = [p for p in unit.people if p in pool]
        self.rng.shuffle(pool)
        chosen = (preferred[: n // 2] + [p for p in pool if p not in preferred])[:n]
        return chosen

    def _activity(
        self,
        unit: Unit,
        day: dt.date,
        title: str,
        category: str,
        place: str,
        people: list[Person],
        request_id: int | None = None,
    ) -> None:
        rng, sink = self.rng, self.world.sink
        length = rng.choice(_MINUTES)
        rows = []
        for person in people:
            minutes = min(240, max(60, length + rng.choice((0, 0, 0, -30, 30))))
            used = self.minutes_on.get((person.id, day), 0)
            if used + minutes > _DAY_LIMIT:
                continue
            self.minutes_on[(person.id, day)] = used + minutes
            self.yearly[(person, day.year)] = self.yearly.get((person, day.year), 0) + minutes
            rows.append((person.id, minutes))
        if not rows:
            return
        activity_id = sink.add(
            VolunteerActivity,
            branch_id=unit.branch.id,
            held_on=day,
            title=title,
            category=category,
            team_id=None if unit.station else unit.id,
            station_id=unit.id if unit.station else None,
            request_id=request_id,
            place=place,
            description=f"{unit.name}组织党员和入党积极分子开展“{title}”活动，共{len(rows)}人参加。",
        )
        for member_id, minutes in rows:
            sink.add(VolunteerHours, activity_id=activity_id, member_id=member_id, minutes=minutes)

    def _activities(self, branch: BranchPlan, units: list[Unit]) -> None:
        rng, start, today = self.rng, self.world.start, self.world.today
        for year, month in months(start, today):
            first, last = term_range(year, month)
            first, last = max(first, start), min(last, today)
            if first > last:
                continue
            count = rng.randint(0, 1) if month in (1, 2, 7, 8) else rng.randint(2, 4)
            for _ in range(count):
                unit = rng.choice(units)
                day = between(rng, first, last)
                if month == 7 and not unit.station:
                    title, category, place = (
                        "暑期“三下乡”学前支教",
                        unit.category,
                        "酉阳县乡村幼儿园",
                    )
                elif unit.station:
                    category, title = rng.choice(_STATION_ACTIVITIES)
                    place = unit.place
                else:
                    title, place = rng.choice(unit.activities)
                    category = unit.category
                people = self._participants(branch, unit, day, rng.randint(2, 8))
                if people:
                    self._activity(unit, day, title, category, place, people)

    def _requester(self, asked: dt.date) -> str:
        rng = self.rng
        gender = Gender.FEMALE if rng.random() < 0.85 else Gender.MALE
        name = names.person_name(rng, gender, asked.year - 20)
        if rng.random() < 0.15:
            return f"{name}（学前教育学院教师）"
        newest = asked.year if asked.month >= 9 else asked.year - 1
        grade = newest - rng.randint(0, 3)
        return f"{name}（{grade}级学前教育{rng.randint(1, 6)}班）"

    def _requests(self, branch: BranchPlan, units: list[Unit]) -> None:
        rng, world = self.rng, self.world
        teams = [u for u in units if not u.station]
        if not teams:
            return
        phones: set[str] = set()
        asked: list[tuple[dt.date, Unit]] = []
        for year, month in months(world.start, world.today):
            first, last = term_range(year, month)
            first, last = max(first, world.start), min(last, world.today)
            if first <= last:
                n = rng.randint(0, 1) if month in (1, 2, 7, 8) else rng.randint(1, 3)
                asked += [(between(rng, first, last), rng.choice(teams)) for _ in range(n)]
        asked.sort(key=lambda item: item[0])
        overdue = None
        if branch.index == 0:
            late = [i for i, (day, _) in enumerate(asked) if (world.today - day).days >= 20]
            overdue = late[-1] if late else None  # one promise already broken
        newest = len(asked) - 1 if branch.index == 0 else None  # still waiting for dispatch
        counters: dict[int, int] = {}
        for index, (day, unit) in enumerate(asked):
            counters[day.year] = counters.get(day.year, 0) + 1
            number = f"FW{day.year}-{counters[day.year]:03d}"
            waiting = index == newest and (world.today - day).days <= 14
            self._request(branch, unit, day, number, phones, index == overdue, waiting)

    def _request(
        self,
        branch: BranchPlan,
        unit: Unit,
        asked: dt.date,
        number: str,
        phones: set[str],
        late: bool,
        waiting: bool,
    ) -> None:
        rng, world, sink = self.rng, self.world, self.world.sink
        today, age = world.today, (world.today - asked).days
        dispatched = promised = completed = rating = None
        status, notes = RequestStatus.OPEN, ""
        if not waiting and (age > 10 or rng.random() < 0.5):
            dispatched = min(today, asked + days(rng.randint(0, 3)))
            promised = dispatched + days(rng.randint(3, 14))
            status = RequestStatus.DISPATCHED
        if late and dispatched is not None:
            promised = min(promised, today - days(rng.randint(2, 10)))
            promised = max(promised, dispatched + days(1))
        elif dispatched is not None and promised is not None and promised <= today - days(2):
            if rng.random() < 0.04:
                status, notes = RequestStatus.CANCELLED, "服务对象已自行解决，取消派单。"
            else:
                status = RequestStatus.COMPLETED
                completed = between(rng, dispatched + days(1), promised)
                rating = rng.choices((5, 4, 3), (60, 35, 5))[0]
                notes = (
                    "已按约完成，服务对象表示满意。"
                    if rating >= 4
                    else "已完成，服务对象提出了改进建议。"
                )
        content = rng.choice(unit.requests)
        request_id = sink.add(
            ServiceRequest,
            branch_id=branch.id,
            number=number,
            requester=self._requester(asked),
            contact=names.phone(rng, phones),
            category=unit.category,
            content=content,
            asked_on=asked,
            dispatched_on=dispatched,
            promised_on=promised,
            status=status,
            completed_on=completed,
            completion_notes=notes,
            rating=rating,
        )
        if dispatched is None:
            return
        members = [p for p in self._pool(branch, dispatched) if p.is_member_on(dispatched)]
        assignees = rng.sample(members, min(len(members), rng.randint(1, 3)))
        for person in assignees:
            sink.add(RequestAssignee, request_id=request_id, member_id=person.id)
        if completed is not None and assignees:
            people = [p for p in assignees if p.stage_at(completed) is not None]
            title = f"{unit.category}：接单服务（{number}）"
            place = unit.place or unit.activities[0][1]
            self._activity(unit, completed, title, unit.category, place, people, request_id)

    def _certificates(self) -> None:
        """Last year's most active people of each branch got their 志愿服务记录证明 in the
        first school week of January (numbered in the year of issue, across the archive)."""
        world, year = self.world, self.world.today.year - 1
        issued_on = min(dt.date(year + 1, 1, 8), world.today)
        if year < world.start.year:
            return
        sequence = 0
        for branch in world.branches:
            served = sorted(
                ((minutes, person) for (person, y), minutes in self.yearly.items() if y == year),
                key=lambda item: (-item[0], item[1].id),
            )
            for minutes, person in [item for item in served if item[1].branch is branch][
                :_CERTIFICATES
            ]:
                sequence += 1
                world.sink.add(
                    VolunteerCertificate,
                    member_id=person.id,
                    period_start=dt.date(year, 1, 1),
                    period_end=dt.date(year, 12, 31),
                    year=issued_on.year,
                    sequence_no=sequence,
                    number=certificate_number(issued_on.year, sequence),
                    issued_on=issued_on,
                    issuer=branch.name,
                    minutes=minutes,
                )


def write_volunteering(world: World) -> None:
    VolunteerWriter(world).write()
