"""The embedded fonts, and text laid out the way a reader of its script expects.

The 14 standard PDF fonts are not embedded and lack `ł`, Greek and Cyrillic, so every
document uses DejaVu Sans for Latin, Greek and Cyrillic. Other scripts are drawn in
their own Noto font, run by run: Arabic, Hebrew, Devanagari and Thai, and Chinese,
Japanese and Korean (Droid Sans Fallback and NanumSquare for regular text, Noto Sans CJK
Bold for bold), so `陈刚` never turns into boxes and prints bold on a badge.

Right-to-left and complex scripts need two things reportlab does not combine on its own:
- **Bidirectional order** (UAX #9, python-bidi): which runs of a line go right to left
  and in which order the runs stand on the line. Only the *levels* are taken from it; the
  characters are never reordered by it.
- **Shaping** (HarfBuzz, through uharfbuzz): each run, still in logical order, is shaped
  with its direction set from its level. HarfBuzz joins Arabic letters, forms Devanagari
  conjuncts, places Thai marks, and returns the glyphs of a right-to-left run already in
  visual order.
Reordering the characters visually *and* letting HarfBuzz reverse the run again turns
every word back to front (Hebrew "דוד לוי" became "דוד יול"); shaping visually ordered text
unjoins Arabic. Levels from one, glyph order from the other, is the combination that is
right for both.

A shaped run's glyphs are not its characters (an Arabic medial form, a Devanagari conjunct),
so each such run carries its logical text as the PDF's `/ActualText`: copying text out of
the PDF, searching it, and `pdftotext` give the name as typed.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any, NamedTuple
from xml.sax.saxutils import escape

import uharfbuzz
from bidi import algorithm as bidi
from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, TTFont
from reportlab.pdfgen.canvas import Canvas

from ...paths import resources_dir

REGULAR = "KlimaSans"
BOLD = "KlimaSans-Bold"
ITALIC = "KlimaSans-Oblique"
CJK = "KlimaCJK"
HANGUL = "KlimaHangul"
CJK_BOLD = "KlimaCJK-Bold"
ARABIC, ARABIC_BOLD = "KlimaArabic", "KlimaArabic-Bold"
HEBREW, HEBREW_BOLD = "KlimaHebrew", "KlimaHebrew-Bold"
DEVANAGARI, DEVANAGARI_BOLD = "KlimaDevanagari", "KlimaDevanagari-Bold"
THAI, THAI_BOLD = "KlimaThai", "KlimaThai-Bold"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    HANGUL: "NanumSquareR.ttf",
    CJK_BOLD: "NotoSansCJKsc-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    HEBREW: "NotoSansHebrew-Regular.ttf",
    HEBREW_BOLD: "NotoSansHebrew-Bold.ttf",
    DEVANAGARI: "NotoSansDevanagari-Regular.ttf",
    DEVANAGARI_BOLD: "NotoSansDevanagari-Bold.ttf",
    THAI: "NotoSansThai-Regular.ttf",
    THAI_BOLD: "NotoSansThai-Bold.ttf",
}
MAIN_FONTS = (REGULAR, BOLD, ITALIC)

# Scripts drawn in their own font even where DejaVu has a few glyphs: Noto shapes them properly.
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0590, 0x05FF, "hebrew"), (0xFB1D, 0xFB4F, "hebrew"),
    (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"), (0x08A0, 0x08FF, "arabic"),
    (0xFB50, 0xFDFF, "arabic"), (0xFE70, 0xFEFF, "arabic"),
    (0x0900, 0x097F, "devanagari"), (0xA8E0, 0xA8FF, "devanagari"),
    (0x0E00, 0x0E7F, "thai"),
)
_SCRIPT_FONTS = {
    "hebrew": (HEBREW, HEBREW_BOLD), "arabic": (ARABIC, ARABIC_BOLD),
    "devanagari": (DEVANAGARI, DEVANAGARI_BOLD), "thai": (THAI, THAI_BOLD),
}
SHAPED = frozenset(name for pair in _SCRIPT_FONTS.values() for name in pair)
# Chinese, Japanese and Korean, after the script fonts: regular and bold faces.
_EAST_ASIAN = {False: (CJK, HANGUL, CJK_BOLD), True: (CJK_BOLD, CJK, HANGUL)}
FALLBACKS = (CJK, HANGUL, CJK_BOLD)

_lock = threading.RLock()  # registration, and shaping (it adds glyphs to the shared font objects)
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
            font = TTFont(name, str(folder / file_name), shapable=name in SHAPED)
            pdfmetrics.registerFont(font)
            loaded[name] = set(font.face.charToGlyph)
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
        for regular, bold in (*_SCRIPT_FONTS.values(), (CJK, CJK_BOLD), (HANGUL, CJK_BOLD)):
            pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
        pdfmetrics.registerFontFamily(CJK_BOLD, normal=CJK_BOLD, bold=CJK_BOLD, italic=CJK_BOLD,
                                      boldItalic=CJK_BOLD)
        _glyphs.update({name: frozenset(glyphs) for name, glyphs in loaded.items()})


def _script(code: int) -> str:
    for low, high, script in _SCRIPT_RANGES:
        if low <= code <= high:
            return script
    return ""


def _inherits(char: str) -> bool:
    """Marks, joiners and spaces belong to the run before them (a mark on its letter, `عبد الله` one run)."""
    return char.isspace() or unicodedata.category(char) in ("Mn", "Me", "Cf")


def _font_for(char: str, main: str) -> str | None:
    """The font that draws `char` in a text whose main font is `main`; None if none can."""
    code = ord(char)
    bold = main == BOLD
    script = _script(code)
    if script:
        font = _SCRIPT_FONTS[script][bold]
        return font if code in _glyphs[font] else None
    if code in _glyphs[main]:
        return main
    for fallback in _EAST_ASIAN[bold]:
        if code in _glyphs[fallback]:
            return fallback
    return None


def _fonts_of(text: str, main: str) -> list[str]:
    """One font per character, marks and spaces following the character before them."""
    result: list[str] = []
    for char in text:
        if result and _inherits(char) and (ord(char) in _glyphs[result[-1]] or char in "\u200c\u200d"):
            result.append(result[-1])
        else:
            result.append(_font_for(char, main) or main)
    return result


def runs(text: str, main: str = REGULAR) -> tuple[tuple[str, str], ...]:
    """`(font name, text)` pieces of `text` in logical order, each drawable in its font."""
    register()
    return _runs(text, main)


@lru_cache(maxsize=8192)
def _runs(text: str, main: str) -> tuple[tuple[str, str], ...]:
    pieces: list[tuple[str, str]] = []
    start = 0
    fonts = _fonts_of(text, main)
    for index in range(1, len(text) + 1):
        if index == len(text) or fonts[index] != fonts[start]:
            pieces.append((fonts[start], text[start:index]))
            start = index
    return tuple(pieces)


def missing(text: str, main: str = REGULAR) -> str:
    """The characters of `text` no bundled font can draw (each once, in order): reported before printing."""
    register()
    seen: list[str] = []
    for char in text:
        if char.isspace() or unicodedata.category(char) in ("Cc", "Cf") or char in seen:
            continue
        if _font_for(char, main) is None and unicodedata.category(char) not in ("Mn", "Me"):
            seen.append(char)
    return "".join(seen)


def needs_fallback(text: str, main: str = REGULAR) -> bool:
    """True if some character is drawn in another font than `main` (or not at all).

    Asked for every cell of a 10,000-row list: plain ASCII (which DejaVu has whole) answers at once.
    """
    if text.isascii():
        return False
    register()
    return _uncovered(main).search(text) is not None


@cache
def _uncovered(main: str) -> re.Pattern[str]:
    """A character `needs_fallback` looks for: one of the complex scripts, or one `main` has no glyph for
    (white space aside). One regular expression: a name is checked at the speed of `re`, not per character."""
    covered = {code for code in _glyphs[main] if not _COMPLEX.match(chr(code))}
    covered |= {ord(char) for char in _WHITE_SPACE}
    spans: list[list[int]] = []
    for code in sorted(covered):
        if spans and code == spans[-1][1] + 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return re.compile("[^" + "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in spans) + "]")


_WHITE_SPACE = "".join(chr(code) for code in range(0x3000 + 1) if chr(code).isspace())


# Right-to-left scripts (Hebrew … NKo, Samaritan, Mandaic, Arabic presentation forms, the historic RTL blocks),
# the explicit right-to-left marks, and the complex scripts drawn in their own font.
_RTL_OR_COMPLEX = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u202b\u202e\u2067"
    "\U00010800-\U00010fff\U0001e800-\U0001efff"
    + "".join(f"{chr(low)}-{chr(high)}" for low, high, _script_name in _SCRIPT_RANGES) + "]")
_COMPLEX = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high, _name in _SCRIPT_RANGES) + "]")


def needs_layout(text: str) -> bool:
    """True if `text` has right-to-left or complex-script characters: it is drawn by `line_runs`,
    never by reportlab's own string drawing or Paragraph, which would get it wrong."""
    return not text.isascii() and _RTL_OR_COMPLEX.search(text) is not None


