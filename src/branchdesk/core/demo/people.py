"""Who is in the files: students by grade and class, staff, retired members and graduates.

The stage mix (RULES.md §1 stages) aims at about 35 % full, 15 % probationary, 10 % candidates,
20 % activists and 20 % applicants; graduates who transferred out keep the branch's past
meetings populated and stay in the archive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from branchdesk.core.demo import names
from branchdesk.core.demo.dates import DAY, add_years, between, days, weekday_between
from branchdesk.core.demo.timelines import (
    FORMER_BRANCHES,
    UPGRADE_BRANCHES,
    add_special_admission,
    plan_admitted_elsewhere,
    plan_student,
)
from branchdesk.core.demo.world import BranchPlan, Person, World
from branchdesk.core.enums import Gender, PersonType, Stage

_FALLBACK = {
    Stage.FULL: Stage.PROBATIONARY,
    Stage.PROBATIONARY: Stage.CANDIDATE,
    Stage.CANDIDATE: Stage.ACTIVIST,
    Stage.ACTIVIST: Stage.APPLICANT,
}
# Which year of study (1–4) people of each stage are usually in.
_YEAR_WEIGHTS = {
    Stage.APPLICANT: (0.55, 0.3, 0.1, 0.05),
    Stage.ACTIVIST: (0.15, 0.45, 0.3, 0.1),
    Stage.CANDIDATE: (0.0, 0.25, 0.5, 0.25),
    Stage.PROBATIONARY: (0.0, 0.05, 0.5, 0.45),
    Stage.FULL: (0.0, 0.0, 0.25, 0.75),
}


@dataclass(frozen=True)
class Population:
    branches: int
    retired: int
    staff: int
    alumni: int
    students: dict[Stage, int]


def enrolled(grade: int) -> dt.date:
    return dt.date(grade, 9, 1)


def graduation(grade: int, years: int = 4) -> dt.date:
    return dt.date(grade + years, 6, 30)


def population(members: int, years: int) -> Population:
    branches = 2 if members >= 40 else 1
    retired = 2 if members >= 30 else 1 if members >= 15 else 0
    staff = min(members - retired, max(branches, round(members * 0.14)))
    alumni = 0
    if members >= 20:
        alumni = min(members - retired - staff, round(members * min(0.2, 0.06 * years)))
    students = members - retired - staff - alumni
    # The mix describes today's roster; graduates who transferred out come on top of it.
    current = members - alumni
    targets = {
        Stage.FULL: max(0, round(current * 0.35) - staff - retired),
        Stage.PROBATIONARY: round(current * 0.15),
        Stage.CANDIDATE: round(current * 0.10),
        Stage.ACTIVIST: round(current * 0.20),
    }
    for stage in (Stage.FULL, Stage.PROBATIONARY, Stage.CANDIDATE, Stage.ACTIVIST):
        excess = sum(targets.values()) - students
        if excess > 0:
            targets[stage] = max(0, targets[stage] - excess)
    targets[Stage.APPLICANT] = students - sum(targets.values())
    return Population(branches, retired, staff, alumni, targets)


class PeopleBuilder:
    """Creates the people of the world with their demographics and stage dates."""

    def __init__(self, world: World, members: int) -> None:
        self.world = world
        self.rng = world.rng
        self.members = members
        self.classes = 6 if members >= 300 else 4 if members >= 40 else 2
        self.turns: dict[str, int] = {}
        self.specials = ["䶮", "玥"]

    # --- demographics -------------------------------------------------------------------

    def _person(
        self, branch: BranchPlan, kind: PersonType, gender: Gender, birth: dt.date, since: dt.date
    ) -> Person:
        rng = self.rng
        return Person(
            id=0,  # assigned when added
            branch=branch,
            kind=kind,
            gender=gender,
            birth=birth,
            home=names.region(rng),
            name=names.person_name(rng, gender, birth.year),
            present_from=since,
            diligence=0.97 if rng.random() < 0.85 else rng.uniform(0.55, 0.8),
        )

    def _add(self, person: Person) -> Person:
        # Make sure the roster meets the rare characters a real one does (䶮 is CJK Ext-A).
        for special, gender in (("䶮", Gender.MALE), ("玥", Gender.FEMALE)):
            if special in self.specials and person.gender is gender:
                self.specials.remove(special)
                person.name = names.person_name(
                    self.rng, gender, person.birth.year, special=special
                )
        person.id = len(self.world.people) + 1
        self.world.people.append(person)
        person.branch.people.append(person)
        return person

    def _turn(self, key: str) -> int:
        """Branches take turns per kind of person, so both get their share of every stage."""
        turn = self.turns.get(key, 0)
        self.turns[key] = turn + 1
        return turn % len(self.world.branches)

    def _student(self, grade: int, side: int, *, upgrade: bool = False) -> Person:
        """A student of one of the classes that belong to branch number ``side``."""
        rng = self.rng
        per_branch = self.classes // len(self.world.branches)
        class_no = rng.randint(1, 2) if upgrade else side * per_branch + rng.randint(1, per_branch)
        born = grade - (22 if upgrade else rng.choices((18, 19, 20, 21), (55, 35, 8, 2))[0])
        birth = between(rng, dt.date(born, 1, 1), dt.date(born, 12, 31))
        gender = Gender.FEMALE if rng.random() < 0.88 else Gender.MALE
        start = enrolled(grade) + days(rng.randint(0, 6))
        branch = self.world.branches[side]
        person = self._person(branch, PersonType.STUDENT, gender, birth, start)
        person.grade, person.class_no, person.upgrade = grade, class_no, upgrade
        person.leaves = graduation(grade, 2 if upgrade else 4)
        return person

    # --- the population -----------------------------------------------------------------

    def build(self) -> None:
        pop = population(self.members, self.world.years)
        self._staff(pop)
        missing = self._alumni(pop.alumni)
        targets = dict(pop.students)
        targets[Stage.APPLICANT] += missing
        self._students(targets)
        self.world.people.sort(key=lambda p: p.id)

    def _staff(self, pop: Population) -> None:
        world, rng = self.world, self.rng
        for index in range(pop.staff + pop.retired):
            retired = index >= pop.staff
            branch = world.branches[index % len(world.branches)]
            secretary = index < len(world.branches)
            newcomer = index == len(world.branches) + 1 and pop.staff >= 4 and world.years >= 2
            if retired:
                birth = add_years(world.today, -rng.randint(62, 72)) - days(rng.randint(0, 364))
                since = min(add_years(birth, 57), world.start - days(30))
            elif newcomer:  # a new 辅导员 whose membership was transferred in (转入)
                since = weekday_between(rng, world.start + days(30), world.today - days(60))
                birth = add_years(since, -rng.randint(25, 27)) - days(rng.randint(0, 364))
            else:
                back = rng.randint(6 * 365, 12 * 365) if secretary else rng.randint(60, 15 * 365)
                since = world.start - days(back)
                birth = add_years(since, -rng.randint(24, 30)) - days(rng.randint(0, 364))
            gender = Gender.FEMALE if rng.random() < (0.5 if retired else 0.65) else Gender.MALE
            kind = PersonType.RETIRED if retired else PersonType.STAFF
            person = self._person(branch, kind, gender, birth, since)
            where = "本校教育学院教工党支部" if retired else rng.choice(FORMER_BRANCHES)
            plan_admitted_elsewhere(rng, person, since, where)
            if newcomer:
                person.transfer_in = since
            if secretary:
                person.quirk = "secretary"
            person.diligence = max(person.diligence, 0.9)
            self._add(person)

    def _alumni(self, count: int) -> int:
        """Graduates who transferred out; returns how many could not be planned."""
        world, rng = self.world, self.rng
        cohorts = [
            g
            for g in range(world.start.year - 5, world.today.year + 1)
            if world.start < graduation(g) <= world.today
        ]
        missing = 0
        for index in range(count):
            grade, side = cohorts[index % len(cohorts)], self._turn("alumni")
            for attempt in range(20):
                person = self._student(grade, side)
                person.left = weekday_between(
                    rng, person.leaves - days(20), person.leaves - days(3)
                )
                stage = Stage.PROBATIONARY if (index % 5 == 4) != (attempt >= 10) else Stage.FULL
                if plan_student(rng, person, stage, person.left - DAY):
                    self._add(person)
                    break
            else:
                missing += 1
        return missing

    def _students(self, targets: dict[Stage, int]) -> None:
        world = self.world
        grades = [
            g
            for g in range(world.today.year - 6, world.today.year + 1)
            if enrolled(g) <= world.today < graduation(g)
        ]
        grades.sort(reverse=True)  # year of study 1 first
        wanted: list[tuple[Stage, str]] = []
        for stage in (Stage.FULL, Stage.PROBATIONARY, Stage.CANDIDATE, Stage.ACTIVIST):
            quirks = {
                Stage.ACTIVIST: ["activist_overdue"] * (2 if targets[stage] >= 10 else 1),
                Stage.PROBATIONARY: ["probation_ending"],
                Stage.CANDIDATE: ["leaving_soon"],
            }.get(stage, [])
            quirks = quirks if targets[stage] >= 3 else []
            count = targets[stage]
            wanted += [(stage, quirks[i] if i < len(quirks) else "") for i in range(count)]
        wanted += [(Stage.APPLICANT, "")] * targets[Stage.APPLICANT]
        upgrade_pending = self.members >= 40
        for stage, quirk in wanted:
            if upgrade_pending and stage in (Stage.FULL, Stage.PROBATIONARY):
                upgrade_pending = not self._upgrade_student(grades)
                if not upgrade_pending:
                    continue
            self._current_student(grades, stage, quirk)

    def _upgrade_student(self, grades: list[int]) -> bool:
        """A 专升本 student admitted at the former college, transferred in (转入)."""
        rng = self.rng
        side = self._turn(Stage.FULL)
        for grade in grades[1:3]:
            if graduation(grade, 2) <= self.world.today:
                continue
            person = self._student(grade, side, upgrade=True)
            person.present_from = person.present_from + days(rng.randint(10, 40))
            person.transfer_in = person.present_from
            if plan_admitted_elsewhere(
                rng, person, person.present_from, rng.choice(UPGRADE_BRANCHES)
            ):
                self._add(person)
                return True
        return False

    def _current_student(self, grades: list[int], stage: Stage, quirk: str) -> None:
        world, rng = self.world, self.rng
        side = self._turn(stage)
        while True:
            order = self._years_to_try(grades, stage)
            if quirk == "leaving_soon":
                order = self._leaving_grades(grades) or order
            for grade in order:
                person = self._student(grade, side)
                person.quirk = quirk
                soon = world.today < person.leaves <= world.today + days(90)
                if quirk == "leaving_soon" and not soon:
                    person.leaves = world.today + days(rng.randint(30, 80))
                    person.notes = (
                        f"延期毕业，预计{person.leaves.year}年{person.leaves.month}月离校"
                    )
                if quirk == "probation_ending" and not person.branch.specials:
                    add_special_admission(rng, person.branch, world.today)
                if plan_student(rng, person, stage, world.today):
                    self._add(person)
                    return
            if stage is Stage.APPLICANT:
                raise RuntimeError("the oldest grade can always apply")  # pragma: no cover
            stage, quirk = _FALLBACK[stage], ""

    def _years_to_try(self, grades: list[int], stage: Stage) -> list[int]:
        """Grades to try, the usual year of study for the stage first."""
        weights = [_YEAR_WEIGHTS[stage][i] if i < 4 else 0.0 for i in range(len(grades))]
        ranked = [g for _, g in sorted(zip(weights, grades, strict=True), key=lambda w: -w[0])]
        if sum(weights) > 0:
            first = self.rng.choices(grades, weights)[0]
            ranked.remove(first)
            ranked.insert(0, first)
        return ranked

    def _leaving_grades(self, grades: list[int]) -> list[int]:
        """Seniors who graduate within 3 months, or else a student staying a fifth year."""
        today = self.world.today
        soon = [g for g in grades if graduation(g) <= today + days(90)]
        return soon or [grades[-1] - 1]
