"""Domain vocabularies of RULES.md, stored as short strings (one English word per term)."""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    """RULES.md §1: the five stages of development, in order."""

    APPLICANT = "applicant"  # 入党申请人
    ACTIVIST = "activist"  # 入党积极分子
    CANDIDATE = "candidate"  # 发展对象
    PROBATIONARY = "probationary"  # 预备党员
    FULL = "full"  # 正式党员

    @property
    def is_member(self) -> bool:
        """Probationary and full members belong to the Party; the others are in development."""
        return self in (Stage.PROBATIONARY, Stage.FULL)


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


class PersonType(StrEnum):
    """RULES.md §7."""

    STUDENT = "student"
    STAFF = "staff"
    RETIRED = "retired"


class OrgStatus(StrEnum):
    """RULES.md §7: organisational status outside the pipeline."""

    NORMAL = "normal"  # 正常
    FLOW_IN = "flow_in"  # 流动(流入)
    FLOW_OUT = "flow_out"  # 流动(流出)
    ABROAD = "abroad"  # 出国(境)暂留
    LOST_CONTACT = "lost_contact"  # 失联
    SUSPENDED = "suspended"  # 停止党籍


class StepOutcome(StrEnum):
    """RULES.md §1: outcomes of a pipeline step besides advancing."""

    DONE = "done"
    FAILED = "failed"  # 未通过
    EXTENDED = "extended"  # 延长预备期
    CANCELLED = "cancelled"  # 取消预备资格


class StepRole(StrEnum):
    """People named in a pipeline step."""

    TALKER = "talker"  # 谈话人
    CONTACT = "contact"  # 培养联系人
    INTRODUCER = "introducer"  # 入党介绍人
    RECOMMENDER = "recommender"  # 推荐人
    REVIEWER = "reviewer"  # 审查人


class PostKind(StrEnum):
    """RULES.md §7: posts held in the branch."""

    SECRETARY = "secretary"  # 书记
    DEPUTY_SECRETARY = "deputy_secretary"  # 副书记
    ORGANIZATION = "organization"  # 组织委员
    PROPAGANDA = "propaganda"  # 宣传委员
    DISCIPLINE = "discipline"  # 纪检委员
    COMMITTEE_MEMBER = "committee_member"  # 委员
    GROUP_LEADER = "group_leader"  # 党小组长
    OTHER = "other"

    @property
    def is_committee(self) -> bool:
        return self not in (PostKind.GROUP_LEADER, PostKind.OTHER)


class HonourKind(StrEnum):
    AWARD = "award"  # 奖励
    SANCTION = "sanction"  # 处分


class CareKind(StrEnum):
    """RULES.md §8 and the source article: birthdays, festivals, hardship."""

    BIRTHDAY = "birthday"  # 生日祝福
    POLITICAL_BIRTHDAY = "political_birthday"  # 政治生日
    FESTIVAL = "festival"  # 节日慰问
    HARDSHIP = "hardship"  # 困难帮扶
    OTHER = "other"


class ChangeKind(StrEnum):
    """RULES.md §7: transfers and exits. Exited members stay in the archive."""

    TRANSFER_IN = "transfer_in"  # 转入
    TRANSFER_OUT = "transfer_out"  # 转出
    FLOW_IN = "flow_in"  # 流入
    FLOW_OUT = "flow_out"  # 流出
    WITHDRAWAL = "withdrawal"  # 自动退党
    REMOVAL = "removal"  # 除名
    EXPULSION = "expulsion"  # 开除党籍
    NOT_RECOGNIZED = "not_recognized"  # 不予承认
    DEATH = "death"  # 去世
    # Org-status changes without a transfer (RULES.md §7), dated in the same history.
    ABROAD = "abroad"  # 出国(境)暂留
    LOST_CONTACT = "lost_contact"  # 失联
    SUSPENDED = "suspended"  # 停止党籍
    RESTORED = "restored"  # 恢复正常: back from abroad, contact regained, flow ended

    @property
    def is_exit(self) -> bool:
        return self in EXIT_KINDS


