"""A person's records beside the file: posts, honours, care records, service-team memberships.

The member editor stages each family as a list of drafts and hands the whole list to a
``save_*`` function inside its unit of work: drafts with an id update that record, drafts
without one are added, records left out are deleted (the audit trail keeps their content).
Every draft is checked before anything is written, so an error leaves nothing partial.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.core.enums import CareKind, HonourKind, PostKind, VolunteerRole
from branchdesk.core.errors import ValidationError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.models import CareRecord, Honour, Member, MemberPost
from branchdesk.core.models.volunteer import VolunteerMembership, VolunteerTeam

__all__ = [
    "CareDraft",
    "HonourDraft",
    "PostDraft",
    "TeamChoice",
    "TeamMembershipDraft",
    "list_care_records",
    "list_honours",
    "list_posts",
    "list_team_memberships",
    "list_teams",
    "save_care_records",
    "save_honours",
    "save_posts",
    "save_team_memberships",
    "validate_care",
    "validate_honour",
    "validate_post",
    "validate_team_membership",
]

# Column sizes of core/models (members.py, volunteer.py).
POST_TITLE_MAX = 60
HONOUR_TITLE_MAX = 200
ISSUER_MAX = 100
GIVEN_BY_MAX = 60


# One frozen dataclass per family is both what is read and what is staged: the fields are
# the same, and ``id`` None marks a record not yet stored.
@dataclass(frozen=True)
class PostDraft:
    kind: PostKind
    started_on: dt.date | None
    ended_on: dt.date | None = None
    title: str = ""
    id: int | None = None


@dataclass(frozen=True)
class HonourDraft:
    kind: HonourKind
    awarded_on: dt.date | None
    title: str
    issuer: str = ""
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True)
class CareDraft:
    kind: CareKind
    cared_on: dt.date | None
    content: str = ""
    given_by: str = ""
    id: int | None = None


@dataclass(frozen=True)
class TeamMembershipDraft:
    team_id: int | None
    role: VolunteerRole = VolunteerRole.MEMBER
    joined_on: dt.date | None = None
    left_on: dt.date | None = None
    id: int | None = None


@dataclass(frozen=True)
class TeamChoice:
    """A 党员服务队 one can be put in."""

    id: int
    name: str
    active: bool


# reading -----------------------------------------------------------------------------------


def _read(session: Session, model: Any, draft: type, member_id: int, *order: Any) -> list[Any]:
    rows = session.scalars(select(model).where(model.member_id == member_id).order_by(*order))
    names = [f.name for f in fields(draft)]
    return [draft(**{name: getattr(row, name) for name in names}) for row in rows]


def list_posts(session: Session, member_id: int) -> list[PostDraft]:
    return _read(session, MemberPost, PostDraft, member_id, MemberPost.started_on, MemberPost.id)


def list_honours(session: Session, member_id: int) -> list[HonourDraft]:
    return _read(session, Honour, HonourDraft, member_id, Honour.awarded_on, Honour.id)


def list_care_records(session: Session, member_id: int) -> list[CareDraft]:
    return _read(session, CareRecord, CareDraft, member_id, CareRecord.cared_on, CareRecord.id)


def list_team_memberships(session: Session, member_id: int) -> list[TeamMembershipDraft]:
    """The person's service-team memberships (station memberships are not shown here)."""
    rows = session.scalars(
        select(VolunteerMembership)
        .where(VolunteerMembership.member_id == member_id, VolunteerMembership.team_id.isnot(None))
        .order_by(VolunteerMembership.joined_on, VolunteerMembership.id)
    )
    return [
        TeamMembershipDraft(
            team_id=row.team_id,
            role=row.role,
            joined_on=row.joined_on,
            left_on=row.left_on,
            id=row.id,
        )
        for row in rows
    ]


def list_teams(session: Session) -> list[TeamChoice]:
    rows = session.scalars(select(VolunteerTeam).order_by(VolunteerTeam.name))
    return [TeamChoice(row.id, row.name, row.active) for row in rows]


# validation --------------------------------------------------------------------------------


def _required_date(field: str, day: dt.date | None, message: str, row: int) -> dt.date:
    if day is None:
        raise ValidationError(field, "date.required", message, row=row)
    return day


