"""发展党员工作纪实表: one person's 25 development steps on a portrait A4 form (RULES.md §1).

A short identity grid, then one boxed row per step under five grey stage rows, with the header
row repeated on every page, and the signature lines. Steps not yet done print as empty boxes,
so the clerk can fill the paper form by hand. reportlab is loaded only when rendering.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from branchdesk.core.enums import PersonType, StepOutcome, StepRole
from branchdesk.core.print_data import DevelopmentRecord, StepLine, StepOccurrence, StepVotes
from branchdesk.reports import labels
from branchdesk.reports.formats import long_date, names
from branchdesk.reports.jobs import ProgressCallback

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Paragraph

    from branchdesk.reports.document import FormInfo

FORM_NAME = "发展党员工作纪实表"

# RULES.md §1's five stages as the paper form groups the steps (first, last step).
STAGE_GROUPS = (
    ("一、入党申请人阶段", 1, 2),
    ("二、入党积极分子阶段", 3, 6),
    ("三、发展对象阶段", 7, 14),
    ("四、预备党员阶段", 15, 22),
    ("五、正式党员", 23, 25),
)
ROLE = {
    StepRole.TALKER: "谈话人",
    StepRole.CONTACT: "培养联系人",
    StepRole.INTRODUCER: "入党介绍人",
    StepRole.RECOMMENDER: "推荐人",
    StepRole.REVIEWER: "审查人",
}
OUTCOME = {
    StepOutcome.DONE: "",
    StepOutcome.FAILED: "未通过",
    StepOutcome.EXTENDED: "延长预备期",
    StepOutcome.CANCELLED: "取消预备资格",
}

# Step table columns, points (of the 510 pt portrait frame): 序号, 步骤, 完成时间, 相关人员;
# 表决情况/备注 takes the rest. 2025年12月31日 fits the date column at the cell size.
NUMBER_WIDTH = 28.0
STEP_WIDTH = 112.0
DATE_WIDTH = 84.0
PEOPLE_WIDTH = 118.0
CELL_SIZE = 9.0
STEP_ROW_HEIGHT = 22.0  # room to write a date by hand
LABEL_WIDTH = 58.0
IDENTITY_VALUES = (74.0, 62.0, 82.0, 60.0)  # the first takes what is left over


def render_development_record(
    record: DevelopmentRecord, output: Path, *, on_page: ProgressCallback | None = None
) -> int:
    """Write ``record`` as a 发展党员工作纪实表 PDF to ``output``; returns the number of pages."""
    from branchdesk.reports.document import FormInfo, build_pdf

    info = FormInfo.for_person(FORM_NAME, record.name, record.branch_name)
    return build_pdf(output, story(record, info), info, on_page=on_page)


def story(record: DevelopmentRecord, info: FormInfo) -> list[Flowable]:
    """The flowables of the form, top to bottom."""
    from reportlab.platypus import Spacer

    from branchdesk.reports.document import frame_width
    from branchdesk.reports.headings import FormTitle
    from branchdesk.reports.signatures import SignatureLine

    width = frame_width(info)
    return [
        FormTitle(FORM_NAME),
        _identity_grid(record, width),
        Spacer(0, 8),
        _steps_grid(record, width),
        SignatureLine(["支部书记", "组织委员"]),
    ]


def _identity_grid(record: DevelopmentRecord, width: float) -> Flowable:
    from branchdesk.reports.tables import FormGrid, Label, Value

    # Values: name/学历, gender/学号, birth date, ethnicity/stage; the date column is widest.
    spare = width - 4 * LABEL_WIDTH - sum(IDENTITY_VALUES)
    values = [IDENTITY_VALUES[0] + spare, *IDENTITY_VALUES[1:]]
    widths = [w for value in values for w in (LABEL_WIDTH, value)]
    grid = FormGrid(widths, min_row_height=22)
    student = record.person_type is PersonType.STUDENT
    grid.row(
        Label("姓名"),
        Value(record.name),
        Label("性别"),
        Value(labels.label(record.gender)),
        Label("出生日期"),
        Value(long_date(record.birth_date), fit=True),
        Label("民族"),
        Value(record.ethnicity),
    )
    grid.row(
        Label("学历"),
        Value(record.education, fit=True),
        Label("学号" if student else "工号"),
        Value(record.student_number, fit=True),
        Label("年级班级" if student else "部门"),
        Value(f"{record.grade}{record.class_name}" if student else record.department, span=3),
    )
    grid.row(
        Label("所在支部"),
        Value(record.branch_name, span=3),
        Label("上级党组织"),
        Value(record.parent_org, fit=True),
        Label("发展阶段"),
        Value(labels.label(record.stage), fit=True),
    )
    return grid.table()


def _steps_grid(record: DevelopmentRecord, width: float) -> Flowable:
    from reportlab.platypus import TableStyle

    from branchdesk.reports.tables import SPLIT_IN_ROW, Box, FormGrid, Label

    rest = width - NUMBER_WIDTH - STEP_WIDTH - DATE_WIDTH - PEOPLE_WIDTH
    grid = FormGrid(
        [NUMBER_WIDTH, STEP_WIDTH, DATE_WIDTH, PEOPLE_WIDTH, rest], min_row_height=STEP_ROW_HEIGHT
    )
    grid.row(
        Label("序号"),
        Label("步骤"),
        Label("完成时间"),
        Label("相关人员"),
        Label("表决情况 / 备注"),
    )
    styles = _cell_styles()
    keep: list[tuple[object, ...]] = []
    row = 1  # the header row is row 0
    for title, first, last in STAGE_GROUPS:
        grid.section(title)
        for index, line in enumerate(record.steps[first - 1 : last]):
            cells = [
                _cell(str(line.no), styles.center),
                _cell(line.name, styles.left),
                _cell(_dates(line), styles.center),
                _cell(_people(line), styles.left),
                _cell(_votes_and_notes(line), styles.left),
            ]
            # A stage row never ends a page without its first step below it. Only for a
            # short step: a tall one is split by the table itself (splitInRow), and NOSPLIT
            # over a split row draws the stage row stretched.
            height = _height(cells, grid.widths)
            if index == 0 and height < SPLIT_IN_ROW:
                keep.append(("NOSPLIT", (0, row), (-1, row + 1)))
            if height > 3 * STEP_ROW_HEIGHT:  # long notes: the step's name beside their start
                step_row = row + 1 + index
                keep.append(("VALIGN", (0, step_row), (-1, step_row), "TOP"))
            grid.row(*(Box(cell) for cell in cells))
        row += 1 + last - first + 1
    # The header row repeats after every page break (the first row of the grid).
    table = grid.table(repeat_rows=1)
    table.setStyle(TableStyle(keep))
    # Split inside a tall row before trying between rows: a between-rows split leaves the
    # page's rest to the remainder, which then starts with a second header row mid-page.
    table.splitByRow = 0
    return table


class _CellStyles(NamedTuple):
    left: ParagraphStyle
    center: ParagraphStyle


def _cell_styles() -> _CellStyles:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    from branchdesk.reports.styles import form_styles
    from branchdesk.reports.tables import replace_size

    left = replace_size(form_styles().value, CELL_SIZE)
    center = ParagraphStyle(f"{left.name}-centre", parent=left, alignment=TA_CENTER)
    return _CellStyles(left, center)


def _height(cells: list[Paragraph], widths: list[float]) -> float:
    """The height a row of paragraphs needs, padding included."""
    from branchdesk.reports.styles import CELL_PADDING
    from branchdesk.reports.tables import VERTICAL_PADDING

    needed = max(
        p.wrap(w - 2 * CELL_PADDING, 10_000)[1] for p, w in zip(cells, widths, strict=True)
    )
    return needed + 2 * VERTICAL_PADDING


def _cell(text: str, style: ParagraphStyle) -> Paragraph:
    from branchdesk.reports.tables import paragraph

    return paragraph(text, style)


def _dates(line: StepLine) -> str:
    """Each occurrence's date on its own line, its outcome below it when not simply done."""
    return "\n".join(_dated(occurrence) for occurrence in line.occurrences)


