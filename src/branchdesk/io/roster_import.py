"""Roster import: read → preview (every row planned or rejected with reasons) → apply at once.

The preview touches nothing; apply takes a safety snapshot, then writes every good row in one
unit of work through core/services/members.py, so a failure leaves the archive as it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.core.audit import log_action
from branchdesk.core.db import Database, snapshot
from branchdesk.core.enums import Stage
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from branchdesk.core.models import Branch, Member, PartyGroup
from branchdesk.core.services.members import (
    STEP_FIELDS,
    MemberDraft,
    MemberMatches,
    MemberUpdates,
    add_member,
    add_new_steps,
    derive_stage,
    draft_of,
    find_members,
    normalise_phone,
    party_group_branches,
    step_dates_of,
    validate_member_draft,
)
from branchdesk.io.dates import parse_date
from branchdesk.io.headers import EXPORT_HEADERS, ColumnMapping, correct_mapping
from branchdesk.io.roster_cells import cell_text, read_gender, read_id_number, read_stage
from branchdesk.io.roster_file import RosterFile, read_roster
from branchdesk.io.roster_plan import (
    ImportAction,
    ImportPreview,
    ImportResult,
    PlannedRow,
    RowError,
)

__all__ = [
    "ImportAction",
    "ImportPreview",
    "ImportResult",
    "PlannedRow",
    "RowError",
    "apply_import",
    "correct_mapping",
    "import_roster_preview",
    "preview_import",
    "read_roster",
]

_STAGE_ORDER = list(Stage)
_DATE_FIELDS = ("birth_date", *STEP_FIELDS)
_TEXT_FIELDS = (
    "ethnicity",
    "student_number",
    "grade",
    "class_name",
    "department",
    "native_place",
    "education",
    "address",
    "dormitory",
    "job_post",
    "notes",
)


class RowRejectedError(BranchDeskError):
    """A planned row the archive refused on apply (it changed since the preview)."""

    def __init__(self, row: int, reason: ValidationError) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "Row {row}: {reason} Nothing was imported."),
            row=row,
            reason=reason.message,
        )
        self.reason = reason

    def text(self, translate: Translate = untranslated) -> str:
        """The sentence with its reason in the same language."""
        template = translate(self.context, self.template)
        return template.format(row=self.params["row"], reason=self.reason.text(translate))


# --- preview --------------------------------------------------------------------------------


def preview_import(
    session: Session,
    roster: RosterFile,
    mapping: ColumnMapping | None = None,
    *,
    today: dt.date,
    branch_name: str | None = None,
    update_existing: bool = False,
) -> ImportPreview:
    """Plan every data row (create / update / skip) or reject it with reasons; writes nothing.

    Raises BranchDeskError when there is no branch to import into or the name is unknown,
    or when the mapping has no name column.
    """
    mapping = mapping or roster.mapping
    if not mapping.has("name"):
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "No column is mapped to the name (姓名); map one first.")
        )
    branches = _branches(session)
    default_branch = _default_branch(branches, branch_name)
    preview = ImportPreview(
        roster.path,
        today,
        default_branch,
        unknown_columns=[roster.header_of(index) for index in mapping.unknown],
    )
    context = _Context(session, roster, mapping, preview, branches, update_existing)
    # Every row is read first, so that the people it names are found with a few queries.
    rows = [(number, *context.parse(values)) for number, values in roster.rows]
    context.find_on_file([parsed for _number, parsed, _month_only, _errors in rows])
    for number, parsed, month_only, errors in rows:
        context.plan_row(number, parsed, month_only, errors)
    return preview


class _Context:
    """State shared across the rows of one preview (duplicates, groups, lookups)."""

    def __init__(
        self,
        session: Session,
        roster: RosterFile,
        mapping: ColumnMapping,
        preview: ImportPreview,
        branches: dict[str, int],
        update_existing: bool,
    ) -> None:
        self.session = session
        self.roster = roster
        self.mapping = mapping
        self.preview = preview
        self.branches = branches
        self.update_existing = update_existing
        self.seen_ids: dict[str, int] = {}
        self.seen_numbers: dict[str, int] = {}
        self.groups = {
            (group.branch_id, group.name): group.id for group in session.scalars(select(PartyGroup))
        }
        self.matches = MemberMatches()  # filled by find_on_file
        self.members: dict[int, Member] = {}
        self.step_dates: dict[int, dict[int, dt.date]] = {}

    def find_on_file(self, rows: list[dict[str, object]]) -> None:
        """Read the people the rows name, and their step dates, with a few queries: a query
        or two per row made a 2,000-row re-import preview take a second and more."""
        self.matches = find_members(
            self.session,
            id_numbers=[str(parsed.get("id_number") or "") for parsed in rows],
            student_numbers=[str(parsed.get("student_number") or "") for parsed in rows],
        )
        for found in (self.matches.by_id_number, self.matches.by_student_number):
            self.members.update((member.id, member) for member in found.values())
        self.step_dates = step_dates_of(self.session, self.members.keys())

    def draft_on_file(self, member_id: int) -> MemberDraft:
        """A fresh draft of a found person's current file (draft_from_member's)."""
        return draft_of(self.members[member_id], self.step_dates.get(member_id, {}))

    def column(self, key: str) -> str:
        """The header text of a field's column, or its standard header when not mapped."""
        fallback = {"gender": "id_number", "birth_date": "id_number", "stage": "applied_on"}
        for candidate in (key, fallback.get(key, key)):
            if candidate in self.mapping.columns:
                return self.roster.header_of(self.mapping.columns[candidate])
        return EXPORT_HEADERS.get(key, key)

    def error(self, row: int, exc: ValidationError) -> None:
        self.preview.errors.append(
            RowError(
                row, self.column(exc.field), exc.field, exc.rule, exc.template, dict(exc.params)
            )
        )

    def cell(self, values: tuple[object, ...], key: str) -> object:
        index = self.mapping.columns.get(key)
        if index is None or index >= len(values):
            return None
        value = values[index]
        return value.strip() or None if isinstance(value, str) else value

    def plan_row(
        self,
        row: int,
        parsed: dict[str, object],
        month_only: tuple[str, ...],
        errors: list[ValidationError],
    ) -> None:
        """Plan one parsed row, or record why it cannot be imported."""
        for exc in errors:
            self.error(row, exc)
        if self.duplicate(row, parsed) or errors:
            return
        existing = self.find_existing(parsed)
        if existing is not None and not self.update_existing:
            draft = self.draft_on_file(existing)
            self.preview.rows.append(PlannedRow(row, ImportAction.SKIP, draft, existing))
            return
        draft = self.build_draft(parsed, existing)
        try:
            validate_member_draft(draft, today=self.preview.today)
        except ValidationError as exc:
            self.error(row, exc)
            return
        group = str(parsed.get("party_group") or "")
        if group and (draft.branch_id, group) not in self.groups:
            if (draft.branch_id, group) not in self.preview.new_groups:
                self.preview.new_groups.append((draft.branch_id, group))
        elif group:
            draft.party_group_id = self.groups[(draft.branch_id, group)]
        action = ImportAction.CREATE if existing is None else ImportAction.UPDATE
        self.preview.rows.append(PlannedRow(row, action, draft, existing, group, month_only))

    def parse(
        self, values: tuple[object, ...]
    ) -> tuple[dict[str, object], tuple[str, ...], list[ValidationError]]:
        """Cell values turned into typed field values; each bad cell gives one error."""
        parsed: dict[str, object] = {}
        errors: list[ValidationError] = []
        month_only: list[str] = []
        name = cell_text(self.cell(values, "name"))
        if not name:
            errors.append(
                ValidationError(
                    "name", "name.required", QT_TRANSLATE_NOOP("Validation", "The name is missing.")
                )
            )
        parsed["name"] = name
        for key in _DATE_FIELDS:
            if not self.mapping.has(key):
                continue
            try:
                day = parse_date(self.cell(values, key), field=key)
            except ValidationError as exc:
                errors.append(exc)
                continue
            parsed[key] = day.value if day else None
            if day and day.month_only:
                month_only.append(key)
        for key in _TEXT_FIELDS:
            if self.mapping.has(key):
                parsed[key] = cell_text(self.cell(values, key))
        for key, reader in (
            ("id_number", self.read_id),
            ("phone", lambda value, _: normalise_phone(cell_text(value))),
            ("gender", lambda value, _: read_gender(value)),
            ("stage", lambda value, _: read_stage(value)),
            ("branch", self.read_branch),
        ):
            if not self.mapping.has(key):
                continue
            try:
                result = reader(self.cell(values, key), parsed)
            except ValidationError as exc:
                errors.append(exc)
                continue
            if result is not None:
                parsed[key] = result
        group = cell_text(self.cell(values, "party_group"))
        if group:
            parsed["party_group"] = group
        return parsed, tuple(month_only), errors

    def read_id(self, value: object, parsed: dict[str, object]) -> str:
        birth = parsed.get("birth_date")
        return read_id_number(
            value,
            birth_date=birth if isinstance(birth, dt.date) else None,
            today=self.preview.today,
        )

    def read_branch(self, value: object, _parsed: dict[str, object]) -> int | None:
        text = cell_text(value)
        if not text:
            return None
        if text not in self.branches:
            raise ValidationError(
                "branch",
                "import.branch",
                QT_TRANSLATE_NOOP(
                    "Validation", "There is no branch named {value} in this archive."
                ),
                value=text,
            )
        return self.branches[text]

    def duplicate(self, row: int, parsed: dict[str, object]) -> bool:
        """An ID number or student number already given on an earlier row is an error here."""
        for key, seen in (("id_number", self.seen_ids), ("student_number", self.seen_numbers)):
            value = str(parsed.get(key) or "")
            if not value:
                continue
            if value in seen:
                self.error(
                    row,
                    ValidationError(
                        key,
                        "import.duplicate",
                        QT_TRANSLATE_NOOP(
                            "Validation", "This row repeats row {row} (same {column})."
                        ),
                        row=seen[value],
                        column=self.column(key),
                    ),
                )
                return True
        for key, seen in (("id_number", self.seen_ids), ("student_number", self.seen_numbers)):
            value = str(parsed.get(key) or "")
            if value:
                seen[value] = row
        return False

    def find_existing(self, parsed: dict[str, object]) -> int | None:
        """The person already in the archive: matched by ID number, else student number."""
        for key, found in (
            ("id_number", self.matches.by_id_number),
            ("student_number", self.matches.by_student_number),
        ):
            value = str(parsed.get(key) or "")
            if value and value in found:
                return found[value].id
        return None

    def build_draft(self, parsed: dict[str, object], existing: int | None) -> MemberDraft:
        """A new draft, or the existing file overlaid with the columns the roster has."""
        if existing is None:
            draft = MemberDraft(name="", branch_id=self.preview.branch_id)
            old_stage = None
        else:
            draft = self.draft_on_file(existing)
            old_stage = draft.stage
        for key, value in parsed.items():
            if existing is not None and value in (None, ""):
                continue  # an update never erases what the archive knows with an empty cell
            if key == "branch":
                draft.branch_id = int(value)  # type: ignore[call-overload]
            elif key != "party_group":
                setattr(draft, key, value)
        if "stage" not in parsed:
            stage = derive_stage(draft)
            # The dates of an update never move someone back (the roster may lack columns).
            if old_stage is not None and _STAGE_ORDER.index(old_stage) > _STAGE_ORDER.index(stage):
                stage = old_stage
            draft.stage = stage
        return draft


