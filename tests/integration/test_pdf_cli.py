"""`klimamoeder export programme|participants|badges` as a script would call them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit import pdf_reading as pdf


def klimamoeder(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "klimamoeder", *args], capture_output=True, text=True,
                          timeout=120, check=False)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, int]:
    """A demo database file and the WECP general assembly's id in it."""
    path = str(tmp_path_factory.mktemp("cli") / "demo.sqlite3")
    assert klimamoeder("--db", path, "demo").returncode == 0
    meetings = json.loads(klimamoeder("--db", path, "meetings", "--json").stdout)
    wecp = next(m["id"] for m in meetings if m["title"] == "WECP Annual General Assembly 2022")
    return path, wecp


def test_export_programme_writes_the_meetings_language_by_default_and_another_on_request(
    demo_file: tuple[str, int], tmp_path: Path
) -> None:
    db, meeting = demo_file  # WECP's general assembly is held in English
    danish, english = tmp_path / "program.pdf", tmp_path / "programme.pdf"

    first = klimamoeder("--db", db, "export", "programme", str(meeting), "-o", str(english))
    second = klimamoeder("--db", db, "export", "programme", str(meeting), "-o", str(danish), "--language", "da")

    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert str(english) in first.stdout
    assert "Side 1 af" in pdf.text(danish.read_bytes()) and "Onsdag den 5. oktober 2022" in pdf.text(
        danish.read_bytes())
    assert "Page 1 of" in pdf.text(english.read_bytes())
    pdf.assert_fonts_embedded(english.read_bytes())


def test_export_participants_and_the_sign_in_sheet(demo_file: tuple[str, int], tmp_path: Path) -> None:
    db, meeting = demo_file
    plain, sign_in = tmp_path / "deltagere.pdf", tmp_path / "fremmoede.pdf"

    assert klimamoeder("--db", db, "export", "participants", str(meeting), "-o", str(plain)).returncode == 0
    result = klimamoeder("--db", db, "export", "participants", str(meeting), "-o", str(sign_in), "--sign-in")

    assert result.returncode == 0, result.stderr
    assert "List of participants" in pdf.text(plain.read_bytes()) and "Łucja Nowak" in pdf.text(plain.read_bytes())
    assert "Signature" in pdf.text(sign_in.read_bytes()) and "Łucja Nowak" in pdf.text(sign_in.read_bytes())


def test_export_badges(demo_file: tuple[str, int], tmp_path: Path) -> None:
    db, meeting = demo_file
    output = tmp_path / "skilte.pdf"

    result = klimamoeder("--db", db, "export", "badges", str(meeting), "-o", str(output), "--language", "en")

    assert result.returncode == 0, result.stderr
    text = pdf.text(output.read_bytes())
    assert "Zoë Hartley" in text and "김민준 (Kim Min-jun)" in text
    assert pdf.page_count(output.read_bytes()) >= 2


@pytest.mark.parametrize("command", ["programme", "participants", "badges"])
def test_an_unknown_meeting_is_one_line_on_stderr_and_writes_nothing(
    demo_file: tuple[str, int], tmp_path: Path, command: str
) -> None:
    db, _meeting = demo_file
    output = tmp_path / "nothing.pdf"

    result = klimamoeder("--db", db, "export", command, "424242", "-o", str(output))

    assert result.returncode == 1
    assert result.stderr.startswith("klimamoeder: ") and "424242" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not output.exists()


