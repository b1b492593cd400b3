"""Engine, sessions, migrations and backups for SQLite and PostgreSQL.

The start-up order follows the known traps: read the revision, make a verified copy,
upgrade in one transaction, check integrity, and put the copy back only if the upgrade
committed something and then failed its checks. One before-upgrade copy per version step;
the newest three are kept.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from . import __version__, failures, settings
from .i18n import translate
from .paths import data_dir, default_database, migrations_dir
from .safe_files import (
    OutputRefused,
    before_upgrade_copies,
    before_upgrade_name,
    private_folder,
    protect_database,
    tighten,
    write_before_upgrade_copy,
    write_by_path,
)

log = logging.getLogger(__name__)

# The schema revision this version of the code expects (a test keeps it equal to Alembic's head).
# Known without importing Alembic, which costs most of a second at every start.
SCHEMA_REVISION = "0013"
# How long a write waits for another program's write to finish before it says the database is busy.
BUSY_TIMEOUT_MS = 10_000
# Before-upgrade copies kept next to the database (README: "Safety copies").
KEEP_BEFORE_UPGRADE = 3

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
        f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
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


def _verify(conn: sqlite3.Connection, where: Path) -> None:
    """`PRAGMA integrity_check` must say ok before anyone relies on a copy."""
    row = conn.execute("PRAGMA integrity_check").fetchone()
    if row is None or row[0] != "ok":
        raise StorageError(failures.damaged(str(where)))


def _copy_sqlite(source: Path, target: Path, shown_as: Path) -> None:
    """A consistent, verified, self-contained copy of a live SQLite file at `target` (a new file).

    SQLite's online backup API, never a file copy: it reads one consistent snapshot while
    others keep writing. The copy is switched from WAL to a rollback journal, so it is one
    file that opens anywhere, and passes `PRAGMA integrity_check` before it counts. Errors
    name `shown_as` (the file the user asked for), never the temporary file.
    """
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            src.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                _verify(dst, shown_as)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as error:
        # Reading fails at the source (busy, damaged); writing at the copy (disk full, read-only).
        name = getattr(error, "sqlite_errorname", "")
        side = source if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_NOTADB", "SQLITE_CORRUPT")) \
            else shown_as
        raise StorageError(failures.explain(error, database=str(side)) or translate(
            "Storage", "The copy of the database could not be made ({reason}).").format(
            reason=_first_line(str(error)))) from error


def backup(url: URL, target: Path, *, overwrite: bool = True) -> Path:
    """`klimamoeder backup -o FILE` and File → Back up: SQLite's backup API, or pg_dump for a server.

    Through the one safe writer: never onto the open database, and an existing backup is
    replaced only by a complete, verified new one.
    """
    if url.get_backend_name() == "sqlite":
        if not url.database or not Path(url.database).exists():
            raise StorageError(translate("Storage", "The database does not exist: {path}").format(path=url.database))
        source = Path(url.database)
        return write_by_path(target, lambda tmp: _copy_sqlite(source, tmp, target), overwrite=overwrite)
    return write_by_path(target, lambda tmp: _pg_dump(url, tmp), overwrite=overwrite)


def _pg_dump(url: URL, target: Path) -> None:
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

    def __post_init__(self) -> None:
        # The model's flush rules ride on every session of every database: registered with the first one opened
        # (an import is done once), so that `import klimamoeder.services.x` need not load SQLAlchemy.
        from .services import (
            audit,  # noqa: F401 - registers the change log (services/audit.py)
            changes,  # noqa: F401 - tells other windows what each commit changed (team mode)
            sequence,  # noqa: F401 - registers the SEQUENCE rule (services/sequence.py)
        )

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


def sqlite_path(url: URL) -> Path | None:
    """The database file of a SQLite URL; None for a server or an in-memory database."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _prepare_sqlite_file(path: Path) -> None:
    """Owner-only from the first byte: the folder 0700 and the file 0600 before SQLite creates it.

    SQLite gives `-wal` and `-shm` the database file's permissions, so creating the empty file
    ourselves is what keeps them private too. Files from earlier versions (0644 under the usual
    umask) are tightened at every start once opened (`_tighten_sqlite_files`), with a line in the log.
    """
    if path.is_dir():
        raise StorageError(failures.is_folder(str(path)))
    try:
        if path.parent == data_dir():
            private_folder(path.parent)
        else:  # the user's own folder: created private if new, otherwise theirs to decide
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            with contextlib.suppress(FileExistsError):
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as error:
        raise StorageError(failures.explain(error) or failures.cannot_open(str(path))) from error


