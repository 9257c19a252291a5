"""Word-wrapped rows get their exact height when in view and a close estimate otherwise."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from branchdesk.ui.widgets.row_heights import VisibleRowHeights

ROWS = 200
TEXT = "学前教育学院学生第一党支部：2026 年第 4 号问题整改时限为 2026年11月10日，已逾期。"


def make_table(qtbot) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(0, 2)
    for row in range(ROWS):
        # every third row is long enough to wrap over several lines
        text = TEXT * (1 + row % 3)
        model.appendRow([QStandardItem(f"第{row + 1}项"), QStandardItem(text)])
    table = QTableView()
    table.setModel(model)
    table.setWordWrap(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.resize(520, 360)
    qtbot.addWidget(table)
    return table, model


def visible_rows(table: QTableView) -> list[int]:
    rows = []
    row = table.rowAt(0)
    while 0 <= row < table.model().rowCount():
        if table.rowViewportPosition(row) >= table.viewport().height():
            break
        rows.append(row)
        row += 1
    return rows


def exact(table: QTableView, row: int) -> int:
    """What ResizeToContents would give: the text's height, at least a header section's."""
    return max(table.sizeHintForRow(row), table.verticalHeader().sectionSizeHint(row))


def assert_exact(table: QTableView, rows: list[int]) -> None:
    assert rows
    for row in rows:
        assert table.rowHeight(row) == exact(table, row), row


def test_rows_in_view_are_exact_and_the_rest_estimated(qtbot) -> None:
    table, _model = make_table(qtbot)
    sizer = VisibleRowHeights(table)
    table.show()
    qtbot.waitExposed(table)
    sizer.update_heights()
    assert_exact(table, visible_rows(table))
    # Out of view, the estimate is within a line of the truth, so the scroll bar is honest.
    line = table.fontMetrics().lineSpacing()
    for row in (ROWS - 3, ROWS - 2, ROWS - 1):
        assert abs(table.rowHeight(row) - exact(table, row)) <= line

    # Scrolled to the end, the rows now in view are measured. (Rows measured taller than
    # their estimate push the last one down again, as when a person scrolls: scroll on.)
    def at_the_end_and_measured() -> bool:
        table.scrollToBottom()
        return table.rowHeight(ROWS - 1) == exact(table, ROWS - 1)

    qtbot.waitUntil(at_the_end_and_measured)
    assert_exact(table, visible_rows(table))


def test_narrower_columns_and_new_text_are_measured_again(qtbot) -> None:
    table, model = make_table(qtbot)
    sizer = VisibleRowHeights(table)
    table.show()
    qtbot.waitExposed(table)
    sizer.update_heights()
    before = table.rowHeight(0)

    table.resize(300, 360)  # the text column narrows: its rows wrap over more lines
    qtbot.waitUntil(lambda: table.rowHeight(0) == exact(table, 0))
    assert table.rowHeight(0) > before
    assert_exact(table, visible_rows(table))

    model.item(1, 1).setText("短")
    qtbot.waitUntil(lambda: table.rowHeight(1) == exact(table, 1))
    assert_exact(table, visible_rows(table))
