"""Engine, sessions, migrations and backups for SQLite and PostgreSQL.

The start-up order follows the known traps: read the revision, back up, upgrade,
check integrity, and restore the backup if anything failed on the way.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from .i18n import translate
from .paths import default_database, migrations_dir
from .safe_files import OutputRefused, before_upgrade_name, check_target, protect_database

log = logging.getLogger(__name__)

# The schema revision this version of the code expects (a test keeps it equal to Alembic's head).
# Known without importing Alembic, which costs most of a second at every start.
SCHEMA_REVISION = "0006"

ENV_VAR = "KLIMAMOEDER_DB"


class StorageError(Exception):
    """The environment's fault (locked, unreadable, full disk, network share): tell the user."""


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0] if lines else ""


def resolve_url(target: str | os.PathLike[str] | None = None) -> URL:
    """Turn `--db`, `KLIMAMOEDER_DB` or the default into a SQLAlchemy URL.

    A plain path means a SQLite file; `postgresql://` is given the psycopg 3 driver.
    """
    raw = str(target) if target else os.environ.get(ENV_VAR) or str(default_database())
    if "://" not in raw:
        return URL.create("sqlite+pysqlite", database=str(Path(raw).expanduser().resolve()))
    url = make_url(raw)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def describe(url: URL) -> str:
    """The database location for people: a path, or the server without the password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def is_network_path(path: Path) -> bool:
    """SQLite's locking is unreliable on network shares: the caller warns about it."""
    text_path = str(path)
    if text_path.startswith(("\\\\", "//")):
        return True
    try:
        with open("/proc/mounts", encoding="utf-8") as mounts:
            network_fs = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p"}
            best, kind = "", ""
            for line in mounts:
                parts = line.split()
                if len(parts) >= 3 and text_path.startswith(parts[1]) and len(parts[1]) > len(best):
                    best, kind = parts[1], parts[2]
            return kind in network_fs
    except OSError:
        return False


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # pysqlite's own transaction handling is switched off (SQLAlchemy issues BEGIN
    # itself), so these run outside a transaction: foreign_keys is ignored inside one.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in (
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=FULL",
        "PRAGMA foreign_keys=ON",
        "PRAGMA busy_timeout=10000",
        "PRAGMA secure_delete=ON",
    ):
        cursor.execute(pragma)
    cursor.close()


READ_ONLY = "klimamoeder_read_only"


def _sqlite_begin(conn: Any) -> None:
    # Writers take the lock at BEGIN, so the busy timeout applies instead of failing mid-way.
    # Readers (`Database.read()`) begin deferred: in WAL mode they read a snapshot and never wait for a writer.
    conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READ_ONLY) else "BEGIN IMMEDIATE")


def create_db_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        # hide_parameters: SQL errors must never carry participants' names or e-mails into logs or messages.
        engine = create_engine(url, connect_args={"check_same_thread": False}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def alembic_config(url: URL, connection: Any | None = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", url.render_as_string(hide_password=False).replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision among the shipped migration scripts (asks Alembic)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(URL.create("sqlite"))).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite file through SQLite's online backup API."""
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(tmp, target)


def backup(url: URL, target: Path) -> None:
    """`klimamoeder backup -o FILE`: SQLite's backup API, or pg_dump for a server."""
    try:
        check_target(target, overwrite=True)
    except OutputRefused as refused:
        raise StorageError(str(refused)) from refused
    if url.get_backend_name() == "sqlite":
        if not url.database or not Path(url.database).exists():
            raise StorageError(translate("Storage", "The database does not exist: {path}").format(path=url.database))
        backup_sqlite(Path(url.database), target)
        return
    import shutil
    import subprocess

    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise StorageError(translate(
            "Storage", "pg_dump is not installed; it is needed to back up a PostgreSQL database."
        ))
    plain = url.set(drivername="postgresql")
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
        plain = plain.set(password=None)
    result = subprocess.run(
        [pg_dump, "--format=custom", "--file", str(target),
         plain.render_as_string(hide_password=False)],
        env=env, capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise StorageError(translate("Storage", "pg_dump failed: {reason}").format(reason=_first_line(result.stderr)))


@dataclass
class Database:
    """An opened, migrated database: the one object services need."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    backup_path: Path | None = None

    @property
    def location(self) -> str:
        return describe(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error."""
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work: on SQLite no write lock (a reader never waits behind a writer).

        Anything written in it is rolled back, so a use case that writes must use `session()`.
        """
        session = Session(self.engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False)
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def _backup_before_migration(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database:
        return None
    source = Path(url.database)
    if not source.exists() or source.stat().st_size == 0:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = before_upgrade_name(source, stamp)
    backup_sqlite(source, target)
    return target


def _upgrade(engine: Engine, url: URL) -> None:
    sqlite = url.get_backend_name() == "sqlite"
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        if sqlite and raw is not None:
            # Batch migrations drop and rebuild tables: with foreign keys on, the drop
            # would cascade-delete child rows. Off for the migration (outside any
            # transaction, or SQLite ignores it), checked after.
            raw.execute("PRAGMA foreign_keys=OFF")
        from alembic import command

        command.upgrade(alembic_config(url, conn), "head")
        conn.commit()
        if sqlite and raw is not None:
            violations = raw.execute("PRAGMA foreign_key_check").fetchall()
            integrity = raw.execute("PRAGMA integrity_check").fetchone()
            raw.execute("PRAGMA foreign_keys=ON")
            if violations or integrity is None or integrity[0] != "ok":
                raise StorageError(translate(
                    "Storage", "The database failed its integrity check after the upgrade; the backup was restored."
                ))


def open_database(target: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> Database:
    """Open (and create or upgrade) the database named by `--db`, the environment or the default."""
    url = resolve_url(target)
    if url.get_backend_name() == "sqlite" and url.database and is_network_path(Path(url.database)):
        log.warning("SQLite database on a network file system; use PostgreSQL for shared work")
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        protect_database(url.database)
    engine = create_db_engine(url)
    backup_path: Path | None = None
    try:
        revision = current_revision(engine) if migrate else None
        if migrate and revision != SCHEMA_REVISION:
            # A new database has nothing to lose; an existing one is copied before any change.
            backup_path = _backup_before_migration(url) if revision is not None else None
            try:
                _upgrade(engine, url)
            except Exception:
                engine.dispose()
                if backup_path is not None and url.database:
                    _restore(backup_path, Path(url.database))
                raise
    except OperationalError as error:
        engine.dispose()
        raise StorageError(translate("Storage", "The database could not be opened ({where}): {reason}").format(
            where=describe(url), reason=_first_line(str(error.orig))
        )) from error
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(url=url, engine=engine, sessions=sessions, backup_path=backup_path)


def _restore(backup_path: Path, target: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    backup_sqlite(backup_path, target)


def ping(database: Database) -> None:
    with database.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