def _branches(session: Session) -> dict[str, int]:
    """Branch name and short name → id, in the branches' display order."""
    names: dict[str, int] = {}
    for branch in session.scalars(select(Branch).order_by(Branch.position, Branch.id)):
        names.setdefault(branch.name, branch.id)
        if branch.short_name:
            names.setdefault(branch.short_name, branch.id)
    return names


def _default_branch(branches: dict[str, int], branch_name: str | None) -> int:
    if not branches:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "The archive has no branch yet; create the branch first.")
        )
    if branch_name is None:
        return next(iter(branches.values()))
    if branch_name not in branches:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP("Errors", "There is no branch named {name} in this archive."),
            name=branch_name,
        )
    return branches[branch_name]


# --- apply ----------------------------------------------------------------------------------


def apply_import(
    database: Database,
    preview: ImportPreview,
    *,
    actor: str,
    backup_dir: Path,
    skip_bad_rows: bool = False,
) -> ImportResult:
    """Write the planned rows in one unit of work after a safety snapshot; all or nothing.

    Raises BranchDeskError when the preview has bad rows and ``skip_bad_rows`` is false, or
    when a row fails on apply (then nothing was imported).
    """
    if preview.has_errors and not skip_bad_rows:
        raise BranchDeskError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{count} rows of the roster have errors; correct them, or import only the "
                "good rows.",
            ),
            count=len(preview.bad_rows),
        )
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    backup = snapshot(database.engine, backup_dir / f"before-import-{stamp}.sqlite3")
    counts = dict.fromkeys(ImportAction, 0)
    with database.unit_of_work(actor) as session:
        # Looked up once for the whole roster: a query per row was a good part of the time.
        groups = _group_ids(session, preview.rows)
        group_branches = party_group_branches(session)
        # Everyone to update read up front; their changes are written by the flush below.
        updates = MemberUpdates(
            session,
            [
                row.member_id
                for row in preview.rows
                if row.action is ImportAction.UPDATE and row.member_id is not None
            ],
        )
        created: list[tuple[Member, MemberDraft]] = []
        for planned in preview.rows:
            counts[planned.action] += 1
            if planned.action is ImportAction.SKIP:
                continue
            draft = dataclasses.replace(planned.draft)
            if planned.party_group:
                draft.party_group_id = groups[(draft.branch_id, planned.party_group)]
            try:
                if planned.action is ImportAction.CREATE:
                    member = create_member(
                        session, draft, today=preview.today, groups=group_branches
                    )
                    created.append((member, draft))
                else:
                    assert planned.member_id is not None
                    updates.update(
                        planned.member_id, draft, today=preview.today, groups=group_branches
                    )
            except ValidationError as exc:
                raise RowRejectedError(planned.row, exc) from exc
        session.flush()  # everyone new and every update at once, then the new people's steps
        add_new_steps(session, [(member.id, draft) for member, draft in created])
        session.flush()
        log_action(
            session,
            "import",
            "members",
            summary=f"{preview.source.name}: {counts[ImportAction.CREATE]} created, "
            f"{counts[ImportAction.UPDATE]} updated, {counts[ImportAction.SKIP]} skipped, "
            f"{len(preview.bad_rows)} rejected",
        )
    return ImportResult(
        created=counts[ImportAction.CREATE],
        updated=counts[ImportAction.UPDATE],
        skipped=counts[ImportAction.SKIP],
        rejected=len(preview.bad_rows),
        snapshot=backup,
    )


