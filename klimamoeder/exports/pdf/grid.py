"""A table drawn straight onto the page: the participant list's fast path.

reportlab's `Table` with a `Paragraph` per wrapped cell costs a dozen objects and a text object per
cell; a 10,000-person list spent most of its time there. Here a cell is its lines, laid out once
(wrapped at spaces, a word wider than the column broken between characters, foreign scripts in
their own font), and a page of the table is one `Grid` flowable that draws its backgrounds and
rules, then every plain line of every cell in ONE text object. Only a cell with right-to-left or
complex-script text (Arabic, Hebrew, Devanagari, Thai) goes through shaping (`fonts.draw_runs`,
with its /ActualText); Latin, Greek, Cyrillic and CJK are drawn directly in their embedded font.

What it draws is what the list's `LongTable` drew: a grey header row with a rule below, light rules
between rows, stripes (plain lists), full-width organisation rows with a rule above (grouped
lists), a rule before the signature column and text centred in tall rows (sign-in sheets).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable

from . import fonts
from .flowables import LinkText, Segment, _visual, wrap_segments

PADDING = 4.0  # left and right, inside every cell
TOP, BOTTOM = 3.0, 3.0  # vertical padding of a row (a group's row has GROUP_TOP above its name)
GROUP_TOP = 5.0

Line = tuple[fonts.Run, ...]


class Cell:
    """A cell's text, laid out: lines of runs in drawing order, at `size` points, `leading` apart.

    `link`: a mailto: or web link over the cell's text; `literal`: every run drawable as it stands (no
    shaping, no right-to-left). A plain class: a 10,000-person list makes 30,000 of them.
    """

    __slots__ = ("leading", "lines", "link", "literal", "size")

    def __init__(self, lines: tuple[Line, ...], size: float, leading: float, link: str = "",
                 literal: bool = True) -> None:
        self.lines, self.size, self.leading, self.link, self.literal = lines, size, leading, link, literal

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading

    def split(self, height: float) -> tuple[Cell, Cell]:
        """The lines that fit in `height`, and the rest (a row taller than a page goes on overleaf)."""
        fit = max(1, int(height // self.leading))
        return (Cell(self.lines[:fit], self.size, self.leading, self.link, self.literal),
                Cell(self.lines[fit:], self.size, self.leading, self.link, self.literal))


def _literal(lines: Sequence[Line]) -> bool:
    return all(run.literal for line in lines for run in line)


class Layout:
    """Cells of one table: text wrapped to a column, each distinct (text, width, font) laid out once."""

    def __init__(self, size: float, leading: float) -> None:
        fonts.register()
        self.size, self.leading = size, leading
        self._cache: dict[tuple[str, float, str], Cell] = {}
        self._widths: dict[str, Callable[[str, float], float]] = {}

    def _width(self, font: str) -> Callable[[str, float], float]:
        """The font's own `stringWidth(text, size)` (reportlab's C accelerated one), looked up once."""
        width = self._widths.get(font)
        if width is None:
            width = self._widths[font] = getFont(font).stringWidth
        return width

    def text(self, text: str, width: float, font: str = fonts.REGULAR) -> Cell | None:
        """`text` in a column `width` wide (padding included); None when there is nothing to draw."""
        if not text:
            return None
        inner = width - 2 * PADDING
        size = self.size
        if "\n" not in text and (text.isascii() or not fonts.needs_fallback(text, font)):
            advance = self._width(font)(text, 1.0)
            if advance * size <= inner:  # the common case: one line in the main font
                return Cell(((fonts.Run(font, text, text, advance),),), size, self.leading)
        key = (text, inner, font)
        cell = self._cache.get(key)
        if cell is None:
            cell = self._cache[key] = self.segments([(text, font, None)], width)
        return cell

    def segments(self, segments: list[Segment], width: float) -> Cell:
        """Styled pieces of text (a group's bold name and its count) wrapped together."""
        lines: list[Line] = []
        for line in wrap_segments(segments, width - 2 * PADDING, self.size):
            runs = [(fonts.line_runs(text, font), colour) for text, font, colour in line if text]
            lines.append(tuple(run for line_runs, _colour in _visual(runs) for run in line_runs))
        return Cell(tuple(lines), self.size, self.leading, literal=_literal(lines))

    def link(self, text: str, url: str, width: float) -> Cell | None:
        """A clickable address: shrunk (to 80 %) before it breaks, and broken only after `@` or `/` (`LinkText`)."""
        if not text:
            return None
        link = LinkText(text, url, fonts.REGULAR, self.size)
        link.wrap(width - 2 * PADDING, 1e6)
        lines = tuple(fonts.line_runs(line, fonts.REGULAR) for line in link.lines)
        return Cell(lines, link.used_size, link.used_size * 1.25, url, _literal(lines))


def row_height(cells: Sequence[Cell | None], minimum: float, text_height: float) -> float:
    """A row's height: its tallest cell (at least one line) and the padding, or `minimum`."""
    tallest = text_height
    for cell in cells:
        if cell is not None and cell.height > tallest:
            tallest = cell.height
    return max(minimum, tallest + TOP + BOTTOM)


def split_row(cells: Sequence[Cell | None], height: float) -> tuple[list[Cell | None], list[Cell | None]]:
    """A row cut so that its first part is at most `height` high (its cells' lines, never a line in two)."""
    room = height - TOP - BOTTOM
    first: list[Cell | None] = []
    rest: list[Cell | None] = []
    for cell in cells:
        if cell is None or cell.height <= room:
            first.append(cell)
            rest.append(None)
        else:
            head, tail = cell.split(room)
            first.append(head)
            rest.append(tail)
    return first, rest


@dataclass(frozen=True)
class GridStyle:
    fill: Any  # the header row's background, and its rule's colour below
    header_rule: Any
    rule: Any  # the rules between rows
    stripe: Any = None  # every second row's background (None: no stripes)
    group_fill: Any = None  # an organisation's row: its background, and a rule above it
    group_rule: Any = None
    sign_in: bool = False  # text centred in the row, a rule before the last (signature) column


class Grid(Flowable):
    """One page of the table: the header row, then `rows` (a group row is one cell across the table)."""

    def __init__(self, widths: Sequence[float], header: Sequence[Cell | None], header_height: float,
                 rows: Sequence[Sequence[Cell | None]], heights: Sequence[float], groups: Sequence[bool],
                 style: GridStyle) -> None:
        super().__init__()
        self.widths, self.header, self.header_height = list(widths), list(header), header_height
        self.rows, self.heights, self.groups, self.style = rows, heights, groups, style
        self.width = sum(self.widths)
        self.height = header_height + sum(heights)
        self.hAlign = "LEFT"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        width = self.width
        columns = [0.0]
        for column_width in self.widths:
            columns.append(columns[-1] + column_width)
        # row tops, from the top of the flowable down
        tops = [self.height]
        for height in (self.header_height, *self.heights):
            tops.append(tops[-1] - height)
        canvas.saveState()
        # backgrounds
        canvas.setFillColor(style.fill)
        canvas.rect(0, tops[1], width, self.header_height, stroke=0, fill=1)
        if style.stripe is not None:
            canvas.setFillColor(style.stripe)
            for index in range(1, len(self.heights), 2):
                canvas.rect(0, tops[index + 2], width, self.heights[index], stroke=0, fill=1)
        if style.group_fill is not None and any(self.groups):
            canvas.setFillColor(style.group_fill)
            for index, group in enumerate(self.groups):
                if group:
                    canvas.rect(0, tops[index + 2], width, self.heights[index], stroke=0, fill=1)
        # text: plain lines in one text object, shaped cells after it
        canvas.setFillColor(colors.black)
        text = canvas.beginText()
        code: list[str] = text._code  # type: ignore[attr-defined]  # the text object's operators
        format_text = text._formatText  # type: ignore[attr-defined]  # reportlab's subset encoding
        font, font_size = "", 0.0
        shaped: list[tuple[float, float, Cell]] = []
        links: list[tuple[str, tuple[float, float, float, float]]] = []
        middle = style.sign_in
        for index, cells in enumerate((self.header, *self.rows)):
            top, bottom = tops[index], tops[index + 1]
            group = index > 0 and self.groups[index - 1]
            for column, cell in enumerate(cells):
                if cell is None:
                    continue
                left = columns[column] + PADDING
                if middle and not group:
                    y = (top + bottom + cell.height) / 2 - cell.size
                else:
                    y = top - (GROUP_TOP if group else TOP) - cell.size
                if cell.link:
                    right = left + max((sum(run.width(cell.size) for run in line) for line in cell.lines), default=0)
                    links.append((cell.link, (left, y + cell.size - cell.height, right, y + cell.size)))
                if not cell.literal:
                    shaped.append((left, y, cell))
                    continue
                size = cell.size
                for line in cell.lines:
                    x = left
                    for run in line:
                        if run.font != font or size != font_size:
                            font, font_size = run.font, size
                            text.setFont(font, size)
                        code.append(f"1 0 0 1 {fp_str(x, y)} Tm")  # setTextOrigin's operator, without its upkeep
                        code.append(format_text(run.glyphs))
                        x += run.advance * size
                    y -= cell.leading
        canvas.drawText(text)
        for left, y, cell in shaped:
            for line in cell.lines:
                fonts.draw_runs(canvas, left, y, line, cell.size)
                y -= cell.leading
        # rules, over the backgrounds as reportlab's Table draws them
        canvas.setLineWidth(0.25)
        canvas.setStrokeColor(style.rule)
        canvas.lines([(0, bottom, width, bottom) for bottom in tops[2:]])
        if style.sign_in:
            canvas.line(columns[-2], tops[0], columns[-2], tops[-1])
        canvas.setLineWidth(0.8)
        if style.group_rule is not None and any(self.groups):
            canvas.setStrokeColor(style.group_rule)
            for index, group in enumerate(self.groups):
                if group:
                    canvas.line(0, tops[index + 1], width, tops[index + 1])
        canvas.setStrokeColor(style.header_rule)
        canvas.line(0, tops[1], width, tops[1])
        for url, rect in links:
            canvas.linkURL(url, rect, relative=1, thickness=0)
        canvas.restoreState()
