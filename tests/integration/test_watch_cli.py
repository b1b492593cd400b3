"""`klimamoeder watch [--json]`: each committed change, one line, as it happens — never a rolled-back one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from klimamoeder import settings
from klimamoeder.model import Person
from klimamoeder.services import people
from klimamoeder.services.people import PersonInput
from klimamoeder.storage import open_database
from tests.unit.test_registrations import make_meeting, make_network


def _watch(db: str, *extra: str) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-m", "klimamoeder", "--db", db, "watch", *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert process.stderr is not None
    assert process.stderr.readline().strip() == "listening for changes…"
    return process


@pytest.mark.postgres
def test_watch_json_prints_each_committed_row_with_author_and_nothing_rolled_back(postgres_url: str) -> None:
    settings.update(user_name="Mette")
    db = open_database(postgres_url)
    watcher = _watch(postgres_url, "--json", "--limit", "3")
    try:
        try:
            with db.session() as s:  # a change that is rolled back is never announced
                s.add(Person(name="Forkastet", email="nej@example.org", other_emails=[]))
                s.flush()
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
        soren = people.add_person(db, PersonInput(name="Søren Ærø-Østergaard", email="soren@esbjerg.example"))
        people.edit_person(db, soren.id, PersonInput(name="Søren Ærø-Østergaard", email="soren@esbjerg.example",
                                                     phone="+45 76 16 16 16"), soren.version, soren.fields)
        meeting = make_meeting(db, make_network(db))
        out, _err = watcher.communicate(timeout=30)
    finally:
        watcher.kill()
        db.dispose()
    lines = [json.loads(line) for line in out.splitlines()]
    assert [(e["table"], e["id"], e["action"], e["author"]) for e in lines] == [
        ("person", soren.id, "create", "Mette"), ("person", soren.id, "update", "Mette"),
        ("network", 1, "create", "Mette")]
    assert lines[1]["fields"] == ["phone"]  # names of fields, never their values
    assert all(e["time"].startswith("20") for e in lines)
    assert watcher.returncode == 0 and meeting


def test_watch_on_sqlite_says_that_something_changed(tmp_path: Path) -> None:
    path = str(tmp_path / "sekretariat.sqlite3")
    db = open_database(path)
    watcher = _watch(path, "--limit", "1")
    try:
        people.add_person(db, PersonInput(name="Zoë", email="zoe@abdn.example"))
        out, _err = watcher.communicate(timeout=30)
    finally:
        watcher.kill()
        db.dispose()
    assert out.strip().endswith("something changed (reload everything)")
