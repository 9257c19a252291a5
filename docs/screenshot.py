"""Regenerate the README's pictures on fresh sample data, offscreen, in Chinese.

docs/main-window.png is the main window; docs/member-file.png a member's file on 发展过程.

.venv/bin/python docs/screenshot.py
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from branchdesk.app import create_application, install_translations, load_bundled_font
from branchdesk.core.demo import DemoOptions, generate_demo
from branchdesk.core.schema import open_database
from branchdesk.paths import DataDir
from branchdesk.ui.context import AppContext

TODAY = dt.date(2026, 11, 26)
OUTPUT = Path(__file__).with_name("main-window.png")
MEMBER_FILE = Path(__file__).with_name("member-file.png")


def main() -> int:
    app = create_application(sys.argv[:1])
    load_bundled_font(app)
    with tempfile.TemporaryDirectory() as folder:
        data_dir = DataDir(Path(folder) / "示例台账").ensure()
        database = open_database(data_dir.database, safety_dir=data_dir.safety_backups)
        generate_demo(database, DemoOptions(members=60, years=3, seed=1, today=TODAY))
        from branchdesk.app import build_main_window, create_context

        context = create_context(data_dir, database)
        context.today = lambda: TODAY
        translators = install_translations(app, context.language)
        window = build_main_window(context)
        window.resize(1280, 800)
        window.show()
        for _ in range(50):  # let the dashboard's background read arrive
            app.processEvents()
            from branchdesk.ui.ops import wait_for_background_ops

            wait_for_background_ops()
        app.processEvents()
        window.grab().save(str(OUTPUT))
        _member_file(app, context, window)
        window.close()
        for translator in translators:
            app.removeTranslator(translator)
        database.close()
    print(OUTPUT, MEMBER_FILE)
    return 0


def _member_file(app: QApplication, context: AppContext, window: QWidget) -> None:
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
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(MEMBER_FILE))
    dialog.done(0)


if __name__ == "__main__":
    sys.exit(main())
