"""The embedded fonts, and text split into runs each font can draw.

The 14 standard PDF fonts are not embedded and lack `ł`, Greek and Cyrillic, so every
document uses DejaVu Sans. DejaVu has no Chinese, Japanese or Korean glyphs: those
characters are drawn in a fallback font, run by run, so `陈刚` never turns into boxes.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from ...paths import resources_dir

REGULAR = "KlimaSans"
BOLD = "KlimaSans-Bold"
ITALIC = "KlimaSans-Oblique"
CJK = "KlimaCJK"
HANGUL = "KlimaHangul"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    HANGUL: "NanumSquareR.ttf",
}
FALLBACKS = (CJK, HANGUL)

_lock = threading.Lock()
_glyphs: dict[str, frozenset[int]] = {}


def register() -> None:
    """Register the fonts and their families once; later calls are free."""
    if _glyphs:
        return
    with _lock:
        if _glyphs:
            return
        folder = resources_dir() / "fonts"
        loaded: dict[str, set[int]] = {}
        for name, file_name in _FILES.items():
            font = TTFont(name, str(folder / file_name))
            pdfmetrics.registerFont(font)
            loaded[name] = set(font.face.charToGlyph)
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
        for fallback in FALLBACKS:  # no bold or italic cut: `<b>` around a CJK run keeps the one face
            pdfmetrics.registerFontFamily(fallback, normal=fallback, bold=fallback, italic=fallback,
                                          boldItalic=fallback)
        _glyphs.update({name: frozenset(glyphs) for name, glyphs in loaded.items()})


def _font_for(char: str, main: str) -> str:
    code = ord(char)
    if code in _glyphs[main] or char.isspace():
        return main
    for fallback in FALLBACKS:
        if code in _glyphs[fallback]:
            return fallback
    return main  # nobody has it: the main font's .notdef box, at least visible


def runs(text: str, main: str = REGULAR) -> tuple[tuple[str, str], ...]:
    """`(font name, text)` pieces of `text`, each drawable in its font."""
    register()
    return _runs(text, main)


@lru_cache(maxsize=8192)  # a badge measures and draws the same name several times
def _runs(text: str, main: str) -> tuple[tuple[str, str], ...]:
    pieces: list[tuple[str, str]] = []
    current, start = "", 0
    for index, char in enumerate(text):
        font = _font_for(char, main)
        if font != current:
            if index > start:
                pieces.append((current, text[start:index]))
            current, start = font, index
    if start < len(text):
        pieces.append((current or main, text[start:]))
    return tuple(pieces)


def needs_fallback(text: str, main: str = REGULAR) -> bool:
    register()
    glyphs = _glyphs[main]
    return any(ord(c) not in glyphs and not c.isspace() for c in text)


def markup(text: str, main: str = REGULAR) -> str:
    """`text` as Paragraph markup: escaped, line breaks kept, foreign scripts in their font.

    Every value goes through here before it meets reportlab's mini-HTML, so a name like
    `Anne <b>&</b> Søren` prints as typed and `<img src=…>` is never followed.
    """
    parts = []
    for font, piece in runs(text, main):
        escaped = escape(piece).replace("\n", "<br/>")
        parts.append(escaped if font == main else f'<font face="{font}">{escaped}</font>')
    return "".join(parts)


def string_width(text: str, font: str, size: float) -> float:
    """Width of `text` drawn with fallbacks, as `draw_string` draws it."""
    return sum(pdfmetrics.stringWidth(piece, name, size) for name, piece in runs(text, font))


def draw_string(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """`Canvas.drawString` with per-run font fallback."""
    for name, piece in runs(text, font):
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, name, size)


def draw_centred(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    draw_string(canvas, x - string_width(text, font, size) / 2, y, text, font, size)


def fit_size(text: str, font: str, width: float, largest: float) -> float:
    """The largest size up to `largest` at which `text` fits in `width` on one line.

    Width grows linearly with size, so one measurement gives the exact answer: a long
    name shrinks, it never overflows.
    """
    unit = string_width(text, font, 1.0)
    return largest if unit <= 0 else min(largest, width / unit)
