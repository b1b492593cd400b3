"""Table-tent name cards for meeting rooms: two to an A4 sheet, cut across, each folded in half.

Each card is the sheet's top or bottom half (210 × 148.5 mm) folded along its middle into a
tent. Both faces carry the name, the upper one turned upside down, so it reads upright from
either side of the table. A dashed line marks the cut, faint dotted lines the folds.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from . import fonts
from .badges import fit_at, fit_lines
from .base import GREY, LIGHT, PageCallback, accent, draw_logo
from .data import BadgeData, BadgeEntry, MeetingHeader
from .labels import Labels, sort_key

PAGE_WIDTH, PAGE_HEIGHT = A4
CARD_HEIGHT = PAGE_HEIGHT / 2
FACE_HEIGHT = CARD_HEIGHT / 2
MARGIN = 14 * mm
NAME_LARGEST, NAME_MIN = 44.0, 24.0


def build_name_cards(data: BadgeData, language: str = "da", on_page: PageCallback | None = None) -> bytes:
    """Name cards, sorted by family name, two per sheet, as PDF bytes."""
    labels = Labels(language)
    fonts.register()
    buffer = io.BytesIO()
    # initialFontName is a font's name (the stubs say float)
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=fonts.REGULAR)  # type: ignore[arg-type]
    canvas.setTitle(f"{labels['name_cards']}: {data.meeting.title}")
    canvas.setCreator("Klimamøder")
    people = sorted(data.badges, key=lambda b: sort_key(b.sort_as or b.name, labels.language)) or [BadgeEntry("")]
    for page, first in enumerate(range(0, len(people), 2), start=1):
        _guides(canvas)
        for slot, person in enumerate(people[first:first + 2]):
            bottom = CARD_HEIGHT * (1 - slot)  # first card on the top half
            if person.name:
                _face(canvas, person, data.meeting, bottom, upside_down=False)
                _face(canvas, person, data.meeting, bottom + FACE_HEIGHT, upside_down=True)
        canvas.showPage()
        if on_page is not None:
            on_page(page)
    canvas.save()
    return buffer.getvalue()


def _guides(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.5)
    canvas.setDash(4, 3)
    canvas.line(0, CARD_HEIGHT, PAGE_WIDTH, CARD_HEIGHT)  # cut
    canvas.setStrokeColor(LIGHT)
    canvas.setDash(1, 2)
    for fold in (FACE_HEIGHT, CARD_HEIGHT + FACE_HEIGHT):
        canvas.line(0, fold, PAGE_WIDTH, fold)
    canvas.restoreState()


def _face(canvas: Canvas, person: BadgeEntry, meeting: MeetingHeader, bottom: float, upside_down: bool) -> None:
    """One face of a card: the name large, the organisation under it, the network's mark and colour."""
    canvas.saveState()
    if upside_down:
        canvas.translate(PAGE_WIDTH, bottom + FACE_HEIGHT)
        canvas.rotate(180)
    else:
        canvas.translate(0, bottom)
    inner = PAGE_WIDTH - 2 * MARGIN
    canvas.setFillColor(accent(meeting))
    canvas.rect(0, FACE_HEIGHT - 4 * mm, PAGE_WIDTH, 4 * mm, stroke=0, fill=1)  # a band along the fold
    draw_logo(canvas, meeting, PAGE_WIDTH - MARGIN, 8 * mm, 10 * mm, align_right=True)
    name = fit_at(person.name, fonts.BOLD, inner, NAME_LARGEST, 1) or fit_at(
        person.name, fonts.BOLD, inner, max(NAME_MIN, fit_lines(person.name, fonts.BOLD, inner, NAME_LARGEST).size),
        2) or fit_lines(person.name, fonts.BOLD, inner, NAME_MIN)
    organisation = (fit_lines(person.organisation, fonts.REGULAR, inner, 18, max_lines=1)
                    if person.organisation else None)
    leading = name.size * 1.15
    block = len(name.lines) * leading + (organisation.size * 1.6 if organisation else 0)
    y = (FACE_HEIGHT - 4 * mm) / 2 + block / 2
    canvas.setFillColor("black")
    for line in name.lines:
        y -= leading
        fonts.draw_centred(canvas, PAGE_WIDTH / 2, y + leading * 0.2, line, fonts.BOLD, name.size)
    if organisation is not None:
        canvas.setFillColor(GREY)
        y -= organisation.size * 1.6
        fonts.draw_centred(canvas, PAGE_WIDTH / 2, y + organisation.size * 0.4, organisation.lines[0], fonts.REGULAR,
                           organisation.size)
    canvas.restoreState()
