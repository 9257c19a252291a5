"""会议记录: one meeting's minutes, and the yearly minutes book with its contents (RULES.md §2).

A boxed header (time, place, 主持人, 记录人, attendance with each absentee's reason, guests,
agenda), then the discussion and the minutes text as running paragraphs that flow over pages,
the resolutions with their votes, and the signature lines of 主持人 and 记录人. The book puts
every meeting of a year on its own pages behind a contents page, in one pass: the contents'
page numbers are drawn when the document is saved, like the 共 M 页 of the footer.
reportlab is loaded only when rendering.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from branchdesk.core.enums import AttendanceStatus, MeetingKind, ResolutionKind
from branchdesk.core.print_data.minutes import Attendee, Minutes, MinutesBook, ResolutionLine
from branchdesk.reports import labels
from branchdesk.reports.formats import long_date
from branchdesk.reports.jobs import ProgressCallback

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

    from branchdesk.reports.document import FormInfo
    from branchdesk.reports.tables import FormGrid

FORM_NAME = "会议记录"
LABEL_WIDTH = 70.0
TEXT_SIZE = 10.5
VOTE_WIDTH = 34.0  # 应到 … 弃权: two characters or a three-digit count
NUMBER_WIDTH = 30.0
WEEKDAYS = "一二三四五六日"
CHINESE_NUMBERS = "一二三四五六七八九十"
# How much of a list one grid cell holds before it goes on in a further row: a cell taller
# than a page cannot be laid out, and a 2,000-member branch assembly lists hundreds of names.
NAMES_PER_ROW = 120
REASONS_PER_ROW = 40
AGENDA_PER_ROW = 15


def render_minutes(
    record: Minutes, output: Path, *, on_page: ProgressCallback | None = None
) -> int:
    """Write one meeting's 会议记录 PDF to ``output``; returns the number of pages."""
    from branchdesk.reports.document import FormInfo, build_pdf

    info = FormInfo(
        title=f"{FORM_NAME} — {heading(record)}",
        branch_name=record.branch_name,
        form_name=FORM_NAME,
        subject=f"{record.branch_name} {FORM_NAME}",
    )
    return build_pdf(output, meeting_story(record, info), info, on_page=on_page)


def heading(record: Minutes) -> str:
    """2026年第3次支部党员大会: how the minutes are named in titles and the contents."""
    return f"{record.year}年第{record.sequence_no}次{labels.label(record.kind)}"


def book_title(book: MinutesBook) -> str:
    """2026年会议记录, or 2026年支部党员大会会议记录 for one kind."""
    return f"{book.year}年{labels.label(book.kind)}{FORM_NAME}"


def meeting_story(record: Minutes, info: FormInfo) -> list[Flowable]:
    """The flowables of one meeting's minutes, top to bottom."""
    from reportlab.platypus import Spacer

    from branchdesk.reports.document import frame_width
    from branchdesk.reports.headings import FormTitle, info_line
    from branchdesk.reports.signatures import SignatureLine

    width = frame_width(info)
    kind = labels.label(record.kind)
    title = f"{kind}{FORM_NAME}"
    # A 党小组会 names its group; other meetings are the branch's own.
    whose = record.party_group or record.branch_name
    story: list[Flowable] = [
        FormTitle(title),
        info_line([whose, f"{record.year}年第{record.sequence_no}次"], width),
        Spacer(0, 4),
        _header_grid(record, width),
    ]
    if any(item.discussion.strip() for item in record.agenda):
        story += [Spacer(0, 10), _section("议题讨论情况", width), *_discussion(record)]
    story += [Spacer(0, 10), _section("会议记录", width), *_text(record.text)]
    if record.resolutions:
        story += [Spacer(0, 10), _resolutions_grid(record.resolutions, width)]
    story.append(SignatureLine(["主持人", "记录人"]))
    return story


def time_span(start: dt.datetime, end: dt.datetime | None) -> str:
    """2026年3月9日（星期一）14:30—16:30; the end's date too when it is another day."""
    text = f"{long_date(start.date())}（星期{WEEKDAYS[start.weekday()]}）{start:%H:%M}"
    if end is None:
        return text
    if end.date() == start.date():
        return f"{text}—{end:%H:%M}"
    return f"{text}—{long_date(end.date())}{end:%H:%M}"


