"""A titled panel: the title above, the content in a light framed box (styled in ui/style.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QLayout, QVBoxLayout, QWidget


def titled_section(title: str, content: QLayout) -> QWidget:
    heading = QLabel(title)
    heading.setObjectName("sectionTitle")
    panel = QFrame()
    panel.setObjectName("panel")
    panel.setLayout(content)
    section = QWidget()
    layout = QVBoxLayout(section)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    layout.addWidget(heading)
    layout.addWidget(panel)
    return section
