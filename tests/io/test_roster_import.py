"""Importing a roster: the clerk reads a messy spreadsheet, sees the plan, then applies it."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from branchdesk.core.db import Database
from branchdesk.core.enums import Gender, Stage
from branchdesk.core.errors import BranchDeskError
from branchdesk.core.models import AuditEntry, Member, PartyGroup, PipelineStep
from branchdesk.core.rules.idnumber import check_digit
from branchdesk.io import roster_import
from branchdesk.io.headers import correct_mapping
from branchdesk.io.roster_import import (
    ImportAction,
    apply_import,
    preview_import,
    read_roster,
)

TODAY = dt.date(2026, 11, 27)
SAMPLE = Path(__file__).parents[2].parent / "shared" / "samples" / "roster-sample.xlsx"
HEADER = ["序号", "姓名", "性别", "公民身份号码", "学号", "手机", "入党申请时间", "党小组"]


def rid(birth: str, seq: str = "011") -> str:
    """A valid resident ID number born on ``birth`` (YYYYMMDD)."""
    first17 = "110101" + birth + seq
    return first17 + check_digit(first17)


def person(n: int, name: str | None = None, **overrides: object) -> list[object]:
    values = {
        "no": n,
        "name": f"学生{n}" if name is None else name,
        "gender": "男",
        "id": rid(f"199{n % 10}0101", f"{n % 100:02d}1"),
        "student": f"2020{n:04d}",
        "phone": f"1390000{n:04d}",
        "applied": "2020-10-01",
        "group": "第一党小组",
    }
    values.update(overrides)
    return list(values.values())


def preview(database: Database, path: Path, **kwargs: object) -> roster_import.ImportPreview:
    with database.reading() as session:
        return preview_import(session, read_roster(path), today=TODAY, **kwargs)  # type: ignore[arg-type]


def errors_by_row(result: roster_import.ImportPreview) -> dict[int, list[tuple[str, str]]]:
    rows: dict[int, list[tuple[str, str]]] = {}
    for error in result.errors:
        rows.setdefault(error.row, []).append((error.column, error.rule))
    return rows


# --- the shared sample ------------------------------------------------------------------------


@pytest.fixture
def sample() -> Path:
    if not SAMPLE.exists():
        pytest.skip(f"shared sample not found at {SAMPLE}")
    return SAMPLE


def test_sample_header_is_found_under_the_merged_title(sample: Path) -> None:
    roster = read_roster(sample)
    assert roster.header_row == 2
    assert roster.mapping.columns["applied_on"] == 10
    assert roster.mapping.columns["activist_on"] == 11
    assert roster.mapping.columns["phone"] == 9
    assert roster.unknown_columns == []
    assert [number for number, _ in roster.rows] == [3, 4, 5, 6, 7, 8, 9]


def test_sample_good_rows_are_planned_and_bad_rows_explained(
    database: Database, branch_id: int, sample: Path
) -> None:
    result = preview(database, sample)
    errors = errors_by_row(result)
    assert errors[8] == [("出生日期", "date.invalid")]
    assert errors[9] == [("公民身份号码", "id.check_digit"), ("手机号码", "phone.format")]
    # Row 6 (黄子轩, born 2003-11-22) applied on 2021-11-02, aged 17: the hard rule of
    # 党章 第一条 (RULES.md §1 step 1) rejects it although the sample does not call it bad.
    assert errors[6] == [("递交入党申请书时间", "application.age")]
    assert set(errors) == {6, 8, 9}
    planned = {row.row: row for row in result.rows}
    assert sorted(planned) == [3, 4, 5, 7]
    assert all(row.action is ImportAction.CREATE for row in planned.values())
    assert planned[7].draft.name == "龚䶮"
    assert planned[4].draft.phone == "15900002345"
    assert planned[4].draft.birth_date == dt.date(2003, 8, 2)
    assert planned[3].draft.stage is Stage.FULL
    assert planned[4].draft.stage is Stage.PROBATIONARY
    assert planned[5].draft.stage is Stage.ACTIVIST
    reason = next(e for e in result.errors if e.row == 8).reason()
    assert "2003-13-01" in reason


def test_sample_imports_the_rare_character_intact(
    database: Database, branch_id: int, sample: Path, tmp_path: Path
) -> None:
    result = apply_import(
        database,
        preview(database, sample),
        actor="clerk",
        backup_dir=tmp_path,
        skip_bad_rows=True,
    )
    assert (result.created, result.rejected) == (4, 3)
    with database.reading() as session:
        names = set(session.scalars(select(Member.name)))
    assert "龚䶮" in names


# --- messy files built here -----------------------------------------------------------------


def test_bad_rows_are_reported_with_row_column_and_reason(
    database: Database, branch_id: int, write_xlsx
) -> None:
    good_id = rid("19980101")
    path = write_xlsx(
        [
            HEADER,
            person(1),
            person(2, id=good_id[:-1] + ("0" if good_id[-1] != "0" else "1")),
            person(3, name=""),
            person(4, applied="2021-02-30"),
            person(5, id=person(1)[3]),  # same ID number as row 2
            person(6, id="１１０１０１２００００１０１００１１"),
            person(7, phone="1390000"),
        ]
    )
    result = preview(database, path)
    errors = errors_by_row(result)
    assert errors == {
        3: [("公民身份号码", "id.check_digit")],
        4: [("姓名", "name.required")],
        5: [("入党申请时间", "date.invalid")],
        6: [("公民身份号码", "import.duplicate")],
        7: [("公民身份号码", "id.fullwidth")],
        8: [("手机", "phone.format")],
    }
    fullwidth = next(e for e in result.errors if e.row == 7)
    assert "full-width" in fullwidth.reason()
    duplicate = next(e for e in result.errors if e.row == 6)
    assert duplicate.params["row"] == "2"
    assert [row.row for row in result.rows] == [2]


def test_reordered_synonym_headers_with_serial_dates_and_a_merged_header(
    database: Database, branch_id: int, write_xlsx
) -> None:
    born = dt.date(2001, 3, 4)
    path = write_xlsx(
        [
            ["2024年 党员名册", None, None, None, None],
            [],
            ["申请入党时间", "身份证号码", " 姓 名 ", None, "确定积极分子时间", "爱好", "所在支部"],
            [
                43831,
                rid("20010304", "022"),
                "王芳",
                None,
                dt.datetime(2020, 9, 1),
                "篮球",
                "一支部",
            ],
        ],
        merged=["A1:E1", "C3:D3"],
    )
    roster = read_roster(path)
    assert roster.header_row == 3
    assert roster.unknown_columns == ["爱好"]
    result = preview(database, path)
    assert result.errors == []
    (row,) = result.rows
    draft = row.draft
    assert (draft.name, draft.birth_date, draft.gender) == ("王芳", born, Gender.FEMALE)
    assert draft.applied_on == dt.date(2020, 1, 1)  # Excel serial 43831
    assert draft.activist_on == dt.date(2020, 9, 1)
    assert draft.stage is Stage.ACTIVIST
    assert draft.branch_id == branch_id


def test_dates_out_of_order_and_unknown_branch_are_errors(
    database: Database, branch_id: int, write_xlsx
) -> None:
    path = write_xlsx(
        [
            ["姓名", "身份证号", "入党申请时间", "列为入党积极分子时间", "支部"],
            ["甲", rid("20000101"), "2020-10-01", "2020-09-01", ""],
            ["乙", rid("20000102"), "2020-10-01", "", "不存在的支部"],
        ]
    )
    assert errors_by_row(preview(database, path)) == {
        2: [("列为入党积极分子时间", "steps.order")],
        3: [("支部", "import.branch")],
    }


def test_a_two_row_header_is_read(database: Database, branch_id: int, write_xlsx) -> None:
    path = write_xlsx(
        [
            ["基本信息", None, "发展情况", None],
            ["姓名", "身份证号", "入党时间", "转正时间"],
            ["丙", rid("19990101"), "2020-06-01", "2021-06-01"],
        ],
        merged=["A1:B1", "C1:D1"],
    )
    result = preview(database, path)
    assert result.errors == []
    assert result.rows[0].draft.stage is Stage.FULL


def test_the_clerk_remaps_a_column(database: Database, branch_id: int, write_xlsx) -> None:
    path = write_xlsx([["姓名", "身份证号", "号码"], ["丁", rid("20000101"), "13900001111"]])
    roster = read_roster(path)
    assert roster.unknown_columns == ["号码"]
    mapping = correct_mapping(roster.mapping, {"phone": 2})
    with database.reading() as session:
        result = preview_import(session, roster, mapping, today=TODAY)
    assert result.rows[0].draft.phone == "13900001111"


def test_files_that_are_not_xlsx_are_refused(tmp_path: Path) -> None:
    fake = tmp_path / "roster.xlsx"
    fake.write_text("姓名,身份证号\n", encoding="utf-8")
    with pytest.raises(BranchDeskError, match=r"not an Excel \.xlsx workbook"):
        read_roster(fake)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(BranchDeskError, match=r"not an Excel \.xlsx workbook"):
        read_roster(broken)


def test_a_sheet_without_headers_is_refused(write_xlsx) -> None:
    path = write_xlsx([["a", "b"], [1, 2]])
    with pytest.raises(BranchDeskError, match="No header row"):
        read_roster(path)


def test_importing_does_not_load_openpyxl_eagerly() -> None:
    code = "import sys, branchdesk.io.roster_import; print('openpyxl' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- apply ----------------------------------------------------------------------------------


def test_a_good_import_creates_members_steps_groups_and_audit_entries(
    database: Database, branch_id: int, write_xlsx, tmp_path: Path
) -> None:
    path = write_xlsx(
        [
            [*HEADER, "列为入党积极分子时间", "入党时间"],
            [*person(1), "2021-05-01", "2022-06-01"],
            [*person(2, group="第二党小组"), None, None],
        ]
    )
    result = preview(database, path)
    assert result.new_groups == [(branch_id, "第一党小组"), (branch_id, "第二党小组")]
    outcome = apply_import(database, result, actor="clerk", backup_dir=tmp_path / "backups")
    assert (outcome.created, outcome.updated, outcome.skipped, outcome.rejected) == (2, 0, 0, 0)
    assert outcome.snapshot.exists()
    assert outcome.snapshot.name.startswith("before-import-")
    with database.reading() as session:
        first = session.scalars(select(Member).where(Member.name == "学生1")).one()
        assert first.stage is Stage.PROBATIONARY
        assert [(s.step_no, s.done_on) for s in first.steps] == [
            (1, dt.date(2020, 10, 1)),
            (3, dt.date(2021, 5, 1)),
            (15, dt.date(2022, 6, 1)),
        ]
        assert session.scalar(select(func.count()).select_from(PartyGroup)) == 2
        audited = set(
            session.execute(
                select(AuditEntry.entity, AuditEntry.actor).where(AuditEntry.actor == "clerk")
            ).tuples()
        )
        assert {
            ("members", "clerk"),
            ("pipeline_steps", "clerk"),
            ("party_groups", "clerk"),
        } <= audited
        assert session.scalar(select(AuditEntry.summary).where(AuditEntry.action == "import"))


def test_bad_rows_block_the_import_unless_skipped(
    database: Database, branch_id: int, write_xlsx, tmp_path: Path
) -> None:
    path = write_xlsx([HEADER, person(1), person(2, name="")])
    result = preview(database, path)
    with pytest.raises(BranchDeskError, match="1 rows of the roster have errors"):
        apply_import(database, result, actor="clerk", backup_dir=tmp_path)
    outcome = apply_import(database, result, actor="clerk", backup_dir=tmp_path, skip_bad_rows=True)
    assert (outcome.created, outcome.rejected) == (1, 1)


def test_a_failing_apply_leaves_the_archive_unchanged(
    database: Database, branch_id: int, write_xlsx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx([HEADER, person(1), person(2), person(3), person(4)])
    result = preview(database, path)
    real = roster_import.create_member
    calls = []

    def failing(*args: object, **kwargs: object) -> int:
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("disk trouble")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(roster_import, "create_member", failing)
    with pytest.raises(RuntimeError):
        apply_import(database, result, actor="clerk", backup_dir=tmp_path / "backups")
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 0
        assert session.scalar(select(func.count()).select_from(PipelineStep)) == 0
        assert session.scalar(select(func.count()).select_from(PartyGroup)) == 0
    assert len(list((tmp_path / "backups").glob("before-import-*.sqlite3"))) == 1


def test_existing_people_are_skipped_or_updated(
    database: Database, branch_id: int, write_xlsx, tmp_path: Path
) -> None:
    first = write_xlsx([HEADER, person(1), person(2)], name="first.xlsx")
    apply_import(database, preview(database, first), actor="clerk", backup_dir=tmp_path)
    # The second roster finds person 1 by ID number and person 2 by student number only.
    second = write_xlsx(
        [
            [*HEADER, "列为入党积极分子时间"],
            [*person(1, phone="13911112222"), "2021-05-01"],
            [*person(2, id=""), None],
            [*person(3), None],
        ],
        name="second.xlsx",
    )
    skipping = preview(database, second)
    assert [row.action for row in skipping.rows] == [
        ImportAction.SKIP,
        ImportAction.SKIP,
        ImportAction.CREATE,
    ]
    updating = preview(database, second, update_existing=True)
    assert [row.action for row in updating.rows] == [
        ImportAction.UPDATE,
        ImportAction.UPDATE,
        ImportAction.CREATE,
    ]
    outcome = apply_import(database, updating, actor="clerk", backup_dir=tmp_path)
    assert (outcome.created, outcome.updated, outcome.skipped) == (1, 2, 0)
    with database.reading() as session:
        one = session.scalars(select(Member).where(Member.name == "学生1")).one()
        assert one.phone == "13911112222"
        assert one.stage is Stage.ACTIVIST
        assert [s.step_no for s in one.steps] == [1, 3]
        two = session.scalars(select(Member).where(Member.name == "学生2")).one()
        assert two.id_number == person(2)[3]  # an empty cell does not erase the number
        assert session.scalar(select(func.count()).select_from(Member)) == 3


def test_an_id_typed_into_a_number_cell_and_month_only_dates(
    database: Database, branch_id: int, write_xlsx
) -> None:
    path = write_xlsx(
        [
            ["姓名", "身份证号", "学号", "手机", "入党申请时间"],
            ["戊", 110101199001010011, 2020030101, 15900001234, "2019年5月"],
            ["己", rid("19900102"), 2020030102.0, 15900001235, 201905],
        ]
    )
    result = preview(database, path)
    assert errors_by_row(result) == {2: [("身份证号", "id.numeric_cell")]}
    (row,) = result.rows
    assert row.draft.student_number == "2020030102"
    assert row.draft.phone == "15900001235"
    assert row.draft.applied_on == dt.date(2019, 5, 1)
    assert row.month_only == ("applied_on",)


def test_a_roster_over_the_row_limit_is_refused(
    write_xlsx, monkeypatch: pytest.MonkeyPatch
) -> None:
    from branchdesk.io import roster_file

    monkeypatch.setattr(roster_file, "MAX_ROWS", 5)
    path = write_xlsx([["姓名", "身份证号"], *[[f"人{i}", ""] for i in range(20)]])
    with pytest.raises(BranchDeskError, match="more than 5 rows"):
        read_roster(path)


def test_an_unknown_branch_argument_is_refused(
    database: Database, branch_id: int, write_xlsx
) -> None:
    path = write_xlsx([["姓名", "身份证号"], ["庚", rid("19900101")]])
    with pytest.raises(BranchDeskError, match="no branch named"):
        preview(database, path, branch_name="第九党支部")
    assert preview(database, path, branch_name="一支部").branch_id == branch_id


def test_a_row_refused_on_apply_explains_itself_in_the_readers_language(
    database: Database, branch_id: int, write_xlsx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx([HEADER, person(1)])
    planned = preview(database, path)

    def refused(*_args: object, **_kwargs: object) -> int:
        from branchdesk.core.errors import ValidationError
        from branchdesk.core.i18n import QT_TRANSLATE_NOOP

        raise ValidationError(
            "party_group_id",
            "party_group.branch",
            QT_TRANSLATE_NOOP("Validation", "This party group belongs to another branch."),
        )

    monkeypatch.setattr(roster_import, "create_member", refused)
    with pytest.raises(roster_import.RowRejectedError) as error:
        apply_import(database, planned, actor="t", backup_dir=tmp_path / "safety")
    assert error.value.text() == (
        "Row 2: This party group belongs to another branch. Nothing was imported."
    )
    chinese = {
        (
            "Errors",
            "Row {row}: {reason} Nothing was imported.",
        ): "第 {row} 行：{reason}未导入任何数据。",
        ("Validation", "This party group belongs to another branch."): "该党小组属于其他支部。",
    }
    assert error.value.text(lambda c, t: chinese.get((c, t), t)) == (
        "第 2 行：该党小组属于其他支部。未导入任何数据。"
    )
