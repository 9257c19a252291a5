"""The round at a glance: the summary cards and the one-third warning above the members."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from branchdesk.core.enums import Grade
from branchdesk.core.rules.evaluation import RoundSummary, percent_text
from branchdesk.ui.evaluation.page_view import EvaluationView
from branchdesk.ui.pipeline.step_dialog import finding_text

OVER_COLOR = "color: #B06000;"  # the amber of the warning, on the 优秀 card's figure


def show_summary(view: EvaluationView, summary: RoundSummary, language: str) -> None:
    """Fill the cards from core's summary; show the warning exactly when 优秀 is over a
    third of the members evaluated (RULES.md §5: a third is still fine)."""
    cards = view.cards
    excellent = summary.by_grade.get(Grade.EXCELLENT, 0)
    basic = summary.by_grade.get(Grade.BASICALLY_QUALIFIED, 0)
    unqualified = summary.by_grade.get(Grade.UNQUALIFIED, 0)
    cards["members"].set_value(
        str(summary.members),
        QCoreApplication.translate("EvaluationPage", "{graded} graded so far").format(
            graded=summary.graded
        ),
    )
    cards["complete"].set_value(
        str(summary.complete),
        QCoreApplication.translate("EvaluationPage", "{count} still incomplete").format(
            count=summary.incomplete
        )
        if summary.incomplete
        else QCoreApplication.translate("EvaluationPage", "Every part recorded"),
    )
    cards["excellent"].set_value(
        percent_text(summary.excellent_share) or "–",
        # One line each: a sentence would wrap mid-phrase in a narrow card
        QCoreApplication.translate(
            "EvaluationPage", "{excellent} excellent of {graded} graded\nnormally at most {limit}"
        ).format(excellent=excellent, graded=summary.graded, limit=summary.members // 3),
    )
    cards["excellent"].number.setStyleSheet(OVER_COLOR if summary.over_one_third else "")
    cards["weak"].set_value(
        f"{basic} / {unqualified}",
        QCoreApplication.translate("EvaluationPage", "Each has an improvement item")
        if basic or unqualified
        else "",
    )
    findings = summary.findings()
    view.warning.setVisible(bool(findings))
    if findings:
        message, rule = finding_text(findings[0], language)
        view.warning_title.setText(message)
        view.warning_text.setText(
            QCoreApplication.translate(
                "EvaluationPage",
                "{rule} Check the grades with the branch committee before they are final.",
            ).format(rule=rule)
        )
