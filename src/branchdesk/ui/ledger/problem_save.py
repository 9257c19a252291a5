"""What one action of the problem editor writes, inside the caller's unit of work.

保存 writes the problem's facts, its progress notes and its evidence; 开始整改, 完成整改,
销号 and 重新打开 write the same and then move the status, so what the clerk typed is never
dropped and a refused step (a 销号 without a reviewer) rolls all of it back. Only a closed
problem's reopening writes nothing else: a closed problem takes no change (**hard**).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from branchdesk.core.enums import ProblemStatus
from branchdesk.core.errors import ValidationError
from branchdesk.core.services.attachments import AttachmentDraft
from branchdesk.core.services.problems import (
    ProblemDetail,
    ProblemDraft,
    ProgressNoteRow,
    add_progress_note,
    close_problem,
    complete_problem,
    delete_progress_note,
    raise_problem,
    reopen_problem,
    save_evidence,
    start_problem,
    update_problem,
    update_progress_note,
)
from branchdesk.ui.ledger.models import NoteLine


class Move(StrEnum):
    """What the action does besides saving the form."""

    SAVE = "save"
    START = "start"
    COMPLETE = "complete"
    CLOSE = "close"
    REOPEN = "reopen"


@dataclass(frozen=True)
class EditorWrite:
    """Everything one click of the editor asks to store."""

    draft: ProblemDraft
    notes: tuple[NoteLine, ...]
    evidence: tuple[AttachmentDraft, ...]
    move: Move = Move.SAVE
    completed_on: dt.date | None = None
    reviewer: str = ""
    opinion: str = ""
    closed_on: dt.date | None = None
    reason: str = ""


def write_problem(
    session: Session,
    branch_id: int,
    stored: ProblemDetail | None,
    plan: EditorWrite,
    *,
    today: dt.date,
) -> int:
    """Raise or update the problem as ``plan`` says; returns its id. Raises ValidationError
    (a note's with ``row``, counting from 1) before anything is committed."""
    if stored is not None and stored.status is ProblemStatus.CLOSED:
        if plan.move is Move.REOPEN:
            reopen_problem(session, stored.id, today=today, reason=plan.reason)
        else:  # core refuses any change to a closed problem with its own message
            update_problem(session, stored.id, plan.draft, today=today)
        return stored.id
    if stored is None:
        problem_id = raise_problem(session, branch_id, plan.draft, today=today)
        _write_notes(session, problem_id, (), plan.notes, today)
    else:
        problem_id = stored.id
        found, was = plan.draft.found_on, stored.draft.found_on
        if found is not None and was is not None and found > was:
            # Notes move first, so none is left before the later finding date.
            _write_notes(session, problem_id, stored.notes, plan.notes, today)
            update_problem(session, problem_id, plan.draft, today=today)
        else:
            update_problem(session, problem_id, plan.draft, today=today)
            _write_notes(session, problem_id, stored.notes, plan.notes, today)
    save_evidence(session, problem_id, plan.evidence)
    _move(session, problem_id, plan, today)
    return problem_id


def _move(session: Session, problem_id: int, plan: EditorWrite, today: dt.date) -> None:
    if plan.move is Move.START:
        start_problem(session, problem_id)
    elif plan.move is Move.COMPLETE:
        complete_problem(session, problem_id, plan.completed_on, today=today)
    elif plan.move is Move.CLOSE:
        close_problem(
            session,
            problem_id,
            reviewer=plan.reviewer,
            opinion=plan.opinion,
            closed_on=plan.closed_on,
            today=today,
        )
    elif plan.move is Move.REOPEN:
        reopen_problem(session, problem_id, today=today, reason=plan.reason)


def _write_notes(
    session: Session,
    problem_id: int,
    stored: Sequence[ProgressNoteRow],
    lines: Sequence[NoteLine],
    today: dt.date,
) -> None:
    """Delete the notes removed in the editor, then correct and add the others."""
    kept = {line.id for line in lines if line.id is not None}
    before = {note.id: (note.noted_on, note.note) for note in stored}
    for note_id in before.keys() - kept:
        delete_progress_note(session, note_id)
    for number, line in enumerate(lines, start=1):
        try:
            if line.id is None:
                add_progress_note(session, problem_id, line.noted_on, line.note, today=today)
            elif before.get(line.id) != (line.noted_on, line.note):
                update_progress_note(session, line.id, line.noted_on, line.note, today=today)
        except ValidationError as error:
            raise ValidationError(
                error.field, error.rule, error.template, **{**error.params, "row": number}
            ) from error
