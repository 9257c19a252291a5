"""Layout of the minutes editor: 基本信息, 出席, 议题与记录, 决议 and 附件 tabs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.enums import MeetingKind
from branchdesk.core.services.meeting_drafts import PLACE_MAX, SPEAKER_MAX, TITLE_MAX
from branchdesk.ui.i18n import date_format
from branchdesk.ui.meetings.labels import meeting_kind_label
from branchdesk.ui.study.fields import add_row, class_hours_spin, form_layout, study_form_combo
from branchdesk.ui.widgets.files import AttachmentList
from branchdesk.ui.widgets.section import titled_section
from branchdesk.ui.widgets.tables import TABLE_STYLE
from branchdesk.ui.widgets.tips import set_tip

VOTE_MAX = 999


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.SelectedClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    table.setAlternatingRowColors(True)
    table.setStyleSheet(TABLE_STYLE)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def _error_line(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName("errorText")
    label.setWordWrap(True)
    label.hide()
    return label


def _page(*items: QWidget | QHBoxLayout, stretch: int = -1) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(12, 12, 12, 12)
    layout.setSpacing(8)
    for number, item in enumerate(items):
        if isinstance(item, QHBoxLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item, 1 if number == stretch else 0)
    return page


def _buttons(*buttons: QPushButton, trailing: QWidget | None = None) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    if trailing is not None:
        row.addWidget(trailing)
    return row


class MeetingEditorView(QWidget):
    """Widgets only; MeetingEditor fills, reads and saves them."""

    def __init__(self, language: str, attachments: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingEditorTabs")
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.titles: dict[str, str] = {}
        self.tabs.addTab(self._basics(language), self.tr("Basics"))
        self.tabs.addTab(self._attendance(), self.tr("Attendance"))
        self.tabs.addTab(self._minutes(), self.tr("Agenda and minutes"))
        self.tabs.addTab(self._resolutions(), self.tr("Resolutions"))
        self.tabs.addTab(self._attachments(attachments), self.tr("Attachments"))

        self.error = _error_line("summary")
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveMeetingButton")
        self.save_button.setDefault(True)
        set_tip(self.save_button, self.tr("Save"), QKeySequence.StandardKey.Save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def _add(self, form: QFormLayout, text: str, field: str, widget: QWidget) -> None:
        self.fields[field] = widget
        add_row(form, text, field, widget, self.errors, self.titles)

    def _basics(self, language: str) -> QWidget:
        self.kind = QComboBox()
        self.kind.setObjectName("meetingKind")
        for kind in MeetingKind:
            self.kind.addItem(meeting_kind_label(kind), kind)
        self.group = QComboBox()
        self.group.setObjectName("meetingGroup")
        self.sequence = QSpinBox()
        self.sequence.setObjectName("meetingSequence")
        self.sequence.setRange(1, 999)
        self.sequence.setPrefix(self.tr("No. "))
        self.sequence.setSuffix(self.tr(" (of this kind in the year)"))
        self.sequence.setMaximumWidth(240)
        self.title = QLineEdit()
        self.title.setObjectName("meetingTitle")
        self.title.setMaxLength(TITLE_MAX)
        self.title.setPlaceholderText(self.tr("e.g. Branch assembly on admitting a new member"))
        self.day = QDateEdit()
        self.day.setObjectName("meetingDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_format(language))
        self.start_time = QTimeEdit()
        self.start_time.setDisplayFormat("HH:mm")
        self.has_end = QCheckBox(self.tr("ends at"))
        self.end_time = QTimeEdit()
        self.end_time.setDisplayFormat("HH:mm")
        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.day, self.start_time, self.has_end, self.end_time):
            when_row.addWidget(widget)
        when_row.addStretch(1)
        when.setFocusProxy(self.day)
        self.place = QLineEdit()
        self.place.setObjectName("meetingPlace")
        self.place.setMaxLength(PLACE_MAX)
        self.host = QComboBox()
        self.host.setObjectName("meetingHost")
        self.recorder = QComboBox()
        self.recorder.setObjectName("meetingRecorder")
        self.speaker = QLineEdit()
        self.speaker.setObjectName("meetingSpeaker")
        self.speaker.setMaxLength(SPEAKER_MAX)
        self.speaker.setPlaceholderText(self.tr("Who gave the Party lecture"))
        form = form_layout()
        for text, field, widget in (
            (self.tr("Kind"), "kind", self.kind),
            (self.tr("Party group"), "party_group_id", self.group),
            (self.tr("Number in the year"), "sequence_no", self.sequence),
            (self.tr("Title"), "title", self.title),
            (self.tr("When"), "starts_at", when),
            (self.tr("Place"), "place", self.place),
            (self.tr("Host"), "host_id", self.host),
            (self.tr("Recorder"), "recorder_id", self.recorder),
            (self.tr("Lecturer"), "speaker", self.speaker),
        ):
            self._add(form, text, field, widget)
        self.errors["ends_at"] = self.errors["starts_at"]  # one line under 时间
        self.fields["ends_at"] = self.end_time
        self.titles["ends_at"] = self.titles["starts_at"]
        self.form = form
        return _page(
            titled_section(self.tr("The meeting"), form), self._study(), QWidget(), stretch=2
        )

    def _study(self) -> QWidget:
        """Whether the meeting counts as collective study, with what form and class hours."""
        self.counts_as_study = QCheckBox(
            self.tr("Counts as collective study for everyone who attended")
        )
        self.counts_as_study.setObjectName("countsAsStudy")
        self.counts_as_study.setToolTip(
            self.tr(
                "Each attendee gets an entry in the study notebook, and its class hours count"
                " toward the yearly target"
            )
        )
        self.study_form = study_form_combo("meetingStudyForm")
        self.study_hours = class_hours_spin()
        self.study_hours.setObjectName("meetingStudyHours")
        form = form_layout()
        form.addRow(self.counts_as_study)
        for text, field, widget in (
            (self.tr("Form of study"), "study_form", self.study_form),
            (self.tr("Class hours"), "study_class_hours", self.study_hours),
        ):
            self._add(form, text, field, widget)
        self.study_form_layout = form
        return titled_section(self.tr("Study"), form)

    def _attendance(self) -> QWidget:
        self.counts = QLabel()
        self.counts.setObjectName("attendanceCounts")
        self.counts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.all_present = QPushButton(self.tr("Everyone present"))
        self.attendance = _table("attendanceTable")
        self.attendance_error = _error_line("attendance")
        self.guests = _table("guestTable")
        self.guests.setMaximumHeight(130)
        self.add_guest = QPushButton(self.tr("Add guest"))
        self.remove_guest = QPushButton(self.tr("Remove guest"))
        guests_title = QLabel(self.tr("Guests attending without a vote (列席)"))
        guests_title.setObjectName("sectionTitle")
        return _page(
            _buttons(self.counts, trailing=self.all_present),
            self.attendance,
            self.attendance_error,
            guests_title,
            self.guests,
            _buttons(self.add_guest, self.remove_guest),
            stretch=1,
        )

    def _minutes(self) -> QWidget:
        agenda_title = QLabel(self.tr("Agenda items"))
        agenda_title.setObjectName("sectionTitle")
        self.agenda = _table("agendaTable")
        self.agenda.setMaximumHeight(150)
        self.add_item = QPushButton(self.tr("Add item"))
        self.remove_item = QPushButton(self.tr("Remove item"))
        self.minutes_error = _error_line("minutes")
        minutes_title = QLabel(self.tr("Minutes: what was said, dissent included"))
        minutes_title.setObjectName("sectionTitle")
        self.template_button = QPushButton(self.tr("Insert headings"))
        self.template_button.setToolTip(
            self.tr("The headings the minutes of this kind usually have; you write the content")
        )
        self.raise_problem_button = QPushButton(self.tr("Raise a rectification problem…"))
        self.raise_problem_button.setObjectName("raiseMeetingProblemButton")
        self.raise_problem_button.setToolTip(
            self.tr("Put a problem found at this organisational life meeting on the ledger")
        )
        self.minutes = QPlainTextEdit()
        self.minutes.setObjectName("meetingMinutes")
        self.minutes.setTabChangesFocus(True)
        return _page(
            agenda_title,
            self.agenda,
            _buttons(self.add_item, self.remove_item),
            self.minutes_error,
            _buttons(self.template_button, self.raise_problem_button, trailing=minutes_title),
            self.minutes,
            stretch=5,
        )

    def _resolutions(self) -> QWidget:
        self.resolution_list = QListWidget()
        self.resolution_list.setObjectName("resolutionList")
        self.resolution_list.setMaximumHeight(110)
        self.add_resolution = QPushButton(self.tr("Add resolution"))
        self.remove_resolution = QPushButton(self.tr("Remove resolution"))
        self.resolution_kind = QComboBox()
        self.resolution_kind.setObjectName("resolutionKind")
        self.subject = QComboBox()
        self.subject.setObjectName("resolutionSubject")
        self.resolution_text = QPlainTextEdit()
        self.resolution_text.setObjectName("resolutionText")
        self.resolution_text.setTabChangesFocus(True)
        self.resolution_text.setMaximumHeight(80)
        self.votes: dict[str, QSpinBox] = {}
        votes = QHBoxLayout()
        for key, text in (
            ("expected", self.tr("Voting members expected")),
            ("present", self.tr("present")),
            ("in_favour", self.tr("For")),
            ("against", self.tr("Against")),
            ("abstaining", self.tr("Abstaining")),
        ):
            spin = QSpinBox()
            spin.setObjectName(f"votes_{key}")
            spin.setRange(0, VOTE_MAX)
            label = QLabel(text)
            label.setBuddy(spin)
            votes.addWidget(label)
            votes.addSpacing(4)
            votes.addWidget(spin)
            votes.addSpacing(12)
            self.votes[key] = spin
        self.votes_from_attendance = QPushButton(self.tr("Take the counts from the attendance"))
        votes.addStretch(1)
        votes.addWidget(self.votes_from_attendance)
        self.outcome = QComboBox()
        self.outcome.setObjectName("resolutionOutcome")
        self.result = QLabel()
        self.result.setObjectName("voteResult")
        self.result.setWordWrap(True)
        self.resolution_error = _error_line("resolution")
        form = form_layout()
        form.addRow(self.tr("What it decides"), self.resolution_kind)
        form.addRow(self.tr("Concerning"), self.subject)
        form.addRow(self.tr("Resolution"), self.resolution_text)
        form.addRow(self.tr("Votes"), votes)
        form.addRow(self.tr("Outcome"), self.outcome)
        self.resolution_form = titled_section(self.tr("The selected resolution"), form)
        return _page(
            self.resolution_list,
            _buttons(self.add_resolution, self.remove_resolution),
            self.resolution_form,
            self.result,
            self.resolution_error,
            QWidget(),
            stretch=5,
        )

    def _attachments(self, store: Path) -> QWidget:
        hint = QLabel(
            self.tr("The signed attendance sheet, photos of the meeting, documents handed out.")
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.attachments = AttachmentList(store)
        self.attachments.list.setMaximumHeight(16777215)
        return _page(hint, self.attachments, stretch=1)

    def configure_columns(self) -> None:
        """Once the models are set: names fit, reasons and text take the room."""
        for table, stretch in ((self.attendance, 3), (self.guests, 1), (self.agenda, 1)):
            header = table.horizontalHeader()
            for column in range(table.model().columnCount()):
                header.setSectionResizeMode(
                    column,
                    QHeaderView.ResizeMode.Stretch
                    if column == stretch
                    else QHeaderView.ResizeMode.ResizeToContents,
                )
        self.attendance.setColumnWidth(2, 110)
        self.attendance.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
