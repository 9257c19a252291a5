"""Democratic evaluation: rounds, who is evaluated, each member's record, the page's rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from branchdesk.core.db import Database
from branchdesk.core.enums import (
    ChangeKind,
    Gender,
    Grade,
    MeetingKind,
    OrgStatus,
    PersonType,
    ProblemSource,
    ProblemStatus,
    RectifyKind,
    Stage,
)
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.models import (
    AuditEntry,
    Branch,
    Evaluation,
    EvaluationRound,
    Meeting,
    Member,
    MembershipChange,
    PipelineStep,
    Problem,
)
from branchdesk.core.rules.evaluation import Part, VoteTally
from branchdesk.core.rules.local_rules import validate_rules
from branchdesk.core.rules.reminders import Severity
from branchdesk.core.services.evaluations import (
    EvaluationDraft,
    RoundDraft,
    add_member,
    delete_round,
    eligible_member_ids,
    evaluation_draft,
    evaluation_findings,
    evaluation_rows,
    find_round,
    open_round,
    record_evaluation,
    remove_member,
    round_draft,
    round_summary_of,
    rounds_for,
    update_round,
)
from branchdesk.core.services.reminders import collect_reminders
from branchdesk.core.services.settings import load_settings, save_settings

TODAY = dt.date(2026, 12, 20)
LIFE_MEETING_DAY = dt.datetime(2026, 12, 18, 14, 30)
Ids = dict[str, int]


@pytest.fixture
def branch(database: Database) -> Ids:
    """A branch of full and probationary members, an activist, people who left, went abroad
    or arrived, a member of another branch, and the branch's 组织生活会; ids by name."""
    with database.unit_of_work("test") as session:
        branch = Branch(name="数学学院学生第一党支部")
        other = Branch(name="数学学院教工党支部", position=1)
        session.add_all([branch, other])
        session.flush()
        ids = {"branch": branch.id, "other": other.id}
        people = (
            ("王书记", Stage.FULL, branch),
            ("张玥", Stage.FULL, branch),
            ("李明", Stage.FULL, branch),  # 转正 in 2026: probationary in 2025
            ("艾青", Stage.PROBATIONARY, branch),  # admitted July 2026
            ("陈思", Stage.ACTIVIST, branch),
            ("周末", Stage.FULL, branch),  # transferred out March 2026
            ("欧阳", Stage.FULL, branch),  # abroad
            ("新来", Stage.FULL, branch),  # transferred in February 2026
            ("钱进", Stage.FULL, other),
        )
        for name, stage, where in people:
            member = Member(
                branch_id=where.id,
                name=name,
                gender=Gender.FEMALE,
                person_type=PersonType.STUDENT,
                stage=stage,
                org_status=OrgStatus.ABROAD if name == "欧阳" else OrgStatus.NORMAL,
            )
            session.add(member)
            session.flush()
            ids[name] = member.id
        session.add_all(
            [
                PipelineStep(member_id=ids["李明"], step_no=15, done_on=dt.date(2025, 3, 1)),
                PipelineStep(member_id=ids["李明"], step_no=23, done_on=dt.date(2026, 3, 2)),
                PipelineStep(member_id=ids["艾青"], step_no=15, done_on=dt.date(2026, 7, 1)),
                MembershipChange(
                    member_id=ids["周末"],
                    kind=ChangeKind.TRANSFER_OUT,
                    changed_on=dt.date(2026, 3, 1),
                ),
                MembershipChange(
                    member_id=ids["新来"],
                    kind=ChangeKind.TRANSFER_IN,
                    changed_on=dt.date(2026, 2, 1),
                ),
            ]
        )
        for key, where, day in (
            ("meeting", branch, LIFE_MEETING_DAY),
            ("foreign", other, LIFE_MEETING_DAY),
        ):
            meeting = Meeting(
                branch_id=where.id,
                kind=MeetingKind.LIFE_MEETING,
                year=day.year,
                sequence_no=1,
                title="2026年度组织生活会暨民主评议党员大会",
                starts_at=day,
            )
            session.add(meeting)
            session.flush()
            ids[key] = meeting.id
    return ids