def _header_grid(record: Minutes, width: float) -> Flowable:
    from branchdesk.reports.tables import FormGrid, Label, Value

    value = (width - 2 * LABEL_WIDTH) / 2
    grid = FormGrid([LABEL_WIDTH, value, LABEL_WIDTH, value], min_row_height=22)
    grid.row(Label("会议名称"), Value(record.title, span=3))
    grid.row(Label("会议时间"), Value(time_span(record.starts_at, record.ends_at), span=3))
    grid.row(Label("会议地点"), Value(record.place, span=3))
    grid.row(Label("主持人"), Value(record.host), Label("记录人"), Value(record.recorder))
    if record.speaker or record.kind is MeetingKind.LECTURE:
        grid.row(Label("主讲人"), Value(record.speaker, span=3))
    grid.row(
        Label("应到人数"),
        Value(f"{record.expected}人"),
        Label("实到人数"),
        Value(f"{record.present}人"),
    )
    grid.row(
        Label("缺席人数"),
        Value(f"{len(record.missing)}人"),
        Label("迟到人数"),
        Value(f"{len(record.late)}人"),
    )
    if record.kind is MeetingKind.BRANCH_ASSEMBLY:
        # RULES.md §2: voting members are counted apart and the quorum is stated.
        quorum = "超过半数" if record.quorate else "未超过半数"
        grid.row(
            Label("有表决权党员"),
            Value(
                f"应到{record.voting_expected}人，实到{record.voting_present}人，实到人数{quorum}",
                span=3,
            ),
        )
    attended = [a.name for a in record.attendees if a.status.attended]
    _list_rows(grid, "出席人员", attended, "、", NAMES_PER_ROW)
    _list_rows(grid, "缺席人员\n及原因", _reason_parts(record.missing), "、", REASONS_PER_ROW)
    _list_rows(grid, "迟到人员", _reason_parts(record.late), "、", REASONS_PER_ROW)
    guests = [f"{g.name}（{g.affiliation}）" if g.affiliation else g.name for g in record.guests]
    _list_rows(grid, "列席人员", guests, "、", REASONS_PER_ROW)
    agenda = [f"{n}. {item.title}" for n, item in enumerate(record.agenda, start=1)]
    _list_rows(grid, "会议议题", agenda, "\n", AGENDA_PER_ROW)
    return grid.table()


def _list_rows(grid: FormGrid, label: str, items: list[str], separator: str, per_row: int) -> None:
    """A list in its labelled cell; a long one goes on in further rows marked （续）, because
    a single cell taller than a page cannot be laid out (a 300-person assembly, 100 items)."""
    from branchdesk.reports.tables import Label, Value

    chunks = [items[start : start + per_row] for start in range(0, len(items), per_row)]
    for number, chunk in enumerate(chunks or [[]]):
        title = label if number == 0 else f"{label.splitlines()[0]}（续）"
        grid.row(Label(title), Value(separator.join(chunk) or "无", span=3))


def _reason_parts(people: tuple[Attendee, ...]) -> list[str]:
    """王芳（请假：生病）, 李明（缺席）: the status of an absentee, the reason when given."""
    parts = []
    for person in people:
        status = "" if person.status is AttendanceStatus.LATE else labels.label(person.status)
        detail = "：".join(part for part in (status, person.reason.strip()) if part)
        parts.append(f"{person.name}（{detail}）" if detail else person.name)
    return parts


def _section(title: str, width: float) -> Flowable:
    """A grey bar naming the running text below it, as the grids' section rows look."""
    from branchdesk.reports.tables import FormGrid

    grid = FormGrid([width])
    grid.section(title)
    table = grid.table()
    table.keepWithNext = True  # never a bar alone at the foot of a page
    return table


