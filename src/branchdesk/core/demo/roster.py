"""Member file rows (RULES.md §8): identity, school details, contact, league membership."""

from __future__ import annotations

from random import Random

from branchdesk.core.demo import names
from branchdesk.core.demo.dates import days
from branchdesk.core.demo.world import Person, World
from branchdesk.core.enums import Gender, OrgStatus, PersonType
from branchdesk.core.models import Member
from branchdesk.core.pinyin import pinyin_keys
from branchdesk.core.rules.idnumber import IdType

DEPARTMENT = "学前教育学院"
COLLEGE_CODE = "07"
# Women's halls 1–6 of 桃李园, men's halls of 明德园.
FEMALE_HALLS = ("桃李园", 6)
MALE_HALLS = ("明德园", 2)
_CITY = names.Region("500108", "重庆市南岸区")


def dormitory(person: Person, draw: float, room: int) -> str:
    area, halls = FEMALE_HALLS if person.gender is Gender.FEMALE else MALE_HALLS
    hall = 1 + int(draw * halls)
    return f"{area}{hall}栋{room // 100 % 6 + 1}{room % 20 + 1:02d}"


def _free_number(prefix: str, width: int, numbers: set[str], rng: Random) -> str:
    """An unused number: a random seat, else the next free one; a full class gets longer seats."""
    capacity = 10**width - 1
    start = rng.randint(1, capacity)
    for offset in range(capacity):
        seat = (start - 1 + offset) % capacity + 1
        number = f"{prefix}{seat:0{width}d}"
        if number not in numbers:
            return number
    return _free_number(prefix, width + 1, numbers, rng)


def _school_details(world: World, person: Person, numbers: set[str]) -> dict[str, object]:
    rng = world.rng
    if person.kind is PersonType.STUDENT:
        assert person.grade is not None
        number = _free_number(f"{person.grade}{COLLEGE_CODE}{person.class_no:02d}", 2, numbers, rng)
        person.dormitory = dormitory(person, rng.random(), rng.randint(0, 10_000))
        major = "学前教育（专升本）" if person.upgrade else "学前教育"
        finished = person.left is not None
        return {
            "student_number": number,
            "grade": f"{person.grade}级",
            "class_name": f"{major}{person.class_no}班",
            "education": "本科" if finished else "本科在读",
            "job_post": "",
            "dormitory": "" if finished else person.dormitory,
            "address": names.address(rng, person.home),
        }
    number = _free_number(str(person.present_from.year), 4, numbers, rng)
    if person.kind is PersonType.RETIRED:
        post, education = "退休教师", "本科"
    elif person.quirk == "secretary" or person.transfer_in or rng.random() < 0.7:
        post, education = "辅导员", "硕士研究生"
    else:
        post = "专任教师"
        education = "博士研究生" if rng.random() < 0.4 else "硕士研究生"
    return {
        "student_number": "" if person.kind is PersonType.RETIRED else number,
        "grade": "",
        "class_name": "",
        "education": education,
        "job_post": post,
        "dormitory": "",
        "address": names.address(rng, _CITY),
    }


def write_members(world: World) -> None:
    rng, sink = world.rng, world.sink
    ids: set[str] = set()
    phones: set[str] = set()
    numbers: set[str] = set()
    for person in world.people:
        details = _school_details(world, person, numbers)
        numbers.add(str(details["student_number"]))
        student = person.kind is PersonType.STUDENT
        league = student and rng.random() < 0.93
        recommended = None
        if league and person.activist is not None and not person.elsewhere:
            recommended = person.activist - days(rng.randint(7, 40))  # 团组织推优
        notes = person.notes
        if person.kind is PersonType.RETIRED and not notes:
            notes = "退休后编入学生党支部，担任支部党建导师"
        pinyin, initials = pinyin_keys(person.name)
        sink.add(
            Member,
            id=person.id,
            branch_id=person.branch.id,
            party_group_id=person.group.id if person.group else None,
            name=person.name,
            name_pinyin=pinyin,
            name_initials=initials,
            gender=person.gender,
            id_type=IdType.RESIDENT,
            id_number=names.id_number(rng, person.home, person.birth, person.gender, ids),
            birth_date=person.birth,
            ethnicity=names.ethnicity(rng, person.home),
            native_place=names.native_place(person.home),
            person_type=person.kind,
            stage=person.final_stage,
            org_status=OrgStatus.NORMAL,
            department=DEPARTMENT,
            expected_leave_on=person.leaves,
            league_member=league,
            league_recommended_on=recommended,
            phone=names.phone(rng, phones),
            notes=notes,
            **details,
        )