def markup(text: str, main: str = REGULAR) -> str:
    """`text` as Paragraph markup: escaped, line breaks kept, foreign scripts in their font.

    Every value goes through here before it meets reportlab's mini-HTML, so a name like
    `Anne <b>&</b> Søren` prints as typed and `<img src=…>` is never followed. (Text that
    `needs_layout` is drawn by `TextBlock`, not by a Paragraph.)
    """
    parts = []
    for font, piece in runs(text, main):
        escaped = escape(piece).replace("\n", "<br/>")
        parts.append(escaped if font == main else f'<font face="{font}">{escaped}</font>')
    return "".join(parts)


# --- lines: bidi levels, font runs, shaping ------------------------------------------------


class Run(NamedTuple):
    """A piece of one line in one font, in visual (drawing) order.

    `glyphs` is what is drawn: a plain string, or HarfBuzz's glyphs as reportlab's
    `ShapedStr`. `text` is the logical text it stands for. `advance` is its width at 1 pt.
    (A named tuple: a 10,000-person list makes one per cell, and a tuple is made in a tenth of the time.)
    """

    font: str
    glyphs: str
    text: str
    advance: float
    rtl: bool = False

    @property
    def literal(self) -> bool:
        """Drawn character for character in reading order: no /ActualText needed."""
        return self.glyphs == self.text and not isinstance(self.glyphs, ShapedStr) and not self.rtl

    def width(self, size: float) -> float:
        return self.advance * size


