"""Name badges on a chosen label sheet, with cut marks where the sheet is cut by hand.

Drawn straight on the canvas: every badge has the same fixed boxes. The name is fitted to
its box by measuring it: one line, or wrapped to two or three before it gets smaller than
`NAME_MIN` (a name must be readable across a room), and one name size for the whole sheet
where the names allow it, so a sheet does not look like a ransom note. Each badge carries
the network's mark, the meeting's name and a QR code with the registration's check-in code
(reportlab's own QR widget), which the check-in view reads from a USB scanner.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from . import fonts
from .base import GREY, LIGHT, PageCallback, accent, clip, draw_logo
from .data import BadgeData, BadgeEntry, MeetingHeader
from .labels import Labels, sort_key
from .stocks import STOCKS, LabelStock

NAME_LARGEST = 24.0
NAME_MIN = 14.0  # readable at arm's length: wrap to three lines before going smaller
ORGANISATION_LARGEST = 11.0
ORGANISATION_MIN = 8.0
LEADING = 1.18  # name lines' leading, in sizes
MARK, MARK_GAP = 6 * mm, 2 * mm


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float


def _splits(words: list[str], count: int) -> list[tuple[str, ...]]:
    """Every way to break `words` into `count` non-empty lines, in order."""
    if count == 1:
        return [(" ".join(words),)]
    result = []
    for cut in range(1, len(words) - count + 2):
        head = " ".join(words[:cut])
        result += [(head, *rest) for rest in _splits(words[cut:], count - 1)]
    return result


def fit_lines(text: str, font: str, width: float, largest: float, max_lines: int = 2) -> Fitted:
    """`text` on as few lines (up to `max_lines`) as give the largest size up to `largest` that fits `width`.

    More lines are used only when they make the text clearly larger (8 %): a short name stays on one line.
    """
    best = Fitted((text,), fonts.fit_size(text, font, width, largest))
    words = text.split()
    for count in range(2, min(max_lines, len(words)) + 1):
        if best.size >= largest:
            break
        candidates = [Fitted(lines, min(fonts.fit_size(line, font, width, largest) for line in lines))
                      for lines in _splits(words, count)]
        wider = max(candidates, key=lambda fitted: fitted.size)
        if wider.size > best.size * 1.08:
            best = wider
    return best


def fit_at(text: str, font: str, width: float, size: float, max_lines: int) -> Fitted | None:
    """`text` at exactly `size` in as few lines as fit `width`, or None if `max_lines` are not enough."""
    words = text.split()
    for count in range(1, min(max_lines, max(len(words), 1)) + 1):
        fitting = [lines for lines in (_splits(words, count) if words else [(text,)])
                   if all(fonts.string_width(line, font, size) <= width + 0.01 for line in lines)]
        if fitting:  # the most even break: "Ana Paula / Ferreira", not "Ana / Paula Ferreira"
            return Fitted(min(fitting, key=lambda lines: max(fonts.string_width(line, font, size)
                                                              for line in lines)), size)
    return None


def name_size(names: list[str], width: float, largest: float = NAME_LARGEST, height: float = 1e9) -> float:
    """One size for all names of a sheet: the largest every name reaches in two lines (and whose two lines fit
    `height`), never below `NAME_MIN`."""
    largest = min(largest, height / (2 * LEADING))
    sizes = [fit_lines(name, fonts.BOLD, width, largest).size for name in names if name]
    return max(NAME_MIN, min(sizes, default=largest))


def fit_name(name: str, width: float, sheet_size: float) -> Fitted:
    """The name at the sheet's size (up to three lines); only a name that cannot fit even so gets smaller."""
    at_sheet = fit_at(name, fonts.BOLD, width, sheet_size, 3)
    if at_sheet is not None:
        return at_sheet
    return fit_lines(name, fonts.BOLD, width, sheet_size, max_lines=3)


