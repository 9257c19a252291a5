"""Honours (奖惩), care records (关怀) and membership changes (转入/转出) of the people."""

from __future__ import annotations

import datetime as dt

from branchdesk.core.demo.dates import add_years, between, days, weekday_between
from branchdesk.core.demo.world import Person, World
from branchdesk.core.enums import CareKind, ChangeKind, HonourKind, PersonType, Stage
from branchdesk.core.models import CareRecord, Honour, MembershipChange

# (title, issuer, chance per year for a student)
_STUDENT_AWARDS = (
    ("国家奖学金", "教育部", 0.01),
    ("国家励志奖学金", "学生工作部（处）", 0.04),
    ("学校一等奖学金", "学生工作部（处）", 0.05),
    ("学校二等奖学金", "学生工作部（处）", 0.08),
    ("学校三等奖学金", "学生工作部（处）", 0.1),
    ("优秀学生干部", "学生工作部（处）", 0.05),
    ("三好学生", "学生工作部（处）", 0.04),
    ("优秀共青团员", "校团委", 0.04),
)
_STAFF_AWARDS = (
    ("优秀辅导员", "校党委学生工作部", 0.12),
    ("师德先进个人", "校党委教师工作部", 0.05),
)
_KINDERGARTENS = ("实验幼儿园", "第一幼儿园", "第二实验幼儿园", "机关幼儿园", "中心幼儿园")
_STUDY_ON = (
    "中共西南大学教育学部研究生第一党支部",
    "中共重庆师范大学教育科学学院研究生党支部",
    "中共四川师范大学教育科学学院研究生第二党支部",
)


def _present(person: Person, day: dt.date) -> bool:
    return person.stage_at(day) is not None


def _giver(world: World, person: Person, day: dt.date) -> str:
    secretary = person.branch.secretary(day)
    return secretary.name if secretary and secretary is not person else "支部委员会"


def _honours(world: World) -> None:
    rng, sink, start, today = world.rng, world.sink, world.start, world.today
    for year in range(start.year, today.year + 1):
        autumn = dt.date(year, 11, 5)
        july = dt.date(year, 6, 28)
        volunteer_day = dt.date(year, 12, 5)
        for person in world.people:
            student = person.kind is PersonType.STUDENT
            if start <= autumn <= today and _present(person, autumn):
                awards = _STUDENT_AWARDS if student else _STAFF_AWARDS
                if student and autumn - person.present_from < days(300):
                    awards = ()
                boost = 1.5 if person.is_member_on(autumn) else 1.0
                for title, issuer, chance in awards:
                    if rng.random() < chance * boost:
                        day = weekday_between(rng, dt.date(year, 10, 20), autumn)
                        sink.add(
                            Honour,
                            member_id=person.id,
                            kind=HonourKind.AWARD,
                            awarded_on=day,
                            title=f"{year - 1}—{year}学年{title}"
                            if student
                            else f"{year}年度{title}",
                            issuer=issuer,
                        )
                        break
            if start <= july <= today and person.is_member_on(july) and rng.random() < 0.06:
                sink.add(
                    Honour,
                    member_id=person.id,
                    kind=HonourKind.AWARD,
                    awarded_on=july,
                    title="优秀共产党员",
                    issuer="学前教育学院党总支" if rng.random() < 0.8 else "校党委",
                    notes=f"庆祝中国共产党成立{year - 1921}周年表彰",
                )
            if start <= volunteer_day <= today and rng.random() < 0.04:
                stage = person.stage_at(volunteer_day)
                if stage not in (None, Stage.APPLICANT):
                    sink.add(
                        Honour,
                        member_id=person.id,
                        kind=HonourKind.AWARD,
                        awarded_on=volunteer_day,
                        title="优秀志愿者",
                        issuer="校团委",
                        notes="“学前先锋在行动”志愿服务",
                    )
    if len(world.people) >= 100:  # very rarely a sanction
        pool = [p for p in world.current() if p.admitted is None and p.kind is PersonType.STUDENT]
        if pool:
            person = rng.choice(pool)
            day = between(rng, max(start, person.present_from), today)
            sink.add(
                Honour,
                member_id=person.id,
                kind=HonourKind.SANCTION,
                awarded_on=day,
                title="警告处分",
                issuer="学生工作部（处）",
                notes="课程考试违纪，给予警告处分；支部已谈话提醒，延长入党考察期",
            )