def _tighten_sqlite_files(path: Path) -> None:
    """Once the file is known to be ours: the database, its companions and its copies owner-only."""
    tighten([Path(f"{path}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")] + before_upgrade_copies(path))


@dataclass(frozen=True)
class _Found:
    """What an existing database says about itself before we touch it."""

    revision: str | None
    has_tables: bool
    written_by: str | None


def _look_sqlite(path: Path) -> _Found:
    """Read-only, before the engine's pragmas run: another program's file must stay byte for byte as it was
    (opening it through the engine would already switch it to WAL)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = (con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
                    if "alembic_version" in tables else None)
        release = (con.execute("SELECT version FROM schema_release WHERE id = 1").fetchone()
                   if "schema_release" in tables else None)
    finally:
        con.close()
    return _Found(revision, bool(tables), release[0] if release else None)


def _look(engine: Engine) -> _Found:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = (conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                    if "alembic_version" in tables else None)
        written_by = (conn.execute(text("SELECT version FROM schema_release WHERE id = 1")).scalar()
                      if "schema_release" in tables else None)
    return _Found(revision, bool(tables), written_by)


def _is_newer(revision: str) -> bool:
    """A revision this program does not have: our revisions are numbered, so higher means newer."""
    if revision.isdigit() and SCHEMA_REVISION.isdigit():
        return int(revision) > int(SCHEMA_REVISION)
    return revision != SCHEMA_REVISION


class _ChangeWatcher:
    """Tells whether anyone committed to a SQLite file since it was created (`PRAGMA data_version`).

    A failed upgrade rolls back its one transaction and leaves the file as it was: then there
    is nothing to restore, and restoring anyway would only replace the user's file.
    """

    def __init__(self, path: Path) -> None:
        self.conn: sqlite3.Connection | None = None
        try:
            self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            self.start = self._version()
        except sqlite3.Error:
            self.close()

    def _version(self) -> int:
        assert self.conn is not None
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        if self.conn is None:
            return True  # unknown: assume the worst
        try:
            return self._version() != self.start
        except sqlite3.Error:
            return True

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def open_database(target: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> Database:
    """Open (and create or upgrade) the database named by `--db`, the environment or the default.

    Every failure the user can act on comes out as one StorageError line: a folder, not a
    Klimamøder database, made by a newer version, locked, read-only, disk full.
    """
    url = resolve_url(target)
    path = sqlite_path(url)
    if path is not None:
        _prepare_sqlite_file(path)
        if is_network_path(path):
            log.warning("SQLite database on a network file system; use PostgreSQL for shared work")
        protect_database(path)
    engine = create_db_engine(url)
    try:
        backup_path = _migrate(engine, url, path) if migrate else None
    except BaseException:
        engine.dispose()
        raise
    if path is not None:
        _tighten_sqlite_files(path)
    settings.secure()  # every start opens a database: the one place both the window and the CLI pass
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(url=url, engine=engine, sessions=sessions, backup_path=backup_path)


def _open_failure(error: BaseException, url: URL) -> StorageError:
    where = describe(url)
    return StorageError(failures.explain(error, database=where) or translate(
        "Storage", "The database could not be opened ({where}): {reason}").format(
        where=where, reason=_first_line(str(getattr(error, "orig", None) or error))))


def _migrate(engine: Engine, url: URL, path: Path | None) -> Path | None:
    """Start-up order: read the revision → copy → upgrade in one transaction → check → restore if needed."""
    where = describe(url)
    try:
        found = _look_sqlite(path) if path is not None else _look(engine)
    except (DBAPIError, sqlite3.Error) as error:
        raise _open_failure(error, url) from error
    if found.revision == SCHEMA_REVISION:
        return None
    if found.revision is None and found.has_tables:
        raise StorageError(failures.not_ours(where))
    if found.revision is not None and _is_newer(found.revision):
        raise StorageError(failures.newer_version(where, found.written_by))
    # A new database has nothing to lose; an existing one is copied before any change.
    copy = _before_upgrade_copy(path, found.revision) if path is not None and found.revision else None
    try:
        with engine.connect():
            pass  # our pragmas (WAL) first: switching the journal mode is not a change worth restoring
    except DBAPIError as error:
        raise _open_failure(error, url) from error
    watcher = _ChangeWatcher(path) if path is not None else None
    try:
        _upgrade(engine, url)
    except Exception as error:
        engine.dispose()
        changed = watcher.changed() if watcher is not None else True
        if watcher is not None:
            watcher.close()
        cause = failures.explain(error, database=where)
        if copy is not None and path is not None and changed:
            _restore(copy, path, cause or type(error).__name__)
        if isinstance(error, StorageError):
            raise
        raise StorageError(cause or translate(
            "Storage", "The database could not be upgraded to this version ({kind}); it was left as it was.").format(
            kind=type(error).__name__)) from error
    if watcher is not None:
        watcher.close()
    if path is not None:
        _prune_before_upgrade_copies(path)
    return copy


def _before_upgrade_copy(path: Path, revision: str) -> Path:
    target = before_upgrade_name(path, revision, SCHEMA_REVISION)
    try:
        return write_before_upgrade_copy(path, target, lambda tmp: _copy_sqlite(path, tmp, target))
    except OutputRefused as refused:
        raise StorageError(str(refused)) from refused


def _prune_before_upgrade_copies(path: Path) -> None:
    """Keep the newest KEEP_BEFORE_UPGRADE copies: older ones would keep erased people's data for ever."""
    old = before_upgrade_copies(path)[:-KEEP_BEFORE_UPGRADE]
    for copy in old:
        with contextlib.suppress(OSError):
            copy.unlink()
    if old:
        log.info("Deleted %d old before-upgrade copies; the newest %d are kept", len(old), KEEP_BEFORE_UPGRADE)


