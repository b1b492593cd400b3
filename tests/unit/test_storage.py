"""Storage: where data lives, that migrations never lose it, and that backups are consistent."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from klimamoeder import storage
from klimamoeder.model import Base, Meeting, MeetingKind
from klimamoeder.services import demo, meetings
from klimamoeder.services.errors import StaleEdit
from klimamoeder.storage import StorageError, backup, head_revision, open_database, resolve_url

FIXTURES = Path(__file__).parent.parent / "fixtures"
TABLES = ["network", "organisation", "membership", "person", "venue", "room", "meeting", "agenda_item",
          "agenda_person", "registration"]


def row_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as con:
        return {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def test_the_migrations_create_exactly_the_schema_of_the_model(db) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_the_code_expects_the_newest_shipped_migration() -> None:
    assert head_revision() == storage.SCHEMA_REVISION


def test_a_populated_database_from_the_first_schema_survives_every_later_migration(tmp_path: Path) -> None:
    old = tmp_path / "klimamoeder.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", old)
    before = row_counts(old)
    assert before["registration"] > 50

    db = open_database(old)
    try:
        assert storage.current_revision(db.engine) == head_revision()
        assert row_counts(old) == before
        titles = {m.title for m in meetings.list_meetings(db)}
        assert "WECP Annual General Assembly 2022" in titles
        with sqlite3.connect(old) as con:
            assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.backup_path is not None and db.backup_path.exists()
        with sqlite3.connect(db.backup_path) as con:  # the backup is the old database, untouched
            assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert row_counts(db.backup_path) == before
    finally:
        db.dispose()


def test_a_failed_upgrade_restores_the_backup_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "klimamoeder.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", path)
    before = row_counts(path)

    def half_done_upgrade(config, revision):
        connection = config.attributes["connection"]
        connection.exec_driver_sql("DELETE FROM registration")
        connection.commit()
        raise RuntimeError("power cut in the middle of the upgrade")

    from alembic import command

    monkeypatch.setattr(command, "upgrade", half_done_upgrade)
    with pytest.raises(StorageError, match=r"^The upgrade failed \(RuntimeError\); the database was put back"):
        open_database(path)
    assert row_counts(path) == before


def test_a_new_database_needs_no_backup(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite3")
    db.dispose()
    assert db.backup_path is None
    assert [p.name for p in tmp_path.iterdir() if "before-upgrade" in p.name] == []


def test_sqlite_runs_with_wal_full_sync_foreign_keys_and_a_busy_timeout(sqlite_db) -> None:
    with sqlite_db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert raw.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_backup_makes_a_consistent_copy_while_the_database_is_being_written(tmp_path: Path) -> None:
    db = open_database(tmp_path / "live.sqlite3")
    demo.load_demo(db)
    stop, writing = threading.Event(), threading.Event()
    written: list[int] = []
    failures: list[BaseException] = []

    def keep_writing() -> None:
        try:
            while not stop.is_set():
                n = len(written)
                with db.session() as s:
                    meeting = s.scalars(sa.select(Meeting).order_by(Meeting.id).limit(1)).one()
                    meeting.theme = f"edit {n}"
                written.append(n)
                writing.set()
        except BaseException as error:  # reported by the test below
            failures.append(error)
            writing.set()

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        assert writing.wait(30), "the writer never wrote"
        target = tmp_path / "copy.sqlite3"
        backup(db.url, target)
        during = len(written)
    finally:
        stop.set()
        writer.join()
        db.dispose()
    assert failures == [] and during >= 1
    with sqlite3.connect(target) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        theme = con.execute("SELECT theme FROM meeting ORDER BY id LIMIT 1").fetchone()[0]
    assert theme in {f"edit {n}" for n in written}, "the copy holds one committed state of the writer's"
    assert row_counts(target)["registration"] == row_counts(tmp_path / "live.sqlite3")["registration"]


def test_the_backup_command_refuses_a_database_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        backup(resolve_url(tmp_path / "missing.sqlite3"), tmp_path / "out.sqlite3")


def test_database_urls_paths_and_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_url(tmp_path / "a.sqlite3").get_backend_name() == "sqlite"
    assert resolve_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    monkeypatch.setenv("KLIMAMOEDER_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_url(None).database == str(tmp_path / "env.sqlite3")
    monkeypatch.delenv("KLIMAMOEDER_DB")
    assert resolve_url(None).database.endswith("klimamoeder/klimamoeder.sqlite3")
    assert storage.describe(resolve_url("postgresql://u:secret@h/db")) == "postgresql+psycopg://u:***@h/db"


def test_a_database_on_a_network_share_is_recognised() -> None:
    assert storage.is_network_path(Path("//fileserver/sekretariat/klimamoeder.sqlite3"))
    assert storage.is_network_path(Path("\\\\fileserver\\sekretariat\\klimamoeder.sqlite3"))


def test_a_naive_time_is_never_stored_as_an_instant(db) -> None:
    with pytest.raises(sa.exc.StatementError, match="naive datetime"), db.session() as s:
        network = s.scalars(sa.select(Meeting)).first()
        assert network is None
        s.add(Meeting(network_id=1, title="x", kind=MeetingKind.WORKSHOP, start=datetime(2025, 1, 1, 10),
                      end=datetime(2025, 1, 1, 12), calendar_uid="x@y"))


def test_the_database_itself_refuses_a_meeting_that_ends_before_it_starts(db) -> None:
    demo.load_demo(db)
    with pytest.raises(sa.exc.IntegrityError), db.session() as s:
        meeting = s.scalars(sa.select(Meeting)).first()
        meeting.end = datetime(2000, 1, 1, tzinfo=UTC)


def test_two_people_saving_the_same_field_of_a_meeting_the_second_is_asked_to_decide(db) -> None:
    demo.load_demo(db)
    meeting_id = meetings.list_meetings(db)[0].id
    first = meetings.get_meeting(db, meeting_id)
    second = meetings.get_meeting(db, meeting_id)
    from dataclasses import replace

    meetings.update_meeting(db, meeting_id, replace(first.fields, theme="A"), first.version)
    with pytest.raises(StaleEdit, match="was changed by someone else while you were editing it"):
        meetings.update_meeting(db, meeting_id, replace(second.fields, theme="B"), second.version, second.fields)
    assert meetings.get_meeting(db, meeting_id).fields.theme == "A"


def test_a_database_error_never_quotes_the_values_it_was_given(db) -> None:
    from klimamoeder.model import Person

    with db.session() as s:
        s.add(Person(name="Zoë Hartley", email="zoe.hartley@perth.example", other_emails=[]))
    with pytest.raises(sa.exc.IntegrityError) as raised, db.session() as s:
        s.add(Person(name="Zoë Hartley", email="zoe.hartley@perth.example", other_emails=[]))
    assert "SQL parameters hidden" in str(raised.value)
    assert "Zoë" not in str(raised.value)


def test_upgrading_moves_old_delivery_fingerprints_into_their_own_column(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "klimamoeder.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", path)
    url = resolve_url(path)
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        command.upgrade(storage.alembic_config(url, conn), "0002")
        conn.commit()
        conn.exec_driver_sql(
            "INSERT INTO invitation_delivery (meeting_id, person_id, method, sequence, status, error, at) VALUES "
            "(1, 1, 'REQUEST', 0, 'sent', 'fp:0123456789abcdef', '2026-11-01 10:00:00'), "
            "(1, 2, 'REQUEST', 0, 'failed', '550 mailbox unavailable', '2026-11-01 10:00:00')")
        conn.commit()
    engine.dispose()

    db = open_database(path)
    db.dispose()
    with sqlite3.connect(path) as con:
        rows = con.execute("SELECT status, error, content_fingerprint FROM invitation_delivery ORDER BY id").fetchall()
    assert rows == [("sent", "", "0123456789abcdef"), ("failed", "550 mailbox unavailable", "")]