def _care(world: World) -> None:
    rng, sink, start, today = world.rng, world.sink, world.start, world.today
    hardship = {p.id for p in world.people if p.kind is PersonType.STUDENT and rng.random() < 0.03}
    for person in world.people:
        if person.admitted is None:
            continue
        for year in range(start.year, today.year + 1):
            try:
                birthday = person.birth.replace(year=year)
            except ValueError:
                birthday = dt.date(year, 2, 28)
            if start <= birthday <= today and person.is_member_on(birthday) and rng.random() < 0.85:
                sink.add(
                    CareRecord,
                    member_id=person.id,
                    kind=CareKind.BIRTHDAY,
                    cared_on=birthday,
                    content=f"支部为{person.name}同志送上生日祝福和生日贺卡",
                    given_by=_giver(world, person, birthday),
                )
            political = None
            if year > person.admitted.year:
                political = add_years(person.admitted, year - person.admitted.year)
            if (
                political
                and start <= political <= today
                and person.is_member_on(political)
                and rng.random() < 0.7
            ):
                sink.add(
                    CareRecord,
                    member_id=person.id,
                    kind=CareKind.POLITICAL_BIRTHDAY,
                    cared_on=political,
                    content=f"{person.name}同志入党{year - person.admitted.year}周年政治生日，"
                    "支部赠送政治生日贺卡，重温入党誓词",
                    given_by=_giver(world, person, political),
                )
            for day, festival in ((dt.date(year, 1, 12), "春节"), (dt.date(year, 6, 29), "“七一”")):
                visited = person.kind is PersonType.RETIRED or person.id in hardship
                if visited and start <= day <= today and person.is_member_on(day):
                    sink.add(
                        CareRecord,
                        member_id=person.id,
                        kind=CareKind.FESTIVAL,
                        cared_on=day,
                        content=f"{festival}前夕，支部走访慰问{person.name}同志，送去慰问品和节日问候",
                        given_by=_giver(world, person, day),
                    )
    for person in world.people:
        if person.id in hardship:
            day = between(rng, max(start, person.present_from), min(today, person.left or today))
            if _present(person, day):
                sink.add(
                    CareRecord,
                    member_id=person.id,
                    kind=CareKind.HARDSHIP,
                    cared_on=day,
                    content=rng.choice(
                        (
                            "家庭经济困难，支部协助申请国家助学金，并安排生活帮扶服务队结对帮扶",
                            "因病住院，支部委员前往医院看望并送去慰问金500元",
                            "家中遭遇变故，支部书记谈心谈话，协助申请临时困难补助",
                        )
                    ),
                    given_by=_giver(world, person, day),
                )


def _changes(world: World) -> None:
    rng, sink = world.rng, world.sink
    for person in world.people:
        if person.transfer_in is not None:
            reason = "专升本入学" if person.kind is PersonType.STUDENT else "新入职辅导员"
            sink.add(
                MembershipChange,
                member_id=person.id,
                kind=ChangeKind.TRANSFER_IN,
                changed_on=person.transfer_in,
                counterpart=f"中共{person.elsewhere}",
                notes=f"{reason}，组织关系转入",
            )
        if person.left is not None:
            if rng.random() < 0.25:
                counterpart = rng.choice(_STUDY_ON)
                notes = "毕业后攻读硕士研究生，组织关系转出"
            else:
                place = rng.choice(_KINDERGARTENS)
                counterpart = f"中共{person.home.name}{place}支部委员会"
                notes = "毕业后到幼儿园任教，组织关系转出，回执已收回"
            sink.add(
                MembershipChange,
                member_id=person.id,
                kind=ChangeKind.TRANSFER_OUT,
                changed_on=person.left,
                counterpart=counterpart,
                notes=notes,
            )


def write_records(world: World) -> None:
    _honours(world)
    _care(world)
    _changes(world)
