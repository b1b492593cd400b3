"""The one file writer: every file Klimamøder writes goes through `write_file` (or `write_by_path`).

Why one writer: an export written straight onto its target destroys the old file on a
full disk, and an export aimed at the open database turns the database into a PDF.
So every write goes to a temporary file in the target's folder, is flushed and
fsynced, and only then renamed over the target; and targets that belong to the open
database (the file, its `-wal`/`-shm`/`-journal`, its before-upgrade copies) are refused,
compared by identity (`os.path.samefile`) where the file exists, by path where it does not.
A file that is some other SQLite database in use (it has a `-wal` or `-journal` beside it)
is refused too: replacing it under its program loses what that program writes next.

New files are owner-only (0600): nearly everything we write (lists, exports, backups,
settings) holds personal data. `private_folder` makes and tightens our folders (0700).

No Qt and no SQLAlchemy here: settings are written with it before either is loaded.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .i18n import translate

log = logging.getLogger(__name__)

# Files that belong to an open database. SQLite's companions appear and vanish while
# it runs, so they are protected by path as well as by identity.
_DATABASE_SUFFIXES = ("", "-wal", "-shm", "-journal")
_protected_databases: dict[Path, None] = {}  # in the order opened: the last is the one in use
_PRIVATE_FILE, _PRIVATE_FOLDER = 0o600, 0o700

Content = bytes | Callable[[BinaryIO], None]


class OutputRefused(Exception):
    """A target we will not write (the open database, a folder, an existing file without
    --force), or one we could not write (full disk, read-only): the message says which."""


def protect_database(path: str | os.PathLike[str]) -> None:
    """Refuse, from now on, every write onto this SQLite database, its companions and its backups."""
    resolved = Path(path).expanduser().resolve()
    _protected_databases.pop(resolved, None)
    _protected_databases[resolved] = None


def release_database(path: str | os.PathLike[str]) -> None:
    _protected_databases.pop(Path(path).expanduser().resolve(), None)


def protected_databases() -> list[Path]:
    """Every database opened in this process, the most recently opened last."""
    return list(_protected_databases)


# --- before-upgrade copies: named here so the writer recognises them ---------------------------

def before_upgrade_name(database: Path, from_revision: str, to_revision: str) -> Path:
    """One name per version step: a second failed start replaces its copy instead of adding one."""
    return database.with_name(f"{database.stem}.before-upgrade-{from_revision}-to-{to_revision}{database.suffix}")


def _is_before_upgrade_copy(database: Path, target: Path) -> bool:
    return (target.parent == database.parent and target.name.startswith(f"{database.stem}.before-upgrade-")
            and target.suffix == database.suffix)


def before_upgrade_copies(database: Path) -> list[Path]:
    """The database's before-upgrade copies, oldest first."""
    pattern = f"{database.stem}.before-upgrade-*{database.suffix}"
    copies = [p for p in database.parent.glob(pattern) if p.is_file()]
    return sorted(copies, key=lambda p: (p.stat().st_mtime, p.name))


def write_before_upgrade_copy(database: Path, target: Path, fill: Callable[[Path], None]) -> Path:
    """Write a before-upgrade copy: the same atomic path as every file, but onto a protected name."""
    if not _is_before_upgrade_copy(database.resolve(), target.resolve()):
        raise ValueError("not a before-upgrade copy of this database")
    _sweep_leftovers(target)
    return _atomic(target, fill, _PRIVATE_FILE)


def _sweep_leftovers(target: Path, older_than: float = 3600.0) -> None:
    """Temporary files of a copy that was killed half-way (an hour old: nobody writes them any more)."""
    for leftover in target.parent.glob(f".{target.name}.*.part"):
        with contextlib.suppress(OSError):
            if time.time() - leftover.stat().st_mtime > older_than:
                leftover.unlink()


# --- checks ----------------------------------------------------------------------------------

def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def protected_reason(target: Path) -> str | None:
    """Why `target` must not be written, or None when it may."""
    resolved = target.expanduser().resolve()
    for database in _protected_databases:
        for suffix in _DATABASE_SUFFIXES:
            companion = Path(str(database) + suffix)
            if resolved == companion or _same_file(resolved, companion):
                return translate("Files", "{path} is the open database (or one of its files); choose another "
                                          "file name.").format(path=target)
        if _is_before_upgrade_copy(database, resolved):
            return translate("Files", "{path} is a safety copy of the database made before an upgrade; choose "
                                      "another file name.").format(path=target)
    if resolved.is_file() and any(Path(f"{resolved}{s}").exists() for s in ("-wal", "-journal")):
        return translate("Files", "{path} is a database in use by a program (it has a -wal or -journal file "
                                  "beside it); choose another file name.").format(path=target)
    return None


