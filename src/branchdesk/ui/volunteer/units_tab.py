"""The 服务队与服务站 tab: the branch's teams and stations, configured with their people."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from branchdesk.core.services.volunteer_units import UnitKind, UnitRow, delete_unit
from branchdesk.ui.volunteer.data import VolunteerData
from branchdesk.ui.volunteer.labels import unit_kind_label
from branchdesk.ui.volunteer.list_tab import ListTab
from branchdesk.ui.volunteer.models import UnitModel

if TYPE_CHECKING:
    from branchdesk.ui.volunteer.page import VolunteerPage


class UnitsTab(ListTab):
    """Teams then stations of the page's branch, inactive ones too (greyed)."""

    def __init__(self, page: VolunteerPage) -> None:
        view = page.view
        super().__init__(
            page, view.units, view.units_stack, view.no_units, UnitModel(page.context.language)
        )
        self.model.setParent(self)
        view.units.selectionModel().selectionChanged.connect(lambda: page.update_buttons())
        view.units.activated.connect(lambda _index: self.edit_unit())
        view.new_team.clicked.connect(lambda: self.new_unit(UnitKind.TEAM))
        view.new_station.clicked.connect(lambda: self.new_unit(UnitKind.STATION))
        view.edit_unit.clicked.connect(lambda: self.edit_unit())
        view.delete_unit.clicked.connect(self.delete_unit)

    def show_data(self, data: VolunteerData) -> None:
        if data.branch_id is None:
            empty = self.tr("No branch on file yet. Enter your branch in Settings.")
        else:
            empty = self.tr(
                "No service teams or stations yet. A branch typically runs several Party member"
                " service teams (new-student guidance, exam tutoring …) and service stations in"
                " the dormitories; click New service team… to set up the first."
            )
        self.show(data.units, empty)

    def update_buttons(self, has_branch: bool) -> None:
        view, chosen = self.page.view, self.current_id() is not None
        view.new_team.setEnabled(has_branch)
        view.new_station.setEnabled(has_branch)
        view.edit_unit.setEnabled(chosen)
        view.delete_unit.setEnabled(chosen)

    # actions -------------------------------------------------------------------------------

    def new_unit(self, kind: UnitKind = UnitKind.TEAM) -> int | None:
        """新建服务队 / 新建服务站: the dialog on a new unit; its id once saved."""
        branch_id = self.page.branch_id()
        if branch_id is None:
            return None
        from branchdesk.ui.volunteer.unit_dialog import UnitDialog

        saved = UnitDialog.edit(self.context, kind, branch_id, None, self.page.window())
        if saved is not None:
            self.select_after_load = f"{kind}:{saved}"
            self.page.refresh()  # the read data_changed started may have been delivered
        return saved

    def edit_unit(self) -> int | None:
        """编辑: the selected team or station with its people."""
        row: UnitRow | None = self.current()
        if row is None:
            return None
        from branchdesk.ui.volunteer.unit_dialog import UnitDialog

        return UnitDialog.edit(self.context, row.kind, row.branch_id, row.id, self.page.window())

    @classmethod
    def confirm_delete(cls, parent: QWidget, row: UnitRow) -> bool:
        """Ask before deleting a team or station (its people's rows go with it)."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("UnitsTab", "Delete team or station"),
            QCoreApplication.translate(
                "UnitsTab", "Delete the {kind} “{name}” and its list of {count} people?"
            ).format(kind=unit_kind_label(row.kind), name=row.name, count=row.people),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_unit(self) -> bool:
        """删除: the selected unit, after asking; one with activities is refused (set it
        inactive instead). True when deleted."""
        row: UnitRow | None = self.current()
        if row is None or not self.confirm_delete(self.page, row):
            return False
        return self.page.write(
            lambda session: delete_unit(session, row.kind, row.id),
            self.tr("Delete team or station"),
            self.tr("Deleted “{name}”").format(name=row.name),
        )
