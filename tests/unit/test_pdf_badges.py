"""Name badges: eight to a sheet, every name on its own badge, never over the edge."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PIL import Image
from sqlalchemy import select

from klimamoeder.exports.pdf import BadgeData, BadgeEntry, MeetingHeader, build_badges, fonts
from klimamoeder.exports.pdf import badges as layout
from klimamoeder.exports.pdf.stocks import DEFAULT_STOCK, STOCKS, LabelStock
from klimamoeder.model import Meeting
from klimamoeder.services.documents import ListChoice, badges_pdf, load_badges
from klimamoeder.storage import Database

from . import pdf_reading as pdf

WECP = "demo-wecp-ga-2022@klimamoeder.invalid"
KL = "demo-kl-netvaerk-2021-04-29@klimamoeder.invalid"
CPH = ZoneInfo("Europe/Copenhagen")
TRICKY = ["Anne <b>&</b> Søren", "Zoë Ødegård", "Łucja Ωμέγα", "Жанна Иванова", "陈刚"]
POINTS_PER_MM = 72 / 25.4


def meeting_id(db: Database, uid: str) -> int:
    with db.session() as s:
        return s.scalars(select(Meeting.id).where(Meeting.calendar_uid == uid)).one()


def sheet(names: list[str], organisation: str = "Esbjerg Kommune") -> BadgeData:
    header = MeetingHeader(network="World Energy Cities Partnership", network_short="WECP",
                           title="WECP Annual General Assembly 2022", start=datetime(2022, 10, 5, 14, tzinfo=CPH),
                           end=datetime(2022, 10, 8, 13, tzinfo=CPH))
    return BadgeData(header, tuple(BadgeEntry(name, organisation, "speaker") for name in names))


STOCK = STOCKS[DEFAULT_STOCK]


def badge_cell(x: float, y_from_top: float, stock: LabelStock = STOCK) -> tuple[int, int]:
    """Which badge (column, row from the top) a point on the page lies in."""
    column = math.floor((x / POINTS_PER_MM - stock.left) / stock.pitch_x)
    return column, math.floor((y_from_top / POINTS_PER_MM - stock.top) / stock.pitch_y)


@pytest.mark.parametrize("uid", [WECP, KL])
def test_every_registered_person_gets_one_badge_eight_to_an_a4_sheet(demo_db: Database, uid: str) -> None:
    meeting = meeting_id(demo_db, uid)
    expected = load_badges(demo_db, meeting, ListChoice()).badges
    document = badges_pdf(demo_db, meeting, "en")
    text = pdf.text(document)

    assert pdf.page_count(document) == math.ceil(len(expected) / 8)
    assert pdf.page_size(document) == pytest.approx((595.3, 841.9), abs=0.5)
    for badge in expected:
        assert badge.name in text
    assert text.count("Participant") + text.count("Speaker") + text.count("Organiser") == len(expected)
    pdf.assert_fonts_embedded(document)


def test_names_in_any_script_and_with_markup_characters_print_as_typed() -> None:
    document = build_badges(sheet(TRICKY), "da")
    text = pdf.text(document)

    for name in TRICKY:
        assert name in text
    assert text.count("Oplægsholder") == len(TRICKY)
    assert text.count("World Energy Cities Partnership") == len(TRICKY)
    pdf.assert_fonts_embedded(document)


def test_long_names_shrink_to_fit_their_badge_and_never_cross_into_the_next() -> None:
    names = ["Maria Skovgaard-Johannesen Frederiksen-Lindholm von Rosenørn-Lehn",
             "Sebastian" * 8, "Ana", "Prof. Dr. Hans-Christian Østergaard-Kristiansen-Buchwald",
             "王丽 (Wang Li) " * 4, "Jolie Thibodeaux", "Å", "Kirsten Dalgaard"]
    document = build_badges(sheet(names, organisation="Ayuntamiento de Villahermosa, " * 4), "en")
    words = pdf.words_with_boxes(document)

    assert words
    for _page, word, x0, y0, x1, y1 in words:
        assert badge_cell(x0, y0) == badge_cell(x1 - 0.01, y1 - 0.01), f"{word!r} crosses a badge edge"
    text = pdf.text(document)
    assert names[0] in text and names[3] in text
    assert names[1] in text.replace(" ", "")


def test_the_fitted_name_is_as_large_as_possible_but_no_wider_than_the_badge() -> None:
    inner = STOCK.size[0] - 2 * 5 * POINTS_PER_MM
    short = layout.fit_lines("Ana", fonts.BOLD, inner, layout.NAME_LARGEST)
    long = layout.fit_lines("Maria Skovgaard-Johannesen Frederiksen-Lindholm", fonts.BOLD, inner,
                            layout.NAME_LARGEST)
    endless = layout.fit_lines("X" * 200, fonts.BOLD, inner, layout.NAME_LARGEST)

    assert short == layout.Fitted(("Ana",), layout.NAME_LARGEST)
    assert len(long.lines) == 2 and long.size < layout.NAME_LARGEST
    assert endless.size < 6  # (fit_lines itself does not stop at the minimum; the badge wraps first)
    for fitted in (short, long, endless):
        for line in fitted.lines:
            assert fonts.string_width(line, fonts.BOLD, fitted.size) <= inner + 0.01


DPI = 150


def inked(page: Image.Image, x0: float, y0: float, x1: float, y1: float) -> bool:
    """Whether anything is printed in the box (mm from the sheet's top-left corner)."""
    scale = DPI / 25.4
    box = page.crop((round(x0 * scale), round(y0 * scale), round(x1 * scale), round(y1 * scale)))
    return box.getextrema()[0] < 200  # the darkest pixel (greyscale: 0 black … 255 white)


def grid_edges(stock: LabelStock) -> tuple[list[float], list[float]]:
    """The labels' edges in mm as the template gives them: the lines a cutter follows."""
    xs = sorted({stock.left + c * stock.pitch_x + d for c in range(stock.columns) for d in (0, stock.width)})
    ys = sorted({stock.top + r * stock.pitch_y + d for r in range(stock.rows) for d in (0, stock.height)})
    return xs, ys


def test_a_plain_sheet_has_cut_marks_in_line_with_every_badge_edge_and_outside_the_badges() -> None:
    document = build_badges(sheet([f"Person {n}" for n in range(9)]), "en")
    assert pdf.page_count(document) == 2  # nine badges need two sheets
    page = pdf.rasterise(build_badges(sheet([]), "en"), DPI)[0]  # a blank sheet: only the marks
    xs, ys = grid_edges(STOCK)
    left, right, top, bottom = xs[0], xs[-1], ys[0], ys[-1]
    assert left > 10 and 297 - bottom > 10, "room for the cut marks"
    for x in xs:  # a mark above and below the grid at each vertical edge…
        assert inked(page, x - 0.5, 1, x + 0.5, top - 0.5), f"no mark above the edge at {x} mm"
        assert inked(page, x - 0.5, bottom + 0.5, x + 0.5, 296), f"no mark below the edge at {x} mm"
    for y in ys:  # …and left and right of the grid at each horizontal edge
        assert inked(page, 1, y - 0.5, left - 0.5, y + 0.5), f"no mark left of the edge at {y} mm"
        assert inked(page, right + 0.5, y - 0.5, 209, y + 0.5), f"no mark right of the edge at {y} mm"
    between = (xs[0] + xs[1]) / 2
    assert not inked(page, between - 5, 1, between + 5, top - 0.5), "marks only where a cut goes"
    assert not inked(page, left + 0.5, top + 0.5, right - 0.5, bottom - 0.5), "nothing printed on a badge"


def test_pre_cut_label_sheets_get_no_cut_marks() -> None:
    stock = STOCKS["avery-l4785"]
    assert not stock.cut_marks
    page = pdf.rasterise(build_badges(replace(sheet([]), stock=stock.key), "en"), DPI)[0]
    assert not inked(page, 0, 0, 210, 297)


def test_every_badge_carries_a_qr_code_a_scanner_reads_as_its_registrations_check_in_code(
        demo_db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil
    import subprocess

    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg (zbar-tools) is not installed")
    meeting = meeting_id(demo_db, WECP)
    data = load_badges(demo_db, meeting, ListChoice(stock="avery-l4785"))
    document = badges_pdf(demo_db, meeting, "en", ListChoice(stock="avery-l4785"))
    (tmp_path / "badges.pdf").write_bytes(document)
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(tmp_path / "badges.pdf"), str(tmp_path / "sheet")],
                   check=True, timeout=60)
    read = subprocess.run(["zbarimg", "-q", "--raw", *sorted(str(p) for p in tmp_path.glob("sheet*.png"))],
                          capture_output=True, text=True, timeout=60, check=False).stdout.split()
    assert sorted(read) == sorted(badge.code for badge in data.badges)
    assert all(code.startswith(f"KM{meeting}R") for code in read)
