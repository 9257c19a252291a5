"""Layout of the team or station dialog: its name and place, in service, its people."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.services.volunteer_units import NAME_MAX, PLACE_MAX
from branchdesk.ui.volunteer.form import DialogButtons, Form
from branchdesk.ui.volunteer.people import PeopleList
from branchdesk.ui.volunteer.unit_people import JOINED, LEFT, NAME, ROLE
from branchdesk.ui.widgets.section import titled_section


class UnitDialogView(QWidget):
    """Widgets only; UnitDialog fills, reads and saves them."""

    def __init__(self, *, station: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.name = QLineEdit()
        self.name.setObjectName("unitName")
        self.name.setMaxLength(NAME_MAX)
        self.place = QLineEdit()
        self.place.setObjectName("unitPlace")
        self.place.setMaxLength(PLACE_MAX)
        self.place.setPlaceholderText(self.tr("e.g. Building 5 of the dormitories"))
        self.description = QPlainTextEdit()
        self.description.setObjectName("unitDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(56)
        self.active = QCheckBox(self.tr("In service (offered for new activities)"))
        self.active.setObjectName("unitActive")
        self.form = form = Form()
        fields = form.layout()
        form.add(fields, self.tr("Name"), "name", self.name)
        if station:
            form.add(fields, self.tr("Place"), "place", self.place)
        else:
            self.place.hide()
        form.add(fields, self.tr("What it does"), "description", self.description)
        form.add(fields, "", "active", self.active)

        self.people = PeopleList(checkable=False)
        self.people.setMinimumWidth(170)
        self.add_button = QPushButton(self.tr("Add →"))
        self.add_button.setObjectName("addUnitPersonButton")
        self.remove_button = QPushButton(self.tr("← Remove"))
        self.remove_button.setObjectName("removeUnitPersonButton")
        self.remove_button.setToolTip(
            self.tr("Remove a row entered by mistake; for someone who left, enter the date left")
        )
        middle = QVBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.add_button)
        middle.addWidget(self.remove_button)
        middle.addStretch(2)
        self.table = QTableView()
        self.table.setObjectName("unitPeopleTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.count = QLabel()
        self.count.setObjectName("hint")
        right = QVBoxLayout()
        right.addWidget(self.table, 1)
        right.addWidget(self.count)
        people = QHBoxLayout()
        people.addWidget(self.people, 2)
        people.addLayout(middle)
        people.addLayout(right, 5)
        holder = QWidget()
        holder.setLayout(people)
        people_form = QVBoxLayout()
        # An error about the people outlines the table; the holder has no focus proxy, which
        # would make Tab skip the candidates and buttons before the table.
        form.fields["members"] = self.table
        people_form.addWidget(form.cell("members", holder), 1)
        form.titles["members"] = self.tr("People")

        self.buttons = DialogButtons(self.tr("Save"), "saveUnitButton")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(titled_section(self.tr("The team or station"), fields))
        layout.addWidget(titled_section(self.tr("Members and leaders"), people_form), 1)
        layout.addWidget(self.buttons.error)
        layout.addLayout(self.buttons.row)

    def configure_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ROLE, 96), (JOINED, 170), (LEFT, 170)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
