"""Translatable text in Qt-free code.

Core marks user-visible templates with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` extracts
them; the GUI translates them with Qt, the command line with ``Catalog`` (the same ``.ts``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def untranslated(context: str, text: str) -> str:
    """The identity translation (English source text)."""
    return text


class Catalog:
    """Translations read from a Qt Linguist ``.ts`` file, for code that runs without Qt."""

    def __init__(self, messages: dict[tuple[str, str], str]) -> None:
        self._messages = messages

    @classmethod
    def load(cls, path: Path) -> Catalog:
        messages: dict[tuple[str, str], str] = {}
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "vanished"):
                    continue
                source = message.findtext("source", "")
                if translation.text:
                    messages[(name, source)] = translation.text
        return cls(messages)

    def translate(self, context: str, text: str) -> str:
        return self._messages.get((context, text), text)
