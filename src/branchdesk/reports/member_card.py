"""党员基本信息表: one person's file on a portrait A4 form (RULES.md §8).

The layout follows the national form: a boxed grid with the photo box at the top right, then the
development dates, posts, awards and sanctions, notes, and signature lines. reportlab is loaded
only when a form is rendered.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from branchdesk.core.enums import ChangeKind, OrgStatus, PersonType
from branchdesk.core.print_data import MemberCard
from branchdesk.core.rules.idnumber import IdType
from branchdesk.reports import labels
from branchdesk.reports.formats import long_date, names, yes_no
from branchdesk.reports.jobs import ProgressCallback

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from branchdesk.reports.document import FormInfo

FORM_NAME = "党员基本信息表"

# Column widths of the main grid, points: label, value, label, value, label, value, photo.
# The second and third value columns hold dates: 2023年11月16日 fits them at full size.
LABEL_WIDTH = 60.0
DATE_WIDTH = 83.0
PHOTO_WIDTH = 96.0  # a 1寸/2寸 photo scaled to 35:45


def render_member_card(
    card: MemberCard, output: Path, *, on_page: ProgressCallback | None = None
) -> int:
    """Write ``card`` as a 党员基本信息表 PDF to ``output``; returns the number of pages."""
    from branchdesk.reports.document import FormInfo, build_pdf

    info = FormInfo.for_person(FORM_NAME, card.name, card.branch_name)
    return build_pdf(output, story(card, info), info, on_page=on_page)


def story(card: MemberCard, info: FormInfo) -> list[Flowable]:
    """The flowables of the form, top to bottom."""
    from reportlab.platypus import KeepTogether

    from branchdesk.reports.document import frame_width
    from branchdesk.reports.headings import FormTitle
    from branchdesk.reports.signatures import SignatureLine

    width = frame_width(info)
    return [
        FormTitle(FORM_NAME),
        _basic_grid(card, width),
        _development_grid(card, width),
        _posts_grid(card, width),
        _honours_grid(card, width),
        *([_exit_grid(card, width)] if card.exit is not None else []),
        # The signatures never stand alone on a last page.
        KeepTogether([_notes_grid(card, width), SignatureLine(["填表人", "支部书记审核"])]),
    ]


def _basic_grid(card: MemberCard, width: float) -> Flowable:
    from branchdesk.reports.photo import PHOTO_RATIO, PhotoBox
    from branchdesk.reports.tables import Box, FormGrid, Label, Value

    first_value = width - PHOTO_WIDTH - 3 * LABEL_WIDTH - 2 * DATE_WIDTH
    widths = [LABEL_WIDTH, first_value, LABEL_WIDTH, DATE_WIDTH, LABEL_WIDTH, DATE_WIDTH]
    grid = FormGrid([*widths, PHOTO_WIDTH], min_row_height=23)
    photo_width = PHOTO_WIDTH - 10
    photo = PhotoBox(card.photo_path, photo_width, photo_width * PHOTO_RATIO)

    resident = card.id_type is IdType.RESIDENT
    id_label = "公民身份号码" if resident else "证件号码"
    id_text = (
        card.id_number
        if resident or not card.id_number
        else (f"{card.id_number}（{labels.label(card.id_type)}）")
    )
    student = card.person_type is PersonType.STUDENT
    lost = card.org_status is OrgStatus.LOST_CONTACT or card.lost_contact_on is not None

    grid.row(
        Label("姓名"),
        Value(card.name),
        Label("性别"),
        Value(labels.label(card.gender)),
        Label("出生日期"),
        Value(long_date(card.birth_date), fit=True),
        Box(photo, rows=4),
    )
    grid.row(
        Label("民族"),
        Value(card.ethnicity),
        Label("籍贯"),
        Value(card.native_place),
        Label("学历"),
        Value(card.education),
    )
    grid.row(
        Label("人员类别"),
        Value(labels.label(card.stage)),
        Label("入党时间"),
        Value(long_date(card.admission_date), fit=True),
        Label("转正时间"),
        Value(long_date(card.confirmation_date), fit=True),
    )
    grid.row(
        Label(id_label),
        Value(id_text, span=3, fit=True),
        Label("人员身份"),
        Value(labels.label(card.person_type)),
    )
    grid.row(
        Label("所在党支部"),
        Value(card.branch_name, span=3),
        Label("党小组"),
        Value(card.party_group, span=2),
    )
    grid.row(
        Label("学号/工号"),
        Value(card.student_number, fit=True),
        Label("院系/部门"),
        Value(card.department),
        Label("年级班级" if student else "工作岗位"),
        Value(f"{card.grade}{card.class_name}" if student else card.job_post, span=2),
    )
    grid.row(
        Label("联系电话"),
        Value(card.phone, fit=True),
        Label("宿舍"),
        Value(card.dormitory),
        Label("预计离校日期"),
        Value(long_date(card.expected_leave_on), span=2, fit=True),
    )
    grid.row(Label("家庭住址/\n现居住地"), Value(card.address, span=6))
    grid.row(
        Label("共青团员"),
        Value(yes_no(card.league_member)),
        Label("组织状态"),
        Value(labels.label(card.org_status)),
        Label("上级党组织"),
        Value(card.parent_org, span=2),
    )
    grid.row(
        Label("是否失联"),
        Value(yes_no(lost)),
        Label("失联日期"),
        Value(long_date(card.lost_contact_on), fit=True),
        Label("入党介绍人"),
        Value(names(card.introducers), span=2),
    )
    grid.row(Label("培养联系人"), Value(names(card.contacts), span=6))
    return grid.table()


def _development_grid(card: MemberCard, width: float) -> Flowable:
    from branchdesk.reports.tables import FormGrid, Label, Value

    steps = (
        ("递交入党申请书", card.application_date),
        ("确定为入党积极分子", card.activist_date),
        ("确定为发展对象", card.candidate_date),
        ("接收为预备党员", card.admission_date),
        ("转为正式党员", card.confirmation_date),
    )
    grid = FormGrid([width / len(steps)] * len(steps), min_row_height=22)
    grid.section("发展历程")
    grid.row(*(Label(title) for title, _ in steps))
    grid.row(*(Value(long_date(day), fit=True, center=True) for _, day in steps))
    return grid.table()


def _posts_grid(card: MemberCard, width: float) -> Flowable:
    from branchdesk.reports.tables import FormGrid, Label, Value

    grid = FormGrid([width * 0.4, width * 0.3, width * 0.3], min_row_height=22)
    grid.section("任职情况")
    grid.row(Label("职务"), Label("任职时间"), Label("离任时间"))
    for post in card.posts:
        grid.row(
            Value(post.title or labels.label(post.kind), center=True),
            Value(long_date(post.started_on), fit=True, center=True),
            Value(long_date(post.ended_on) if post.ended_on else "至今", fit=True, center=True),
        )
    if not card.posts:
        grid.row(Value(""), Value(""), Value(""))
    return grid.table(repeat_rows=2)


def _honours_grid(card: MemberCard, width: float) -> Flowable:
    from branchdesk.reports.tables import FormGrid, Label, Value

    grid = FormGrid([width * 0.11, width * 0.2, width * 0.41, width * 0.28], min_row_height=22)
    grid.section("奖惩情况")
    grid.row(Label("类别"), Label("时间"), Label("名称"), Label("授予（处理）单位"))
    for honour in card.honours:
        grid.row(
            Value(labels.label(honour.kind), center=True),
            Value(long_date(honour.awarded_on), fit=True, center=True),
            Value(honour.title),
            Value(honour.issuer),
        )
    if not card.honours:
        grid.row(Value(""), Value(""), Value(""), Value(""))
    return grid.table(repeat_rows=2)


def _exit_grid(card: MemberCard, width: float) -> Flowable:
    from branchdesk.reports.tables import FormGrid, Label, Value

    assert card.exit is not None
    value_width = (width - 3 * LABEL_WIDTH) / 4
    grid = FormGrid(
        [LABEL_WIDTH, value_width, LABEL_WIDTH, value_width, LABEL_WIDTH, 2 * value_width],
        min_row_height=22,
    )
    grid.section("组织关系变动")
    grid.row(
        Label("类别"),
        Value(labels.label(card.exit.kind), center=True),
        Label("日期"),
        Value(long_date(card.exit.changed_on), fit=True),
        Label("转往单位" if card.exit.kind is ChangeKind.TRANSFER_OUT else "说明"),
        Value(card.exit.counterpart),
    )
    return grid.table()


def _notes_grid(card: MemberCard, width: float) -> Flowable:
    from branchdesk.reports.tables import FormGrid, Value

    grid = FormGrid([width], min_row_height=22)
    grid.section("备注")
    grid.row(Value(card.notes), min_height=54)
    return grid.table(repeat_rows=1)
