"""The participant list and its sign-in sheet variant.

One long table whose header row repeats on every page. Every row is laid out and measured
once (`grid.Layout`: wrapped inside its column, foreign scripts in their font, e-mails as
links), the pages are worked out from the heights (`_page_ranges`: a row that does not fit
what is left of a page goes overleaf whole, a row taller than a page is cut between its
lines), and each page's rows are one `grid.Grid` drawn straight onto the canvas, so 10,000
rows lay out in linear time and draw at close to the speed of bare reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import groupby

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from . import fonts
from .base import (
    FAINT,
    GREY,
    LIGHT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PageCallback,
    para,
    render,
    styles,
)
from .data import ParticipantEntry, ParticipantListData, ParticipantListOptions
from .flowables import Outline
from .grid import GROUP_TOP, TOP, Cell, Grid, GridStyle, Layout, row_height, split_row
from .labels import Labels, sort_key

_WEIGHTS = {"name": 3.2, "title": 3.2, "organisation": 3.2, "email": 3.6, "signature": 3.6}
# Short values are as wide as the widest (up to a cap), the rest share what is left.
_MEASURED = {"days": 32 * mm, "role": 32 * mm, "email": 72 * mm}
LANDSCAPE_FROM = 5  # columns; five or more do not fit portrait A4 legibly
_PADDING = 4.0
_SIZE = 8.5
_LEADING = _SIZE + 2.5
SIGN_IN_ROW_HEIGHT = 11 * mm
_SAFETY = 2.0  # points left free at the foot of each page, against rounding


def build_participant_list(data: ParticipantListData, language: str = "da",
                           on_page: PageCallback | None = None) -> bytes:
    """The list (or the sign-in sheets) as PDF bytes, sorted by family name as a reader of `language` expects."""
    labels = Labels(language)
    st = styles()
    options = data.options
    title = labels["sign_in"] if options.sign_in else labels["participants"]
    columns = [c for c in options.columns if not (options.group_by_organisation and c == "organisation")]
    if options.sign_in:
        columns = [c for c in columns if c not in ("email", "days")] + ["signature"]
    wide = options.landscape if options.landscape is not None else len(columns) >= LANDSCAPE_FROM
    page_size = landscape(A4) if wide else A4
    width, room = page_size[0] - 2 * MARGIN_X, page_size[1] - MARGIN_TOP - MARGIN_BOTTOM
    story: list[Flowable] = []
    if options.sign_in:
        for sheet in _sign_in_sheets(data, labels):
            if story:
                story.append(PageBreak())
            story += _section(data, sheet, columns, labels, st, width, room, title)
    else:
        sheet = _Sheet(None, "", list(data.participants), 0)
        story += _section(data, sheet, columns, labels, st, width, room, title)
    return render(story, data.meeting, title, labels, on_page=on_page, page_size=page_size,
                  internal=options.internal)


@dataclass(frozen=True)
class _Sheet:
    """One sign-in sheet (a day, and a desk's share of the alphabet) or the whole list."""

    day: date | None
    desk: str  # "Desk 1: A–K", or empty
    people: list[ParticipantEntry]
    blank_rows: int


def _sign_in_sheets(data: ParticipantListData, labels: Labels) -> list[_Sheet]:
    """One sheet per meeting day (or the chosen day) with that day's people, split for the desks."""
    options = data.options
    days = [options.day] if options.day is not None else list(data.meeting.days)
    sheets = []
    for day in days:
        people = _sorted([p for p in data.participants if p.attends(day)], labels)
        for number, (first, last, group) in enumerate(_desks(people, options.desks, labels), start=1):
            desk = labels["desk"].format(desk=number, first=first, last=last) if options.desks > 1 else ""
            sheets.append(_Sheet(day, desk, group, options.blank_rows))
    return sheets


def _initial(entry: ParticipantEntry, labels: Labels) -> str:
    text = (entry.sort_as or entry.name).strip()
    return text[:1].upper() if text else "?"


def _desks(people: list[ParticipantEntry], desks: int, labels: Labels,
           ) -> list[tuple[str, str, list[ParticipantEntry]]]:
    """People split into `desks` runs of the alphabet of about equal size, never splitting a letter
    (A–K, L–Ø): each desk's sign says which family names come to it."""
    alphabet = _ALPHABET[labels.language]
    if desks <= 1 or not people:
        return [(alphabet[0], alphabet[-1], people)]
    by_letter: dict[str, list[ParticipantEntry]] = {}
    for person in people:
        by_letter.setdefault(_initial(person, labels), []).append(person)
    letters = list(by_letter)
    groups: list[list[str]] = [[]]
    target = len(people) / desks
    count = 0
    for letter in letters:
        if groups[-1] and count >= target * len(groups) and len(groups) < desks:
            groups.append([])
        groups[-1].append(letter)
        count += len(by_letter[letter])
    result = []
    for index, group in enumerate(groups):
        first = alphabet[0] if index == 0 else group[0]
        last = alphabet[-1] if index == len(groups) - 1 else group[-1]
        result.append((first, last, [p for letter in group for p in by_letter[letter]]))
    return result


_ALPHABET = {"da": "AÅ", "en": "AZ"}


def _sorted(people: list[ParticipantEntry], labels: Labels) -> list[ParticipantEntry]:
    return sorted(people, key=lambda entry: sort_key(entry.sort_as or entry.name, labels.language))


def _section(data: ParticipantListData, sheet: _Sheet, columns: list[str], labels: Labels,
             st: dict[str, ParagraphStyle], width: float, room: float, title: str) -> list[Flowable]:
    """Title block and table of one sheet; a dated sheet gets a bookmark for its day."""
    story: list[Flowable] = []
    subtitle = labels.span(data.meeting.start, data.meeting.end)
    count = labels["count"].format(count=len(sheet.people))
    if sheet.day is not None:
        key = f"day-{sheet.day.isoformat()}-{sheet.desk}"
        story.append(Outline(labels.day(sheet.day) + (f" · {sheet.desk}" if sheet.desk else ""), key))
        subtitle = labels.day(sheet.day)
        count = labels["day_count"].format(count=len(sheet.people))
    story += [para(data.meeting.title, st["kicker"]), para(title, st["title"])]
    if sheet.desk:
        story.append(para(sheet.desk, st["h3"]))
    story += [para(f"{subtitle} · {count}", st["muted"]), Spacer(1, 5 * mm)]
    if not sheet.people and not sheet.blank_rows:
        story.append(para(labels["empty"], st["body"]))
        return story
    layout = Layout(_SIZE, _LEADING)
    rows, widths = _rows(data, sheet.people, columns, labels, layout, width, sheet.blank_rows)
    return story + _tables(rows, widths, data.options, room - _used_height(story, width, room), room, labels,
                           layout)


def _widths(columns: list[str], rows: list[ParticipantEntry], labels: Labels, width: float) -> list[float]:
    fixed: dict[str, float] = {}
    for column in columns:
        if column in _MEASURED:
            texts = {_value(entry, column, labels) for entry in rows} | {labels[f"col_{column}"]}
            widest = max(fonts.string_width(text, fonts.BOLD, _SIZE) for text in texts)
            fixed[column] = min(widest + 2 * _PADDING + 1, _MEASURED[column])
    flexible = width - sum(fixed.values())
    total = sum(_WEIGHTS[c] for c in columns if c not in fixed) or 1.0
    return [fixed[c] if c in fixed else flexible * _WEIGHTS[c] / total for c in columns]


def _value(entry: ParticipantEntry, column: str, labels: Labels) -> str:
    if column == "name":
        return entry.name
    if column == "title":
        return entry.job_title
    if column == "organisation":
        return entry.organisation
    if column == "email":
        return entry.email
    if column == "days":
        return ", ".join(labels.short_day(d) for d in entry.days) if entry.days else labels["all_days"]
    if column == "role":
        return labels.role(entry.role)
    return ""  # the signature column: room to sign


@dataclass
class _Rows:
    """The table's rows, laid out and measured: what pagination and the pages' grids are built from."""

    header: list[Cell | None]
    header_height: float
    cells: list[list[Cell | None]] = field(default_factory=list)
    heights: list[float] = field(default_factory=list)
    is_group: list[bool] = field(default_factory=list)
    group: list[str] = field(default_factory=list)  # the organisation a row belongs to (grouped lists)

    def add(self, cells: list[Cell | None], height: float, is_group: bool, group: str) -> None:
        self.cells.append(cells)
        self.heights.append(height)
        self.is_group.append(is_group)
        self.group.append(group)


def _rows(data: ParticipantListData, people: list[ParticipantEntry], columns: list[str], labels: Labels,
          layout: Layout, width: float, blank_rows: int = 0) -> tuple[_Rows, list[float]]:
    """Every row laid out and measured."""
    people = _sorted(people, labels)
    widths = _widths(columns, people, labels, width)
    header = [layout.text(labels[f"col_{c}"], w, fonts.BOLD) for c, w in zip(columns, widths, strict=True)]
    rows = _Rows(header, row_height(header, 0.0, _LEADING))
    minimum = SIGN_IN_ROW_HEIGHT if data.options.sign_in else 0.0
    plain = [(c, w) for c, w in zip(columns, widths, strict=True)]
    text, link = layout.text, layout.link

    def add(entry: ParticipantEntry, group: str) -> None:
        cells = [link(entry.email, f"mailto:{entry.email}", w) if c == "email" else text(_value(entry, c, labels), w)
                 for c, w in plain]
        rows.add(cells, row_height(cells, minimum, _LEADING), False, group)

    if data.options.group_by_organisation:
        def organisation(entry: ParticipantEntry) -> tuple[int, tuple[str, str]]:
            return (0, sort_key(entry.organisation, labels.language)) if entry.organisation else (1, ("", ""))
        for _key, members in groupby(sorted(people, key=organisation), key=organisation):
            group = list(members)
            name = group[0].organisation or labels["no_organisation"]
            cell = _group_cell(name, f"({len(group)})", layout, sum(widths))
            rows.add([cell], row_height([cell], 0.0, _LEADING) + GROUP_TOP - TOP, True, name)
            for entry in group:
                add(entry, name)
    else:
        for entry in people:
            add(entry, "")
    for _blank in range(blank_rows):  # walk-ins write themselves in
        rows.add([None] * len(columns), max(minimum, _SIZE + 8.5), False, "")
    return rows, widths


def _group_cell(name: str, suffix: str, layout: Layout, width: float) -> Cell:
    """An organisation's row across the table: its name in bold and how many (or "continued")."""
    return layout.segments([(name, fonts.BOLD, None), (f" {suffix}", fonts.REGULAR, None)], width)


def _grid(rows: _Rows, start: int, end: int, widths: list[float], sign_in: bool, grouped: bool,
          continued: Cell | None = None) -> Grid:
    """Rows `start:end` under the header row; `continued`: the name of the organisation whose people go on at
    the top of this page."""
    style = GridStyle(fill=LIGHT, header_rule=GREY, rule=GREY if sign_in else LIGHT,
                      stripe=FAINT if not (sign_in or grouped) else None,  # in groups the group rules guide the eye
                      group_fill=FAINT, group_rule=GREY, sign_in=sign_in)
    cells, heights = rows.cells[start:end], rows.heights[start:end]
    groups = rows.is_group[start:end]
    if continued is not None:
        cells = [[continued], *cells]
        heights = [row_height([continued], 0.0, _LEADING) + GROUP_TOP - TOP, *heights]
        groups = [True, *groups]
    return Grid(widths, rows.header, rows.header_height, cells, heights, groups, style)


def _cut(rows: _Rows, limit: float, minimum: float) -> _Rows:
    """The rows with any row taller than a page (`limit`) cut between its lines into parts that each fit one:
    a value pasted with a page of text goes on over the pages instead of off the bottom of one."""
    if all(height <= limit for height in rows.heights):
        return rows
    cut = _Rows(rows.header, rows.header_height)
    for cells, height, is_group, group in zip(rows.cells, rows.heights, rows.is_group, rows.group, strict=True):
        extra = GROUP_TOP - TOP if is_group else 0.0
        while height > limit:
            first, cells = split_row(cells, limit - extra)
            cut.add(first, row_height(first, 0.0 if is_group else minimum, _LEADING) + extra, is_group, group)
            height = row_height(cells, 0.0 if is_group else minimum, _LEADING) + extra
        cut.add(cells, height, is_group, group)
    return cut


def _page_ranges(rows: _Rows, first_room: float, room: float, reserve: float = 0.0) -> list[tuple[int, int]]:
    """Which rows go on which page, so each page is one small table with its own header row.

    One long table that reportlab splits page by page costs time proportional to the rows
    left at every split: quadratic, minutes for 10,000 people. The heights are known, so
    the pages are known. A row too tall for what is left of a page goes on the next one
    (`_rows` has already cut any row taller than a whole page).
    """
    ranges: list[tuple[int, int]] = []
    start, used, limit = 0, 0.0, first_room - rows.header_height - _SAFETY
    row = 0
    while row < len(rows.heights):
        if used + rows.heights[row] > limit:
            end = row
            while end > start + 1 and rows.is_group[end - 1]:  # a group's name moves on with its people
                end -= 1
            if end == start:  # not even one row fits under the title: start on the next page
                if ranges:  # an empty page it does not fit either: `_cut` let a row through
                    raise ValueError(f"row {row} is {rows.heights[row]:.0f} points high, more than a page")
                ranges.append((start, start))
            else:
                ranges.append((start, end))
            start, used, limit, row = end, 0.0, room - rows.header_height - _SAFETY - reserve, end
            continue
        used += rows.heights[row]
        row += 1
    ranges.append((start, len(rows.heights)))
    return ranges


def _tables(rows: _Rows, widths: list[float], options: ParticipantListOptions, first_room: float,
            room: float, labels: Labels, layout: Layout) -> list[Flowable]:
    grouped = options.group_by_organisation
    reserve = max((h for h, g in zip(rows.heights, rows.is_group, strict=True) if g), default=0.0) if grouped else 0.0
    minimum = SIGN_IN_ROW_HEIGHT if options.sign_in else 0.0
    rows = _cut(rows, room - rows.header_height - _SAFETY - reserve, minimum)
    ranges = _page_ranges(rows, first_room, room, reserve)
    story: list[Flowable] = []
    for start, end in ranges:
        if story:
            story.append(PageBreak())
        if end > start:
            continued = None
            if grouped and story and not rows.is_group[start] and rows.group[start]:
                continued = _group_cell(rows.group[start], labels["continued"], layout, sum(widths))
            story.append(_grid(rows, start, end, widths, options.sign_in, grouped, continued))
    return story


def _used_height(flowables: list[Flowable], width: float, height: float) -> float:
    """How much of the first page the flowables above the table take, as the frame counts it."""
    used = 0.0
    for index, flowable in enumerate(flowables):
        used += (flowable.getSpaceBefore() if index else 0) + flowable.wrap(width, height)[1]
        used += flowable.getSpaceAfter()
    return used
