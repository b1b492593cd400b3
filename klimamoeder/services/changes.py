"""What a committed transaction changed, told to every other window: PostgreSQL NOTIFY at commit.

What changed is captured in one place for the whole app: THE change log (`services/audit.py`), whose mapper
and statement events name each row created, changed or deleted, with its author, meeting and the names of the
changed fields (never values). Team mode listens to that capture (`audit.add_listener`) instead of reading the
flush a second time: the notice and the log entry are the same facts, so a change is announced exactly when it
is logged, with the same author. Before the transaction commits, what it logged is sent with `pg_notify`
*inside that transaction*, so a listener hears of a change only once it is committed, and never of one that was
rolled back. The payload is small JSON — ids, never rows (PostgreSQL's limit is 8,000 bytes); a change of more
rows than fit says "many rows of this table", and listeners reload that table.

SQLite has no NOTIFY: other processes notice a commit through `PRAGMA data_version` (see `listen.py`).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session

from . import audit

CHANNEL = "klimamoeder_changes"
# This process among the team's clients: a window skips its own notices (it refreshed already).
CLIENT_ID = uuid.uuid4().hex[:12]
_PAYLOAD_LIMIT = 7000  # bytes; PostgreSQL refuses more than 8,000
_KEY = "klimamoeder.changes"  # on the connection: what the open transaction logged
ROW_ACTIONS = ("create", "update", "delete")  # the log's events (export, print…) change no view
# Who is working: the name in the settings, else the operating-system user — the log's author, one place.
current_author = audit.current_author


@dataclass(frozen=True)
class Change:
    """Rows of one table touched in one way; `ids` None means "many rows, reload the table"."""

    table: str
    action: str  # create | update | delete (the change log's words)
    ids: tuple[int, ...] | None
    meetings: tuple[int, ...] = ()  # the meetings these rows belong to, when the rows know
    fields: tuple[str, ...] = ()  # names of the changed columns (updates)


@dataclass(frozen=True)
class Notice:
    """One committed transaction's changes, as a listener receives them."""

    client: str
    author: str
    at: datetime
    changes: tuple[Change, ...] = ()
    resync: bool = False  # "something changed, reload everything" (SQLite, or after reconnecting)

    def tables(self) -> set[str]:
        return {c.table for c in self.changes}


# --- collecting what the change log captured ----------------------------------------------------

def heard(connection: Connection, logged: list[audit.Change]) -> None:
    """The change log's listener: remember the rows this transaction changed, to announce them at commit."""
    if connection.dialect.name != "postgresql":
        return  # SQLite: nobody listens (other processes poll data_version)
    rows = [c for c in logged if c.action in ROW_ACTIONS]
    if rows:
        connection.info.setdefault(_KEY, []).extend(rows)


def grouped(logged: list[audit.Change]) -> list[tuple[str, datetime, list[Change]]]:
    """Per author (one, in practice), the changes per table and action: ids, meetings and field names merged."""
    found: dict[str, tuple[datetime, dict[tuple[str, str], tuple[set[int] | None, set[int], set[str]]]]] = {}
    for c in logged:
        _first, tables = found.setdefault(c.author, (c.at, {}))
        ids, meetings, fields = tables.setdefault((c.table, c.action), (set(), set(), set()))
        if ids is not None:
            if c.record_id is None:
                tables[(c.table, c.action)] = (None, meetings, fields)
            else:
                ids.add(c.record_id)
        if c.meeting_id is not None or c.table == "meeting":
            meetings.add(c.meeting_id if c.meeting_id is not None else c.record_id or 0)
        fields.update(c.fields)
    return [(author, at, [Change(table, action, tuple(sorted(ids)) if ids is not None else None,
                                 tuple(sorted(m for m in meetings if m)), tuple(sorted(fields)))
                          for (table, action), (ids, meetings, fields) in tables.items()])
            for author, (at, tables) in found.items()]


# --- publishing at commit ----------------------------------------------------------------------

def payloads(changes: list[Change], author: str, at: datetime, client: str = CLIENT_ID) -> Iterator[str]:
    """JSON texts below PostgreSQL's size limit: as many changes per text as fit; huge id lists become "many"."""
    head = {"v": 1, "c": client, "by": author, "at": at.isoformat(timespec="milliseconds")}
    batch: list[dict[str, Any]] = []
    for change in changes:
        item: dict[str, Any] = {"t": change.table, "a": change.action, "ids": list(change.ids)
                                if change.ids is not None else None}
        if change.meetings:
            item["m"] = list(change.meetings)
        if change.fields:
            item["f"] = list(change.fields)
        if len(json.dumps(item)) > _PAYLOAD_LIMIT // 2:
            item = {"t": change.table, "a": change.action, "ids": None}
            if change.meetings and len(change.meetings) < 50:
                item["m"] = list(change.meetings)
        if batch and len(json.dumps({**head, "ch": [*batch, item]}, ensure_ascii=False).encode()) > _PAYLOAD_LIMIT:
            yield json.dumps({**head, "ch": batch}, ensure_ascii=False)
            batch = []
        batch.append(item)
    if batch:
        yield json.dumps({**head, "ch": batch}, ensure_ascii=False)


def parse(payload: str) -> Notice | None:
    """A notice from a NOTIFY payload; None for anything not ours (or from a newer, unknown format)."""
    try:
        data = json.loads(payload)
        if not isinstance(data, dict) or data.get("v") != 1:
            return None
        changes = tuple(
            Change(str(c["t"]), str(c["a"]), tuple(int(i) for i in c["ids"]) if c.get("ids") is not None else None,
                   tuple(int(m) for m in c.get("m", ())), tuple(str(f) for f in c.get("f", ())))
            for c in data.get("ch", ()))
        return Notice(str(data.get("c", "")), str(data.get("by", "")), datetime.fromisoformat(data["at"]), changes)
    except (ValueError, KeyError, TypeError):
        return None


def publish(session: Session) -> None:
    """Before commit, on PostgreSQL: send what this transaction changed, in the transaction itself."""
    if not session.in_transaction():
        return
    session.flush()  # what is still unflushed belongs to this commit too (and is logged now)
    if session.get_bind().dialect.name != "postgresql":
        return
    connection = session.connection()
    logged: list[audit.Change] = connection.info.pop(_KEY, [])
    for author, at, changes in grouped(logged):
        for payload in payloads(changes, author, at):
            connection.exec_driver_sql("SELECT pg_notify(%(channel)s, %(payload)s)",
                                       {"channel": CHANNEL, "payload": payload})


def _forget(connection: Connection) -> None:
    connection.info.pop(_KEY, None)


audit.add_listener(heard)
event.listen(Session, "before_commit", publish)
event.listen(Engine, "begin", _forget)  # a connection from the pool starts clean
event.listen(Engine, "rollback", _forget)  # nothing rolled back is announced
