"""A list of the people who may serve (members and activists of the branch) with a search
box that matches names and pinyin ("zs", "zhangsan" find 张三): to pick participants, or to
tick a request's assignees."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from branchdesk.ui.labels import stage_label
from branchdesk.ui.volunteer.data import Person
from branchdesk.ui.widgets.tips import clear_button_tip

PersonRole = Qt.ItemDataRole.UserRole + 1


class PeopleList(QWidget):
    """Search and a list: ``picked`` (pick mode: double-click or Enter) or ticks (checkable)."""

    picked = Signal(list)  # [Person]
    changed = Signal()  # ticks changed (checkable)

    def __init__(self, *, checkable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checkable = checkable
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        clear_button_tip(self.search, self.tr("Clear the search"))
        self.search.setPlaceholderText(self.tr("Name or pinyin, e.g. zs"))
        self.list = QListWidget()
        self.list.setObjectName("peopleList")
        if not checkable:
            self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.chosen = QLabel()
        self.chosen.setObjectName("hint")
        self.chosen.setWordWrap(True)
        self.chosen.setVisible(checkable)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.chosen)
        self.setFocusProxy(self.search)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.pick_selected())
        self.list.itemChanged.connect(self._ticked)

    def set_people(self, people: Sequence[Person], checked: Iterable[int] = ()) -> None:
        ticked = set(checked)
        self.list.blockSignals(True)
        self.list.clear()
        for person in people:
            item = QListWidgetItem(person.name)
            item.setData(PersonRole, person)
            item.setToolTip(stage_label(person.stage))
            if self.checkable:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                state = Qt.CheckState.Checked if person.id in ticked else Qt.CheckState.Unchecked
                item.setCheckState(state)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._filter()
        self._ticked()

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def people(self) -> list[Person]:
        return [item.data(PersonRole) for item in self.items()]

    def visible_names(self) -> list[str]:
        return [item.text() for item in self.items() if not item.isHidden()]

    def _filter(self) -> None:
        text = self.search.text()
        first = None
        for item in self.items():
            hidden = not item.data(PersonRole).matches(text)
            item.setHidden(hidden)
            if not hidden and first is None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                first = item
        if not self.checkable and first is not None and text.strip():
            self.list.setCurrentItem(first)  # Enter in the search box picks the first match

    # pick mode -----------------------------------------------------------------------------

    def set_taken(self, member_ids: Iterable[int]) -> None:
        """Grey out the people already chosen (they cannot be picked twice)."""
        taken = set(member_ids)
        for item in self.items():
            enabled = item.data(PersonRole).id not in taken
            flags = item.flags()
            item.setFlags(
                flags | Qt.ItemFlag.ItemIsEnabled if enabled else flags & ~Qt.ItemFlag.ItemIsEnabled
            )

    def selected(self) -> list[Person]:
        return [
            item.data(PersonRole)
            for item in self.list.selectedItems()
            if not item.isHidden() and item.flags() & Qt.ItemFlag.ItemIsEnabled
        ]

    def pick_selected(self) -> list[Person]:
        """Emit ``picked`` with the selected people (none: nothing happens)."""
        people = self.selected()
        if people and not self.checkable:
            self.picked.emit(people)
            self.search.clear()
        return people

    def pick(self, names: Iterable[str]) -> None:
        """Pick these people by name, as double-clicks would (tests, quick entry)."""
        wanted = set(names)
        self.list.clearSelection()
        for item in self.items():
            if item.text() in wanted:
                item.setSelected(True)
        self.pick_selected()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the search box picks the highlighted match; Down moves into the list.
        if watched is self.search and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
                self.list.setFocus()
                return True
            if (
                event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not self.checkable
                and self.list.currentItem() is not None
            ):
                self.list.currentItem().setSelected(True)
                self.pick_selected()
                return True
        return super().eventFilter(watched, event)

    # checkable mode ------------------------------------------------------------------------

    def checked_ids(self) -> list[int]:
        return [
            item.data(PersonRole).id
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_checked_names(self, names: Iterable[str]) -> None:
        """Tick exactly these people by name (tests, quick entry)."""
        wanted = set(names)
        for item in self.items():
            checked = item.text() in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _ticked(self, *_args: object) -> None:
        if not self.checkable:
            return
        names = [item.text() for item in self.items() if item.checkState() == Qt.CheckState.Checked]
        self.chosen.setText(
            self.tr("Chosen: {names}").format(names="、".join(names))
            if names
            else self.tr("Nobody chosen yet")
        )
        self.changed.emit()
