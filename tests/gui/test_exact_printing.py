"""Printing is exact: a badge sheet and a sign-in sheet go through Qt's print path to a PDF-file
printer, and poppler finds the same page size and the same cut marks, rules and text, within 0.2 mm,
as in the exported PDF. (The vector path, `lp` to CUPS, passes the PDF's own bytes.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from klimamoeder.gui.print_preview import PrintDialog
from klimamoeder.gui.printing import PrintJob, lp_command, takes_pdf
from klimamoeder.model import Meeting
from klimamoeder.storage import Database
from tests.unit import pdf_reading as pdf

pytestmark = pytest.mark.gui
WECP = "demo-wecp-ga-2022@klimamoeder.invalid"
DPI = 300
TOLERANCE_MM = 0.2
PX_PER_MM = DPI / 25.4


def wecp(db: Database) -> int:
    with db.session() as s:
        return s.scalars(select(Meeting.id).where(Meeting.calendar_uid == WECP)).one()


def ink(image: Image.Image, box: tuple[int, int, int, int] | None = None) -> tuple[int, int, int, int]:
    """The bounding box (pixels) of everything darker than mid-grey, within `box` (page coordinates)."""
    region = image.crop(box) if box else image
    found = region.point(lambda v: 255 if v < 160 else 0).getbbox()
    assert found, f"no ink in {box}"
    if box is None:
        return found
    return found[0] + box[0], found[1] + box[1], found[2] + box[0], found[3] + box[1]


def lines_across(image: Image.Image, box: tuple[int, int, int, int], vertical: bool, threshold: int = 250,
                 ) -> list[float]:
    """Centres (pixels, page coordinates) of the dark lines crossing `box`: the cut marks in a margin
    (`vertical`: lines running up and down, found along x), or a table's rules. The box is averaged
    across the lines, so only what runs through all of it (a rule, not a letter) is darker than
    `threshold` where text is near."""
    region = image.crop(box)
    profile = region.resize((region.width, 1) if vertical else (1, region.height), Image.Resampling.BOX)
    values = [profile.getpixel((i, 0) if vertical else (0, i)) for i in range(max(profile.size))]
    centres, start = [], None
    for index, value in enumerate([*values, 255]):
        dark = value < threshold
        if dark and start is None:
            start = index
        elif not dark and start is not None:
            centres.append((start + index - 1) / 2 + (box[0] if vertical else box[1]))
            start = None
    return centres


def print_through_qt(qtbot, dialog: PrintDialog, target: Path) -> bytes:  # type: ignore[no-untyped-def]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setResolution(DPI)
    with qtbot.waitSignal(dialog.printed, timeout=60_000):
        dialog.print_with(printer)
    return target.read_bytes()


def assert_same_mm(a: float, b: float, what: str) -> None:
    assert abs(a - b) / PX_PER_MM <= TOLERANCE_MM, f"{what}: {a / PX_PER_MM:.2f} mm vs {b / PX_PER_MM:.2f} mm"


Band = tuple[float, float, float, float, bool, int]  # x0, y0, x1, y1 (mm from the top left), lines run
# up and down?, darkness threshold


def compare(exported: bytes, printed: bytes, name_word: str, bands: list[Band], artefacts: Path) -> None:
    assert pdf.page_count(printed) == pdf.page_count(exported)
    for got, want in zip(pdf.page_size(printed), pdf.page_size(exported), strict=True):
        assert abs(got - want) / 72 * 25.4 <= TOLERANCE_MM, (pdf.page_size(printed), pdf.page_size(exported))
    original = pdf.rasterise(exported, DPI)[0]
    copy = pdf.rasterise(printed, DPI)[0]
    original.save(artefacts / "exported-page-1.png")
    copy.save(artefacts / "printed-page-1.png")
    for a, b in zip(ink(original), ink(copy), strict=True):
        assert_same_mm(a, b, "the page's ink")
    width, height = min(original.width, copy.width), min(original.height, copy.height)  # Qt rounds to whole points
    for x0, y0, x1, y1, vertical, threshold in bands:
        box = (round(x0 * PX_PER_MM), round(y0 * PX_PER_MM), min(width, round(x1 * PX_PER_MM)),
               min(height, round(y1 * PX_PER_MM)))
        want, got = lines_across(original, box, vertical, threshold), lines_across(copy, box, vertical, threshold)
        assert len(want) == len(got) and want, (box, want, got)
        for a, b in zip(want, got, strict=True):
            assert_same_mm(a, b, f"a line in {box}")
    first = next(w for w in pdf.words_with_boxes(exported) if w[1] == name_word and w[0] == 1)
    scale = DPI / 72
    around = (round(first[2] * scale) - 20, round(first[3] * scale) - 20, round(first[4] * scale) + 20,
              round(first[5] * scale) + 20)
    for a, b in zip(ink(original, around), ink(copy, around), strict=True):
        assert_same_mm(a, b, f"the text {name_word!r}")


CUT_MARKS: list[Band] = [(0, 15, 210, 23.5, True, 250), (0, 0, 14, 297, False, 250),
                         (196, 0, 210, 297, False, 250), (0, 273, 210, 282, True, 250)]  # four margins
TABLE_RULES: list[Band] = [(150, 40, 190, 275, False, 215), (135, 60, 200, 90, True, 215)]  # rows, signatures


@pytest.mark.parametrize(("document", "word", "bands"), [("badges", "Amadi", CUT_MARKS),
                                                         ("sign_in", "Amadi", TABLE_RULES)])
def test_printing_through_qt_keeps_size_and_position_to_a_fifth_of_a_millimetre(
    qtbot, demo_db: Database, tmp_path: Path, document: str, word: str, bands: list[Band]  # type: ignore[no-untyped-def]
) -> None:
    dialog = PrintDialog(demo_db, wecp(demo_db), document)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.generated, timeout=30_000):
        dialog.show()
    assert not dialog.options.scaling.isEnabled(), "badges and sign-in sheets print at actual size only"

    printed = print_through_qt(qtbot, dialog, tmp_path / "printed.pdf")

    compare(dialog.pdf_bytes, printed, word, bands, tmp_path)


def test_where_cups_takes_pdf_the_document_goes_as_it_is_at_actual_size() -> None:
    job = PrintJob(copies=2, pages=(1, 2, 3, 5), printer_name="Reception")
    command = lp_command(job)
    assert command[:3] == ["lp", "-d", "Reception"] and command[-1] == "-"
    assert "print-scaling=none" in command and "-n" in command and command[command.index("-n") + 1] == "2"
    assert command[command.index("-P") + 1] == "1-3,5"
    assert not takes_pdf(PrintJob(to_file="/tmp/x.pdf", printer_name="Reception"))
