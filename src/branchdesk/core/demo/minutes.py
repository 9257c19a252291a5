"""Titles, agenda items and minutes text of sample meetings, varied by month and kind."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from random import Random

from branchdesk.core.demo.topics import THEME_DAYS
from branchdesk.core.demo.world import Person, Vote

Agenda = list[tuple[str, str]]

# Committee business, by the months it belongs to (0 = any month).
_COMMITTEE_ITEMS = (
    (
        0,
        "研究本月主题党日活动方案",
        "宣传委员汇报了活动方案，委员们对时间、地点和安全预案提出了修改意见。",
    ),
    (
        0,
        "听取入党积极分子培养考察情况汇报",
        "组织委员通报了积极分子思想汇报提交情况，个别同学提交不及时，由培养联系人督促。",
    ),
    (
        0,
        "研究“学前先锋在行动”志愿服务派单情况",
        "会议梳理了本月群众点单，明确了接单党员和完成时限。",
    ),
    (0, "通报党费收缴情况", "组织委员通报了本月党费收缴情况，全体党员均已按时足额交纳。"),
    (0, "研究检查整改问题的落实情况", "会议对照问题清单逐项过堂，对未完成事项明确了责任人和时限。"),
    (
        0,
        "检查党员学习笔记和学习强国学习情况",
        "委员们抽查了部分党员学习笔记，总体记录规范，个别同学心得体会偏少。",
    ),
    (
        3,
        "研究推荐入党积极分子人选",
        "会议根据党员推荐和团组织推优情况，研究了拟确定的入党积极分子名单。",
    ),
    (
        10,
        "研究推荐入党积极分子人选",
        "会议根据党员推荐和团组织推优情况，研究了拟确定的入党积极分子名单。",
    ),
    (
        4,
        "审查发展对象政治审查和培训材料",
        "会议逐一审查了发展对象的政审材料和党校结业证书，材料齐全规范。",
    ),
    (
        10,
        "审查发展对象政治审查和培训材料",
        "会议逐一审查了发展对象的政审材料和党校结业证书，材料齐全规范。",
    ),
    (
        5,
        "研究毕业生党员组织关系转接工作",
        "会议明确了毕业生党员组织关系转接流程，要求逐人核对接收单位。",
    ),
    (6, "研究“七一”表彰推荐人选", "会议按照学院党总支通知，研究了优秀共产党员推荐人选。"),
    (9, "研究迎新生党员先锋岗安排", "会议安排党员在新生报到点设立先锋岗，开展新生成长导航服务。"),
    (
        11,
        "部署年度组织生活会和民主评议党员工作",
        "会议研究了组织生活会方案，要求支委之间、支委与党员之间开展谈心谈话。",
    ),
    (12, "研究年度党建工作总结", "会议讨论了支部年度工作总结初稿，梳理了亮点和不足。"),
    (1, "研究寒假党员返乡社会实践安排", "会议动员党员寒假期间参加返乡社会实践和社区志愿服务。"),
)
_DECISIONS = (
    "由宣传委员牵头完善活动方案，报支部书记审定后实施",
    "各培养联系人督促积极分子按季度提交思想汇报",
    "对照问题清单逐项销号，未完成事项下月支委会再议",
    "志愿服务派单在三个工作日内完成对接",
    "学习笔记抽查结果在支部党员大会上通报",
    "相关材料于本周内报学院党总支",
)
_SPEAKER_POINTS = (
    "结合自己的专业学习谈到，要把所学理论转化为服务幼儿成长的实际本领",
    "表示要在教育实习中严格要求自己，发挥党员先锋模范作用",
    "谈到在志愿服务中感受到了“为人民服务”的分量",
    "认为学习不能停留在读原文上，要多联系身边的事",
    "提出支部可以多组织到幼儿园、社区开展实践",
    "结合宿舍党员服务站的工作谈了体会",
    "对照党员标准查找了自身在学习主动性方面的不足",
    "建议学习形式再丰富一些，增加讨论环节",
    "表示将认真备考教师资格证，以优异成绩回报组织培养",
    "谈到要主动关心身边有困难的同学",
)
_STAFF_POINTS = (
    "结合辅导员工作谈到，要把理论学习落实到关心关爱学生的具体行动中",
    "谈到教师党员要在师德师风上当好表率",
    "结合带学生教育实习的经历，谈了对“为党育人、为国育才”的理解",
    "建议支部把理论学习与学生的专业成长更紧密地结合起来",
)
_LECTURE_TITLES = (
    "坚定理想信念，赓续红色血脉",
    "以教育家精神铸魂强师",
    "做新时代有担当的学前教育人",
    "从党的百年奋斗历程中汲取奋进力量",
    "守纪律、讲规矩，永葆共产党员政治本色",
    "牢记初心使命，争做“四有”好老师",
    "在服务同学中践行全心全意为人民服务的宗旨",
    "传承红岩精神，争做时代新人",
    "读懂中国共产党的“三个务必”",
    "以学铸魂、以学增智，做合格的学生党员",
    "从《觉醒年代》看青年的使命与担当",
    "办好人民满意的学前教育，我们能做什么",
    "共产党员的样子：从身边的榜样说起",
)
_REFLECTIONS = (
    "通过学习，进一步坚定了理想信念，要把学习成果落实到专业学习和服务同学中。",
    "深刻认识到作为一名师范生党员肩负的责任，今后要更加严格要求自己。",
    "对照先进找差距，在学习主动性上还需加强。",
    "学习中最大的收获是理解了理论和实践相结合的重要性。",
    "要把所学所悟融入教育实习，用心对待每一个孩子。",
)


@dataclass
class Context:
    """Facts the minutes are written from."""

    branch: str
    day: dt.date
    host: str
    recorder: str
    expected: int
    present: int
    away: list[tuple[str, str]]  # (name, reason)
    speakers: list[tuple[str, bool]]  # (name, is a student)
    topic: str = ""
    material: str = ""
    group: str = ""
    speaker: str = ""  # who gives the lecture
    admissions: list[tuple[Person, Vote, list[str]]] = field(default_factory=list)
    confirmations: list[tuple[Person, Vote, list[str]]] = field(default_factory=list)
    extra_items: Agenda = field(default_factory=list)


def quoted(text: str) -> str:
    """“text”, with quotes inside it turned into ‘’ as Chinese typesetting nests them."""
    return "“" + text.replace("“", "‘").replace("”", "’") + "”"


def _opening(ctx: Context) -> str:
    text = (
        f"会议由{ctx.host}同志主持，{ctx.recorder}同志记录。"
        f"应到{ctx.expected}人，实到{ctx.present}人"
    )
    if ctx.away:
        text += "，" + "、".join(f"{name}（{reason}）" for name, reason in ctx.away) + "未参加"
    return text + "。"


def _voices(rng: Random, ctx: Context, count: int) -> str:
    """What a few attendees said; students and teachers speak about different things."""
    people = rng.sample(ctx.speakers, min(count, len(ctx.speakers)))
    students = iter(rng.sample(_SPEAKER_POINTS, len(people)))
    staff = iter(rng.sample(_STAFF_POINTS, min(len(people), len(_STAFF_POINTS))))
    said = []
    for name, student in people:
        point = next(students) if student else next(staff, None) or next(students)
        said.append(f"{name}同志{point}。")
    return "".join(said)


def committee(rng: Random, ctx: Context) -> tuple[str, Agenda, str]:
    month = ctx.day.month
    fitting = [(t, d) for m, t, d in _COMMITTEE_ITEMS if m == month]
    general = [(t, d) for m, t, d in _COMMITTEE_ITEMS if m == 0]
    items = fitting[:1] + rng.sample(general, rng.randint(1, 2))
    title = f"支部委员会会议：{items[0][0]}"
    decided = "；".join(rng.sample(_DECISIONS, 2))
    minutes = (
        _opening(ctx)
        + "会议议题："
        + "；".join(t for t, _ in items)
        + "。"
        + "".join(d for _, d in items)
        + f"会议议定：{decided}。"
    )
    return title, items, minutes


def _vote_text(vote: Vote) -> str:
    return (
        f"应到有表决权的正式党员{vote.expected}人，实到{vote.present}人，"
        f"赞成{vote.for_}票，反对{vote.against}票，弃权{vote.abstain}票"
    )


def assembly(rng: Random, ctx: Context) -> tuple[str, Agenda, str]:
    agenda: Agenda = []
    parts = [_opening(ctx)]
    for person, vote, introducers in ctx.admissions:
        agenda.append(
            (
                f"讨论接收{person.name}同志为中共预备党员",
                f"{person.name}同志汇报了对党的认识、入党动机和个人履历；入党介绍人"
                f"{'、'.join(introducers)}介绍了培养考察情况；支部委员会报告了审查情况。",
            )
        )
        parts.append(
            f"会议讨论了接收{person.name}同志为预备党员的问题，与会党员充分发表意见后"
            f"举手表决，{_vote_text(vote)}，同意接收{person.name}同志为中共预备党员。"
        )
    for person, vote, introducers in ctx.confirmations:
        agenda.append(
            (
                f"讨论{person.name}同志预备党员转正",
                f"{person.name}同志宣读了转正申请，汇报了预备期思想、学习和工作情况；"
                f"入党介绍人{'、'.join(introducers)}介绍了预备期考察情况。",
            )
        )
        parts.append(
            f"会议讨论了{person.name}同志的转正问题，{_vote_text(vote)}，"
            f"同意{person.name}同志按期转为中共正式党员。"
        )
    agenda += ctx.extra_items
    for title, discussion in ctx.extra_items:
        parts.append(f"会议{title}。{discussion}")
    if ctx.admissions:
        title = (
            f"支部党员大会：讨论接收{'、'.join(p.name for p, _, _ in ctx.admissions)}同志为预备党员"
        )
    elif ctx.confirmations:
        title = f"支部党员大会：讨论{'、'.join(p.name for p, _, _ in ctx.confirmations)}同志转正"
    else:
        title = f"支部党员大会：{ctx.extra_items[0][0]}" if ctx.extra_items else "支部党员大会"
    if len(title) > 60:
        title = title[:57] + "等"
    parts.append("最后，支部书记对下一阶段工作提出了要求。")
    return title, agenda, "".join(parts)


def group(rng: Random, ctx: Context) -> tuple[str, Agenda, str]:
    title = f"{ctx.group}{ctx.day.month}月党小组会：{ctx.topic}"
    agenda = [
        (f"集中学习：{ctx.topic}", f"学习材料：{ctx.material}。"),
        ("交流研讨", "小组成员结合学习和生活实际交流体会。"),
        ("检查学习笔记和思想汇报", "小组长检查了本月学习笔记记录情况。"),
    ]
    minutes = (
        _opening(ctx).replace("会议由", "党小组会由", 1)
        + f"小组集中学习了{ctx.material}。交流中，{_voices(rng, ctx, 3)}"
        "会上还检查了本月党员学习笔记和思想汇报提交情况。"
    )
    return title, agenda, minutes


def lecture(
    rng: Random, ctx: Context, by_secretary: bool, used: set[str]
) -> tuple[str, Agenda, str]:
    theme = rng.choice([t for t in _LECTURE_TITLES if t not in used] or _LECTURE_TITLES)
    used.add(theme)
    title = f"{'书记讲党课' if by_secretary else '专题党课'}：{theme}"
    agenda = [
        (f"{ctx.speaker}讲授专题党课《{theme}》", f"结合{ctx.topic}展开。"),
        ("学员交流", "党员和列席的入党积极分子交流学习体会。"),
    ]
    minutes = (
        _opening(ctx) + f"{ctx.speaker}以《{theme}》为题讲授专题党课，结合{ctx.topic}，从理论学习、"
        "党史故事和师范生成长三个方面，深入浅出地阐述了新时代青年党员的责任担当。"
        f"交流环节，{_voices(rng, ctx, 2)}部分入党积极分子列席学习。"
    )
    return title, agenda, minutes


def theme_day(rng: Random, ctx: Context) -> tuple[str, str, str, Agenda, str]:
    """(title, place, class hours, agenda, minutes) of a 主题党日."""
    options = [t for t in THEME_DAYS if t[0] == ctx.day.month]
    _, activity, place, happened, hours = rng.choice(options)
    activity = activity.format(party=ctx.day.year - 1921)
    title = f"主题党日：{activity}"
    agenda = [
        (f"学习{ctx.material}", f"围绕{quoted(ctx.topic)}集中学习。"),
        (activity, happened + "。"),
    ]
    minutes = (
        _opening(ctx)
        + f"全体党员首先集体学习了{ctx.material}，围绕{quoted(ctx.topic)}进行了交流。"
        + f"随后，党员们{happened}。{_voices(rng, ctx, 2)}"
        + "支部书记总结指出，要把主题党日的收获转化为学习和服务同学的实际行动。"
    )
    return title, place, hours, agenda, minutes


def life_meeting(rng: Random, ctx: Context) -> tuple[str, Agenda, str]:
    year = ctx.day.year
    title = f"{year}年度组织生活会暨民主评议党员"
    agenda = [
        ("通报上年度组织生活会查摆问题整改落实情况", "组织委员逐项通报了整改完成情况。"),
        ("支委会对照检查", "支部书记代表支委会作对照检查，查摆了理论学习、组织生活等方面的问题。"),
        ("党员个人对照检查，开展批评和自我批评", "党员逐一发言，开展批评和自我批评。"),
        ("民主评议党员", "采取个人自评、党员互评、民主测评方式进行。"),
    ]
    minutes = (
        _opening(ctx)
        + "会前，支部认真学习了上级通知精神，广泛征求了师生意见，支委之间、支委与党员之间"
        "普遍开展了谈心谈话。会上，支部书记代表支委会作对照检查，党员逐一进行个人对照检查，"
        f"开展批评和自我批评。{_voices(rng, ctx, 3)}会议开展了民主评议党员，"
        "并对查摆出的问题建立了整改清单。学院党总支派员到会指导。"
    )
    return title, agenda, minutes


def reflection(rng: Random) -> str:
    return rng.choice(_REFLECTIONS)
