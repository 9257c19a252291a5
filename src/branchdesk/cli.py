"""Command line: the GUI by default, subcommands for scripted work (DESIGN.md §7)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from branchdesk import __version__
from branchdesk.core.errors import BranchDeskError
from branchdesk.paths import DataDir, default_data_root

EXIT_OK = 0
EXIT_PROBLEM = 1  # the command ran and found a problem (e.g. a damaged database)
EXIT_USER_ERROR = 2  # the command could not do what was asked


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="branchdesk",
        description="BranchDesk (支部台账): the archive of a school Party branch.",
    )
    parser.add_argument("--data-dir", type=Path, help="the data folder (default: user data dir)")
    parser.add_argument("--version", action="version", version=f"BranchDesk {__version__}")
    parser.add_argument(
        "--sample-data",
        action="store_true",
        help="open the GUI after filling an empty data folder with sample data",
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="check this installation in a temporary folder (offscreen) and exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill an empty data folder with realistic sample data")
    demo.add_argument("--members", type=_positive, default=60, help="people (default 60)")
    demo.add_argument("--years", type=_positive, default=3, help="years of records (default 3)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    demo.add_argument("--force", action="store_true", help="replace a non-empty data folder")

    info = commands.add_parser("info", help="version, schema revision, data dir, record counts")
    info.add_argument("--json", action="store_true", help="print JSON")

    commands.add_parser("check", help="database integrity, schema revision and reminders")

    from branchdesk.commands.backup import add_backup_parser
    from branchdesk.commands.members_io import add_members_io_parsers
    from branchdesk.commands.printing import add_print_parser

    add_backup_parser(commands)
    add_print_parser(commands)
    add_members_io_parsers(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.selftest:
        from branchdesk.selftest import run_selftest

        return run_selftest()
    data_dir = DataDir(default_data_root(args.data_dir))
    try:
        if args.command is None:
            from branchdesk.app import run_gui

            return run_gui(data_dir, sample_data=args.sample_data)
        from branchdesk import commands

        handler = {
            "demo": commands.demo,
            "backup": commands.backup_command,
            "info": commands.info,
            "check": commands.check,
            "print": commands.print_form,
            "import": commands.import_members,
            "export": commands.export_members,
        }
        return handler[args.command](data_dir, args)
    except BranchDeskError as exc:
        print(f"branchdesk: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("branchdesk: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `branchdesk check | head`: the reader has all it wanted
        sys.stderr.close()
        return EXIT_OK
