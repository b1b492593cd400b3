"""The one file writer: every file Klimamøder writes goes through `write_file`.

Why one writer: an export written straight onto its target destroys the old file on a
full disk, and an export aimed at the open database turns the database into a PDF.
So every write goes to a temporary file in the target's folder, is flushed and
fsynced, and only then renamed over the target; and targets that belong to the open
database (the file, its `-wal`/`-shm`/`-journal`, its before-upgrade copies) are refused,
compared by identity (`os.path.samefile`) where the file exists, by path where it does not.

No Qt and no SQLAlchemy here: settings are written with it before either is loaded.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .i18n import translate

# Files that belong to an open database. SQLite's companions appear and vanish while
# it runs, so they are protected by path as well as by identity.
_DATABASE_SUFFIXES = ("", "-wal", "-shm", "-journal")
_protected_databases: set[Path] = set()

Content = bytes | Callable[[BinaryIO], None]


class OutputRefused(Exception):
    """A target we will not write: the open database, a folder, or an existing file without --force."""


def protect_database(path: str | os.PathLike[str]) -> None:
    """Refuse, from now on, every write onto this SQLite database, its companions and its backups."""
    _protected_databases.add(Path(path).expanduser().resolve())


def release_database(path: str | os.PathLike[str]) -> None:
    _protected_databases.discard(Path(path).expanduser().resolve())


def before_upgrade_name(database: Path, stamp: str) -> Path:
    """The name of a before-upgrade copy, in one place so the writer can recognise them."""
    return database.with_name(f"{database.stem}.before-upgrade-{stamp}{database.suffix}")


def _is_before_upgrade_copy(database: Path, target: Path) -> bool:
    return (target.parent == database.parent and target.name.startswith(f"{database.stem}.before-upgrade-")
            and target.suffix == database.suffix)


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
    return None


def check_target(target: Path, *, overwrite: bool) -> None:
    """Raise OutputRefused with a message for the user if `target` may not be written."""
    reason = protected_reason(target)
    if reason:
        raise OutputRefused(reason)
    if target.is_dir():
        raise OutputRefused(translate("Files", "{path} is a folder; give a file name.").format(path=target))
    if not overwrite and target.exists():
        raise OutputRefused(translate("Files", "{path} already exists; choose another name or use --force to "
                                               "replace it.").format(path=target))
    if not target.parent.is_dir():
        raise OutputRefused(translate("Files", "The folder {folder} does not exist.").format(folder=target.parent))


def write_file(target: str | os.PathLike[str], content: Content, *, overwrite: bool = True,
               mode: int = 0o600) -> Path:
    """Write `content` (bytes, or a function writing to a binary file) to `target` atomically.

    Either the old file stays as it was or the new one is complete: the rename happens
    only after the data is on disk. New files are owner-only by default, because most of
    what we write (lists, exports, backups, settings) holds personal data.
    """
    path = Path(target)
    check_target(path, overwrite=overwrite)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as output:
            if isinstance(content, bytes | bytearray | memoryview):
                output.write(content)
            else:
                content(output)
            output.flush()
            os.fsync(output.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(path.parent)
    return path


def write_text(target: str | os.PathLike[str], text: str, *, overwrite: bool = True, mode: int = 0o600) -> Path:
    return write_file(target, text.encode("utf-8"), overwrite=overwrite, mode=mode)


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
