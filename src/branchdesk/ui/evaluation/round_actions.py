"""What the 民主评议 page does to a round: open, edit and delete it, add and remove members.

Each action is one unit of work; a refused change shows why and changes nothing. The page's
buttons call these with the page, so page.py stays about showing the round.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.services.development import nameable_members
from branchdesk.core.services.evaluations import (
    add_member,
    evaluation_rows,
)
from branchdesk.core.services.evaluations import (
    delete_round as delete_round_of,
)
from branchdesk.core.services.evaluations import (
    remove_member as remove_member_of,
)
from branchdesk.ui.dialogs import ConfirmDialog, MessageDialog
from branchdesk.ui.evaluation.members_dialog import AddMembersDialog
from branchdesk.ui.evaluation.round_dialog import RoundDialog
from branchdesk.ui.i18n import qt_translate
from branchdesk.ui.labels import stage_label
from branchdesk.ui.validation import validation_message

if TYPE_CHECKING:
    from branchdesk.ui.evaluation.page import EvaluationPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvaluationPage", text)


def _error_text(error: BranchDeskError) -> str:
    if isinstance(error, ValidationError):
        return validation_message(error)
    return error.text(qt_translate)


def open_round(page: EvaluationPage) -> int | None:
    """The round dialog on a new round of the page's branch and year; its id once opened."""
    data = page.data
    if data is None or data.branch_id is None or data.round is not None:
        return None
    return RoundDialog.ask(
        page.context, data.branch_id, data.branch_name, data.query.year, parent=page.window()
    )


def edit_round(page: EvaluationPage) -> bool:
    found = page.current_round()
    if found is None:
        return False
    saved = RoundDialog.ask(
        page.context,
        found.branch_id,
        found.branch_name,
        found.year,
        round_id=found.id,
        parent=page.window(),
    )
    return saved is not None


def delete_round(page: EvaluationPage) -> bool:
    found = page.current_round()
    if found is None:
        return False
    title = QCoreApplication.translate("EvaluationPage", "Delete evaluation")
    asked = ConfirmDialog.ask(
        page,
        title,
        QCoreApplication.translate(
            "EvaluationPage",
            "Delete {branch}'s democratic evaluation of {year} with what was recorded for its"
            " {count} members? The audit trail keeps it; improvement items stay on the ledger.",
        ).format(branch=found.branch_name, year=found.year, count=found.summary.members),
        QCoreApplication.translate("EvaluationPage", "Delete evaluation"),
        QCoreApplication.translate("EvaluationPage", "Keep it"),
    )
    if not asked:
        return False
    context = page.context
    try:
        with context.database.unit_of_work(context.actor) as session:
            delete_round_of(session, found.id)
    except BranchDeskError as error:
        MessageDialog.warn(page, title, _error_text(error))
        return False
    context.show_status(
        QCoreApplication.translate(
            "EvaluationPage", "Deleted the democratic evaluation of {year}"
        ).format(year=found.year)
    )
    context.data_changed()
    return True


def add_members(page: EvaluationPage) -> list[int]:
    """Tick branch members not in the round and add them; the new evaluations' ids."""
    found = page.current_round()
    if found is None:
        return []
    context = page.context
    with context.database.reading() as session:
        inside = {row.member_id for row in evaluation_rows(session, found.id)}
        choices = [
            (member.id, f"{member.name}（{stage_label(member.stage)}）")
            for member in nameable_members(session, found.branch_id)
            if member.id not in inside
        ]
    title = QCoreApplication.translate("EvaluationPage", "Add members")
    if not choices:
        MessageDialog.warn(
            page,
            title,
            QCoreApplication.translate(
                "EvaluationPage",
                "Every current Party member of the branch is in this round already.",
            ),
        )
        return []
    chosen = AddMembersDialog.ask(page.window(), choices, found.year)
    if not chosen:
        return []
    try:
        with context.database.unit_of_work(context.actor) as session:
            added = [add_member(session, found.id, member_id) for member_id in chosen]
    except BranchDeskError as error:
        MessageDialog.warn(page, title, _error_text(error))
        return []
    context.show_status(
        QCoreApplication.translate("EvaluationPage", "Added {count} members to the round").format(
            count=len(added)
        )
    )
    context.data_changed()
    page.select(added[0])
    return added


def remove_member(page: EvaluationPage) -> bool:
    found, row = page.current_round(), page.current_row()
    if found is None or row is None:
        return False
    title = QCoreApplication.translate("EvaluationPage", "Remove from round")
    text = QCoreApplication.translate(
        "EvaluationPage",
        "Take {name} out of the evaluation of {year}? What was recorded for them is deleted;"
        " the audit trail keeps it.",
    ).format(name=row.name, year=found.year)
    if row.problem_id is not None:
        text += " " + QCoreApplication.translate(
            "EvaluationPage", "Their improvement item stays on the ledger."
        )
    asked = ConfirmDialog.ask(
        page,
        title,
        text,
        QCoreApplication.translate("EvaluationPage", "Remove"),
        QCoreApplication.translate("EvaluationPage", "Keep"),
    )
    if not asked:
        return False
    context = page.context
    try:
        with context.database.unit_of_work(context.actor) as session:
            remove_member_of(session, found.id, row.member_id)
    except BranchDeskError as error:
        MessageDialog.warn(page, title, _error_text(error))
        return False
    context.show_status(
        QCoreApplication.translate("EvaluationPage", "Removed {name} from the round").format(
            name=row.name
        )
    )
    context.data_changed()
    return True
