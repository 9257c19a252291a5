"""``branchdesk import members`` and ``branchdesk export members``: rosters in and out of Excel."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from branchdesk.commands.archive import EXIT_OK, EXIT_PROBLEM, archive_translator, open_existing
from branchdesk.core.errors import BranchDeskError
from branchdesk.paths import DataDir

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def add_members_io_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    importing = commands.add_parser("import", help="import records from a spreadsheet")
    families = importing.add_subparsers(dest="family", metavar="FAMILY", required=True)
    members = families.add_parser("members", help="a member roster (.xlsx) as clerks keep them")
    members.add_argument("file", type=Path, metavar="FILE.xlsx")
    members.add_argument("--dry-run", action="store_true", help="check and report, change nothing")
    members.add_argument(
        "--update", action="store_true", help="update people already in the archive (else skip)"
    )
    members.add_argument(
        "--skip-bad-rows", action="store_true", help="import the good rows even when some are bad"
    )
    members.add_argument("--branch", metavar="NAME", help="branch for rows without one")

    exporting = commands.add_parser("export", help="export a list to .xlsx or .csv")
    families = exporting.add_subparsers(dest="family", metavar="FAMILY", required=True)
    members = families.add_parser("members", help="the current members, applicants and activists")
    members.add_argument("output", type=Path, metavar="OUT.xlsx|OUT.csv")
    members.add_argument(
        "--full-id", action="store_true", help="export full ID numbers (masked by default)"
    )
    meetings = families.add_parser("meetings", help="the meetings, one row each")
    meetings.add_argument("output", type=Path, metavar="OUT.xlsx|OUT.csv")
    meetings.add_argument("--year", type=int, metavar="Y", help="only the meetings of year Y")
    problems = families.add_parser("problems", help="the rectification ledger, one row each")
    problems.add_argument("output", type=Path, metavar="OUT.xlsx|OUT.csv")
    problems.add_argument("--year", type=int, metavar="Y", help="only the problems of year Y")
    study = families.add_parser("study", help="the study notebook entries, one row each")
    study.add_argument("output", type=Path, metavar="OUT.xlsx|OUT.csv")
    study.add_argument("--year", type=int, metavar="Y", help="only the entries of year Y")
    evaluations = families.add_parser(
        "evaluations", help="the democratic evaluations, one row per member evaluated"
    )
    evaluations.add_argument("output", type=Path, metavar="OUT.xlsx|OUT.csv")
    evaluations.add_argument("--year", type=int, metavar="Y", help="only the rounds of year Y")
    hours = families.add_parser(
        "volunteer-hours",
        help="volunteer hours for the national platforms, one row per person and activity",
    )
    hours.add_argument("output", type=Path, metavar="OUT.xlsx|OUT.csv")
    hours.add_argument("--year", type=int, metavar="Y", help="only the service of year Y")
    requests = families.add_parser("service-requests", help="the service requests, one row each")
    requests.add_argument("output", type=Path, metavar="OUT.xlsx|OUT.csv")
    requests.add_argument("--year", type=int, metavar="Y", help="only the requests of year Y")


def _actor(data_dir: DataDir) -> str:
    from branchdesk.core.db import Database
    from branchdesk.core.services.settings import clerk_name

    database = Database(data_dir.database)
    try:
        with database.reading() as session:
            return clerk_name(session) or "command line"
    finally:
        database.close()


def import_members(data_dir: DataDir, args: argparse.Namespace) -> int:
    from branchdesk.io.roster_import import apply_import, import_roster_preview
    from branchdesk.io.roster_plan import ImportAction

    if not args.file.is_file():
        raise BranchDeskError(f"The file {args.file} does not exist.")
    database = open_existing(data_dir)
    try:
        with database.reading() as session:
            preview = import_roster_preview(
                session,
                args.file,
                today=dt.date.today(),
                branch_name=args.branch,
                update_existing=args.update,
            )
        for column in preview.unknown_columns:
            print(f"Ignored column: {column}")
        translate = archive_translator(database)
        for error in preview.errors:
            reason = error.reason(translate)
            print(f"Row {error.row}, column {error.column or '-'}: {reason}", file=sys.stderr)
        summary = ", ".join(f"{preview.count(action)} to {action.value}" for action in ImportAction)
        if args.dry_run:
            print(f"Dry run: {summary}; {len(preview.bad_rows)} bad row(s).")
            return EXIT_PROBLEM if preview.has_errors else EXIT_OK
        if preview.has_errors and not args.skip_bad_rows:
            print(
                f"branchdesk: {len(preview.bad_rows)} row(s) have errors; nothing was imported "
                "(correct them, or use --skip-bad-rows).",
                file=sys.stderr,
            )
            return EXIT_PROBLEM
        result = apply_import(
            database,
            preview,
            actor=_actor(data_dir),
            backup_dir=data_dir.safety_backups,
            skip_bad_rows=args.skip_bad_rows,
        )
    finally:
        database.close()
    print(
        f"Imported {result.created}, updated {result.updated}, skipped {result.skipped}, "
        f"rejected {result.rejected} (safety copy: {result.snapshot})."
    )
    return EXIT_PROBLEM if result.rejected else EXIT_OK


def export_members(data_dir: DataDir, args: argparse.Namespace) -> int:
    from branchdesk.io.member_export import export_members as write_members

    if args.family == "meetings":
        return export_meetings(data_dir, args)
    if args.family == "problems":
        return export_problems(data_dir, args)
    if args.family == "study":
        return export_study(data_dir, args)
    if args.family == "evaluations":
        return export_evaluations(data_dir, args)
    if args.family in ("volunteer-hours", "service-requests"):
        from branchdesk.commands.volunteer_io import export_volunteer

        return export_volunteer(data_dir, args, _export)
    return _export(
        data_dir,
        args.output,
        lambda session, output: write_members(session, output, full_id=args.full_id),
        ("people", "people"),
    )


def _export(
    data_dir: DataDir,
    output: Path,
    write: Callable[[Session, Path], int],
    what: tuple[str, str],  # one, many
) -> int:
    """Write one export in one unit of work (it is logged with it) and say where it went."""
    if not output.parent.is_dir():
        raise BranchDeskError(f"The folder {output.parent} does not exist.")
    database = open_existing(data_dir)
    try:
        with database.unit_of_work(_actor(data_dir)) as session:
            count = write(session, output)
    finally:
        database.close()
    print(f"{output} ({count} {what[0] if count == 1 else what[1]})")
    return EXIT_OK


def export_meetings(data_dir: DataDir, args: argparse.Namespace) -> int:
    """``branchdesk export meetings OUT.xlsx|OUT.csv [--year Y]``."""
    from branchdesk.io.meeting_export import export_meetings as write_meetings

    return _export(
        data_dir,
        args.output,
        lambda session, output: write_meetings(session, output, year=args.year),
        ("meeting", "meetings"),
    )


def export_problems(data_dir: DataDir, args: argparse.Namespace) -> int:
    """``branchdesk export problems OUT.xlsx|OUT.csv [--year Y]``."""
    from branchdesk.io.problem_export import export_problems as write_problems

    return _export(
        data_dir,
        args.output,
        lambda session, output: write_problems(session, output, year=args.year),
        ("problem", "problems"),
    )


def export_study(data_dir: DataDir, args: argparse.Namespace) -> int:
    """``branchdesk export study OUT.xlsx|OUT.csv [--year Y]``."""
    from branchdesk.io.study_export import export_study as write_study

    return _export(
        data_dir,
        args.output,
        lambda session, output: write_study(session, output, year=args.year),
        ("entry", "entries"),
    )


def export_evaluations(data_dir: DataDir, args: argparse.Namespace) -> int:
    """``branchdesk export evaluations OUT.xlsx|OUT.csv [--year Y]``."""
    from branchdesk.io.evaluation_export import export_evaluations as write_evaluations

    return _export(
        data_dir,
        args.output,
        lambda session, output: write_evaluations(session, output, year=args.year),
        ("member", "members"),
    )
