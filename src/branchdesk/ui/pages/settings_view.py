"""Layout of the settings page (设置): branches, clerk, language, local rules, save bar."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.rules.local_rules import RULE_LIMITS, LocalRules
from branchdesk.ui.pages.rule_texts import CONTEXT as RULES_CONTEXT
from branchdesk.ui.pages.rule_texts import RULE_TEXTS, SECTIONS
from branchdesk.ui.pages.settings_branches import BranchTable
from branchdesk.ui.widgets.layout import hint
from branchdesk.ui.widgets.section import titled_section
from branchdesk.ui.widgets.tips import set_tip

CLERK_NAME_MAX = 60  # core's limit (services/settings.py)

# Each language is named in itself, so a reader finds theirs whatever the UI language is.
LANGUAGE_NAMES = (("zh_CN", "中文（简体）"), ("en", "English"))


class SettingsView(QWidget):
    """Widgets only; SettingsPage loads, compares, validates and saves."""

    def __init__(self, language: str, *, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Settings"))
        title.setObjectName("pageTitle")

        self.branches = BranchTable(language, today=today)
        branch_layout = QVBoxLayout()
        branch_layout.addWidget(
            hint(
                self.tr(
                    "The Party branches kept in this archive. The first branch's name appears in "
                    "the window title and in the header of printed forms. The committee's "
                    "election date drives the reminder before its 3-year term ends."
                )
            )
        )
        branch_layout.addWidget(self.branches)
        branch_box = titled_section(self.tr("Branches"), branch_layout)

        self.clerk_name = QLineEdit()
        self.clerk_name.setMaxLength(CLERK_NAME_MAX)
        self.clerk_name.setPlaceholderText(self.tr("Your name"))
        clerk_layout = QVBoxLayout()
        clerk_layout.addWidget(self.clerk_name)
        clerk_layout.addWidget(
            hint(self.tr("Recorded with every change in the audit trail and on handoff lists."))
        )
        clerk_box = titled_section(self.tr("Clerk"), clerk_layout)

        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        language_layout = QVBoxLayout()
        language_layout.addWidget(self.language)
        language_layout.addWidget(
            hint(self.tr("A new language applies the next time BranchDesk starts."))
        )
        language_box = titled_section(self.tr("Language"), language_layout)
        people_row = QHBoxLayout()
        people_row.addWidget(clerk_box, 1)
        people_row.addWidget(language_box, 1)

        self.rules: dict[str, QSpinBox] = {}
        rules_layout = QVBoxLayout()
        rules_layout.addWidget(
            hint(
                self.tr(
                    "Rules that differ between schools and provinces. The defaults follow the "
                    "Party's regulations; change them only when your Party committee asks so."
                )
            )
        )
        columns = QHBoxLayout()
        columns.setSpacing(24)
        for section_title, names in SECTIONS:
            columns.addLayout(self._ruletitled_section(section_title, names), 1)
        rules_layout.addLayout(columns)
        self.rules_box = titled_section(self.tr("Local rules"), rules_layout)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        body_layout.setSpacing(14)
        body_layout.addWidget(branch_box)
        body_layout.addLayout(people_row)
        body_layout.addWidget(self.rules_box)
        body_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)

        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Forget the changes and show the saved settings"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setShortcut("Ctrl+S")
        set_tip(self.save_button, self.tr("Save the settings"), QKeySequence.StandardKey.Save)
        for button in (self.revert_button, self.save_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(96)
        bar = QHBoxLayout()
        bar.addWidget(self.error, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bar)

    def _ruletitled_section(self, section_title: str, names: tuple[str, ...]) -> QVBoxLayout:
        heading = QLabel(QCoreApplication.translate(RULES_CONTEXT, section_title))
        heading.setObjectName("subsectionTitle")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        defaults = LocalRules()
        for name in names:
            text = RULE_TEXTS[name]
            low, high = RULE_LIMITS[name]
            spin = QSpinBox()
            spin.setObjectName(f"rule_{name}")
            spin.setRange(low, high)
            spin.setMinimumWidth(120)
            # "1 month" but "3 months": the suffix follows the value
            spin.valueChanged.connect(lambda value, s=spin, t=text: s.setSuffix(t.unit_text(value)))
            spin.setSuffix(text.unit_text(spin.value()))
            tooltip = self.tr("{hint}\nDefault {default}; allowed {low}–{high}.").format(
                hint=text.hint_text(), default=getattr(defaults, name), low=low, high=high
            )
            spin.setToolTip(tooltip)
            label = QLabel(text.label_text())
            label.setToolTip(tooltip)
            label.setBuddy(spin)
            form.addRow(label, spin)
            self.rules[name] = spin
        column = QVBoxLayout()
        column.setSpacing(8)  # else it inherits the 24 px between the two columns
        column.addWidget(heading)
        column.addLayout(form)
        column.addStretch(1)
        return column
