"""The participant list's table drawn straight onto the page (`exports/pdf/grid.py`): rows that do not fit,
shaping only where a script needs it, one text object per page, and a real network's size."""

from __future__ import annotations

import random
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from reportlab import rl_config

from klimamoeder.exports.pdf import (
    MeetingHeader,
    ParticipantEntry,
    ParticipantListData,
    ParticipantListOptions,
    build_participant_list,
)
from klimamoeder.exports.pdf.base import MARGIN_BOTTOM

from . import pdf_reading as pdf

CPH = ZoneInfo("Europe/Copenhagen")


def listing(people: list[ParticipantEntry], **options: object) -> ParticipantListData:
    header = MeetingHeader(network="Kommunernes klimapolitiske netværk", network_short="KL-klimanetværk",
                           title="Netværksmøde", start=datetime(2022, 10, 6, 9, tzinfo=CPH),
                           end=datetime(2022, 10, 7, 16, tzinfo=CPH))
    return ParticipantListData(header, tuple(people), ParticipantListOptions(**options))  # type: ignore[arg-type]


def short(count: int) -> list[ParticipantEntry]:
    return [ParticipantEntry(f"Deltager {n:05d}", "Klimakonsulent", f"Kommune {n % 7}") for n in range(count)]


def page_streams(document: bytes) -> list[bytes]:
    """Each page's drawing operators, read from an uncompressed build (pages in order)."""
    return [s for s in re.findall(rb"stream\r?\n(.*?)endstream", document, re.S) if b" Tf" in s]


@pytest.fixture
def uncompressed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "pageCompression", 0)


def lines_of(page: str, prefix: str) -> list[str]:
    return [line.strip() for line in page.splitlines() if line.strip().startswith(prefix)]


def test_a_row_too_tall_for_the_rest_of_a_page_moves_overleaf_whole() -> None:
    first_page = len(lines_of(pdf.layout_pages(build_participant_list(listing(short(80)), "en"))[0], "Deltager "))
    people = short(80)
    at = first_page - 3  # three short rows' room left on page 1, the tall row needs more
    people[at] = ParticipantEntry(f"Deltager {at:05d}", "\n".join(f"Linje {n:02d}" for n in range(12)), "Kommune")
    pages = pdf.layout_pages(build_participant_list(listing(people), "en"))

    assert len(lines_of(pages[0], "Deltager ")) == at, "page 1 ends with the row before the tall one"
    assert pages[1].split("Organisation", 1)[1].split()[:2] == ["Deltager", f"{at:05d}"]
    assert all(f"Linje {n:02d}" in pages[1] for n in range(12)), "the tall row is not cut"
    assert all(f"Deltager {n:05d}" in " ".join(pages) for n in range(80))


def test_a_row_taller_than_a_page_goes_on_over_the_pages_without_losing_a_line() -> None:
    tall = "\n".join(f"Linje {n:03d}" for n in range(150))  # someone pasted a page of text as a title
    people = [*short(5), ParticipantEntry("Deltager 00005 Lang", tall, "Kommune"), *short(10)[6:]]
    document = build_participant_list(listing(people), "en")
    pages = pdf.layout_pages(document)
    height = pdf.page_size(document)[1]

    assert len(pages) >= 3
    found = [word for _page, word, *_box in pdf.words_with_boxes(document)]
    assert [w for w in found if re.fullmatch(r"\d{3}", w)] == [f"{n:03d}" for n in range(150)], "every line once"
    for number, page in enumerate(pages, start=1):
        assert lines_of(page, "Name"), f"no header row on page {number}"
    for _page, word, _x0, _y0, _x1, y1 in pdf.words_with_boxes(document):
        if word == "Linje":
            assert y1 <= height - MARGIN_BOTTOM + 1, "a line of the tall row runs into the footer"


