"""Words and figures of the 备份与移交 screens: record families, kinds, sizes, times, hashes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QTimeZone

from branchdesk.core.enums import BackupKind
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.ui.i18n import CHINESE, locale_for

CONTEXT = "BackupLabels"

# core/services/info.FAMILIES as the screens name them (the 交接清单 uses the same words).
_FAMILIES = {
    "branches": QT_TRANSLATE_NOOP("BackupLabels", "Branches"),
    "party_groups": QT_TRANSLATE_NOOP("BackupLabels", "Party groups"),
    "members": QT_TRANSLATE_NOOP("BackupLabels", "Member and applicant files"),
    "pipeline_steps": QT_TRANSLATE_NOOP("BackupLabels", "Development steps"),
    "posts": QT_TRANSLATE_NOOP("BackupLabels", "Posts held"),
    "honours": QT_TRANSLATE_NOOP("BackupLabels", "Awards and sanctions"),
    "care_records": QT_TRANSLATE_NOOP("BackupLabels", "Care records"),
    "membership_changes": QT_TRANSLATE_NOOP("BackupLabels", "Membership changes"),
    "meetings": QT_TRANSLATE_NOOP("BackupLabels", "Meeting minutes"),
    "attendance": QT_TRANSLATE_NOOP("BackupLabels", "Attendance records"),
    "agenda_items": QT_TRANSLATE_NOOP("BackupLabels", "Agenda items"),
    "resolutions": QT_TRANSLATE_NOOP("BackupLabels", "Resolutions"),
    "study_sessions": QT_TRANSLATE_NOOP("BackupLabels", "Study sessions"),
    "study_entries": QT_TRANSLATE_NOOP("BackupLabels", "Study notebook entries"),
    "inspections": QT_TRANSLATE_NOOP("BackupLabels", "Inspections"),
    "problems": QT_TRANSLATE_NOOP("BackupLabels", "Rectification problems"),
    "progress_notes": QT_TRANSLATE_NOOP("BackupLabels", "Rectification progress notes"),
    "evaluation_rounds": QT_TRANSLATE_NOOP("BackupLabels", "Evaluation rounds"),
    "evaluations": QT_TRANSLATE_NOOP("BackupLabels", "Member evaluations"),
    "volunteer_teams": QT_TRANSLATE_NOOP("BackupLabels", "Volunteer teams"),
    "service_stations": QT_TRANSLATE_NOOP("BackupLabels", "Service stations"),
    "volunteer_activities": QT_TRANSLATE_NOOP("BackupLabels", "Volunteer activities"),
    "volunteer_hours": QT_TRANSLATE_NOOP("BackupLabels", "Volunteer hours records"),
    "service_requests": QT_TRANSLATE_NOOP("BackupLabels", "Service requests"),
    "volunteer_certificates": QT_TRANSLATE_NOOP("BackupLabels", "Volunteer certificates"),
    "attachments": QT_TRANSLATE_NOOP("BackupLabels", "Attachments (scans, photos)"),
    "audit_entries": QT_TRANSLATE_NOOP("BackupLabels", "Audit trail entries"),
}
FAMILY_ORDER = tuple(_FAMILIES)

_KINDS = {
    BackupKind.MANUAL: QT_TRANSLATE_NOOP("BackupLabels", "backup"),
    BackupKind.AUTOMATIC: QT_TRANSLATE_NOOP("BackupLabels", "automatic backup"),
    BackupKind.HANDOFF: QT_TRANSLATE_NOOP("BackupLabels", "handoff"),
    BackupKind.SAFETY: QT_TRANSLATE_NOOP("BackupLabels", "safety copy"),
}


def family_label(name: str) -> str:
    """A record family's name; a family only a newer program knows keeps its own name."""
    text = _FAMILIES.get(name)
    return QCoreApplication.translate(CONTEXT, text) if text else name


def ordered_families(*counts: dict[str, int] | None) -> list[str]:
    """The families any of ``counts`` holds records of, known ones in reading order first."""
    present = {name for table in counts if table for name, value in table.items() if value}
    known = [name for name in FAMILY_ORDER if name in present]
    return known + sorted(present - set(known))


def kind_label(kind: BackupKind) -> str:
    return QCoreApplication.translate(CONTEXT, _KINDS[kind])


def local_time_text(moment: dt.datetime, language: str, *, seconds: bool = False) -> str:
    """A UTC instant on this PC's clock: 2026年11月26日 14:05 (English: 26 Nov 2026 14:05)."""
    since_epoch = int(moment.replace(tzinfo=moment.tzinfo or dt.UTC).timestamp())
    shown = QDateTime.fromSecsSinceEpoch(since_epoch, QTimeZone.systemTimeZone())
    time = "HH:mm:ss" if seconds else "HH:mm"
    day = "yyyy年M月d日" if language == CHINESE else "d MMM yyyy"
    return locale_for(language).toString(shown, f"{day} {time}")


def age_text(days: int) -> str:
    """today, yesterday, N days ago."""
    if days <= 0:
        return QCoreApplication.translate("BackupLabels", "today")
    if days == 1:
        return QCoreApplication.translate("BackupLabels", "yesterday")
    return QCoreApplication.translate("BackupLabels", "{days} days ago").format(days=days)


def grouped_sha256(sha: str, group: int = 8) -> str:
    """The hash in groups of eight, as the 交接清单 prints it, to read aloud and compare."""
    return " ".join(sha[start : start + group] for start in range(0, len(sha), group))
