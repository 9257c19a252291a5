"""Votes and resolutions of 支部党员大会: quorum and majority of the voting full members.

RULES.md §1 step 15/23: more than half of the members with voting rights present, and more
than half of the 应到 voting members in favour; one candidate at a time.
"""

from __future__ import annotations

import datetime as dt
from random import Random
from typing import TYPE_CHECKING

from branchdesk.core.demo.world import BranchPlan, Person, Vote, World
from branchdesk.core.enums import AttendanceStatus, PostKind, ResolutionKind, Stage
from branchdesk.core.models import Resolution

if TYPE_CHECKING:
    from branchdesk.core.demo.meetings import MeetingPlan

Statuses = dict[int, tuple[AttendanceStatus, str]]


def introducers_of(person: Person) -> list[str]:
    return [p.name for p in person.introducers] or ["（未记录）"]


class AssemblyVotes:
    """Counts of one assembly, shared by all its resolutions."""

    def __init__(self, plan: MeetingPlan, statuses: Statuses) -> None:
        self.plan = plan
        self.statuses = statuses
        self.voters = [p for p in plan.expected if p.stage_at(plan.day) is Stage.FULL]
        self.resolutions: list[tuple[ResolutionKind, Person | None, str, Vote]] = []
        self.others: list[str] = []

    @property
    def present(self) -> int:
        return sum(1 for p in self.voters if self.statuses[p.id][0].attended)

    def ensure_quorum(self, rng: Random) -> None:
        """Those away are asked to come back until more than half of the voters are present."""
        away = [p for p in self.voters if not self.statuses[p.id][0].attended]
        rng.shuffle(away)
        while self.present * 2 <= len(self.voters) and away:
            self.statuses[away.pop().id] = (AttendanceStatus.PRESENT, "")

    def _vote(self, meeting_id: int, rng: Random) -> Vote:
        present = self.present
        against = 1 if rng.random() < 0.06 else 0
        abstain = 1 if rng.random() < 0.1 else 0
        if (present - against - abstain) * 2 <= len(self.voters):
            against = abstain = 0
        return Vote(
            meeting_id, len(self.voters), present, present - against - abstain, against, abstain
        )

    def record(self, meeting_id: int, person: Person, rng: Random) -> Vote:
        """The vote on admitting or confirming ``person``; remembered for the pipeline step."""
        vote = self._vote(meeting_id, rng)
        if person.confirmed == self.plan.day:
            person.confirmation_vote = vote
            text = f"同意{person.name}同志按期转为中共正式党员"
            self.resolutions.append((ResolutionKind.CONFIRMATION, person, text, vote))
        else:
            person.admission_vote = vote
            text = f"同意接收{person.name}同志为中共预备党员"
            self.resolutions.append((ResolutionKind.ADMISSION, person, text, vote))
        return vote

    def write_resolutions(
        self, world: World, meeting_id: int, extras: list[tuple[str, str]]
    ) -> None:
        rows = list(self.resolutions)
        for text in self.others:
            rows.append((ResolutionKind.OTHER, None, text, self._vote(meeting_id, world.rng)))
        for position, (kind, subject, text, vote) in enumerate(rows, 1):
            world.sink.add(
                Resolution,
                meeting_id=meeting_id,
                position=position,
                kind=kind,
                subject_id=subject.id if subject else None,
                text=text,
                votes_expected=vote.expected,
                votes_present=vote.present,
                votes_for=vote.for_,
                votes_against=vote.against,
                votes_abstain=vote.abstain,
            )


def assembly_extras(
    world: World, branch: BranchPlan, day: dt.date, quarter: int, votes: AssemblyVotes
) -> list[tuple[str, str]]:
    """The regular business of a quarterly assembly, with its OTHER resolutions."""
    rng, year = world.rng, day.year
    items: list[tuple[str, str]] = []
    elected = [s for s in branch.posts if s.start == day and s.kind.is_committee]
    if any(s.kind is PostKind.SECRETARY for s in elected):
        names = "、".join(f"{s.person.name}（{s.title}）" for s in elected)
        items.append(
            (
                "选举产生新一届支部委员会",
                "采取无记名投票、差额选举方式选举支部委员会委员，并报学院党总支批准。",
            )
        )
        votes.others.append(f"选举{names}为新一届支部委员会委员")
    elif elected:
        for span in elected:
            items.append(("补选支部委员", f"原{span.title}毕业离校，支部委员会提名补选人选。"))
            votes.others.append(f"补选{span.person.name}同志为支部{span.title}")
    if quarter == 1:
        items.append(
            ("审议支部年度工作计划", "支部书记报告了年度工作计划，与会党员提出了修改意见。")
        )
        items.append(("通报上年度民主评议党员结果", "组织委员通报了评议结果和整改要求。"))
        votes.others.append(f"通过《{branch.name}{year}年工作计划》")
    elif quarter == 2:
        full = [p for p in votes.voters if p.stage_at(day) is Stage.FULL]
        items.append(("开展毕业生党员教育", "支部书记对毕业生党员离校前的组织关系转接提出了要求。"))
        if full:
            chosen = rng.choice(full)
            items.append(("推荐“七一”优秀共产党员", "与会党员对推荐人选进行了讨论。"))
            votes.others.append(f"同意推荐{chosen.name}同志为学院“优秀共产党员”人选")
    elif quarter == 3:
        items.append(("部署新学期支部工作", "支部书记通报了新学期党建和志愿服务工作安排。"))
    elif quarter == 4:
        items.append(("讨论年度民主评议党员工作方案", "组织委员说明了评议程序和时间安排。"))
        votes.others.append(f"通过《关于开展{year}年度民主评议党员工作的实施方案》")
    return items