def _not_future(field: str, day: dt.date | None, today: dt.date, row: int) -> None:
    if day is not None and day > today:
        raise ValidationError(
            field,
            "date.future",
            QT_TRANSLATE_NOOP("Validation", "The date {date} is in the future."),
            date=day.isoformat(),
            row=row,
        )


def _in_order(field: str, start: dt.date | None, end: dt.date | None, row: int) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            field,
            "dates.order",
            QT_TRANSLATE_NOOP("Validation", "The end date {end} is before the start date {start}."),
            end=end.isoformat(),
            start=start.isoformat(),
            row=row,
        )


def _short(field: str, text: str, limit: int, row: int) -> None:
    if len(text) > limit:
        raise ValidationError(
            field,
            "text.length",
            QT_TRANSLATE_NOOP("Validation", "This text is longer than {limit} characters."),
            limit=limit,
            row=row,
        )


def validate_post(draft: PostDraft, *, today: dt.date, row: int = 1) -> PostDraft:
    """Check a post (RULES.md §7: each post with its dates); returns it with text trimmed."""
    draft = replace(draft, title=draft.title.strip())
    _required_date(
        "posts.started_on",
        draft.started_on,
        QT_TRANSLATE_NOOP("Validation", "Please enter the date the post started."),
        row,
    )
    _not_future("posts.started_on", draft.started_on, today, row)
    _not_future("posts.ended_on", draft.ended_on, today, row)
    _in_order("posts.ended_on", draft.started_on, draft.ended_on, row)
    if draft.kind is PostKind.OTHER and not draft.title:
        raise ValidationError(
            "posts.title",
            "title.required",
            QT_TRANSLATE_NOOP("Validation", "Please enter the title of a post of the kind Other."),
            row=row,
        )
    _short("posts.title", draft.title, POST_TITLE_MAX, row)
    return draft


def validate_honour(draft: HonourDraft, *, today: dt.date, row: int = 1) -> HonourDraft:
    """Check an award or sanction: dated, not in the future, titled."""
    draft = replace(draft, title=draft.title.strip(), issuer=draft.issuer.strip())
    _required_date(
        "honours.awarded_on",
        draft.awarded_on,
        QT_TRANSLATE_NOOP("Validation", "Please enter the date of the award or sanction."),
        row,
    )
    _not_future("honours.awarded_on", draft.awarded_on, today, row)
    if not draft.title:
        raise ValidationError(
            "honours.title",
            "title.required",
            QT_TRANSLATE_NOOP("Validation", "Please enter the title of the award or sanction."),
            row=row,
        )
    _short("honours.title", draft.title, HONOUR_TITLE_MAX, row)
    _short("honours.issuer", draft.issuer, ISSUER_MAX, row)
    return draft


def validate_care(draft: CareDraft, *, today: dt.date, row: int = 1) -> CareDraft:
    """Check a care record: dated, not in the future; "other" care says what it was."""
    draft = replace(draft, content=draft.content.strip(), given_by=draft.given_by.strip())
    _required_date(
        "care.cared_on",
        draft.cared_on,
        QT_TRANSLATE_NOOP("Validation", "Please enter the date the care was given."),
        row,
    )
    _not_future("care.cared_on", draft.cared_on, today, row)
    if draft.kind is CareKind.OTHER and not draft.content:
        raise ValidationError(
            "care.content",
            "content.required",
            QT_TRANSLATE_NOOP("Validation", "Please describe care of the kind Other."),
            row=row,
        )
    _short("care.given_by", draft.given_by, GIVEN_BY_MAX, row)
    return draft


def validate_team_membership(
    draft: TeamMembershipDraft, *, today: dt.date, row: int = 1
) -> TeamMembershipDraft:
    """Check a membership of a service team: a team is chosen, dates in order."""
    if draft.team_id is None:
        raise ValidationError(
            "teams.team_id",
            "team.required",
            QT_TRANSLATE_NOOP("Validation", "Please choose a service team."),
            row=row,
        )
    _not_future("teams.joined_on", draft.joined_on, today, row)
    _not_future("teams.left_on", draft.left_on, today, row)
    _in_order("teams.left_on", draft.joined_on, draft.left_on, row)
    return draft


