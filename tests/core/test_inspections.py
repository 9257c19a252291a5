"""Inspections: record, edit, list and delete; the ledger's reminders and their local rules."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from branchdesk.core.db import Database
from branchdesk.core.enums import (
    Gender,
    InspectionKind,
    PersonType,
    ProblemSource,
    ProblemStatus,
    RectifyKind,
    Stage,
)
from branchdesk.core.errors import BranchDeskError, ValidationError
from branchdesk.core.i18n import Catalog
from branchdesk.core.models import AuditEntry, Branch, Member, Setting
from branchdesk.core.rules.ledger_reminders import (
    FAMILY,
    InspectionFacts,
    ProblemFacts,
    inspection_reminders,
    problem_reminders,
    snippet,
)
from branchdesk.core.rules.local_rules import LocalRules
from branchdesk.core.rules.reminders import Severity
from branchdesk.core.services.inspections import (
    InspectionDraft,
    delete_inspection,
    inspection_draft,
    inspection_rows,
    record_inspection,
    update_inspection,
)
from branchdesk.core.services.problems import ProblemDraft, complete_problem, raise_problem
from branchdesk.core.services.reminders import collect_reminders
from branchdesk.core.services.settings import load_settings, save_settings

TODAY = dt.date(2026, 11, 26)
RULES = LocalRules()


@pytest.fixture
def branch_id(database: Database) -> int:
    with database.unit_of_work("test") as session:
        branch = Branch(name="数学学院学生第一党支部", founded_on=dt.date(2020, 9, 1))
        session.add(branch)
        session.flush()
        session.add(
            Member(
                branch_id=branch.id,
                name="王书记",
                gender=Gender.MALE,
                person_type=PersonType.STAFF,
                stage=Stage.FULL,
            )
        )
        return branch.id


def _draft(branch_id: int, **changes: object) -> InspectionDraft:
    values: dict[str, object] = {
        "branch_id": branch_id,
        "kind": InspectionKind.ROUTINE,
        "inspected_on": dt.date(2026, 11, 18),
        "inspector": " 支部委员会 ",
        "scope": "三会一课记录、党员学习笔记",
        "summary": "总体规范。",
    }
    values.update(changes)
    return InspectionDraft(**values)  # type: ignore[arg-type]


def test_an_inspection_is_recorded_edited_and_listed(database, branch_id) -> None:
    with database.unit_of_work("clerk") as session:
        first = record_inspection(session, _draft(branch_id), today=TODAY)
        annual = record_inspection(
            session,
            _draft(branch_id, kind=InspectionKind.ANNUAL, inspected_on=dt.date(2026, 1, 8)),
            today=TODAY,
        )
        record_inspection(
            session, _draft(branch_id, inspected_on=dt.date(2025, 12, 18)), today=TODAY
        )
        raise_problem(
            session,
            branch_id,
            ProblemDraft(
                ProblemSource.SUPERIOR,
                dt.date(2026, 1, 8),
                "党费交纳台账不全",
                RectifyKind.IMMEDIATE,
                inspection_id=annual,
            ),
            today=TODAY,
        )
        update_inspection(session, first, _draft(branch_id, summary="发现一处问题。"), today=TODAY)

    with database.reading() as session:
        draft = inspection_draft(session, first)
        rows = inspection_rows(session, 2026)
        routine = inspection_rows(session, 2026, kind=InspectionKind.ROUTINE)
        changes = session.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.entity == "inspections", AuditEntry.action == "update"
            )
        ).all()
    assert draft.inspector == "支部委员会" and draft.summary == "发现一处问题。"
    assert [(r.id, r.problems, r.open_problems) for r in rows] == [(annual, 1, 1), (first, 0, 0)]
    assert [r.id for r in routine] == [first]
    assert changes == [{"summary": ["总体规范。", "发现一处问题。"]}]  # only what changed


@pytest.mark.parametrize(
    ("changes", "field", "rule"),
    [
        ({"inspected_on": None}, "inspected_on", "date.required"),
        ({"inspected_on": TODAY + dt.timedelta(days=1)}, "inspected_on", "date.future"),
        ({"inspector": "  "}, "inspector", "inspector.required"),
        ({"scope": "范" * 201}, "scope", "text.length"),
        ({"kind": "routine"}, "kind", "kind.required"),
        ({"branch_id": 9999}, "branch_id", "branch.unknown"),
    ],
)
def test_a_bad_inspection_names_the_field(database, branch_id, changes, field, rule) -> None:
    with pytest.raises(ValidationError) as raised, database.unit_of_work() as session:
        draft = dataclasses.replace(_draft(branch_id), **changes)
        record_inspection(session, draft, today=TODAY)
    assert (raised.value.field, raised.value.rule) == (field, rule)


def test_an_inspection_with_problems_is_not_deleted(database, branch_id) -> None:
    with database.unit_of_work("clerk") as session:
        inspection = record_inspection(session, _draft(branch_id), today=TODAY)
        empty = record_inspection(session, _draft(branch_id), today=TODAY)
        raise_problem(
            session,
            branch_id,
            ProblemDraft(
                ProblemSource.SELF,
                dt.date(2026, 11, 18),
                "会议记录过于简单",
                RectifyKind.DEADLINE,
                deadline=dt.date(2026, 12, 31),
                inspection_id=inspection,
            ),
            today=TODAY,
        )
    with pytest.raises(BranchDeskError) as raised, database.unit_of_work() as session:
        delete_inspection(session, inspection)
    assert str(raised.value).startswith("1 problem(s) on the ledger came from this inspection")
    with database.unit_of_work("clerk") as session:
        delete_inspection(session, empty)
    with database.reading() as session:
        assert [r.id for r in inspection_rows(session, 2026)] == [inspection]
        with pytest.raises(BranchDeskError, match="no inspection with number"):
            inspection_draft(session, empty)


# reminders: pure rules ---------------------------------------------------------------------


def _problem(deadline: dt.date | None, **changes: object) -> ProblemFacts:
    values: dict[str, object] = {
        "problem_id": 7,
        "branch_name": "一支部",
        "year": 2026,
        "sequence_no": 3,
        "description": "个别党员学习笔记记录不全，心得体会流于形式",
        "status": ProblemStatus.IN_PROGRESS,
        "rectify_kind": RectifyKind.DEADLINE,
        "deadline": deadline,
    }
    values.update(changes)
    return ProblemFacts(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("deadline", "changes", "severity"),
    [
        (TODAY - dt.timedelta(days=1), {}, Severity.OVERDUE),
        (TODAY, {}, Severity.DUE),
        (TODAY + dt.timedelta(days=7), {}, Severity.DUE),
        (TODAY + dt.timedelta(days=8), {}, None),
        (TODAY - dt.timedelta(days=1), {"rectify_kind": RectifyKind.ONGOING}, None),
        (TODAY - dt.timedelta(days=1), {"status": ProblemStatus.COMPLETED}, None),
    ],
)
def test_a_problem_is_reminded_of_near_and_past_its_deadline(deadline, changes, severity) -> None:
    reminders = list(problem_reminders([_problem(deadline, **changes)], TODAY))
    if severity is None:
        assert reminders == []
        return
    (reminder,) = reminders
    assert (reminder.severity, reminder.family, reminder.subject) == (severity, FAMILY, "problem:7")
    assert reminder.due_on == deadline
    text = reminder.text()
    assert "problem No. 3 of 2026" in text and "(个别党员学习笔记记录不全，心得体…)" in text
    assert "deadline" in reminder.rule_text()


def test_a_snippet_is_one_line_and_cut() -> None:
    assert snippet("第一行\n第二行") == "第一行 第二行"
    assert snippet("一二三四五六七八九十一二三四五六七") == "一二三四五六七八九十一二三四五六…"


def _facts(**changes: object) -> InspectionFacts:
    values: dict[str, object] = {
        "branch_id": 1,
        "branch_name": "一支部",
        "since": dt.date(2020, 9, 1),
        "last_routine": dt.date(2026, 10, 30),
        "annual_years": frozenset({2025}),
    }
    values.update(changes)
    return InspectionFacts(**values)  # type: ignore[arg-type]


def _routine(facts: InspectionFacts, rules: LocalRules = RULES, today: dt.date = TODAY):
    return [r for r in inspection_reminders([facts], rules, today) if "routine" in r.subject]


@pytest.mark.parametrize(
    ("last", "months", "severity", "due_on"),
    [
        (dt.date(2026, 11, 4), 1, None, None),  # next one due 4 Dec: more than a week away
        (dt.date(2026, 10, 30), 1, Severity.DUE, dt.date(2026, 11, 30)),
        (dt.date(2026, 10, 26), 1, Severity.DUE, dt.date(2026, 11, 26)),  # due today
        (dt.date(2026, 10, 25), 1, Severity.OVERDUE, dt.date(2026, 11, 25)),
        (dt.date(2026, 9, 15), 3, None, None),
        (dt.date(2026, 8, 1), 3, Severity.OVERDUE, dt.date(2026, 11, 1)),
        (dt.date(2020, 1, 1), 0, None, None),  # the branch holds no regular inspections
    ],
)
def test_a_routine_inspection_within_the_interval(last, months, severity, due_on) -> None:
    rules = dataclasses.replace(RULES, routine_inspection_interval_months=months)
    reminders = _routine(_facts(last_routine=last), rules)
    assert [(r.severity, r.due_on) for r in reminders] == ([(severity, due_on)] if severity else [])
    for reminder in reminders:
        assert reminder.subject == "branch:1:inspection:routine"
        assert f"every {months} month(s)" in reminder.rule_text()


def test_no_routine_inspection_on_file() -> None:
    (reminder,) = _routine(_facts(last_routine=None))
    assert reminder.severity is Severity.OVERDUE  # the branch has existed for years
    assert reminder.text() == "一支部: no routine inspection is on file yet."
    (new,) = _routine(_facts(last_routine=None, since=None))
    assert (new.severity, new.due_on) == (Severity.DUE, None)
    assert _routine(_facts(last_routine=None, since=dt.date(2026, 11, 20))) == []  # too new


def _annual(facts: InspectionFacts, month: int = 12, today: dt.date = TODAY):
    rules = dataclasses.replace(RULES, annual_inspection_due_month=month)
    return [
        (r.severity, r.due_on, r.subject)
        for r in inspection_reminders([facts], rules, today)
        if "annual" in r.subject
    ]


def test_the_annual_inspection_is_due_in_and_before_its_month() -> None:
    subject = "branch:1:inspection:annual:2026"
    assert _annual(_facts()) == [(Severity.DUE, dt.date(2026, 12, 31), subject)]
    assert _annual(_facts(), today=dt.date(2026, 10, 31)) == []  # not yet
    assert _annual(_facts(annual_years=frozenset({2025, 2026}))) == []
    assert _annual(_facts(), month=6) == [(Severity.OVERDUE, dt.date(2026, 6, 30), subject)]


def test_last_years_missing_annual_inspection_is_reminded_of_for_a_quarter() -> None:
    missed = _facts(annual_years=frozenset({2025}))
    january = dt.date(2027, 1, 15)
    assert _annual(missed, today=january) == [
        (Severity.OVERDUE, dt.date(2026, 12, 31), "branch:1:inspection:annual:2026")
    ]
    assert _annual(missed, today=dt.date(2027, 4, 5)) == []
    founded = _facts(annual_years=frozenset(), since=dt.date(2027, 1, 2))
    assert _annual(founded, today=january) == []  # nothing owed before the branch existed


# reminders: from the database --------------------------------------------------------------


def test_the_dashboard_collects_the_ledgers_reminders(database, branch_id) -> None:
    with database.unit_of_work("clerk") as session:
        record_inspection(
            session, _draft(branch_id, inspected_on=dt.date(2026, 10, 20)), today=TODAY
        )
        late = raise_problem(
            session,
            branch_id,
            ProblemDraft(
                ProblemSource.SUPERIOR,
                dt.date(2026, 9, 1),
                "党员活动室宣传栏内容更新不及时",
                RectifyKind.DEADLINE,
                deadline=dt.date(2026, 10, 31),
            ),
            today=TODAY,
        )
        done = raise_problem(
            session,
            branch_id,
            ProblemDraft(
                ProblemSource.SELF,
                dt.date(2026, 9, 1),
                "已完成的问题",
                RectifyKind.DEADLINE,
                deadline=dt.date(2026, 10, 1),
            ),
            today=TODAY,
        )
        complete_problem(session, done, dt.date(2026, 9, 20), today=TODAY)
    with database.reading() as session:
        ours = [r for r in collect_reminders(session, TODAY) if r.family == FAMILY]
    assert [(r.severity, r.subject) for r in ours] == [
        (Severity.OVERDUE, f"problem:{late}"),
        (Severity.OVERDUE, f"branch:{branch_id}:inspection:routine"),
        (Severity.DUE, f"branch:{branch_id}:inspection:annual:2026"),
    ]
    assert ours[0].params["number"] == "1"


def test_the_reminders_are_translated(database, branch_id) -> None:
    from branchdesk.paths import TRANSLATION_SOURCE, resource

    catalog = Catalog.load(resource(*TRANSLATION_SOURCE))
    facts = _facts(last_routine=dt.date(2026, 9, 1))
    for reminder in inspection_reminders([facts], RULES, TODAY):
        reminder.text(catalog.translate)  # every placeholder the translation uses is given
        reminder.rule_text(catalog.translate)


# settings ----------------------------------------------------------------------------------


def test_the_inspection_rules_are_local_settings(database, branch_id) -> None:
    with database.reading() as session:
        rules = load_settings(session).rules
    assert (rules.routine_inspection_interval_months, rules.annual_inspection_due_month) == (1, 12)
    with database.unit_of_work() as session:
        settings = load_settings(session)
        changed = dataclasses.replace(
            settings.rules, routine_inspection_interval_months=2, annual_inspection_due_month=11
        )
        save_settings(session, dataclasses.replace(settings, rules=changed), today=TODAY)
    with database.reading() as session:
        rules = load_settings(session).rules
    assert (rules.routine_inspection_interval_months, rules.annual_inspection_due_month) == (2, 11)
    with pytest.raises(ValidationError) as raised, database.unit_of_work() as session:
        bad = dataclasses.replace(rules, annual_inspection_due_month=13)
        save_settings(session, dataclasses.replace(load_settings(session), rules=bad), today=TODAY)
    assert raised.value.field == "rules.annual_inspection_due_month"


@pytest.mark.parametrize(("per_year", "interval"), [(12, 1), (4, 3), (0, 0), (52, 1), (1, 12)])
def test_a_stored_count_per_year_becomes_an_interval(database, branch_id, per_year, interval):
    # Before the interval, routine inspections were counted per year.
    legacy = "rules.routine_inspections_per_year"
    with database.unit_of_work() as session:
        session.add(Setting(key=legacy, value=per_year))
    with database.reading() as session:
        assert load_settings(session).rules.routine_inspection_interval_months == interval
    with database.unit_of_work() as session:
        save_settings(session, load_settings(session), today=TODAY)
    with database.reading() as session:
        assert session.get(Setting, legacy) is None  # saved as the interval instead
        assert load_settings(session).rules.routine_inspection_interval_months == interval