def _open(database: Database, ids: Ids, year: int = 2026, **changes: object) -> int:
    values: dict[str, object] = {"branch_id": ids["branch"], "year": year}
    values.update(changes)
    with database.unit_of_work("clerk") as session:
        return open_round(session, RoundDraft(**values), today=TODAY)  # type: ignore[arg-type]


def _evaluation_id(database: Database, round_id: int, member_id: int) -> int:
    with database.reading() as session:
        return session.scalar(
            select(Evaluation.id).where(
                Evaluation.round_id == round_id, Evaluation.member_id == member_id
            )
        )


def _record(database: Database, evaluation_id: int, draft: EvaluationDraft) -> int | None:
    with database.unit_of_work("clerk") as session:
        return record_evaluation(session, evaluation_id, draft, today=TODAY)


def _refused(database: Database, call, *args: object) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as raised, database.unit_of_work("clerk") as session:
        call(session, *args)
    return raised.value


def _full(**changes: object) -> EvaluationDraft:
    values: dict[str, object] = {
        "self_summary": "本年度认真学习，按时参加组织生活。",
        "peer": VoteTally(1, 3),
        "masses": VoteTally(5, 25),
        "branch_opinion": "该同志能够认真履行党员义务，评定为合格。",
        "grade": Grade.QUALIFIED,
        "graded_by": "党员大会",
    }
    values.update(changes)
    return EvaluationDraft(**values)  # type: ignore[arg-type]


# --- who is evaluated -----------------------------------------------------------------------


def test_a_new_round_lists_the_branchs_party_members_of_the_year(database, branch) -> None:
    # When the clerk opens the 2026 round, linking the 组织生活会 of 18 December
    round_id = _open(database, branch, meeting_id=branch["meeting"], notes="  结合组织生活会  ")

    # Then the full and probationary members on file are listed, by name; the activist, the
    # member who transferred out, the one abroad and the other branch's are not
    with database.reading() as session:
        rows = evaluation_rows(session, round_id)
        draft = round_draft(session, round_id)
        audited = session.scalar(
            select(func.count()).where(
                AuditEntry.entity == "evaluations", AuditEntry.actor == "clerk"
            )
        )
    assert [row.name for row in rows] == ["艾青", "李明", "王书记", "新来", "张玥"]
    assert {row.stage for row in rows} == {Stage.FULL, Stage.PROBATIONARY}
    assert all(row.missing == tuple(Part) for row in rows)
    assert audited == 5
    # The meeting's date stands for the date the grades were settled
    assert draft == RoundDraft(
        branch["branch"], 2026, LIFE_MEETING_DAY.date(), branch["meeting"], "结合组织生活会"
    )


def test_a_past_years_round_lists_who_was_a_member_then(database, branch) -> None:
    round_id = _open(database, branch, year=2025)

    with database.reading() as session:
        rows = {row.name: row for row in evaluation_rows(session, round_id)}
    # 周末 left in 2026 and was a member in 2025; 艾青 (admitted 2026) and 新来 (arrived 2026)
    # were not; 李明 was still probationary at the end of 2025.
    assert sorted(rows) == sorted(["王书记", "张玥", "李明", "周末"])
    assert rows["李明"].stage is Stage.PROBATIONARY and rows["张玥"].stage is Stage.FULL


def test_eligibility_is_read_as_of_today_in_the_running_year(database, branch) -> None:
    with database.reading() as session:
        before = eligible_member_ids(session, branch["branch"], 2026, today=dt.date(2026, 2, 28))
        after = eligible_member_ids(session, branch["branch"], 2026, today=TODAY)
    # On 28 February 周末 had not left yet
    assert branch["周末"] in before and branch["周末"] not in after


@pytest.mark.parametrize(
    ("changes", "field", "rule"),
    [
        ({"year": 2027}, "year", "year.range"),
        ({"year": 1900}, "year", "year.range"),
        ({"held_on": dt.date(2026, 12, 21)}, "held_on", "date.future"),
        ({"held_on": dt.date(2025, 12, 30)}, "held_on", "held_on.before_year"),
        ({"notes": "记" * 10_001}, "notes", "text.length"),
        ({"meeting_id": "foreign"}, "meeting_id", "meeting.branch"),
        ({"meeting_id": 99_999}, "meeting_id", "meeting.branch"),
        ({"branch_id": 99_999}, "branch_id", "branch.unknown"),
    ],
)
def test_a_bad_round_is_refused_naming_the_field(database, branch, changes, field, rule) -> None:
    if changes.get("meeting_id") == "foreign":
        changes = {"meeting_id": branch["foreign"]}
    draft = RoundDraft(**{"branch_id": branch["branch"], "year": 2026, **changes})

    error = _refused(database, lambda s, d: open_round(s, d, today=TODAY), draft)

    assert (error.field, error.rule) == (field, rule)
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(EvaluationRound)) == 0


