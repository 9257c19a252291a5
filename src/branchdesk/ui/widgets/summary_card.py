"""A card with one figure, what it counts, and an optional breakdown below."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class SummaryCard(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryCard")
        self.number = QLabel("–")
        self.number.setObjectName("cardNumber")
        self.caption = QLabel(caption)
        self.caption.setObjectName("cardLabel")
        self.caption.setWordWrap(True)  # narrow windows wrap the caption instead of clipping
        self.detail = QLabel()
        self.detail.setObjectName("cardDetail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set_value(self, value: str, detail: str = "") -> None:
        self.number.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
