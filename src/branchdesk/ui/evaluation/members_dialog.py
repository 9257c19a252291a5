"""A small dialog to tick members of the branch to add to a round (添加人员)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

MemberIdRole = Qt.ItemDataRole.UserRole
DIALOG_SIZE = (420, 480)


class AddMembersDialog(QDialog):
    """The branch's Party members not in the round, each with a box to tick."""

    def __init__(
        self, choices: Sequence[tuple[int, str]], year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add members to the evaluation of {year}").format(year=year))
        self.resize(*DIALOG_SIZE)
        hint = QLabel(
            self.tr(
                "Current probationary and full members of the branch who are not in the round."
                " Tick those to evaluate too."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.members = QListWidget()
        self.members.setObjectName("addableMembers")
        for member_id, text in choices:
            item = QListWidgetItem(text)
            item.setData(MemberIdRole, member_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.members.itemChanged.connect(self._ticked)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addWidget(hint)
        layout.addWidget(self.members, 1)
        layout.addWidget(self.buttons)

    def ticked(self) -> list[int]:
        return [
            item.data(MemberIdRole)
            for item in (self.members.item(row) for row in range(self.members.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_ticked(self, member_ids: set[int]) -> None:
        for row in range(self.members.count()):
            item = self.members.item(row)
            checked = item.data(MemberIdRole) in member_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _ticked(self, *_args: object) -> None:
        self.ok_button.setEnabled(bool(self.ticked()))

    @classmethod
    def ask(
        cls, parent: QWidget | None, choices: Sequence[tuple[int, str]], year: int
    ) -> list[int]:
        """The ids ticked, or [] when cancelled."""
        dialog = cls(choices, year, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.ticked() if accepted else []
        dialog.deleteLater()
        return chosen
