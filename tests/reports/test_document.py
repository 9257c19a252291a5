"""The shared page: atomic writes, Chinese labels for every value, date formats."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from branchdesk.reports import labels
from branchdesk.reports.document import FormInfo, build_pdf, write_atomically
from branchdesk.reports.formats import long_date, period, short_date


def test_a_failed_write_keeps_the_old_file_and_leaves_nothing_behind(tmp_path: Path):
    output = tmp_path / "form.pdf"
    output.write_bytes(b"the old form")

    def fail(handle) -> None:
        handle.write(b"half a PDF")
        raise OSError("the USB stick was pulled")

    with pytest.raises(OSError, match="pulled"):
        write_atomically(output, fail)
    assert output.read_bytes() == b"the old form"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["form.pdf"]


def test_a_layout_error_leaves_no_partial_pdf(tmp_path: Path):
    from reportlab.platypus import Spacer

    output = tmp_path / "form.pdf"
    with pytest.raises(Exception, match="too large"):
        build_pdf(output, [Spacer(10, 5000)], FormInfo(title="t", branch_name="b"))
    assert list(tmp_path.iterdir()) == []


def test_rendering_again_replaces_the_file(tmp_path: Path, pdf):
    from reportlab.platypus import Spacer

    output = tmp_path / "form.pdf"
    info = FormInfo(title="测试", branch_name="第一支部")
    build_pdf(output, [Spacer(10, 10)], info)
    build_pdf(output, [Spacer(10, 10)], info)
    pdf(output).check()
    assert [path.name for path in tmp_path.iterdir()] == ["form.pdf"]


def test_every_value_of_every_vocabulary_has_a_printed_label():
    for enum_class, printed in labels.ALL.items():
        assert set(printed) == set(enum_class), enum_class
        assert all(printed.values())
    assert labels.label(None) == ""


def test_dates_print_as_forms_write_them():
    day = dt.date(2026, 3, 5)
    assert long_date(day) == "2026年3月5日"
    assert short_date(day) == "2026.03.05"
    assert long_date(None) == short_date(None) == ""
    assert period(day, None) == "2026.03.05—至今"


def test_raising_from_the_progress_callback_cancels_and_leaves_no_file(tmp_path: Path):
    # The GUI cancels a long print by raising from on_page; nothing half-written remains.
    from branchdesk.reports.data_tables import Column, data_table

    class Cancelled(Exception):
        pass

    def cancel_on_second_page(page: int) -> None:
        if page == 2:
            raise Cancelled

    rows = [(str(number), "张三") for number in range(200)]
    story = [data_table([Column("序号", 100), Column("姓名", 100)], rows)]
    output = tmp_path / "long.pdf"
    with pytest.raises(Cancelled):
        build_pdf(
            output, story, FormInfo(title="t", branch_name="b"), on_page=cancel_on_second_page
        )
    assert list(tmp_path.iterdir()) == []
