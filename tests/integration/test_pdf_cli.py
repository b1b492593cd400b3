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


def test_export_programme_writes_a_danish_pdf_by_default_and_english_on_request(
    demo_file: tuple[str, int], tmp_path: Path
) -> None:
    db, meeting = demo_file
    danish, english = tmp_path / "program.pdf", tmp_path / "programme.pdf"

    first = klimamoeder("--db", db, "export", "programme", str(meeting), "-o", str(danish))
    second = klimamoeder("--db", db, "export", "programme", str(meeting), "-o", str(english), "--language", "en")

    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert str(danish) in first.stdout
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
    assert "Deltagerliste" in pdf.text(plain.read_bytes()) and "Łucja Nowak" in pdf.text(plain.read_bytes())
    assert "Underskrift" in pdf.text(sign_in.read_bytes()) and "Łucja Nowak" in pdf.text(sign_in.read_bytes())


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


def test_a_list_for_participants_leaves_out_people_who_did_not_agree_to_shared_lists(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite3")
    klimamoeder("--db", db, "demo")
    meetings = json.loads(klimamoeder("--db", db, "meetings", "--json").stdout)
    clean = next(m["id"] for m in meetings if m["network"] == "CLEAN")
    everyone, shared = tmp_path / "all.pdf", tmp_path / "shared.pdf"
    assert klimamoeder("--db", db, "export", "participants", str(clean), "-o", str(everyone)).returncode == 0
    result = klimamoeder("--db", db, "export", "participants", str(clean), "-o", str(shared), "--shared-only",
                         "--by-organisation")
    assert result.returncode == 0, result.stderr
    # The craftsmen invited to CLEAN's info meeting did not agree to shared lists; the mayor did.
    assert "Jens Ole Kristensen" in pdf.text(everyone.read_bytes())
    assert "Jens Ole Kristensen" not in pdf.text(shared.read_bytes())
    assert "Ib Kristensen" in pdf.text(shared.read_bytes())
