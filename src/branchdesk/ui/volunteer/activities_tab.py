"""The 服务活动 tab: the year's activities, filtered, and recording, correcting and deleting
them (an activity's participants and hours are edited in its dialog)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from branchdesk.core.services.volunteer import delete_activity
from branchdesk.core.services.volunteer_hours import ActivityRow
from branchdesk.ui.i18n import format_date
from branchdesk.ui.volunteer.data import VolunteerData
from branchdesk.ui.volunteer.list_tab import ListTab
from branchdesk.ui.volunteer.models import ActivityColumn, ActivityModel

if TYPE_CHECKING:
    from branchdesk.ui.volunteer.page import VolunteerPage


class ActivitiesTab(ListTab):
    """The activities of the page's branch and year."""

    def __init__(self, page: VolunteerPage) -> None:
        view = page.view
        super().__init__(
            page,
            view.activities,
            view.activities_stack,
            view.no_activities,
            ActivityModel(page.context.language),
            ActivityColumn.DATE,
            Qt.SortOrder.DescendingOrder,  # the latest first: what the clerk just recorded
        )
        self.model.setParent(self)
        view.activities.selectionModel().selectionChanged.connect(lambda: page.update_buttons())
        view.activities.activated.connect(lambda _index: self.edit_activity())
        view.new_activity.clicked.connect(lambda: self.new_activity())
        view.edit_activity.clicked.connect(lambda: self.edit_activity())
        view.delete_activity.clicked.connect(self.delete_activity)

    def show_data(self, data: VolunteerData) -> None:
        view, year = self.page.view, data.query.year
        if data.branch_id is None:
            empty = self.tr(
                "No branch on file yet. Enter your branch in Settings, then record its volunteer"
                " service here."
            )
        elif data.query.activities_filtered():
            empty = self.tr(
                "No activity of {year} matches these filters. Clear filters shows them all."
            ).format(year=year)
        else:
            empty = self.tr(
                "No volunteer activities in {year}. Click New activity… (Ctrl+N) to record one"
                " with each participant's hours; a completed service request records its own."
            ).format(year=year)
        self.show(data.activities, empty, year)
        view.activity_count.setText(
            self.tr("{shown} of {total} activities").format(
                shown=len(data.activities), total=data.activity_total
            )
            if data.query.activities_filtered()
            else self.tr("{total} activities").format(total=data.activity_total)
        )

    def update_buttons(self, has_branch: bool) -> None:
        view, chosen = self.page.view, self.current_id() is not None
        view.new_activity.setEnabled(has_branch)
        view.edit_activity.setEnabled(chosen)
        view.delete_activity.setEnabled(chosen)

    # actions -------------------------------------------------------------------------------

    def new_activity(self) -> int | None:
        """新建活动: the activity dialog on a new activity of the branch; its id once saved."""
        branch_id = self.page.branch_id()
        if branch_id is None:
            return None
        from branchdesk.ui.volunteer.activity_dialog import ActivityDialog

        saved = ActivityDialog.edit(self.context, branch_id, None, self.page.window())
        if saved is not None:
            self.select_after_load = saved
            self.page.refresh()  # the read data_changed started may have been delivered
        return saved

    def edit_activity(self) -> int | None:
        """编辑: the selected activity with its participants in the dialog."""
        row: ActivityRow | None = self.current()
        if row is None:
            return None
        from branchdesk.ui.volunteer.activity_dialog import ActivityDialog

        return ActivityDialog.edit(self.context, row.branch_id, row.id, self.page.window())

    @classmethod
    def confirm_delete(cls, parent: QWidget, row: ActivityRow, language: str) -> bool:
        """Ask before deleting an activity with everyone's hours in it."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("ActivitiesTab", "Delete activity"),
            QCoreApplication.translate(
                "ActivitiesTab",
                "Delete “{title}” of {date} with the hours of its {count} participants? The"
                " audit trail keeps them.",
            ).format(
                title=row.title,
                date=format_date(row.held_on, language),
                count=row.participants,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_activity(self) -> bool:
        """删除: the selected activity, after asking; True when deleted."""
        row: ActivityRow | None = self.current()
        if row is None or not self.confirm_delete(self.page, row, self.context.language):
            return False
        return self.page.write(
            lambda session: delete_activity(session, row.id),
            self.tr("Delete activity"),
            self.tr("Deleted “{title}”").format(title=row.title),
        )