def test_a_year_has_one_round_per_branch(database, branch) -> None:
    _open(database, branch)
    draft = RoundDraft(branch["branch"], 2026)
    error = _refused(database, lambda s, d: open_round(s, d, today=TODAY), draft)
    assert (error.field, error.rule) == ("year", "round.exists")
    # Another branch may open its own
    with database.unit_of_work("clerk") as session:
        open_round(session, RoundDraft(branch["other"], 2026), today=TODAY)
        assert find_round(session, branch["other"], 2026) is not None


def test_a_rounds_date_meeting_and_notes_change_but_not_its_year(database, branch) -> None:
    round_id = _open(database, branch)
    with database.unit_of_work("clerk") as session:
        draft = round_draft(session, round_id)
        draft.held_on, draft.meeting_id, draft.notes = dt.date(2026, 12, 19), branch["meeting"], "x"
        update_round(session, round_id, draft, today=TODAY)
    with database.reading() as session:
        assert round_draft(session, round_id).held_on == dt.date(2026, 12, 19)  # kept as typed
    moved = RoundDraft(branch["branch"], 2025)
    error = _refused(database, lambda s, d: update_round(s, round_id, d, today=TODAY), moved)
    assert (error.field, error.rule) == ("year", "round.fixed")


# --- adding and removing members ------------------------------------------------------------


def test_the_clerk_adds_someone_left_out_and_removes_someone(database, branch) -> None:
    round_id = _open(database, branch)
    with database.unit_of_work("clerk") as session:
        # 欧阳 came back from abroad for the evaluation; 新来 is evaluated by her old branch
        evaluation_id = add_member(session, round_id, branch["欧阳"])
        remove_member(session, round_id, branch["新来"])
    with database.reading() as session:
        rows = evaluation_rows(session, round_id)
    assert [row.name for row in rows] == ["艾青", "李明", "欧阳", "王书记", "张玥"]
    assert evaluation_id in {row.id for row in rows}


@pytest.mark.parametrize(
    ("who", "rule"),
    [
        ("陈思", "member.stage"),
        ("钱进", "member.branch"),
        ("张玥", "member.in_round"),
        (None, "member.unknown"),
    ],
)
def test_adding_someone_who_cannot_be_evaluated_is_refused(database, branch, who, rule) -> None:
    round_id = _open(database, branch)
    member_id = branch[who] if who else 99_999
    error = _refused(database, add_member, round_id, member_id)
    assert (error.field, error.rule) == ("member_id", rule)


def test_removing_someone_not_in_the_round_changes_nothing(database, branch) -> None:
    round_id = _open(database, branch)
    with (
        pytest.raises(BranchDeskError, match="not in the evaluation round"),
        database.unit_of_work("clerk") as session,
    ):
        remove_member(session, round_id, branch["陈思"])


# --- one member's evaluation ----------------------------------------------------------------


def test_recording_a_members_evaluation_completes_it(database, branch) -> None:
    round_id = _open(database, branch)
    evaluation_id = _evaluation_id(database, round_id, branch["张玥"])

    # When the clerk records a self-summary with surrounding blanks and the votes
    created = _record(database, evaluation_id, _full(self_summary="  本年度认真学习。\n"))

    with database.reading() as session:
        draft = evaluation_draft(session, evaluation_id)
        rows = {row.name: row for row in evaluation_rows(session, round_id)}
    assert created is None  # 合格 opens no improvement item
    assert draft == _full(self_summary="本年度认真学习。")
    assert rows["张玥"].complete and rows["张玥"].peer == VoteTally(1, 3)
    assert rows["张玥"].grade is Grade.QUALIFIED and rows["张玥"].graded_by == "党员大会"
    assert not rows["王书记"].complete