def test_an_unwritable_output_is_a_clear_error(demo_file: tuple[str, int], tmp_path: Path) -> None:
    db, meeting = demo_file
    result = klimamoeder("--db", db, "export", "programme", str(meeting), "-o", str(tmp_path / "no" / "x.pdf"))
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_the_list_to_hand_out_is_the_default_and_internal_is_asked_for_and_said(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite3")
    loaded = klimamoeder("--db", db, "demo")
    assert loaded.returncode == 0, loaded.stderr
    meetings = json.loads(klimamoeder("--db", db, "meetings", "--json").stdout)
    clean = next(m["id"] for m in meetings if m["network"] == "CLEAN")
    shared, everyone = tmp_path / "shared.pdf", tmp_path / "all.pdf"
    handed_out = klimamoeder("--db", db, "export", "participants", str(clean), "-o", str(shared),
                             "--by-organisation")
    internal = klimamoeder("--db", db, "export", "participants", str(clean), "-o", str(everyone), "--internal",
                           "--columns", "name,organisation,email", "--landscape")

    assert handed_out.returncode == 0 and internal.returncode == 0, handed_out.stderr + internal.stderr
    assert "Participant list written to" in handed_out.stdout
    assert "Internal participant list (not for distribution) written to" in internal.stdout
    # The craftsmen invited to CLEAN's info meeting did not agree to shared lists; the mayor did.
    assert "Jens Ole Kristensen" not in pdf.text(shared.read_bytes())
    assert "Ib Kristensen" in pdf.text(shared.read_bytes())
    pages = pdf.page_texts(everyone.read_bytes())
    assert "Jens Ole Kristensen" in " ".join(pages) and "jens.ole.kristensen@billund-byg.example" in " ".join(pages)
    assert all("Intern – må ikke udleveres" in page for page in pages)
    width, height = pdf.page_size(everyone.read_bytes())
    assert width > height, "--landscape"


def test_wecp_gets_four_dated_sign_in_sheets_with_each_days_people(demo_file: tuple[str, int],
                                                                    tmp_path: Path) -> None:
    db, meeting = demo_file
    output = tmp_path / "fremmoede.pdf"
    result = klimamoeder("--db", db, "export", "participants", str(meeting), "-o", str(output), "--sign-in",
                         "--language", "en")
    assert result.returncode == 0, result.stderr
    assert "Sign-in sheets written to" in result.stdout and "Participant list" not in result.stdout




    pages = pdf.page_texts(output.read_bytes())
    days = ["Wednesday 5 October 2022", "Thursday 6 October 2022", "Friday 7 October 2022",
            "Saturday 8 October 2022"]
    by_day = {day: " ".join(page for page in pages if day in page) for day in days}
    assert all(by_day.values()), "one dated sheet per day"
    # Aigerim Nurlanovna and Claire Boudreau come for 6–7 October only (the demo's main-days guests).
    for name in ("Aigerim Nurlanovna", "Claire Boudreau", "Bridget O'Connor"):
        assert name not in by_day[days[0]] and name not in by_day[days[3]]
        assert name in by_day[days[1]] and name in by_day[days[2]]
    assert "Zoë Hartley" in by_day[days[0]] and "Zoë Hartley" in by_day[days[3]]

    one_day = tmp_path / "day.pdf"
    result = klimamoeder("--db", db, "export", "participants", str(meeting), "-o", str(one_day), "--sign-in",
                         "--day", "2022-10-08", "--language", "en")
    assert result.returncode == 0, result.stderr
    text = pdf.text(one_day.read_bytes())
    assert days[3] in text and days[1] not in text and "Claire Boudreau" not in text

    wrong = klimamoeder("--db", db, "export", "participants", str(meeting), "-o", str(tmp_path / "x.pdf"),
                        "--sign-in", "--day", "2022-10-09")
    assert wrong.returncode == 1 and "2022-10-09 is not a day of this meeting" in wrong.stderr


def test_badges_on_a_chosen_stock_from_a_start_position_and_for_one_person(demo_file: tuple[str, int],
                                                                            tmp_path: Path) -> None:
    db, meeting = demo_file
    one = tmp_path / "one.pdf"
    result = klimamoeder("--db", db, "export", "badges", str(meeting), "-o", str(one), "--stock", "avery-l4785",
                         "--start", "7", "--person", "zoe.hartley@perth.example")
    assert result.returncode == 0, result.stderr
    words = [w for w in pdf.words_with_boxes(one.read_bytes()) if w[1] == "Hartley"]
    assert len(words) == 1
    _page, _word, x0, y0, _x1, _y1 = words[0]
    # Label 7 of Avery L4785 (2 × 5): left column, fourth row: x 18–98 mm, y 178–228 mm from the top.
    assert 18 < x0 / (72 / 25.4) < 98 and 178 < y0 / (72 / 25.4) < 228

    cards = tmp_path / "cards.pdf"
    result = klimamoeder("--db", db, "export", "name-cards", str(meeting), "-o", str(cards))
    assert result.returncode == 0 and "Name cards written to" in result.stdout
    assert pdf.text(cards.read_bytes()).count("Zoë Hartley") == 2  # both faces of the tent

    unknown = klimamoeder("--db", db, "export", "badges", str(meeting), "-o", str(tmp_path / "x.pdf"), "--stock",
                          "avery-nope")
    assert unknown.returncode == 1 and "avery-l4785" in unknown.stderr


def test_the_cli_and_the_readme_know_the_builders_columns_and_every_label_sheet() -> None:
    from klimamoeder.cli.exports import COLUMN_NAMES
    from klimamoeder.exports.pdf.data import COLUMNS
    from klimamoeder.exports.pdf.stocks import STOCKS

    assert COLUMN_NAMES == COLUMNS
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    for stock in STOCKS.values():
        assert f"| `{stock.key}`" in readme
        assert f"{stock.left:g} / {stock.top:g} mm | {stock.pitch_x:g} / {stock.pitch_y:g} mm" in readme
