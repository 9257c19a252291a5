"""``branchdesk print FORM [selectors] -o OUT.pdf``: the same print jobs as the GUI preview."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from branchdesk.commands.archive import EXIT_OK, open_existing
from branchdesk.core.db import Database
from branchdesk.core.enums import MeetingKind
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.services.exports import record_export
from branchdesk.paths import DataDir
from branchdesk.reports.jobs import PrintJob


@dataclass(frozen=True)
class FormCommand:
    """One printable form: its name on the command line, its selectors, its job."""

    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    make_job: Callable[[Database, DataDir, argparse.Namespace], PrintJob]


def _member_card_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--member", type=int, required=True, metavar="ID", help="member number")


def _member_card_job(database: Database, data_dir: DataDir, args: argparse.Namespace) -> PrintJob:
    from branchdesk.reports.jobs import member_card_job

    return member_card_job(database, args.member, attachments_dir=data_dir.attachments)


def _development_record_job(
    database: Database, data_dir: DataDir, args: argparse.Namespace
) -> PrintJob:
    from branchdesk.reports.jobs import development_record_job

    return development_record_job(database, args.member)


def _roster_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--branch", metavar="NAME", help="branch name (default: the first)")
    parser.add_argument(
        "--full-id", action="store_true", help="print full ID numbers (masked by default)"
    )


def _roster_job(database: Database, data_dir: DataDir, args: argparse.Namespace) -> PrintJob:
    from branchdesk.reports.jobs import roster_job

    return roster_job(
        database, branch_name=args.branch, full_id=args.full_id, today=dt.date.today()
    )


def _minutes_arguments(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--meeting", type=int, metavar="ID", help="one meeting's minutes")
    which.add_argument("--year", type=int, metavar="Y", help="the minutes book of year Y")
    parser.add_argument("--kind", metavar="KIND", help="with --year: only meetings of this kind")
    parser.add_argument("--branch", metavar="NAME", help="with --year: branch (default: the first)")


def _minutes_job(database: Database, data_dir: DataDir, args: argparse.Namespace) -> PrintJob:
    from branchdesk.reports.jobs import minutes_book_job, minutes_job

    if args.meeting is not None:
        if args.kind is not None or args.branch is not None:
            raise BranchDeskError("--kind and --branch go with --year, not with --meeting.")
        return minutes_job(database, args.meeting)
    kind = None if args.kind is None else _meeting_kind(args.kind)
    return minutes_book_job(database, args.year, kind, branch_name=args.branch)


def _meeting_kind(text: str) -> MeetingKind:
    """A meeting kind by its code (branch_assembly) or its Chinese name (支部党员大会)."""
    from branchdesk.reports.labels import MEETING_KIND

    for kind, label in MEETING_KIND.items():
        if text.strip() in (kind.value, label):
            return kind
    kinds = ", ".join(f"{kind.value} ({label})" for kind, label in MEETING_KIND.items())
    raise BranchDeskError(f"There is no meeting kind {text}; the kinds are: {kinds}.")


def _ledger_arguments(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--year", type=int, metavar="Y", help="the ledger of year Y")
    which.add_argument("--inspection", type=int, metavar="ID", help="one inspection's problems")
    parser.add_argument("--branch", metavar="NAME", help="with --year: branch (default: the first)")


def _ledger_job(database: Database, data_dir: DataDir, args: argparse.Namespace) -> PrintJob:
    from branchdesk.reports.jobs import ledger_job

    if args.inspection is not None and args.branch is not None:
        raise BranchDeskError("--branch goes with --year, not with --inspection.")
    return ledger_job(
        database, year=args.year, inspection_id=args.inspection, branch_name=args.branch
    )


def _study_notebook_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--member", type=int, required=True, metavar="ID", help="member number")
    parser.add_argument("--year", type=int, required=True, metavar="Y", help="the year")


def _study_notebook_job(
    database: Database, data_dir: DataDir, args: argparse.Namespace
) -> PrintJob:
    from branchdesk.reports.jobs import study_notebook_job

    return study_notebook_job(database, args.member, args.year)


def _evaluation_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, required=True, metavar="Y", help="the year evaluated")
    parser.add_argument("--member", type=int, metavar="ID", help="only this member's form")
    parser.add_argument("--branch", metavar="NAME", help="the branch (default: the first)")
    parser.add_argument(
        "--summary-only", action="store_true", help="only the summary table, not every form"
    )


def _evaluation_job(database: Database, data_dir: DataDir, args: argparse.Namespace) -> PrintJob:
    from branchdesk.reports.jobs import evaluation_book_job, evaluation_sheet_job

    if args.member is not None:
        if args.branch is not None or args.summary_only:
            raise BranchDeskError("--branch and --summary-only go without --member.")
        return evaluation_sheet_job(database, args.member, args.year)
    # The whole round by default: the summary and every member's form, filed as one set.
    return evaluation_book_job(
        database, args.year, branch_name=args.branch, summary_only=args.summary_only
    )


def _handoff_list_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--backup", type=Path, required=True, metavar="FILE", help="the backup")
    parser.add_argument(
        "--passphrase-file", type=Path, metavar="F", help="the encrypted backup's passphrase"
    )


def _handoff_list_job(database: Database, data_dir: DataDir, args: argparse.Namespace) -> PrintJob:
    """Verify the backup completely, then list what it holds."""
    from branchdesk.backup.verify import verify_backup
    from branchdesk.commands.backup import read_passphrase
    from branchdesk.reports.handoff_list import HandoffList, file_sha256
    from branchdesk.reports.jobs import handoff_list_job

    passphrase = read_passphrase(args.passphrase_file)
    with verify_backup(args.backup, passphrase) as verified:
        handoff = HandoffList(
            file_name=args.backup.name,
            size_bytes=args.backup.stat().st_size,
            sha256=file_sha256(args.backup),
            encrypted=verified.encrypted,
            manifest=verified.manifest,
            printed_on=dt.date.today(),
        )
    return handoff_list_job(handoff)


def _volunteer_certificate_job(
    database: Database, data_dir: DataDir, args: argparse.Namespace
) -> PrintJob:
    from branchdesk.reports.jobs import volunteer_certificate_job

    # Issues the certificate's number (or finds the one issued before) as the clerk.
    return volunteer_certificate_job(database, args.member, args.year, actor=_actor(database))


def _volunteer_summary_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, required=True, metavar="Y", help="the year")
    parser.add_argument("--branch", metavar="NAME", help="the branch (default: the first)")


def _volunteer_summary_job(
    database: Database, data_dir: DataDir, args: argparse.Namespace
) -> PrintJob:
    from branchdesk.reports.jobs import volunteer_summary_job

    return volunteer_summary_job(database, args.year, branch_name=args.branch)


# Later record families add their forms here (ledger, minutes, evaluation …).
FORMS: tuple[FormCommand, ...] = (
    FormCommand(
        "member-card", "党员基本信息表 of one member", _member_card_arguments, _member_card_job
    ),
    FormCommand("roster", "花名册 of a branch", _roster_arguments, _roster_job),
    FormCommand(
        "development-record",
        "发展党员工作纪实表 of one person",
        _member_card_arguments,  # the same --member ID
        _development_record_job,
    ),
    FormCommand(
        "minutes",
        "会议记录 of one meeting, or a year's minutes book",
        _minutes_arguments,
        _minutes_job,
    ),
    FormCommand(
        "ledger",
        "问题整改台账 of a year, or of one inspection",
        _ledger_arguments,
        _ledger_job,
    ),
    FormCommand(
        "study-notebook",
        "学习笔记 of one member for a year",
        _study_notebook_arguments,
        _study_notebook_job,
    ),
    FormCommand(
        "evaluation",
        "民主评议: a year's summary table and every member's form, or one member's form",
        _evaluation_arguments,
        _evaluation_job,
    ),
    FormCommand(
        "handoff-list",
        "交接清单 of a backup file (verified first)",
        _handoff_list_arguments,
        _handoff_list_job,
    ),
    FormCommand(
        "volunteer-certificate",
        "志愿服务记录证明 of one member for a year (numbered; a reprint keeps the number)",
        _study_notebook_arguments,  # the same --member ID --year Y
        _volunteer_certificate_job,
    ),
    FormCommand(
        "volunteer-summary",
        "志愿服务汇总表 of a branch for a year",
        _volunteer_summary_arguments,
        _volunteer_summary_job,
    ),
)


def add_print_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    printing = commands.add_parser("print", help="print a form to a PDF file")
    forms = printing.add_subparsers(dest="form", metavar="FORM", required=True)
    for form in FORMS:
        parser = forms.add_parser(form.name, help=form.help)
        form.add_arguments(parser)
        parser.add_argument(
            "-o", "--output", type=Path, required=True, metavar="OUT.pdf", help="the PDF to write"
        )


def print_form(data_dir: DataDir, args: argparse.Namespace) -> int:
    form = next(form for form in FORMS if form.name == args.form)
    output: Path = args.output
    if not output.parent.is_dir():
        raise BranchDeskError(f"The folder {output.parent} does not exist.")
    database = open_existing(data_dir)
    try:
        job = form.make_job(database, data_dir, args)
        pages = job.render(output, None)
        with database.unit_of_work(_actor(database)) as session:
            record_export(session, kind=form.name, title=job.title, destination=str(output))
    finally:
        database.close()
    print(f"{output} ({pages} page{'s' if pages != 1 else ''})")
    return EXIT_OK


def _actor(database: Database) -> str:
    from branchdesk.core.services.settings import clerk_name

    with database.reading() as session:
        return clerk_name(session) or "command line"
