"""Settings: branch names and parent organisation, clerk name, language, local rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from branchdesk.core.errors import ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import Branch, Meeting, Member, Setting
from branchdesk.core.rules.local_rules import LocalRules, validate_rules

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
RULE_PREFIX = "rules."
LEGACY_ROUTINE_PER_YEAR = "routine_inspections_per_year"  # replaced by an interval


@dataclass(frozen=True)
class BranchInfo:
    """A branch as the settings page edits it; ``id`` is None for a new one."""

    name: str
    short_name: str = ""
    parent_org: str = ""
    committee_elected_on: dt.date | None = None
    committee_term_years: int = 3
    id: int | None = None


@dataclass(frozen=True)
class AppSettings:
    clerk_name: str = ""
    language: str = DEFAULT_LANGUAGE
    rules: LocalRules = field(default_factory=LocalRules)
    branches: tuple[BranchInfo, ...] = ()


def _stored(session: Session) -> dict[str, Any]:
    return {row.key: row.value for row in session.scalars(select(Setting))}


def list_branches(session: Session) -> tuple[BranchInfo, ...]:
    rows = session.scalars(select(Branch).order_by(Branch.position, Branch.id))
    return tuple(
        BranchInfo(
            id=branch.id,
            name=branch.name,
            short_name=branch.short_name,
            parent_org=branch.parent_org,
            committee_elected_on=branch.committee_elected_on,
            committee_term_years=branch.committee_term_years,
        )
        for branch in rows
    )


def _upgraded(rules: dict[str, Any]) -> dict[str, Any]:
    """Stored rules of an earlier version in today's terms: routine inspections were counted
    per year (12) before they were an interval in months (1); 0 still means none."""
    per_year = rules.pop(LEGACY_ROUTINE_PER_YEAR, None)
    interval = "routine_inspection_interval_months"
    if isinstance(per_year, int) and not isinstance(per_year, bool) and interval not in rules:
        rules[interval] = 0 if per_year <= 0 else min(12, max(1, round(12 / per_year)))
    return rules


def load_settings(session: Session) -> AppSettings:
    stored = _stored(session)
    rules = validate_rules(
        _upgraded(
            {
                key.removeprefix(RULE_PREFIX): v
                for key, v in stored.items()
                if key.startswith(RULE_PREFIX)
            }
        )
    )
    language = stored.get("language", DEFAULT_LANGUAGE)
    return AppSettings(
        clerk_name=stored.get("clerk_name", ""),
        language=language if language in LANGUAGES else DEFAULT_LANGUAGE,
        rules=rules,
        branches=list_branches(session),
    )


def _put(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    elif row.value != value:
        row.value = value


def _validate_branch(info: BranchInfo, today: dt.date, index: int) -> None:
    name = info.name.strip()
    prefix = f"branches.{index}"
    if not name:
        raise ValidationError(
            f"{prefix}.name",
            "branch.name_required",
            QT_TRANSLATE_NOOP("Validation", "Every branch needs a name."),
        )
    if len(name) > 100:
        raise ValidationError(
            f"{prefix}.name",
            "branch.name_length",
            QT_TRANSLATE_NOOP("Validation", "A branch name may have at most 100 characters."),
        )
    if not 1 <= info.committee_term_years <= 5:
        raise ValidationError(
            f"{prefix}.committee_term_years",
            "branch.term_years",
            QT_TRANSLATE_NOOP("Validation", "A committee term is from 1 to 5 years."),
        )
    if info.committee_elected_on is not None and info.committee_elected_on > today:
        raise ValidationError(
            f"{prefix}.committee_elected_on",
            "branch.elected_future",
            QT_TRANSLATE_NOOP(
                "Validation", "The committee's election date cannot be in the future."
            ),
        )


def _branch_in_use(session: Session, branch_id: int) -> bool:
    return bool(
        session.scalar(select(exists().where(Member.branch_id == branch_id)))
        or session.scalar(select(exists().where(Meeting.branch_id == branch_id)))
    )


def save_settings(session: Session, settings: AppSettings, *, today: dt.date) -> None:
    """Validate everything first, then write; raises ValidationError naming the field."""
    clerk_name = settings.clerk_name.strip()
    if len(clerk_name) > 60:
        raise ValidationError(
            "clerk_name",
            "clerk.length",
            QT_TRANSLATE_NOOP("Validation", "The clerk's name may have at most 60 characters."),
        )
    if settings.language not in LANGUAGES:
        raise ValidationError(
            "language",
            "language.known",
            QT_TRANSLATE_NOOP("Validation", "Choose Chinese or English."),
        )
    rules = validate_rules(asdict(settings.rules))
    if not settings.branches:
        raise ValidationError(
            "branches",
            "branch.at_least_one",
            QT_TRANSLATE_NOOP("Validation", "Keep at least one branch."),
        )
    names: set[str] = set()
    for index, info in enumerate(settings.branches):
        _validate_branch(info, today, index)
        name = info.name.strip()
        if name in names:
            raise ValidationError(
                f"branches.{index}.name",
                "branch.name_unique",
                QT_TRANSLATE_NOOP("Validation", "The branch name {name} is used twice."),
                name=name,
            )
        names.add(name)

    existing = {branch.id: branch for branch in session.scalars(select(Branch))}
    kept = {info.id for info in settings.branches if info.id is not None}
    for branch_id, branch in existing.items():
        if branch_id in kept:
            continue
        if _branch_in_use(session, branch_id):
            raise ValidationError(
                "branches",
                "branch.in_use",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The branch {name} still has members or meetings and cannot be removed.",
                ),
                name=branch.name,
            )
        session.delete(branch)
    session.flush()  # free the names of removed branches before renaming others
    for position, info in enumerate(settings.branches):
        branch = existing.get(info.id) if info.id is not None else None
        if branch is None:
            branch = Branch()
            session.add(branch)
        branch.name = info.name.strip()
        branch.short_name = info.short_name.strip()
        branch.parent_org = info.parent_org.strip()
        branch.committee_elected_on = info.committee_elected_on
        branch.committee_term_years = info.committee_term_years
        branch.position = position

    _put(session, "clerk_name", clerk_name)
    _put(session, "language", settings.language)
    for name, value in asdict(rules).items():
        _put(session, RULE_PREFIX + name, value)
    legacy = session.get(Setting, RULE_PREFIX + LEGACY_ROUTINE_PER_YEAR)
    if legacy is not None:  # now stored as the interval written above
        session.delete(legacy)
    session.flush()


def clerk_name(session: Session) -> str:
    row = session.get(Setting, "clerk_name")
    return str(row.value) if row is not None and row.value else ""


def language(session: Session) -> str:
    row = session.get(Setting, "language")
    return row.value if row is not None and row.value in LANGUAGES else DEFAULT_LANGUAGE


def branch_names(session: Session) -> Sequence[str]:
    return [info.name for info in list_branches(session)]