def _upgrade(engine: Engine, url: URL) -> None:
    """Every migration step in one transaction: a failure anywhere leaves the database as it was."""
    from alembic import command

    sqlite = url.get_backend_name() == "sqlite"
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        if sqlite and raw is not None:
            # Batch migrations drop and rebuild tables: with foreign keys on, the drop
            # would cascade-delete child rows. Off for the migration (outside any
            # transaction, or SQLite ignores it), checked after.
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                command.upgrade(alembic_config(url, conn), "head")
                conn.execute(text("DELETE FROM schema_release"))
                conn.execute(text("INSERT INTO schema_release (id, version) VALUES (1, :version)"),
                             {"version": __version__})
            if sqlite and raw is not None:
                violations = raw.execute("PRAGMA foreign_key_check").fetchall()
                integrity = raw.execute("PRAGMA integrity_check").fetchone()
                if violations or integrity is None or integrity[0] != "ok":
                    raise StorageError(translate(
                        "Storage", "The database failed its integrity check after the upgrade."))
        finally:
            if sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")


def _restore(copy: Path, target: Path, cause: str) -> None:
    """Put the before-upgrade copy back, never deleting anything first.

    The copy is verified, then written into the live file through SQLite's backup API,
    which is one write transaction: a crash during it leaves the file as it was before the
    restore, never half of each. No `-wal`/`-shm` is deleted, so none can be lost.
    """
    try:
        src = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
        try:
            _verify(src, copy)
            dst = sqlite3.connect(target)
            try:
                dst.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
                src.backup(dst)
                _verify(dst, target)
            finally:
                dst.close()
        finally:
            src.close()
    except (sqlite3.Error, StorageError) as error:
        raise StorageError(translate(
            "Storage", "The upgrade failed ({cause}) and the database could not be put back; a complete copy from "
                       "before the upgrade is {copy}.").format(cause=cause, copy=copy)) from error
    raise StorageError(translate(
        "Storage", "The upgrade failed ({cause}); the database was put back as it was before. Nothing was "
                   "lost.").format(cause=cause))


def ping(database: Database) -> None:
    with database.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
