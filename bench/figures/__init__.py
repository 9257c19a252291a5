"""The figures of issue 10, in the order the suite measures them.

Each group is a module with ``measure(bench) -> list[Figure]``; heavy imports stay inside the
functions so that choosing a few groups (``--only``) loads only what they need.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from harness.bench import Bench
from harness.figure import Figure


@dataclass(frozen=True)
class Group:
    """What ``--only`` names: a function ``figures.<module>.<function>(bench)`` returning
    the figures in ``titles`` (keys and titles, so a failure can still be reported)."""

    name: str
    module: str
    function: str
    titles: dict[str, str]

    def measure(self) -> Callable[[Bench], list[Figure]]:
        module = import_module(f"figures.{self.module}")
        function: Callable[[Bench], list[Figure]] = getattr(module, self.function)
        return function


GROUPS: tuple[Group, ...] = (
    Group("startup", "startup", "measure", {"startup": "start → main window with 工作台 filled"}),
    Group("search", "members", "search", {"member_search": "member search: keystroke → table"}),
    Group("editor", "members", "editor", {"member_editor": "open a member's editor"}),
    Group(
        "study",
        "study",
        "measure",
        {"study_page": "study page: filter and re-read", "study_entries": "study entries"},
    ),
    Group("minutes", "printing", "minutes", {"minutes_pdf": "one minutes PDF, warm process"}),
    Group("ledger", "printing", "ledger", {"ledger_pdf": "a 200-page ledger"}),
    Group(
        "backup",
        "backup",
        "measure",
        {"backup": "backup create + verify, no passphrase", "restore": "restore a backup"},
    ),
    Group("import", "roster", "measure", {"roster_import": "import a 2,000-row roster"}),
    Group("memory", "memory", "measure", {"memory": "peak memory after visiting every page"}),
    Group("demo", "demo", "measure", {"demo": "demo --members 2000 --years 10"}),
)
