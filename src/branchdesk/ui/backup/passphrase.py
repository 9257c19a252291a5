"""The passphrase of an encrypted backup: entered twice, with a hint of how strong it is."""

from __future__ import annotations

import unicodedata
from enum import IntEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

MIN_LENGTH = 8  # age's scrypt slows guessing down, but not enough for a short word
STYLE = """
QProgressBar#passphraseMeter { border: none; background: #ECEDEF; border-radius: 4px; }
QProgressBar#passphraseMeter::chunk { border-radius: 4px; background: #C62828; }
QProgressBar#passphraseMeter[strength="fair"]::chunk { background: #EF6C00; }
QProgressBar#passphraseMeter[strength="strong"]::chunk { background: #2E7D32; }
"""


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3


def character_kinds(text: str) -> int:
    """How many of: lower-case, upper-case, digits, other ASCII (spaces, signs), other scripts."""
    kinds = set()
    for char in text:
        if char.isascii():
            if char.islower():
                kinds.add("lower")
            elif char.isupper():
                kinds.add("upper")
            elif char.isdigit():
                kinds.add("digit")
            else:
                kinds.add("sign")
        elif unicodedata.category(char)[0] in "LN":
            kinds.add("script")  # Chinese characters, accented letters, full-width digits
        else:
            kinds.add("sign")
    return len(kinds)


def passphrase_strength(text: str) -> Strength:
    """A rough judgement from length and variety (a hint, not a guarantee)."""
    if len(text) < MIN_LENGTH:
        return Strength.TOO_SHORT
    kinds = character_kinds(text)
    if len(set(text)) < 5:  # aaaaaaaa, 12121212
        return Strength.WEAK
    if len(text) >= 16 or (len(text) >= 12 and kinds >= 3):
        return Strength.STRONG
    if len(text) >= 12 or kinds >= 3:
        return Strength.FAIR
    return Strength.WEAK


class PassphraseFields(QWidget):
    """Two password fields, 显示口令, a strength bar with its hint, and a mismatch message."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.first = QLineEdit()
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setMaxLength(200)
        self.second = QLineEdit()
        self.second.setObjectName("passphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setMaxLength(200)
        self.show_text = QCheckBox(self.tr("Show the passphrase"))
        self.show_text.setObjectName("showPassphrase")
        self.meter = QProgressBar()
        self.meter.setObjectName("passphraseMeter")
        self.meter.setRange(0, int(Strength.STRONG))
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(8)
        self.meter.setMaximumWidth(220)
        self.strength = QLabel()
        self.strength.setObjectName("hint")
        self.strength.setWordWrap(True)
        self.mismatch = QLabel(self.tr("The two entries differ: type the same passphrase twice."))
        self.mismatch.setObjectName("errorText")
        self.mismatch.setWordWrap(True)
        self.mismatch.hide()

        meter_row = QHBoxLayout()
        meter_row.setContentsMargins(0, 0, 0, 0)
        meter_row.setSpacing(10)
        meter_row.addWidget(self.meter)
        meter_row.addWidget(self.strength, 1)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Passphrase:"), self.first)
        form.addRow("", meter_row)
        form.addRow(self.tr("Again:"), self.second)
        form.addRow("", self.show_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.mismatch)

        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.show_text.toggled.connect(self._show_text)
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def set_passphrase(self, text: str) -> None:
        """Type ``text`` into both fields (tests, and going back to the step)."""
        self.first.setText(text)
        self.second.setText(text)

    def is_acceptable(self) -> bool:
        """Long enough, and typed the same twice."""
        text = self.first.text()
        return passphrase_strength(text) > Strength.TOO_SHORT and self.second.text() == text

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _show_text(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _update(self) -> None:
        text = self.first.text()
        strength = passphrase_strength(text)
        self.meter.setValue(int(strength))
        self.meter.setProperty("strength", strength.name.lower())
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)
        self.strength.setText(self._hint(strength) if text else self._empty_hint())
        again = self.second.text()
        self.mismatch.setVisible(bool(again) and again != text and not text.startswith(again))
        self.changed.emit()

    def _empty_hint(self) -> str:
        return self.tr("At least {count} characters.").format(count=MIN_LENGTH)

    def _hint(self, strength: Strength) -> str:
        if strength is Strength.TOO_SHORT:
            return self.tr("Too short: use at least {count} characters.").format(count=MIN_LENGTH)
        if strength is Strength.WEAK:
            return self.tr("Weak: make it longer, or mix letters, digits and other characters.")
        if strength is Strength.FAIR:
            return self.tr("Fair: a few more characters make it strong.")
        return self.tr("Strong.")