def build_badges(data: BadgeData, language: str = "da", on_page: PageCallback | None = None) -> bytes:
    """The badge sheets as PDF bytes, badges sorted by family name as the lists are."""
    labels = Labels(language)
    stock = STOCKS[data.stock]
    fonts.register()
    buffer = io.BytesIO()
    # initialFontName is a font's name (the stubs say float)
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=fonts.REGULAR)  # type: ignore[arg-type]
    canvas.setTitle(f"{labels['badges']}: {data.meeting.title}")
    canvas.setCreator("Klimamøder")
    canvas.setSubject(data.meeting.network)
    ordered = sorted(data.badges, key=lambda badge: sort_key(badge.sort_as or badge.name, labels.language))
    badges: list[BadgeEntry | None] = [None] * (data.start - 1)  # the used labels of a started sheet
    badges += ordered
    if not data.badges:
        badges.append(BadgeEntry(""))  # an empty sheet still shows the cut marks: a useful blank
    inner = stock.size[0] - 2 * _padding(stock)
    for page, first in enumerate(range(0, len(badges), stock.per_sheet), start=1):
        sheet = badges[first:first + stock.per_sheet]
        size = name_size([b.name for b in sheet if b is not None], inner, NAME_LARGEST,
                         _name_height(stock) - ORGANISATION_LARGEST * 1.25 - 1.5 * mm)
        if stock.cut_marks:
            _cut_marks(canvas, stock)
        for index, badge in enumerate(sheet):
            if badge is not None and badge.name:
                _badge(canvas, stock, *stock.origin(index), badge, data.meeting, labels, size)
        canvas.showPage()
        if on_page is not None:
            on_page(page)
    canvas.save()
    return buffer.getvalue()


def _padding(stock: LabelStock) -> float:
    return 5 * mm if stock.height >= 54 else 4 * mm


def _qr_size(stock: LabelStock) -> float:
    return min(16 * mm, stock.size[1] * 0.26)


_HEAD = 7 * mm  # the network's mark and name


def _name_height(stock: LabelStock) -> float:
    """The height between the head's rule and the QR row: the name and the organisation share it."""
    padding = _padding(stock)
    return stock.size[1] - padding - _HEAD - 2.5 * mm - padding * 0.6 - _qr_size(stock) - 1 * mm

def _cut_marks(canvas: Canvas, stock: LabelStock) -> None:
    canvas.saveState()
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.4)
    left, bottom = stock.origin(stock.per_sheet - stock.columns)
    width, height = stock.size
    right = stock.origin(stock.columns - 1)[0] + width
    top = stock.origin(0)[1] + height
    xs = sorted({stock.origin(c)[0] for c in range(stock.columns)} | {stock.origin(c)[0] + width
                                                                      for c in range(stock.columns)})
    ys = sorted({stock.origin(r * stock.columns)[1] for r in range(stock.rows)}
                | {stock.origin(r * stock.columns)[1] + height for r in range(stock.rows)})
    for x in xs:
        canvas.line(x, top + MARK_GAP, x, top + MARK_GAP + MARK)
        canvas.line(x, bottom - MARK_GAP, x, bottom - MARK_GAP - MARK)
    for y in ys:
        canvas.line(left - MARK_GAP, y, left - MARK_GAP - MARK, y)
        canvas.line(right + MARK_GAP, y, right + MARK_GAP + MARK, y)
    canvas.setStrokeColor(LIGHT)  # faint guides where badges meet, for scissors rather than a guillotine
    canvas.setDash(1.5, 2.5)
    for x in xs:
        canvas.line(x, bottom, x, top)
    for y in ys:
        canvas.line(left, y, right, y)
    canvas.restoreState()


