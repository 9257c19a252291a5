"""Where data lives (data dir) and where resources are (source tree, install, frozen bundle)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from branchdesk.core.db import DB_FILENAME

ENV_HOME = "BRANCHDESK_HOME"
PORTABLE_MARKER = "portable.txt"
APP_DIR_NAME = "BranchDesk"


def _executable_dir() -> Path | None:
    """The folder of the frozen program, where a ``portable.txt`` keeps data beside it."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def default_data_root(explicit: Path | str | None = None) -> Path:
    """--data-dir, else $BRANCHDESK_HOME, else portable mode, else the user data dir."""
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(ENV_HOME):
        return Path(os.environ[ENV_HOME]).expanduser()
    executable_dir = _executable_dir()
    if executable_dir is not None and (executable_dir / PORTABLE_MARKER).exists():
        return executable_dir / "data"
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


@dataclass(frozen=True)
class DataDir:
    """The files of one archive on this PC."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def safety_backups(self) -> Path:
        return self.root / "backups" / "safety"

    @property
    def automatic_backups(self) -> Path:
        return self.root / "backups" / "auto"

    @property
    def lock_file(self) -> Path:
        return self.root / "branchdesk.lock"

    @property
    def ui_state(self) -> Path:
        return self.root / "ui-state.ini"

    def ensure(self) -> DataDir:
        self.root.mkdir(parents=True, exist_ok=True)
        return self


def resource_dir() -> Path:
    """The ``resources`` folder: frozen bundle, installed package, or the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller 6 puts data under _internal/, which _MEIPASS names
        return Path(bundle) / "resources"
    installed = Path(__file__).resolve().parent / "resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


FONT_FILE = ("fonts", "NotoSansSC-Regular.ttf")
TRANSLATION_SOURCE = ("i18n", "branchdesk_zh_CN.ts")
