"""Shared fixtures: pinned environment, offscreen Qt, a migrated template database per run."""

from __future__ import annotations

import os

# Before anything imports Qt: no display, a fixed locale, no user configuration leaking in.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LANG"] = "C.UTF-8"
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("BRANCHDESK_HOME", None)

import gc
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from branchdesk.core.db import Database
from branchdesk.core.schema import open_database
from branchdesk.paths import DataDir
from branchdesk.ui.collector import MainThreadCollector

settings.register_profile("branchdesk", database=None, deadline=None, max_examples=200)
settings.load_profile("branchdesk")


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A freshly migrated, empty database file, made once per run and copied per test."""
    folder = tmp_path_factory.mktemp("template")
    database = open_database(folder / "branchdesk.sqlite3", safety_dir=folder / "safety")
    database.close()
    return folder / "branchdesk.sqlite3"


@pytest.fixture
def data_dir(tmp_path: Path, template_database: Path) -> DataDir:
    """A data dir holding an empty, migrated archive."""
    folder = DataDir(tmp_path / "data").ensure()
    shutil.copyfile(template_database, folder.database)
    return folder


@pytest.fixture
def database(data_dir: DataDir) -> Iterator[Database]:
    db = Database(data_dir.database)
    yield db
    db.close()


@pytest.fixture(autouse=True)
def collect_garbage_between_tests() -> Iterator[None]:
    """Once a GUI test has made the application, automatic collection is off (ui/collector.py)
    and only a running event loop collects: tests without one collect here, as it is due."""
    yield
    if not gc.isenabled():
        MainThreadCollector.collect_due()
