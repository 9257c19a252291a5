"""Words for the member list's enum values (translated in the "MemberLabels" context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from branchdesk.core.enums import Gender, OrgStatus, PersonType
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


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def gender_label(gender: Gender) -> str:
    return _tr(_GENDERS[gender])


def person_type_label(person_type: PersonType) -> str:
    return _tr(_PERSON_TYPES[person_type])


def org_status_label(status: OrgStatus) -> str:
    return _tr(_ORG_STATUSES[status])