def _dated(occurrence: StepOccurrence) -> str:
    outcome = OUTCOME[occurrence.outcome]
    day = long_date(occurrence.done_on)
    # The outcome gets its own line: 2025年12月31日（延长预备期） is wider than the column.
    return f"{day}\n（{outcome}）" if outcome else day


def _people(line: StepLine) -> str:
    """谈话人：张三 — one line per role named in the step."""
    roles = dict.fromkeys(role for o in line.occurrences for role, _ in o.people)
    return "\n".join(f"{ROLE[role]}：{names(line.names(role))}" for role in roles)


def _votes_and_notes(line: StepLine) -> str:
    """The vote counts of each 支部大会 (dated when the step recurs), then the notes."""
    parts: list[str] = []
    dated = len(line.occurrences) > 1
    for occurrence in line.occurrences:
        if occurrence.votes is not None:
            counts = _vote_text(occurrence.votes)
            parts.append(f"{long_date(occurrence.done_on)}表决：\n{counts}" if dated else counts)
    notes = dict.fromkeys(o.notes.strip() for o in line.occurrences if o.notes.strip())
    parts += notes
    return "\n".join(parts)


def _vote_text(votes: StepVotes) -> str:
    counts = zip(("应到", "实到", "赞成", "反对", "弃权"), votes, strict=True)
    return " ".join(f"{title}{'' if count is None else count}" for title, count in counts)
