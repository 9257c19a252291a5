"""Global search: one query per kind, found by pinyin, number or text, limited, LIKE-safe."""

from __future__ import annotations

import datetime as dt

import pytest

from branchdesk.core.db import Database
from branchdesk.core.enums import (
    ChangeKind,
    Gender,
    MeetingKind,
    PersonType,
    ProblemSource,
    RectifyKind,
    Stage,
)
from branchdesk.core.models import (
    Branch,
    Meeting,
    Member,
    MembershipChange,
    Problem,
    ServiceRequest,
    VolunteerActivity,
)
from branchdesk.core.services.search import (
    SearchKind,
    like_pattern,
    number_in,
    search_records,
)

DAY = dt.date(2026, 5, 12)


@pytest.fixture
def archive(database: Database) -> Database:
    """A branch with a few people and one record of every other kind."""
    with database.unit_of_work("test") as session:
        branch = Branch(name="计算机学院第一学生党支部")
        session.add(branch)
        session.flush()
        people = {
            name: Member(
                branch_id=branch.id,
                name=name,
                gender=Gender.FEMALE,
                person_type=PersonType.STUDENT,
                stage=Stage.FULL,
                student_number=number,
                class_name="计科2301",
            )
            for name, number in [
                ("张三", "2023010101"),
                ("张思思", "2023010102"),
                ("周顺", "2023010103"),
                ("李四", "2022_50%"),
            ]
        }
        session.add_all(people.values())
        session.flush()
        session.add(
            MembershipChange(
                member_id=people["周顺"].id, kind=ChangeKind.TRANSFER_OUT, changed_on=DAY
            )
        )
        for number, title in [(3, "学习党的二十大精神"), (4, "发展对象讨论")]:
            session.add(
                Meeting(
                    branch_id=branch.id,
                    kind=MeetingKind.BRANCH_ASSEMBLY,
                    year=2026,
                    sequence_no=number,
                    title=title,
                    starts_at=dt.datetime(2026, number, 10, 14, 0),
                    place="学院 305 会议室",
                    minutes="会议讨论了志愿服务安排。",
                )
            )
        session.add(
            Problem(
                branch_id=branch.id,
                year=2026,
                sequence_no=7,
                source=ProblemSource.SELF,
                found_on=DAY,
                description="三会一课记录不规范",
                rectify_kind=RectifyKind.DEADLINE,
                responsible_person="张三",
            )
        )
        session.add(
            VolunteerActivity(
                branch_id=branch.id,
                held_on=DAY,
                title="等级考试辅导",
                category="学业辅导",
                place="图书馆",
            )
        )
        session.add(
            ServiceRequest(
                branch_id=branch.id,
                number="FW-2026-012",
                requester="王老师",
                category="学业辅导",
                content="为大一新生讲解英语四级",
                asked_on=DAY,
            )
        )
    return database


def search(database: Database, text: str, **options: object):
    with database.reading() as session:
        return search_records(session, text, **options)  # type: ignore[arg-type]


def titles(results, kind: SearchKind) -> list[str]:
    group = results.group(kind)
    return [hit.title for hit in group.hits] if group else []


def test_pinyin_initials_find_the_person_with_the_exact_initials_first(archive):
    results = search(archive, "zs")
    # 张三 (zs) exactly, then 张思思 (zss) containing them, then 周顺 (zs), who left, last
    assert titles(results, SearchKind.MEMBER) == ["张三", "张思思", "周顺"]
    assert results.group(SearchKind.MEMBER).hits[2].exited
    assert [group.kind for group in results.groups] == [SearchKind.MEMBER]


def test_full_pinyin_in_any_case_and_with_spaces_finds_the_person(archive):
    assert titles(search(archive, "Zhang San"), SearchKind.MEMBER) == ["张三"]


def test_a_student_number_finds_the_person(archive):
    hit = search(archive, "2023010102").hits[0]
    assert (hit.kind, hit.title, hit.number, hit.detail) == (
        SearchKind.MEMBER,
        "张思思",
        "2023010102",
        "计科2301",
    )


def test_a_meeting_is_found_by_its_number_first_then_by_text(archive):
    results = search(archive, "第4次")
    meeting = results.group(SearchKind.MEETING).hits[0]
    assert (meeting.title, meeting.number, meeting.year) == ("发展对象讨论", "4", 2026)
    assert meeting.state == MeetingKind.BRANCH_ASSEMBLY.value
    assert meeting.day == dt.date(2026, 4, 10)
    # the minutes' text finds both meetings, the newest first
    assert titles(search(archive, "志愿服务"), SearchKind.MEETING) == [
        "发展对象讨论",
        "学习党的二十大精神",
    ]


def test_a_problem_is_found_by_its_number_and_its_text(archive):
    assert titles(search(archive, "7"), SearchKind.PROBLEM) == ["三会一课记录不规范"]
    assert titles(search(archive, "No. 7"), SearchKind.PROBLEM) == ["三会一课记录不规范"]
    assert titles(search(archive, "记录不规范"), SearchKind.PROBLEM) == ["三会一课记录不规范"]


def test_text_finds_activities_and_requests_by_several_fields(archive):
    results = search(archive, "学业辅导")  # the category of both
    assert titles(results, SearchKind.ACTIVITY) == ["等级考试辅导"]
    assert titles(results, SearchKind.REQUEST) == ["为大一新生讲解英语四级"]
    request = search(archive, "fw-2026-012").group(SearchKind.REQUEST).hits[0]
    assert (request.number, request.detail) == ("FW-2026-012", "王老师")


def test_one_text_fills_several_groups_in_a_fixed_order(archive):
    results = search(archive, "张三")  # the person, and the problem they answer for
    assert [group.kind for group in results.groups] == [SearchKind.MEMBER, SearchKind.PROBLEM]


def test_each_kind_is_limited_and_says_when_more_matched(archive):
    results = search(archive, "2023", limit=2)
    group = results.group(SearchKind.MEMBER)
    assert len(group.hits) == 2 and group.more
    assert not search(archive, "2023", limit=3).group(SearchKind.MEMBER).more


def test_kinds_can_be_chosen(archive):
    results = search(archive, "张三", kinds=[SearchKind.PROBLEM])
    assert [group.kind for group in results.groups] == [SearchKind.PROBLEM]


@pytest.mark.parametrize("text", ["%", "_", "\\", "50%", "2022_"])
def test_like_characters_are_taken_literally(archive, text):
    found = titles(search(archive, text), SearchKind.MEMBER)
    assert found == (["李四"] if text in ("50%", "2022_", "%", "_") else [])
    assert search(archive, "%").hits == search(archive, "50%").hits


def test_blank_text_finds_nothing(archive):
    assert search(archive, "   ").groups == ()
    assert search(archive, "没有这个人").groups == ()


def test_like_pattern_escapes_its_own_characters():
    assert like_pattern("a%b_c\\d") == "%a\\%b\\_c\\\\d%"


@pytest.mark.parametrize(
    ("text", "number"),
    [("3", 3), ("第3次", 3), ("第 12 号", 12), ("No.7", 7), ("#4", 4), ("３", None), ("3a", None)],
)
def test_number_in(text, number):
    assert number_in(text) == number