def _body_style() -> ParagraphStyle:
    from reportlab.lib.styles import ParagraphStyle

    from branchdesk.reports.styles import form_styles

    # Chinese prose: two characters' first-line indent, generous leading for handwritten notes.
    return ParagraphStyle(
        "MinutesBody",
        parent=form_styles().value,
        fontSize=TEXT_SIZE,
        leading=TEXT_SIZE * 1.75,
        firstLineIndent=2 * TEXT_SIZE,
        leftIndent=4,
        rightIndent=4,
        spaceBefore=3,
    )


def _item_style() -> ParagraphStyle:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        "MinutesItem", parent=_body_style(), firstLineIndent=0, spaceBefore=6, keepWithNext=1
    )


def _discussion(record: Minutes) -> list[Flowable]:
    from branchdesk.reports.tables import paragraph

    flowables: list[Flowable] = []
    for number, item in enumerate(record.agenda, start=1):
        flowables.append(paragraph(f"议题{_chinese(number)}：{item.title}", _item_style()))
        flowables += _text(item.discussion, empty="")
    return flowables


def _text(text: str, *, empty: str = "（未记录）") -> list[Flowable]:
    """One paragraph per line of ``text``; the paragraphs split across pages."""
    from branchdesk.reports.tables import paragraph

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return [paragraph(empty, _body_style())] if empty else []
    return [paragraph(line, _body_style()) for line in lines]


def _chinese(number: int) -> str:
    """一 … 十 for the agenda items, then plain digits."""
    return CHINESE_NUMBERS[number - 1] if number <= len(CHINESE_NUMBERS) else str(number)


def _resolutions_grid(resolutions: tuple[ResolutionLine, ...], width: float) -> Flowable:
    from branchdesk.reports.tables import FormGrid, Label, Value

    text_width = width - NUMBER_WIDTH - 5 * VOTE_WIDTH
    grid = FormGrid([NUMBER_WIDTH, text_width, *[VOTE_WIDTH] * 5], min_row_height=22)
    grid.section("会议决议及表决情况")
    grid.row(
        Label("序号"),
        Label("决议内容"),
        *(Label(title) for title in ("应到", "实到", "赞成", "反对", "弃权")),
    )
    for number, resolution in enumerate(resolutions, start=1):
        counts = resolution.votes or (None,) * 5
        grid.row(
            Value(str(number), center=True),
            Value(_resolution_text(resolution)),
            *(Value("" if count is None else str(count), center=True) for count in counts),
        )
    # The section and header rows repeat when the resolutions run onto another page.
    return grid.table(repeat_rows=2)


def _resolution_text(resolution: ResolutionLine) -> str:
    """The resolution, then its kind and the member concerned for admission and 转正 votes."""
    if resolution.kind is ResolutionKind.OTHER and not resolution.subject:
        return resolution.text
    about = [labels.label(resolution.kind)] if resolution.kind is not ResolutionKind.OTHER else []
    if resolution.subject:
        about.append(f"对象：{resolution.subject}")
    return f"{resolution.text}\n（{'，'.join(about)}）"


# --- the minutes book ----------------------------------------------------------------------


@dataclass
class _PageNumbers:
    """Where each meeting starts, and where the contents want that number drawn."""

    starts: dict[int, int] = field(default_factory=dict)  # meeting index → page
    slots: dict[int, list[tuple[int, float, float]]] = field(default_factory=dict)  # page → …

    def draw(self, canvas: Any, page: int) -> None:
        from branchdesk.reports.fonts import ensure_font

        for index, x, y in self.slots.get(page, []):
            canvas.setFont(ensure_font(), 9)
            canvas.drawRightString(x, y, str(self.starts[index]))


def render_minutes_book(
    book: MinutesBook, output: Path, *, on_page: ProgressCallback | None = None
) -> int:
    """Write the minutes book of ``book`` to ``output``; returns the number of pages."""
    from branchdesk.reports.document import FormDocument, FormInfo, write_atomically

    info = FormInfo(
        title=f"{book_title(book)} — {book.branch_name}",
        branch_name=book.branch_name,
        form_name=FORM_NAME,
        subject=f"{book.branch_name} {book_title(book)}",
    )
    numbers = _PageNumbers()

    def write(handle: BinaryIO) -> int:
        document = FormDocument(handle, info, on_page=on_page)
        canvasmaker = partial(_book_canvas(), margins=document.margins, numbers=numbers)
        document.build(book_story(book, info, numbers), canvasmaker=canvasmaker)
        return document.pages_done

    return write_atomically(output, write)