def draw_qr(canvas: Canvas, value: str, x: float, y: float, size: float) -> None:
    """A QR code `size` points square (its quiet zone included) with its bottom-left corner at x, y.

    The modules come from reportlab's QR widget; they are drawn here as filled runs per row
    rather than through `renderPDF`, which would declare (unembedded) Helvetica in the page.
    """
    widget = QrCodeWidget(value, barLevel="M")
    # its encoder: set through __dict__ by the widget (the stubs do not know it), untyped like reportlab's own
    qr: Any = widget.__dict__["qr"]
    qr.make()
    count = qr.getModuleCount()
    border = widget.barBorder
    module = size / (count + 2 * border)
    canvas.saveState()
    canvas.setFillColor("black")
    path = canvas.beginPath()
    for row, cells in enumerate(qr.modules):
        top = y + size - (border + row) * module
        column = 0
        while column < count:
            if cells[column]:
                start = column
                while column < count and cells[column]:
                    column += 1
                path.rect(x + (border + start) * module, top - module, (column - start) * module, module)
            column += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def _badge(canvas: Canvas, stock: LabelStock, x: float, y: float, badge: BadgeEntry, meeting: MeetingHeader,
           labels: Labels, sheet_size: float) -> None:
    width, height = stock.size
    padding = _padding(stock)
    inner = width - 2 * padding
    top = y + height
    colour = accent(meeting)
    canvas.saveState()
    # Top: the network's mark and name, over a rule in its colour.
    head = _HEAD
    text_x = x + padding
    logo_width = draw_logo(canvas, meeting, text_x, top - padding - head, head)
    if logo_width:
        text_x += logo_width + 2 * mm
    network = meeting.network or meeting.network_short
    room = x + width - padding - text_x
    canvas.setFillColor(GREY)
    fonts.draw_string(canvas, text_x, top - padding - head / 2 - 3, network, fonts.BOLD,
                      max(6.0, fonts.fit_size(network, fonts.BOLD, room, 9)))
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(1.2)
    rule_y = top - padding - head - 1.5 * mm
    canvas.line(x + padding, rule_y, x + width - padding, rule_y)
    # Bottom: role and meeting on the left, the check-in QR code on the right.
    qr = _qr_size(stock)
    bottom = y + padding * 0.6
    if badge.code:
        draw_qr(canvas, badge.code, x + width - padding * 0.6 - qr, bottom, qr)
    text_room = width - padding - qr - padding * 0.6 - 2 * mm
    canvas.setFillColor(colour)
    role = labels.role(badge.role)
    fonts.draw_string(canvas, x + padding, bottom + qr - 9, role, fonts.BOLD, fonts.fit_size(role, fonts.BOLD,
                                                                                             text_room, 9))
    canvas.setFillColor(GREY)
    for line_number, line in enumerate((meeting.title, labels.span(meeting.start, meeting.end).split(",")[0])):
        size = max(5.5, fonts.fit_size(line, fonts.REGULAR, text_room, 7))
        fonts.draw_string(canvas, x + padding, bottom + qr - 20 - line_number * 8.5,
                          clip(line, fonts.REGULAR, size, text_room), fonts.REGULAR, size)
    # Name and organisation, centred in the space between.
    name = fit_name(badge.name, inner, sheet_size)
    organisation = Fitted((), 0.0)
    if badge.organisation:
        organisation = fit_at(badge.organisation, fonts.REGULAR, inner, ORGANISATION_LARGEST, 1) or \
            fit_at(badge.organisation, fonts.REGULAR, inner, max(ORGANISATION_MIN, fit_lines(
                badge.organisation, fonts.REGULAR, inner, ORGANISATION_LARGEST).size), 2) or \
            fit_lines(badge.organisation, fonts.REGULAR, inner, ORGANISATION_MIN)
    area_top, area_bottom = rule_y - 1 * mm, bottom + qr + 1 * mm
    org_block = 1.5 * mm + len(organisation.lines) * organisation.size * 1.25 if organisation.lines else 0.0
    while len(name.lines) * name.size * LEADING + org_block > area_top - area_bottom and name.size > 6:
        name = fit_lines(badge.name, fonts.BOLD, inner, name.size - 0.5, max_lines=3)  # only what cannot fit
    name_leading, org_leading, gap = name.size * LEADING, organisation.size * 1.25, 1.5 * mm
    block = len(name.lines) * name_leading + org_block
    cursor = (area_top + area_bottom) / 2 + block / 2
    centre = x + width / 2
    canvas.setFillColor("black")
    for line in name.lines:
        cursor -= name_leading
        fonts.draw_centred(canvas, centre, cursor + name_leading * 0.22, line, fonts.BOLD, name.size)
    cursor -= gap
    canvas.setFillColor(GREY)
    for line in organisation.lines:
        cursor -= org_leading
        fonts.draw_centred(canvas, centre, cursor + org_leading * 0.22, line, fonts.REGULAR, organisation.size)
    canvas.restoreState()
