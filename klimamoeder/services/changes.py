"""What a committed transaction changed, told to every other window: PostgreSQL NOTIFY at commit.

Every flush is read in one place (the same point SEQUENCE is raised): which tables, which row ids, what
action, which field names (never values), and for rows that belong to a meeting, which meeting. Before the
transaction commits, the collected changes are sent with `pg_notify` *inside that transaction*, so a
listener hears of a change only once it is committed, and never of one that was rolled back. The payload
is small JSON — ids, never rows (PostgreSQL's limit is 8,000 bytes); a bulk statement whose rows are not
known says "many rows of this table", and listeners reload that table.

SQLite has no NOTIFY: other processes notice a commit through `PRAGMA data_version` (see `listen.py`).
"""

from __future__ import annotations

import getpass
import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session

CHANNEL = "klimamoeder_changes"
# This process among the team's clients: a window skips its own notices (it refreshed already).
CLIENT_ID = uuid.uuid4().hex[:12]
_PAYLOAD_LIMIT = 7000  # bytes; PostgreSQL refuses more than 8,000
_KEY = "klimamoeder.changes"
_AUTHOR_KEY = "klimamoeder.author"


def current_author() -> str:
    """Who is working: the name set in the settings, or the operating-system user."""
    from .. import settings

    name = str(settings.get("user_name") or "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a service account without a passwd entry)
        return "?"


@dataclass(frozen=True)
class Change:
    """Rows of one table touched in one way; `ids` None means "many rows, reload the table"."""

    table: str
    action: str  # insert | update | delete
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


# --- collecting at flush ----------------------------------------------------------------------

@dataclass
class _Pending:
    """Changes of the open transaction, merged per (table, action)."""

    ids: dict[tuple[str, str], set[int] | None] = field(default_factory=dict)
    meetings: dict[tuple[str, str], set[int]] = field(default_factory=dict)
    fields: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    def add(self, table: str, action: str, row_id: int | None, meeting: int | None = None,
            names: Iterable[str] = ()) -> None:
        key = (table, action)
        ids = self.ids.setdefault(key, set())
        if ids is not None:
            if row_id is None:
                self.ids[key] = None
            else:
                ids.add(row_id)
        if meeting is not None:
            self.meetings.setdefault(key, set()).add(meeting)
        self.fields.setdefault(key, set()).update(names)

    def changes(self) -> list[Change]:
        return [Change(table, action, tuple(sorted(ids)) if ids is not None else None,
                       tuple(sorted(self.meetings.get((table, action), ()))),
                       tuple(sorted(self.fields.get((table, action), ()))))
                for (table, action), ids in self.ids.items()]


def _pending(session: Session) -> _Pending:
    found = session.info.get(_KEY)
    if found is None:
        found = session.info[_KEY] = _Pending()
    return found


def _meeting_of(obj: Any) -> int | None:
    """The meeting a row belongs to (a meeting is its own), for views that show one meeting."""
    if type(obj).__tablename__ == "meeting":
        return getattr(obj, "id", None)
    value = getattr(obj, "meeting_id", None)
    return value if isinstance(value, int) else None


def _row_id(obj: Any) -> int | None:
    identity = inspect(obj).identity
    if identity and len(identity) == 1 and isinstance(identity[0], int):
        return identity[0]
    value = getattr(obj, "id", None)
    return value if isinstance(value, int) else None


def _changed_fields(obj: Any) -> list[str]:
    state = inspect(obj)
    return [attr.key for attr in state.mapper.column_attrs if state.attrs[attr.key].history.has_changes()]


def collect_flush(session: Session, _context: Any) -> None:
    """After each flush (the session still lists what it flushed): remember what changed."""
    pending = _pending(session)
    for obj in session.new:
        pending.add(obj.__tablename__, "insert", _row_id(obj), _meeting_of(obj))
    for obj in session.dirty:
        names = _changed_fields(obj)
        if names:
            pending.add(obj.__tablename__, "update", _row_id(obj), _meeting_of(obj), names)
    for obj in session.deleted:
        pending.add(obj.__tablename__, "delete", _row_id(obj), _meeting_of(obj))


def collect_bulk(state: ORMExecuteState) -> None:
    """`update()`/`delete()`/`insert()` statements skip the flush: their rows count as "many"."""
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if name:
        action = "update" if state.is_update else "delete" if state.is_delete else "insert"
        _pending(state.session).add(name, action, None)


def taken(session: Session) -> list[Change]:
    """The changes collected so far, and forget them (the transaction has ended or is ending)."""
    found = session.info.pop(_KEY, None)
    return found.changes() if found is not None else []


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
    session.flush()  # what is still unflushed belongs to this commit too
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        taken(session)
        return
    changes = taken(session)
    if not changes:
        return
    author = session.info.get(_AUTHOR_KEY) or current_author()
    connection = session.connection()
    for payload in payloads(changes, author, datetime.now(UTC)):
        connection.exec_driver_sql("SELECT pg_notify(%(channel)s, %(payload)s)",
                                   {"channel": CHANNEL, "payload": payload})


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(_KEY, None)


event.listen(Session, "after_flush", collect_flush)
event.listen(Session, "do_orm_execute", collect_bulk)
event.listen(Session, "before_commit", publish)
event.listen(Session, "after_rollback", _forget)
