"""Any table printed as a form: a title, a subtitle, and ruled rows with the header on each page.

Screens use it for 导出 PDF of what they list. Importing this module is cheap (no reportlab):
callers build a TableExport, the job renders it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from statistics import quantiles
from typing import TYPE_CHECKING

from branchdesk.reports.jobs import ProgressCallback

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from branchdesk.reports.document import FormInfo

FONT_SIZE = 9.0
MIN_COLUMN = 28.0  # points: two characters and padding
SLACK = 4.0  # points beyond the text, so a column is not filled edge to edge
SAMPLE_ROWS = 400  # rows measured to size the columns; enough to see the typical widths


@dataclass(frozen=True)
class TableExport:
    """A table to print; ``column_widths`` are relative weights (automatic when None)."""

    title: str
    branch_name: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    subtitle: str = ""
    landscape: bool = False
    column_widths: tuple[float, ...] | None = None

    def __post_init__(self) -> None:
        if not self.columns:
            raise ValueError("a table needs at least one column")
        for number, row in enumerate(self.rows, start=1):
            if len(row) != len(self.columns):
                raise ValueError(
                    f"row {number} has {len(row)} cells for {len(self.columns)} columns"
                )
        if self.column_widths is not None and len(self.column_widths) != len(self.columns):
            raise ValueError("column_widths must give one weight per column")


def render_table(
    table: TableExport, output: Path, *, on_page: ProgressCallback | None = None
) -> int:
    """Write ``table`` as a PDF to ``output``; returns the number of pages."""
    from branchdesk.reports.document import FormInfo, build_pdf

    info = FormInfo(
        title=table.title,
        branch_name=table.branch_name,
        subject=table.subtitle or table.title,
        landscape=table.landscape,
    )
    return build_pdf(output, story(table, info), info, on_page=on_page)


def story(table: TableExport, info: FormInfo) -> list[Flowable]:
    from reportlab.platypus import Spacer

    from branchdesk.reports.data_tables import Column, data_table, fit_widths, scale_widths
    from branchdesk.reports.document import frame_width
    from branchdesk.reports.headings import FormTitle
    from branchdesk.reports.styles import form_styles
    from branchdesk.reports.tables import paragraph

    width = frame_width(info)
    if table.column_widths:
        widths = scale_widths(table.column_widths, width)
    else:
        widths = fit_widths(natural_widths(table), width)
    columns = [
        Column(title, column_width)
        for title, column_width in zip(table.columns, widths, strict=True)
    ]
    flowables: list[Flowable] = [FormTitle(table.title)]
    if table.subtitle:
        flowables.append(paragraph(table.subtitle, form_styles().subtitle))
    flowables += [Spacer(0, 6), data_table(columns, table.rows, font_size=FONT_SIZE)]
    return flowables


def natural_widths(table: TableExport) -> list[float]:
    """The width each column would like: its header, or most cells (90th percentile) if wider.

    A few very long cells do not widen their column (they wrap instead); no column is
    narrower than two characters.
    """
    from branchdesk.reports.fonts import text_width
    from branchdesk.reports.tables import DATA_PADDING

    weights = []
    sample = table.rows[:SAMPLE_ROWS]
    for index, title in enumerate(table.columns):
        widths = [text_width(row[index], FONT_SIZE) for row in sample] or [0.0]
        typical = quantiles(widths, n=10)[-1] if len(widths) > 1 else widths[0]
        # Header words may wrap onto two lines rather than widen a column of short values.
        header = text_width(title, FONT_SIZE) / (2 if len(title) > 4 else 1)
        need = max(typical, header) + 2 * DATA_PADDING + SLACK
        weights.append(max(MIN_COLUMN, need))
    return weights
