"""Name badges: eight 90 × 62 mm badges to an A4 sheet (2 × 4), with cut marks.

Drawn straight on the canvas: every badge has the same fixed boxes, and the name is
fitted to its box by measuring it (one or two lines, whichever lets it be larger), so a
long name shrinks and never runs over the edge.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from . import fonts
from .base import FAINT, GREY, LIGHT, PageCallback
from .data import BadgeData, BadgeEntry
from .labels import Labels, sort_key

COLUMNS, ROWS = 2, 4
PER_SHEET = COLUMNS * ROWS
BADGE_WIDTH, BADGE_HEIGHT = 90 * mm, 62 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = (PAGE_WIDTH - COLUMNS * BADGE_WIDTH) / 2
BOTTOM = (PAGE_HEIGHT - ROWS * BADGE_HEIGHT) / 2
PADDING = 6 * mm
NAME_LARGEST = 24.0
ORGANISATION_LARGEST = 11.0
MARK, MARK_GAP = 6 * mm, 2 * mm


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float


def fit_lines(text: str, font: str, width: float, largest: float, max_lines: int = 2) -> Fitted:
    """`text` on one line or broken into two at the best space, at the largest size that fits `width`."""
    best = Fitted((text,), fonts.fit_size(text, font, width, largest))
    words = text.split(" ")
    if max_lines < 2 or len(words) < 2 or best.size >= largest:
        return best
    two = max(
        (Fitted(lines, min(fonts.fit_size(line, font, width, largest * 0.85) for line in lines))
         for lines in ((" ".join(words[:cut]), " ".join(words[cut:])) for cut in range(1, len(words)))),
        key=lambda fitted: fitted.size,
    )
    return two if two.size > best.size * 1.08 else best  # two lines only when clearly larger


def build_badges(data: BadgeData, language: str = "da", on_page: PageCallback | None = None) -> bytes:
    """The badge sheets as PDF bytes, badges sorted by name as the list is."""
    labels = Labels(language)
    fonts.register()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=fonts.REGULAR)
    canvas.setTitle(f"{labels['badges']}: {data.meeting.title}")
    canvas.setCreator("Klimamøder")
    canvas.setSubject(data.meeting.network)
    badges = sorted(data.badges, key=lambda badge: sort_key(badge.name, labels.language)) or [BadgeEntry("")]
    # (an empty sheet still shows the cut marks: a useful blank)
    for page, first in enumerate(range(0, len(badges), PER_SHEET), start=1):
        _cut_marks(canvas)
        for index, badge in enumerate(badges[first:first + PER_SHEET]):
            column, row = index % COLUMNS, index // COLUMNS
            x = LEFT + column * BADGE_WIDTH
            y = BOTTOM + (ROWS - 1 - row) * BADGE_HEIGHT
            _badge(canvas, x, y, badge, data, labels)
        canvas.showPage()
        if on_page is not None:
            on_page(page)
    canvas.save()
    return buffer.getvalue()


def _cut_marks(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.4)
    top, right = BOTTOM + ROWS * BADGE_HEIGHT, LEFT + COLUMNS * BADGE_WIDTH
    for column in range(COLUMNS + 1):
        x = LEFT + column * BADGE_WIDTH
        canvas.line(x, top + MARK_GAP, x, top + MARK_GAP + MARK)
        canvas.line(x, BOTTOM - MARK_GAP, x, BOTTOM - MARK_GAP - MARK)
    for row in range(ROWS + 1):
        y = BOTTOM + row * BADGE_HEIGHT
        canvas.line(LEFT - MARK_GAP, y, LEFT - MARK_GAP - MARK, y)
        canvas.line(right + MARK_GAP, y, right + MARK_GAP + MARK, y)
    canvas.setStrokeColor(LIGHT)  # faint guides where badges meet, for scissors rather than a guillotine
    canvas.setDash(1.5, 2.5)
    for column in range(COLUMNS + 1):
        x = LEFT + column * BADGE_WIDTH
        canvas.line(x, BOTTOM, x, top)
    for row in range(ROWS + 1):
        y = BOTTOM + row * BADGE_HEIGHT
        canvas.line(LEFT, y, right, y)
    canvas.restoreState()


def _badge(canvas: Canvas, x: float, y: float, badge: BadgeEntry, data: BadgeData, labels: Labels) -> None:
    if not badge.name:
        return
    inner = BADGE_WIDTH - 2 * PADDING
    centre = x + BADGE_WIDTH / 2
    top = y + BADGE_HEIGHT
    canvas.saveState()
    # Network name, top: who invites.
    network = data.meeting.network or data.meeting.network_short
    size = fonts.fit_size(network, fonts.BOLD, inner, 9)
    canvas.setFillColor(GREY)
    fonts.draw_string(canvas, x + PADDING, top - PADDING - 7, network, fonts.BOLD, size)
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.6)
    canvas.line(x + PADDING, top - PADDING - 11, x + BADGE_WIDTH - PADDING, top - PADDING - 11)
    # Role band, bottom.
    band = 10 * mm
    canvas.setFillColor(FAINT)
    canvas.rect(x + 0.6, y + 0.6, BADGE_WIDTH - 1.2, band, stroke=0, fill=1)
    canvas.setFillColor("black")
    role = labels.role(badge.role)
    fonts.draw_string(canvas, x + PADDING, y + band / 2 - 3, role, fonts.BOLD, fonts.fit_size(role, fonts.BOLD,
                                                                                               inner / 2, 9))
    meeting = labels.span(data.meeting.start, data.meeting.end).split(",")[0]
    meeting_size = fonts.fit_size(meeting, fonts.REGULAR, inner / 2 - 3 * mm, 7.5)
    if meeting_size >= 5.5:
        canvas.setFillColor(GREY)
        width = fonts.string_width(meeting, fonts.REGULAR, meeting_size)
        fonts.draw_string(canvas, x + BADGE_WIDTH - PADDING - width, y + band / 2 - 2.5, meeting, fonts.REGULAR,
                          meeting_size)
    # Name and organisation, centred in the space between.
    name = fit_lines(badge.name, fonts.BOLD, inner, NAME_LARGEST)
    organisation = fit_lines(badge.organisation, fonts.REGULAR, inner, ORGANISATION_LARGEST) if (
        badge.organisation) else Fitted((), 0)
    name_leading, org_leading, gap = name.size * 1.2, organisation.size * 1.3, 1.5 * mm
    block = len(name.lines) * name_leading + (gap + len(organisation.lines) * org_leading if organisation.lines else 0)
    area_top, area_bottom = top - PADDING - 11, y + band
    cursor = (area_top + area_bottom) / 2 + block / 2
    canvas.setFillColor("black")
    for line in name.lines:
        cursor -= name_leading
        fonts.draw_centred(canvas, centre, cursor + name_leading * 0.24, line, fonts.BOLD, name.size)
    cursor -= gap
    canvas.setFillColor(GREY)
    for line in organisation.lines:
        cursor -= org_leading
        fonts.draw_centred(canvas, centre, cursor + org_leading * 0.24, line, fonts.REGULAR, organisation.size)
    canvas.restoreState()
