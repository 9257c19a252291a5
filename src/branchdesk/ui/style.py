"""The few style rules BranchDesk adds to the platform style (object names select them)."""

from __future__ import annotations

ACCENT = "#B3261E"  # the red of the icons
ERROR = "#B3261E"

STYLESHEET = f"""
QListWidget#navigation {{
    border: none;
    border-right: 1px solid #DADCE0;
    background: #F6F7F9;
    padding-top: 8px;
    font-size: 15px;
    outline: 0;
}}
QListWidget#navigation::item {{
    padding: 9px 12px;
    border-left: 3px solid transparent;
    color: #202124;
}}
QListWidget#navigation::item:selected {{
    background: #FCE8E6;
    border-left: 3px solid {ACCENT};
    color: #202124;
}}
QListWidget#navigation::item:hover:!selected {{
    background: #EEF0F2;
}}
QLabel#pageTitle {{
    font-size: 22px;
    font-weight: 600;
}}
QLabel#pageSubtitle {{
    color: #5F6368;
}}
QLabel#sectionTitle {{
    font-size: 16px;
    font-weight: 600;
}}
QLabel#subsectionTitle {{
    font-weight: 600;
}}
QFrame#notice {{
    background: #FFF4E5;
    border-bottom: 1px solid #F5C97A;
}}
QFrame#panel {{
    background: #FFFFFF;
    border: 1px solid #DADCE0;
    border-radius: 6px;
}}
QTableView#reminders QHeaderView::section, QTableWidget#branches QHeaderView::section {{
    padding: 5px 8px;
    background: #F6F7F9;
    border: none;
    border-bottom: 1px solid #DADCE0;
    border-right: 1px solid #ECEDEF;
}}
QTableView#reminders::item {{
    padding: 6px 6px;
}}
QToolBar#mainToolBar, QToolBar#previewToolBar {{
    background: #FFFFFF;
    border: none;
    border-bottom: 1px solid #DADCE0;
    spacing: 2px;
}}
QToolBar#mainToolBar {{
    padding: 0px 8px;
}}
QToolBar#mainToolBar QToolButton {{
    padding: 1px 8px;
}}
QTableView#memberHits QHeaderView::section {{
    padding: 5px 8px;
    background: #F6F7F9;
    border: none;
    border-bottom: 1px solid #DADCE0;
    border-right: 1px solid #ECEDEF;
}}
QTableView#memberHits::item {{
    padding: 4px 8px;
}}
QFrame#summaryCard {{
    background: #FFFFFF;
    border: 1px solid #DADCE0;
    border-radius: 6px;
}}
QLabel#cardNumber {{
    font-size: 24px;
    font-weight: 600;
}}
QLabel#cardLabel {{
    color: #5F6368;
}}
QLabel#cardDetail {{
    color: #80868B;
    font-size: 12px;
}}
QLabel#hint {{
    color: #5F6368;
}}
QLabel#errorText {{
    color: {ERROR};
    font-weight: 600;
}}
QLabel#emptyTitle {{
    font-size: 20px;
    font-weight: 600;
}}
*[invalid="true"] {{
    border: 2px solid {ERROR};
    border-radius: 3px;
}}
"""
