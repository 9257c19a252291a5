"""Layout of the activity dialog: the activity's fields, and who served for how long."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.rules.volunteer import ACTIVITY_LIMIT_HOURS, MINUTES_PER_HOUR
from branchdesk.core.services.volunteer import PLACE_MAX, TITLE_MAX
from branchdesk.ui.volunteer.form import DialogButtons, Form, category_combo
from branchdesk.ui.volunteer.participants import HOURS, MINUTES, NAME, TIME_WIDTH, TimeDelegate
from branchdesk.ui.volunteer.people import PeopleList
from branchdesk.ui.widgets.dates import OptionalDateEdit
from branchdesk.ui.widgets.section import titled_section


def time_boxes(name: str) -> tuple[QSpinBox, QSpinBox]:
    """An hours box and a minutes box, for a default time."""
    hours, minutes = QSpinBox(), QSpinBox()
    hours.setObjectName(f"{name}Hours")
    minutes.setObjectName(f"{name}Minutes")
    hours.setRange(0, ACTIVITY_LIMIT_HOURS)
    minutes.setRange(0, MINUTES_PER_HOUR - 1)
    minutes.setSingleStep(5)
    return hours, minutes


class ParticipantsPanel(QWidget):
    """Candidates on the left (search, double-click to add), the participants' time right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = PeopleList(checkable=False)
        self.people.setMinimumWidth(170)
        self.add_button = QPushButton(self.tr("Add →"))
        self.add_button.setObjectName("addParticipantButton")
        self.add_button.setToolTip(self.tr("Add the selected people (or double-click a name)"))
        self.remove_button = QPushButton(self.tr("← Remove"))
        self.remove_button.setObjectName("removeParticipantButton")
        # The columns are widgets: Tab reads the candidates' column, then the buttons, then
        # the participants' column.
        middle_column, right_column = QWidget(), QWidget()
        middle = QVBoxLayout(middle_column)
        middle.setContentsMargins(0, 0, 0, 0)
        middle.addStretch(1)
        middle.addWidget(self.add_button)
        middle.addWidget(self.remove_button)
        middle.addStretch(2)

        self.default_hours, self.default_minutes = time_boxes("default")
        self.default_hours.setSuffix(self.tr(" h"))
        self.default_minutes.setSuffix(self.tr(" min"))
        self.apply_button = QPushButton(self.tr("Set for all"))
        self.apply_button.setObjectName("applyTimeButton")
        self.apply_button.setToolTip(self.tr("Give everyone listed this time"))
        defaults = QHBoxLayout()
        defaults.setSpacing(6)
        label = QLabel(self.tr("Time each:"))
        label.setBuddy(self.default_hours)
        for widget in (label, self.default_hours, self.default_minutes, self.apply_button):
            defaults.addWidget(widget)
        defaults.addStretch(1)
        self.table = QTableView()
        self.table.setObjectName("participantTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.delegate = TimeDelegate(self.table)
        self.table.setItemDelegateForColumn(HOURS, self.delegate)
        self.table.setItemDelegateForColumn(MINUTES, self.delegate)
        self.total = QLabel()
        self.total.setObjectName("hint")
        right = QVBoxLayout(right_column)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(4)
        right.addLayout(defaults)
        right.addWidget(self.table, 1)
        right.addWidget(self.total)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.people, 2)
        layout.addWidget(middle_column)
        layout.addWidget(right_column, 3)

    def configure_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (HOURS, MINUTES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, TIME_WIDTH)


class ActivityDialogView(QWidget):
    """Widgets only; ActivityDialog fills, reads and saves them."""

    def __init__(
        self, language: str, *, today: dt.date, categories: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("New volunteer activity"))
        self.heading.setObjectName("pageTitle")
        self.day = OptionalDateEdit(language, today=today)
        self.day.setObjectName("activityDate")
        self.title = QLineEdit()
        self.title.setObjectName("activityTitle")
        self.title.setMaxLength(TITLE_MAX)
        self.category = category_combo("activityCategoryEdit", categories)
        self.team = QComboBox()
        self.team.setObjectName("activityTeam")
        self.station = QComboBox()
        self.station.setObjectName("activityStation")
        self.place = QLineEdit()
        self.place.setObjectName("activityPlace")
        self.place.setMaxLength(PLACE_MAX)
        self.description = QPlainTextEdit()
        self.description.setObjectName("activityDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(64)
        self.participants = ParticipantsPanel()

        self.form = form = Form()
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        cells = (
            (0, 0, self.tr("Date"), "held_on", self.day),
            (0, 2, self.tr("Category"), "category", self.category),
            (1, 0, self.tr("Activity"), "title", self.title),
            (1, 2, self.tr("Place"), "place", self.place),
            (2, 0, self.tr("Service team"), "team_id", self.team),
            (2, 2, self.tr("Service station"), "station_id", self.station),
        )
        for row, column, text, field, widget in cells:
            form.fields[field] = widget
            form.titles[field] = text
            grid.addWidget(form.label(text, widget), row, column)
            grid.addWidget(form.cell(field, widget), row, column + 1)
        form.fields["description"] = self.description
        form.titles["description"] = self.tr("Content")
        grid.addWidget(form.label(self.tr("Content"), self.description), 3, 0)
        grid.addWidget(form.cell("description", self.description), 3, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        activity = QWidget()
        activity.setLayout(grid)

        people = QVBoxLayout()
        # An error about the hours outlines the table; the panel has no focus proxy, which
        # would make Tab skip the candidates and buttons before the table.
        form.fields["hours"] = self.participants.table
        people.addWidget(form.cell("hours", self.participants), 1)
        form.titles["hours"] = self.tr("Participants")
        self.hint = QLabel(
            self.tr(
                "Count the time served only, not the travel. One person serves at most 12 hours"
                " in one activity and 24 hours a day."
            )
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        people.addWidget(self.hint)

        self.buttons = DialogButtons(self.tr("Save"), "saveActivityButton")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        activity_layout = QVBoxLayout()
        activity_layout.setContentsMargins(0, 0, 0, 0)
        activity_layout.addWidget(activity)
        layout.addWidget(titled_section(self.tr("The activity"), activity_layout))
        layout.addWidget(titled_section(self.tr("Who served, and for how long"), people), 1)
        layout.addWidget(self.buttons.error)
        layout.addLayout(self.buttons.row)
