"""``branchdesk export volunteer-hours`` and ``branchdesk export service-requests``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from branchdesk.paths import DataDir

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Export = Callable[[DataDir, Path, Callable[["Session", Path], int], tuple[str, str]], int]


def export_volunteer(data_dir: DataDir, args: argparse.Namespace, export: Export) -> int:
    """Write the hours (for the national platforms) or the requests, in one logged unit of work."""
    from branchdesk.io.volunteer_export import export_service_requests, export_volunteer_hours

    if args.family == "volunteer-hours":
        return export(
            data_dir,
            args.output,
            lambda session, output: export_volunteer_hours(session, output, year=args.year),
            ("row", "rows"),
        )
    return export(
        data_dir,
        args.output,
        lambda session, output: export_service_requests(session, output, year=args.year),
        ("request", "requests"),
    )
