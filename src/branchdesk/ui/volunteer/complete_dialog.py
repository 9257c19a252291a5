"""接单完成: a dispatched request is completed, and its activity with each serving assignee's
hours is recorded in the same step (core/services/volunteer_requests.complete_request)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)
from sqlalchemy.orm import Session

from branchdesk.core.services.volunteer import PLACE_MAX, TITLE_MAX
from branchdesk.core.services.volunteer_requests import (
    RequestCompletion,
    RequestRow,
    complete_request,
)
from branchdesk.core.services.volunteer_units import UnitKind, unit_choices
from branchdesk.ui.context import AppContext
from branchdesk.ui.volunteer.form import fill_units
from branchdesk.ui.volunteer.participants import (
    HOURS,
    MINUTES,
    NAME,
    TIME_WIDTH,
    Participant,
    ParticipantModel,
    TimeDelegate,
    is_edit,
    open_time_editors,
)
from branchdesk.ui.volunteer.request_steps import rating_combo, request_summary
from branchdesk.ui.volunteer.step_dialog import StepDialog
from branchdesk.ui.widgets.dates import OptionalDateEdit

DEFAULT_HOURS = 1


class CompleteDialog(StepDialog):
    """The completion date, each assignee's time (0 for one who did not serve), notes, the
    rating, and where the activity it records belongs."""

    SIZE = (640, 720)

    def __init__(self, context: AppContext, row: RequestRow, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.row = row
        self.set_titles(
            self.tr("Complete request {number}").format(number=row.number),
            self.tr("The service"),
            self.tr("Complete and record the hours"),
        )
        self.explain(
            request_summary(row)
            + "\n"
            + self.tr(
                "Completing records an activity with each assignee's hours in the hours ledger."
                " Leave 0 for an assignee who did not serve."
            )
        )
        today = context.today()
        with context.database.reading() as session:
            teams = unit_choices(session, row.branch_id, UnitKind.TEAM)
            stations = unit_choices(session, row.branch_id, UnitKind.STATION)
        self.completed_on = OptionalDateEdit(context.language, today=today)
        self.completed_on.setObjectName("completedOn")
        self.completed_on.set_value(today)
        self.model = ParticipantModel(self)
        self.model.set_rows(
            [
                Participant(member_id, name, DEFAULT_HOURS, 0)
                for member_id, name in zip(row.assignee_ids, row.assignees, strict=True)
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("completionHours")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setMinimumHeight(130)
        self.delegate = TimeDelegate(self.table)
        for column in (HOURS, MINUTES):
            self.table.setItemDelegateForColumn(column, self.delegate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (HOURS, MINUTES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, TIME_WIDTH)
        open_time_editors(self.table)
        self.rating = rating_combo("completionRating", self.tr("Not rated yet"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("completionNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.title = QLineEdit()
        self.title.setObjectName("completionTitle")
        self.title.setMaxLength(TITLE_MAX)
        self.title.setPlaceholderText(f"{row.category}：接单服务（{row.number}）")
        self.place = QLineEdit()
        self.place.setObjectName("completionPlace")
        self.place.setMaxLength(PLACE_MAX)
        self.team, self.station = QComboBox(), QComboBox()
        fill_units(self.team, self.tr("No team"), teams)
        fill_units(self.station, self.tr("No station"), stations)
        add = self.form.add
        add(self.fields, self.tr("Completed on"), "completed_on", self.completed_on)
        add(self.fields, self.tr("Hours served"), "hours", self.table)
        add(self.fields, self.tr("Requester's rating"), "rating", self.rating)
        add(self.fields, self.tr("Notes"), "notes", self.notes)
        add(self.fields, self.tr("Activity"), "title", self.title)
        add(self.fields, self.tr("Place"), "place", self.place)
        add(self.fields, self.tr("Service team"), "team_id", self.team)
        add(self.fields, self.tr("Service station"), "station_id", self.station)
        self.ready()
        self.completed_on.setFocus()
        self.watch("completed_on", self.completed_on.changed)
        self.model.dataChanged.connect(self._time_changed)
        self.watch("rating", self.rating.currentIndexChanged)
        self.watch("notes", self.notes.textChanged)
        self.watch("title", self.title.textChanged)
        self.watch("place", self.place.textChanged)
        self.watch("team_id", self.team.currentIndexChanged)
        self.watch("station_id", self.station.currentIndexChanged)
        self._served: list[int] = []  # table rows of the lines last sent

    def _time_changed(self, _first: object, _last: object, roles: Sequence[int] = ()) -> None:
        if is_edit(roles):
            self.model.mark_error(None)
            self.edited("hours")

    def collect(self) -> RequestCompletion:
        """The completion: only the assignees with a time served."""
        served = [number for number, line in enumerate(self.model.rows()) if line.total]
        self._served = served
        return RequestCompletion(
            completed_on=self.completed_on.value(),
            hours=[self.model.row(number).line() for number in served],
            notes=self.notes.toPlainText(),
            rating=self.rating.currentData(),
            title=self.title.text(),
            place=self.place.text(),
            team_id=self.team.currentData(),
            station_id=self.station.currentData(),
        )

    def write(self, session: Session) -> int:
        completion = self.collect()
        return complete_request(session, self.row.id, completion, today=self.context.today())

    def row_error(self, field: str, row: int) -> None:
        if field == "hours" and 0 <= row < len(self._served):
            number = self._served[row]  # the row of the line core named
            self.model.mark_error(number)
            self.table.selectRow(number)

    def done_text(self) -> str:
        return self.tr("Completed request {number}; the hours are in the ledger").format(
            number=self.row.number
        )
