"""Any table exports as a form: title, subtitle, header on every page, portrait or landscape."""

from __future__ import annotations

import pytest

from branchdesk.reports.data_tables import fit_widths
from branchdesk.reports.table import TableExport, render_table

COLUMNS = ("序号", "发现日期", "问题表现", "责任人", "状态")


def ledger(count: int, *, landscape: bool = False) -> TableExport:
    rows = tuple(
        (
            str(number),
            f"2026.{number % 12 + 1:02d}.15",
            "宿舍安全检查"
            if number % 3
            else "专项检查：宿舍用电安全、消防通道、违规电器，"
            "涉及桃李园1栋至5栋共计二百余间宿舍，负责人吴䶮核对",
            "王芳",
            "已完成" if number % 2 else "整改中",
        )
        for number in range(1, count + 1)
    )
    return TableExport(
        title="问题整改台账",
        branch_name="学前教育学院学生第一党支部",
        columns=COLUMNS,
        rows=rows,
        subtitle="2026年度",
        landscape=landscape,
    )


@pytest.mark.parametrize("landscape", [False, True])
def test_a_table_prints_with_its_header_on_every_page(landscape: bool, tmp_path, pdf):
    output = tmp_path / "ledger.pdf"
    table = ledger(150, landscape=landscape)

    pages = render_table(table, output)

    document = pdf(output)
    document.check()
    document.assert_fonts_embedded()
    assert pages == document.pages > 2
    width, height = document.page_size()
    assert (width > height) == landscape
    assert round(min(width, height), 2) == 595.28
    info = document.info()
    assert (info["Title"], info["Author"]) == ("问题整改台账", "学前教育学院学生第一党支部")
    for page in range(1, pages + 1):
        assert document.page_text(page).count("问题表现") == 1
        assert document.footer_of(page) == f"第{page}页共{pages}页"
    compact = document.compact_text()
    assert "2026年度" in compact
    assert compact.count("负责人吴䶮核对") == 50  # wrapped, never cut
    assert "2026.02.15" in document.text()  # short columns are not squeezed into wrapping


def test_explicit_column_weights_are_used(tmp_path, pdf):
    table = TableExport(
        title="名单",
        branch_name="第一支部",
        columns=("姓名", "备注"),
        rows=(("张三", "无"),),
        column_widths=(1, 3),
    )
    output = tmp_path / "list.pdf"
    assert render_table(table, output) == 1
    words = {word.text: word for word in pdf(output).words()}
    # The second column starts a quarter of the way across the 510 pt frame.
    assert words["备注"].x_min > 42.5 + 510 * 0.25


def test_an_empty_table_says_so(tmp_path, pdf):
    table = TableExport(title="空表", branch_name="第一支部", columns=("姓名",), rows=())
    output = tmp_path / "empty.pdf"
    assert render_table(table, output) == 1
    assert "（无）" in pdf(output).text()


def test_rows_must_match_the_columns():
    with pytest.raises(ValueError, match="row 1 has 1 cells for 2 columns"):
        TableExport(title="t", branch_name="b", columns=("a", "b"), rows=(("x",),))
    with pytest.raises(ValueError, match="one weight per column"):
        TableExport(title="t", branch_name="b", columns=("a",), rows=(), column_widths=(1, 2))


def test_narrow_columns_keep_their_width_when_a_wide_one_must_wrap():
    widths = fit_widths([30, 60, 900, 40], 500)
    assert widths[0] == 30 and widths[1] == 60 and widths[3] == 40
    assert widths[2] == pytest.approx(370)
    assert sum(fit_widths([10, 30], 80)) == pytest.approx(80)  # spare room is shared


def test_a_cell_longer_than_a_page_splits_across_pages(tmp_path, pdf):
    essay = "支部书记在组织生活会上作对照检查发言，查摆问题并提出整改措施；" * 200
    rows = (("1", "短"), ("2", essay), ("3", "末行"))
    table = TableExport(title="长文本", branch_name="第一支部", columns=("序号", "内容"), rows=rows)
    output = tmp_path / "long.pdf"

    pages = render_table(table, output)

    document = pdf(output)
    document.check()
    assert pages >= 3
    compact = document.compact_text()
    # Every character is printed once (a page break may fall inside a phrase).
    assert compact.count("摆") == compact.count("措") == 200
    assert "末行" in compact
    for page in range(1, pages + 1):
        assert document.page_text(page).count("内容") == 1
