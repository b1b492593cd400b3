"""Small flowables the documents share: any-script text, links, bookmarks.

`TextBlock` draws user text through `fonts.line_runs` (bidi levels, HarfBuzz shaping, font
fallback): reportlab's Paragraph can neither order right-to-left runs without `rlbidi` nor
say what a shaped Arabic or Devanagari glyph stands for, so text that `fonts.needs_layout`
comes here. It wraps at spaces (a word longer than the line breaks between characters),
splits across pages line by line, and keeps the style's size, leading, colour and spacing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from . import fonts

Segment = tuple[str, str, Any]  # text, main font, colour (None: the style's)


def _segment_width(text: str, font: str, size: float) -> float:
    return fonts.string_width(text, font, size)


def wrap_segments(segments: list[Segment], width: float, size: float) -> list[list[Segment]]:
    """Break styled text into lines no wider than `width` at spaces (greedy), keeping each segment's style."""
    words: list[list[Segment]] = [[]]  # each word: pieces of segments; "\n" forces a new line
    breaks: list[bool] = []
    for text, font, colour in segments:
        for index, part in enumerate(text.split("\n")):
            if index:
                words.append([])
                breaks.append(True)
            for number, word in enumerate(part.split(" ")):
                if number:
                    words.append([])
                    breaks.append(False)
                if word:
                    words[-1].append((word, font, colour))
    lines: list[list[Segment]] = [[]]
    used = 0.0
    space = fonts.string_width(" ", fonts.REGULAR, size)
    for index, word_segments in enumerate(words):
        forced = index > 0 and breaks[index - 1]
        word_width = sum(_segment_width(t, f, size) for t, f, _c in word_segments)
        if forced or (lines[-1] and used + space + word_width > width):
            lines.append([])
            used = 0.0
        if word_width > width and word_segments:  # one word wider than the line: break it between characters
            for piece in _hard_break(word_segments, width, size):
                if lines[-1]:
                    lines.append([])
                lines[-1].extend(piece)
                used = sum(_segment_width(t, f, size) for t, f, _c in piece)
            continue
        if lines[-1]:
            lines[-1].append((" ", lines[-1][-1][1], None))
            used += space
        lines[-1].extend(word_segments)
        used += word_width
    return [_merge(line) for line in lines]


def _hard_break(word: list[Segment], width: float, size: float) -> list[list[Segment]]:
    pieces: list[list[Segment]] = [[]]
    used = 0.0
    for text, font, colour in word:
        start = 0
        for end in range(1, len(text) + 1):
            chunk = text[start:end]
            if used + _segment_width(chunk, font, size) > width and end - start > 1:
                pieces[-1].append((text[start:end - 1], font, colour))
                pieces.append([])
                used, start = 0.0, end - 1
        if start < len(text):
            pieces[-1].append((text[start:], font, colour))
            used += _segment_width(text[start:], font, size)
    return pieces


