"""Rectification progress of a problem: dated notes, status moves, 销号, evidence (佐证材料).

Split from problems.py (which re-exports all of it). The caller owns the unit of work; each
function checks everything before it writes, through the ORM (audited). The rules are in
core/rules/rectification.py; a closed problem takes no change but a reopen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.core.enums import ProblemStatus
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import Problem, ProgressNote
from branchdesk.core.rules.rectification import (
    check_close,
    check_complete,
    check_day,
    check_editable,
    check_not_before_found,
    check_reopen,
    check_start,
)
from branchdesk.core.services.attachments import (
    AttachmentDraft,
    AttachmentOwner,
    list_attachments,
    save_attachments,
)

# Column limits (models/inspections.py), and bounds on the Text columns so a row still prints.
CATEGORY_MAX = 60
NAME_MAX = 60  # 责任领导, 责任人, 复查人
LEDGER_TEXT_MAX = 2_000  # 问题表现, 整改目标, 整改措施, 复查意见: cells of the printed ledger
NOTE_MAX = 5_000


@dataclass(frozen=True)
class ProgressNoteRow:
    id: int
    noted_on: dt.date
    note: str


def error(field: str, rule: str, message: str, **params: object) -> ValidationError:
    """The ValidationError of ``field`` breaking ``rule`` (shared with problems.py)."""
    return ValidationError(field, rule, message, **params)


def check_length(field: str, text: str, limit: int) -> None:
    """Texts stay within their column, or within what a ledger cell can print."""
    if len(text) > limit:
        raise error(
            field,
            "text.length",
            QT_TRANSLATE_NOOP("Validation", "This text is longer than {limit} characters."),
            limit=limit,
        )


def get_problem(session: Session, problem_id: int) -> Problem:
    """The problem, or BranchDeskError naming the number that is not on file."""
    problem = session.get(Problem, problem_id)
    if problem is None:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "There is no problem with number {id}."), id=problem_id
        )
    return problem


def _note(session: Session, note_id: int) -> ProgressNote:
    note = session.get(ProgressNote, note_id)
    if note is None:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "There is no progress note with number {id}."),
            id=note_id,
        )
    return note


def assign_changed(target: object, values: dict[str, object]) -> None:
    """Set only what changed, so the audit trail lists real changes."""
    for name, value in values.items():
        if getattr(target, name) != value:
            setattr(target, name, value)


def progress_notes(session: Session, problem_id: int) -> list[ProgressNoteRow]:
    """A problem's notes by date."""
    rows = session.execute(
        select(ProgressNote.id, ProgressNote.noted_on, ProgressNote.note)
        .where(ProgressNote.problem_id == problem_id)
        .order_by(ProgressNote.noted_on, ProgressNote.id)
    )
    return [ProgressNoteRow(*row) for row in rows]


# progress notes ----------------------------------------------------------------------------


def _check_note(problem: Problem, noted_on: dt.date | None, note: str, today: dt.date) -> str:
    check_editable(problem.status)
    day = check_day("noted_on", noted_on, today)
    check_not_before_found("noted_on", day, problem.found_on)
    text = note.strip()
    if not text:
        raise error(
            "note",
            "note.required",
            QT_TRANSLATE_NOOP("Validation", "Please write what progress was made."),
        )
    check_length("note", text, NOTE_MAX)
    return text


def add_progress_note(
    session: Session, problem_id: int, noted_on: dt.date | None, note: str, *, today: dt.date
) -> int:
    """Add a dated progress note (not in the future, not before the finding); returns its id."""
    problem = get_problem(session, problem_id)
    text = _check_note(problem, noted_on, note, today)
    row = ProgressNote(problem_id=problem_id, noted_on=noted_on, note=text)
    session.add(row)
    session.flush()
    return row.id


def update_progress_note(
    session: Session, note_id: int, noted_on: dt.date | None, note: str, *, today: dt.date
) -> None:
    row = _note(session, note_id)
    text = _check_note(get_problem(session, row.problem_id), noted_on, note, today)
    assign_changed(row, {"noted_on": noted_on, "note": text})
    session.flush()


def delete_progress_note(session: Session, note_id: int) -> None:
    row = _note(session, note_id)
    check_editable(get_problem(session, row.problem_id).status)
    session.delete(row)
    session.flush()


# status ------------------------------------------------------------------------------------


def start_problem(session: Session, problem_id: int) -> None:
    """待整改 → 整改中."""
    problem = get_problem(session, problem_id)
    problem.status = check_start(problem.status)
    session.flush()


def complete_problem(
    session: Session, problem_id: int, completed_on: dt.date | None, *, today: dt.date
) -> None:
    """待整改 or 整改中 → 已完成 on ``completed_on`` (not before the finding, not in the future)."""
    problem = get_problem(session, problem_id)
    day = check_complete(problem.status, completed_on, problem.found_on, today)
    assign_changed(problem, {"status": ProblemStatus.COMPLETED, "completed_on": day})
    session.flush()


def close_problem(
    session: Session,
    problem_id: int,
    *,
    reviewer: str,
    opinion: str,
    closed_on: dt.date | None,
    today: dt.date,
) -> None:
    """已完成 → 已销号 after review (**hard**: reviewer, opinion and a date not before the
    completion and not in the future)."""
    problem = get_problem(session, problem_id)
    reviewer, opinion, day = check_close(
        problem.status, problem.completed_on, reviewer, opinion, closed_on, today
    )
    check_length("reviewer", reviewer, NAME_MAX)
    check_length("review_opinion", opinion, LEDGER_TEXT_MAX)
    assign_changed(
        problem,
        {
            "status": ProblemStatus.CLOSED,
            "reviewer": reviewer,
            "review_opinion": opinion,
            "closed_on": day,
        },
    )
    session.flush()


def reopen_problem(
    session: Session, problem_id: int, *, today: dt.date, reason: str = ""
) -> ProblemStatus:
    """One step back (整改中 → 待整改, 已完成 → 整改中, 已销号 → 已完成); returns the new status.

    Going back clears what the later status recorded (the completion date; the review).
    Reopening a closed problem needs ``reason``, kept as a progress note of ``today``.
    """
    problem = get_problem(session, problem_id)
    status = check_reopen(problem.status, reason)
    check_length("reason", reason.strip(), NOTE_MAX)
    values: dict[str, object] = {"status": status}
    if problem.status is ProblemStatus.CLOSED:
        values.update(reviewer="", review_opinion="", closed_on=None)
        session.add(ProgressNote(problem_id=problem_id, noted_on=today, note=reason.strip()))
    elif problem.status is ProblemStatus.COMPLETED:
        values["completed_on"] = None
    assign_changed(problem, values)
    session.flush()
    return status


# evidence (佐证材料) -----------------------------------------------------------------------


def evidence_owner(problem_id: int) -> AttachmentOwner:
    """The attachments owner of a problem's evidence."""
    return AttachmentOwner("problem_id", problem_id)


def list_evidence(session: Session, problem_id: int) -> list[AttachmentDraft]:
    get_problem(session, problem_id)
    return list_attachments(session, evidence_owner(problem_id))


def save_evidence(session: Session, problem_id: int, drafts: Sequence[AttachmentDraft]) -> None:
    """Make the problem's evidence links match ``drafts`` (files stored beforehand with
    attachments.store_file); refused once the problem is closed."""
    check_editable(get_problem(session, problem_id).status)
    save_attachments(session, evidence_owner(problem_id), drafts)
