"""The command line's contract: version, backup, and one clear line on any error."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from klimamoeder import __version__


def klimamoeder(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "klimamoeder", *args], capture_output=True, text=True,
                          timeout=120, check=False)


def test_version() -> None:
    result = klimamoeder("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"klimamoeder {__version__}"


def test_backup_of_a_sqlite_database_is_a_complete_database(tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite3"
    assert klimamoeder("--db", str(db), "demo").returncode == 0
    result = klimamoeder("--db", str(db), "backup", "-o", str(tmp_path / "copy.sqlite3"))
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(tmp_path / "copy.sqlite3") as con:
        assert con.execute("SELECT count(*) FROM meeting").fetchone()[0] == 7
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.postgres
def test_backup_of_a_postgresql_database_is_a_pg_dump_archive(postgres_url: str, tmp_path: Path) -> None:
    assert klimamoeder("--db", postgres_url, "demo").returncode == 0
    target = tmp_path / "team.dump"
    result = klimamoeder("--db", postgres_url, "backup", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:5] == b"PGDMP"


def test_the_database_can_come_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KLIMAMOEDER_DB", str(tmp_path / "env.sqlite3"))
    assert klimamoeder("demo").returncode == 0
    assert (tmp_path / "env.sqlite3").exists()


@pytest.mark.parametrize("args, message", [
    (["export", "invites", "999999", "-o", "x.ics"], "There is no meeting with id 999999"),
    (["backup", "-o", "/nonexistent-klimamoeder-folder/x.sqlite3"],
     "The folder /nonexistent-klimamoeder-folder does not exist."),
    (["export", "programme", "99999999999999999999", "-o", "x.pdf"],
     "klimamoeder: 99999999999999999999 is out of range: no record has an id that large."),
    (["backup", "-o", "."], "klimamoeder: . is a folder; give a file name."),
    (["backup", "-o", "k.sqlite3"], "k.sqlite3 is the open database (or one of its files); choose another"),
    (["backup", "-o", "old-backup.sqlite3"], "old-backup.sqlite3 already exists; choose another name or use --force"),
])
def test_errors_are_one_line_on_stderr_with_exit_1(tmp_path: Path, args: list[str], message: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "k.sqlite3"
    loaded = klimamoeder("--db", str(db), "demo")
    assert loaded.returncode == 0, loaded.stderr
    (tmp_path / "old-backup.sqlite3").write_bytes(b"last week's backup")
    result = klimamoeder("--db", str(db), *args)
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_a_bad_command_line_is_a_usage_error(tmp_path: Path) -> None:
    result = klimamoeder("--db", str(tmp_path / "k.sqlite3"), "export", "nonsense")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_a_speaker_gets_their_own_agenda_items_as_a_calendar(tmp_path: Path) -> None:
    import icalendar

    db = str(tmp_path / "k.sqlite3")
    loaded = klimamoeder("--db", db, "demo")
    assert loaded.returncode == 0, loaded.stderr
    target = tmp_path / "jesper.ics"
    result = klimamoeder("--db", db, "export", "speaker-agenda", "1", "Jesper.Frost.Rasmussen@esbjerg.example",
                         "-o", str(target))
    assert result.returncode == 0, result.stderr
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    assert calendar["METHOD"] == "PUBLISH"
    suffix = " (WECP Annual General Assembly 2022)"
    titles = sorted(str(event["SUMMARY"]).removesuffix(suffix) for event in calendar.walk("VEVENT"))
    assert titles == ["Closing session and Esbjerg declaration", "General Assembly, session II: elections, "
                      "budget and next host city", "Opening of the General Assembly",
                      "Welcome reception hosted by the Mayor of Esbjerg"]
    opening = next(e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]).startswith("Opening of"))
    assert opening.decoded("DTSTART").isoformat() == "2022-10-06T09:00:00+02:00"


def test_an_unexpected_failure_is_one_line_without_the_data_it_was_about(tmp_path: Path, monkeypatch, capsys) -> None:
    from klimamoeder import cli

    def broken(db, args):  # stands in for a bug deep in a use case
        raise RuntimeError("duplicate key (email)=(anne.soeren@esbjerg.example)")

    monkeypatch.setattr(cli.basics, "cmd_meetings", broken)
    assert cli.run(["--db", str(tmp_path / "k.sqlite3"), "meetings"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("klimamoeder: unexpected error (RuntimeError); nothing was changed.")
    assert "anne.soeren" not in err and len(err.strip().splitlines()) == 1


def test_backup_replaces_an_older_backup_only_with_force(tmp_path: Path) -> None:
    db, target = str(tmp_path / "k.sqlite3"), tmp_path / "backup.sqlite3"
    loaded = klimamoeder("--db", db, "demo")
    assert loaded.returncode == 0, loaded.stderr
    target.write_bytes(b"last week's backup")
    assert klimamoeder("--db", db, "backup", "-o", str(target)).returncode == 1
    assert target.read_bytes() == b"last week's backup"
    assert klimamoeder("--db", db, "backup", "-o", str(target), "--force").returncode == 0
    with sqlite3.connect(target) as con:
        assert con.execute("SELECT count(*) FROM meeting").fetchone()[0] == 7


def test_errors_speak_danish_to_danish_users(tmp_path: Path) -> None:
    import os

    folder = tmp_path / "en mappe.sqlite3"
    folder.mkdir()
    env = dict(os.environ, KLIMAMOEDER_LANGUAGE="da")
    result = subprocess.run([sys.executable, "-m", "klimamoeder", "--db", str(folder), "meetings"],
                            capture_output=True, text=True, timeout=120, check=False, env=env)
    assert result.returncode == 1
    assert result.stderr == f"klimamoeder: {folder} er en mappe; angiv et filnavn.\n"
