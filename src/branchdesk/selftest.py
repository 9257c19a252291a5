"""``branchdesk --selftest``: prove an installed or frozen program works, in a few seconds.

Each step uses the real code path on a temporary data dir (never the user's): create and
migrate the database, write and read records, render a form with the embedded font, load the
Chinese translation, build the main window offscreen, make and verify a backup. Prints one
line: every step passed, or the step that failed and why (exit 1).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

Step = tuple[str, Callable[["SelfTest"], str]]


class SelfTest:
    """The steps share one temporary data dir and what earlier steps made."""

    def __init__(self, root: Path) -> None:
        from branchdesk.paths import DataDir

        self.data_dir = DataDir(root / "data").ensure()
        self.root = root
        self.database = None  # type: ignore[assignment]
        self.app = None

    # steps ---------------------------------------------------------------------------

    def database_step(self) -> str:
        from branchdesk.core.schema import HEAD_REVISION, open_database, read_revision

        self.database = open_database(
            self.data_dir.database, safety_dir=self.data_dir.safety_backups
        )
        revision = read_revision(self.data_dir.database)
        if revision != HEAD_REVISION:
            raise RuntimeError(f"schema {revision}, expected {HEAD_REVISION}")
        return f"schema {revision}"

    def records_step(self) -> str:
        from branchdesk.core.enums import Gender, PersonType, Stage
        from branchdesk.core.models import Branch, Member
        from branchdesk.core.services.info import record_counts

        with self.database.unit_of_work("selftest") as session:
            branch = Branch(name="自检党支部")
            session.add(branch)
            session.flush()
            session.add(
                Member(
                    branch_id=branch.id,
                    name="自检党员",
                    gender=Gender.FEMALE,
                    person_type=PersonType.STUDENT,
                    stage=Stage.FULL,
                )
            )
        with self.database.reading() as session:
            counts = record_counts(session)
        if counts["members"] != 1 or counts["audit_entries"] < 2:
            raise RuntimeError(f"read back {counts['members']} members")
        return "1 member written and read"

    def pdf_step(self) -> str:
        from branchdesk.reports.jobs import roster_job

        output = self.root / "roster.pdf"
        pages = roster_job(self.database, branch_name=None, full_id=False, today=dt.date.today())
        count = pages.render(output, None)
        data = output.read_bytes()
        if not data.startswith(b"%PDF") or b"FontFile2" not in data:
            raise RuntimeError("the PDF has no embedded font")
        return f"{count} page(s), font embedded"

    def translation_step(self) -> str:
        from PySide6.QtCore import QCoreApplication, qInstallMessageHandler

        from branchdesk.app import create_application, install_translations, load_bundled_font

        # Qt's own notes (e.g. the offscreen platform's) would break the one-line report.
        qInstallMessageHandler(lambda *_args: None)
        self.app = create_application([sys.argv[0]])
        if load_bundled_font(self.app) is None:
            raise RuntimeError("the bundled CJK font did not load")
        installed = install_translations(self.app, "zh_CN")
        title = QCoreApplication.translate("Navigation", "Dashboard")
        if not installed or title != "工作台":
            raise RuntimeError("the Chinese translation did not load")
        return f"{len(installed)} translator(s)"

    def window_step(self) -> str:
        from branchdesk.app import build_main_window, create_context
        from branchdesk.ui.ops import wait_for_background_ops

        context = create_context(self.data_dir, self.database)
        window = build_main_window(context)
        window.show()
        pages = window.navigation.count()
        for row in range(pages):  # every page is built: charts, PDF view, all of them
            window.navigation.setCurrentRow(row)
            self.app.processEvents()
            wait_for_background_ops()
            self.app.processEvents()
        window.close()
        window.deleteLater()
        wait_for_background_ops()
        self.app.processEvents()
        return f"{pages} pages"

    def backup_step(self) -> str:
        from branchdesk.backup.create import create_backup
        from branchdesk.backup.verify import verify_backup

        target = self.root / "usb"
        target.mkdir()
        result = create_backup(self.database, self.data_dir, target)
        with verify_backup(result.path) as verified:
            members = verified.manifest.counts["members"]
        if members != 1:
            raise RuntimeError(f"the backup holds {members} members")
        return f"{result.size // 1024} KB verified"

    def close(self) -> None:
        if self.database is not None:
            self.database.close()


STEPS: tuple[Step, ...] = (
    ("database", SelfTest.database_step),
    ("records", SelfTest.records_step),
    ("pdf", SelfTest.pdf_step),
    ("translation", SelfTest.translation_step),
    ("window", SelfTest.window_step),
    ("backup", SelfTest.backup_step),
)


def run_selftest() -> int:
    """Run every step; print one line; 0 when all passed."""
    from branchdesk import __version__

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="branchdesk-selftest-") as folder:
        test = SelfTest(Path(folder))
        done = []
        try:
            for name, step in STEPS:
                try:
                    done.append(f"{name}: {step(test)}")
                except Exception as exc:  # the failing step is the report, not a traceback
                    detail = "".join(traceback.format_exception_only(exc)).strip()
                    print(f"BranchDesk {__version__} self-test FAILED at {name}: {detail}")
                    return 1
        finally:
            test.close()
    seconds = time.perf_counter() - started
    print(f"BranchDesk {__version__} self-test passed in {seconds:.1f} s ({'; '.join(done)})")
    return 0
