"""Telling the clerk about the improvement item a 基本合格/不合格 grade opened (RULES.md §5).

Core opens the item in the 检查整改 ledger in the same unit of work as the grade; the clerk
still has to fill in its goal and measures, so the dialog says where it is and offers to open
it in the ledger's problem editor.
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
        "It is no. {number} of {year} on the Inspections page, category “{category}”, to be"
        " rectified by {deadline}. Its goal and measures are for the branch to fill in.",
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
    def tell(cls, parent: QWidget | None, text: str) -> bool:
        """Show ``text``; True when the clerk wants to open the item now."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("ImprovementNotice", "Improvement item"))
        box.setText(text)
        open_it = box.addButton(
            QCoreApplication.translate("ImprovementNotice", "Open the item…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        later = box.addButton(
            QCoreApplication.translate("ImprovementNotice", "Later"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(open_it)
        box.setEscapeButton(later)
        box.exec()
        return box.clickedButton() is open_it


def open_improvement(context: AppContext, problem_id: int, parent: QWidget | None) -> None:
    """The item in the ledger's problem editor, above the evaluation dialog."""
    from branchdesk.ui.ledger.problem_editor import ProblemEditor

    ProblemEditor.edit(context, problem_id, parent)
