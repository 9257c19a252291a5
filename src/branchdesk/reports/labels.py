"""Chinese labels of the domain vocabularies as the paper forms print them.

Forms are filed in Chinese whatever language the program's interface uses, so these are plain
Chinese strings, not translations. Pure Python: the GUI may use them too.
"""

from __future__ import annotations

from enum import StrEnum

from branchdesk.core.enums import (
    AttendanceStatus,
    ChangeKind,
    Gender,
    Grade,
    HonourKind,
    InspectionKind,
    MeetingKind,
    OrgStatus,
    PersonType,
    PostKind,
    ProblemSource,
    ProblemStatus,
    RectifyKind,
    RequestStatus,
    ResolutionKind,
    Stage,
    VolunteerRole,
)
from branchdesk.core.rules.evaluation import GRADE_NAMES
from branchdesk.core.rules.idnumber import IdType

STAGE = {
    Stage.APPLICANT: "入党申请人",
    Stage.ACTIVIST: "入党积极分子",
    Stage.CANDIDATE: "发展对象",
    Stage.PROBATIONARY: "预备党员",
    Stage.FULL: "正式党员",
}
GENDER = {Gender.MALE: "男", Gender.FEMALE: "女"}
PERSON_TYPE = {
    PersonType.STUDENT: "学生",
    PersonType.STAFF: "教职工",
    PersonType.RETIRED: "离退休",
}
ORG_STATUS = {
    OrgStatus.NORMAL: "正常",
    OrgStatus.FLOW_IN: "流动（流入）",
    OrgStatus.FLOW_OUT: "流动（流出）",
    OrgStatus.ABROAD: "出国（境）暂留",
    OrgStatus.LOST_CONTACT: "失联",
    OrgStatus.SUSPENDED: "停止党籍",
}
POST_KIND = {
    PostKind.SECRETARY: "书记",
    PostKind.DEPUTY_SECRETARY: "副书记",
    PostKind.ORGANIZATION: "组织委员",
    PostKind.PROPAGANDA: "宣传委员",
    PostKind.DISCIPLINE: "纪检委员",
    PostKind.COMMITTEE_MEMBER: "委员",
    PostKind.GROUP_LEADER: "党小组长",
    PostKind.OTHER: "其他",
}
HONOUR_KIND = {HonourKind.AWARD: "奖励", HonourKind.SANCTION: "处分"}
CHANGE_KIND = {
    ChangeKind.TRANSFER_IN: "转入",
    ChangeKind.TRANSFER_OUT: "转出",
    ChangeKind.FLOW_IN: "流入",
    ChangeKind.FLOW_OUT: "流出",
    ChangeKind.WITHDRAWAL: "自动退党",
    ChangeKind.REMOVAL: "除名",
    ChangeKind.EXPULSION: "开除党籍",
    ChangeKind.NOT_RECOGNIZED: "不予承认",
    ChangeKind.DEATH: "去世",
    ChangeKind.ABROAD: "出国(境)暂留",
    ChangeKind.LOST_CONTACT: "失联",
    ChangeKind.SUSPENDED: "停止党籍",
    ChangeKind.RESTORED: "恢复正常",
}
ID_TYPE = {
    IdType.RESIDENT: "居民身份证",
    IdType.PASSPORT: "护照",
    IdType.HK_MACAU: "港澳居民来往内地通行证",
    IdType.TAIWAN: "台湾居民来往大陆通行证",
}
MEETING_KIND = {
    MeetingKind.BRANCH_ASSEMBLY: "支部党员大会",
    MeetingKind.COMMITTEE: "支部委员会",
    MeetingKind.GROUP: "党小组会",
    MeetingKind.LECTURE: "党课",
    MeetingKind.THEME_DAY: "主题党日",
    MeetingKind.LIFE_MEETING: "组织生活会",
    MeetingKind.TALK: "谈心谈话",
}
ATTENDANCE_STATUS = {
    AttendanceStatus.PRESENT: "出席",
    AttendanceStatus.LATE: "迟到",
    AttendanceStatus.LEAVE: "请假",
    AttendanceStatus.ABSENT: "缺席",
}
RESOLUTION_KIND = {
    ResolutionKind.ADMISSION: "接收预备党员",
    ResolutionKind.CONFIRMATION: "预备党员转正",
    ResolutionKind.OTHER: "其他事项",
}
GRADE: dict[Grade, str] = GRADE_NAMES  # core writes them too (the ledger's 问题表现)
INSPECTION_KIND = {
    InspectionKind.ROUTINE: "日常小检查",
    InspectionKind.ANNUAL: "年度大检查",
    InspectionKind.SPECIAL: "专项检查",
    InspectionKind.PATROL: "巡察",
}
PROBLEM_SOURCE = {
    ProblemSource.SUPERIOR: "上级点",
    ProblemSource.MASSES: "群众提",
    ProblemSource.SELF: "自己找",
}
RECTIFY_KIND = {
    RectifyKind.IMMEDIATE: "立行立改",
    RectifyKind.DEADLINE: "限期整改",
    RectifyKind.ONGOING: "长期坚持",
}
PROBLEM_STATUS = {
    ProblemStatus.PENDING: "待整改",
    ProblemStatus.IN_PROGRESS: "整改中",
    ProblemStatus.COMPLETED: "已完成",
    ProblemStatus.CLOSED: "已销号",
}
REQUEST_STATUS = {
    RequestStatus.OPEN: "待派单",
    RequestStatus.DISPATCHED: "已派单",
    RequestStatus.COMPLETED: "已完成",
    RequestStatus.CANCELLED: "已取消",
}
VOLUNTEER_ROLE = {VolunteerRole.LEADER: "负责人", VolunteerRole.MEMBER: "成员"}

# Every vocabulary with its labels; a test checks that none misses a value.
ALL: dict[type[StrEnum], dict] = {
    Stage: STAGE,
    Gender: GENDER,
    PersonType: PERSON_TYPE,
    OrgStatus: ORG_STATUS,
    PostKind: POST_KIND,
    HonourKind: HONOUR_KIND,
    ChangeKind: CHANGE_KIND,
    IdType: ID_TYPE,
    MeetingKind: MEETING_KIND,
    AttendanceStatus: ATTENDANCE_STATUS,
    ResolutionKind: RESOLUTION_KIND,
    InspectionKind: INSPECTION_KIND,
    ProblemSource: PROBLEM_SOURCE,
    RectifyKind: RECTIFY_KIND,
    ProblemStatus: PROBLEM_STATUS,
    Grade: GRADE,
    RequestStatus: REQUEST_STATUS,
    VolunteerRole: VOLUNTEER_ROLE,
}


def label(value: StrEnum | None) -> str:
    """The printed label of an enum value; "" for None (an empty box, never "None")."""
    if value is None:
        return ""
    return ALL[type(value)][value]
