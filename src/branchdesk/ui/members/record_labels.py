"""Words for the values of a person's records (translated in the "RecordLabels" context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from branchdesk.core.enums import AttachmentRole, CareKind, HonourKind, PostKind, VolunteerRole
from branchdesk.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RecordLabels"

_POST_KINDS = {
    PostKind.SECRETARY: QT_TRANSLATE_NOOP("RecordLabels", "Secretary"),
    PostKind.DEPUTY_SECRETARY: QT_TRANSLATE_NOOP("RecordLabels", "Deputy secretary"),
    PostKind.ORGANIZATION: QT_TRANSLATE_NOOP("RecordLabels", "Organisation committee member"),
    PostKind.PROPAGANDA: QT_TRANSLATE_NOOP("RecordLabels", "Propaganda committee member"),
    PostKind.DISCIPLINE: QT_TRANSLATE_NOOP("RecordLabels", "Discipline committee member"),
    PostKind.COMMITTEE_MEMBER: QT_TRANSLATE_NOOP("RecordLabels", "Committee member"),
    PostKind.GROUP_LEADER: QT_TRANSLATE_NOOP("RecordLabels", "Party group leader"),
    PostKind.OTHER: QT_TRANSLATE_NOOP("RecordLabels", "Other"),
}
_HONOUR_KINDS = {
    HonourKind.AWARD: QT_TRANSLATE_NOOP("RecordLabels", "Award"),
    HonourKind.SANCTION: QT_TRANSLATE_NOOP("RecordLabels", "Sanction"),
}
_CARE_KINDS = {
    CareKind.BIRTHDAY: QT_TRANSLATE_NOOP("RecordLabels", "Birthday greeting"),
    CareKind.POLITICAL_BIRTHDAY: QT_TRANSLATE_NOOP("RecordLabels", "Political birthday"),
    CareKind.FESTIVAL: QT_TRANSLATE_NOOP("RecordLabels", "Festival visit"),
    CareKind.HARDSHIP: QT_TRANSLATE_NOOP("RecordLabels", "Hardship help"),
    CareKind.OTHER: QT_TRANSLATE_NOOP("RecordLabels", "Other"),
}
_VOLUNTEER_ROLES = {
    VolunteerRole.LEADER: QT_TRANSLATE_NOOP("RecordLabels", "Team leader"),
    VolunteerRole.MEMBER: QT_TRANSLATE_NOOP("RecordLabels", "Team member"),
}
_ATTACHMENT_ROLES = {
    AttachmentRole.PHOTO: QT_TRANSLATE_NOOP("RecordLabels", "Photo"),
    AttachmentRole.SCAN: QT_TRANSLATE_NOOP("RecordLabels", "Scanned document"),
    AttachmentRole.SIGN_IN: QT_TRANSLATE_NOOP("RecordLabels", "Sign-in sheet"),
    AttachmentRole.EVIDENCE: QT_TRANSLATE_NOOP("RecordLabels", "Evidence"),
    AttachmentRole.OTHER: QT_TRANSLATE_NOOP("RecordLabels", "Other"),
}
# The roles a person's own file offers (sign-in sheets and evidence belong to meetings).
MEMBER_ATTACHMENT_ROLES = (AttachmentRole.PHOTO, AttachmentRole.SCAN, AttachmentRole.OTHER)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def post_kind_label(kind: PostKind) -> str:
    return _tr(_POST_KINDS[kind])


def honour_kind_label(kind: HonourKind) -> str:
    return _tr(_HONOUR_KINDS[kind])


def care_kind_label(kind: CareKind) -> str:
    return _tr(_CARE_KINDS[kind])


def volunteer_role_label(role: VolunteerRole) -> str:
    return _tr(_VOLUNTEER_ROLES[role])


def attachment_role_label(role: AttachmentRole) -> str:
    return _tr(_ATTACHMENT_ROLES[role])
