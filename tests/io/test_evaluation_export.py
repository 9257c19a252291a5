"""Democratic evaluations to .xlsx and .csv: one row per member, votes per grade, logged."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from branchdesk.core.db import Database
from branchdesk.core.enums import Gender, Grade, PersonType, Stage
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.models import AuditEntry, Evaluation, Member
from branchdesk.core.rules.evaluation import VoteTally
from branchdesk.core.services.evaluations import EvaluationDraft, RoundDraft, open_round
from branchdesk.core.services.evaluations import record_evaluation as record
from branchdesk.io.evaluation_export import EVALUATION_COLUMNS, export_evaluations

from .conftest import BRANCH

TODAY = dt.date(2026, 12, 20)
HEADERS = [title for title, _ in EVALUATION_COLUMNS]


@pytest.fixture
def rounds(database: Database, branch_id: int) -> None:
    """Rounds of 2025 and 2026: 张玥 graded 优秀 in 2026, 李明 with masses votes only."""
    with database.unit_of_work("clerk") as session:
        for name in ("张玥", "李明"):
            session.add(
                Member(
                    branch_id=branch_id,
                    name=name,
                    gender=Gender.FEMALE,
                    person_type=PersonType.STUDENT,
                    stage=Stage.FULL,
                )
            )
        session.flush()
        open_round(session, RoundDraft(branch_id, 2025), today=TODAY)
        round_id = open_round(
            session, RoundDraft(branch_id, 2026, held_on=dt.date(2026, 12, 18)), today=TODAY
        )
        ids = {
            name: evaluation_id
            for name, evaluation_id in session.execute(
                select(Member.name, Evaluation.id)
                .join(Evaluation, Evaluation.member_id == Member.id)
                .where(Evaluation.round_id == round_id)
            )
        }
        record(
            session,
            ids["张玥"],
            EvaluationDraft(
                self_summary="本年度认真学习。\n按时参加组织生活。",
                peer=VoteTally(1),
                masses=VoteTally(20, 5),
                branch_opinion="表现突出，评定为优秀。",
                grade=Grade.EXCELLENT,
                graded_by="党员大会",
            ),
            today=TODAY,
        )
        record(session, ids["李明"], EvaluationDraft(masses=VoteTally(2, 23)), today=TODAY)


def _export(database: Database, output: Path, **options: object) -> int:
    with database.unit_of_work("clerk") as session:
        return export_evaluations(session, output, today=TODAY, **options)  # type: ignore[arg-type]


def test_a_years_evaluations_go_to_csv_one_row_per_member(
    database: Database, rounds: None, tmp_path: Path
) -> None:
    out = tmp_path / "evaluations.csv"

    assert _export(database, out, year=2026) == 2

    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == HEADERS
    li, zhang = rows  # by name pinyin
    assert (zhang["所在支部"], zhang["年度"], zhang["姓名"], zhang["人员类别"]) == (
        BRANCH,
        "2026",
        "张玥",
        "正式党员",
    )
    assert [zhang[f"互评{g}"] for g in ("优秀", "合格", "基本合格", "不合格")] == [
        "1",
        "0",
        "0",
        "0",
    ]
    assert [zhang[f"测评{g}"] for g in ("优秀", "合格")] == ["20", "5"]
    assert (zhang["评定等次"], zhang["评定方式"], zhang["评定日期"]) == (
        "优秀",
        "党员大会",
        "2026-12-18",
    )
    assert zhang["尚缺"] == "" and zhang["个人自评"] == "本年度认真学习。\n按时参加组织生活。"
    # No peer ballots counted: empty cells, not zeros; what is missing is named
    assert li["互评优秀"] == "" and li["测评合格"] == "23" and li["评定日期"] == ""
    assert li["尚缺"] == "个人自评、党员互评、支部意见、评定等次"
    with database.reading() as session:
        logged = session.scalars(select(AuditEntry.summary).where(AuditEntry.action == "export"))
        assert [s.split(" → ")[0] for s in logged] == ["Democratic evaluations (2026, 2 members)"]


def test_every_year_goes_to_xlsx(database: Database, rounds: None, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "evaluations.xlsx"

    assert _export(database, out) == 4

    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == HEADERS
    assert [row[1] for row in rows[1:]] == [2025, 2025, 2026, 2026]
    zhang = rows[-1]
    assert zhang[HEADERS.index("评定日期")] == dt.datetime(2026, 12, 18)
    assert zhang[HEADERS.index("测评优秀")] == 20 and sheet.freeze_panes == "D2"


@pytest.mark.parametrize(
    ("name", "options", "words"),
    [
        ("evaluations.txt", {}, ".xlsx or .csv"),
        ("evaluations.csv", {"year": 2024}, "No democratic evaluation is on file for 2024"),
        ("evaluations.csv", {"year": 1900}, "The year 1900 is not between 1921 and 2026"),
    ],
)
def test_a_bad_export_writes_nothing(
    database: Database, rounds: None, tmp_path: Path, name, options, words
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(BranchDeskError, match=words):
        _export(database, folder / name, **options)
    assert list(folder.iterdir()) == []