EXIT_KINDS = frozenset(
    {
        ChangeKind.TRANSFER_OUT,
        ChangeKind.WITHDRAWAL,
        ChangeKind.REMOVAL,
        ChangeKind.EXPULSION,
        ChangeKind.NOT_RECOGNIZED,
        ChangeKind.DEATH,
    }
)


class MeetingKind(StrEnum):
    """RULES.md §2."""

    BRANCH_ASSEMBLY = "branch_assembly"  # 支部党员大会
    COMMITTEE = "committee"  # 支部委员会
    GROUP = "group"  # 党小组会
    LECTURE = "lecture"  # 党课
    THEME_DAY = "theme_day"  # 主题党日
    LIFE_MEETING = "life_meeting"  # 组织生活会
    TALK = "talk"  # 谈心谈话


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    LATE = "late"
    LEAVE = "leave"  # 请假
    ABSENT = "absent"  # 缺席

    @property
    def attended(self) -> bool:
        return self in (AttendanceStatus.PRESENT, AttendanceStatus.LATE)


class ResolutionKind(StrEnum):
    ADMISSION = "admission"  # 接收预备党员 (step 15)
    CONFIRMATION = "confirmation"  # 预备党员转正 (step 23)
    OTHER = "other"


class StudyForm(StrEnum):
    """RULES.md §3."""

    COLLECTIVE = "collective"  # 集中学习
    SELF_STUDY = "self_study"  # 自学
    XUEXI_QIANGGUO = "xuexi_qiangguo"  # 学习强国
    MICRO_LECTURE = "micro_lecture"  # 微党课
    PARTY_SCHOOL = "party_school"  # 党校培训
    LECTURE = "lecture"  # 党课
    OTHER = "other"


class InspectionKind(StrEnum):
    """RULES.md §4."""

    ROUTINE = "routine"  # 日常小检查
    ANNUAL = "annual"  # 年度大检查
    SPECIAL = "special"  # 专项检查
    PATROL = "patrol"  # 巡察


class ProblemSource(StrEnum):
    SUPERIOR = "superior"  # 上级点
    MASSES = "masses"  # 群众提
    SELF = "self"  # 自己找


class RectifyKind(StrEnum):
    IMMEDIATE = "immediate"  # 立行立改
    DEADLINE = "deadline"  # 限期整改
    ONGOING = "ongoing"  # 长期坚持


class ProblemStatus(StrEnum):
    """RULES.md §4; 已逾期 (overdue) is derived from the deadline and never stored."""

    PENDING = "pending"  # 待整改
    IN_PROGRESS = "in_progress"  # 整改中
    COMPLETED = "completed"  # 已完成
    CLOSED = "closed"  # 已销号


class Grade(StrEnum):
    """RULES.md §5."""

    EXCELLENT = "excellent"  # 优秀
    QUALIFIED = "qualified"  # 合格
    BASICALLY_QUALIFIED = "basically_qualified"  # 基本合格
    UNQUALIFIED = "unqualified"  # 不合格


class RequestStatus(StrEnum):
    """RULES.md §6: 群众点单、支部派单、党员接单."""

    OPEN = "open"  # 待派单
    DISPATCHED = "dispatched"  # 已派单
    COMPLETED = "completed"  # 已完成
    CANCELLED = "cancelled"  # 已取消


class VolunteerRole(StrEnum):
    LEADER = "leader"
    MEMBER = "member"


class AttachmentRole(StrEnum):
    PHOTO = "photo"
    SCAN = "scan"
    SIGN_IN = "sign_in"
    EVIDENCE = "evidence"
    OTHER = "other"


class BackupKind(StrEnum):
    MANUAL = "manual"
    AUTOMATIC = "automatic"
    HANDOFF = "handoff"
    SAFETY = "safety"  # before a migration or a restore
