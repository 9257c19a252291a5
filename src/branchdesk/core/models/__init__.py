"""SQLAlchemy 2.0 typed models, one module per record family; importing this loads them all."""

from branchdesk.core.models.attachments import Attachment, AttachmentLink
from branchdesk.core.models.base import Base
from branchdesk.core.models.evaluations import Evaluation, EvaluationRound
from branchdesk.core.models.inspections import Inspection, Problem, ProgressNote
from branchdesk.core.models.meetings import (
    AgendaItem,
    Attendance,
    Meeting,
    MeetingGuest,
    Resolution,
)
from branchdesk.core.models.members import (
    CareRecord,
    Honour,
    Member,
    MemberPost,
    MembershipChange,
    PipelineStep,
    StepPerson,
)
from branchdesk.core.models.org import Branch, PartyGroup
from branchdesk.core.models.study import StudyEntry, StudySession
from branchdesk.core.models.system import AuditEntry, BackupRecord, Setting
from branchdesk.core.models.volunteer import (
    RequestAssignee,
    ServiceRequest,
    ServiceStation,
    VolunteerActivity,
    VolunteerCertificate,
    VolunteerHours,
    VolunteerMembership,
    VolunteerTeam,
)

__all__ = [
    "AgendaItem",
    "Attachment",
    "AttachmentLink",
    "Attendance",
    "AuditEntry",
    "BackupRecord",
    "Base",
    "Branch",
    "CareRecord",
    "Evaluation",
    "EvaluationRound",
    "Honour",
    "Inspection",
    "Meeting",
    "MeetingGuest",
    "Member",
    "MemberPost",
    "MembershipChange",
    "PartyGroup",
    "PipelineStep",
    "Problem",
    "ProgressNote",
    "RequestAssignee",
    "Resolution",
    "ServiceRequest",
    "ServiceStation",
    "Setting",
    "StepPerson",
    "StudyEntry",
    "StudySession",
    "VolunteerActivity",
    "VolunteerCertificate",
    "VolunteerHours",
    "VolunteerMembership",
    "VolunteerTeam",
]
