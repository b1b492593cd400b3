"""`klimamoeder privacy …` and `klimamoeder audit`: what a data protection officer runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from klimamoeder import cli
from klimamoeder.services import demo
from klimamoeder.storage import open_database

KIRSTEN = "kirsten.dalgaard@sdu.example"


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    database = open_database(path)
    demo.load_demo(database)
    database.dispose()
    return path


def test_erase_without_yes_shows_what_would_go_and_changes_nothing(demo_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["--db", str(demo_path), "privacy", "erase", KIRSTEN]) == 1
    out, err = capsys.readouterr()
    assert "Would erase person" in out and "registration" in out
    assert "--yes" in err
    assert cli.run(["--db", str(demo_path), "audit", "--person", KIRSTEN, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)  # still there


def test_erase_with_yes_removes_the_person_and_the_audit_log_says_who_did_it(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "backup.sqlite3"
    assert cli.run(["--db", str(demo_path), "backup", "-o", str(backup)]) == 0
    capsys.readouterr()

    assert cli.run(["--db", str(demo_path), "privacy", "erase", KIRSTEN.upper(), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Erased person" in out and str(backup.resolve()) in out  # the backup still holds her

    assert cli.run(["--db", str(demo_path), "privacy", "erase", KIRSTEN, "--yes"]) == 1
    assert KIRSTEN in capsys.readouterr().err  # one clear line: nobody has that address now
    assert b"Kirsten Dalgaard" not in demo_path.read_bytes()

    assert cli.run(["--db", str(demo_path), "audit", "--since", "2000-01-01", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    erased = [r for r in rows if r["action"] == "erase"]
    assert len(erased) == 1 and erased[0]["source"] == "cli" and erased[0]["table"] == "person"
    assert "Kirsten" not in json.dumps(rows, ensure_ascii=False)
    assert cli.run(["--db", str(demo_path), "audit", "--since", "1. maj"]) == 1
    assert "1. maj" in capsys.readouterr().err


def test_access_export_as_json_and_pdf(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "kirsten.json"
    assert cli.run(["--db", str(demo_path), "privacy", "export", KIRSTEN, "-o", str(target)]) == 0
    data = json.loads(target.read_text("utf-8"))
    assert data["records"]["person"][0]["name"] == "Kirsten Dalgaard"
    assert data["records"]["registration"]
    assert cli.run(["--db", str(demo_path), "privacy", "export", KIRSTEN, "-o", str(target)]) == 1  # no --force
    assert "--force" in capsys.readouterr().err
    pdf = tmp_path / "kirsten.pdf"
    assert cli.run(["--db", str(demo_path), "privacy", "export", KIRSTEN, "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert cli.run(["--db", str(demo_path), "privacy", "export", KIRSTEN, "-o", str(tmp_path / "k.txt")]) == 1
    assert "k.txt" in capsys.readouterr().err
    assert cli.run(["--db", str(demo_path), "audit", "--person", KIRSTEN, "--json"]) == 0
    exports = [r for r in json.loads(capsys.readouterr().out) if r["action"] == "export"]
    assert [r["detail"] for r in exports] == ["access export (json)", "access export (pdf)"]


def test_retention_lists_then_applies(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["--db", str(demo_path), "privacy", "retention", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert not listed["applied"] and listed["meetings"] and not listed["automatic"]
    assert "registration" in {m["rule"] for m in listed["meetings"]}  # the demo's held meetings are years past
    assert cli.run(["--db", str(demo_path), "privacy", "retention"]) == 0
    assert "--apply" in capsys.readouterr().out
    assert cli.run(["--db", str(demo_path), "privacy", "retention", "--apply"]) == 0
    assert "Done." in capsys.readouterr().out
    assert cli.run(["--db", str(demo_path), "privacy", "retention", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["meetings"] == []
