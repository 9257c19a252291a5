"""The list tables the record pages share (whole rows selected, left-aligned header, the house
style) and their columns fitted to their text as the rows change."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyleOptionViewItem, QTableView

TABLE_STYLE = """
QTableView::item { padding: 0 8px; }
QHeaderView::section {
    padding: 4px 8px;
    border: none;
    border-right: 1px solid #DADCE0;
    border-bottom: 1px solid #DADCE0;
    background: #F6F7F9;
}
"""


def list_table(name: str) -> QTableView:
    """A table showing one record per row, selected whole, never edited in place."""
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setStyleSheet(TABLE_STYLE)
    table.verticalHeader().setVisible(False)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def fit_columns(table: QTableView, columns: Iterable[int]) -> None:
    """Each of ``columns`` as wide as its widest cell, unwrapped, or its header.

    ResizeToContents asks the model for every cell of the column again on each reset and
    resize (the study tally: 800 rows, 30,000 calls, 0.25 s a keystroke); here the widest text
    is found by its advance and only that cell is measured by the delegate. A model with
    ``column_texts(column)`` (its display texts, made once) spares asking cell by cell. Call
    it after the rows change.
    """
    model = table.model()
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
    grid = 1 if table.showGrid() else 0
    rows = model.rowCount()
    column_texts = getattr(model, "column_texts", None)
    for column in columns:
        width = header.sectionSizeFromContents(column).width()
        if rows:
            texts: Sequence[str] = (
                column_texts(column)
                if column_texts is not None
                else [str(model.index(row, column).data() or "") for row in range(rows)]
            )
            advances = [metrics.horizontalAdvance(text) for text in texts]
            widest = model.index(advances.index(max(advances)), column)
            hint = table.itemDelegateForIndex(widest).sizeHint(option, widest)
            width = max(width, hint.width() + grid)
        header.resizeSection(column, width)


class FittedColumns(QObject):
    """``columns`` of ``table`` kept as wide as their widest text as the rows change.

    Fitted once after each change (on the event loop: a reset, new rows, new data), where
    ResizeToContents asks the model for every cell of every such column again on each reset
    and on each resize of the window (the pipeline page at school scale: 150,000 calls when
    first shown). The columns stay Interactive: the clerk may widen one until the rows change.
    The table's model must be set first.
    """

    def __init__(self, table: QTableView, columns: Iterable[int]) -> None:
        super().__init__(table)
        self._table = table
        self._columns = list(columns)
        header = table.horizontalHeader()
        for column in self._columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit_now)
        model = table.model()
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
        ):
            signal.connect(self._schedule)
        self._schedule()

    def _schedule(self) -> None:
        self._timer.start()

    def fit_now(self) -> None:
        self._timer.stop()
        fit_columns(self._table, self._columns)


def fit_all_but(table: QTableView, *wide: int) -> FittedColumns:
    """Every column of ``table`` but ``wide`` fitted to its text as the rows change."""
    columns = [c for c in range(table.model().columnCount()) if c not in wide]
    return FittedColumns(table, columns)