def _merge(line: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for text, font, colour in line:
        if merged and merged[-1][1:] == (font, colour):
            merged[-1] = (merged[-1][0] + text, font, colour)
        else:
            merged.append((text, font, colour))
    return merged


class TextBlock(Flowable):
    """Styled text in any script, wrapped to the frame; splits between lines."""

    def __init__(self, segments: list[Segment], style: ParagraphStyle,
                 lines: list[list[Segment]] | None = None) -> None:
        super().__init__()
        self.segments, self.style = segments, style
        self._lines = lines
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter
        self._width = 0.0

    @classmethod
    def of(cls, text: str, style: ParagraphStyle) -> TextBlock:
        return cls([(text, style.fontName, None)], style)

    def _layout(self, width: float) -> list[list[Segment]]:
        if self._lines is None or width != self._width:
            self._lines = wrap_segments(self.segments, width, self.style.fontSize)
            self._width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        lines = self._layout(availWidth)
        self.height = len(lines) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._layout(availWidth)
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        first = TextBlock(self.segments, self.style, lines[:fit])
        rest = TextBlock(self.segments, self.style, lines[fit:])
        first._width = rest._width = availWidth
        first.spaceAfter, rest.spaceBefore = 0, 0
        return [first, rest]

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        y = self.height - style.fontSize
        for line in self._lines or []:
            runs = [(fonts.line_runs(text, font), colour) for text, font, colour in line]
            width = sum(run.width(style.fontSize) for line_runs, _c in runs for run in line_runs)
            x = 0.0
            if style.alignment == TA_CENTER:
                x = (self.width - width) / 2
            elif style.alignment == TA_RIGHT:
                x = self.width - width
            for line_runs, colour in _visual(runs):
                canvas.setFillColor(colour if colour is not None else style.textColor)
                x = fonts.draw_runs(canvas, x, y, line_runs, style.fontSize)
            y -= style.leading


def _visual(runs: list[tuple[tuple[fonts.Run, ...], Any]]) -> list[tuple[tuple[fonts.Run, ...], Any]]:
    """Segments of one line in drawing order: a line whose text is right-to-left runs its segments
    from the right (a Hebrew name followed by its organisation reads right to left as a whole)."""
    text = "".join(run.text for line_runs, _c in runs for run in line_runs)
    if fonts.needs_layout(text) and fonts.base_rtl(text):
        return list(reversed(runs))
    return runs


class LinkText(Flowable):
    """A clickable e-mail address or web link on one line, in a table cell or a frame.

    It shrinks (to 80 %) before it breaks, and breaks only after `@` or a `/`, never inside a
    name: an address someone copies by hand must stay readable.
    """

    def __init__(self, text: str, url: str, font: str, size: float, colour: Any = None) -> None:
        super().__init__()
        self.text, self.url, self.font, self.size, self.colour = text, url, font, size, colour
        self.lines: list[str] = [text]
        self.used_size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        width = fonts.string_width(self.text, self.font, self.size)
        self.lines, self.used_size = [self.text], self.size
        if width > availWidth:
            if width * 0.8 <= availWidth:
                self.used_size = self.size * availWidth / width
            else:
                cut = max(self.text.find("@"), self.text.rfind("/", 0, len(self.text) - 1))
                self.lines = [self.text[:cut + 1], self.text[cut + 1:]] if cut > 0 else [self.text]
                widest = max(fonts.string_width(line, self.font, self.size) for line in self.lines)
                self.used_size = min(self.size, self.size * availWidth / widest) if widest else self.size
        self.width = min(availWidth, max(fonts.string_width(line, self.font, self.used_size) for line in self.lines))
        self.height = len(self.lines) * self.used_size * 1.25
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        if self.colour is not None:
            canvas.setFillColor(self.colour)
        y = self.height - self.used_size
        for line in self.lines:
            fonts.draw_string(canvas, 0, y, line, self.font, self.used_size)
            y -= self.used_size * 1.25
        canvas.linkURL(self.url, (0, 0, self.width, self.height), relative=1, thickness=0)


class Outline(Flowable):
    """A PDF bookmark at this point of the story (a day of the programme, a day's sign-in sheet)."""

    def __init__(self, title: str, key: str, level: int = 0) -> None:
        super().__init__()
        self.title, self.key, self.level = title, key, level
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=False)


class Continued(Flowable):
    """A flowable (an agenda item's row) that, split across pages, starts the next page with a line
    saying what goes on there ("09.00–12.00 Workshop (fortsat)") instead of bare text."""

    def __init__(self, inner: Flowable, heading: Callable[[], Flowable], indent: float = 0.0) -> None:
        super().__init__()
        self.inner, self.heading, self.indent = inner, heading, indent
        self.hAlign = getattr(inner, "hAlign", "LEFT")

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = self.inner.split(availWidth, availHeight)
        if len(parts) < 2:
            return parts
        return [parts[0], self.heading(), *(Continued(part, self.heading, self.indent) for part in parts[1:])]

    def getSpaceBefore(self) -> float:
        return float(self.inner.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.inner.getSpaceAfter())

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, 0)
