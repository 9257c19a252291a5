"""Inspections (日常小检查, 年度大检查, 专项检查, 巡察; RULES.md §4): record, edit, list, remind.

The caller owns the unit of work; writes go through the ORM (audited), every check runs before
the first write. Problems found at an inspection are raised with problems.raise_problem and
name the inspection; an inspection with problems on the ledger cannot be deleted (they would
lose where they came from).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import InspectionKind
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import AttachmentLink, Branch, Inspection, Member, Problem
from branchdesk.core.rules.ledger_reminders import InspectionFacts, inspection_reminders
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.rectification import OPEN_STATUSES, check_day
from branchdesk.core.rules.reminders import Reminder
from branchdesk.core.services.attachments import (
    AttachmentDraft,
    AttachmentOwner,
    list_attachments,
    save_attachments,
)

INSPECTOR_MAX = 100  # inspections.inspector: String(100)
SCOPE_MAX = 200
SUMMARY_MAX = 10_000


@dataclass(frozen=True)
class InspectionDraft:
    """An inspection as the form states it."""

    branch_id: int
    kind: InspectionKind
    inspected_on: dt.date | None
    inspector: str  # who inspected: 支部委员会, 学院党总支, 巡察组 …
    scope: str = ""  # what was inspected
    summary: str = ""  # findings in general; the problems themselves go on the ledger


@dataclass(frozen=True)
class InspectionRow:
    """One inspection in the list, with its problems counted."""

    id: int
    branch_id: int
    kind: InspectionKind
    inspected_on: dt.date
    inspector: str
    scope: str
    summary: str
    problems: int
    open_problems: int  # 待整改 or 整改中


def _error(field: str, rule: str, message: str, **params: object) -> ValidationError:
    return ValidationError(field, rule, message, **params)


def _check_length(field: str, text: str, limit: int) -> None:
    if len(text) > limit:
        raise _error(
            field,
            "text.length",
            QT_TRANSLATE_NOOP("Validation", "This text is longer than {limit} characters."),
            limit=limit,
        )


def validate_inspection(draft: InspectionDraft, *, today: dt.date) -> InspectionDraft:
    """Check a draft without the database; returns it trimmed. Raises ValidationError."""
    if not isinstance(draft.kind, InspectionKind):
        raise _error(
            "kind",
            "kind.required",
            QT_TRANSLATE_NOOP("Validation", "Please choose the kind of inspection."),
        )
    check_day("inspected_on", draft.inspected_on, today)
    clean = replace(
        draft,
        inspector=draft.inspector.strip(),
        scope=draft.scope.strip(),
        summary=draft.summary.strip(),
    )
    if not clean.inspector:
        raise _error(
            "inspector",
            "inspector.required",
            QT_TRANSLATE_NOOP("Validation", "Please enter who carried out the inspection."),
        )
    _check_length("inspector", clean.inspector, INSPECTOR_MAX)
    _check_length("scope", clean.scope, SCOPE_MAX)
    _check_length("summary", clean.summary, SUMMARY_MAX)
    return clean


def _check_branch(session: Session, branch_id: int) -> None:
    if session.get(Branch, branch_id) is None:
        raise _error(
            "branch_id",
            "branch.unknown",
            QT_TRANSLATE_NOOP("Validation", "Please choose the branch."),
        )


def _inspection(session: Session, inspection_id: int) -> Inspection:
    found = session.get(Inspection, inspection_id)
    if found is None:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "There is no inspection with number {id}."),
            id=inspection_id,
        )
    return found


def _values(draft: InspectionDraft) -> dict[str, object]:
    return {
        "branch_id": draft.branch_id,
        "kind": draft.kind,
        "inspected_on": draft.inspected_on,
        "inspector": draft.inspector,
        "scope": draft.scope,
        "summary": draft.summary,
    }


def record_inspection(session: Session, draft: InspectionDraft, *, today: dt.date) -> int:
    """Validate and store an inspection; returns its id."""
    clean = validate_inspection(draft, today=today)
    _check_branch(session, clean.branch_id)
    row = Inspection(**_values(clean))
    session.add(row)
    session.flush()
    return row.id


def update_inspection(
    session: Session, inspection_id: int, draft: InspectionDraft, *, today: dt.date
) -> None:
    """Overwrite an inspection. It keeps its branch while problems on the ledger name it."""
    row = _inspection(session, inspection_id)
    clean = validate_inspection(draft, today=today)
    _check_branch(session, clean.branch_id)
    if clean.branch_id != row.branch_id and _problem_count(session, inspection_id):
        raise _error(
            "branch_id",
            "inspection.branch_problems",
            QT_TRANSLATE_NOOP(
                "Validation",
                "Problems on the ledger came from this inspection: it stays with its branch.",
            ),
        )
    for name, value in _values(clean).items():
        if getattr(row, name) != value:  # only real changes reach the audit trail
            setattr(row, name, value)
    session.flush()


def _problem_count(session: Session, inspection_id: int) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(Problem).where(Problem.inspection_id == inspection_id)
        )
        or 0
    )


def delete_inspection(session: Session, inspection_id: int) -> None:
    """Delete an inspection recorded by mistake, with the links of its files (audited).

    Refused while problems on the ledger came from it: delete or relink them first.
    """
    row = _inspection(session, inspection_id)
    count = _problem_count(session, inspection_id)
    if count:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{count} problem(s) on the ledger came from this inspection; delete them or "
                "link them elsewhere first.",
            ),
            count=count,
        )
    for link in session.scalars(
        select(AttachmentLink).where(AttachmentLink.inspection_id == inspection_id)
    ):
        session.delete(link)
    session.delete(row)
    session.flush()


def inspection_draft(session: Session, inspection_id: int) -> InspectionDraft:
    """A draft holding a stored inspection, for editing it."""
    row = _inspection(session, inspection_id)
    return InspectionDraft(
        branch_id=row.branch_id,
        kind=row.kind,
        inspected_on=row.inspected_on,
        inspector=row.inspector or "",
        scope=row.scope or "",
        summary=row.summary or "",
    )


def inspection_rows(
    session: Session,
    year: int,
    *,
    branch_id: int | None = None,
    kind: InspectionKind | None = None,
) -> list[InspectionRow]:
    """The inspections held in ``year`` by date, each with its problems counted (in SQL)."""
    counts = (
        select(
            Problem.inspection_id.label("inspection_id"),
            func.count().label("problems"),
            func.sum(case((Problem.status.in_(OPEN_STATUSES), 1), else_=0)).label("open"),
        )
        .where(Problem.inspection_id.is_not(None))
        .group_by(Problem.inspection_id)
        .subquery()
    )
    query = (
        select(
            Inspection.id,
            Inspection.branch_id,
            Inspection.kind,
            Inspection.inspected_on,
            func.coalesce(Inspection.inspector, ""),
            func.coalesce(Inspection.scope, ""),
            func.coalesce(Inspection.summary, ""),
            func.coalesce(counts.c.problems, 0),
            func.coalesce(counts.c.open, 0),
        )
        .outerjoin(counts, counts.c.inspection_id == Inspection.id)
        .where(
            Inspection.inspected_on >= dt.date(year, 1, 1),
            Inspection.inspected_on <= dt.date(year, 12, 31),
        )
        .order_by(Inspection.inspected_on, Inspection.id)
    )
    if branch_id is not None:
        query = query.where(Inspection.branch_id == branch_id)
    if kind is not None:
        query = query.where(Inspection.kind == kind)
    return [InspectionRow(*row) for row in session.execute(query)]


# files -------------------------------------------------------------------------------------


def inspection_owner(inspection_id: int) -> AttachmentOwner:
    """The attachments owner of an inspection's files (check lists, photos)."""
    return AttachmentOwner("inspection_id", inspection_id)


