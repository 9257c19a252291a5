"""Layout of the inspection dialog: kind, date, who inspected, scope, findings, files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.enums import InspectionKind
from branchdesk.core.services.inspections import INSPECTOR_MAX, SCOPE_MAX
from branchdesk.ui.ledger.labels import inspection_kind_label
from branchdesk.ui.study.fields import add_row, form_layout
from branchdesk.ui.widgets.dates import OptionalDateEdit
from branchdesk.ui.widgets.files import AttachmentList
from branchdesk.ui.widgets.section import titled_section
from branchdesk.ui.widgets.tips import set_tip

FIELD_MIN_WIDTH = 360


class InspectionDialogView(QWidget):
    """Widgets only; InspectionDialog fills, reads and saves them."""

    def __init__(
        self, language: str, attachments: Path, *, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.branch = QLabel()
        self.branch.setObjectName("pageSubtitle")
        self.problems = QLabel()
        self.problems.setObjectName("hint")
        self.problems.setWordWrap(True)
        self.problems.hide()

        self.kind = QComboBox()
        self.kind.setObjectName("inspectionKind")
        for kind in InspectionKind:
            self.kind.addItem(inspection_kind_label(kind), kind.value)
        self.day = OptionalDateEdit(language, today=today)
        self.day.setObjectName("inspectionDate")
        self.inspector = QLineEdit()
        self.inspector.setObjectName("inspectionInspector")
        self.inspector.setMaxLength(INSPECTOR_MAX)
        self.inspector.setPlaceholderText(
            self.tr("e.g. the branch committee, the college Party committee, a patrol team")
        )
        self.scope = QLineEdit()
        self.scope.setObjectName("inspectionScope")
        self.scope.setMaxLength(SCOPE_MAX)
        self.scope.setPlaceholderText(self.tr("What was inspected, e.g. the study records"))
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("inspectionSummary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(100)
        self.summary.setPlaceholderText(
            self.tr(
                "The findings in general; each problem goes on the ledger with Raise a problem…"
            )
        )
        self.files = AttachmentList(attachments)
        self.files.setObjectName("inspectionFiles")
        self.fields: dict[str, QWidget] = {
            "kind": self.kind,
            "inspected_on": self.day,
            "inspector": self.inspector,
            "scope": self.scope,
            "summary": self.summary,
        }
        self.errors: dict[str, QLabel] = {}
        self.titles: dict[str, str] = {}
        form = form_layout()
        for text, field, widget in (
            (self.tr("Kind"), "kind", self.kind),
            (self.tr("Date"), "inspected_on", self.day),
            (self.tr("Inspected by *"), "inspector", self.inspector),
            (self.tr("Scope"), "scope", self.scope),
            (self.tr("Findings"), "summary", self.summary),
        ):
            add_row(form, text, field, widget, self.errors, self.titles)
        for widget in (self.kind, self.day, self.inspector, self.scope):
            widget.setMinimumWidth(FIELD_MIN_WIDTH)
        files = QVBoxLayout()
        hint = QLabel(self.tr("Check lists, photos, the feedback letter."))
        hint.setObjectName("hint")
        files.addWidget(hint)
        files.addWidget(self.files)

        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveInspectionButton")
        self.save_button.setDefault(True)
        set_tip(self.save_button, self.tr("Save"), QKeySequence.StandardKey.Save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        heading = QHBoxLayout()
        heading.addWidget(self.heading)
        heading.addSpacing(12)
        heading.addWidget(self.branch)
        heading.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(12)
        layout.addLayout(heading)
        layout.addWidget(self.problems)
        layout.addWidget(titled_section(self.tr("The inspection"), form), 1)
        layout.addWidget(titled_section(self.tr("Files"), files))
        layout.addWidget(self.error)
        layout.addLayout(buttons)