def _levels(text: str) -> list[int]:
    """Each character's embedding level by UAX #9 (rules P2–I2), base direction from the text itself."""
    storage = bidi.get_empty_storage()
    base = bidi.get_base_level(text)
    storage["base_level"], storage["base_dir"] = base, ("L", "R")[base]
    bidi.get_embedding_levels(text, storage)
    bidi.explicit_embed_and_overrides(storage)
    bidi.resolve_weak_types(storage)
    bidi.resolve_neutral_types(storage, False)
    bidi.resolve_implicit_levels(storage, False)
    levels = [char["level"] for char in storage["chars"]]
    # L1: white space at the end of the line goes back to the paragraph level.
    for index in range(len(text) - 1, -1, -1):
        if not text[index].isspace():
            break
        levels[index] = base
    return levels


def _shape(text: str, font_name: str, rtl: bool) -> ShapedStr:
    """HarfBuzz's glyphs for one run, in visual order, as a reportlab ShapedStr (1/1000 em units)."""
    with _lock:
        # Any: the HarfBuzz side of reportlab's TTFont (hbAddPrivate, face.glyphToChar) is set up at run time
        # by hbFont() and its methods are untyped in the stubs
        font: Any = pdfmetrics.getFont(font_name)
        hb_font = font.hbFont(1000)
        buffer = uharfbuzz.Buffer()
        buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
        buffer.add_str(text)
        buffer.guess_segment_properties()
        buffer.direction = "rtl" if rtl else "ltr"
        uharfbuzz.shape(hb_font, buffer, {"kern": True, "liga": True})
        chars, data = [], []
        for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
            glyph = info.codepoint
            try:
                code = font.face.glyphToChar[glyph][0]
            except (KeyError, IndexError):  # a ligature or contextual form: a private code point for it
                code = font.hbAddPrivate(hb_font.glyph_to_string(glyph), glyph, position.x_advance)
            chars.append(chr(code))
            data.append(ShapeData(info.cluster, font.pdfScale(position.x_advance), font.pdfScale(position.y_advance),
                                  font.pdfScale(position.x_offset), font.pdfScale(position.y_offset),
                                  font.face.charWidths[code]))
        # a list of ShapeData, as reportlab's own shapeFragWord passes (the stubs say a single one)
        return ShapedStr("".join(chars), shapeData=data)  # type: ignore[arg-type]


