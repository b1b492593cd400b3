"""Hearing about other people's commits: PostgreSQL LISTEN, or SQLite's `data_version` on a timer.

A listener is a plain thread with its own connection (never one of the pool's, never the GUI thread's).
It calls `on_notice(Notice)` for each committed change and `on_state(online)` when the connection is lost
or back. The callbacks run on the listener's thread: the window turns them into Qt signals, the CLI prints.

Connection trouble (server restart, laptop sleep, VPN) is expected, not exceptional: the listener goes
"offline", tries again every second or two, and when it is back it sends a `resync` notice, because NOTIFY
keeps nothing for a client that was away — everything must be reloaded once.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.engine import URL

from .changes import CHANNEL, Notice, parse

log = logging.getLogger(__name__)

NoticeCallback = Callable[[Notice], None]
StateCallback = Callable[[bool], None]

POLL_SECONDS = 0.25  # SQLite: how often data_version is asked (a cheap read of a counter in shared memory)
WAIT_SECONDS = 0.25  # PostgreSQL: longest wait for a notification before checking whether to stop
PING_SECONDS = 10.0  # PostgreSQL: a quiet connection is checked this often (a half-open one says nothing)
RETRY_SECONDS = (0.5, 1.0, 1.0, 2.0, 2.0, 5.0)  # waits between reconnection attempts, the last one repeats


class Listener:
    """Base: a daemon thread that runs `_serve` until `stop()`; see `for_database`."""

    def __init__(self, on_notice: NoticeCallback, on_state: StateCallback | None = None) -> None:
        self.on_notice = on_notice
        self.on_state = on_state or (lambda _online: None)
        self.online: bool | None = None  # unknown until the first attempt
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.ready = threading.Event()  # set once the first connection listens

    def start(self) -> Listener:
        self._thread = threading.Thread(target=self._run, name=type(self).__name__, daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.on_state(online)

    def _run(self) -> None:
        attempt = 0
        first = True
        while not self._stop.is_set():
            try:
                self._serve(first)
                return
            except Exception as error:  # the connection is gone: offline, and try again
                log.info("Change listener lost its connection (%s)", type(error).__name__)
                self._set_online(False)
            first = False
            self._stop.wait(RETRY_SECONDS[min(attempt, len(RETRY_SECONDS) - 1)])
            attempt += 1

    def _serve(self, first: bool) -> None:
        raise NotImplementedError

    def _connected(self, first: bool) -> None:
        self.ready.set()
        self._set_online(True)
        if not first:  # what happened while we were away was not heard: reload everything
            self.on_notice(Notice("", "", datetime.now(UTC), (), resync=True))


class PostgresListener(Listener):
    """LISTEN on a connection of its own (autocommit; psycopg 3 delivers notifications as they come)."""

    def __init__(self, url: URL, on_notice: NoticeCallback, on_state: StateCallback | None = None) -> None:
        super().__init__(on_notice, on_state)
        self.url = url
        self.connection: Any = None

    def _conninfo(self) -> str:
        plain = self.url.set(drivername="postgresql")
        return plain.render_as_string(hide_password=False)

    def _serve(self, first: bool) -> None:
        import psycopg

        # keepalives: a laptop waking up or a dead VPN is noticed in seconds, not after the OS's two hours.
        with psycopg.connect(self._conninfo(), autocommit=True, connect_timeout=5, keepalives=1,
                             keepalives_idle=5, keepalives_interval=2, keepalives_count=3) as conn:
            self.connection = conn
            conn.execute(f"LISTEN {CHANNEL}")
            self._connected(first)
            quiet_since = time.monotonic()
            while not self._stop.is_set():
                heard = False
                for note in conn.notifies(timeout=WAIT_SECONDS):
                    heard = True
                    notice = parse(note.payload)
                    if notice is not None:
                        self.on_notice(notice)
                if heard:
                    quiet_since = time.monotonic()
                elif time.monotonic() - quiet_since > PING_SECONDS:
                    conn.execute("SELECT 1")
                    quiet_since = time.monotonic()
            self.connection = None


class SQLitePoller(Listener):
    """`PRAGMA data_version` changes when another connection committed: then reload everything.

    SQLite cannot say what changed or who did it; polling a counter four times a second costs nothing.
    The poller's own connection never writes, so every change it sees is someone else's (another process,
    or this process's own writer connections — a harmless extra refresh).
    """

    def __init__(self, path: str, on_notice: NoticeCallback, on_state: StateCallback | None = None,
                 interval: float = POLL_SECONDS) -> None:
        super().__init__(on_notice, on_state)
        self.path, self.interval = path, interval

    def _serve(self, first: bool) -> None:
        conn = sqlite3.connect(self.path, check_same_thread=False)
        try:
            seen = conn.execute("PRAGMA data_version").fetchone()[0]
            self._connected(first)
            while not self._stop.wait(self.interval):
                now = conn.execute("PRAGMA data_version").fetchone()[0]
                if now != seen:
                    seen = now
                    self.on_notice(Notice("", "", datetime.now(UTC), (), resync=True))
        finally:
            conn.close()


def for_database(url: URL, on_notice: NoticeCallback, on_state: StateCallback | None = None) -> Listener | None:
    """The right listener for a database (not started); None for an in-memory SQLite database."""
    if url.get_backend_name() == "postgresql":
        return PostgresListener(url, on_notice, on_state)
    if url.database and url.database != ":memory:":
        return SQLitePoller(url.database, on_notice, on_state)
    return None
