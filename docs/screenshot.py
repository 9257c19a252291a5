"""Regenerate docs/main-window.png: the main window on fresh sample data, offscreen, in Chinese.

.venv/bin/python docs/screenshot.py
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from branchdesk.app import create_application, install_translations, load_bundled_font
from branchdesk.core.demo import DemoOptions, generate_demo
from branchdesk.core.schema import open_database
from branchdesk.paths import DataDir

TODAY = dt.date(2026, 11, 26)
OUTPUT = Path(__file__).with_name("main-window.png")


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
        window.close()
        for translator in translators:
            app.removeTranslator(translator)
        database.close()
    print(OUTPUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
