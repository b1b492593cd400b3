"""kill -9 at random (seeded) points of an import, a backup, an upgrade and a bulk edit: nothing is lost.

Each operation runs once to the end to count its function calls, then 20 times killed at a
call chosen by a seeded random number (`tests/faults.py`). After every kill the database
passes `PRAGMA integrity_check`, holds every row it held (and either all or none of what the
killed operation wrote), and the file a backup was writing is either the old one or a
complete new one.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from klimamoeder import storage
from klimamoeder.safe_files import before_upgrade_copies
from klimamoeder.services import demo
from klimamoeder.storage import open_database
from tests import faults
from tests.faults import count, fresh_copy, integrity

TRIALS = 20
FIXTURES = Path(__file__).parent.parent / "fixtures"
PEOPLE = "SELECT count(*) FROM person"
REGISTRATIONS = "SELECT count(*) FROM registration"
CANCELLED = "SELECT count(*) FROM registration WHERE meeting_id = 1 AND status = 'cancelled'"


def kill_points(operation: str, *args: str, seed: int) -> Iterator[int]:
    """Run once to count the calls, then yield TRIALS seeded points spread over them."""
    full = faults.run(operation, *args)
    assert full.exit_code == 0 and full.calls > 100, full
    rng = random.Random(seed)
    yield from sorted(rng.randrange(1, full.calls) for _ in range(TRIALS))


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo data and 150 more people on meeting 1, as a closed file to copy per trial."""
    path = tmp_path_factory.mktemp("template") / "klimamoeder.sqlite3"
    db = open_database(path)
    demo.load_demo(db)
    db.dispose()
    csv = path.parent / "more.csv"
    csv.write_text("Navn;E-mail;Organisation\r\n" + "".join(
        f"Deltager {n};deltager{n}@kl.example;Kommune {n % 17}\r\n" for n in range(150)), encoding="utf-8")
    assert faults.run("import_people", str(path), str(csv)).exit_code == 0
    return path


def test_an_import_killed_anywhere_imports_all_or_nothing(demo_template: Path, tmp_path: Path) -> None:
    csv = tmp_path / "new-people.csv"
    csv.write_text("Navn;E-mail\r\n" + "".join(f"Ny {n};ny{n}@kl.example\r\n" for n in range(100)), encoding="utf-8")
    people, registrations = count(demo_template, PEOPLE), count(demo_template, REGISTRATIONS)
    database = fresh_copy(demo_template, tmp_path / "count")
    for point in kill_points("import_people", str(database), str(csv), seed=11):
        database = fresh_copy(demo_template, tmp_path / "trial")
        trial = faults.run("import_people", str(database), str(csv), kill_at=point)
        assert integrity(database) == "ok", point
        after = (count(database, PEOPLE), count(database, REGISTRATIONS))
        assert after in ((people, registrations), (people + 100, registrations + 100)), (point, after)
        assert trial.killed or after[0] == people + 100


def test_a_backup_killed_anywhere_leaves_the_old_backup_or_a_complete_new_one(demo_template: Path,
                                                                              tmp_path: Path) -> None:
    old_backup = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", old_backup)
    old_bytes = old_backup.read_bytes()
    registrations = count(demo_template, REGISTRATIONS)
    database = fresh_copy(demo_template, tmp_path / "count")
    shutil.copy(old_backup, database.parent / "backup.sqlite3")
    new_seen = 0
    for point in kill_points("back_up", str(database), str(database.parent / "backup.sqlite3"), seed=12):
        database = fresh_copy(demo_template, tmp_path / "trial")
        target = database.parent / "backup.sqlite3"
        shutil.copy(old_backup, target)
        faults.run("back_up", str(database), str(target), kill_at=point)
        assert integrity(database) == "ok" and count(database, REGISTRATIONS) == registrations
        if target.read_bytes() != old_bytes:
            new_seen += 1
            assert integrity(target) == "ok" and count(target, REGISTRATIONS) == registrations, point
    assert 0 < new_seen < TRIALS, "the kill points should fall before and after the rename"


def test_an_upgrade_killed_anywhere_loses_nothing_and_the_next_start_finishes_it(tmp_path: Path) -> None:
    original = FIXTURES / "schema-0001.sqlite3"
    rows = {sql: count(original, sql) for sql in (PEOPLE, REGISTRATIONS, "SELECT count(*) FROM agenda_item")}
    database = fresh_copy(original, tmp_path / "count")
    for point in kill_points("upgrade", str(database), seed=13):
        database = fresh_copy(original, tmp_path / "trial")
        faults.run("upgrade", str(database), kill_at=point)
        assert integrity(database) == "ok", point
        with sqlite3.connect(database) as con:
            assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] in ("0001",
                                                                                          storage.SCHEMA_REVISION)
        assert {sql: count(database, sql) for sql in rows} == rows, point
        copies = before_upgrade_copies(database)
        assert len(copies) <= 1
        for copy in copies:  # a copy that exists under its name is complete
            assert integrity(copy) == "ok" and count(copy, REGISTRATIONS) == rows[REGISTRATIONS]
        restarted = open_database(database)  # the next start finishes the upgrade
        restarted.dispose()
        assert storage.current_revision(restarted.engine) == storage.SCHEMA_REVISION
        assert {sql: count(database, sql) for sql in rows} == rows
        assert len(before_upgrade_copies(database)) == 1


def test_a_bulk_edit_killed_anywhere_changes_all_or_nothing(demo_template: Path, tmp_path: Path) -> None:
    registrations, cancelled = count(demo_template, REGISTRATIONS), count(demo_template, CANCELLED)
    everyone = count(demo_template, "SELECT count(*) FROM registration WHERE meeting_id = 1")
    assert everyone - cancelled > 150
    database = fresh_copy(demo_template, tmp_path / "count")
    for point in kill_points("cancel_everyone", str(database), seed=14):
        database = fresh_copy(demo_template, tmp_path / "trial")
        faults.run("cancel_everyone", str(database), kill_at=point)
        assert integrity(database) == "ok", point
        assert count(database, REGISTRATIONS) == registrations
        assert count(database, CANCELLED) in (cancelled, everyone), point
