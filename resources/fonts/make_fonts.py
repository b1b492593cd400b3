"""Make NotoSansCJKsc-Bold.ttf from Debian's fonts-noto-cjk (run by hand; the result is committed).

reportlab embeds only TrueType (glyf) outlines; Noto Sans CJK ships CFF outlines in a
20 MB collection. This takes its Simplified Chinese bold face, keeps the characters names
use (CJK unified ideographs, Hangul syllables and jamo, kana, CJK punctuation, full-width
forms; no layout features: names need none), and converts the cubic curves to quadratic
ones (fontTools cu2qu, 1 unit tolerance). About 8.8 MB.

    apt-get install fonts-noto-cjk && pip install fonttools
    python resources/fonts/make_fonts.py
"""

from __future__ import annotations

from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
FACE = 2  # Noto Sans CJK SC Bold
RANGES = [(0x1100, 0x11FF), (0x3000, 0x303F), (0x3040, 0x30FF), (0x3130, 0x318F), (0x4E00, 0x9FFF),
          (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFF00, 0xFFEF)]
TARGET = Path(__file__).with_name("NotoSansCJKsc-Bold.ttf")


def main() -> None:
    font = TTCollection(SOURCE).fonts[FACE]
    options = subset.Options()
    options.layout_features = []
    options.notdef_outline = True
    options.hinting = False
    options.drop_tables += ["VORG", "vhea", "vmtx", "DSIG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[code for low, high in RANGES for code in range(low, high + 1)])
    subsetter.subset(font)
    glyph_set, order = font.getGlyphSet(), font.getGlyphOrder()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, glyphs
    del font["CFF "]
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
                  "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(TARGET)


if __name__ == "__main__":
    main()
