"""Meetings: attendance prefill, numbering, validation, quorum and the pipeline link."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from branchdesk.core.db import Database
from branchdesk.core.enums import (
    AttendanceStatus,
    ChangeKind,
    Gender,
    MeetingKind,
    OrgStatus,
    PersonType,
    PostKind,
    ResolutionKind,
    Stage,
    StepOutcome,
)
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.models import (
    AuditEntry,
    Branch,
    Meeting,
    Member,
    MemberPost,
    MembershipChange,
    PartyGroup,
    PipelineStep,
)
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.votes import VoteCount
from branchdesk.core.services.meetings import (
    AgendaDraft,
    AttendanceCounts,
    AttendanceDraft,
    GuestDraft,
    MeetingDraft,
    MeetingRuleError,
    ResolutionDraft,
    attendance_counts,
    delete_meeting,
    meeting_draft,
    meeting_findings,
    meeting_rows,
    new_meeting_draft,
    record_meeting,
    update_meeting,
)

TODAY = dt.date(2026, 11, 27)
RULES = LocalRules()
ASSEMBLY_AT = dt.datetime(2026, 6, 10, 14, 30)
FULL = ("王芳", "赵磊", "孙丽", "周强", "吴敏")


@pytest.fixture
def branch(database: Database) -> dict[str, int]:
    """Five full members (王芳 secretary, 赵磊 organisation), a probationary member, a
    candidate with steps 1–14, a full member who left, one abroad, and a party group."""
    with database.unit_of_work("test") as session:
        row = Branch(name="第一党支部")
        session.add(row)
        session.flush()
        group = PartyGroup(branch_id=row.id, name="第一党小组")
        session.add(group)
        session.flush()
        ids = {"branch": row.id, "group": group.id}
        people = [(n, Stage.FULL) for n in FULL] + [
            ("陈晨", Stage.PROBATIONARY),
            ("李明", Stage.CANDIDATE),
            ("钱进", Stage.FULL),
            ("郑好", Stage.FULL),
        ]
        for name, stage in people:
            member = Member(
                name=name,
                branch_id=row.id,
                gender=Gender.FEMALE,
                person_type=PersonType.STUDENT,
                stage=stage,
                birth_date=dt.date(2003, 5, 4),
                org_status=OrgStatus.ABROAD if name == "郑好" else OrgStatus.NORMAL,
                party_group_id=group.id if name in ("王芳", "赵磊", "陈晨") else None,
            )
            session.add(member)
            session.flush()
            ids[name] = member.id
        for step_no, day in ((1, "2024-03-01"), (3, "2024-09-01"), (7, "2025-09-10")):
            session.add(
                PipelineStep(
                    member_id=ids["李明"], step_no=step_no, done_on=dt.date.fromisoformat(day)
                )
            )
        session.add(PipelineStep(member_id=ids["李明"], step_no=14, done_on=dt.date(2026, 5, 20)))
        session.add(
            MembershipChange(
                member_id=ids["钱进"], kind=ChangeKind.TRANSFER_OUT, changed_on=dt.date(2026, 1, 5)
            )
        )
        for name, kind in (("王芳", PostKind.SECRETARY), ("赵磊", PostKind.ORGANIZATION)):
            session.add(
                MemberPost(
                    member_id=ids[name],
                    branch_id=row.id,
                    kind=kind,
                    started_on=dt.date(2025, 1, 1),
                )
            )
        session.add(
            MemberPost(
                member_id=ids["孙丽"],
                branch_id=row.id,
                kind=PostKind.PROPAGANDA,
                started_on=dt.date(2024, 1, 1),
                ended_on=dt.date(2025, 6, 30),  # no longer on the committee
            )
        )
    return ids


def _assembly(database: Database, ids: dict[str, int], **changes: object) -> MeetingDraft:
    """A 支部党员大会 with everyone present that admits 李明 (5 of 5 votes in favour)."""
    with database.reading() as session:
        draft = new_meeting_draft(session, ids["branch"], MeetingKind.BRANCH_ASSEMBLY, ASSEMBLY_AT)
    draft.title = "接收预备党员支部党员大会"
    draft.recorder_id = ids["赵磊"]
    draft.agenda = [AgendaDraft("讨论接收李明同志为预备党员", "介绍人介绍了李明同志的情况。")]
    draft.guests = [GuestDraft("李明", "发展对象", ids["李明"])]
    votes = attendance_counts(draft).default_votes()
    draft.resolutions = [
        ResolutionDraft(
            "同意接收李明同志为中共预备党员", ResolutionKind.ADMISSION, ids["李明"], votes
        )
    ]
    for name, value in changes.items():
        setattr(draft, name, value)
    return draft


def _record(database: Database, draft: MeetingDraft) -> int:
    with database.unit_of_work("clerk") as session:
        return record_meeting(session, draft, rules=RULES, today=TODAY)


def _update(database: Database, meeting_id: int, draft: MeetingDraft) -> None:
    with database.unit_of_work("clerk") as session:
        update_meeting(session, meeting_id, draft, rules=RULES, today=TODAY)


def _counts(database: Database) -> tuple[int, int, int]:
    """Meetings, pipeline steps and audit entries on file."""
    with database.reading() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model))
            for model in (Meeting, PipelineStep, AuditEntry)
        )


def _steps(database: Database, member_id: int, step_no: int) -> list[PipelineStep]:
    with database.reading() as session:
        return list(
            session.scalars(
                select(PipelineStep).where(
                    PipelineStep.member_id == member_id, PipelineStep.step_no == step_no
                )
            )
        )


def _stage(database: Database, member_id: int) -> Stage:
    with database.reading() as session:
        return session.get_one(Member, member_id).stage


# prefill and numbering -----------------------------------------------------------------------


def test_the_attendance_list_holds_current_members_with_votes_by_stage(database, branch):
    draft = _assembly(database, branch)
    rows = {a.name: a for a in draft.attendance}
    # Not the candidate, not who left (转出), not who is abroad (出国(境)暂留).
    assert set(rows) == {*FULL, "陈晨"}
    assert [name for name, row in rows.items() if not row.has_vote] == ["陈晨"]
    assert draft.host_id == branch["王芳"]
    assert draft.sequence_no == 1
    assert attendance_counts(draft) == AttendanceCounts(6, 6, 0, 5, 5)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (MeetingKind.GROUP, {"王芳", "赵磊", "陈晨"}),
        (MeetingKind.COMMITTEE, {"王芳", "赵磊"}),  # 孙丽's post ended
        (MeetingKind.THEME_DAY, {*FULL, "陈晨"}),
    ],
)
def test_group_and_committee_meetings_expect_their_own_people(database, branch, kind, expected):
    with database.reading() as session:
        draft = new_meeting_draft(
            session, branch["branch"], kind, ASSEMBLY_AT, party_group_id=branch["group"]
        )
    assert {a.name for a in draft.attendance} == expected
    assert draft.party_group_id == (branch["group"] if kind is MeetingKind.GROUP else None)


def test_sequence_numbers_count_per_kind_year_and_group(database, branch):
    first = _record(database, _assembly(database, branch, resolutions=[]))
    second = _assembly(database, branch, resolutions=[])
    assert second.sequence_no == 2
    _record(database, second)
    with database.reading() as session:
        theme = new_meeting_draft(session, branch["branch"], MeetingKind.THEME_DAY, ASSEMBLY_AT)
        next_year = new_meeting_draft(
            session, branch["branch"], MeetingKind.BRANCH_ASSEMBLY, dt.datetime(2027, 1, 5, 9)
        )
        assert session.get_one(Meeting, first).sequence_no == 1
    assert (theme.sequence_no, next_year.sequence_no) == (1, 1)
    # A number left empty is assigned on save; a number taken is refused with the next free.
    third = _assembly(database, branch, resolutions=[], sequence_no=None)
    third_id = _record(database, third)
    with database.reading() as session:
        assert session.get_one(Meeting, third_id).sequence_no == 3
    with pytest.raises(ValidationError) as taken:
        _record(database, _assembly(database, branch, resolutions=[], sequence_no=2))
    assert (taken.value.field, taken.value.params["free"]) == ("sequence_no", "4")


# validation --------------------------------------------------------------------------------


def _absent(draft: MeetingDraft, reason: str = "") -> list[AttendanceDraft]:
    rows = [replace(a) for a in draft.attendance]
    rows[0].status, rows[0].reason = AttendanceStatus.ABSENT, reason
    return rows


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d, ids: {"title": "  "}, "title"),
        (lambda d, ids: {"starts_at": None}, "starts_at"),
        (lambda d, ids: {"starts_at": dt.datetime(2026, 11, 28, 9)}, "starts_at"),
        (lambda d, ids: {"ends_at": ASSEMBLY_AT - dt.timedelta(hours=1)}, "ends_at"),
        (lambda d, ids: {"host_id": ids["李明"]}, "host_id"),
        (lambda d, ids: {"recorder_id": 9999}, "recorder_id"),
        (lambda d, ids: {"attendance": _absent(d)}, "attendance.reason"),
        (
            lambda d, ids: {"attendance": [*d.attendance, AttendanceDraft(ids["李明"])]},
            "attendance.member_id",
        ),
        (
            lambda d, ids: {"attendance": [replace(a, has_vote=True) for a in d.attendance]},
            "attendance.has_vote",
        ),
        (lambda d, ids: {"kind": MeetingKind.THEME_DAY}, "resolutions.kind"),
        (lambda d, ids: {"kind": MeetingKind.GROUP}, "party_group_id"),
        (
            lambda d, ids: {"resolutions": [replace(d.resolutions[0], subject_id=None)]},
            "resolutions.subject_id",
        ),
        (
            lambda d, ids: {"resolutions": [replace(d.resolutions[0], votes=None)]},
            "resolutions.votes",
        ),
        (
            lambda d, ids: {"resolutions": [replace(d.resolutions[0], votes=VoteCount(5, 6, 6))]},
            "resolutions.votes",
        ),
        (
            lambda d, ids: {"resolutions": [d.resolutions[0], replace(d.resolutions[0])]},
            "resolutions.subject_id",
        ),
        (
            lambda d, ids: {
                "resolutions": [replace(d.resolutions[0], outcome=StepOutcome.EXTENDED)]
            },
            "resolutions.outcome",
        ),
        (lambda d, ids: {"guests": [GuestDraft("", "学院党总支")]}, "guests.name"),
        (lambda d, ids: {"agenda": [AgendaDraft("", "讨论")]}, "agenda.title"),
    ],
)
def test_a_refused_meeting_names_its_field_and_writes_nothing(database, branch, change, field):
    draft = _assembly(database, branch)
    draft = replace(draft, **change(draft, branch))
    before = _counts(database)
    with pytest.raises(ValidationError) as refused:
        _record(database, draft)
    assert refused.value.field == field
    assert _counts(database) == before
    assert _stage(database, branch["李明"]) is Stage.CANDIDATE


def test_an_absentee_with_a_reason_is_recorded(database, branch):
    draft = _assembly(database, branch, resolutions=[])
    draft.attendance = _absent(draft, "未请假")
    meeting_id = _record(database, draft)
    with database.reading() as session:
        stored = meeting_draft(session, meeting_id)
    assert attendance_counts(stored) == AttendanceCounts(
        6, 5, 1, 5, 5
    )  # 陈晨, first by pinyin, has no vote
    assert stored.attendance[0].reason == "未请假"


# quorum and the pipeline -------------------------------------------------------------------


def _away(draft: MeetingDraft, count: int) -> list[AttendanceDraft]:
    """The first ``count`` voting members on leave."""
    rows, left = [replace(a) for a in draft.attendance], count
    for row in rows:
        if row.has_vote and left:
            row.status, row.reason, left = AttendanceStatus.LEAVE, "生病", left - 1
    return rows


def test_an_admission_advances_the_candidate_in_the_same_transaction(database, branch):
    # Given a candidate whose 入党志愿书 is filled in
    # When the clerk records the 支部党员大会 with 4 of 5 voting members present, 4 in favour
    draft = _assembly(database, branch)
    draft.attendance = _away(draft, 1)
    counts = attendance_counts(draft)
    draft.resolutions[0].votes = counts.default_votes()
    meeting_id = _record(database, draft)
    # Then the candidate is a probationary member, step 15 dated that day names the meeting
    assert _stage(database, branch["李明"]) is Stage.PROBATIONARY
    (step,) = _steps(database, branch["李明"], 15)
    assert (step.done_on, step.outcome, step.meeting_id) == (
        ASSEMBLY_AT.date(),
        StepOutcome.DONE,
        meeting_id,
    )
    assert (step.votes_expected, step.votes_present, step.votes_for) == (5, 4, 4)
    with database.reading() as session:
        tables = set(session.scalars(select(AuditEntry.entity)))
    assert {"meetings", "attendance", "resolutions", "pipeline_steps", "members"} <= tables


def test_a_vote_that_does_not_pass_is_recorded_as_failed(database, branch):
    draft = _assembly(database, branch)
    draft.resolutions[0].votes = VoteCount(5, 5, 2, 3)
    _record(database, draft)
    (step,) = _steps(database, branch["李明"], 15)
    assert step.outcome is StepOutcome.FAILED
    assert _stage(database, branch["李明"]) is Stage.CANDIDATE


def test_no_quorum_refuses_an_admission_but_only_warns_otherwise(database, branch):
    draft = _assembly(database, branch)
    draft.attendance = _away(draft, 3)  # 2 of 5 voting members present
    before = _counts(database)
    with pytest.raises(MeetingRuleError) as refused:
        _record(database, draft)
    assert (refused.value.field, refused.value.rule) == ("attendance", "votes.no_quorum")
    assert _counts(database) == before
    draft.resolutions = []
    with database.reading() as session:
        found = meeting_findings(session, draft, rules=RULES, today=TODAY)
    assert [f.code for f in found] == ["meeting.no_quorum"]
    _record(database, draft)


def test_a_step_the_rules_refuse_refuses_the_meeting(database, branch):
    # 李明's 入党志愿书 (step 14) is dated after this assembly: step 15 cannot precede it.
    draft = _assembly(database, branch, starts_at=dt.datetime(2026, 5, 1, 14))
    before = _counts(database)
    with database.unit_of_work("clerk") as session:
        with pytest.raises(MeetingRuleError) as refused:
            record_meeting(session, draft, rules=RULES, today=TODAY)
        # The savepoint left nothing in the caller's transaction either.
        assert session.scalar(select(func.count()).select_from(Meeting)) == 0
    assert refused.value.field == "resolutions.subject_id"
    assert refused.value.params["row"] == "1"
    assert refused.value.rule == "date.before_previous"
    assert _counts(database) == before


def test_findings_warn_when_votes_differ_from_the_attendance_list(database, branch):
    draft = _assembly(database, branch)
    draft.resolutions[0].votes = VoteCount(6, 6, 6)
    with database.reading() as session:
        found = meeting_findings(session, draft, rules=RULES, today=TODAY)
    assert "votes.attendance" in [f.code for f in found]


def test_a_step_recorded_by_hand_is_linked_not_doubled(database, branch):
    with database.unit_of_work("test") as session:
        session.add(
            PipelineStep(
                member_id=branch["李明"], step_no=15, done_on=ASSEMBLY_AT.date(), notes="先记"
            )
        )
    meeting_id = _record(database, _assembly(database, branch))
    (step,) = _steps(database, branch["李明"], 15)
    assert (step.meeting_id, step.notes, step.votes_for) == (meeting_id, "先记", 5)


# update and delete -------------------------------------------------------------------------


def test_editing_the_meeting_updates_its_step(database, branch):
    meeting_id = _record(database, _assembly(database, branch))
    (first,) = _steps(database, branch["李明"], 15)
    with database.reading() as session:
        draft = meeting_draft(session, meeting_id)
    draft.resolutions[0].votes = VoteCount(5, 5, 4, 1)
    _update(database, meeting_id, draft)
    (step,) = _steps(database, branch["李明"], 15)
    assert (step.id, step.votes_for, step.votes_against) == (first.id, 4, 1)
    # A count corrected to not passed takes the person back to 发展对象.
    draft.resolutions[0].votes = VoteCount(5, 5, 2, 3)
    _update(database, meeting_id, draft)
    (step,) = _steps(database, branch["李明"], 15)
    assert (step.id, step.outcome) == (first.id, StepOutcome.FAILED)
    assert _stage(database, branch["李明"]) is Stage.CANDIDATE
    # Dropping the resolution drops its step.
    draft.resolutions = []
    _update(database, meeting_id, draft)
    assert _steps(database, branch["李明"], 15) == []


def test_the_stored_draft_reads_back_as_entered(database, branch):
    entered = _assembly(database, branch, place="党员活动室", minutes="会议纪要")
    meeting_id = _record(database, entered)
    with database.reading() as session:
        stored = meeting_draft(session, meeting_id)
    assert stored == entered


def test_deleting_the_meeting_deletes_its_step_unless_later_steps_rest_on_it(database, branch):
    meeting_id = _record(database, _assembly(database, branch))
    with database.unit_of_work("test") as session:
        later = PipelineStep(member_id=branch["李明"], step_no=16, done_on=dt.date(2026, 6, 20))
        session.add(later)
        session.flush()
        later_id = later.id
    before = _counts(database)
    with pytest.raises(ValidationError) as refused, database.unit_of_work("clerk") as session:
        delete_meeting(session, meeting_id)
    assert refused.value.rule == "meeting.later_steps"
    assert _counts(database) == before
    with database.unit_of_work("test") as session:
        session.delete(session.get_one(PipelineStep, later_id))
    with database.unit_of_work("clerk") as session:
        delete_meeting(session, meeting_id)
    assert _steps(database, branch["李明"], 15) == []
    assert _stage(database, branch["李明"]) is Stage.CANDIDATE
    with database.reading() as session:
        assert session.get(Meeting, meeting_id) is None
        deleted = session.scalars(select(AuditEntry.entity).where(AuditEntry.action == "delete"))
        assert {"meetings", "attendance", "resolutions", "pipeline_steps"} <= set(deleted)
    with pytest.raises(BranchDeskError), database.unit_of_work("clerk") as session:
        delete_meeting(session, meeting_id)


# the list ----------------------------------------------------------------------------------


def test_meeting_rows_filter_count_and_sort_in_sql(database, branch):
    with database.reading() as session:
        theme = new_meeting_draft(
            session, branch["branch"], MeetingKind.THEME_DAY, dt.datetime(2026, 3, 5, 14)
        )
    theme.title, theme.place = "学雷锋志愿服务主题党日", "青学园"
    theme.attendance = _away(theme, 2)
    _record(database, theme)
    _record(database, _assembly(database, branch))
    with database.reading() as session:
        rows = meeting_rows(session, 2026)
        assert [(r.kind, r.expected, r.present, r.resolutions) for r in rows] == [
            (MeetingKind.THEME_DAY, 6, 4, 0),
            (MeetingKind.BRANCH_ASSEMBLY, 6, 6, 1),
        ]
        assert rows[1].host_name == "王芳"
        latest = meeting_rows(session, 2026, sort="starts_at", descending=True)
        assert latest[0].kind is MeetingKind.BRANCH_ASSEMBLY
        assert [r.title for r in meeting_rows(session, 2026, text="雷锋")] == [theme.title]
        assert [r.title for r in meeting_rows(session, 2026, text="王芳")] != []
        assert meeting_rows(session, 2026, MeetingKind.COMMITTEE) == []
        assert meeting_rows(session, 2025) == []


@pytest.mark.parametrize(
    ("outcome", "stage"),
    [(None, Stage.FULL), (StepOutcome.EXTENDED, Stage.PROBATIONARY)],
)
def test_a_confirmation_vote_records_step_23(database, branch, outcome, stage):
    draft = _assembly(database, branch)
    draft.resolutions = [
        ResolutionDraft(
            "同意陈晨同志按期转为中共正式党员",
            ResolutionKind.CONFIRMATION,
            branch["陈晨"],
            attendance_counts(draft).default_votes(),
            outcome,
        )
    ]
    meeting_id = _record(database, draft)
    (step,) = _steps(database, branch["陈晨"], 23)
    assert (step.meeting_id, step.outcome) == (meeting_id, outcome or StepOutcome.DONE)
    assert _stage(database, branch["陈晨"]) is stage
    with database.reading() as session:
        assert meeting_draft(session, meeting_id).resolutions[0].outcome == outcome


def test_editing_the_attendance_list_keeps_one_row_per_member(database, branch):
    meeting_id = _record(database, _assembly(database, branch, resolutions=[]))
    with database.reading() as session:
        draft = meeting_draft(session, meeting_id)
    dropped = draft.attendance.pop(0)
    draft.attendance[0].status, draft.attendance[0].reason = AttendanceStatus.LEAVE, "生病"
    draft.attendance.append(dropped)  # the same member back, at the end
    draft.attendance.pop(1)
    _update(database, meeting_id, draft)
    with database.reading() as session:
        stored = meeting_draft(session, meeting_id)
    assert sorted(a.member_id for a in stored.attendance) == sorted(
        a.member_id for a in draft.attendance
    )
    assert attendance_counts(stored) == AttendanceCounts(5, 4, 1, 4, 3)
