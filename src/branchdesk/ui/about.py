"""关于支部台账 (Help → About): version, archive, runtime, and the licences of what ships with it.

The licences were read from each package's metadata and licence file (tests/ui/test_about.py
checks them against the installed packages, so an upgrade that changes one fails a test). The
versions are read at run time: from the package metadata, or from the module in a frozen
bundle that carries no metadata.
"""

from __future__ import annotations

import importlib
import platform
import re
import struct
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from branchdesk import __version__
from branchdesk.paths import FONT_FILE, resource
from branchdesk.ui.context import AppContext
from branchdesk.ui.icons import icon

FONT_LICENCE = ("fonts", "NotoSansSC-OFL.txt")  # beside the font (paths.FONT_FILE)


@dataclass(frozen=True)
class Component:
    """Something that ships inside BranchDesk, with the licence it is used under."""

    name: str
    licence: str  # SPDX identifier
    distribution: str = ""  # the package whose metadata names the version
    module: str = ""  # in a frozen bundle without metadata: the module with a version

    def version(self) -> str:
        if self.name == "Qt":
            return qVersion()
        if self.name == "Noto Sans SC":
            return font_version(resource(*FONT_FILE))
        if self.name == "Python":
            return platform.python_version()
        if self.distribution:
            try:
                return metadata.version(self.distribution)
            except metadata.PackageNotFoundError:
                pass
        if self.module:
            try:
                module = importlib.import_module(self.module)
            except ImportError:
                return ""
            return str(getattr(module, "__version__", "") or getattr(module, "Version", ""))
        return ""


def font_version(path: Path) -> str:
    """The version a TrueType font names (name ID 5, "Version 2.004;…" → "2.004"), read from
    its table directory and name table only; "" when the file says none."""
    try:
        with path.open("rb") as font:
            tables = struct.unpack(">4xH6x", font.read(12))[0]
            directory = font.read(16 * tables)
            for entry in range(tables):
                tag, _sum, offset, length = struct.unpack_from(">4sIII", directory, 16 * entry)
                if tag == b"name":
                    font.seek(offset)
                    table = font.read(length)
                    break
            else:
                return ""
    except (OSError, struct.error):
        return ""
    count, strings = struct.unpack_from(">2xHH", table)
    for record in range(count):
        platform_id, _enc, _lang, name_id, size, start = struct.unpack_from(
            ">HHHHHH", table, 6 + 12 * record
        )
        if name_id == 5 and platform_id in (0, 3):  # Unicode or Windows: UTF-16BE
            raw = table[strings + start : strings + start + size].decode("utf-16-be", "replace")
            match = re.search(r"[0-9]+(?:\.[0-9]+)+", raw)
            return match.group(0) if match else raw
    return ""


COMPONENTS: tuple[Component, ...] = (
    Component("Qt", "LGPL-3.0-only"),
    Component("Qt for Python (PySide6)", "LGPL-3.0-only", "PySide6", "PySide6"),
    Component("Shiboken6", "LGPL-3.0-only", "shiboken6", "shiboken6"),
    Component("Noto Sans SC", "OFL-1.1"),
    Component("Python", "PSF-2.0"),
    Component("SQLAlchemy", "MIT", "SQLAlchemy", "sqlalchemy"),
    Component("Alembic", "MIT", "alembic", "alembic"),
    Component("Mako", "MIT", "Mako", "mako"),
    Component("MarkupSafe", "BSD-3-Clause", "MarkupSafe", "markupsafe"),
    Component("typing_extensions", "PSF-2.0", "typing_extensions"),
    Component("greenlet", "MIT AND PSF-2.0", "greenlet", "greenlet"),
    Component("ReportLab", "BSD-3-Clause", "reportlab", "reportlab"),
    Component("Pillow", "MIT-CMU", "pillow", "PIL"),
    Component("charset-normalizer", "MIT", "charset-normalizer", "charset_normalizer"),
    Component("openpyxl", "MIT", "openpyxl", "openpyxl"),
    Component("et-xmlfile", "MIT", "et_xmlfile", "et_xmlfile"),
    Component("pyrage", "MIT", "pyrage", "pyrage"),
    Component("platformdirs", "MIT", "platformdirs", "platformdirs"),
    Component("pypinyin", "MIT", "pypinyin", "pypinyin"),
)


