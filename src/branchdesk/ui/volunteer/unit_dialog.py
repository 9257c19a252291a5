"""The team or station dialog: its name, place and description, whether it is in service,
and its people with their roles and dates, saved in one unit of work (all or nothing)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QVBoxLayout, QWidget

from branchdesk.core.enums import VolunteerRole
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.services.volunteer_units import (
    UnitDraft,
    UnitKind,
    record_unit,
    save_unit_members,
    unit_members,
    unit_rows,
    update_unit,
)
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import EditDialog, MessageDialog
from branchdesk.ui.volunteer.data import Person, serving_people
from branchdesk.ui.volunteer.labels import error_text
from branchdesk.ui.volunteer.participants import is_edit
from branchdesk.ui.volunteer.unit_dialog_view import UnitDialogView
from branchdesk.ui.volunteer.unit_people import (
    NAME,
    PeopleDelegate,
    UnitPeopleModel,
    UnitPerson,
    open_people_editors,
)
from branchdesk.ui.widgets.field_errors import FieldErrors

DIALOG_SIZE = (900, 700)


@dataclass(frozen=True)
class UnitState:
    """What the dialog holds, to compare with what it opened with."""

    draft: UnitDraft
    people: tuple[tuple[object, ...], ...]


class UnitDialog(EditDialog):
    """Set up a new team or station of a branch, or edit one."""

    def __init__(
        self,
        context: AppContext,
        kind: UnitKind,
        branch_id: int,
        unit_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.kind, self.branch_id = context, kind, branch_id
        self.unit_id = unit_id
        self.saved_id: int | None = None
        today = context.today()
        stored, people_rows = None, []
        if unit_id is not None:
            with context.database.reading() as session:
                stored = next(
                    row
                    for row in unit_rows(session, today, branch_id=branch_id, kind=kind)
                    if row.id == unit_id
                )
                people_rows = unit_members(session, kind, unit_id)
        self.people = serving_people(
            context.database, branch_id, also=[row.member_id for row in people_rows]
        )
        self.view = view = UnitDialogView(station=kind is UnitKind.STATION)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        self.resize(*DIALOG_SIZE)
        self.errors = FieldErrors(
            view.form.fields,
            view.form.errors,
            view.buttons.error,
            lambda field: view.form.titles.get(field, field),
        )
        self.model = UnitPeopleModel(context.language, self)
        view.table.setModel(self.model)
        self.delegate = PeopleDelegate(context.language, today, view.table)
        view.table.setItemDelegate(self.delegate)
        view.configure_columns()
        view.people.set_people(self.people)
        if stored is None:
            title = (
                self.tr("New service team")
                if kind is UnitKind.TEAM
                else self.tr("New service station")
            )
            view.active.setChecked(True)
        else:
            title = stored.name
            view.name.setText(stored.name)
            view.place.setText(stored.place)
            view.description.setPlainText(stored.description)
            view.active.setChecked(stored.active)
            self.model.set_rows(
                [
                    UnitPerson(
                        row.member_id, row.name, row.role, row.joined_on, row.left_on, row.id
                    )
                    for row in people_rows
                ]
            )
        self.setWindowTitle(title)
        view.heading.setText(title)
        self._people_changed()
        self._baseline = self.state()

        view.people.picked.connect(self.add_people)
        view.add_button.clicked.connect(view.people.pick_selected)
        view.remove_button.clicked.connect(self.remove_selected)
        self.model.dataChanged.connect(
            lambda _a, _b, roles=(): is_edit(roles) and self._people_changed()
        )
        self.model.rowsInserted.connect(lambda *_: self._people_changed())
        self.model.rowsRemoved.connect(lambda *_: self._people_changed())
        for field, signal in (
            ("name", view.name.textChanged),
            ("place", view.place.textChanged),
            ("description", view.description.textChanged),
            ("active", view.active.toggled),
        ):
            signal.connect(lambda *_args, name=field: self._edited(name))
        view.buttons.save.clicked.connect(self.save)
        view.buttons.cancel.clicked.connect(self.reject)
        view.name.setFocus()

    @classmethod
    def edit(
        cls,
        context: AppContext,
        kind: UnitKind,
        branch_id: int,
        unit_id: int | None = None,
        parent: QWidget | None = None,
    ) -> int | None:
        """Open the dialog modally; the saved unit's id, or None when cancelled."""
        dialog = cls(context, kind, branch_id, unit_id, parent)
        dialog.exec()
        saved = dialog.saved_id
        dialog.deleteLater()
        return saved

    # people --------------------------------------------------------------------------------

    def add_people(self, people: list[Person]) -> None:
        """New rows: members from today (a leader is chosen in the row's role box)."""
        for person in people:
            self.model.add(UnitPerson(person.id, person.name, joined_on=self.context.today()))

    def add_by_name(self, *names: str) -> None:
        self.view.people.pick(names)

    def set_role(self, name: str, role: VolunteerRole) -> None:
        """As choosing it in the row's role box (tests, quick entry)."""
        from branchdesk.ui.volunteer.unit_people import ROLE

        number = next(n for n, row in enumerate(self.model.rows()) if row.name == name)
        self.model.setData(self.model.index(number, ROLE), role.value)

    def remove_selected(self) -> None:
        rows = self.view.table.selectionModel().selectedRows()
        if rows:
            self.model.remove(rows[0].row())

    def _people_changed(self) -> None:
        open_people_editors(self.view.table)
        current = [row for row in self.model.rows() if row.left_on is None]
        self.view.people.set_taken(row.member_id for row in current)
        leaders = [row.name for row in current if row.role is VolunteerRole.LEADER]
        self.view.count.setText(
            self.tr("{count} current, leaders: {leaders}").format(
                count=len(current), leaders="、".join(leaders) or self.tr("none")
            )
        )
        self._edited("members")

    # reading and saving --------------------------------------------------------------------

    def draft(self) -> UnitDraft:
        view = self.view
        return UnitDraft(
            kind=self.kind,
            branch_id=self.branch_id,
            name=view.name.text(),
            description=view.description.toPlainText(),
            place=view.place.text() if self.kind is UnitKind.STATION else "",
            active=view.active.isChecked(),
        )

    def state(self) -> UnitState:
        people = tuple(
            (row.member_id, row.role, row.joined_on, row.left_on, row.id)
            for row in self.model.rows()
        )
        return UnitState(self.draft(), people)

    def has_unsaved_changes(self) -> bool:
        return self.saved_id is None and self.state() != getattr(self, "_baseline", None)

    def _edited(self, field: str) -> None:
        if not hasattr(self, "_baseline"):
            return
        self.errors.clear(field)
        if field == "members":
            self.model.mark_error(None)
        dirty = self.has_unsaved_changes()
        self.view.buttons.status.setText(self.tr("Unsaved changes") if dirty else "")

    def save(self) -> bool:
        """Store the unit and its people, or nothing; True when saved."""
        draft = self.draft()
        people = [row.draft() for row in self.model.rows()]
        today = self.context.today()
        self.errors.clear()
        self.model.mark_error(None)
        try:
            with self.context.database.unit_of_work(self.context.actor) as session:
                if self.unit_id is None:
                    saved_id = record_unit(session, draft)
                else:
                    saved_id = self.unit_id
                    update_unit(session, saved_id, draft)
                save_unit_members(session, self.kind, saved_id, people, today=today)
        except ValidationError as error:
            self.show_error(error)
            return False
        except BranchDeskError as error:
            MessageDialog.warn(self, self.windowTitle(), error_text(error))
            return False
        self.saved_id = saved_id
        self.context.show_status(self.tr("Saved “{name}”").format(name=draft.name.strip()))
        self.context.data_changed()
        self.accept()
        return True

    def show_error(self, error: ValidationError) -> None:
        message, field = error_text(error), error.field
        if field.startswith("members"):
            row = int(error.params.get("row", 0) or 0) - 1
            self.errors.show("members", message)
            if 0 <= row < self.model.rowCount():
                self.model.mark_error(row)
                self.view.table.selectRow(row)
                self.view.table.scrollTo(self.model.index(row, NAME))
            return
        widget = self.errors.show(field, message)
        if widget is not None:
            widget.setFocus()

    def unsaved_subject(self) -> str:
        return self.draft().name.strip() or self.windowTitle()