def test_a_partial_evaluation_says_what_is_missing(database, branch) -> None:
    round_id = _open(database, branch)
    evaluation_id = _evaluation_id(database, round_id, branch["艾青"])

    _record(database, evaluation_id, EvaluationDraft(masses=VoteTally(2, 20, 1)))

    with database.reading() as session:
        (row,) = [r for r in evaluation_rows(session, round_id) if r.id == evaluation_id]
    assert row.missing == (Part.SELF_SUMMARY, Part.PEER_VOTES, Part.BRANCH_OPINION, Part.GRADE)


def test_an_unchanged_save_writes_no_audit_entry(database, branch) -> None:
    round_id = _open(database, branch)
    evaluation_id = _evaluation_id(database, round_id, branch["张玥"])
    _record(database, evaluation_id, _full())

    def updates() -> int:
        with database.reading() as session:
            return session.scalar(
                select(func.count()).where(
                    AuditEntry.entity == "evaluations", AuditEntry.action == "update"
                )
            )

    before = updates()
    _record(database, evaluation_id, _full())
    assert updates() == before


@pytest.mark.parametrize(
    ("changes", "field", "rule"),
    [
        # Five members in the round: at most four peers vote on each.
        ({"peer": VoteTally(2, 2, 1)}, "peer", "votes.voters"),
        ({"masses": VoteTally(1, -1)}, "masses.qualified", "votes.negative"),
        ({"peer": VoteTally(0, 0, 0, -2)}, "peer.unqualified", "votes.negative"),
        ({"graded_by": ""}, "graded_by", "graded_by.required"),
        ({"graded_by": "书记"}, "graded_by", "graded_by.choice"),
        ({"self_summary": "学" * 20_001}, "self_summary", "text.length"),
        ({"branch_opinion": "好" * 5_001}, "branch_opinion", "text.length"),
    ],
)
def test_a_bad_evaluation_is_refused_naming_the_field(
    database, branch, changes, field, rule
) -> None:
    round_id = _open(database, branch)
    evaluation_id = _evaluation_id(database, round_id, branch["张玥"])

    error = _refused(
        database, lambda s, d: record_evaluation(s, evaluation_id, d, today=TODAY), _full(**changes)
    )

    assert (error.field, error.rule) == (field, rule)
    with database.reading() as session:
        assert evaluation_draft(session, evaluation_id) == EvaluationDraft()


def test_who_graded_may_be_chosen_before_the_grade(database, branch) -> None:
    round_id = _open(database, branch)
    evaluation_id = _evaluation_id(database, round_id, branch["张玥"])
    _record(database, evaluation_id, EvaluationDraft(graded_by="支委会"))
    with database.reading() as session:
        assert evaluation_draft(session, evaluation_id).graded_by == "支委会"


def test_an_excellent_grade_over_one_third_warns_before_saving(database, branch) -> None:
    round_id = _open(database, branch)  # five members: one 优秀 is fine, two are over a third
    first = _evaluation_id(database, round_id, branch["张玥"])
    second = _evaluation_id(database, round_id, branch["王书记"])
    with database.unit_of_work("clerk") as session:
        excellent = _full(grade=Grade.EXCELLENT)
        # The first 优秀 entered is one of five members, not "all of the graded"
        assert evaluation_findings(session, first, excellent) == []
        record_evaluation(session, first, excellent, today=TODAY)
        (finding,) = evaluation_findings(session, second, _full(grade=Grade.EXCELLENT))
        assert finding.code == "evaluation.excellent_share"
        assert finding.params == {"excellent": "2", "evaluated": "5", "limit": "1"}
        assert evaluation_findings(session, second, _full()) == []
        # A warning, not a refusal: the grade is stored as the branch settled it
        record_evaluation(session, second, _full(grade=Grade.EXCELLENT), today=TODAY)
        summary = round_summary_of(session, round_id)
    assert summary.by_grade[Grade.EXCELLENT] == 2 and summary.over_one_third
    assert summary.excellent_share == 1  # both graded members are 优秀
    assert summary.findings()[0].severity == "warning"


