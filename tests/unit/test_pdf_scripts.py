"""Names in every script print as typed: shaped, in reading order, in an embedded font.

Poppler reads the PDFs back (`pdftotext` must return each name in logical order, `pdffonts`
must show every font embedded), and `pdftoppm` renders the pages, which are kept as this
test's artefacts (`tmp_path`) for a person to look at.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from klimamoeder.exports.pdf import (
    BadgeData,
    BadgeEntry,
    MeetingHeader,
    ParticipantEntry,
    ParticipantListData,
    ParticipantListOptions,
    build_badges,
    build_participant_list,
    fonts,
)

from . import pdf_reading as pdf

CPH = ZoneInfo("Europe/Copenhagen")
NAMES = {
    "Hebrew": "דוד לוי",
    "Arabic": "محمد عبد الله",
    "Hindi": "अमित शर्मा",
    "Thai": "สมชาย ใจดี",
    "Korean": "김민준",
    "Chinese": "陈刚",
    "Greek": "Γιώργος Παπαδόπουλος",
    "Cyrillic": "Жанна Иванова",
}
ORGANISATIONS = {
    "Hebrew": "עיריית חיפה", "Arabic": "بلدية دبي", "Hindi": "मुंबई महानगरपालिका", "Thai": "กรุงเทพมหานคร",
    "Korean": "울산광역시", "Chinese": "北京市人民政府", "Greek": "Δήμος Αθηναίων", "Cyrillic": "Администрация Тюмени",
}
_MARKS = re.compile("[\u202a-\u202e\u200e\u200f]")  # direction marks poppler wraps right-to-left text in


def header() -> MeetingHeader:
    return MeetingHeader(network="World Energy Cities Partnership", network_short="WECP",
                         title="WECP Annual General Assembly 2022", start=datetime(2022, 10, 5, 14, tzinfo=CPH),
                         end=datetime(2022, 10, 8, 13, tzinfo=CPH))


def text(document: bytes) -> str:
    """pdftotext's reading, white space made single and poppler's direction marks taken out."""
    return re.sub(r"\s+", " ", _MARKS.sub("", pdf.text(document)))


def keep(document: bytes, folder: Path, name: str) -> list[Path]:
    """The PDF and its pages as PNG, kept with the test's files."""
    (folder / f"{name}.pdf").write_bytes(document)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(folder / f"{name}.pdf"), str(folder / name)], check=True,
                   timeout=60)
    images = sorted(folder.glob(f"{name}*.png"))
    assert images and all(image.stat().st_size > 2000 for image in images)
    return images


def test_badges_show_names_in_every_script_in_reading_order_with_embedded_fonts(tmp_path: Path) -> None:
    badges = tuple(BadgeEntry(NAMES[s], ORGANISATIONS[s], "participant", code=f"KM1R{n}")
                   for n, s in enumerate(NAMES))
    document = build_badges(BadgeData(header(), badges), "en")
    found = text(document)

    for script, name in NAMES.items():
        assert name in found, f"{script}: {name!r} not in reading order in {found!r}"
        assert ORGANISATIONS[script] in found, script
    pdf.assert_fonts_embedded(document)
    used = {name.split("+")[-1] for name, _embedded in pdf.fonts(document)}
    assert {"NotoSansHebrew-Bold", "NotoSansArabic-Bold", "NotoSansDevanagari-Bold", "NotoSansThai-Bold",
            "NotoSansCJKsc-Bold"} <= used, "names are bold in their own script's font"
    keep(document, tmp_path, "badges-scripts")


def test_a_participant_list_in_every_script_reads_back_in_logical_order(tmp_path: Path) -> None:
    people = tuple(ParticipantEntry(NAMES[s], "Mayor", ORGANISATIONS[s]) for s in NAMES)
    data = ParticipantListData(header(), people, ParticipantListOptions(columns=("name", "title", "organisation"),
                                                                        internal=True))
    document = build_participant_list(data, "da")
    found = text(document)

    for script, name in NAMES.items():
        assert name in found, script
        assert ORGANISATIONS[script] in found, script
    pdf.assert_fonts_embedded(document)
    keep(document, tmp_path, "list-scripts")


def test_hebrew_is_not_reversed_and_arabic_letters_are_joined() -> None:
    """The two ways to get it wrong, checked on the glyphs drawn (not only the text read back)."""
    hebrew = fonts.line_runs("דוד לוי", fonts.BOLD)
    assert len(hebrew) == 1 and hebrew[0].rtl
    glyph_text = "".join(chr(ord(c)) for c in hebrew[0].glyphs)
    assert glyph_text == "יול דוד", "drawn right to left: the last letter leftmost"

    arabic = fonts.line_runs("محمد", fonts.REGULAR)[0]
    forms = [unicodedata.name(c).split()[-2] for c in arabic.glyphs]  # "ARABIC LETTER MEEM INITIAL FORM"
    assert forms == ["FINAL", "MEDIAL", "MEDIAL", "INITIAL"], "joined, and drawn from the left: dal…meem"


def test_a_name_no_font_can_draw_is_named_with_its_characters() -> None:
    assert fonts.missing("Zoë 陈刚 דוד محمد अमित สมชาย") == ""
    assert fonts.missing("Ана 𓀀 ᚠ") == "𓀀ᚠ"


@pytest.mark.parametrize("name", ["Anne <b>&</b> Søren", "Łucja Nowak", "陈刚 (Chen Gang)", "דוד לוי (David Levi)"])
def test_mixed_and_hostile_names_keep_every_character(name: str) -> None:
    document = build_badges(BadgeData(header(), (BadgeEntry(name, "Esbjerg Kommune"),)), "en")
    found = text(document)
    for word in re.findall(r"[^\s()]+", name):
        assert word in found
