"""What the benchmark scripts share: a cached demo archive (generated once, a few seconds)."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from branchdesk.core.db import Database
from branchdesk.core.demo import DemoOptions, generate_demo
from branchdesk.core.schema import open_database


def cached_demo_archive(cache: Path, *, members: int, years: int, today: dt.date) -> Database:
    """The demo archive for these options in ``cache``, generated on first use."""
    marker = cache / f"demo-{members}-{years}-{today}.ok"
    path = cache / "branchdesk.sqlite3"
    if not marker.exists():
        cache.mkdir(parents=True, exist_ok=True)
        for stale in [*cache.glob("branchdesk.sqlite3*"), *cache.glob("demo-*.ok")]:
            stale.unlink()
        database = open_database(path, safety_dir=cache / "safety")
        started = time.perf_counter()
        generate_demo(database, DemoOptions(members=members, years=years, seed=1, today=today))
        print(f"generated the demo archive in {time.perf_counter() - started:.1f} s", flush=True)
        database.close()
        marker.touch()
    return Database(path)