def test_rounds_of_a_year_with_their_progress(database, branch) -> None:
    round_id = _open(database, branch, meeting_id=branch["meeting"])
    _record(database, _evaluation_id(database, round_id, branch["张玥"]), _full())
    _open(database, branch, year=2025)

    with database.reading() as session:
        (row,) = rounds_for(session, 2026)
        every = rounds_for(session)
    assert (row.id, row.branch_name, row.year, row.meeting_id) == (
        round_id,
        "数学学院学生第一党支部",
        2026,
        branch["meeting"],
    )
    assert (row.summary.members, row.summary.complete, row.summary.graded) == (5, 1, 1)
    assert [r.year for r in every] == [2026, 2025]


def test_rows_sort_and_filter_in_sql(database, branch) -> None:
    round_id = _open(database, branch)
    _record(database, _evaluation_id(database, round_id, branch["艾青"]), _full())
    _record(
        database,
        _evaluation_id(database, round_id, branch["新来"]),
        _full(grade=Grade.EXCELLENT, peer=VoteTally(4)),
    )
    with database.reading() as session:
        by_grade = [r.name for r in evaluation_rows(session, round_id, sort="grade")]
        by_peer = [r.name for r in evaluation_rows(session, round_id, sort="peer", descending=True)]
        found = [r.name for r in evaluation_rows(session, round_id, "zy")]
        literal = evaluation_rows(session, round_id, "%")
    assert by_grade[:2] == ["新来", "艾青"]  # 优秀, 合格, then the ungraded by name
    assert by_peer[0] == "新来"
    assert found == ["张玥"]  # pinyin initials
    assert literal == []


def test_deleting_a_round_deletes_its_evaluations(database, branch) -> None:
    round_id = _open(database, branch)
    _record(database, _evaluation_id(database, round_id, branch["张玥"]), _full())
    with database.unit_of_work("clerk") as session:
        delete_round(session, round_id)
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Evaluation)) == 0
        deleted = session.scalar(
            select(func.count()).where(
                AuditEntry.entity == "evaluations", AuditEntry.action == "delete"
            )
        )
        assert deleted == 5 and rounds_for(session) == []
    with (
        pytest.raises(BranchDeskError, match="no longer on file"),
        database.unit_of_work("clerk") as session,
    ):
        delete_round(session, round_id)


# --- reminders ------------------------------------------------------------------------------


def _evaluation_reminders(database: Database, today: dt.date) -> set[tuple[str, Severity]]:
    with database.reading() as session:
        return {
            (r.subject, r.severity)
            for r in collect_reminders(session, today)
            if r.family == "evaluations"
        }


def test_the_dashboard_reminds_of_a_round_to_open_then_to_finish(database, branch) -> None:
    mine, other = branch["branch"], branch["other"]
    # November: nothing yet (the local rule says December)
    assert _evaluation_reminders(database, dt.date(2026, 11, 30)) == set()
    # December: both branches have members to evaluate and no round
    assert _evaluation_reminders(database, TODAY) == {
        (f"branch:{mine}:evaluation:2026:no_round", Severity.DUE),
        (f"branch:{other}:evaluation:2026:no_round", Severity.DUE),
    }
    round_id = _open(database, branch)
    assert (f"branch:{mine}:evaluation:2026:incomplete", Severity.DUE) in _evaluation_reminders(
        database, TODAY
    )
    with database.reading() as session:
        evaluation_ids = [row.id for row in evaluation_rows(session, round_id)]
    for evaluation_id in evaluation_ids:
        _record(database, evaluation_id, _full())
    assert _evaluation_reminders(database, TODAY) == {
        (f"branch:{other}:evaluation:2026:no_round", Severity.DUE)
    }


def test_the_reminder_month_is_a_setting(database, branch) -> None:
    with database.unit_of_work("clerk") as session:
        settings = load_settings(session)
        rules = replace(settings.rules, evaluation_reminder_month=11)
        save_settings(session, replace(settings, rules=rules), today=TODAY)
    assert len(_evaluation_reminders(database, dt.date(2026, 11, 30))) == 2
    with pytest.raises(ValidationError) as raised:
        validate_rules({"evaluation_reminder_month": 13})
    assert raised.value.field == "rules.evaluation_reminder_month"


# --- improvement items in the rectification ledger ------------------------------------------


