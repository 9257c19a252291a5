"""Layout of the search popup: the box, the grouped list (painted by its delegate), a key hint."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from branchdesk.ui.search.model import DetailRole, HeadingRole
from branchdesk.ui.style import ACCENT
from branchdesk.ui.widgets.tips import clear_button_tip

STYLE = """
QFrame#searchPanel {
    background: #FFFFFF;
    border: 1px solid #BDC1C6;
    border-radius: 6px;
}
QLineEdit#searchBox {
    border: none;
    border-bottom: 1px solid #DADCE0;
    padding: 10px 14px;
    font-size: 16px;
    background: transparent;
}
QListView#searchResults {
    border: none;
    background: #FFFFFF;
    outline: none;
}
QLabel#searchKeys {
    color: #80868B;
    border-top: 1px solid #ECEDEF;
    padding: 6px 14px;
}
QLabel#searchHint {
    color: #5F6368;
    padding: 18px 16px;
}
"""
INDENT = 14  # pixels left of a heading and of a hit's text
HIT_PADDING = 6  # above and below a hit's two lines
HEADING_PADDING = (10, 3)  # above and below a heading
SELECTED = QColor("#FCE8E6")  # as the navigation's selected page
TEXT = QColor("#202124")
GREY = QColor("#5F6368")


class ResultDelegate(QStyledItemDelegate):
    """A heading in small grey bold; a hit as its title over a grey detail line."""

    def _heading_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)  # type: ignore[attr-defined]
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        return font

    def _detail_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)  # type: ignore[attr-defined]
        font.setPointSizeF(font.pointSizeF() * 0.9)
        return font

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = option.rect.width()  # type: ignore[attr-defined]
        if index.data(HeadingRole):
            height = QFontMetrics(self._heading_font(option)).height()
            return QSize(width, height + sum(HEADING_PADDING))
        title = QFontMetrics(option.font).height()  # type: ignore[attr-defined]
        detail = QFontMetrics(self._detail_font(option)).height()
        return QSize(width, title + detail + 2 * HIT_PADDING + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect: QRect = option.rect  # type: ignore[attr-defined]
        painter.save()
        if index.data(HeadingRole):
            font = self._heading_font(option)
            painter.setFont(font)
            painter.setPen(QColor(ACCENT))
            metrics = QFontMetrics(font)
            text_rect = rect.adjusted(INDENT, HEADING_PADDING[0], -INDENT, -HEADING_PADDING[1])
            text = metrics.elidedText(
                str(index.data()), Qt.TextElideMode.ElideRight, text_rect.width()
            )
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
            )
            painter.restore()
            return
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SELECTED)
            painter.drawRoundedRect(rect.adjusted(4, 1, -4, -1), 4, 4)
        title_font: QFont = option.font  # type: ignore[attr-defined]
        detail_font = self._detail_font(option)
        title_metrics, detail_metrics = QFontMetrics(title_font), QFontMetrics(detail_font)
        width = rect.width() - 2 * INDENT
        top = rect.top() + HIT_PADDING
        painter.setFont(title_font)
        painter.setPen(TEXT)
        painter.drawText(
            QRect(rect.left() + INDENT, top, width, title_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title_metrics.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, width),
        )
        painter.setFont(detail_font)
        painter.setPen(GREY)
        painter.drawText(
            QRect(
                rect.left() + INDENT,
                top + title_metrics.height() + 2,
                width,
                detail_metrics.height(),
            ),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            detail_metrics.elidedText(
                str(index.data(DetailRole) or ""), Qt.TextElideMode.ElideRight, width
            ),
        )
        painter.restore()


class SearchView(QFrame):
    """Widgets only; SearchDialog searches, fills the list and handles the keys."""

    HINT, RESULTS = range(2)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.setStyleSheet(STYLE)
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(
            self.tr("Search people, meetings, problems, activities, requests…")
        )
        self.search.setClearButtonEnabled(True)
        clear_button_tip(self.search, self.tr("Clear the search"))
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setUniformItemSizes(False)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the box
        self.hint = QLabel()
        self.hint.setObjectName("searchHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.hint)
        self.pages.addWidget(self.results)
        self.keys = QLabel(self.tr("↑ ↓ choose    Enter open    Esc close"))
        self.keys.setObjectName("searchKeys")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.search)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.keys)

    def show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.pages.setCurrentIndex(self.HINT)

    def show_results(self) -> None:
        self.pages.setCurrentIndex(self.RESULTS)
