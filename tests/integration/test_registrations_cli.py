"""`import participants` and `export registrations` through the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook


def klimamoeder(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "klimamoeder", *args], capture_output=True, text=True,
                          timeout=120, check=False)


def test_import_dry_run_bad_rows_and_export(tmp_path: Path) -> None:
    db = str(tmp_path / "k.sqlite3")
    assert klimamoeder("--db", db, "demo").returncode == 0
    meeting = "7"  # the upcoming KL network meeting of the demo data
    good = tmp_path / "deltagere.csv"
    good.write_bytes("Navn;E-mail;Telefon\r\nAnne <b>&</b> Søren;anne@vejle.example;+45 7681 0000\r\n"
                     .encode("cp1252"))

    dry = klimamoeder("--db", db, "import", "participants", meeting, str(good), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Dry run, nothing changed" in dry.stdout
    export = tmp_path / "before.csv"
    assert klimamoeder("--db", db, "export", "registrations", meeting, "-o", str(export)).returncode == 0
    assert "Anne <b>&</b> Søren" not in export.read_text(encoding="utf-8-sig")

    bad = tmp_path / "bad.csv"
    bad.write_text("Navn;E-mail\r\nBo;ikke-en-email\r\n;tom@x.example\r\nCai;cai@x.example\r\n", encoding="utf-8")
    refused = klimamoeder("--db", db, "import", "participants", meeting, str(bad))
    assert refused.returncode == 1
    assert refused.stderr.splitlines()[1:] == [
        "Line 2, column E-mail: 'ikke-en-email' is not an e-mail address.",
        "Line 3, column Navn: '' is empty: a name is needed."]

    assert klimamoeder("--db", db, "import", "participants", meeting, str(good)).returncode == 0
    xlsx = tmp_path / "after.xlsx"
    assert klimamoeder("--db", db, "export", "registrations", meeting, "-o", str(xlsx)).returncode == 0
    rows = {row[0]: row for row in load_workbook(xlsx).active.iter_rows(min_row=2, values_only=True)}
    assert rows["Anne <b>&</b> Søren"][4] == "+45 7681 0000"
    assert "Cai" not in rows  # nothing of the bad file went in

    wrong = klimamoeder("--db", db, "export", "registrations", meeting, "-o", str(tmp_path / "x.pdf"))
    assert (wrong.returncode, wrong.stderr.count("\n")) == (1, 1)