def check_target(target: Path, *, overwrite: bool) -> None:
    """Raise OutputRefused with a message for the user if `target` may not be written."""
    target = Path(target)
    reason = protected_reason(target)
    if reason:
        raise OutputRefused(reason)
    if target.is_dir():
        raise OutputRefused(translate("Files", "{path} is a folder; give a file name.").format(path=target))
    if target.exists():
        if not overwrite:
            raise OutputRefused(translate("Files", "{path} already exists; choose another name or use --force to "
                                                   "replace it.").format(path=target))
        if not os.access(target, os.W_OK):
            raise OutputRefused(translate("Files", "{path} is read-only; it was left as it is.").format(path=target))
    if not target.parent.is_dir():
        raise OutputRefused(translate("Files", "The folder {folder} does not exist.").format(folder=target.parent))


# --- writing ---------------------------------------------------------------------------------

def write_file(target: str | os.PathLike[str], content: Content, *, overwrite: bool = True,
               mode: int = _PRIVATE_FILE) -> Path:
    """Write `content` (bytes, or a function writing to a binary file) to `target` atomically.

    Either the old file stays as it was or the new one is complete: the rename happens
    only after the data is on disk.
    """
    path = Path(target)
    check_target(path, overwrite=overwrite)

    def fill(tmp: Path) -> None:
        with open(tmp, "wb") as output:
            if isinstance(content, bytes | bytearray | memoryview):
                output.write(content)
            else:
                content(output)

    return _atomic(path, fill, mode)


def write_by_path(target: str | os.PathLike[str], fill: Callable[[Path], None], *, overwrite: bool = True,
                  mode: int = _PRIVATE_FILE) -> Path:
    """Like `write_file` for producers that need a path (SQLite's backup API): `fill` writes a whole
    file at the temporary path it is given; it is synced and renamed over `target` afterwards."""
    path = Path(target)
    check_target(path, overwrite=overwrite)
    return _atomic(path, fill, mode)


def write_text(target: str | os.PathLike[str], text: str, *, overwrite: bool = True,
               mode: int = _PRIVATE_FILE) -> Path:
    return write_file(target, text.encode("utf-8"), overwrite=overwrite, mode=mode)


def _atomic(path: Path, fill: Callable[[Path], None], mode: int) -> Path:
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as error:
        raise OutputRefused(_write_failure(error, path)) from error
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        fill(tmp)
        _fsync_file(tmp)
        if os.name == "posix":
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(error, OSError):
            raise OutputRefused(_write_failure(error, path)) from error
        raise
    _fsync_folder(path.parent)
    return path


def _write_failure(error: OSError, target: Path) -> str:
    """One line naming the target (never the temporary file) and the cause."""
    from .failures import explain

    failing = Path(error.filename) if error.filename else target
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS) and failing != target:
        return translate("Files", "{folder} is read-only: {name} could not be written there.").format(
            folder=target.parent, name=target.name)
    known = explain(OSError(error.errno, error.strerror, str(target)))
    if known:
        return known
    return translate("Files", "{path} could not be written ({reason}); nothing was changed.").format(
        path=target, reason=error.strerror or type(error).__name__)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- owner-only files and folders --------------------------------------------------------------

def private_folder(folder: Path) -> Path:
    """Create `folder` owner-only (0700), or tighten it if it exists; POSIX only (Windows profiles already are)."""
    folder.mkdir(parents=True, exist_ok=True, mode=_PRIVATE_FOLDER)
    tighten([folder])
    return folder


def tighten(paths: list[Path]) -> int:
    """Remove group and other access from existing `paths` (a read-only file stays read-only).

    Logs how many were open to others, never their names: a path can hold a person's name.
    """
    if os.name != "posix":
        return 0
    changed = 0
    for path in paths:
        try:
            current = stat.S_IMODE(path.stat().st_mode)
            if current & 0o077:
                os.chmod(path, current & ~0o077)
                changed += 1
        except OSError:
            continue
    if changed:
        log.info("Made %d file(s) or folder(s) with personal data owner-only (they were readable by others)",
                 changed)
    return changed
