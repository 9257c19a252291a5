"""The roster import wizard: the clerk picks a messy roster, fixes a column, checks, imports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from branchdesk.core.enums import Gender, PersonType, Stage
from branchdesk.core.models import AuditEntry, Branch, Member
from branchdesk.core.rules.idnumber import check_digit
from branchdesk.io.roster_plan import ImportAction
from branchdesk.ui.context import AppContext
from branchdesk.ui.members.page import MembersPage
from branchdesk.ui.members.roster_import.models import MappingModel, PreviewColumn, PreviewModel
from branchdesk.ui.members.roster_import.wizard import ImportWizard
from branchdesk.ui.members.roster_import.wizard_view import ImportWizardView
from branchdesk.ui.ops import wait_for_background_ops

TODAY = dt.date(2026, 11, 26)
SAMPLE = Path(__file__).parents[2].parent / "shared" / "samples" / "roster-sample.xlsx"
BRANCH = "计算机学院第一学生党支部"  # the branch gui.add_people puts people in


def rid(birth: str, seq: str = "011") -> str:
    """A valid resident ID number born on ``birth`` (YYYYMMDD)."""
    first17 = "110101" + birth + seq
    return first17 + check_digit(first17)


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], merged: Sequence[str] = ()) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(list(row))
    for cell_range in merged:
        sheet.merge_cells(cell_range)
    book.save(path)
    return path


ON_FILE_ID = rid("20000315", "123")  # 周杰 is already on file
GOOD_ID = rid("20010304", "022")
BAD_CHECK = GOOD_ID[:-1] + ("0" if GOOD_ID[-1] != "0" else "1")
FULLWIDTH_ID = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in rid("20020101"))
# Headers in an odd order, with full-width spaces, parentheses and colons; 申请日期 is no
# known header, so the clerk maps it by hand; 爱好 is left out.
HEADERS = [
    "序号",
    "手机号码",
    "姓　名",
    "公民身份号码",
    "学号：",
    "申请日期",
    "出生日期（年月日）",
    "爱好",
]
APPLIED_COLUMN = 5


def messy_roster(folder: Path) -> Path:
    return write_xlsx(
        folder / "2026级名册.xlsx",
        [
            ["2026年 计算机学院第一学生党支部 党员名册"],
            HEADERS,
            [1, "13900000001", "王芳", GOOD_ID, "20260001", "2020-10-01", "2001-03-04", "篮球"],
            [2, "13900000002", "李明", BAD_CHECK, "20260002", "2020-10-01", None, None],
            [3, "13900000003", None, rid("20010505"), "20260003", "2020-10-01", None, None],
            [4, "13900000004", "赵雷", rid("20010606"), "20260004", "2021-02-30", None, None],
            [5, "13900000005", "王芳", GOOD_ID, "20260005", "2020-10-01", None, None],
            [6, "13900000006", "孙丽", FULLWIDTH_ID, "20260006", "2020-10-01", None, None],
            [7, "13900000007", "周杰", ON_FILE_ID, "20260007", "2020-10-01", None, None],
            [8, "13900000008", "吴敏", rid("20000707"), "20260008", "2020年10月", None, None],
        ],
        merged=["A1:H1"],
    )


@pytest.fixture
def context(gui, install_language) -> AppContext:
    install_language("zh_CN")
    gui.add_people(("周杰", Stage.ACTIVIST), details={"周杰": {"id_number": ON_FILE_ID}})
    return AppContext(
        database=gui.database, data_dir=gui.data_dir, language="zh_CN", today=lambda: TODAY
    )


@pytest.fixture
def page(qtbot, context: AppContext) -> Iterator[MembersPage]:
    shown = MembersPage(context)
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.show()
    qtbot.waitUntil(shown.isVisible)
    yield shown
    for wizard in shown.findChildren(ImportWizard):
        wizard.close()
    wait_for_background_ops()


OpenWizard = Callable[[Path], ImportWizard]


@pytest.fixture
def open_wizard(qtbot, page: MembersPage, monkeypatch: pytest.MonkeyPatch) -> OpenWizard:
    """Click 导入… on the page; the file dialog answers ``path``."""

    def open_(path: Path) -> ImportWizard:
        monkeypatch.setattr(ImportWizard, "ask_path", classmethod(lambda _cls, _parent: path))
        page.view.import_button.click()
        wizard = page.findChild(ImportWizard)
        assert wizard is not None
        qtbot.waitUntil(wizard.isVisible)
        return wizard

    return open_


def wait_for_step(qtbot, wizard: ImportWizard, step: int) -> None:
    qtbot.waitUntil(lambda: not wizard.is_busy() and wizard.step() == step, timeout=5000)


def choose_and_read(qtbot, wizard: ImportWizard) -> None:
    """Step 1: choose the file (the patched dialog answers), then Next."""
    qtbot.mouseClick(wizard.view.choose_button, Qt.MouseButton.LeftButton)
    assert wizard.view.next_button.isEnabled()
    qtbot.mouseClick(wizard.view.next_button, Qt.MouseButton.LeftButton)
    wait_for_step(qtbot, wizard, ImportWizardView.MAPPING)


def shown_lines(model: PreviewModel) -> list[tuple[int, str, str, str, str]]:
    return [
        (
            int(model.index(row, PreviewColumn.ROW).data()),
            model.index(row, PreviewColumn.NAME).data(),
            model.index(row, PreviewColumn.ACTION).data(),
            model.index(row, PreviewColumn.COLUMN).data(),
            model.index(row, PreviewColumn.DETAIL).data(),
        )
        for row in range(model.rowCount())
    ]


def counts(gui) -> tuple[int, int]:
    """(people on file, import audit entries)."""
    with gui.database.reading() as session:
        people = session.scalar(select(func.count()).select_from(Member))
        imports = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "import")
        )
    return people or 0, imports or 0


def snapshots(gui) -> list[Path]:
    folder = gui.data_dir.safety_backups
    return sorted(folder.glob("before-import-*")) if folder.exists() else []


def test_a_messy_roster_is_checked_corrected_and_imported(
    qtbot, qtmodeltester, gui, page: MembersPage, open_wizard, tmp_path: Path
) -> None:
    # Given a roster with a merged title, odd headers and six bad rows, and 周杰 on file
    path = messy_roster(tmp_path)
    before = counts(gui)
    listed_before = page.model.rowCount()
    wizard = open_wizard(path)
    view = wizard.view
    assert view.branch.currentText() == BRANCH
    assert view.skip_existing.isChecked()
    assert not view.back_button.isVisible()

    # Step 1 → 2: the header under the merged title is found and matched
    choose_and_read(qtbot, wizard)
    assert view.path.text() == str(path)
    assert "2026级名册.xlsx" in view.source.text()
    assert wizard.mapping_model.rowCount() == len(HEADERS)
    assert [wizard.combo_for(i).currentData() for i in range(len(HEADERS))] == [
        None,
        "phone",
        "name",
        "id_number",
        "student_number",
        None,  # 申请日期: not a known header
        "birth_date",
        None,
    ]
    samples = wizard.mapping_model.index(2, 3).data()
    assert "王芳" in samples and "李明" in samples
    qtmodeltester.check(wizard.mapping_model)

    # Without a name column the wizard says so and will not go on
    name_combo = wizard.combo_for(2)
    name_combo.setCurrentIndex(name_combo.findData(None))
    assert view.no_name.isVisible()
    assert not view.next_button.isEnabled()
    name_combo.setCurrentIndex(name_combo.findData("name"))
    assert not view.no_name.isVisible()

    # The clerk maps 申请日期 to 递交入党申请书时间
    applied = wizard.combo_for(APPLIED_COLUMN)
    applied.setCurrentIndex(applied.findData("applied_on"))
    assert wizard.mapping is not None
    assert wizard.mapping.columns["applied_on"] == APPLIED_COLUMN
    assert wizard.mapping_model.field_of(APPLIED_COLUMN) == "applied_on"

    # Step 2 → 3: the dry run explains every row, in Chinese; nothing is written yet
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    wait_for_step(qtbot, wizard, ImportWizardView.PREVIEW)
    preview = wizard.preview
    assert preview is not None
    assert (
        preview.count(ImportAction.CREATE),
        preview.count(ImportAction.SKIP),
        len(preview.bad_rows),
    ) == (2, 1, 5)
    assert view.create_card.number.text() == "2"
    assert view.skip_card.number.text() == "1"
    assert view.reject_card.number.text() == "5"
    qtmodeltester.check(wizard.preview_model)
    lines = {row: line for row, *line in shown_lines(wizard.preview_model)}
    assert [row for row, *_ in shown_lines(wizard.preview_model)] == list(range(3, 11))
    assert lines[3][0] == "王芳"
    assert lines[4][0] == "李明"
    assert lines[4][2] == "公民身份号码"
    assert "校验码" in lines[4][3]
    assert lines[5][2] == "姓　名"
    assert lines[5][3] == "缺少姓名。"
    assert lines[6][2] == "申请日期"
    assert "2021-02-30" in lines[6][3]
    assert "不是有效日期" in lines[6][3]
    assert "第 3 行" in lines[7][3]  # repeats row 3
    assert "全角" in lines[8][3]
    assert lines[9][0] == "周杰"
    assert lines[10][0] == "吴敏"  # 2020年10月: year and month only, noted
    assert lines[10][3]
    assert lines[3][1] != lines[4][1]  # 新建档案, 不导入

    view.only_problems.setChecked(True)
    assert [row for row, *_ in shown_lines(wizard.preview_model)] == [4, 5, 6, 7, 8]
    view.preview_table.selectRow(0)
    assert "校验码" in view.line_detail.text()
    view.only_problems.setChecked(False)

    # Bad rows block the import until the clerk chooses to leave them out
    assert view.next_button.text() != view.back_button.text()
    assert not view.next_button.isEnabled()
    assert counts(gui) == before
    assert snapshots(gui) == []
    view.skip_bad.click()  # the box spans the dialog: a click at its centre misses the text
    assert view.skip_bad.isChecked()
    assert view.next_button.isEnabled()
    assert counts(gui) == before

    # Step 3 → 4: import; the archive, the audit trail, the safety copy and the list agree
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    wait_for_step(qtbot, wizard, ImportWizardView.RESULT)
    result = wizard.result
    assert result is not None
    assert (result.created, result.updated, result.skipped, result.rejected) == (2, 0, 1, 5)
    assert counts(gui) == (before[0] + 2, before[1] + 1)
    assert snapshots(gui) == [result.snapshot]
    assert str(result.snapshot) in view.snapshot.text()
    assert view.created_card.number.text() == "2"
    with gui.database.reading() as session:
        wu = session.scalars(select(Member).where(Member.name == "吴敏")).one()
        assert (1, dt.date(2020, 10, 1)) in [(step.step_no, step.done_on) for step in wu.steps]
        assert wu.student_number == "20260008"
    qtbot.waitUntil(lambda: page.model.rowCount() == listed_before + 2)  # via data_changed
    assert not view.back_button.isVisible()
    assert not view.next_button.isVisible()
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)  # 关闭
    qtbot.waitUntil(lambda: not page.findChildren(ImportWizard), timeout=2000)


def test_the_shared_sample_updates_people_already_on_file(
    qtbot, gui, page: MembersPage, open_wizard
) -> None:
    if not SAMPLE.exists():
        pytest.skip(f"shared sample not found at {SAMPLE}")
    # 陈思远 is on file without a phone; the clerk asks to update people on file
    with gui.database.unit_of_work("test") as session:
        session.add(
            Member(
                branch_id=session.scalars(select(Branch.id).where(Branch.name == BRANCH)).one(),
                name="陈思远",
                gender=Gender.MALE,
                person_type=PersonType.STUDENT,
                student_number="2020030101",
                stage=Stage.FULL,
            )
        )
    wizard = open_wizard(SAMPLE)
    view = wizard.view
    view.update_existing.setChecked(True)
    choose_and_read(qtbot, wizard)
    assert wizard.roster is not None
    assert wizard.roster.header_row == 2
    assert not view.no_name.isVisible()

    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    wait_for_step(qtbot, wizard, ImportWizardView.PREVIEW)
    assert wizard.preview is not None
    assert wizard.preview.count(ImportAction.UPDATE) == 1
    assert wizard.preview.bad_rows == [6, 8, 9]
    lines = shown_lines(wizard.preview_model)
    assert {(row, column) for row, _name, _action, column, _detail in lines if column} == {
        (6, "递交入党申请书时间"),
        (8, "出生日期"),
        (9, "公民身份号码"),
        (9, "手机号码"),
    }
    assert any("2021年11月2日" in detail for *_rest, detail in lines)  # dates as Chinese read

    # Back to the mapping and forward again: the clerk's choices stay
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert wizard.step() == ImportWizardView.MAPPING
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    wait_for_step(qtbot, wizard, ImportWizardView.PREVIEW)
    assert not view.skip_bad.isChecked()

    view.skip_bad.setChecked(True)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    wait_for_step(qtbot, wizard, ImportWizardView.RESULT)
    assert wizard.result is not None
    assert (wizard.result.created, wizard.result.updated) == (3, 1)
    with gui.database.reading() as session:
        chen = session.scalars(select(Member).where(Member.name == "陈思远")).one()
        assert chen.phone == "15900001234"
        assert "龚䶮" in set(session.scalars(select(Member.name)))


def test_a_file_that_is_not_xlsx_is_refused_and_nothing_is_written(
    qtbot, gui, open_wizard, tmp_path: Path
) -> None:
    fake = tmp_path / "名册.xlsx"
    fake.write_text("姓名,公民身份号码\n王芳,110101200103040221\n", encoding="utf-8")
    before = counts(gui)
    wizard = open_wizard(fake)
    qtbot.mouseClick(wizard.view.choose_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.view.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.is_busy(), timeout=5000)
    assert wizard.step() == ImportWizardView.FILE
    assert wizard.view.file_error.isVisible()
    assert "名册.xlsx" in wizard.view.file_error.text()
    assert ".xlsx" in wizard.view.file_error.text()
    assert counts(gui) == before
    assert snapshots(gui) == []


def test_a_failing_import_says_so_and_writes_nothing(
    qtbot, gui, open_wizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from branchdesk.core.errors import DatabaseError
    from branchdesk.io import roster_import

    def broken(*_args: object, **_kwargs: object) -> None:
        raise DatabaseError("The database could not be written ({reason}).", reason="disk full")

    monkeypatch.setattr(roster_import, "apply_import", broken)
    path = write_xlsx(
        tmp_path / "good.xlsx", [["姓名", "性别", "学号"], ["王芳", "女", "20260001"]]
    )
    before = counts(gui)
    wizard = open_wizard(path)
    choose_and_read(qtbot, wizard)
    qtbot.mouseClick(wizard.view.next_button, Qt.MouseButton.LeftButton)
    wait_for_step(qtbot, wizard, ImportWizardView.PREVIEW)
    assert not wizard.view.skip_bad.isVisible()  # no bad rows: nothing to confirm
    qtbot.mouseClick(wizard.view.next_button, Qt.MouseButton.LeftButton)
    wait_for_step(qtbot, wizard, ImportWizardView.RESULT)
    assert wizard.result is None
    assert wizard.view.result_error.isVisible()
    assert "disk full" in wizard.view.result_error.text()
    assert counts(gui) == before
    assert wizard.view.back_button.isVisible()  # back to the preview to try again


def test_escape_cancels_without_writing(qtbot, gui, page: MembersPage, open_wizard) -> None:
    if not SAMPLE.exists():
        pytest.skip(f"shared sample not found at {SAMPLE}")
    before = counts(gui)
    wizard = open_wizard(SAMPLE)
    choose_and_read(qtbot, wizard)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not page.findChildren(ImportWizard), timeout=2000)
    assert counts(gui) == before


def test_models_pass_the_model_tester_when_empty(qtmodeltester) -> None:
    qtmodeltester.check(MappingModel())
    qtmodeltester.check(PreviewModel())
