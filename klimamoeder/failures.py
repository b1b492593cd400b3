"""One line for each failure the environment causes, so "unexpected error" is left for our bugs.

A full disk, a read-only file, a database another program is writing, a file that is not
a Klimamøder database, a folder where a file was meant, an id larger than any record: each
has a cause the user can act on, and each is recognised here, whichever layer it surfaced
in (SQLite, PostgreSQL, the operating system), and turned into one translated line that says
what happened and what to do. CLI and window both ask `explain`; it returns None for
anything else, which then is a bug and reported as one.

No Qt and no SQLAlchemy imports: the CLI's last-resort handler uses this before either may
have loaded, and it must never fail itself.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from .i18n import translate

# SQLite's largest integer; an id beyond it cannot exist (and the driver cannot even send it).
MAX_ID = 2**63 - 1

_DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_WINDOWS_IN_USE = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION: open in Excel or similar


def disk_full(what: str) -> str:
    return translate("Failures", "The disk is full: {what} could not be written. Nothing was changed; free some "
                                 "space and try again.").format(what=what)


def read_only(what: str) -> str:
    return translate("Failures", "{what} is read-only (file or folder permissions, or a write-protected drive): "
                                 "nothing could be written there.").format(what=what)


def locked(holders: list[str]) -> str:
    if holders:
        return translate("Failures", "The database is busy: another program ({who}) is writing to it. Try again "
                                     "when it has finished.").format(who=", ".join(holders))
    return translate("Failures", "The database is busy: another program is writing to it. Try again when it has "
                             "finished.")


def not_ours(where: str) -> str:
    return translate("Failures", "{path} is not a Klimamøder database (another program's file, or damaged). "
                                 "Nothing was changed.").format(path=where)


def damaged(where: str) -> str:
    return translate("Failures", "The database {path} is damaged. Nothing more was written; restore your latest "
                                 "backup (File → Back up database makes one).").format(path=where)


def newer_version(where: str, version: str | None) -> str:
    if not version:
        return translate("Failures", "The database {path} was made by a newer Klimamøder; update the program to "
                                     "open it.").format(path=where)
    return translate("Failures", "The database {path} was made by Klimamøder {version} or newer; update the "
                                 "program to open it.").format(path=where, version=version)


def is_folder(path: str) -> str:
    return translate("Failures", "{path} is a folder; give a file name.").format(path=path)


def id_out_of_range(value: str) -> str:
    return translate("Failures", "{value} is out of range: no record has an id that large.").format(value=value)


def in_use(path: str) -> str:
    return translate("Failures", "{path} is open in another program; close it there and try again.").format(
        path=path)


def cannot_open(where: str) -> str:
    return translate("Failures", "The database {path} cannot be opened: its folder is missing or Klimamøder may "
                                 "not read it.").format(path=where)


def _chain(error: BaseException) -> Iterator[BaseException]:
    """The error, what it wraps (SQLAlchemy's `.orig`) and what caused it, each once."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        orig = getattr(current, "orig", None)
        pending += [orig if isinstance(orig, BaseException) else None, current.__cause__, current.__context__]


def explain(error: BaseException, *, database: str | None = None) -> str | None:
    """One line for the user if `error` is a known failure of the environment, else None.

    `database` is where the open database lives (for messages and to find who holds a lock).
    """
    where = database or _open_database() or translate("Failures", "the database")
    for current in _chain(error):
        message = _explain_one(current, where, database)
        if message:
            return message
    return None


def _explain_one(error: BaseException, where: str, database: str | None) -> str | None:
    sqlite3 = sys.modules.get("sqlite3")  # not imported: then no SQLite error can exist (and start-up stays light)
    if sqlite3 is not None and isinstance(error, sqlite3.Error):
        return _sqlite(error, where, database)
    sqlstate = getattr(error, "sqlstate", None)
    if isinstance(sqlstate, str):
        return _postgres(sqlstate, where)
    if isinstance(error, OverflowError) and ("SQLite INTEGER" in str(error) or "int too large" in str(error)):
        return id_out_of_range(translate("Failures", "A number in the request"))
    if isinstance(error, OSError):
        return _os(error, where)
    if isinstance(error, MemoryError):
        return translate("Failures", "There was not enough memory for this. Nothing was changed; close other "
                                     "programs or use a smaller file.")
    return None


def _sqlite(error: Exception, where: str, database: str | None) -> str | None:
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return locked(lock_holders(database or _open_database()))
    if name == "SQLITE_FULL" or "disk is full" in text:
        return disk_full(where)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return read_only(where)
    if name == "SQLITE_NOTADB" or "file is not a database" in text:
        return not_ours(where)
    if name.startswith("SQLITE_CORRUPT") or "malformed" in text:
        return damaged(where)
    if name.startswith("SQLITE_CANTOPEN") or "unable to open database" in text:
        return is_folder(where) if Path(where).is_dir() else cannot_open(where)
    if name.startswith("SQLITE_IOERR"):
        return disk_full(where) if _disk_is_full(where) else translate(
            "Failures", "The disk holding {path} reported an error while writing (removed, full or failing). "
                        "Nothing was changed.").format(path=where)
    return None


def _postgres(sqlstate: str, where: str) -> str | None:
    if sqlstate == "53100":
        return disk_full(where)
    if sqlstate in ("25006", "42501"):
        return read_only(where)
    if sqlstate in ("55P03", "40P01"):
        return locked([])
    if sqlstate == "22003":
        return id_out_of_range(translate("Failures", "A number in the request"))
    return None


def _os(error: OSError, where: str) -> str | None:
    path = str(error.filename) if error.filename else where
    if getattr(error, "winerror", None) in _WINDOWS_IN_USE:
        return in_use(path)
    if error.errno in _DISK_FULL:
        return disk_full(path)
    if error.errno in _READ_ONLY:
        return read_only(path)
    if error.errno == errno.EISDIR or isinstance(error, IsADirectoryError):
        return is_folder(path)
    if error.errno == errno.ENOENT:
        return translate("Failures", "{path} does not exist.").format(path=path)
    if error.errno == errno.ENOTDIR:
        return translate("Failures", "{path}: part of this path is a file, not a folder.").format(path=path)
    return None


def _disk_is_full(path: str) -> bool:
    """SQLite says only "I/O error": full if the disk has (almost) no room, or a file-size limit is set
    (RLIMIT_FSIZE, a quota), which fails a write the same way."""
    try:
        import resource

        if resource.getrlimit(resource.RLIMIT_FSIZE)[0] != resource.RLIM_INFINITY:
            return True
    except (ImportError, OSError, ValueError):
        pass
    try:
        stats = os.statvfs(Path(path).parent)
    except (OSError, AttributeError):
        return False
    return stats.f_bavail * stats.f_frsize < 1024 * 1024


def _open_database() -> str | None:
    """The database this process opened last (the window's, or the command's)."""
    from .safe_files import protected_databases

    databases = protected_databases()
    return str(databases[-1]) if databases else None


def lock_holders(database: str | None) -> list[str]:
    """Which other processes have the database open ("sqlitebrowser, process 4711"), where the OS tells us.

    Linux lists every process's open files under /proc; elsewhere we do not know, and say so by
    returning nothing. Only the program's name and process id: no arguments, which may hold paths.
    """
    if not database or not Path("/proc/self/fd").is_dir():
        return []
    files = {os.path.realpath(database + suffix) for suffix in ("", "-wal", "-shm", "-journal")}
    found: list[str] = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            targets = {os.readlink(f"/proc/{entry.name}/fd/{fd}") for fd in os.listdir(f"/proc/{entry.name}/fd")}
            if targets & files:
                name = Path(f"/proc/{entry.name}/comm").read_text(encoding="utf-8", errors="replace").strip()
                found.append(translate("Failures", "{program}, process {pid}").format(program=name,
                                                                                     pid=entry.name))
        except OSError:
            continue
    return found
