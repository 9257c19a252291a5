"""Layout of the 组织关系变动 dialog: the person's status, their history, the change form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.services.membership import COUNTERPART_MAX, LETTER_MAX
from branchdesk.ui.widgets.dates import OptionalDateEdit
from branchdesk.ui.widgets.section import titled_section

FIELD_MIN_WIDTH = 360
HISTORY_HEIGHT = 150


class StatusChangeView(QWidget):
    """Widgets only; StatusChangeDialog fills, shows and hides, reads and saves them."""

    def __init__(self, language: str, *, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}  # draft attribute → its editor
        self.errors: dict[str, QLabel] = {}  # draft attribute → the message line under it
        self.labels: dict[str, QLabel] = {}  # draft attribute → its row label

        # The person as they are now.
        self.name = QLabel()
        self.stage = QLabel()
        self.org_status = QLabel()
        self.org_status.setObjectName("currentStatus")
        self.left = QLabel()
        self.left.setObjectName("leftNote")
        self.left.setWordWrap(True)
        current = QFormLayout()
        current.setHorizontalSpacing(12)
        current.setVerticalSpacing(6)
        current_labels = [
            QLabel(self.tr("Name")),
            QLabel(self.tr("Stage")),
            QLabel(self.tr("Organisational status")),
            QLabel(self.tr("Left")),
        ]
        for label, value in zip(
            current_labels, (self.name, self.stage, self.org_status, self.left), strict=True
        ):
            current.addRow(label, value)
        self.current_form = current

        self.history = QTableWidget(0, 5)
        self.history.setObjectName("statusHistory")
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Change"),
                self.tr("Other organisation"),
                self.tr("Letter No."),
                self.tr("Notes"),
            ]
        )
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.setAlternatingRowColors(True)
        self.history.setWordWrap(False)
        self.history.verticalHeader().hide()
        self.history.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.history.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.no_history = QLabel(self.tr("No changes recorded yet."))
        self.no_history.setObjectName("hint")
        self.history_stack = QStackedWidget()
        self.history_stack.addWidget(self.history)
        self.history_stack.addWidget(self.no_history)
        self.history_stack.setFixedHeight(HISTORY_HEIGHT)
        history_box = QVBoxLayout()
        history_box.setContentsMargins(8, 8, 8, 8)
        history_box.addWidget(self.history_stack)

        # The change to record.
        self.kind = QComboBox()
        self.kind.setObjectName("statusKind")
        self.kind.setPlaceholderText(self.tr("Choose what happened"))
        self.kind.setMaxVisibleItems(15)
        self.fields["kind"] = self.kind
        self.kind_hint = QLabel()
        self.kind_hint.setObjectName("hint")
        self.kind_hint.setWordWrap(True)
        self.changed_on = OptionalDateEdit(language, today=today)
        self.changed_on.setObjectName("statusDate")
        self.fields["changed_on"] = self.changed_on
        self.counterpart = QLineEdit()
        self.counterpart.setObjectName("statusCounterpart")
        self.counterpart.setMaxLength(COUNTERPART_MAX)
        self.counterpart.setPlaceholderText(self.tr("Full name, e.g. 中共××学院××党支部委员会"))
        self.fields["counterpart"] = self.counterpart
        self.letter_number = QLineEdit()
        self.letter_number.setObjectName("statusLetter")
        self.letter_number.setMaxLength(LETTER_MAX)
        self.fields["letter_number"] = self.letter_number
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("statusNotes")
        self.notes.setTabChangesFocus(True)  # Tab follows the form (DESIGN.md §6)
        self.notes.setFixedHeight(64)
        self.fields["notes"] = self.notes
        self.warning = QLabel()
        self.warning.setObjectName("hint")
        self.warning.setWordWrap(True)
        self.warning.hide()

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self._row(self.tr("What happened *"), "kind", below=self.kind_hint)
        self._row(self.tr("Date *"), "changed_on", below=self.warning)
        self._row(self.tr("Other organisation *"), "counterpart")
        self._row(self.tr("Introduction letter No."), "letter_number")
        self._row(self.tr("Notes"), "notes")
        self.letter_number.setToolTip(
            self.tr("The number on the letter of introduction of the organisational relationship")
        )
        # One label width for both panels, whichever rows the chosen change hides: the fields
        # keep their place when the clerk switches between kinds.
        labels = [*current_labels, *self.labels.values()]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("statusSaveButton")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(14)
        layout.addWidget(titled_section(self.tr("Current status"), current))
        layout.addWidget(titled_section(self.tr("Change history"), history_box))
        # The form's panel takes the spare height: error lines and notes that wrap get room
        # (a trailing stretch would leave the panel at its size hint and clip them).
        change_box = QVBoxLayout()
        change_box.addLayout(self.form)
        change_box.addStretch(1)
        layout.addWidget(titled_section(self.tr("Record a change"), change_box), 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def _row(self, text: str, field: str, *, below: QLabel | None = None) -> None:
        """A label/field row; the field gets a hidden error line (and a note) beneath it."""
        widget = self.fields[field]
        widget.setMinimumWidth(FIELD_MIN_WIDTH)
        message = QLabel()
        message.setObjectName("errorText")
        message.setWordWrap(True)
        message.hide()
        self.errors[field] = message
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(widget)
        cell_layout.addWidget(message)
        if below is not None:
            # Top-aligned: a wrapped note's height is reckoned for a narrower width first.
            below.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            cell_layout.addWidget(below)
        label = QLabel(text)
        label.setBuddy(widget)
        self.labels[field] = label
        self.form.addRow(label, cell)

    def set_row_visible(self, field: str, visible: bool) -> None:
        self.form.setRowVisible(self.labels[field], visible)
