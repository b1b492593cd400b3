"""What every printed document shares: A4 page, running header and footer, styles.

The footer says "Page 2 of 5", which needs the page count before the first page is
finished: the canvas keeps each page's state and draws the header and footer on all
pages when the document is saved (the classic two-step "numbered canvas").
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, TableStyle

from . import fonts
from .data import MeetingHeader
from .flowables import TextBlock
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


# A TableStyle command: (name, first cell, last cell, its values…)
TableCommand = tuple[str, tuple[int, int], tuple[int, int], *tuple[Any, ...]]


def table_style(commands: Sequence[TableCommand]) -> TableStyle:
    """A TableStyle whose cells all use our font: reportlab's default (Helvetica, never embedded)
    would otherwise be declared for every plain or empty cell."""
    return TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9), *commands])


def para(text: str, style: ParagraphStyle) -> Flowable:
    """User text as a flowable: an escaped Paragraph (never raw markup), or a `TextBlock` when the
    text has right-to-left or complex-script characters that only our own layout draws right."""
    if fonts.needs_layout(text):
        return TextBlock.of(text, style)
    main = style.fontName if style.fontName in fonts.MAIN_FONTS else fonts.REGULAR
    return Paragraph(fonts.markup(text, main), style)


def clip(text: str, font: str, size: float, width: float) -> str:
    """Cut `text` with an ellipsis so a running header never runs into its neighbour."""
    if fonts.string_width(text, font, size) <= width:
        return text
    while text and fonts.string_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def accent(header: MeetingHeader) -> colors.Color:
    """The network's colour, or the documents' grey when it has none (or an unreadable one)."""
    try:
        return colors.HexColor(header.colour) if header.colour else GREY
    except ValueError:
        return GREY


@lru_cache(maxsize=16)
def _logo(data: bytes) -> ImageReader | None:
    try:
        return ImageReader(io.BytesIO(data))
    except Exception:  # a damaged image prints no logo rather than no document
        return None


def draw_logo(canvas: Canvas, header: MeetingHeader, x: float, y: float, height: float,
              align_right: bool = False) -> float:
    """The network's logo `height` points high with its bottom-left (or bottom-right) at x, y; its width."""
    reader = _logo(header.logo) if header.logo else None
    if reader is None:
        return 0.0
    pixels_wide, pixels_high = reader.getSize()
    width = height * pixels_wide / max(pixels_high, 1)
    canvas.drawImage(reader, x - width if align_right else x, y, width, height, mask="auto")
    return width


def running_title(header: MeetingHeader) -> str:
    """The header's left text: the network's short name before the title, unless the title already says it."""
    short = header.network_short.strip()
    if not short or header.title.casefold().startswith(short.casefold()):
        return header.title
    return f"{short} · {header.title}"


def _canvas_class(header: MeetingHeader, document: str, labels: Labels, header_on_first: bool,
                  page_size: tuple[float, float], internal: bool) -> type[Canvas]:
    page_width, page_height = page_size
    content_width = page_width - 2 * MARGIN_X
    left = running_title(header)
    colour = accent(header)

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own page reset, not in the stubs

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            number: int = self._pageNumber  # type: ignore[attr-defined]  # reportlab's counter, not in the stubs
            self.saveState()
            self.setFillColor(GREY)
            self.setStrokeColor(LIGHT)
            self.setLineWidth(0.5)
            if number == 1:  # the title block names the meeting: the first page gets the mark, not the header
                draw_logo(self, header, page_width - MARGIN_X, page_height - MARGIN_TOP + 3 * mm, 12 * mm,
                          align_right=True)
            if number > 1 or header_on_first:
                y = page_height - MARGIN_TOP + 8 * mm
                right_width = fonts.string_width(document, fonts.REGULAR, 8)
                room = content_width - right_width - 8 * mm
                fonts.draw_string(self, MARGIN_X, y, clip(left, fonts.REGULAR, 8, room), fonts.REGULAR, 8)
                fonts.draw_string(self, page_width - MARGIN_X - right_width, y, document, fonts.REGULAR, 8)
                self.setStrokeColor(colour)
                self.line(MARGIN_X, y - 2.5 * mm, page_width - MARGIN_X, y - 2.5 * mm)
                self.setStrokeColor(LIGHT)
            y = MARGIN_BOTTOM - 10 * mm
            self.line(MARGIN_X, y + 4 * mm, page_width - MARGIN_X, y + 4 * mm)
            page_text = labels["page"].format(page=number, pages=total)
            fonts.draw_string(self, page_width - MARGIN_X - fonts.string_width(page_text, fonts.REGULAR, 8), y,
                              page_text, fonts.REGULAR, 8)
            fonts.draw_string(self, MARGIN_X, y, clip(labels.span(header.start, header.end), fonts.REGULAR, 8,
                                                      content_width / 3), fonts.REGULAR, 8)
            if internal:  # on every page: a page that strays from the pile still says what it is
                self.setFillColor(colors.Color(0.7, 0.0, 0.0))
                fonts.draw_centred(self, page_width / 2, y, labels["internal"], fonts.BOLD, 8.5)
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
    header_on_first: bool = False,
    on_page: PageCallback | None = None,
    page_size: tuple[float, float] = A4,
    internal: bool = False,
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
    doc.build(list(story), canvasmaker=_canvas_class(header, document, labels, header_on_first, page_size,
                                                     internal))
    return buffer.getvalue()
