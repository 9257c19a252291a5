"""Telling the clerk about the improvement item a 基本合格/不合格 grade opened (RULES.md §5).

Core opens the item in the 检查整改 ledger in the same unit of work as the grade; the clerk
still has to fill in its goal and measures there, so the dialog says where it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from branchdesk.core.enums import Grade
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.services.problems import problem_detail
from branchdesk.ui.context import AppContext
from branchdesk.ui.evaluation.labels import grade_label
from branchdesk.ui.i18n import format_date


def improvement_text(context: AppContext, problem_id: int, name: str, grade: Grade | None) -> str:
    """Two lines: what was put on the ledger, and where to find it."""
    try:
        with context.database.reading() as session:
            detail = problem_detail(session, problem_id, today=context.today())
    except BranchDeskError:
        detail = None
    first = QCoreApplication.translate(
        "ImprovementNotice", "{name} was graded {grade}: an improvement item is on the ledger."
    ).format(name=name, grade=grade_label(grade))
    if detail is None:
        return first
    second = QCoreApplication.translate(
        "ImprovementNotice",
        "Find it on the Inspection and rectification page: no. {number} of {year}, category"
        " “{category}”, to be rectified by {deadline}. Fill in its goal and measures there.",
    ).format(
        number=detail.sequence_no,
        year=detail.year,
        category=detail.draft.category,
        deadline=format_date(detail.draft.deadline, context.language),
    )
    return f"{first}\n{second}"


class ImprovementNotice:
    """The message after saving a weak grade; tests patch ``tell``."""

    @classmethod
    def tell(cls, parent: QWidget | None, context: AppContext, problem_id: int, text: str) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ImprovementNotice", "Improvement item"),
            text,
        )
