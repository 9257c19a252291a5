"""The rectification ledger's service: raise, edit, progress, close, reopen, list, audit."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from branchdesk.core.db import Database
from branchdesk.core.enums import (
    AttachmentRole,
    Gender,
    InspectionKind,
    MeetingKind,
    PersonType,
    ProblemSource,
    ProblemStatus,
    RectifyKind,
    Stage,
)
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.models import (
    AttachmentLink,
    AuditEntry,
    Branch,
    Evaluation,
    EvaluationRound,
    Inspection,
    Meeting,
    Member,
    Problem,
    ProgressNote,
)
from branchdesk.core.queries import dashboard_summary
from branchdesk.core.services.attachments import AttachmentDraft, store_file
from branchdesk.core.services.problems import (
    LinkKind,
    ProblemDraft,
    ProblemFilter,
    add_progress_note,
    close_problem,
    complete_problem,
    delete_problem,
    delete_progress_note,
    list_evidence,
    problem_categories,
    problem_detail,
    problem_draft,
    problem_link,
    problem_rows,
    raise_problem,
    reopen_problem,
    save_evidence,
    start_problem,
    update_problem,
    update_progress_note,
    validate_problem,
)

TODAY = dt.date(2026, 11, 26)
FOUND = dt.date(2026, 3, 18)
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


@pytest.fixture
def ids(database: Database) -> dict[str, int]:
    """Two branches; members, an inspection, a 组织生活会 and a 民主评议 of the first; a member
    and an inspection of the other."""
    with database.unit_of_work("test") as session:
        branch = Branch(name="数学学院学生第一党支部")
        other = Branch(name="数学学院教工党支部", position=1)
        session.add_all([branch, other])
        session.flush()
        found: dict[str, int] = {"branch": branch.id, "other": other.id}
        for name, branch_id in (("王书记", branch.id), ("张玥", branch.id), ("钱进", other.id)):
            member = Member(
                branch_id=branch_id,
                name=name,
                gender=Gender.FEMALE,
                person_type=PersonType.STUDENT,
                stage=Stage.FULL,
            )
            session.add(member)
            session.flush()
            found[name] = member.id
        for key, branch_id, kind in (
            ("inspection", branch.id, InspectionKind.ANNUAL),
            ("foreign_inspection", other.id, InspectionKind.ROUTINE),
        ):
            row = Inspection(
                branch_id=branch_id,
                kind=kind,
                inspected_on=FOUND,
                inspector="学院党总支",
                scope="支部年度党建工作",
            )
            session.add(row)
            session.flush()
            found[key] = row.id
        meeting = Meeting(
            branch_id=branch.id,
            kind=MeetingKind.LIFE_MEETING,
            year=2026,
            sequence_no=1,
            title="2026年度组织生活会",
            starts_at=dt.datetime(2026, 1, 10, 14, 0),
        )
        session.add(meeting)
        rounds = EvaluationRound(branch_id=branch.id, year=2025, held_on=dt.date(2026, 1, 12))
        session.add(rounds)
        session.flush()
        evaluation = Evaluation(round_id=rounds.id, member_id=found["张玥"])
        session.add(evaluation)
        session.flush()
        found["meeting"], found["evaluation"] = meeting.id, evaluation.id
        return found


def _draft(**changes: object) -> ProblemDraft:
    values: dict[str, object] = {
        "source": ProblemSource.SUPERIOR,
        "found_on": FOUND,
        "description": "个别党员学习笔记记录不全，心得体会流于形式",
        "rectify_kind": RectifyKind.DEADLINE,
        "deadline": dt.date(2026, 6, 30),
        "category": "理论学习",
        "target": "学习笔记记录完整",
        "measures": "每月抽查学习笔记",
        "responsible_leader": "王书记",
    }
    values.update(changes)
    return ProblemDraft(**values)  # type: ignore[arg-type]


def _raise(database: Database, branch_id: int, **changes: object) -> int:
    with database.unit_of_work("clerk") as session:
        return raise_problem(session, branch_id, _draft(**changes), today=TODAY)


def _refused(database: Database, action) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as raised, database.unit_of_work("clerk") as session:
        action(session)
    return raised.value


# raising and numbering ---------------------------------------------------------------------


def test_a_raised_problem_is_pending_numbered_and_audited(database, ids) -> None:
    # Given a problem found at the annual inspection, with only the responsible member chosen
    problem_id = _raise(
        database, ids["branch"], inspection_id=ids["inspection"], responsible_member_id=ids["张玥"]
    )

    with database.reading() as session:
        problem = session.get(Problem, problem_id)
        audit = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "problems", AuditEntry.action == "insert")
        ).all()
    assert (problem.status, problem.year, problem.sequence_no) == (ProblemStatus.PENDING, 2026, 1)
    assert problem.responsible_person == "张玥"  # the member's name is the 责任人
    assert [(e.actor, e.entity_id) for e in audit] == [("clerk", str(problem_id))]


def test_numbers_count_per_branch_and_year_of_finding(database, ids) -> None:
    last_year = {"found_on": dt.date(2025, 12, 1), "rectify_kind": RectifyKind.ONGOING}
    first = _raise(database, ids["branch"])
    second = _raise(database, ids["branch"])
    other = _raise(database, ids["other"])
    earlier = _raise(database, ids["branch"], deadline=None, **last_year)

    def numbers() -> dict[int, tuple[int, int]]:
        with database.reading() as session:
            rows = problem_rows(session, ProblemFilter(), TODAY)
            return {row.id: (row.year, row.sequence_no) for row in rows}

    assert numbers() == {first: (2026, 1), second: (2026, 2), other: (2026, 1), earlier: (2025, 1)}

    # A deleted problem leaves its gap; one moved to another year takes the next number there.
    moved = _draft(
        found_on=dt.date(2025, 12, 20), rectify_kind=RectifyKind.IMMEDIATE, deadline=None
    )
    with database.unit_of_work("clerk") as session:
        delete_problem(session, first)
        update_problem(session, second, moved, today=TODAY)
    third = _raise(database, ids["branch"])
    assert numbers() == {second: (2025, 2), other: (2026, 1), earlier: (2025, 1), third: (2026, 1)}


def test_an_immediate_rectification_gets_its_week(database, ids) -> None:
    problem_id = _raise(database, ids["branch"], rectify_kind=RectifyKind.IMMEDIATE, deadline=None)
    with database.reading() as session:
        assert problem_draft(session, problem_id).deadline == dt.date(2026, 3, 25)


@pytest.mark.parametrize(
    ("changes", "field", "rule"),
    [
        ({"found_on": None}, "found_on", "date.required"),
        ({"found_on": TODAY + dt.timedelta(days=1)}, "found_on", "date.future"),
        ({"description": "  "}, "description", "description.required"),
        ({"category": "类" * 61}, "category", "text.length"),
        ({"measures": "措" * 2001}, "measures", "text.length"),
        ({"deadline": None}, "deadline", "deadline.required"),
        ({"deadline": dt.date(2026, 3, 1)}, "deadline", "date.before_found"),
        (
            {"rectify_kind": RectifyKind.IMMEDIATE, "deadline": dt.date(2026, 5, 1)},
            "deadline",
            "deadline.immediate_limit",
        ),
        ({"inspection_id": 1, "meeting_id": 1}, "meeting_id", "link.single"),
        ({"source": "superior"}, "source", "source.required"),
    ],
)
def test_a_bad_draft_names_the_field(changes, field, rule) -> None:
    with pytest.raises(ValidationError) as raised:
        validate_problem(_draft(**changes), today=TODAY)
    assert (raised.value.field, raised.value.rule) == (field, rule)


@pytest.mark.parametrize(
    ("changes", "field", "rule"),
    [
        ({"inspection_id": "foreign_inspection"}, "inspection_id", "inspection.branch"),
        ({"inspection_id": 9999}, "inspection_id", "inspection.branch"),
        ({"meeting_id": 9999}, "meeting_id", "meeting.branch"),
        ({"evaluation_id": 9999}, "evaluation_id", "evaluation.branch"),
        ({"responsible_member_id": "钱进"}, "responsible_member_id", "member.branch"),
        ({"responsible_member_id": 9999}, "responsible_member_id", "member.branch"),
    ],
)
def test_links_and_members_belong_to_the_branch(database, ids, changes, field, rule) -> None:
    values = {key: ids.get(value, value) for key, value in changes.items()}  # type: ignore[arg-type]
    error = _refused(
        database, lambda s: raise_problem(s, ids["branch"], _draft(**values), today=TODAY)
    )
    assert (error.field, error.rule) == (field, rule)
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Problem)) == 0


def test_an_unknown_branch_is_refused(database, ids) -> None:
    error = _refused(database, lambda s: raise_problem(s, 9999, _draft(), today=TODAY))
    assert (error.field, error.rule) == ("branch_id", "branch.unknown")


@given(
    description=st.text(max_size=30),
    category=st.text(max_size=70),
    person=st.text(max_size=70),
)
def test_validation_trims_and_bounds_the_texts(description, category, person) -> None:
    draft = _draft(description=description, category=category, responsible_person=person)
    valid = description.strip() != "" and len(category.strip()) <= 60 and len(person.strip()) <= 60
    if not valid:
        with pytest.raises(ValidationError) as raised:
            validate_problem(draft, today=TODAY)
        assert raised.value.field in ("description", "category", "responsible_person")
        return
    clean = validate_problem(draft, today=TODAY)
    assert (clean.description, clean.category, clean.responsible_person) == (
        description.strip(),
        category.strip(),
        person.strip(),
    )


# progress and status -----------------------------------------------------------------------


def test_the_whole_flow_to_closing_and_back(database, ids) -> None:
    problem_id = _raise(database, ids["branch"])
    with database.unit_of_work("clerk") as session:
        start_problem(session, problem_id)
        note_id = add_progress_note(
            session, problem_id, dt.date(2026, 4, 2), " 已抽查一次 ", today=TODAY
        )
        update_progress_note(session, note_id, dt.date(2026, 4, 3), "已抽查两次", today=TODAY)
        complete_problem(session, problem_id, dt.date(2026, 5, 20), today=TODAY)
        close_problem(
            session,
            problem_id,
            reviewer="学院党总支 李老师",
            opinion="整改到位，同意销号。",
            closed_on=dt.date(2026, 6, 1),
            today=TODAY,
        )
    with database.reading() as session:
        detail = problem_detail(session, problem_id, today=TODAY)
    assert detail.status is ProblemStatus.CLOSED and not detail.is_overdue
    assert (detail.completed_on, detail.closed_on) == (dt.date(2026, 5, 20), dt.date(2026, 6, 1))
    assert [(n.noted_on, n.note) for n in detail.notes] == [(dt.date(2026, 4, 3), "已抽查两次")]

    # Closed is final: no edit, note, evidence or delete until it is reopened with a reason.
    for action in (
        lambda s: update_problem(s, problem_id, _draft(), today=TODAY),
        lambda s: add_progress_note(s, problem_id, TODAY, "x", today=TODAY),
        lambda s: delete_progress_note(s, note_id),
        lambda s: save_evidence(s, problem_id, []),
        lambda s: delete_problem(s, problem_id),
        lambda s: reopen_problem(s, problem_id, today=TODAY),
    ):
        error = _refused(database, action)
        assert error.field in ("status", "reason")
    with database.unit_of_work("clerk") as session:
        status = reopen_problem(session, problem_id, today=TODAY, reason="复查发现问题反弹")
    with database.reading() as session:
        detail = problem_detail(session, problem_id, today=TODAY)
    assert status is ProblemStatus.COMPLETED is detail.status
    assert (detail.reviewer, detail.review_opinion, detail.closed_on) == ("", "", None)
    assert detail.notes[-1] == dataclasses.replace(
        detail.notes[-1], noted_on=TODAY, note="复查发现问题反弹"
    )

    # One step back again: completed → in progress clears the completion date.
    with database.unit_of_work("clerk") as session:
        reopen_problem(session, problem_id, today=TODAY)
    with database.reading() as session:
        detail = problem_detail(session, problem_id, today=TODAY)
    assert (detail.status, detail.completed_on) == (ProblemStatus.IN_PROGRESS, None)
    assert detail.is_overdue  # its deadline, 2026-06-30, has passed


def test_closing_is_refused_hard_and_saves_nothing(database, ids) -> None:
    problem_id = _raise(database, ids["branch"])
    error = _refused(
        database,
        lambda s: close_problem(
            s, problem_id, reviewer="李老师", opinion="到位", closed_on=TODAY, today=TODAY
        ),
    )
    assert (error.field, error.rule) == ("status", "close.not_completed")
    with database.unit_of_work("clerk") as session:
        complete_problem(session, problem_id, dt.date(2026, 5, 20), today=TODAY)
    error = _refused(
        database,
        lambda s: close_problem(
            s, problem_id, reviewer="", opinion="到位", closed_on=TODAY, today=TODAY
        ),
    )
    assert (error.field, error.rule) == ("reviewer", "close.reviewer_required")
    early = dt.date(2026, 5, 1)
    error = _refused(
        database,
        lambda s: close_problem(
            s, problem_id, reviewer="李老师", opinion="到位", closed_on=early, today=TODAY
        ),
    )
    assert (error.field, error.rule) == ("closed_on", "close.before_completion")
    with database.reading() as session:
        assert session.get(Problem, problem_id).status is ProblemStatus.COMPLETED


def test_a_note_and_an_edit_keep_the_dates_in_order(database, ids) -> None:
    problem_id = _raise(database, ids["branch"])
    error = _refused(
        database, lambda s: add_progress_note(s, problem_id, dt.date(2026, 3, 1), "x", today=TODAY)
    )
    assert (error.field, error.rule) == ("noted_on", "date.before_found")
    error = _refused(database, lambda s: add_progress_note(s, problem_id, TODAY, " ", today=TODAY))
    assert (error.field, error.rule) == ("note", "note.required")
    with database.unit_of_work("clerk") as session:
        add_progress_note(session, problem_id, dt.date(2026, 4, 1), "已整改一半", today=TODAY)
    error = _refused(
        database,
        lambda s: update_problem(s, problem_id, _draft(found_on=dt.date(2026, 4, 5)), today=TODAY),
    )
    assert (error.field, error.rule) == ("found_on", "found_on.after_progress")


def test_unknown_numbers_are_one_sentence(database, ids) -> None:
    with database.unit_of_work("clerk") as session:
        with pytest.raises(BranchDeskError, match=r"There is no problem with number 999\."):
            start_problem(session, 999)
        with pytest.raises(BranchDeskError, match=r"There is no progress note with number 5\."):
            delete_progress_note(session, 5)


def test_deleting_a_problem_takes_its_notes_and_evidence_links(database, ids, data_dir, tmp_path):
    picture = tmp_path / "整改照片.png"
    picture.write_bytes(PNG)
    stored = store_file(data_dir.attachments, picture)
    problem_id = _raise(database, ids["branch"])
    with database.unit_of_work("clerk") as session:
        add_progress_note(session, problem_id, dt.date(2026, 4, 1), "已整改", today=TODAY)
        save_evidence(
            session, problem_id, [AttachmentDraft.of(stored, AttachmentRole.EVIDENCE, "照片")]
        )
    with database.reading() as session:
        assert [e.caption for e in list_evidence(session, problem_id)] == ["照片"]
        assert problem_rows(session, ProblemFilter(), TODAY)[0].evidence == 1
    with database.unit_of_work("clerk") as session:
        delete_problem(session, problem_id)
    with database.reading() as session:
        for model in (Problem, ProgressNote, AttachmentLink):
            assert session.scalar(select(func.count()).select_from(model)) == 0
        deleted = session.scalars(
            select(AuditEntry.entity).where(AuditEntry.action == "delete")
        ).all()
    assert sorted(deleted) == ["attachment_links", "problems", "progress_notes"]


# the list ----------------------------------------------------------------------------------


@pytest.fixture
def ledger(database: Database, ids: dict[str, int]) -> dict[str, int]:
    """Five problems of 2026 in every state, one of 2025, one of the other branch."""
    made: dict[str, int] = {}
    with database.unit_of_work("clerk") as session:

        def add(key: str, branch: str = "branch", **changes: object) -> int:
            made[key] = raise_problem(session, ids[branch], _draft(**changes), today=TODAY)
            return made[key]

        add("overdue", inspection_id=ids["inspection"], responsible_person="张玥")
        soon = add(
            "soon", deadline=dt.date(2026, 12, 1), category="党费收缴", source=ProblemSource.MASSES
        )
        start_problem(session, soon)
        review_date = dt.date(2026, 5, 1)
        add(
            "review",
            rectify_kind=RectifyKind.ONGOING,
            deadline=review_date,
            meeting_id=ids["meeting"],
        )
        complete_problem(session, add("done", evaluation_id=ids["evaluation"]), TODAY, today=TODAY)
        add("old", found_on=dt.date(2025, 10, 1), deadline=dt.date(2025, 11, 1))
        add("foreign", "other", inspection_id=ids["foreign_inspection"], category="组织生活")
    return made


EVERY = ["old", "overdue", "soon", "review", "done", "foreign"]  # the ledger in its order


def _ids(database: Database, wanted: ProblemFilter) -> list[int]:
    with database.reading() as session:
        return [row.id for row in problem_rows(session, wanted, TODAY)]


def test_the_list_is_sorted_by_year_branch_and_number(database, ledger) -> None:
    assert _ids(database, ProblemFilter()) == [ledger[key] for key in EVERY]


def test_overdue_is_filtered_in_sql(database, ids, ledger) -> None:
    # 已逾期: open with a passed deadline; the 长期坚持 review date and 已完成 are not.
    overdue = [ledger["old"], ledger["overdue"], ledger["foreign"]]
    assert _ids(database, ProblemFilter(overdue_only=True)) == overdue
    assert _ids(database, ProblemFilter(year=2026, overdue_only=True)) == overdue[1:]
    assert _ids(database, ProblemFilter(branch_id=ids["branch"], overdue_only=True)) == overdue[:2]
    with database.reading() as session:
        summary = dashboard_summary(session, TODAY)
    assert (summary.open_problems, summary.overdue_problems) == (5, 3)


@pytest.mark.parametrize(
    ("wanted", "keys"),
    [
        (ProblemFilter(year=2025), ["old"]),
        (ProblemFilter(status=ProblemStatus.IN_PROGRESS), ["soon"]),
        (ProblemFilter(status=ProblemStatus.COMPLETED), ["done"]),
        (ProblemFilter(source=ProblemSource.MASSES), ["soon"]),
        (ProblemFilter(category="组织生活"), ["foreign"]),
        (ProblemFilter(responsible="张"), ["overdue"]),
        (ProblemFilter(responsible="王书"), EVERY),
        (ProblemFilter(deadline_from=dt.date(2026, 6, 30)), ["overdue", "soon", "done", "foreign"]),
        (ProblemFilter(deadline_to=dt.date(2026, 5, 1)), ["old", "review"]),
        (ProblemFilter(text="抽查"), EVERY),
        (ProblemFilter(text="100%"), []),
    ],
)
def test_the_list_filters(database, ledger, wanted, keys) -> None:
    assert _ids(database, wanted) == [ledger[key] for key in keys]


def test_an_inspections_problems_and_the_links_label(database, ids, ledger) -> None:
    with database.reading() as session:
        (row,) = problem_rows(session, ProblemFilter(inspection_id=ids["inspection"]), TODAY)
        by_id = {r.id: r for r in problem_rows(session, ProblemFilter(), TODAY)}
    assert row.id == ledger["overdue"] and row.is_overdue and row.responsible_person == "张玥"
    assert (row.link.kind, row.link.inspection_kind, row.link.day) == (
        LinkKind.INSPECTION,
        InspectionKind.ANNUAL,
        FOUND,
    )
    meeting = by_id[ledger["review"]].link
    assert (meeting.kind, meeting.title, meeting.meeting_kind) == (
        LinkKind.MEETING,
        "2026年度组织生活会",
        MeetingKind.LIFE_MEETING,
    )
    evaluation = by_id[ledger["done"]].link
    assert (evaluation.kind, evaluation.title, evaluation.year) == (
        LinkKind.EVALUATION,
        "张玥",
        2025,
    )
    assert by_id[ledger["old"]].link is None


def test_a_drafts_link_reads_as_the_ledger_shows_it(database, ids, ledger) -> None:
    # The editor names what a new problem comes from before it is raised, as the list does.
    with database.reading() as session:
        rows = {r.id: r for r in problem_rows(session, ProblemFilter(), TODAY)}
        for key, link in (
            ("overdue", {"inspection_id": ids["inspection"]}),
            ("review", {"meeting_id": ids["meeting"]}),
            ("done", {"evaluation_id": ids["evaluation"]}),
        ):
            assert problem_link(session, **link) == rows[ledger[key]].link
            assert problem_detail(session, ledger[key], today=TODAY).link == rows[ledger[key]].link
        assert problem_link(session) is None
        assert problem_link(session, inspection_id=999_999) is None


def test_the_categories_in_use(database, ids, ledger) -> None:
    with database.reading() as session:
        assert problem_categories(session) == ["党费收缴", "理论学习", "组织生活"]
        assert problem_categories(session, ids["other"]) == ["组织生活"]
