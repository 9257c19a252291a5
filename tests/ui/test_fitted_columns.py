"""Columns fitted to their widest text once the rows change, without ResizeToContents."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView

from branchdesk.ui.widgets.tables import fit_all_but, list_table


def test_columns_follow_their_widest_text_as_rows_come_and_change(qtbot) -> None:
    model = QStandardItemModel(0, 3)
    for name, topic in (("王芳", "学习党章"), ("李明", "学习贯彻党的二十届四中全会精神")):
        model.appendRow([QStandardItem(name), QStandardItem(topic), QStandardItem("2")])
    table = list_table("fitted")
    table.setModel(model)
    table.resize(900, 300)
    qtbot.addWidget(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    fitted = fit_all_but(table, 2)
    table.show()
    qtbot.waitExposed(table)

    def fitted_width(column: int) -> int:
        """The widest cell (and a grid line), or the title when that is wider."""
        cells = (model.index(row, column) for row in range(model.rowCount()))
        widest = max(table.sizeHintForIndex(cell).width() for cell in cells) + 1
        return max(widest, header.sectionSizeFromContents(column).width())

    # Fitted once the event loop runs, and left for the clerk to widen
    qtbot.waitUntil(lambda: table.columnWidth(1) == fitted_width(1))
    assert table.columnWidth(0) == fitted_width(0)
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    short = table.columnWidth(0)

    # A longer name arrives: the column grows to it
    model.appendRow([QStandardItem("欧阳娜娜娜娜"), QStandardItem("短"), QStandardItem("1")])
    qtbot.waitUntil(lambda: table.columnWidth(0) == fitted_width(0))
    assert table.columnWidth(0) > short

    # The long topic is corrected to a short one: the column narrows to the widest left
    wide = table.columnWidth(1)
    model.item(1, 1).setText("学党史")
    qtbot.waitUntil(lambda: table.columnWidth(1) == fitted_width(1))
    assert table.columnWidth(1) < wide
    assert fitted is not None
