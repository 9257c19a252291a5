"""Validation errors shown at their field: a message line under it, a red outline, a summary.

Forms keep their field widgets and message labels in two dicts keyed by the draft attribute
that core's ValidationError names; this helper shows and clears errors over those dicts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Outline a field in red (the stylesheet selects ``[invalid="true"]``), or not."""
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FieldErrors:
    """The errors a form shows now, by field."""

    def __init__(
        self,
        fields: Mapping[str, QWidget],
        messages: Mapping[str, QLabel],
        summary: QLabel,
        title: Callable[[str], str],
    ) -> None:
        self._fields = fields
        self._messages = messages
        self._summary = summary
        self._title = title  # field → its label as the form shows it, without "*"
        self.shown: list[str] = []

    def show(self, field: str, message: str, *, summary: bool = True) -> QWidget | None:
        """Show ``message`` at ``field`` (and in the summary line); the field's widget, or
        None when the form has no such field (then the summary says it alone)."""
        label, widget = self._messages.get(field), self._fields.get(field)
        if label is None or widget is None:
            self._summary.setText(message)
            self._summary.show()
            return None
        label.setText(message)
        label.show()
        set_invalid(widget.focusProxy() or widget, True)
        if field not in self.shown:
            self.shown.append(field)
        if summary:
            self._summary.setText(
                QCoreApplication.translate("FieldErrors", "{field}: {message}").format(
                    field=self._title(field), message=message
                )
            )
            self._summary.show()
        return widget

    def clear(self, field: str | None = None) -> None:
        """Clear one field's error (and the summary once none is left), or all of them."""
        for name in list(self.shown):
            if field is not None and name != field:
                continue
            self.shown.remove(name)
            self._messages[name].hide()
            self._messages[name].clear()
            widget = self._fields[name]
            set_invalid(widget.focusProxy() or widget, False)
        if field is None or not self.shown:
            self._summary.hide()
            self._summary.clear()
