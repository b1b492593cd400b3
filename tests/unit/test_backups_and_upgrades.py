"""Backups, before-upgrade copies and restores: each one complete and checked, none where nothing changed."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from klimamoeder import storage
from klimamoeder.safe_files import OutputRefused, before_upgrade_copies
from klimamoeder.services import demo
from klimamoeder.storage import StorageError, backup, open_database

FIXTURES = Path(__file__).parent.parent / "fixtures"


def revision(path: Path) -> str:
    with sqlite3.connect(path) as con:
        return str(con.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as con:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])


def registrations(path: Path) -> int:
    with sqlite3.connect(path) as con:
        return int(con.execute("SELECT count(*) FROM registration").fetchone()[0])


def old_database(tmp_path: Path) -> Path:
    path = tmp_path / "klimamoeder.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", path)
    return path


def fail_after_migrating(monkeypatch: pytest.MonkeyPatch, error: Exception) -> None:
    """The migrations run, then something fails before the transaction commits."""
    from alembic import command

    real = command.upgrade

    def upgrade_then_fail(config, revision):  # type: ignore[no-untyped-def]
        real(config, revision)
        raise error

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)


def test_backing_up_onto_the_open_database_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    db = open_database(tmp_path / "live.sqlite3")
    demo.load_demo(db)
    before = registrations(tmp_path / "live.sqlite3")
    try:
        with pytest.raises(OutputRefused, match="is the open database"):
            backup(db.url, tmp_path / "live.sqlite3")
        with pytest.raises(OutputRefused, match="is a folder"):
            backup(db.url, tmp_path)
    finally:
        db.dispose()
    assert integrity(tmp_path / "live.sqlite3") == "ok"
    assert registrations(tmp_path / "live.sqlite3") == before


def test_a_backup_is_one_self_contained_owner_only_file(tmp_path: Path) -> None:
    db = open_database(tmp_path / "live.sqlite3")
    demo.load_demo(db)
    try:
        backup(db.url, tmp_path / "copy.sqlite3", overwrite=False)
        with pytest.raises(OutputRefused, match="already exists"):
            backup(db.url, tmp_path / "copy.sqlite3", overwrite=False)
    finally:
        db.dispose()
    with sqlite3.connect(tmp_path / "copy.sqlite3") as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not Path(f"{tmp_path / 'copy.sqlite3'}-wal").exists()
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "copy.sqlite3").stat().st_mode) == 0o600


def test_a_failed_upgrade_that_changed_nothing_is_not_restored(tmp_path: Path, monkeypatch) -> None:
    path = old_database(tmp_path)
    path.chmod(0o640)
    inode = path.stat().st_ino
    fail_after_migrating(monkeypatch, OSError(28, "No space left on device"))
    with pytest.raises(StorageError, match=r"^The disk is full: .* Nothing was changed; free some space"):
        open_database(path)
    # One transaction, rolled back: the same file, untouched, no restore over it.
    assert revision(path) == "0001" and path.stat().st_ino == inode
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_every_failed_start_reuses_the_one_copy_of_its_version_step(tmp_path: Path, monkeypatch) -> None:
    path = old_database(tmp_path)
    fail_after_migrating(monkeypatch, OSError(28, "No space left on device"))
    for _start in range(3):
        with pytest.raises(StorageError):
            open_database(path)
    copies = before_upgrade_copies(path)
    assert [c.name for c in copies] == [f"klimamoeder.before-upgrade-0001-to-{storage.SCHEMA_REVISION}.sqlite3"]
    assert integrity(copies[0]) == "ok" and revision(copies[0]) == "0001"
    assert not list(tmp_path.glob(".*.part"))


def test_the_newest_three_before_upgrade_copies_are_kept(tmp_path: Path) -> None:
    path = old_database(tmp_path)
    for number, step in enumerate(("0001-to-0002", "0002-to-0003", "0003-to-0004", "0000-to-0001")):
        older = tmp_path / f"klimamoeder.before-upgrade-{step}.sqlite3"
        shutil.copy(path, older)
        os.utime(older, (1_600_000_000 + number, 1_600_000_000 + number))
    db = open_database(path)
    db.dispose()
    names = [c.name for c in before_upgrade_copies(path)]
    assert names == ["klimamoeder.before-upgrade-0003-to-0004.sqlite3",
                     "klimamoeder.before-upgrade-0000-to-0001.sqlite3",
                     f"klimamoeder.before-upgrade-0001-to-{storage.SCHEMA_REVISION}.sqlite3"]


def test_a_restore_checks_the_copy_before_it_touches_the_database(tmp_path: Path, monkeypatch) -> None:
    path = old_database(tmp_path)
    before = registrations(path)

    def damage_the_copy_then_fail(config, revision):  # type: ignore[no-untyped-def]
        copy = before_upgrade_copies(path)[0]
        with open(copy, "r+b") as damaged:
            damaged.seek(4096 * 3)
            damaged.write(b"\xff" * 4096 * 4)
        connection = config.attributes["connection"]
        connection.exec_driver_sql("DELETE FROM registration")
        connection.commit()
        raise RuntimeError("a fault in a migration")

    from alembic import command

    monkeypatch.setattr(command, "upgrade", damage_the_copy_then_fail)
    with pytest.raises(StorageError, match="could not be put back; a complete copy from before the upgrade is"):
        open_database(path)
    # The damaged copy was never written over the database: what the failed upgrade left is still there.
    assert integrity(path) == "ok" and registrations(path) == 0 < before


def test_a_database_from_a_newer_version_names_the_version_to_install(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    db = open_database(path)
    db.dispose()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '0099'")
        con.execute("UPDATE schema_release SET version = '7.1.0'")
    with pytest.raises(StorageError, match=r"was made by Klimamøder 7\.1\.0 or newer; update the program"):
        open_database(path)
    assert revision(path) == "0099" and not before_upgrade_copies(path)


def test_a_file_that_is_not_ours_is_left_alone(tmp_path: Path) -> None:
    pdf, other = tmp_path / "programme.sqlite3", tmp_path / "other.sqlite3"
    pdf.write_bytes(b"%PDF-1.4\n" + b"x" * 5000)
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    for path in (pdf, other):
        content = path.read_bytes()
        with pytest.raises(StorageError, match="is not a Klimamøder database"):
            open_database(path)
        assert path.read_bytes() == content


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="is a folder; give a file name"):
        open_database(tmp_path)


def test_the_upgrade_records_which_version_made_the_schema(tmp_path: Path) -> None:
    from klimamoeder import __version__

    path = old_database(tmp_path)
    open_database(path).dispose()
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT version FROM schema_release").fetchall() == [(__version__,)]
