"""Choosing what goes on the member roster (党员花名册) before it is previewed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from branchdesk.core.services.settings import list_branches
from branchdesk.ui.context import AppContext


@dataclass(frozen=True)
class RosterChoice:
    branch_name: str
    full_id: bool  # the full ID numbers instead of masked ones: the printout holds personal data


class RosterPrintDialog(QDialog):
    """The branch and whether to show full ID numbers; ``ask`` is what callers (and tests) use."""

    def __init__(self, branch_names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print the member roster"))
        self.branch_combo = QComboBox()
        self.branch_combo.addItems(branch_names)
        self.full_id_check = QCheckBox(self.tr("Show full ID numbers"))
        self.full_id_check.setToolTip(
            self.tr("Unchecked, the middle digits of every ID number are hidden.")
        )
        self.full_id_note = QLabel(
            self.tr(
                "The roster then shows every ID number in full and holds personal data: keep "
                "the printout locked away and do not pass the file on."
            )
        )
        self.full_id_note.setObjectName("hint")
        self.full_id_note.setWordWrap(True)
        self.full_id_note.setVisible(False)
        self.no_branch_note = QLabel(
            self.tr("The archive has no branch yet: enter your branch in Settings first.")
        )
        self.no_branch_note.setObjectName("errorText")
        self.no_branch_note.setWordWrap(True)
        self.no_branch_note.setVisible(not branch_names)

        form = QFormLayout()
        form.addRow(self.tr("Branch:"), self.branch_combo)
        form.addRow("", self.full_id_check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Preview"))
        self.ok_button.setEnabled(bool(branch_names))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.full_id_note)
        layout.addWidget(self.no_branch_note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        self.full_id_check.toggled.connect(self.full_id_note.setVisible)
        self.full_id_check.toggled.connect(lambda _checked: self.adjustSize())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def choice(self) -> RosterChoice:
        return RosterChoice(self.branch_combo.currentText(), self.full_id_check.isChecked())

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> RosterChoice | None:
        """The user's choice, or None when they cancelled."""
        with context.database.reading() as session:
            names = [branch.name for branch in list_branches(session)]
        dialog = cls(names, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.choice()
            return None
        finally:
            dialog.deleteLater()
