"""Words for the member list's enum values (translated in the "MemberLabels" context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from branchdesk.core.enums import ChangeKind, Gender, OrgStatus, PersonType
from branchdesk.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "MemberLabels"

_GENDERS = {
    Gender.MALE: QT_TRANSLATE_NOOP("MemberLabels", "Male"),
    Gender.FEMALE: QT_TRANSLATE_NOOP("MemberLabels", "Female"),
}
_PERSON_TYPES = {
    PersonType.STUDENT: QT_TRANSLATE_NOOP("MemberLabels", "Student"),
    PersonType.STAFF: QT_TRANSLATE_NOOP("MemberLabels", "Staff"),
    PersonType.RETIRED: QT_TRANSLATE_NOOP("MemberLabels", "Retired staff"),
}
_ORG_STATUSES = {
    OrgStatus.NORMAL: QT_TRANSLATE_NOOP("MemberLabels", "Normal"),
    OrgStatus.FLOW_IN: QT_TRANSLATE_NOOP("MemberLabels", "Flowing in"),
    OrgStatus.FLOW_OUT: QT_TRANSLATE_NOOP("MemberLabels", "Flowing out"),
    OrgStatus.ABROAD: QT_TRANSLATE_NOOP("MemberLabels", "Abroad (membership kept)"),
    OrgStatus.LOST_CONTACT: QT_TRANSLATE_NOOP("MemberLabels", "Lost contact"),
    OrgStatus.SUSPENDED: QT_TRANSLATE_NOOP("MemberLabels", "Membership suspended"),
}

_CHANGE_KINDS = {
    ChangeKind.TRANSFER_IN: QT_TRANSLATE_NOOP("MemberLabels", "Transferred in"),
    ChangeKind.TRANSFER_OUT: QT_TRANSLATE_NOOP("MemberLabels", "Transferred out"),
    ChangeKind.FLOW_IN: QT_TRANSLATE_NOOP("MemberLabels", "Flowed in"),
    ChangeKind.FLOW_OUT: QT_TRANSLATE_NOOP("MemberLabels", "Flowed out"),
    ChangeKind.WITHDRAWAL: QT_TRANSLATE_NOOP("MemberLabels", "Regarded as withdrawn"),
    ChangeKind.REMOVAL: QT_TRANSLATE_NOOP("MemberLabels", "Removed from the Party"),
    ChangeKind.EXPULSION: QT_TRANSLATE_NOOP("MemberLabels", "Expelled from the Party"),
    ChangeKind.NOT_RECOGNIZED: QT_TRANSLATE_NOOP("MemberLabels", "Membership not recognised"),
    ChangeKind.DEATH: QT_TRANSLATE_NOOP("MemberLabels", "Deceased"),
    ChangeKind.ABROAD: QT_TRANSLATE_NOOP("MemberLabels", "Abroad (membership kept)"),
    ChangeKind.LOST_CONTACT: QT_TRANSLATE_NOOP("MemberLabels", "Lost contact"),
    ChangeKind.SUSPENDED: QT_TRANSLATE_NOOP("MemberLabels", "Membership suspended"),
    ChangeKind.RESTORED: QT_TRANSLATE_NOOP("MemberLabels", "Back to normal"),
}
# Status-only changes (core.services.membership.STATUS_ONLY) as events; 正常 reads "back to".
_STATUS_EVENTS = {
    OrgStatus.NORMAL: QT_TRANSLATE_NOOP("MemberLabels", "Back to normal"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def gender_label(gender: Gender) -> str:
    return _tr(_GENDERS[gender])


def person_type_label(person_type: PersonType) -> str:
    return _tr(_PERSON_TYPES[person_type])


def org_status_label(status: OrgStatus) -> str:
    return _tr(_ORG_STATUSES[status])


def change_kind_label(kind: ChangeKind) -> str:
    """转入, 转出, 流入, 流出 and the exits."""
    return _tr(_CHANGE_KINDS[kind])


def status_event_label(event: ChangeKind | OrgStatus) -> str:
    """What happened, for a change or a status-only change (出国(境)暂留, 恢复正常 …)."""
    if isinstance(event, ChangeKind):
        return change_kind_label(event)
    return _tr(_STATUS_EVENTS.get(event, _ORG_STATUSES[event]))
