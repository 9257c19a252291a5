"""Fixtures for the printed forms: sample people, a demo archive, and the poppler/qpdf checks."""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from branchdesk.core.db import Database
from branchdesk.core.demo import DemoOptions, generate_demo
from branchdesk.core.enums import (
    ChangeKind,
    Gender,
    HonourKind,
    PersonType,
    PostKind,
    Stage,
    StepOutcome,
    StepRole,
)
from branchdesk.core.models import (
    Branch,
    Honour,
    Member,
    MemberPost,
    MembershipChange,
    PartyGroup,
    PipelineStep,
    StepPerson,
)

TODAY = dt.date(2026, 11, 26)
A4_PORTRAIT = (595.28, 841.89)
BASE_FONTS = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


# --- PDF inspection ------------------------------------------------------------------------


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (apt-get install poppler-utils qpdf)")
    return found


def _run(*args: str) -> str:
    return subprocess.run(
        [_tool(args[0]), *args[1:]], capture_output=True, text=True, check=True
    ).stdout


@dataclass(frozen=True)
class Word:
    text: str
    x_min: float
    x_max: float
    page: int


class Pdf:
    """What poppler and qpdf say about one PDF file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def check(self) -> None:
        """qpdf --check: the file's structure is sound."""
        result = subprocess.run(
            [_tool("qpdf"), "--check", str(self.path)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr

    def text(self, first: int | None = None, last: int | None = None) -> str:
        pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
        return _run("pdftotext", "-enc", "UTF-8", *pages, str(self.path), "-")

    def page_text(self, page: int) -> str:
        return self.text(page, page)

    def compact_text(self, first: int | None = None, last: int | None = None) -> str:
        """The text without spaces and line breaks: pdftotext drops or adds spaces between
        Chinese and digits by its own guesses (第 1 页 may come out as 第1页)."""
        return re.sub(r"\s+", "", self.text(first, last))

    def footer_of(self, page: int) -> str:
        """The page number line as printed, spaces removed."""
        match = re.search(r"第\d+页共\d+页", self.compact_text(page, page))
        assert match, f"no page number on page {page}"
        return match[0]

    def info(self) -> dict[str, str]:
        lines = _run("pdfinfo", "-enc", "UTF-8", str(self.path)).splitlines()
        return {
            key.strip(): value.strip()
            for key, _, value in (line.partition(":") for line in lines)
            if value
        }

    @property
    def pages(self) -> int:
        return int(self.info()["Pages"])

    def page_size(self) -> tuple[float, float]:
        match = re.match(r"([\d.]+) x ([\d.]+) pts", self.info()["Page size"])
        assert match, self.info()["Page size"]
        return float(match[1]), float(match[2])

    def fonts(self) -> list[tuple[str, str]]:
        """(font name, emb) for every font of every page."""
        lines = _run("pdffonts", str(self.path)).splitlines()[2:]
        fonts = []
        for line in lines:
            columns = line.split()
            # name type [type…] encoding emb sub uni object ID: count from the right.
            fonts.append((columns[0], columns[-5]))
        return fonts

    def assert_fonts_embedded(self) -> None:
        fonts = self.fonts()
        assert fonts, "no fonts at all"
        for name, embedded in fonts:
            assert embedded == "yes", f"{name} is not embedded"
            assert not any(base in name for base in BASE_FONTS), f"base font {name}"

    def words(self) -> list[Word]:
        """Every word with its horizontal extent (pdftotext -bbox)."""
        found = []
        markup = _run("pdftotext", "-bbox", str(self.path), "-")
        for number, page in enumerate(markup.split("<page ")[1:], start=1):
            for x_min, x_max, text in re.findall(
                r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>',
                page,
            ):
                found.append(Word(html.unescape(text), float(x_min), float(x_max), number))
        return found


@pytest.fixture
def pdf() -> type[Pdf]:
    return Pdf


# --- data ----------------------------------------------------------------------------------


def add_member(session, branch: Branch, name: str, stage: Stage, **fields: object) -> Member:
    values: dict[str, object] = {
        "gender": Gender.FEMALE,
        "person_type": PersonType.STUDENT,
        "stage": stage,
    }
    values.update(fields)
    member = Member(branch_id=branch.id, name=name, **values)
    session.add(member)
    session.flush()
    return member


def add_step(
    session,
    member: Member,
    step_no: int,
    day: dt.date,
    *,
    outcome: StepOutcome = StepOutcome.DONE,
    people: tuple[tuple[StepRole, str], ...] = (),
) -> None:
    step = PipelineStep(member_id=member.id, step_no=step_no, done_on=day, outcome=outcome)
    session.add(step)
    session.flush()
    for role, name in people:
        session.add(StepPerson(step_id=step.id, role=role, name=name))


@dataclass(frozen=True)
class Sample:
    """Ids of the hand-built archive: two branches, a full member with everything filled in."""

    branch: str
    other_branch: str
    full_member: int
    probationary: int
    activist: int
    transferred: int


@pytest.fixture
def sample(database: Database) -> Sample:
    with database.unit_of_work("clerk") as session:
        branch = Branch(
            name="数学学院学生第一党支部",
            short_name="数院一支部",
            parent_org="数学学院党委",
            position=0,
        )
        other = Branch(name="数学学院教工党支部", parent_org="数学学院党委", position=1)
        session.add_all([branch, other])
        session.flush()
        group = PartyGroup(branch_id=branch.id, name="第二党小组")
        session.add(group)
        session.flush()

        full = add_member(
            session,
            branch,
            "张玥",
            Stage.FULL,
            party_group_id=group.id,
            id_number="110105200103051226",
            birth_date=dt.date(2001, 3, 5),
            ethnicity="回族",
            native_place="北京市朝阳区",
            education="本科在读",
            student_number="2019010203",
            grade="2019级",
            class_name="数学与应用数学1班",
            department="数学学院",
            phone="13800138000",
            address="北京市海淀区学院路37号",
            dormitory="博雅园3栋402",
            expected_leave_on=dt.date(2027, 6, 30),
            league_member=True,
            notes="学生党员服务站站长",
        )
        add_step(session, full, 1, dt.date(2019, 9, 20))
        add_step(session, full, 3, dt.date(2020, 3, 25))
        add_step(
            session,
            full,
            5,
            dt.date(2020, 4, 2),
            people=((StepRole.CONTACT, "王建国"), (StepRole.CONTACT, "李红")),
        )
        add_step(session, full, 7, dt.date(2021, 4, 8))
        add_step(session, full, 8, dt.date(2021, 4, 15))
        add_step(
            session,
            full,
            9,
            dt.date(2021, 4, 20),
            people=((StepRole.INTRODUCER, "王建国"), (StepRole.INTRODUCER, "赵敏")),
        )
        add_step(session, full, 15, dt.date(2021, 5, 18))
        add_step(session, full, 23, dt.date(2022, 5, 20))
        session.add(
            MemberPost(
                member_id=full.id,
                branch_id=branch.id,
                kind=PostKind.PROPAGANDA,
                started_on=dt.date(2022, 9, 1),
            )
        )
        session.add(
            Honour(
                member_id=full.id,
                kind=HonourKind.AWARD,
                awarded_on=dt.date(2023, 11, 1),
                title="优秀共产党员",
                issuer="校党委",
            )
        )

        probationary = add_member(
            session,
            branch,
            "艾青",
            Stage.PROBATIONARY,
            id_number="110105200207081234",
            birth_date=dt.date(2002, 7, 8),
            gender=Gender.MALE,
        )
        # A failed first vote, then the admission: only the admission counts.
        add_step(session, probationary, 7, dt.date(2025, 3, 1))
        add_step(session, probationary, 15, dt.date(2025, 6, 1), outcome=StepOutcome.FAILED)
        add_step(session, probationary, 15, dt.date(2025, 12, 1))

        activist = add_member(session, branch, "陈思", Stage.ACTIVIST)
        transferred = add_member(session, branch, "周末", Stage.FULL)
        session.add(
            MembershipChange(
                member_id=transferred.id,
                kind=ChangeKind.TRANSFER_OUT,
                changed_on=dt.date(2025, 7, 1),
                counterpart="北京大学数学科学学院研究生党支部",
            )
        )
        add_member(session, other, "钱进", Stage.FULL, person_type=PersonType.STAFF)
        return Sample(
            branch=branch.name,
            other_branch=other.name,
            full_member=full.id,
            probationary=probationary.id,
            activist=activist.id,
            transferred=transferred.id,
        )


@pytest.fixture(scope="session")
def demo_database(
    tmp_path_factory: pytest.TempPathFactory, template_database: Path
) -> Iterator[Database]:
    """A small demo archive (30 people, 2 years), built once and only read by the tests."""
    folder = tmp_path_factory.mktemp("demo")
    shutil.copyfile(template_database, folder / "branchdesk.sqlite3")
    database = Database(folder / "branchdesk.sqlite3")
    generate_demo(database, DemoOptions(members=30, years=2, seed=7, today=TODAY))
    yield database
    database.close()
