"""Dependency direction (DESIGN.md §2): the non-GUI layers never load PySide6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import branchdesk.core.rules
import branchdesk.core.services
import branchdesk.reports

PROBE = """
import sys
import {modules}
loaded = sorted(m for m in sys.modules if m.split('.')[0] in {forbidden!r})
print(','.join(loaded))
"""


def _loaded_after_import(modules: list[str], forbidden: set[str]) -> list[str]:
    code = PROBE.format(modules=", ".join(modules), forbidden=forbidden)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return [m for m in result.stdout.strip().split(",") if m]


def test_core_backup_reports_io_load_no_qt() -> None:
    modules = ["branchdesk.core", "branchdesk.backup", "branchdesk.reports", "branchdesk.io"]
    assert _loaded_after_import(modules, {"PySide6", "shiboken6"}) == []


@pytest.mark.parametrize(
    "module",
    [
        "branchdesk.core.models",
        "branchdesk.core.schema",
        "branchdesk.core.services.settings",
        "branchdesk.core.services.reminders",
        "branchdesk.core.services.info",
        "branchdesk.cli",
        "branchdesk.commands",
        "branchdesk.commands.printing",
        "branchdesk.reports.jobs",
        "branchdesk.core.print_data",
        "branchdesk.core.queries",
        "branchdesk.core.print_data.ledger",
        "branchdesk.io.problem_export",
        "branchdesk.reports.ledger",
        "branchdesk.core.print_data.evaluation",
        "branchdesk.io.evaluation_export",
        "branchdesk.core.print_data.volunteer",
        "branchdesk.io.volunteer_export",
    ],
)
def test_core_modules_load_no_qt_and_no_heavy_libraries_eagerly(module: str) -> None:
    # alembic, reportlab and openpyxl cost start-up time; load them when used (DESIGN.md §8).
    forbidden = {"PySide6", "shiboken6", "alembic", "reportlab", "openpyxl", "pyrage"}
    assert _loaded_after_import([module], forbidden) == []


def _submodules(package: object) -> list[str]:
    return sorted(
        info.name
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + ".")  # type: ignore[attr-defined]
    )


def test_every_form_renderer_loads_no_qt() -> None:
    modules = _submodules(branchdesk.reports)
    assert "branchdesk.reports.minutes" in modules
    assert _loaded_after_import(modules, {"PySide6", "shiboken6"}) == []


def test_services_and_rules_load_no_qt_and_no_heavy_libraries_eagerly() -> None:
    modules = _submodules(branchdesk.core.services) + _submodules(branchdesk.core.rules)
    assert "branchdesk.core.services.meeting_study" in modules
    forbidden = {"PySide6", "shiboken6", "alembic", "reportlab", "openpyxl", "pyrage"}
    assert _loaded_after_import(modules, forbidden) == []
