"""Democratic evaluation (民主评议党员, RULES.md §5), held at each year's 组织生活会.

Self-summary, peer and masses votes per grade, and the branch's grade: mostly 合格, at most a
third 优秀, very rarely 基本合格 (which opens an improvement item in the problem ledger).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from random import Random

from branchdesk.core.demo.minutes import quoted
from branchdesk.core.demo.topics import study_topic
from branchdesk.core.demo.world import Person, World
from branchdesk.core.enums import Grade
from branchdesk.core.models import Evaluation, EvaluationRound

_SERVICES = ("新生成长导航", "等级考试辅导", "考研就业服务", "心理疏导", "生活帮扶", "理论宣讲")
_WEAKNESSES = (
    "理论学习的系统性还不够，有时满足于读原文",
    "在宿舍服务站值班中主动性还需加强",
    "批评与自我批评不够大胆",
    "专业学习和支部工作的时间统筹还不够好",
    "联系身边同学还不够广泛",
)
_PLANS = (
    "制订个人学习计划，坚持每周学习",
    "更加主动地参加志愿服务，做好群众点单的接单工作",
    "在教育实习中严格要求自己，当好同学的表率",
    "加强与身边同学的交流，及时了解大家的困难",
)
_OPINIONS = {
    Grade.EXCELLENT: (
        "该同志理想信念坚定，学习工作表现突出，在志愿服务中发挥了先锋模范作用，评定为优秀。"
    ),
    Grade.QUALIFIED: "该同志能够认真履行党员义务，按时参加组织生活，评定为合格。",
    Grade.BASICALLY_QUALIFIED: (
        "该同志参加组织生活不够经常，学习时长未达要求，评定为基本合格，限期改进。"
    ),
}


@dataclass(frozen=True)
class WeakMember:
    """A 基本合格 evaluation, to be followed up in the problem ledger."""

    branch_id: int
    evaluation_id: int
    person: Person
    day: dt.date


def _split(rng: Random, total: int, grade: Grade) -> tuple[int, int, int, int]:
    """Votes for 优秀/合格/基本合格/不合格 that add up to ``total`` and match the grade."""
    if grade is Grade.EXCELLENT:
        excellent = round(total * rng.uniform(0.55, 0.9))
        return excellent, total - excellent, 0, 0
    if grade is Grade.BASICALLY_QUALIFIED:
        basic = round(total * rng.uniform(0.4, 0.6))
        unqualified = min(total - basic, rng.randint(0, 1))
        return 0, total - basic - unqualified, basic, unqualified
    excellent = round(total * rng.uniform(0.0, 0.3))
    basic = min(total - excellent, 1 if rng.random() < 0.15 else 0)
    return excellent, total - excellent - basic, basic, 0


def _summary(rng: Random, person: Person, day: dt.date) -> str:
    topic, _ = study_topic(rng, day)
    return (
        f"本年度，本人认真参加支部组织的{quoted(topic)}等专题学习，"
        "按时参加“三会一课”和主题党日活动，"
        f"积极参与{rng.choice(_SERVICES)}志愿服务。"
        f"不足之处在于{rng.choice(_WEAKNESSES)}。今后将{rng.choice(_PLANS)}。"
    )


def write_evaluations(world: World) -> list[WeakMember]:
    rng, sink, today = world.rng, world.sink, world.today
    weak: list[WeakMember] = []
    rounds = [
        (key, held)
        for key, held in sorted(world.life_meetings.items())
        if key[1] < today.year or today.month == 12
    ]
    # Very rarely 基本合格: the least diligent member of the latest round, if nobody else was.
    last = max((key for key, _ in rounds), key=lambda k: (k[1], -k[0]), default=None)
    for (branch_id, year), (_, day) in rounds:
        branch = world.branches[branch_id - 1]
        members = branch.members_on(day)
        if not members:
            continue
        masses = rng.randint(20, 40)
        round_id = sink.add(
            EvaluationRound,
            branch_id=branch_id,
            year=year,
            notes=(
                f"{year}年度民主评议党员于{day.month}月{day.day}日结合组织生活会进行，采取个人自评、"
                f"党员互评、民主测评、支部评定的方式，参评党员{len(members)}人，"
                f"群众代表{masses}人参加民主测评。"
            ),
        )
        ranked = sorted(members, key=lambda p: (-p.diligence, rng.random()))
        excellent = set(ranked[: min(len(members) // 3, round(len(members) * 0.25))])
        laggard = ranked[-1] if (branch_id, year) == last and not weak and len(ranked) > 3 else None
        for person in members:
            grade = Grade.EXCELLENT if person in excellent else Grade.QUALIFIED
            if grade is Grade.QUALIFIED and person.diligence < 0.7 and rng.random() < 0.05:
                grade = Grade.BASICALLY_QUALIFIED
            if person is laggard and not weak:
                grade = Grade.BASICALLY_QUALIFIED
            peers = _split(rng, max(0, len(members) - 1 - rng.randint(0, 1)), grade)
            votes = _split(rng, masses - rng.randint(0, 2), grade)
            evaluation_id = sink.add(
                Evaluation,
                round_id=round_id,
                member_id=person.id,
                self_summary=_summary(rng, person, day),
                peer_excellent=peers[0],
                peer_qualified=peers[1],
                peer_basically_qualified=peers[2],
                peer_unqualified=peers[3],
                masses_excellent=votes[0],
                masses_qualified=votes[1],
                masses_basically_qualified=votes[2],
                masses_unqualified=votes[3],
                branch_opinion=_OPINIONS[grade],
                grade=grade,
                graded_by="支委会" if rng.random() < 0.7 else "党员大会",
            )
            if grade is Grade.BASICALLY_QUALIFIED:
                weak.append(WeakMember(branch_id, evaluation_id, person, day))
    return weak
