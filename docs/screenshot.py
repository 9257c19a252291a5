"""Regenerate every picture of the README and the user guide on fresh sample data, offscreen,
in Chinese, so they never go stale:

    .venv/bin/python docs/screenshot.py

docs/main-window.png and docs/member-file.png are the README's; docs/guide/*.png are the user
guide's (docs/user-guide.md): one per page of the main window (whatever pages are registered)
and the dialogs the guide explains.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from branchdesk.app import create_application, install_translations, load_bundled_font
from branchdesk.core.demo import DemoOptions, generate_demo
from branchdesk.core.schema import open_database
from branchdesk.paths import DataDir
from branchdesk.ui.context import AppContext
from branchdesk.ui.navigation import PAGES
from branchdesk.ui.ops import wait_for_background_ops

TODAY = dt.date(2026, 11, 26)
DOCS = Path(__file__).parent
GUIDE = DOCS / "guide"
WINDOW_SIZE = (1280, 800)


def settle(app: QApplication) -> None:
    """Let background reads arrive and the widgets paint."""
    for _ in range(30):
        app.processEvents()
        wait_for_background_ops()
    app.processEvents()


def main() -> int:
    app = create_application(sys.argv[:1])
    load_bundled_font(app)
    GUIDE.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        data_dir = DataDir(Path(folder) / "示例台账").ensure()
        database = open_database(data_dir.database, safety_dir=data_dir.safety_backups)
        generate_demo(database, DemoOptions(members=60, years=3, seed=1, today=TODAY))
        from branchdesk.app import build_main_window, create_context

        context = create_context(data_dir, database)
        context.today = lambda: TODAY
        translators = install_translations(app, context.language)
        window = build_main_window(context)
        window.resize(*WINDOW_SIZE)
        window.show()
        settle(app)
        window.grab().save(str(DOCS / "main-window.png"))
        written = [DOCS / "main-window.png"]
        for entry in PAGES:
            window.show_page(entry.key)
            settle(app)
            target = GUIDE / f"page-{entry.key}.png"
            window.grab().save(str(target))
            written.append(target)
        for name, make in DIALOGS:
            dialog = make(context, window)
            dialog.show()
            settle(app)
            target = DOCS / "member-file.png" if name == "member-file" else GUIDE / f"{name}.png"
            dialog.grab().save(str(target))
            dialog.done(0)
            dialog.deleteLater()
            written.append(target)
        window.close()
        settle(app)
        for translator in translators:
            app.removeTranslator(translator)
        database.close()
    for path in written:
        print(path.relative_to(DOCS.parent))
    return 0


# --- the dialogs the guide shows ------------------------------------------------------------


def _member_file(context: AppContext, window: QWidget) -> QDialog:
    """The full member with the longest development record, on its 发展过程 tab."""
    from sqlalchemy import func, select

    from branchdesk.core.enums import Stage
    from branchdesk.core.models import Member, PipelineStep
    from branchdesk.core.queries import has_exited
    from branchdesk.ui.members.editor import MemberEditorDialog

    with context.database.reading() as session:
        member_id = session.scalar(
            select(Member.id)
            .join(PipelineStep)
            .where(Member.stage == Stage.FULL, ~has_exited())
            .group_by(Member.id)
            .order_by(func.count().desc(), Member.id)
            .limit(1)
        )
    dialog = MemberEditorDialog(context, member_id, window)
    dialog.view.tabs.setCurrentIndex(MemberEditorDialog.DEVELOPMENT_TAB)
    return dialog


def _assembly_minutes(context: AppContext, window: QWidget) -> QDialog:
    """The latest 支部党员大会 that admitted someone, on its 决议 tab."""
    from sqlalchemy import select

    from branchdesk.core.enums import MeetingKind, ResolutionKind
    from branchdesk.core.models import Meeting, Resolution
    from branchdesk.ui.meetings.editor import MeetingEditor

    with context.database.reading() as session:
        meeting_id = session.scalar(
            select(Meeting.id)
            .join(Resolution, Resolution.meeting_id == Meeting.id)
            .where(
                Meeting.kind == MeetingKind.BRANCH_ASSEMBLY,
                Resolution.kind == ResolutionKind.ADMISSION,
            )
            .order_by(Meeting.starts_at.desc())
            .limit(1)
        )
    dialog = MeetingEditor(context, meeting_id, parent=window)
    dialog.view.tabs.setCurrentIndex(3)
    return dialog


def _problem(context: AppContext, window: QWidget) -> QDialog:
    """An open problem of the ledger with the most progress notes."""
    from sqlalchemy import func, select

    from branchdesk.core.enums import ProblemStatus
    from branchdesk.core.models import Problem, ProgressNote
    from branchdesk.ui.ledger.problem_editor import ProblemEditor

    with context.database.reading() as session:
        problem_id = session.scalar(
            select(Problem.id)
            .join(ProgressNote)
            .where(Problem.status.in_([ProblemStatus.PENDING, ProblemStatus.IN_PROGRESS]))
            .group_by(Problem.id)
            .order_by(func.count().desc(), Problem.id)
            .limit(1)
        )
    return ProblemEditor(context, problem_id, parent=window)


def _handoff(context: AppContext, window: QWidget) -> QDialog:
    """The handoff wizard's first step, with a stick and the system disk (described)."""
    from branchdesk.backup.drives import Drive, FakeDrives
    from branchdesk.ui.backup.handoff import HandoffWizard

    stick = Path(tempfile.gettempdir())
    drives = FakeDrives(
        [
            Drive(stick, "KINGSTON", True, False, 14 * 10**9, 16 * 10**9),
            Drive(Path("/"), "系统盘", False, False, 80 * 10**9, 240 * 10**9),
        ]
    )
    return HandoffWizard(context, window, drives=drives)


DIALOGS: tuple[tuple[str, Callable[[AppContext, QWidget], QDialog]], ...] = (
    ("member-file", _member_file),
    ("minutes", _assembly_minutes),
    ("problem", _problem),
    ("handoff", _handoff),
)


if __name__ == "__main__":
    sys.exit(main())