def _mirror(text: str) -> str:
    return "".join(MIRRORED.get(char, char) for char in reversed(text))


@lru_cache(maxsize=8192)
def _line(text: str, main: str) -> tuple[Run, ...]:
    """One line of `text` as runs in drawing order (see the module's docstring)."""
    if not needs_layout(text):
        return tuple(Run(font, piece, piece, pdfmetrics.stringWidth(piece, font, 1.0))
                     for font, piece in _runs(text, main))
    levels = _levels(text)
    fonts = _fonts_of(text, main)
    pieces: list[tuple[int, Run]] = []
    start = 0
    for index in range(1, len(text) + 1):
        if index < len(text) and (levels[index], fonts[index]) == (levels[start], fonts[start]):
            continue
        piece, font, level = text[start:index], fonts[start], levels[start]
        rtl = level % 2 == 1
        if font in SHAPED:
            glyphs: str = _shape(piece, font, rtl)
            advance = sum(d.x_advance for d in glyphs.__shapeData__) / 1000  # type: ignore[attr-defined]
        else:
            glyphs = _mirror(piece) if rtl else piece
            advance = pdfmetrics.stringWidth(glyphs, font, 1.0)
        pieces.append((level, Run(font, glyphs, piece, advance, rtl)))
        start = index
    return tuple(run for _level, run in _reorder(pieces))


def _reorder(pieces: list[tuple[int, Run]]) -> list[tuple[int, Run]]:
    """UAX #9 rule L2: from the highest level down to the lowest odd one, reverse every sequence at or above it."""
    if not pieces:
        return pieces
    highest = max(level for level, _run in pieces)
    lowest_odd = min((level for level, _run in pieces if level % 2), default=highest + 1)
    order = list(pieces)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if order[index][0] >= level:
                end = index
                while end < len(order) and order[end][0] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return order


def base_rtl(text: str) -> bool:
    """True if `text` reads right to left as a whole (its first strong character is right-to-left)."""
    return bool(bidi.get_base_level(text))


def line_runs(text: str, main: str = REGULAR) -> tuple[Run, ...]:
    """`text` (one line) as the runs to draw, left to right."""
    register()
    return _line(text, main)


def string_width(text: str, font: str, size: float) -> float:
    """Width of `text` as `draw_string` draws it (shaped, with fallbacks)."""
    return sum(run.advance for run in line_runs(text, font)) * size


def _actual_text(run: Run) -> str:
    """The run's text as a PDF string. A right-to-left run's is given as its glyphs stand (visual order):
    readers put it into reading order as they do any right-to-left text (tried: poppler's `pdftotext`
    returns logical order this way, and the reverse of it when given logical order)."""
    text = run.text[::-1] if run.rtl else run.text
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def draw_runs(canvas: Canvas, x: float, y: float, runs_: Sequence[Run], size: float) -> float:
    """Draw laid-out runs from `x`; the x where they end. Shaped or mirrored runs carry their text as /ActualText."""
    for run in runs_:
        if not run.literal:
            # the marked-content operators go straight into the page's stream: reportlab has no call for them
            canvas._code.append(f"/Span <</ActualText {_actual_text(run)}>> BDC")  # type: ignore[attr-defined]
        canvas.setFont(run.font, size)
        canvas.drawString(x, y, run.glyphs)
        if not run.literal:
            canvas._code.append("EMC")  # type: ignore[attr-defined]
        x += run.width(size)
    return x


def draw_string(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """`Canvas.drawString` for any script: font fallback, bidi order, shaping."""
    draw_runs(canvas, x, y, line_runs(text, font), size)


def draw_centred(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    draw_string(canvas, x - string_width(text, font, size) / 2, y, text, font, size)


def draw_right(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    draw_string(canvas, x - string_width(text, font, size), y, text, font, size)


def fit_size(text: str, font: str, width: float, largest: float) -> float:
    """The largest size up to `largest` at which `text` fits in `width` on one line.

    Width grows linearly with size, so one measurement gives the exact answer: a long
    name shrinks, it never overflows.
    """
    unit = string_width(text, font, 1.0)
    return largest if unit <= 0 else min(largest, width / unit)
