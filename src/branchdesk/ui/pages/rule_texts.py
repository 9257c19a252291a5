"""How each local rule ([local] in RULES.md) is explained on the settings page."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from branchdesk.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "LocalRules"

# Units as spin box suffixes: (for 1, for any other number).
MONTHS = (QT_TRANSLATE_NOOP("LocalRules", " month"), QT_TRANSLATE_NOOP("LocalRules", " months"))
DAYS = (QT_TRANSLATE_NOOP("LocalRules", " day"), QT_TRANSLATE_NOOP("LocalRules", " days"))
WORKING_DAYS = (
    QT_TRANSLATE_NOOP("LocalRules", " working day"),
    QT_TRANSLATE_NOOP("LocalRules", " working days"),
)
HOURS = (
    QT_TRANSLATE_NOOP("LocalRules", " class hour"),
    QT_TRANSLATE_NOOP("LocalRules", " class hours"),
)
TIMES = (QT_TRANSLATE_NOOP("LocalRules", " time"), QT_TRANSLATE_NOOP("LocalRules", " times"))
# A month of the year as a suffix (Chinese "12 月"): the same for every value.
MONTH_OF_YEAR = (
    QT_TRANSLATE_NOOP("LocalRules", " (month of the year)"),
    QT_TRANSLATE_NOOP("LocalRules", " (month of the year)"),
)


@dataclass(frozen=True)
class RuleText:
    label: str
    unit: tuple[str, str]
    hint: str  # where the rule comes from (RULES.md)

    def label_text(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.label)

    def unit_text(self, value: int) -> str:
        return QCoreApplication.translate(CONTEXT, self.unit[0 if value == 1 else 1])

    def hint_text(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.hint)


# Sections in the order the settings page shows them, each a list of LocalRules field names.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("LocalRules", "Member development"),
        (
            "activist_min_months_after_application",
            "contact_review_interval_months",
            "political_review_valid_months",
            "pre_review_within_months",
            "archive_within_days",
            "publicity_working_days",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("LocalRules", "Study, meetings and inspections"),
        (
            "study_hours_target",
            "study_hours_target_committee",
            "lectures_per_year",
            "committee_term_warning_months",
            "routine_inspection_interval_months",
            "annual_inspection_due_month",
            "evaluation_reminder_month",
            "backup_max_age_days",
        ),
    ),
)

RULE_TEXTS: dict[str, RuleText] = {
    "activist_min_months_after_application": RuleText(
        QT_TRANSLATE_NOOP(
            "LocalRules", "Name an activist no sooner than this after the application"
        ),
        MONTHS,
        QT_TRANSLATE_NOOP("LocalRules", "Development step 3; usually 3 or 6 months."),
    ),
    "contact_review_interval_months": RuleText(
        QT_TRANSLATE_NOOP("LocalRules", "Contact person's review and thought report every"),
        MONTHS,
        QT_TRANSLATE_NOOP("LocalRules", "Development step 6; usually every quarter."),
    ),
    "political_review_valid_months": RuleText(
        QT_TRANSLATE_NOOP("LocalRules", "A political review's conclusion stays valid for"),
        MONTHS,
        QT_TRANSLATE_NOOP("LocalRules", "Development step 10; usually 1 year."),
    ),
    "pre_review_within_months": RuleText(
        QT_TRANSLATE_NOOP("LocalRules", "Pre-review by the higher Party committee within"),
        MONTHS,
        QT_TRANSLATE_NOOP("LocalRules", "Development step 13; usually 1 month."),
    ),
    "archive_within_days": RuleText(
        QT_TRANSLATE_NOOP("LocalRules", "File the materials after full membership within"),
        DAYS,
        QT_TRANSLATE_NOOP("LocalRules", "Development step 25; usually 1 week."),
    ),
    "publicity_working_days": RuleText(
        QT_TRANSLATE_NOOP("LocalRules", "A public notice lasts at least"),
        WORKING_DAYS,
        QT_TRANSLATE_NOOP(
            "LocalRules", "For activists, candidates, admission and full membership; at least 5."
        ),
    ),
    "study_hours_target": RuleText(
        QT_TRANSLATE_NOOP("LocalRules", "Collective study per member and year"),
        HOURS,
        QT_TRANSLATE_NOOP("LocalRules", "Usually at least 32 class hours."),
    ),
    "study_hours_target_committee": RuleText(
        QT_TRANSLATE_NOOP(
            "LocalRules", "Collective study per year for the secretary and committee"
        ),
        HOURS,
        QT_TRANSLATE_NOOP("LocalRules", "Usually at least 56 class hours."),
    ),
    "lectures_per_year": RuleText(
        QT_TRANSLATE_NOOP("LocalRules", "Party lectures per year"),
        TIMES,
        QT_TRANSLATE_NOOP("LocalRules", "Usually once a quarter."),
    ),
    "committee_term_warning_months": RuleText(
        QT_TRANSLATE_NOOP("LocalRules", "Remind this long before the committee's term ends"),
        MONTHS,
        QT_TRANSLATE_NOOP(
            "LocalRules", "A committee serves 3 years; prepare the election in time."
        ),
    ),
    "routine_inspection_interval_months": RuleText(
        QT_TRANSLATE_NOOP("LocalRules", "Hold a routine inspection at least every"),
        MONTHS,
        QT_TRANSLATE_NOOP(
            "LocalRules", "Usually every month; 0 when the branch holds no regular inspections."
        ),
    ),
    "annual_inspection_due_month": RuleText(
        QT_TRANSLATE_NOOP("LocalRules", "Hold the annual inspection by the end of"),
        MONTH_OF_YEAR,
        QT_TRANSLATE_NOOP("LocalRules", "Usually in December."),
    ),
    "evaluation_reminder_month": RuleText(
        QT_TRANSLATE_NOOP("LocalRules", "Remind of the democratic evaluation from"),
        MONTH_OF_YEAR,
        QT_TRANSLATE_NOOP(
            "LocalRules", "Members are evaluated every year, usually in December or January."
        ),
    ),
    "backup_max_age_days": RuleText(
        QT_TRANSLATE_NOOP("LocalRules", "Back up the archive at least every"),
        DAYS,
        QT_TRANSLATE_NOOP("LocalRules", "The dashboard reminds you when the last backup is older."),
    ),
}