# writing -----------------------------------------------------------------------------------


def _apply(
    session: Session,
    model: Any,
    member_id: int,
    drafts: Sequence[Any],
    *,
    owned: Any = None,
    new_row: Callable[[Any], Any],
) -> None:
    """Make the member's rows of ``model`` match ``drafts``: add, update, delete."""
    query = select(model).where(model.member_id == member_id)
    if owned is not None:
        query = query.where(owned)
    existing = {row.id: row for row in session.scalars(query)}
    kept = {draft.id for draft in drafts if draft.id is not None}
    unknown = kept - existing.keys()
    if unknown:  # a programming error, not the user's: the editor only stages loaded ids
        raise ValueError(f"{model.__tablename__} {sorted(unknown)} are not member {member_id}'s")
    for row_id, row in existing.items():
        if row_id not in kept:
            session.delete(row)
    for draft in drafts:
        if draft.id is None:
            session.add(new_row(draft))
            continue
        row = existing[draft.id]
        for f in fields(draft):
            if f.name != "id" and getattr(row, f.name) != getattr(draft, f.name):
                setattr(row, f.name, getattr(draft, f.name))
    session.flush()


def _values(draft: Any) -> dict[str, Any]:
    return {f.name: getattr(draft, f.name) for f in fields(draft) if f.name != "id"}


def save_posts(
    session: Session, member_id: int, drafts: Sequence[PostDraft], *, today: dt.date
) -> None:
    """Store the person's posts as staged. Raises ValidationError before writing anything."""
    checked = [validate_post(d, today=today, row=i) for i, d in enumerate(drafts, 1)]
    member = session.get_one(Member, member_id)

    def new_row(draft: PostDraft) -> MemberPost:
        # A 党小组长 leads the group the person belongs to (org.PartyGroup's docstring).
        group = member.party_group_id if draft.kind is PostKind.GROUP_LEADER else None
        return MemberPost(
            member_id=member_id, branch_id=member.branch_id, party_group_id=group, **_values(draft)
        )

    _apply(session, MemberPost, member_id, checked, new_row=new_row)


def save_honours(
    session: Session, member_id: int, drafts: Sequence[HonourDraft], *, today: dt.date
) -> None:
    """Store the person's awards and sanctions as staged; nothing is written on error."""
    checked = [validate_honour(d, today=today, row=i) for i, d in enumerate(drafts, 1)]
    _apply(
        session,
        Honour,
        member_id,
        checked,
        new_row=lambda d: Honour(member_id=member_id, **_values(d)),
    )


def save_care_records(
    session: Session, member_id: int, drafts: Sequence[CareDraft], *, today: dt.date
) -> None:
    """Store the person's care records as staged; nothing is written on error."""
    checked = [validate_care(d, today=today, row=i) for i, d in enumerate(drafts, 1)]
    _apply(
        session,
        CareRecord,
        member_id,
        checked,
        new_row=lambda d: CareRecord(member_id=member_id, **_values(d)),
    )


def save_team_memberships(
    session: Session, member_id: int, drafts: Sequence[TeamMembershipDraft], *, today: dt.date
) -> None:
    """Store the person's service-team memberships; stations are left as they are."""
    checked = [validate_team_membership(d, today=today, row=i) for i, d in enumerate(drafts, 1)]
    teams = {team.id: team.name for team in list_teams(session)}
    current: set[int | None] = set()
    for row, draft in enumerate(checked, 1):
        if draft.team_id not in teams:
            raise ValidationError(
                "teams.team_id",
                "team.required",
                QT_TRANSLATE_NOOP("Validation", "Please choose a service team."),
                row=row,
            )
        if draft.left_on is None:
            if draft.team_id in current:
                raise ValidationError(
                    "teams.team_id",
                    "team.duplicate",
                    QT_TRANSLATE_NOOP(
                        "Validation", "The person is already a current member of {team}."
                    ),
                    team=teams[draft.team_id],
                    row=row,
                )
            current.add(draft.team_id)
    _apply(
        session,
        VolunteerMembership,
        member_id,
        checked,
        owned=VolunteerMembership.team_id.isnot(None),
        new_row=lambda d: VolunteerMembership(member_id=member_id, **_values(d)),
    )
