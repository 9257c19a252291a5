"""The read-only list table the record pages share: whole rows selected, left-aligned header."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem, QTableView

from branchdesk.ui.pipeline.page_view import TABLE_STYLE


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
