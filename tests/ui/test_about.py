"""Help → About: version, schema, data folder, runtime and the licences of what ships."""

from __future__ import annotations

from importlib import metadata

import pytest

from branchdesk import __version__
from branchdesk.core.schema import HEAD_REVISION
from branchdesk.ui.about import COMPONENTS, AboutDialog, LicenceTextDialog


def test_about_shows_the_version_the_archive_and_the_licences(qtbot, gui, window):
    shown: list[dict[str, object]] = []

    def read(dialog: AboutDialog) -> None:
        licence = dialog.show_font_licence()
        shown.append(
            {
                "version": dialog.version.text(),
                "revision": dialog.revision.text(),
                "folder": dialog.data_folder.text(),
                "rows": {name: (version, spdx) for name, version, spdx in dialog.licence_rows()},
                "font licence": licence.text.toPlainText(),
            }
        )
        licence.close()

    handled = gui.when_modal(AboutDialog, read)
    window.about_action.trigger()  # Help → 关于支部台账
    assert handled
    about = shown[0]
    assert about["version"] == __version__
    assert about["revision"] == HEAD_REVISION
    assert about["folder"] == str(gui.data_dir.root)
    rows = about["rows"]
    assert rows["Qt for Python (PySide6)"][1] == "LGPL-3.0-only"
    assert rows["Qt for Python (PySide6)"][0] == metadata.version("PySide6")
    assert rows["Noto Sans SC"][1] == "OFL-1.1"
    assert rows["Noto Sans SC"][0].replace(".", "").isdigit()  # from the font's name table
    for name, spdx in [
        ("SQLAlchemy", "MIT"),
        ("Alembic", "MIT"),
        ("ReportLab", "BSD-3-Clause"),
        ("openpyxl", "MIT"),
        ("pyrage", "MIT"),
        ("platformdirs", "MIT"),
        ("pypinyin", "MIT"),
    ]:
        assert rows[name][1] == spdx
        assert rows[name][0]  # a version is shown
    assert "SIL OPEN FONT LICENSE Version 1.1" in about["font licence"]


def declared_licence(distribution: str) -> str:
    """What a package says its licence is: the expression, the field, the classifiers, or the
    first line of its licence file."""
    found = metadata.metadata(distribution)
    text = found.get("License-Expression") or found.get("License") or ""
    classifiers = [c for c in found.get_all("Classifier") or [] if c.startswith("License")]
    if not text and not classifiers:
        files = metadata.distribution(distribution).files or []
        licence = next(f for f in files if "LICEN" in f.name.upper())
        text = licence.read_text().splitlines()[0]
    return " ".join([text.splitlines()[0] if text else "", *classifiers])


@pytest.mark.parametrize(
    "component", [c for c in COMPONENTS if c.distribution], ids=lambda c: c.name
)
def test_each_licence_is_the_one_the_installed_package_declares(component):
    declared = declared_licence(component.distribution)
    for spdx in component.licence.split(" AND "):
        # "BSD-3-Clause" is declared as "BSD License"; "LGPL-3.0-only" as one of three
        family = spdx.split("-")[0] if spdx.startswith("BSD") else spdx
        assert family in declared, (component.name, declared)


def test_the_licence_text_window_is_read_only(qtbot):
    dialog = LicenceTextDialog("Licence", "text")
    qtbot.addWidget(dialog)
    assert dialog.text.isReadOnly()
