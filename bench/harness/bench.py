"""What every figure is handed: the archive, a scratch folder, how many runs to make."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from branchdesk.paths import DataDir
from harness.archive import DemoArchive, copy_data_dir

if TYPE_CHECKING:
    from branchdesk.core.db import Database


@dataclass
class Bench:
    """One run of the suite. ``fast_runs`` for figures of milliseconds, ``slow_runs`` for
    those of seconds (each after an untimed warm-up where a warm process is the point)."""

    cache: Path
    work: Path  # emptied at the start; copies of the archive and the files figures write
    archive: DemoArchive
    quick: bool
    fast_runs: int
    slow_runs: int
    _copies: dict[str, DataDir] = field(default_factory=dict)
    _database: Database | None = None

    def __post_init__(self) -> None:
        shutil.rmtree(self.work, ignore_errors=True)
        self.work.mkdir(parents=True)

    def copy(self, name: str) -> DataDir:
        """A private copy of the archive under ``work/name`` (made once per run)."""
        if name not in self._copies:
            self._copies[name] = copy_data_dir(self.archive.data_dir, self.work / name)
        return self._copies[name]

    @property
    def data_dir(self) -> DataDir:
        """The copy the in-process figures read (and may write to, like the GUI would)."""
        return self.copy("main")

    def database(self) -> Database:
        if self._database is None:
            from branchdesk.core.db import Database

            self._database = Database(self.data_dir.database)
        return self._database

    def scratch(self, name: str) -> Path:
        """An empty folder under ``work``."""
        folder = self.work / name
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        return folder

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None