def _problems(database: Database) -> list[Problem]:
    with database.reading() as session:
        found = list(session.scalars(select(Problem).order_by(Problem.id)))
        session.expunge_all()
    return found


def test_a_basically_qualified_grade_opens_one_improvement_item(database, branch) -> None:
    # Given the round's grades settled at the 组织生活会 of 18 December
    round_id = _open(database, branch, meeting_id=branch["meeting"])
    evaluation_id = _evaluation_id(database, round_id, branch["张玥"])

    # When the assembly grades 张玥 基本合格
    problem_id = _record(database, evaluation_id, _full(grade=Grade.BASICALLY_QUALIFIED))

    # Then the ledger holds her improvement item, linked to the evaluation, due in 3 months
    (problem,) = _problems(database)
    assert problem.id == problem_id
    assert (problem.source, problem.category, problem.rectify_kind) == (
        ProblemSource.SELF,
        "民主评议",
        RectifyKind.DEADLINE,
    )
    assert problem.description == "张玥同志在2026年度民主评议中被评定为基本合格，需限期改进。"
    assert (problem.found_on, problem.deadline) == (dt.date(2026, 12, 18), dt.date(2027, 3, 18))
    assert (problem.responsible_member_id, problem.responsible_person) == (branch["张玥"], "张玥")
    assert (problem.evaluation_id, problem.branch_id) == (evaluation_id, branch["branch"])
    assert (problem.status, problem.sequence_no) == (ProblemStatus.PENDING, 1)
    with database.reading() as session:
        (row,) = [r for r in evaluation_rows(session, round_id) if r.id == evaluation_id]
    assert row.problem_id == problem_id


def test_changing_the_grade_again_never_opens_a_second_item(database, branch) -> None:
    round_id = _open(database, branch)  # no date: the item is dated the day of grading
    evaluation_id = _evaluation_id(database, round_id, branch["张玥"])

    first = _record(database, evaluation_id, _full(grade=Grade.UNQUALIFIED))
    grades = (Grade.BASICALLY_QUALIFIED, Grade.QUALIFIED, Grade.BASICALLY_QUALIFIED)
    later = [_record(database, evaluation_id, _full(grade=grade)) for grade in grades]

    (problem,) = _problems(database)
    assert first == problem.id and later == [None, None, None]
    # Back to 合格 and again: the item raised first stays as it was written
    assert "不合格" in problem.description and problem.found_on == TODAY


def test_a_refused_evaluation_opens_no_item(database, branch) -> None:
    round_id = _open(database, branch)
    evaluation_id = _evaluation_id(database, round_id, branch["张玥"])
    bad = _full(grade=Grade.UNQUALIFIED, peer=VoteTally(9))
    _refused(database, lambda s, d: record_evaluation(s, evaluation_id, d, today=TODAY), bad)
    assert _problems(database) == []


def test_someone_since_moved_to_another_branch_is_named_not_linked(database, branch) -> None:
    round_id = _open(database, branch)
    evaluation_id = _evaluation_id(database, round_id, branch["新来"])
    with database.unit_of_work("clerk") as session:
        session.get(Member, branch["新来"]).branch_id = branch["other"]

    _record(database, evaluation_id, _full(grade=Grade.BASICALLY_QUALIFIED))

    (problem,) = _problems(database)
    assert (problem.responsible_member_id, problem.responsible_person) == (None, "新来")


def test_removing_the_member_or_the_round_keeps_the_item_unlinked(database, branch) -> None:
    round_id = _open(database, branch)
    for name in ("张玥", "王书记"):
        evaluation_id = _evaluation_id(database, round_id, branch[name])
        _record(database, evaluation_id, _full(grade=Grade.BASICALLY_QUALIFIED))
    with database.unit_of_work("clerk") as session:
        remove_member(session, round_id, branch["张玥"])
    assert [p.evaluation_id is None for p in _problems(database)] == [True, False]

    with database.unit_of_work("clerk") as session:
        delete_round(session, round_id)

    problems = _problems(database)
    assert len(problems) == 2 and all(p.evaluation_id is None for p in problems)
    with database.reading() as session:
        unlinked = session.scalar(
            select(func.count()).where(
                AuditEntry.entity == "problems", AuditEntry.action == "update"
            )
        )
    assert unlinked == 2  # the trail records each link cleared
