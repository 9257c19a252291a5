"""Local rules ([local] in RULES.md): settings with defaults, never constants in code."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from branchdesk.core.errors import ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class LocalRules:
    """Rules that differ between schools and provinces; defaults follow RULES.md."""

    # §1 pipeline
    activist_min_months_after_application: int = 3  # step 3: 3 or 6
    contact_review_interval_months: int = 3  # step 6: quarterly 思想汇报
    political_review_valid_months: int = 12  # step 10
    pre_review_within_months: int = 1  # step 13
    archive_within_days: int = 7  # step 25
    publicity_working_days: int = 5  # 公示
    # §3 study
    study_hours_target: int = 32
    study_hours_target_committee: int = 56
    # §2 meetings and structure
    lectures_per_year: int = 4  # 党课: once a quarter
    committee_term_warning_months: int = 6
    # §4 inspections
    routine_inspection_interval_months: int = 1  # 日常小检查 every month; 0: none held
    annual_inspection_due_month: int = 12  # 年度大检查 held by the end of this month
    # §5 democratic evaluation: remind of this year's round from this month
    evaluation_reminder_month: int = 12
    # backups
    backup_max_age_days: int = 7


# (minimum, maximum) accepted for each rule.
RULE_LIMITS: dict[str, tuple[int, int]] = {
    "activist_min_months_after_application": (3, 6),
    "contact_review_interval_months": (1, 6),
    "political_review_valid_months": (1, 36),
    "pre_review_within_months": (1, 6),
    "archive_within_days": (1, 90),
    "publicity_working_days": (5, 30),
    "study_hours_target": (1, 200),
    "study_hours_target_committee": (1, 200),
    "lectures_per_year": (1, 12),
    "committee_term_warning_months": (1, 12),
    "routine_inspection_interval_months": (0, 12),
    "annual_inspection_due_month": (1, 12),
    "evaluation_reminder_month": (1, 12),
    "backup_max_age_days": (1, 90),
}


def rule_names() -> list[str]:
    return [field.name for field in fields(LocalRules)]


def validate_rules(values: dict[str, Any]) -> LocalRules:
    """Build LocalRules from stored or typed values; unknown keys are ignored."""
    accepted: dict[str, int] = {}
    for name in rule_names():
        if name not in values:
            continue
        value = values[name]
        low, high = RULE_LIMITS[name]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValidationError(
                f"rules.{name}",
                "rules.range",
                QT_TRANSLATE_NOOP(
                    "Validation", "This rule must be a whole number from {low} to {high}."
                ),
                low=low,
                high=high,
            )
        accepted[name] = value
    return LocalRules(**accepted)
