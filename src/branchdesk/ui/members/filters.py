"""The filter bar above the member list: combos for each field, and "include people who left".

Combos offer only values present in the archive (core.member_list.filter_options); the first
item of each is "all", whose data is None.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from branchdesk.core.enums import OrgStatus, PersonType, Stage
from branchdesk.core.member_list import FilterOptions, MemberFilter
from branchdesk.ui.labels import stage_label
from branchdesk.ui.members.labels import org_status_label, person_type_label


class FilterBar(QWidget):
    """Widgets and their reading into a MemberFilter; ``changed`` fires on any choice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.branch = self._combo("branchFilter")
        self.stage = self._combo("stageFilter")
        self.person_type = self._combo("typeFilter")
        self.org_status = self._combo("statusFilter")
        self.party_group = self._combo("groupFilter")
        self.grade = self._combo("gradeFilter")
        self.class_name = self._combo("classFilter")
        self.include_left = QCheckBox(self.tr("Include people who left"))
        self.include_left.toggled.connect(self.changed)
        self.inactive = QCheckBox(self.tr("No organisational life for 6 months"))
        self.inactive.setObjectName("inactiveFilter")
        self.inactive.setToolTip(
            self.tr(
                "Party members who attended no meeting in the last 6 months"
                " (Party Constitution, Article 9)"
            )
        )
        self.inactive.toggled.connect(self.changed)

        self._fill(self.stage, [(stage_label(stage), stage) for stage in Stage])
        self._fill(self.person_type, [(person_type_label(kind), kind) for kind in PersonType])
        self._fill(self.org_status, [(org_status_label(status), status) for status in OrgStatus])
        self.set_options(FilterOptions((), (), (), ()))

        # Two rows of label + combo pairs: one row would not fit 1280 px with the Chinese names.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        pairs = [
            (self.tr("Branch"), self.branch),
            (self.tr("Stage"), self.stage),
            (self.tr("Type"), self.person_type),
            (self.tr("Status"), self.org_status),
            (self.tr("Party group"), self.party_group),
            (self.tr("Grade"), self.grade),
            (self.tr("Class"), self.class_name),
        ]
        for number, (text, combo) in enumerate(pairs):
            row, column = divmod(number, 4)
            label = QLabel(text)
            label.setBuddy(combo)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(combo, row, column * 2 + 1)
        checks = QHBoxLayout()
        checks.setSpacing(16)
        checks.addWidget(self.include_left)
        checks.addWidget(self.inactive)
        checks.addStretch(1)
        grid.addLayout(checks, 1, 6, 1, 2)
        for column in range(1, 8, 2):
            grid.setColumnStretch(column, 1)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setMinimumContentsLength(8)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        return combo

    def _fill(self, combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        """Replace the items, keeping the current choice when it is still offered."""
        current = combo.currentData()
        combo.blockSignals(True)  # one ``changed`` at most, from the caller
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for text, value in items:
            combo.addItem(text, value)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def set_options(self, options: FilterOptions) -> None:
        self._fill(self.branch, [(name, key) for key, name in options.branches])
        self._fill(self.party_group, [(name, key) for key, name in options.party_groups])
        self._fill(self.grade, [(grade, grade) for grade in options.grades])
        self._fill(self.class_name, [(name, name) for name in options.classes])

    def member_filter(self, text: str, *, today: dt.date) -> MemberFilter:
        stage = self.stage.currentData()
        return MemberFilter(
            text=text,
            branch_id=self.branch.currentData(),
            stages=frozenset({Stage(stage)}) if stage is not None else frozenset(),
            person_type=self.person_type.currentData(),
            org_status=self.org_status.currentData(),
            party_group_id=self.party_group.currentData(),
            grade=self.grade.currentData() or "",
            class_name=self.class_name.currentData() or "",
            exited=None if self.include_left.isChecked() else False,
            inactive_on=today if self.inactive.isChecked() else None,
        )