def archive_revision(context: AppContext) -> str:
    """The schema revision of the open archive (Alembic's), or "?" when it cannot be read."""
    from branchdesk.core.schema import read_revision

    try:
        return read_revision(context.data_dir.database) or "?"
    except Exception:  # an About box never fails over a detail
        return "?"


class LicenceTextDialog(QDialog):
    """A licence's full text, read-only (the font's OFL travels with the program)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("licenceText")
        self.setWindowTitle(title)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)


class AboutDialog(QDialog):
    """Program, version, schema revision, data folder, runtime versions and licences."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About BranchDesk"))
        self.context = context

        logo = QLabel()
        logo.setPixmap(icon("branchdesk.svg").pixmap(56, 56))
        name = QLabel(self.tr("BranchDesk"))
        name.setObjectName("pageTitle")
        tagline = QLabel(self.tr("The archive of a school Party branch, kept offline on this PC."))
        tagline.setObjectName("hint")
        tagline.setWordWrap(True)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(name)
        heading.addWidget(tagline)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(logo)
        top.addLayout(heading, 1)

        self.version = self._value(__version__)
        self.revision = self._value(archive_revision(context))
        self.data_folder = self._value(str(context.data_dir.root))
        self.data_folder.setWordWrap(True)
        open_folder = QPushButton(self.tr("Open folder"))
        open_folder.setObjectName("openDataFolder")
        open_folder.clicked.connect(self.open_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(open_folder)
        self.runtime = self._value(
            self.tr("Qt {qt} · PySide6 {pyside} · Python {python}").format(
                qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version()
            )
        )
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.addRow(self.tr("Version:"), self.version)
        form.addRow(self.tr("Database schema:"), self.revision)
        form.addRow(self.tr("Data folder:"), folder_row)
        form.addRow(self.tr("Runtime:"), self.runtime)

        licences_title = QLabel(self.tr("Included software and licences"))
        licences_title.setObjectName("sectionTitle")
        self.licences = self._licence_table()
        note = QLabel(
            self.tr(
                "Qt and Qt for Python are used under the GNU LGPL version 3: their libraries "
                "are separate files in the program folder and may be replaced. Noto Sans SC is "
                "under the SIL Open Font License 1.1."
            )
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.font_licence_button = QPushButton(self.tr("Font licence…"))
        self.font_licence_button.setObjectName("fontLicence")
        self.font_licence_button.clicked.connect(self.show_font_licence)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # Beside the box, not in it: the box puts its own buttons first in the Tab order,
        # though it shows an extra one on their left.
        button_row = QHBoxLayout()
        button_row.addWidget(self.font_licence_button)
        button_row.addWidget(buttons, 1)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(licences_title)
        layout.addWidget(self.licences, 1)
        layout.addWidget(note)
        layout.addLayout(button_row)
        self.resize(640, 640)
        self.close_button.setFocus()  # nothing to fill in: Enter closes, not 打开文件夹

    @classmethod
    def show_for(cls, context: AppContext, parent: QWidget | None = None) -> None:
        """Show the dialog modally (Help → About)."""
        dialog = cls(context, parent)
        dialog.exec()
        dialog.deleteLater()

    @staticmethod
    def _value(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        return label

    def _licence_table(self) -> QTableWidget:
        table = QTableWidget(len(COMPONENTS), 3)
        table.setObjectName("licences")
        table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setStyleSheet("QTableWidget::item { padding: 0 6px; }")
        table.setShowGrid(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        for row, component in enumerate(COMPONENTS):
            for column, text in enumerate((component.name, component.version(), component.licence)):
                table.setItem(row, column, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def licence_rows(self) -> list[tuple[str, str, str]]:
        """(component, version, licence) as the table shows them."""
        table = self.licences
        return [
            tuple(table.item(row, column).text() for column in range(3))  # type: ignore[misc]
            for row in range(table.rowCount())
        ]

    def show_font_licence(self) -> LicenceTextDialog:
        """The font's licence text in a window of its own (the file ships with the font)."""
        path = resource(*FONT_LICENCE)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            text = self.tr("The licence file {path} cannot be read: {error}").format(
                path=path, error=error
            )
        dialog = LicenceTextDialog(self.tr("Noto Sans SC licence"), text, self)
        dialog.setModal(True)
        dialog.show()
        return dialog

    def open_data_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.data_dir.root)))
