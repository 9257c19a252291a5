"""The demo archive the figures read, made once with the real command line and then cached.

The cache lives in ``--cache`` (default: the user cache folder, e.g.
``~/.cache/branchdesk-bench`` on Linux; ``BRANCHDESK_BENCH_CACHE`` overrides it). An archive is
kept per size under a name that changes with the schema, the app version and the demo
generator's source, so a stale one is never measured; delete the folder (or pass ``--fresh``)
to make them again. Figures never write to the cached archive: they work on copies.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from branchdesk.paths import DataDir

DEMO_TIMEOUT_S = 600


class HarnessError(RuntimeError):
    """The harness itself could not do its work (not a figure that misses its target)."""


def default_cache() -> Path:
    configured = os.environ.get("BRANCHDESK_BENCH_CACHE")
    if configured:
        return Path(configured)
    from platformdirs import user_cache_path

    return user_cache_path("branchdesk-bench", appauthor=False)


def clean_environment(cache: Path) -> dict[str, str]:
    """The environment of every child process: offscreen Qt, no user data dir leaking in,
    and bytecode cached (under ``cache``, not in the source tree) as an installed program
    has it: with PYTHONDONTWRITEBYTECODE every start would compile BranchDesk anew."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("BRANCHDESK_HOME", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache / "pycache")
    return env


def fingerprint() -> str:
    """Changes whenever an archive made before would differ from one made now."""
    import branchdesk
    import branchdesk.core.demo as demo
    from branchdesk.core.schema import HEAD_REVISION

    digest = hashlib.sha256(f"{branchdesk.__version__}|{HEAD_REVISION}".encode())
    for source in sorted(Path(demo.__file__).parent.glob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:10]


@dataclass(frozen=True)
class DemoArchive:
    """A cached demo data dir (read only: copy it before writing)."""

    data_dir: DataDir
    members: int
    years: int
    made_on: str  # the demo's "today" (it dates its records from the day it ran)
    made_in_s: float | None  # how long the demo command took, when it ran in this process

    @property
    def label(self) -> str:
        return f"{self.members} members × {self.years} years"


def run_demo(root: Path, members: int, years: int, cache: Path) -> float:
    """Run ``branchdesk demo`` into the empty folder ``root``; its wall-clock seconds."""
    command = [
        sys.executable,
        "-m",
        "branchdesk",
        "--data-dir",
        str(root),
        "demo",
        "--members",
        str(members),
        "--years",
        str(years),
    ]
    started = time.perf_counter()
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        env=clean_environment(cache),
        timeout=DEMO_TIMEOUT_S,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise HarnessError(f"{' '.join(command)} failed: {done.stderr.strip()[-2000:]}")
    return elapsed


def cached_demo(cache: Path, members: int, years: int, *, fresh: bool = False) -> DemoArchive:
    """The demo archive of this size, made now (timed) if the cache has none that is current."""
    prefix = f"demo-{members}x{years}-"
    folder = cache / f"{prefix}{fingerprint()}"
    meta_file = folder / "demo.json"
    if meta_file.exists() and not fresh:
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        return DemoArchive(DataDir(folder / "data"), members, years, meta["made_on"], None)
    cache.mkdir(parents=True, exist_ok=True)
    for stale in cache.glob(f"{prefix}*"):
        shutil.rmtree(stale)
    partial = cache / f".{folder.name}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    seconds = run_demo(partial / "data", members, years, cache)
    made_on = dt.date.today().isoformat()
    meta = {"members": members, "years": years, "made_on": made_on, "demo_s": seconds}
    (partial / "demo.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    partial.rename(folder)
    return DemoArchive(DataDir(folder / "data"), members, years, made_on, seconds)


def copy_data_dir(source: DataDir, target: Path) -> DataDir:
    """A fresh copy of a closed data dir (the database and its attachments)."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source.root, target)
    return DataDir(target)