def create_member(
    session: Session, draft: MemberDraft, *, today: dt.date, groups: dict[int, int]
) -> Member:
    """Add one row's new person, unflushed: apply_import writes everyone new with one flush,
    then their steps with another (two flushes per row took half of a 2,000-row import)."""
    return add_member(session, draft, today=today, groups=groups)


def _group_ids(session: Session, rows: list[PlannedRow]) -> dict[tuple[int, str], int]:
    """(branch id, name) → id of the party groups the rows name; new ones are created, in
    the order the rows first name them, with one flush."""
    ids = {
        (branch_id, name): group_id
        for group_id, branch_id, name in session.execute(
            select(PartyGroup.id, PartyGroup.branch_id, PartyGroup.name)
        )
    }
    new: dict[tuple[int, str], PartyGroup] = {}
    for planned in rows:
        key = (planned.draft.branch_id, planned.party_group)
        if planned.action is ImportAction.SKIP or not planned.party_group or key in ids:
            continue
        if key not in new:
            new[key] = PartyGroup(branch_id=key[0], name=key[1])
            session.add(new[key])
    if new:
        session.flush()
        ids.update((key, group.id) for key, group in new.items())
    return ids


def import_roster_preview(
    session: Session,
    path: Path,
    *,
    today: dt.date,
    branch_name: str | None = None,
    update_existing: bool = False,
    corrections: dict[str, int | None] | None = None,
) -> ImportPreview:
    """read_roster + correct_mapping + preview_import in one call, for the command line."""
    roster = read_roster(path)
    mapping = correct_mapping(roster.mapping, corrections or {})
    return preview_import(
        session,
        roster,
        mapping,
        today=today,
        branch_name=branch_name,
        update_existing=update_existing,
    )
