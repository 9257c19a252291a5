"""Opening what global search found: the record's own editor, or its page."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from branchdesk.core.errors import BranchDeskError
from branchdesk.core.services.search import SearchHit, SearchKind
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import MessageDialog
from branchdesk.ui.i18n import qt_translate

VOLUNTEER_PAGE = "volunteer"
# What the volunteer page's show_subject is handed (a request's is the 工作台 reminder's,
# core/rules/service_requests.py); a page that does not know the subject just opens.
SUBJECTS = {
    SearchKind.ACTIVITY: "volunteer_activity:{id}",
    SearchKind.REQUEST: "service_request:{id}",
}


class PageOpener(Protocol):
    """What the main window offers: its pages by key, showing a subject."""

    def has_page(self, key: str) -> bool: ...

    def show_subject(self, key: str, subject: str) -> bool: ...


def open_hit(context: AppContext, hit: SearchHit, window: PageOpener, parent: QWidget) -> bool:
    """Open ``hit`` as the page that lists it would: a member's file, a meeting's minutes, a
    problem's editor (modally, over the current page), or the volunteer page at the activity
    or request. False when nothing opened (e.g. the record was deleted meanwhile)."""
    try:
        return _open(context, hit, window, parent)
    except BranchDeskError as error:
        MessageDialog.warn(
            parent,
            QCoreApplication.translate("GlobalSearch", "Search"),
            error.text(qt_translate),
        )
        return False


def _open(context: AppContext, hit: SearchHit, window: PageOpener, parent: QWidget) -> bool:
    if hit.kind is SearchKind.MEMBER:
        from branchdesk.ui.members.editor import MemberEditorDialog

        MemberEditorDialog.edit(context, hit.id, parent)
        return True
    if hit.kind is SearchKind.MEETING:
        from branchdesk.ui.meetings.editor import MeetingEditor

        MeetingEditor.edit(context, hit.id, parent=parent)
        return True
    if hit.kind is SearchKind.PROBLEM:
        from branchdesk.ui.ledger.problem_editor import ProblemEditor

        ProblemEditor.edit(context, hit.id, parent)
        return True
    if not window.has_page(VOLUNTEER_PAGE):
        context.show_status(
            QCoreApplication.translate(
                "GlobalSearch", "Volunteer service has no page in this version yet."
            )
        )
        return False
    return window.show_subject(VOLUNTEER_PAGE, SUBJECTS[hit.kind].format(id=hit.id))
