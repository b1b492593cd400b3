"""What every printed document shares: A4 page, running header and footer, styles.

The footer says "Page 2 of 5", which needs the page count before the first page is
finished: the canvas keeps each page's state and draws the header and footer on all
pages when the document is saved (the classic two-step "numbered canvas").
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, TableStyle

from . import fonts
from .data import MeetingHeader
from .labels import Labels

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
GREY = colors.Color(0.35, 0.35, 0.35)
LIGHT = colors.Color(0.88, 0.88, 0.88)
FAINT = colors.Color(0.95, 0.95, 0.95)

PageCallback = Callable[[int], None]


def styles() -> dict[str, ParagraphStyle]:
    """The type scale of every document: DejaVu Sans, black on white, greys for the quiet parts."""
    fonts.register()
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9.5, leading=13, alignment=TA_LEFT)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11.5),
        "muted": ParagraphStyle("muted", parent=body, fontSize=8.5, leading=11.5, textColor=GREY),
        "italic": ParagraphStyle("italic", parent=body, fontName=fonts.ITALIC),
        "kicker": ParagraphStyle("kicker", parent=body, fontName=fonts.BOLD, fontSize=10, leading=13,
                                 textColor=GREY, spaceAfter=3),
        "title": ParagraphStyle("title", parent=body, fontName=fonts.BOLD, fontSize=22, leading=27,
                                spaceAfter=5),
        "theme": ParagraphStyle("theme", parent=body, fontName=fonts.ITALIC, fontSize=12, leading=16,
                                spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=body, fontName=fonts.BOLD, fontSize=13, leading=17, spaceBefore=12,
                             spaceAfter=6),
        "h3": ParagraphStyle("h3", parent=body, fontName=fonts.BOLD, fontSize=10.5, leading=14, spaceBefore=6,
                             spaceAfter=3),
        "label": ParagraphStyle("label", parent=body, fontName=fonts.BOLD, fontSize=9, leading=13),
        "item_title": ParagraphStyle("item_title", parent=body, fontName=fonts.BOLD, fontSize=10, leading=13.5),
        "time": ParagraphStyle("time", parent=body, fontName=fonts.BOLD, fontSize=9.5, leading=13.5),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11),
        "cell_head": ParagraphStyle("cell_head", parent=body, fontName=fonts.BOLD, fontSize=8.5, leading=11),
    }


def table_style(commands: Sequence[tuple[object, ...]]) -> TableStyle:
    """A TableStyle whose cells all use our font: reportlab's default (Helvetica, never embedded)
    would otherwise be declared for every plain or empty cell."""
    return TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9), *commands])


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of user text, escaped and with font fallback (never raw markup)."""
    main = style.fontName if style.fontName in (fonts.REGULAR, fonts.BOLD, fonts.ITALIC) else fonts.REGULAR
    return Paragraph(fonts.markup(text, main), style)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Cut `text` with an ellipsis so a running header never runs into its neighbour."""
    if fonts.string_width(text, font, size) <= width:
        return text
    while text and fonts.string_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _canvas_class(header: MeetingHeader, document: str, labels: Labels, header_on_first: bool,
                  page_size: tuple[float, float]) -> type[Canvas]:
    page_width, page_height = page_size
    content_width = page_width - 2 * MARGIN_X
    left = f"{header.network_short} · {header.title}" if header.network_short else header.title

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            number = self._pageNumber
            self.saveState()
            self.setFillColor(GREY)
            self.setStrokeColor(LIGHT)
            self.setLineWidth(0.5)
            if number > 1 or header_on_first:
                y = page_height - MARGIN_TOP + 8 * mm
                right_width = fonts.string_width(document, fonts.REGULAR, 8)
                room = content_width - right_width - 8 * mm
                fonts.draw_string(self, MARGIN_X, y, _fit(left, fonts.REGULAR, 8, room), fonts.REGULAR, 8)
                fonts.draw_string(self, page_width - MARGIN_X - right_width, y, document, fonts.REGULAR, 8)
                self.line(MARGIN_X, y - 2.5 * mm, page_width - MARGIN_X, y - 2.5 * mm)
            y = MARGIN_BOTTOM - 10 * mm
            self.line(MARGIN_X, y + 4 * mm, page_width - MARGIN_X, y + 4 * mm)
            page_text = labels["page"].format(page=number, pages=total)
            fonts.draw_string(self, page_width - MARGIN_X - fonts.string_width(page_text, fonts.REGULAR, 8), y,
                              page_text, fonts.REGULAR, 8)
            fonts.draw_string(self, MARGIN_X, y, _fit(labels.span(header.start, header.end), fonts.REGULAR, 8,
                                                      content_width / 2), fonts.REGULAR, 8)
            self.restoreState()

    return NumberedCanvas


class _Document(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, on_page: PageCallback | None, **kwargs: Any) -> None:
        super().__init__(buffer, **kwargs)
        self._on_page = on_page

    def afterPage(self) -> None:
        if self._on_page is not None:
            self._on_page(self.page)


def render(
    story: Sequence[Flowable],
    header: MeetingHeader,
    document: str,
    labels: Labels,
    *,
    header_on_first: bool = True,
    on_page: PageCallback | None = None,
    page_size: tuple[float, float] = A4,
) -> bytes:
    """Lay `story` out on A4 pages with the running header and footer; the PDF as bytes."""
    fonts.register()
    buffer = io.BytesIO()
    doc = _Document(
        buffer, on_page, pagesize=page_size, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=f"{document}: {header.title}", author=header.organiser_name or "",
        creator="Klimamøder", subject=header.network, lang=labels.language,
        initialFontName=fonts.REGULAR, initialFontSize=9.5,  # else Helvetica, unembedded, is declared
    )
    width, height = page_size
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, width - 2 * MARGIN_X, height - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(list(story), canvasmaker=_canvas_class(header, document, labels, header_on_first,
                                                                page_size))
    return buffer.getvalue()
