"""Print jobs: a named document rendered to a PDF file; the command line and the preview share them.

A job is built on the GUI (or CLI) thread, which checks its selectors at once (a missing member
or branch raises BranchDeskError there); ``render`` then reads what it needs in its own session
and writes the PDF, so the GUI can run it off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from branchdesk.core.print_data import development_record, member_card, resolve_branch, roster

if TYPE_CHECKING:
    from branchdesk.core.db import Database
    from branchdesk.reports.handoff_list import HandoffList
    from branchdesk.reports.table import TableExport

# Called with the number of pages finished so far (from the rendering thread).
ProgressCallback = Callable[[int], None]


@dataclass(frozen=True)
class PrintJob:
    """A document to print: its title (window title, default file name) and how to make it."""

    title: str
    render: Callable[[Path, ProgressCallback | None], int]  # writes the PDF; returns pages
    kind: str = "document"  # the form's name (e.g. "roster"), for the export log


def member_card_job(
    database: Database, member_id: int, *, attachments_dir: Path | None = None
) -> PrintJob:
    """党员基本信息表 of one person; raises BranchDeskError now if there is no such member."""
    with database.reading() as session:
        name = member_card(session, member_id, attachments_dir=attachments_dir).name

    def render(output: Path, on_page: ProgressCallback | None) -> int:
        from branchdesk.reports.member_card import render_member_card

        with database.reading() as session:  # fresh: the record may have changed since
            card = member_card(session, member_id, attachments_dir=attachments_dir)
        return render_member_card(card, output, on_page=on_page)

    return PrintJob(title=f"党员基本信息表 — {name}", render=render, kind="member_card")


def development_record_job(database: Database, member_id: int) -> PrintJob:
    """发展党员工作纪实表 of one person; raises BranchDeskError now if there is no such member."""
    with database.reading() as session:
        name = development_record(session, member_id).name

    def render(output: Path, on_page: ProgressCallback | None) -> int:
        from branchdesk.reports.development_record import render_development_record

        with database.reading() as session:  # fresh: steps may have been recorded since
            record = development_record(session, member_id)
        return render_development_record(record, output, on_page=on_page)

    return PrintJob(title=f"发展党员工作纪实表 — {name}", render=render, kind="development_record")


def roster_job(
    database: Database, *, branch_name: str | None = None, full_id: bool = False, today: date
) -> PrintJob:
    """党员花名册 of a branch (the first one by default); raises BranchDeskError now for an
    unknown branch name. ID numbers are masked unless ``full_id``."""
    with database.reading() as session:
        branch = resolve_branch(session, branch_name)

    def render(output: Path, on_page: ProgressCallback | None) -> int:
        from branchdesk.reports.roster import render_roster

        with database.reading() as session:
            # Looked up by name again: a branch renamed meanwhile fails with a clear error.
            data = roster(session, branch_name=branch.name, full_id=full_id, today=today)
        return render_roster(data, output, on_page=on_page)

    return PrintJob(title=f"党员花名册 — {branch.name}", render=render, kind="roster")


def table_job(table: TableExport) -> PrintJob:
    """Any table as a PDF form (the rows are already in hand: nothing to read)."""

    def render(output: Path, on_page: ProgressCallback | None) -> int:
        from branchdesk.reports.table import render_table

        return render_table(table, output, on_page=on_page)

    return PrintJob(title=table.title, render=render, kind="table")


def ledger_job(
    database: Database,
    *,
    year: int | None = None,
    inspection_id: int | None = None,
    branch_name: str | None = None,
    today: date | None = None,
) -> PrintJob:
    """问题整改台账 of a year for a branch (the first by default), or of one inspection;
    raises BranchDeskError now for a bad year, branch or inspection."""
    from branchdesk.core.print_data.ledger import ledger, ledger_heading
    from branchdesk.reports.ledger import ledger_title

    today = today or date.today()
    with database.reading() as session:  # the problems are read when it renders
        data = ledger_heading(
            session, year=year, inspection_id=inspection_id, branch_name=branch_name, today=today
        )

    def render(output: Path, on_page: ProgressCallback | None) -> int:
        from branchdesk.reports.ledger import render_ledger

        with database.reading() as session:  # fresh: problems may have changed since
            fresh = ledger(
                session,
                year=year,
                inspection_id=inspection_id,
                branch_name=data.branch_name if inspection_id is None else None,
                today=today,
            )
        return render_ledger(fresh, output, on_page=on_page)

    title = ledger_title(data)
    if data.inspection is not None:
        title += f"（{data.inspection.inspected_on.isoformat()}）"
    return PrintJob(title=f"{title} — {data.branch_name}", render=render, kind="ledger")


if TYPE_CHECKING:
    from branchdesk.core.enums import MeetingKind


def minutes_job(database: Database, meeting_id: int) -> PrintJob:
    """会议记录 of one meeting; raises BranchDeskError now if there is no such meeting."""
    from branchdesk.core.print_data.minutes import minutes
    from branchdesk.reports.minutes import heading

    with database.reading() as session:
        title = heading(minutes(session, meeting_id))

    def render(output: Path, on_page: ProgressCallback | None) -> int:
        from branchdesk.reports.minutes import render_minutes

        with database.reading() as session:  # fresh: the minutes may have been edited since
            record = minutes(session, meeting_id)
        return render_minutes(record, output, on_page=on_page)

    return PrintJob(title=f"会议记录 — {title}", render=render, kind="minutes")


def minutes_book_job(
    database: Database,
    year: int,
    kind: MeetingKind | None = None,
    *,
    branch_name: str | None = None,
) -> PrintJob:
    """The minutes book of a year (optionally one kind) of a branch (the first by default);
    raises BranchDeskError now when there is no meeting to print."""
    from branchdesk.core.print_data.minutes import minutes_book
    from branchdesk.reports.minutes import book_title

    with database.reading() as session:
        book = minutes_book(session, year, kind, branch_name=branch_name)

    def render(output: Path, on_page: ProgressCallback | None) -> int:
        from branchdesk.reports.minutes import render_minutes_book

        with database.reading() as session:
            data = minutes_book(session, year, kind, branch_name=book.branch_name)
        return render_minutes_book(data, output, on_page=on_page)

    return PrintJob(
        title=f"{book_title(book)} — {book.branch_name}", render=render, kind="minutes_book"
    )


def study_notebook_job(
    database: Database, member_id: int, year: int, *, today: date | None = None
) -> PrintJob:
    """学习笔记 of one member and year; raises BranchDeskError now for an unknown member or a
    year outside 1921 to this year."""
    from branchdesk.core.print_data.study_notebook import study_notebook

    today = today or date.today()
    with database.reading() as session:
        name = study_notebook(session, member_id, year, today=today).name

    def render(output: Path, on_page: ProgressCallback | None) -> int:
        from branchdesk.reports.study_notebook import render_study_notebook

        with database.reading() as session:  # fresh: entries may have been recorded since
            notebook = study_notebook(session, member_id, year, today=today)
        return render_study_notebook(notebook, output, on_page=on_page)

    return PrintJob(title=f"{year}年度学习笔记 — {name}", render=render, kind="study_notebook")


def evaluation_sheet_job(
    database: Database, member_id: int, year: int, *, today: date | None = None
) -> PrintJob:
    """民主评议表 of one member and year; raises BranchDeskError now for an unknown member, a
    year outside 1921 to this year, or a member in no evaluation of that year."""
    from branchdesk.core.print_data.evaluation import evaluation_sheet

    today = today or date.today()
    with database.reading() as session:
        name = evaluation_sheet(session, member_id, year, today=today).name

    def render(output: Path, on_page: ProgressCallback | None) -> int:
        from branchdesk.reports.evaluation import render_evaluation_sheet

        with database.reading() as session:  # fresh: the evaluation may have changed since
            sheet = evaluation_sheet(session, member_id, year, today=today)
        return render_evaluation_sheet(sheet, output, on_page=on_page)

    return PrintJob(title=f"{year}年度民主评议表 — {name}", render=render, kind="evaluation")


def evaluation_book_job(
    database: Database,
    year: int,
    *,
    branch_name: str | None = None,
    summary_only: bool = False,
    today: date | None = None,
) -> PrintJob:
    """A branch's (the first by default) round of ``year``: the summary table, then every
    member's 民主评议表 unless ``summary_only``; raises BranchDeskError now for a bad year or
    branch, or when the branch has no round of that year."""
    from branchdesk.core.print_data.evaluation import evaluation_book

    today = today or date.today()
    with database.reading() as session:
        book = evaluation_book(session, year, branch_name=branch_name, today=today)

    def render(output: Path, on_page: ProgressCallback | None) -> int:
        from branchdesk.reports.evaluation import render_evaluation_book

        with database.reading() as session:
            data = evaluation_book(session, year, branch_name=book.branch_name, today=today)
        return render_evaluation_book(data, output, summary_only=summary_only, on_page=on_page)

    title = f"{year}年度民主评议党员汇总表" if summary_only else f"{year}年度民主评议党员"
    return PrintJob(
        title=f"{title} — {book.branch_name}",
        render=render,
        kind="evaluation_summary" if summary_only else "evaluation_book",
    )


def handoff_list_job(handoff: HandoffList) -> PrintJob:
    """交接清单 of a backup that was verified (the handoff wizard just wrote and read it back;
    ``print handoff-list`` verifies the file first)."""

    def render(output: Path, on_page: ProgressCallback | None) -> int:
        from branchdesk.reports.handoff_list import render_handoff_list

        return render_handoff_list(handoff, output, on_page=on_page)

    return PrintJob(title=f"台账移交清单 — {handoff.file_name}", render=render, kind="handoff_list")


def volunteer_certificate_job(
    database: Database,
    member_id: int,
    year: int,
    *,
    actor: str,
    today: date | None = None,
) -> PrintJob:
    """志愿服务记录证明 of one member's service in ``year``. Building the job issues the
    certificate (or finds the one issued before: a reprint keeps its number) in its own unit
    of work as ``actor``; raises BranchDeskError now for an unknown member, a year outside
    1921 to this year, or a year without service."""
    from branchdesk.core.print_data.study_notebook import check_year
    from branchdesk.core.rules.volunteer import Period
    from branchdesk.core.services.volunteer_certificates import issue_certificate

    today = today or date.today()
    check_year(year, today)
    with database.unit_of_work(actor) as session:
        certificate = issue_certificate(session, member_id, Period.of_year(year), today=today)

    def render(output: Path, on_page: ProgressCallback | None) -> int:
        from branchdesk.core.print_data.volunteer import certificate_form
        from branchdesk.reports.volunteer_certificate import render_volunteer_certificate

        with database.reading() as session:  # fresh: activities may have been corrected since
            form = certificate_form(session, certificate.id)
        return render_volunteer_certificate(form, output, on_page=on_page)

    return PrintJob(
        title=f"志愿服务记录证明 {certificate.number} — {certificate.name}",
        render=render,
        kind="volunteer_certificate",
    )


def volunteer_summary_job(
    database: Database, year: int, *, branch_name: str | None = None, today: date | None = None
) -> PrintJob:
    """志愿服务汇总表 of a branch (the first by default) and year; raises BranchDeskError now
    for a year outside 1921 to this year or an unknown branch."""
    from branchdesk.core.print_data.volunteer import volunteer_summary

    today = today or date.today()
    with database.reading() as session:
        summary = volunteer_summary(session, year, branch_name=branch_name, today=today)

    def render(output: Path, on_page: ProgressCallback | None) -> int:
        from branchdesk.reports.volunteer_summary import render_volunteer_summary

        with database.reading() as session:
            data = volunteer_summary(session, year, branch_name=summary.branch_name, today=today)
        return render_volunteer_summary(data, output, on_page=on_page)

    return PrintJob(
        title=f"{year}年度志愿服务汇总表 — {summary.branch_name}",
        render=render,
        kind="volunteer_summary",
    )
