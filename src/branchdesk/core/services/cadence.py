"""The facts behind the meeting cadence (core.rules.cadence): meetings held, groups, committee.

``cadence_grid`` feeds the 会议记录 page's year grid; ``cadence_provider`` gives 工作台 its
reminders of missing meetings. Each reads the meetings of the years it needs in one query.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from branchdesk.core.enums import PostKind
from branchdesk.core.models import Branch, Meeting, Member, MemberPost, PartyGroup
from branchdesk.core.rules.cadence import (
    COMMITTEE_MIN_POSTS,
    BranchFacts,
    CadenceGrid,
    HeldMeeting,
    cadence_reminders,
)
from branchdesk.core.rules.cadence import cadence_grid as grid_of
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.reminders import Reminder
from branchdesk.core.services.settings import load_settings

COMMITTEE_POSTS = [kind for kind in PostKind if kind.is_committee]


def held_meetings(session: Session, years: Iterable[int]) -> dict[int, list[HeldMeeting]]:
    """Branch id → the meetings held in ``years``."""
    held: dict[int, list[HeldMeeting]] = {}
    for branch_id, kind, starts_at, group_id in session.execute(
        select(Meeting.branch_id, Meeting.kind, Meeting.starts_at, Meeting.party_group_id).where(
            Meeting.year.in_(list(years))
        )
    ):
        held.setdefault(branch_id, []).append(HeldMeeting(kind, starts_at.date(), group_id))
    return held


def branch_facts(session: Session, day: dt.date) -> list[BranchFacts]:
    """Each branch with its party groups and whether it had a committee on ``day``."""
    groups: dict[int, list[tuple[int, str]]] = {}
    for group in session.scalars(select(PartyGroup).order_by(PartyGroup.name, PartyGroup.id)):
        groups.setdefault(group.branch_id, []).append((group.id, group.name))
    # A comprehension, not dict(): a Result has keys() and dict() would take it for a map.
    posts = {
        branch_id: count
        for branch_id, count in session.execute(
            select(MemberPost.branch_id, func.count(func.distinct(MemberPost.member_id)))
            .where(
                MemberPost.kind.in_(COMMITTEE_POSTS),
                MemberPost.started_on <= day,
                or_(MemberPost.ended_on.is_(None), MemberPost.ended_on >= day),
            )
            .group_by(MemberPost.branch_id)
        )
    }
    return [
        BranchFacts(
            branch.id,
            branch.name,
            tuple(groups.get(branch.id, ())),
            posts.get(branch.id, 0) >= COMMITTEE_MIN_POSTS,
            branch.founded_on,
        )
        for branch in session.scalars(select(Branch).order_by(Branch.position, Branch.id))
    ]


def cadence_grid(session: Session, branch_id: int, year: int, today: dt.date) -> CadenceGrid:
    """The year grid of one branch: months × kinds (and 党小组), held / missing / due."""
    rules = load_settings(session).rules
    day = min(today, dt.date(year, 12, 31))
    facts = next(f for f in branch_facts(session, day) if f.branch_id == branch_id)
    held = held_meetings(session, [year]).get(branch_id, [])
    return grid_of(year, held, facts, rules, today)


def cadence_provider(session: Session, rules: LocalRules, today: dt.date) -> Iterator[Reminder]:
    """Missing meetings of this and the last period, per branch (工作台)."""
    if not session.scalar(select(func.count()).select_from(Member)):
        return  # an empty archive owes no minutes yet
    held = held_meetings(session, [today.year - 1, today.year])
    for facts in branch_facts(session, today):
        yield from cadence_reminders(facts, held.get(facts.branch_id, []), rules, today)
