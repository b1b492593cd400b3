"""The participant list and its sign-in sheet variant.

One long table whose header row repeats on every page (`repeatRows`). `LongTable`
measures only the rows that fit the current page, so 10,000 rows lay out in linear
time. A cell that fits on one line in the main font is a plain string (drawn directly,
no markup parsing, nothing to escape); anything longer or in another script becomes an
escaped Paragraph that wraps inside its column.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, PageBreak, Paragraph, Spacer

from . import fonts
from .base import (
    FAINT,
    GREY,
    LIGHT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PageCallback,
    TableCommand,
    para,
    render,
    styles,
    table_style,
)
from .data import ParticipantEntry, ParticipantListData, ParticipantListOptions
from .flowables import LinkText, Outline, TextBlock
from .labels import Labels, sort_key

_WEIGHTS = {"name": 3.2, "title": 3.2, "organisation": 3.2, "email": 3.6, "signature": 3.6}
# Short values are as wide as the widest (up to a cap), the rest share what is left.
_MEASURED = {"days": 32 * mm, "role": 32 * mm, "email": 72 * mm}
LANDSCAPE_FROM = 5  # columns; five or more do not fit portrait A4 legibly
_PADDING = 4.0
_SIZE = 8.5
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
    rows, widths = _rows(data, sheet.people, columns, labels, st, width, sheet.blank_rows)
    return story + _tables(rows, widths, data.options, room - _used_height(story, width, room), room, labels, st)


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


def _cell_maker(st: dict[str, ParagraphStyle]) -> Callable[[str, float, str], object]:
    body = st["cell"]
    cache: dict[tuple[str, float], object] = {}

    def cell(text: str, width: float, column: str = "") -> object:
        if not text:
            return ""
        if column == "email":  # clickable, and broken (if at all) after the @, never inside a name
            return LinkText(text, f"mailto:{text}", fonts.REGULAR, _SIZE)
        if not fonts.needs_fallback(text) and "\n" not in text and (
            stringWidth(text, fonts.REGULAR, _SIZE) <= width - 2 * _PADDING
        ):
            return text
        key = (text, width)
        if key not in cache:  # the same organisation name wraps the same way every time
            cache[key] = TextBlock.of(text, body) if fonts.needs_layout(text) else Paragraph(fonts.markup(text), body)
        return cache[key]
    return cell


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
    """The table's rows, measured: what pagination and the tables are built from."""

    header: list[object]
    header_height: float
    cells: list[list[object]] = field(default_factory=list)
    heights: list[float] = field(default_factory=list)
    is_group: list[bool] = field(default_factory=list)
    group: list[str] = field(default_factory=list)  # the organisation a row belongs to (grouped lists)


def _rows(data: ParticipantListData, people: list[ParticipantEntry], columns: list[str], labels: Labels,
          st: dict[str, ParagraphStyle], width: float, blank_rows: int = 0) -> tuple[_Rows, list[float]]:
    people = _sorted(people, labels)
    widths = _widths(columns, people, labels, width)
    cell = _cell_maker(st)
    header: list[object] = [para(labels[f"col_{c}"], st["cell_head"]) for c in columns]
    rows = _Rows(header, _height(header, widths, 0.0))
    minimum = SIGN_IN_ROW_HEIGHT if data.options.sign_in else 0.0

    def add(entry: ParticipantEntry, group: str) -> None:
        rows.cells.append([cell(_value(entry, c, labels), w, c) for c, w in zip(columns, widths, strict=True)])
        rows.heights.append(_height(rows.cells[-1], widths, minimum))
        rows.is_group.append(False)
        rows.group.append(group)

    if data.options.group_by_organisation:
        def organisation(entry: ParticipantEntry) -> tuple[int, tuple[str, str]]:
            return (0, sort_key(entry.organisation, labels.language)) if entry.organisation else (1, ("", ""))
        for _key, members in groupby(sorted(people, key=organisation), key=organisation):
            group = list(members)
            name = group[0].organisation or labels["no_organisation"]
            rows.cells.append([_group_cell(name, f"({len(group)})", st)] + [""] * (len(columns) - 1))
            rows.heights.append(_height(rows.cells[-1][:1], [sum(widths)], 0.0) + 2)
            rows.is_group.append(True)
            rows.group.append(name)
            for entry in group:
                add(entry, name)
    else:
        for entry in people:
            add(entry, "")
    for _blank in range(blank_rows):  # walk-ins write themselves in
        rows.cells.append([""] * len(columns))
        rows.heights.append(max(minimum, _SIZE + 8.5))
        rows.is_group.append(False)
        rows.group.append("")
    return rows, widths


