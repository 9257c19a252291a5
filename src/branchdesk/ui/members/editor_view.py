"""Layout of the member editor (党员基本信息): titled sections of fields, errors, buttons."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.enums import Gender, OrgStatus, PersonType, Stage
from branchdesk.core.rules.idnumber import IdType
from branchdesk.ui.labels import stage_label
from branchdesk.ui.members.labels import gender_label, org_status_label, person_type_label
from branchdesk.ui.widgets.dates import OptionalDateEdit
from branchdesk.ui.widgets.section import titled_section

NAME_MAX = 60  # core's limit (services/members.py)
FIELD_MIN_WIDTH = 220
LATEST_PLANNED = QDate(2100, 12, 31)  # 预计离校日期 lies ahead


class MemberEditorView(QWidget):
    """Widgets only; MemberEditorDialog fills, reads, validates and saves them."""

    def __init__(
        self, language: str, *, today: dt.date, new: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}  # draft attribute → its editor
        self.errors: dict[str, QLabel] = {}  # draft attribute → the message line under it
        self.titles: dict[str, str] = {}  # draft attribute → its label, without the "*"

        def line(field: str, max_length: int = 100) -> QLineEdit:
            edit = QLineEdit()
            edit.setMaxLength(max_length)
            self.fields[field] = edit
            return edit

        def date(field: str) -> OptionalDateEdit:
            edit = OptionalDateEdit(language, today=today)
            self.fields[field] = edit
            return edit

        def combo(field: str, items: list[tuple[str, object]]) -> QComboBox:
            box = QComboBox()
            for text, value in items:
                box.addItem(text, value)
            self.fields[field] = box
            return box

        self.name = line("name", NAME_MAX)
        self.gender = combo(
            "gender",
            [(self.tr("From the ID number"), None)] + [(gender_label(g), g) for g in Gender],
        )
        self.ethnicity = line("ethnicity", 20)
        self.birth_date = date("birth_date")
        self.id_type = combo(
            "id_type",
            [
                (self.tr("Resident ID card"), IdType.RESIDENT),
                (self.tr("Passport"), IdType.PASSPORT),
                (self.tr("Hong Kong/Macau permit"), IdType.HK_MACAU),
                (self.tr("Taiwan permit"), IdType.TAIWAN),
            ],
        )
        self.id_number = line("id_number", 30)
        self.native_place = line("native_place")
        self.education = line("education", 40)
        identity = self._form(
            [
                (self.tr("Name *"), "name"),
                (self.tr("Gender"), "gender"),
                (self.tr("Ethnicity"), "ethnicity"),
                (self.tr("ID type"), "id_type"),
                (self.tr("ID number"), "id_number"),
                (self.tr("Date of birth"), "birth_date"),
                (self.tr("Native place"), "native_place"),
                (self.tr("Education"), "education"),
            ]
        )

        self.branch = combo("branch_id", [])
        self.person_type = combo("person_type", [(person_type_label(t), t) for t in PersonType])
        self.stage = combo("stage", [(stage_label(s), s) for s in Stage])
        self.org_status = combo("org_status", [(org_status_label(s), s) for s in OrgStatus])
        self.party_group = combo("party_group_id", [])
        self.stage.setEnabled(new)
        if not new:
            self.stage.setToolTip(
                self.tr("The stage changes through the development steps, not here.")
            )
        self.org_status.setEnabled(new)
        if not new:
            self.org_status.setToolTip(
                self.tr(
                    "Transfers, flows and exits are recorded with Status change in the member list."
                )
            )
        self.league_member = QCheckBox(self.tr("Yes"))
        self.fields["league_member"] = self.league_member
        self.league_recommended_on = date("league_recommended_on")
        organisation = self._form(
            [
                (self.tr("Branch *"), "branch_id"),
                (self.tr("Party group"), "party_group_id"),
                (self.tr("Person type"), "person_type"),
                (self.tr("Stage"), "stage"),
                (self.tr("Organisational status"), "org_status"),
                (self.tr("Communist Youth League member"), "league_member"),
                (self.tr("Recommended by the League"), "league_recommended_on"),
            ]
        )

        self.student_number = line("student_number", 30)
        self.grade = line("grade", 20)
        self.class_name = line("class_name", 60)
        self.department = line("department", 100)
        self.job_post = line("job_post", 100)
        self.expected_leave_on = date("expected_leave_on")
        self.expected_leave_on.edit.setMaximumDate(LATEST_PLANNED)
        self.dormitory = line("dormitory", 60)
        school = self._form(
            [
                (self.tr("Student/staff number"), "student_number"),
                (self.tr("Grade"), "grade"),
                (self.tr("Class"), "class_name"),
                (self.tr("Department"), "department"),
                (self.tr("Job post"), "job_post"),
                (self.tr("Expected leaving date"), "expected_leave_on"),
                (self.tr("Dormitory"), "dormitory"),
            ]
        )

        self.phone = line("phone", 30)
        self.address = line("address", 200)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab follows the form (DESIGN.md §6)
        self.notes.setFixedHeight(70)
        self.fields["notes"] = self.notes
        contact = self._form(
            [
                (self.tr("Phone"), "phone"),
                (self.tr("Home/current address"), "address"),
                (self.tr("Notes"), "notes"),
            ]
        )

        self.step_dates: dict[str, OptionalDateEdit] = {}
        steps_box: QWidget | None = None
        if new:
            for field in ("applied_on", "activist_on", "candidate_on", "admitted_on"):
                self.step_dates[field] = date(field)
            self.step_dates["confirmed_on"] = date("confirmed_on")
            steps = self._form(
                [
                    (self.tr("Application submitted"), "applied_on"),
                    (self.tr("Activist from"), "activist_on"),
                    (self.tr("Candidate from"), "candidate_on"),
                    (self.tr("Admitted"), "admitted_on"),
                    (self.tr("Confirmed"), "confirmed_on"),
                ]
            )
            steps_box = titled_section(self.tr("Development dates"), steps)

        # Each column is a widget: Tab reads a column's sections top to bottom, then the next.
        left_column, right_column = QWidget(), QWidget()
        left = QVBoxLayout(left_column)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(16)
        left.addWidget(titled_section(self.tr("Identity"), identity))
        left.addWidget(titled_section(self.tr("School"), school))
        left.addStretch(1)
        right = QVBoxLayout(right_column)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(16)
        right.addWidget(titled_section(self.tr("Organisation"), organisation))
        right.addWidget(titled_section(self.tr("Contact"), contact))
        if steps_box is not None:
            right.addWidget(steps_box)
        right.addStretch(1)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(20, 16, 20, 16)
        columns.setSpacing(20)
        columns.addWidget(left_column, 1)
        columns.addWidget(right_column, 1)
        self.scroll = QScrollArea()
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame: Tab goes to its fields
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        # Shown for someone who left: their file opens read-only until the clerk unlocks it.
        self.left_text = QLabel()
        self.left_text.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("Edit anyway"))
        self.unlock_button.setObjectName("unlockButton")
        self.left_banner = QFrame()
        self.left_banner.setObjectName("notice")
        banner = QHBoxLayout(self.left_banner)
        banner.setContentsMargins(20, 8, 20, 8)
        banner.addWidget(self.left_text, 1)
        banner.addWidget(self.unlock_button)
        self.left_banner.hide()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("memberTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.scroll, self.tr("Basic information"))

        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printFormButton")
        self.print_button.setToolTip(self.tr("Print the file as it is saved"))
        print_menu = QMenu(self.print_button)
        self.print_card = print_menu.addAction(self.tr("Member information form"))
        self.print_record = print_menu.addAction(self.tr("Development record"))
        self.print_button.setMenu(print_menu)
        self.print_button.setEnabled(not new)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(20, 8, 20, 12)
        buttons.addWidget(self.print_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.status)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.left_banner)
        layout.addWidget(self.tabs, 1)
        error_row = QHBoxLayout()
        error_row.setContentsMargins(20, 6, 20, 0)
        error_row.addWidget(self.error)
        layout.addLayout(error_row)
        layout.addLayout(buttons)

    def _form(self, rows: list[tuple[str, str]]) -> QFormLayout:
        """A label/field form; each field gets a hidden error line beneath it."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        for text, field in rows:
            widget = self.fields[field]
            widget.setMinimumWidth(FIELD_MIN_WIDTH)
            message = QLabel()
            message.setObjectName("errorText")
            message.setWordWrap(True)
            message.hide()
            self.errors[field] = message
            self.titles[field] = text.removesuffix("*").strip()
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(widget)
            cell_layout.addWidget(message)
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, cell)
        return form
