"""The activity dialog: an activity with each participant's hours, saved in one step.

core/services/volunteer.record_activity (update_activity when correcting one) validates the
activity and writes it with every participant's hours in the same unit of work: all of them,
or none. Its refusals show at their field, or at the participant's row (``hours.*`` with a
``row``): a day past 24 hours names the person and the date; what was typed stays.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.rules.volunteer import hours_figure
from branchdesk.core.services.volunteer import (
    ActivityDraft,
    activity_draft,
    activity_request_id,
    record_activity,
    update_activity,
)
from branchdesk.core.services.volunteer_hours import categories_in_use
from branchdesk.core.services.volunteer_units import UnitKind, unit_choices
from branchdesk.ui.context import AppContext
from branchdesk.ui.dialogs import EditDialog, MessageDialog
from branchdesk.ui.volunteer.activity_dialog_view import ActivityDialogView
from branchdesk.ui.volunteer.data import Person, serving_people
from branchdesk.ui.volunteer.form import fill_units, set_choice
from branchdesk.ui.volunteer.labels import error_text
from branchdesk.ui.volunteer.participants import (
    HOURS,
    Participant,
    ParticipantModel,
    is_edit,
    open_time_editors,
)
from branchdesk.ui.widgets.field_errors import FieldErrors

DIALOG_SIZE = (900, 760)
DEFAULT_HOURS = 2


class ActivityDialog(EditDialog):
    """Record a new activity of a branch, or correct a stored one."""

    def __init__(
        self,
        context: AppContext,
        branch_id: int,
        activity_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.branch_id = branch_id
        self.activity_id = activity_id
        self.saved_id: int | None = None
        today = context.today()
        with context.database.reading() as session:
            stored = activity_draft(session, activity_id) if activity_id is not None else None
            request_id = activity_request_id(session, activity_id) if activity_id else None
            categories = categories_in_use(session, branch_id)
            teams = unit_choices(session, branch_id, UnitKind.TEAM, also=stored and stored.team_id)
            stations = unit_choices(
                session, branch_id, UnitKind.STATION, also=stored and stored.station_id
            )
        stored_ids = [line.member_id for line in stored.hours] if stored else []
        self.people = serving_people(
            context.database, branch_id, also=[i for i in stored_ids if i is not None]
        )
        self.view = view = ActivityDialogView(context.language, today=today, categories=categories)
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
        self._fill_units(teams, stations)
        panel = view.participants
        self.model = ParticipantModel(self)
        panel.table.setModel(self.model)
        panel.configure_columns()
        panel.people.set_people(self.people)
        panel.default_hours.setValue(DEFAULT_HOURS)
        names = {person.id: person.name for person in self.people}
        if stored is None:
            self.setWindowTitle(self.tr("New volunteer activity"))
            view.day.set_value(today)
        else:
            self.setWindowTitle(self.tr("Volunteer activity"))
            view.heading.setText(stored.title)
            view.day.set_value(stored.held_on)
            view.title.setText(stored.title)
            view.category.setCurrentText(stored.category)
            set_choice(view.team, stored.team_id)
            set_choice(view.station, stored.station_id)
            view.place.setText(stored.place)
            view.description.setPlainText(stored.description)
            self.model.set_rows(
                [
                    Participant(line.member_id, names.get(line.member_id, ""), *_time(line))
                    for line in stored.hours
                    if line.member_id is not None
                ]
            )
            if request_id is not None:
                view.hint.setText(
                    view.hint.text()
                    + " "
                    + self.tr(
                        "This activity completed a service request: reopen the request to undo it."
                    )
                )
        self._participants_changed()
        self._baseline = self.collect()

        panel.people.picked.connect(self.add_people)
        panel.add_button.clicked.connect(panel.people.pick_selected)
        panel.remove_button.clicked.connect(self.remove_selected)
        panel.apply_button.clicked.connect(self.apply_time)
        self.model.dataChanged.connect(
            lambda _a, _b, roles=(): is_edit(roles) and self._participants_changed()
        )
        self.model.rowsInserted.connect(lambda *_: self._participants_changed())
        self.model.rowsRemoved.connect(lambda *_: self._participants_changed())
        for field, signal in (
            ("held_on", view.day.changed),
            ("title", view.title.textChanged),
            ("category", view.category.currentTextChanged),
            ("team_id", view.team.currentIndexChanged),
            ("station_id", view.station.currentIndexChanged),
            ("place", view.place.textChanged),
            ("description", view.description.textChanged),
        ):
            signal.connect(lambda *_args, name=field: self._edited(name))
        view.buttons.save.clicked.connect(self.save)
        view.buttons.cancel.clicked.connect(self.reject)
        view.title.setFocus()

    @classmethod
    def edit(
        cls,
        context: AppContext,
        branch_id: int,
        activity_id: int | None = None,
        parent: QWidget | None = None,
    ) -> int | None:
        """Open the dialog modally; the saved activity's id, or None when cancelled."""
        dialog = cls(context, branch_id, activity_id, parent)
        dialog.exec()
        saved = dialog.saved_id
        dialog.deleteLater()
        return saved

    def _fill_units(self, teams: list[tuple[int, str]], stations: list[tuple[int, str]]) -> None:
        view = self.view
        fill_units(view.team, self.tr("No team"), teams)
        fill_units(view.station, self.tr("No station"), stations)

    # participants --------------------------------------------------------------------------

    def add_people(self, people: list[Person]) -> None:
        """Add the picked people with the default time (someone listed already stays once)."""
        panel = self.view.participants
        hours, minutes = panel.default_hours.value(), panel.default_minutes.value()
        added = [
            number
            for person in people
            if (number := self.model.add(person.id, person.name, hours, minutes)) is not None
        ]
        open_time_editors(panel.table)
        if added:
            panel.table.selectRow(added[-1])
            panel.table.scrollTo(self.model.index(added[-1], HOURS))

    def add_by_name(self, *names: str) -> None:
        """Add people by name, as picking them would (tests, quick entry)."""
        self.view.participants.people.pick(names)

    def remove_selected(self) -> None:
        table = self.view.participants.table
        rows = table.selectionModel().selectedRows()
        if rows:
            self.model.remove(rows[0].row())

    def apply_time(self) -> None:
        panel = self.view.participants
        hours, minutes = panel.default_hours.value(), panel.default_minutes.value()
        for number in range(self.model.rowCount()):
            self.model.set_time(number, hours, minutes)

    def _participants_changed(self) -> None:
        panel = self.view.participants
        open_time_editors(panel.table)
        panel.people.set_taken(self.model.member_ids())
        panel.total.setText(
            self.tr("{count} people, {hours} hours in all").format(
                count=self.model.rowCount(), hours=hours_figure(self.model.total_minutes())
            )
        )
        self._edited("hours")

    # reading and saving --------------------------------------------------------------------

    def collect(self) -> ActivityDraft:
        """The activity as the form shows it now (not yet validated)."""
        view = self.view
        return ActivityDraft(
            branch_id=self.branch_id,
            held_on=view.day.value(),
            title=view.title.text(),
            category=view.category.currentText(),
            hours=[row.line() for row in self.model.rows()],
            team_id=view.team.currentData(),
            station_id=view.station.currentData(),
            place=view.place.text(),
            description=view.description.toPlainText(),
        )

    def has_unsaved_changes(self) -> bool:
        return self.saved_id is None and self.collect() != getattr(self, "_baseline", None)

    def _edited(self, field: str) -> None:
        if not hasattr(self, "_baseline"):
            return
        self.errors.clear(field)
        if field == "hours":
            self.model.mark_error(None)
        dirty = self.has_unsaved_changes()
        self.view.buttons.status.setText(self.tr("Unsaved changes") if dirty else "")

    def save(self) -> bool:
        """Store the activity and everyone's hours, or nothing; True when saved."""
        draft = self.collect()
        self.errors.clear()
        self.model.mark_error(None)
        try:
            with self.context.database.unit_of_work(self.context.actor) as session:
                if self.activity_id is None:
                    saved_id = record_activity(session, draft, today=self.context.today())
                else:
                    saved_id = self.activity_id
                    update_activity(session, saved_id, draft, today=self.context.today())
        except ValidationError as error:
            self.show_error(error)
            return False
        except BranchDeskError as error:
            MessageDialog.warn(
                self,
                self.tr("Volunteer activity"),
                self.tr("The activity could not be saved; nothing was changed. ({error})").format(
                    error=error_text(error)
                ),
            )
            return False
        self.saved_id = saved_id
        self.context.show_status(
            self.tr("Saved “{title}” with {count} participants").format(
                title=draft.title.strip(), count=len(draft.hours)
            )
        )
        self.context.data_changed()
        self.accept()
        return True

    def show_error(self, error: ValidationError) -> None:
        """At its field, or at the participant's row (tinted, selected)."""
        message = error_text(error)
        field = error.field
        if field.startswith("hours"):
            row = int(error.params.get("row", 0) or 0) - 1
            self.errors.show("hours", message)
            if 0 <= row < self.model.rowCount():
                self.model.mark_error(row)
                table = self.view.participants.table
                table.selectRow(row)
                table.scrollTo(self.model.index(row, HOURS))
            self.view.participants.table.setFocus()
            return
        widget = self.errors.show(field, message)
        if widget is not None:
            widget.setFocus()

    def error_message(self) -> str:
        """The error the form shows now (the summary line)."""
        return "" if self.view.buttons.error.isHidden() else self.view.buttons.error.text()

    def unsaved_subject(self) -> str:
        return self.collect().title.strip() or self.tr("The volunteer activity")


def _time(line: object) -> tuple[int, int]:
    hours, minutes = getattr(line, "hours", 0) or 0, getattr(line, "minutes", 0) or 0
    return int(hours), int(minutes)
