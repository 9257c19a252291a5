"""``branchdesk demo``: a realistic, deterministic sample archive for a school Party branch.

Everything is planned in memory (``world``) and written with bulk Core inserts in one unit of
work; the same (members, years, seed, today) always gives the same archive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from random import Random

from branchdesk.core.audit import log_action
from branchdesk.core.db import Database
from branchdesk.core.demo import names
from branchdesk.core.demo.dates import DAY, add_years
from branchdesk.core.demo.evaluations import write_evaluations
from branchdesk.core.demo.inspections import write_inspections
from branchdesk.core.demo.meetings import plan_meetings, write_meetings
from branchdesk.core.demo.org import plan_branches, plan_org, write_org, write_posts, write_settings
from branchdesk.core.demo.people import PeopleBuilder, population
from branchdesk.core.demo.pipeline import schedule_steps, write_steps
from branchdesk.core.demo.records import write_records
from branchdesk.core.demo.roster import write_members
from branchdesk.core.demo.rows import RowSink
from branchdesk.core.demo.study import write_study
from branchdesk.core.demo.volunteer import write_volunteering
from branchdesk.core.demo.world import World
from branchdesk.core.enums import Gender
from branchdesk.core.services.info import FAMILIES

__all__ = ["DemoOptions", "DemoSummary", "generate_demo"]

_LABELS = {"members": "people", "attendance": "attendance records", "posts": "posts"}
_SKIPPED = ("attachments", "audit_entries")


@dataclass(frozen=True)
class DemoOptions:
    members: int = 60  # people in the files, at every stage
    years: int = 3  # years of records ending at ``today``
    seed: int = 1
    today: dt.date = field(default_factory=dt.date.today)


@dataclass(frozen=True)
class DemoSummary:
    counts: dict[str, int]

    def __str__(self) -> str:
        return ", ".join(
            f"{count} {_LABELS.get(name, name.replace('_', ' '))}"
            for name, count in self.counts.items()
        )


def _world(options: DemoOptions, sink: RowSink) -> World:
    rng = Random(options.seed)
    today = options.today
    world = World(rng, today, add_years(today, -options.years) + DAY, options.years, sink)
    world.superior_name = names.person_name(rng, Gender.MALE, today.year - 50)
    world.organiser_name = names.person_name(rng, Gender.FEMALE, today.year - 38)
    world.lecturers = [
        names.person_name(rng, rng.choice((Gender.MALE, Gender.FEMALE)), today.year - 45)
        for _ in range(4)
    ]
    return world


def generate_demo(database: Database, options: DemoOptions) -> DemoSummary:
    """Fill an empty, migrated database with sample data in one unit of work."""
    if options.members < 1 or options.years < 1:
        raise ValueError("members and years must be at least 1")
    stamp = dt.datetime.combine(options.today, dt.time(1, 0))  # 09:00 in Beijing, as UTC
    with database.unit_of_work(actor="demo") as session:
        sink = RowSink(session, stamp)
        world = _world(options, sink)
        plan_branches(world, population(options.members, options.years).branches)
        PeopleBuilder(world, options.members).build()
        plan_org(world)
        schedule_steps(world)
        write_org(world)
        write_members(world)
        write_posts(world)
        write_meetings(world, plan_meetings(world))
        write_steps(world)
        write_study(world)
        write_inspections(world, write_evaluations(world))
        write_volunteering(world)
        write_records(world)
        write_settings(world)
        sink.flush()
        summary = DemoSummary(
            {
                name: sink.counts.get(model.__tablename__, 0)
                for name, model in FAMILIES
                if name not in _SKIPPED
            }
        )
        log_action(
            session,
            "demo",
            "archive",
            summary=f"Sample data: {summary}",
            changes={
                "members": options.members,
                "years": options.years,
                "seed": options.seed,
                "today": options.today.isoformat(),
            },
        )
    return summary