def _group_cell(name: str, suffix: str, st: dict[str, ParagraphStyle]) -> Flowable:
    if fonts.needs_layout(name):
        return TextBlock([(name, fonts.BOLD, None), (f" {suffix}", fonts.REGULAR, None)], st["cell"])
    return Paragraph(f"<b>{fonts.markup(name, fonts.BOLD)}</b> {escape(suffix)}", st["cell"])


def _table(rows: _Rows, start: int, end: int, widths: list[float], sign_in: bool, grouped: bool,
           continued: Flowable | None = None) -> LongTable:
    """Rows `start:end` under the header row (repeated if reportlab has to split it after all); `continued`:
    the name of the organisation whose people go on at the top of this page."""
    commands: list[TableCommand] = [
        ("FONT", (0, 1), (-1, -1), fonts.REGULAR, _SIZE, _SIZE + 2.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE" if sign_in else "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, GREY if sign_in else LIGHT),
    ]
    if sign_in:
        commands.append(("LINEBEFORE", (-1, 0), (-1, -1), 0.25, GREY))
    elif not grouped:  # stripes guide the eye; in groups the group rules do
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, FAINT]))
    shift = 1 if continued is not None else 0
    cells, heights = list(rows.cells[start:end]), list(rows.heights[start:end])
    group_rows = [row - start + 1 + shift for row in range(start, end) if rows.is_group[row]]
    if continued is not None:
        cells.insert(0, [continued] + [""] * (len(widths) - 1))
        heights.insert(0, _height([continued], [sum(widths)], 0.0) + 2)
        group_rows.insert(0, 1)
    for at in group_rows:
        commands += [("SPAN", (0, at), (-1, at)), ("BACKGROUND", (0, at), (-1, at), FAINT),
                     ("LINEABOVE", (0, at), (-1, at), 0.8, GREY), ("TOPPADDING", (0, at), (-1, at), 5),
                     ("NOSPLIT", (0, at), (-1, min(at + 1, len(cells))))]  # never a group name alone
    table = LongTable([rows.header, *cells], colWidths=widths, rowHeights=[rows.header_height, *heights],
                      repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(table_style(commands))
    return table


def _page_ranges(rows: _Rows, first_room: float, room: float, reserve: float = 0.0) -> list[tuple[int, int]] | None:
    """Which rows go on which page, so each page is one small table with its own header row.

    One long table that reportlab splits page by page costs time proportional to the rows
    left at every split: quadratic, minutes for 10,000 people. The heights are known, so
    the pages are known. `None` if a row is too tall for a page: then reportlab splits it.
    """
    if any(height > room - rows.header_height - _SAFETY for height in rows.heights):
        return None
    ranges: list[tuple[int, int]] = []
    start, used, limit = 0, 0.0, first_room - rows.header_height - _SAFETY
    row = 0
    while row < len(rows.heights):
        if used + rows.heights[row] > limit:
            end = row
            while end > start + 1 and rows.is_group[end - 1]:  # a group's name moves on with its people
                end -= 1
            if end == start:  # not even one row fits under the title: start on the next page
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
            room: float, labels: Labels, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    grouped = options.group_by_organisation
    reserve = max((h for h, g in zip(rows.heights, rows.is_group, strict=True) if g), default=0.0) if grouped else 0.0
    ranges = _page_ranges(rows, first_room, room, reserve)
    if ranges is None:
        return [_table(rows, 0, len(rows.heights), widths, options.sign_in, grouped)]
    story: list[Flowable] = []
    for start, end in ranges:
        if story:
            story.append(PageBreak())
        if end > start:
            continued = None
            if grouped and story and not rows.is_group[start] and rows.group[start]:
                continued = _group_cell(rows.group[start], labels["continued"], st)
            story.append(_table(rows, start, end, widths, options.sign_in, grouped, continued))
    return story


def _used_height(flowables: list[Flowable], width: float, height: float) -> float:
    """How much of the first page the flowables above the table take, as the frame counts it."""
    used = 0.0
    for index, flowable in enumerate(flowables):
        used += (flowable.getSpaceBefore() if index else 0) + flowable.wrap(width, height)[1]
        used += flowable.getSpaceAfter()
    return used


def _height(row: list[object], widths: list[float], minimum: float) -> float:
    """A row's height, measured here once: reportlab's own sizing of rows of unknown height
    rescans every earlier row for each row (quadratic: minutes for 10,000 people)."""
    tallest = _SIZE + 2.5
    for value, width in zip(row, widths, strict=True):
        if isinstance(value, Flowable):
            tallest = max(tallest, value.wrap(width - 2 * _PADDING, 1e6)[1])
    return max(minimum, tallest + 6)