def list_inspection_files(session: Session, inspection_id: int) -> list[AttachmentDraft]:
    _inspection(session, inspection_id)
    return list_attachments(session, inspection_owner(inspection_id))


def save_inspection_files(
    session: Session, inspection_id: int, drafts: Sequence[AttachmentDraft]
) -> None:
    _inspection(session, inspection_id)
    save_attachments(session, inspection_owner(inspection_id), drafts)


# reminders ---------------------------------------------------------------------------------


def inspection_facts(session: Session, today: dt.date) -> list[InspectionFacts]:
    """Each branch with its latest routine inspection and the years of its annual ones."""
    last_routine = {
        branch_id: day
        for branch_id, day in session.execute(
            select(Inspection.branch_id, func.max(Inspection.inspected_on))
            .where(Inspection.kind == InspectionKind.ROUTINE, Inspection.inspected_on <= today)
            .group_by(Inspection.branch_id)
        )
    }
    annual: dict[int, set[int]] = {}
    for branch_id, day in session.execute(
        select(Inspection.branch_id, Inspection.inspected_on).where(
            Inspection.kind == InspectionKind.ANNUAL,
            Inspection.inspected_on >= dt.date(today.year - 1, 1, 1),
        )
    ):
        annual.setdefault(branch_id, set()).add(day.year)
    return [
        InspectionFacts(
            branch.id,
            branch.name,
            branch.founded_on,
            last_routine.get(branch.id),
            frozenset(annual.get(branch.id, ())),
        )
        for branch in session.scalars(select(Branch).order_by(Branch.position, Branch.id))
    ]


def inspection_reminder_provider(
    session: Session, rules: LocalRules, today: dt.date
) -> Iterable[Reminder]:
    """工作台: routine and annual inspections not held in time, per branch."""
    if not session.scalar(select(func.count()).select_from(Member)):
        return []  # an empty archive owes no inspections yet
    return list(inspection_reminders(inspection_facts(session, today), rules, today))
