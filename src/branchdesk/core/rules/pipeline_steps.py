"""The 25 development steps of RULES.md §1 as data, and the rules each reminder cites."""

from __future__ import annotations

from dataclasses import dataclass

from branchdesk.core.enums import Stage, StepRole
from branchdesk.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class StepSpec:
    """One step of 发展党员工作细则: its number, Chinese name and where it stands."""

    no: int
    name: str  # domain data, shown as is (e.g. "递交入党申请书")
    stage: Stage  # the stage a person is in when the step is done
    leads_to: Stage | None = None  # the stage the step leads to, if any
    roles: tuple[StepRole, ...] = ()  # the people the step records
    has_votes: bool = False  # 支部大会: 应到/实到/赞成/反对/弃权

    @property
    def label(self) -> str:
        return f"{self.no}. {self.name}"


_A, _V, _C, _P, _F = (
    Stage.APPLICANT,
    Stage.ACTIVIST,
    Stage.CANDIDATE,
    Stage.PROBATIONARY,
    Stage.FULL,
)

STEPS: tuple[StepSpec, ...] = (
    StepSpec(1, "递交入党申请书", _A),
    StepSpec(2, "党组织派人谈话", _A, roles=(StepRole.TALKER,)),
    StepSpec(3, "推荐和确定入党积极分子", _A, leads_to=_V, roles=(StepRole.RECOMMENDER,)),
    StepSpec(4, "报上级党委备案", _V),
    StepSpec(5, "指定培养联系人", _V, roles=(StepRole.CONTACT,)),
    StepSpec(6, "培养教育考察", _V),
    StepSpec(7, "确定发展对象", _V, leads_to=_C),
    # [local] the 备案 date of step 8 may count as the candidate date (RULES.md §1).
    StepSpec(8, "报上级党委备案", _C, leads_to=_C),
    StepSpec(9, "确定入党介绍人", _C, roles=(StepRole.INTRODUCER,)),
    StepSpec(10, "政治审查", _C, roles=(StepRole.REVIEWER,)),
    StepSpec(11, "短期集中培训", _C),
    StepSpec(12, "支委会审查", _C),
    StepSpec(13, "上级党委预审", _C),
    StepSpec(14, "填写入党志愿书", _C),
    StepSpec(15, "支部大会讨论", _C, leads_to=_P, has_votes=True),
    StepSpec(16, "上级党委派人谈话", _P, roles=(StepRole.TALKER,)),
    StepSpec(17, "上级党委审批", _P),
    StepSpec(18, "再上一级组织部门备案", _P),
    StepSpec(19, "编入党支部和党小组", _P),
    StepSpec(20, "入党宣誓", _P),
    StepSpec(21, "继续教育考察", _P),
    StepSpec(22, "提出转正申请", _P),
    StepSpec(23, "支部大会讨论转正", _P, leads_to=_F, has_votes=True),
    StepSpec(24, "上级党委审批", _F),
    StepSpec(25, "材料归档", _F),
)
LAST_STEP = len(STEPS)

# Step numbers the rules refer to (RULES.md §1).
APPLICATION, TALK, ACTIVIST, CONTACTS, CANDIDATE = 1, 2, 3, 5, 7
INTRODUCERS, POLITICAL_REVIEW, BRANCH_REVIEW, PRE_REVIEW = 9, 10, 12, 13
ADMISSION, ADMISSION_APPROVAL, CONFIRMATION_REQUEST = 15, 17, 22
CONFIRMATION, CONFIRMATION_APPROVAL, ARCHIVING = 23, 24, 25


def step_spec(step_no: int) -> StepSpec:
    """The catalogue entry of ``step_no`` (1–25); ValueError otherwise."""
    if not 1 <= step_no <= LAST_STEP:
        raise ValueError(f"no pipeline step {step_no}")
    return STEPS[step_no - 1]


def stage_rank(stage: Stage) -> int:
    """Position of ``stage`` in RULES.md §1's order (applicant 0 … full 4)."""
    return list(Stage).index(stage)


# Rule citations: English templates in the Reminders context, filled with the reminder's params.
RULE_AGE = QT_TRANSLATE_NOOP(
    "Reminders", "Party Constitution, Article 1: an applicant must be at least 18 years old."
)
RULE_ORDER = QT_TRANSLATE_NOOP(
    "Reminders", "Development Work Rules: the 25 steps of development are done in order."
)
RULE_FUTURE = QT_TRANSLATE_NOOP("Reminders", "A step is recorded once it has happened.")
RULE_TALK = QT_TRANSLATE_NOOP(
    "Reminders",
    "Development Work Rules: the branch talks with an applicant within 1 month of the application.",
)
RULE_ACTIVIST = QT_TRANSLATE_NOOP(
    "Reminders",
    "Local rule: an activist is chosen no earlier than {months} months after the application.",
)
RULE_CONTACTS = QT_TRANSLATE_NOOP(
    "Reminders", "Development Work Rules: 1 or 2 full members are appointed as contact persons."
)
RULE_CANDIDATE = QT_TRANSLATE_NOOP(
    "Reminders",
    "Development Work Rules, Article 13: a candidate is chosen after at least 1 year as an"
    " activist.",
)
RULE_INTRODUCERS = QT_TRANSLATE_NOOP(
    "Reminders",
    "Development Work Rules, Article 14: a candidate has exactly 2 full members as introducers.",
)
RULE_POLITICAL_REVIEW = QT_TRANSLATE_NOOP(
    "Reminders", "Local rule: a political review's conclusion is valid for {months} months."
)
RULE_PRE_REVIEW = QT_TRANSLATE_NOOP(
    "Reminders",
    "Local rule: the superior committee's pre-review follows the branch committee's review"
    " within {months} months.",
)
RULE_LEAVING = QT_TRANSLATE_NOOP(
    "Reminders",
    "Development Work Rules, Article 19: a candidate who leaves school or work within 3 months"
    " is normally not admitted.",
)
RULE_ADMISSION_APPROVAL = QT_TRANSLATE_NOOP(
    "Reminders",
    "Development Work Rules: the superior committee approves an admission within 3 months of the"
    " branch assembly (6 at most); later, the branch deliberates again.",
)
RULE_PROBATION = QT_TRANSLATE_NOOP(
    "Reminders",
    "Party Constitution, Article 7: probation lasts 1 year from the branch assembly's resolution"
    " (an extension moves its end).",
)
RULE_CONFIRMATION_APPROVAL = QT_TRANSLATE_NOOP(
    "Reminders",
    "Development Work Rules: the superior committee approves a confirmation within 3 months.",
)
RULE_ARCHIVING = QT_TRANSLATE_NOOP(
    "Reminders", "Local rule: the development file is archived within {days} days of confirmation."
)
