"""Fault injection for the fault suite: kill -9 at a chosen point, and running as an ordinary user.

`run(..., kill_at=n)` counts the interpreter's function calls (Python and C, through `sys.setprofile`)
from the moment the operation proper begins (`arm`), and the child sends itself SIGKILL at the n-th:
a point chosen by a seeded random number falls anywhere in the operation, between a write and its
fsync, between two statements, in the middle of a migration, and the same seed always kills at the
same place, on any machine at any speed. (Inside one C call, SQLite's own journal keeps its writes
atomic; what we test is our sequencing around them.)

The operations run in children forked from a server that has already imported Klimamøder, so a
trial costs a fork, not an interpreter start.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import shutil
import signal
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# "__main__": the test runner's main module, which each child would otherwise import afresh.
_PRELOAD = ["__main__", "tests.faults", "klimamoeder.storage", "klimamoeder.services.participant_import",
            "klimamoeder.services.registrations", "klimamoeder.services.demo", "alembic.command",
            "openpyxl", "sqlalchemy.dialects.sqlite"]


_armed = [False]


def arm() -> None:
    """Start counting: called by an operation once its setup (opening the database) is done, so the
    kill points fall in the operation itself rather than in the start-up every operation shares."""
    _armed[0] = True


def counting_profile(limit: int | None, counted: list[int]) -> Callable[..., None]:
    calls = 0

    def profile(_frame: Any, event: str, _arg: Any) -> None:
        nonlocal calls
        if _armed[0] and event in ("call", "c_call"):
            calls += 1
            if limit is not None and calls >= limit:
                os.kill(os.getpid(), signal.SIGKILL)
            counted[0] = calls

    return profile


def _run_counted(operation: str, args: tuple[str, ...], kill_at: int | None, result: Any) -> None:
    """In the child: run `operation(*args)`, killed at call `kill_at`; report the calls it made."""
    counted = [0]
    function = globals()[operation]
    sys.setprofile(counting_profile(kill_at, counted))
    try:
        function(*args)
    finally:
        sys.setprofile(None)
    result.value = counted[0]


_context: Any = None


def context() -> Any:
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(_PRELOAD)
    return _context


@dataclass
class Trial:
    exit_code: int | None
    calls: int

    @property
    def killed(self) -> bool:
        return self.exit_code == -signal.SIGKILL


def run(operation: str, *args: str, kill_at: int | None = None, timeout: float = 60) -> Trial:
    """Run one operation of this module in a forked child; kill_at=None runs it to the end."""
    ctx = context()
    calls = ctx.Value("q", 0)
    child = ctx.Process(target=_run_counted, args=(operation, args, kill_at, calls))
    child.start()
    child.join(timeout)
    if child.is_alive():
        child.kill()
        child.join()
        raise TimeoutError(operation)
    return Trial(child.exitcode, int(calls.value))


# --- the operations (children) ------------------------------------------------------------------

def import_people(database: str, csv_file: str) -> None:
    from klimamoeder.services.participant_import import import_file
    from klimamoeder.storage import open_database

    db = open_database(database)
    arm()
    try:
        import_file(db, 1, Path(csv_file))
    finally:
        db.dispose()


def back_up(database: str, target: str) -> None:
    from klimamoeder.storage import backup, open_database

    db = open_database(database)
    arm()
    try:
        backup(db.url, Path(target), overwrite=True)
    finally:
        db.dispose()


def upgrade(database: str) -> None:
    from klimamoeder.storage import open_database

    arm()  # the start-up is the operation
    open_database(database).dispose()


def cancel_everyone(database: str) -> None:
    from sqlalchemy import select

    from klimamoeder.model import Registration, RegistrationStatus
    from klimamoeder.services.registrations import set_status
    from klimamoeder.storage import open_database

    db = open_database(database)
    arm()
    try:
        with db.read() as s:
            ids = list(s.scalars(select(Registration.id).where(
                Registration.meeting_id == 1, Registration.status != RegistrationStatus.CANCELLED)))
        set_status(db, 1, ids, RegistrationStatus.CANCELLED)
    finally:
        db.dispose()


# --- checks (parent) -----------------------------------------------------------------------------

def integrity(path: Path) -> str:
    with sqlite3.connect(path) as con:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])


def count(path: Path, sql: str) -> int:
    with sqlite3.connect(path) as con:
        return int(con.execute(sql).fetchone()[0])


def fresh_copy(template: Path, folder: Path) -> Path:
    """A database for one trial: the template's file (closed, so without -wal) copied into an empty folder."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    target = folder / template.name
    shutil.copy(template, target)
    return target


# --- an ordinary user, even when the tests run as root -------------------------------------------

_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def as_ordinary_user() -> None:
    """Drop root's power to ignore file permissions (for this process and what it executes).

    Read-only files and folders mean nothing to root; the user we protect is not root. Used as
    a subprocess `preexec_fn`; a no-op for a process that is not root.
    """
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")
    header = _CapHeader(0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3
    data = (_CapData * 2)()
    if libc.capget(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capget")
    mask = ~((1 << _CAP_DAC_OVERRIDE) | (1 << _CAP_DAC_READ_SEARCH)) & 0xFFFFFFFF
    data[0].effective &= mask
    data[0].permitted &= mask
    data[0].inheritable &= mask
    if libc.capset(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capset")