def book_story(book: MinutesBook, info: FormInfo, numbers: _PageNumbers) -> list[Flowable]:
    """The contents, then each meeting from the top of a new page."""
    from reportlab.platypus import PageBreak, Spacer

    from branchdesk.reports.document import frame_width
    from branchdesk.reports.headings import FormTitle, info_line

    width = frame_width(info)
    parts = [book.branch_name, f"共{len(book.meetings)}次会议"]
    story: list[Flowable] = [
        FormTitle(book_title(book)),
        info_line(parts, width),
        Spacer(0, 4),
        _contents(book, width, numbers),
    ]
    for index, record in enumerate(book.meetings):
        story += [PageBreak(), _anchor(index, heading(record), numbers)]
        story += meeting_story(record, info)
    return story


def _contents(book: MinutesBook, width: float, numbers: _PageNumbers) -> Flowable:
    from branchdesk.reports.tables import Box, FormGrid, Label, Value

    # 2026年12月31日 and 第12次支部党员大会 stay on one line; titles wrap.
    date_width, kind_width, page_width = 80.0, 112.0, 36.0
    one_kind = book.kind is not None
    rest = width - NUMBER_WIDTH - date_width - page_width - (0 if one_kind else kind_width)
    widths = [NUMBER_WIDTH, date_width, *([] if one_kind else [kind_width]), rest, page_width]
    grid = FormGrid(widths, min_row_height=20)
    grid.section("目录")
    heads = ["序号", "日期", *([] if one_kind else ["会议类型"]), "会议名称", "页码"]
    grid.row(*(Label(text) for text in heads))
    for index, record in enumerate(book.meetings):
        kind = (
            []
            if one_kind
            else [Value(f"第{record.sequence_no}次{labels.label(record.kind)}", fit=True)]
        )
        grid.row(
            Value(str(index + 1), center=True),
            Value(long_date(record.starts_at.date()), fit=True),
            *kind,
            Value(record.title),
            Box(_page_ref(index, numbers)),
        )
    return grid.table(repeat_rows=2)


def _page_ref(index: int, numbers: _PageNumbers) -> Flowable:
    """A contents cell whose number is drawn once the meeting's page is known."""
    from reportlab.platypus import Flowable

    class PageRef(Flowable):
        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            self.width, self.height = availWidth, 12.0
            return self.width, self.height

        def draw(self) -> None:
            canvas = self.canv
            x, y = canvas.absolutePosition(self.width, 3)
            numbers.slots.setdefault(canvas.getPageNumber(), []).append((index, x, y))
            x0, y0 = canvas.absolutePosition(0, 0)
            canvas.linkAbsolute("", f"meeting-{index}", (x0, y0, x, y0 + self.height))

    return PageRef()


def _anchor(index: int, title: str, numbers: _PageNumbers) -> Flowable:
    """Notes the page a meeting starts on, with a bookmark for the viewer's outline."""
    from reportlab.platypus import Flowable

    class Anchor(Flowable):
        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            key = f"meeting-{index}"
            numbers.starts[index] = self.canv.getPageNumber()
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=0)

    return Anchor()


def _book_canvas() -> type:
    """The form canvas, drawing the contents' page numbers with each held page's footer."""
    # The numbered canvas already holds every page until the total is known; the contents'
    # numbers are known by then too, so no second layout pass is needed.
    from branchdesk.reports.document import _NumberedCanvas

    class BookCanvas(_NumberedCanvas):
        def __init__(self, *args: Any, numbers: _PageNumbers, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._numbers = numbers

        def _draw_footer(self, total: int) -> None:
            self.saveState()
            self._numbers.draw(self, self.getPageNumber())
            self.restoreState()
            super()._draw_footer(total)

    return BookCanvas