@pytest.mark.usefixtures("uncompressed")
def test_only_cells_in_complex_scripts_are_shaped_and_each_page_is_one_text_object_for_the_table() -> None:
    people = [ParticipantEntry("محمد عبد الله", "Mayor", "بلدية دبي"), ParticipantEntry("דוד לוי", "Mayor", "Haifa"),
              ParticipantEntry("Łucja Nowak", "Zoë", "陈刚"), *short(100)]
    document = build_participant_list(listing(people), "en")
    streams = page_streams(document)
    every = b"".join(streams)

    def actual_text(text: str) -> bytes:
        return b"/ActualText <FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"

    # right-to-left runs carry their logical text in visual order (fonts._actual_text)
    for name in ("محمد عبد الله", "بلدية دبي", "דוד לוי"):
        assert actual_text(name[::-1]) in every, f"{name} not shaped"
    assert every.count(b"/ActualText") == 3, "Latin, CJK and Greek cells are drawn as they are"
    for number, stream in enumerate(streams, start=1):
        tables = [t for t in re.findall(rb"\bBT\b.*?\bET\b", stream, re.S) if b"(Deltager " in t]
        assert len(tables) == 1, f"page {number}: the table's rows in {len(tables)} text objects, not one"
    text = pdf.text(document)
    assert "Łucja Nowak" in text and "陈刚" in text


def test_ten_thousand_people_fill_a_plausible_number_of_pages_each_with_its_header() -> None:
    people = short(10_000)
    document = build_participant_list(listing(people), "da")
    pages = pdf.layout_pages(document)

    # 17 points a row, about 41 rows on a page under the repeated header: 244 pages, not 100 or 1,000
    assert 235 <= len(pages) <= 250
    assert pdf.page_count(document) == len(pages)
    rows = 0
    for number, page in enumerate(pages, start=1):
        assert ["Navn", "Titel", "Organisation"] in [line.split() for line in page.splitlines()], number
        assert f"Side {number} af {len(pages)}" in page
        rows += len(lines_of(page, "Deltager "))
    assert rows == 10_000
    pdf.assert_fonts_embedded(document)


def test_a_cell_needs_another_font_exactly_when_a_character_is_not_in_the_main_font_or_is_complex() -> None:
    """`needs_fallback` is one regular expression now; checked against the font file's own character map."""
    from reportlab.pdfbase import pdfmetrics

    from klimamoeder.exports.pdf import fonts

    fonts.register()
    complex_scripts = re.compile("[\u0590-\u05ff\ufb1d-\ufb4f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff"
                                 "\ufe70-\ufeff\u0900-\u097f\ua8e0-\ua8ff\u0e00-\u0e7f]")
    rng = random.Random(12)
    pool = [chr(c) for c in [*range(0x20, 0x3100), *range(0x4E00, 0x4E80), *range(0xAC00, 0xAC40),
                             *range(0xFB00, 0xFF00), 0x1F600, 0x13000]]
    for main in (fonts.REGULAR, fonts.BOLD):
        mapped = pdfmetrics.getFont(main).face.charToGlyph  # type: ignore[attr-defined]
        for _ in range(20_000):
            text = "".join(rng.choice(pool) for _ in range(rng.randint(1, 5)))
            expected = not text.isascii() and any(
                complex_scripts.match(c) or (ord(c) not in mapped and not c.isspace()) for c in text)
            assert fonts.needs_fallback(text, main) == expected, (text, main)
    for name in ("Zoë Ødegård", "Łucja Nowak", "Γιώργος", "Жанна", "Anne\u00a0Søren", "Ida\u3000Lund"):
        assert not fonts.needs_fallback(name)
    for name in ("陈刚", "דוד", "محمد", "अमित", "สมชาย", "𓀀"):
        assert fonts.needs_fallback(name)


def test_danish_aa_is_aa_after_z_in_plain_ascii_names_too() -> None:
    """Sort keys of ASCII names take a shortcut and other names are folded word by word: same order."""
    people = [ParticipantEntry(name) for name in ("Aase Berg", "Zacharias Holm", "Ole Aagaard", "Ærø Hansen",
                                                  "Mads Maagaard", "Åse Lund")]

    def order(language: str) -> list[str]:
        text = pdf.text(build_participant_list(listing(people), language))
        return sorted((p.name for p in people), key=text.index)

    assert order("da") == ["Mads Maagaard", "Ole Aagaard", "Zacharias Holm", "Ærø Hansen", "Aase Berg", "Åse Lund"]
    assert order("en") == ["Aase Berg", "Ærø Hansen", "Åse Lund", "Mads Maagaard", "Ole Aagaard", "Zacharias Holm"]
