"""THE change and audit log: who created, changed, deleted, exported, printed or erased what, and when.

One log serves the personal-data issue (#14: accountability towards the data protection officer) and
team mode (#15: record history, "changed by Mette just now"). It holds ids, table and field names and the
values of closed vocabularies the privacy inventory marks `logged` (a status), never a name, an e-mail
address or free text, so it survives the erasure of the people it mentions.

Capture happens here, in one place, whatever path made the change, in the same transaction as the change
(a rolled-back change leaves no entry):
- ORM units of work: mapper events during the flush (insert, update with the changed column names,
  delete), written at `after_flush`;
- statements a use case executes itself (`session.execute(delete(...))`, the import's executemany through
  `session.connection()`): a `before_execute` listener reads the affected ids first (an INSERT must carry
  its ids: `AuditError` otherwise, so a new bulk path cannot silently go unlogged);
- rows the database deletes or nulls by itself (`ON DELETE CASCADE / SET NULL`) are read before the delete.

API (everything else is private):
- `acting(source=None, author=None)`: context manager naming the path ("import", "reply", "mailbox", …)
  and/or the author for the changes made inside it; paths nest ("cli/import", "mailbox/reply").
- `set_default(source=…, author=…)`: the process's root path ("gui", "cli") and, for tests or a team
  member's own process, the author. Otherwise the author is `settings["user_name"]`, else the OS user.
- `current_author()`, `current_source()`.
- `record(session, action, table, record_id, *, person_id, meeting_id, fields, detail)`: an explicit event
  (export, print, erase, anonymise, consent, purge) in the caller's transaction; `log_event(db, …)` in its own.
- `entries(db, AuditQuery(...))` newest first; `history(db, table, record_id)` oldest first, with the
  related entries (a registration's check-ins, replies and deliveries; everything about a person).
- `describe(row)`: one readable line ("registration 12 created (status=invited) by Mette via gui").
- `add_listener(fn)`: `fn(connection, changes)` is called with the `Change`s just logged, inside the same
  transaction (team mode publishes them with NOTIFY, which PostgreSQL delivers only after the commit).
- `audit_days(db)`, `set_audit_days(db, days)`, `purge(db, now=None)`: the log's own retention.
"""

from __future__ import annotations

import getpass
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    Column,
    Connection,
    Delete,
    Engine,
    Insert,
    Table,
    Update,
    and_,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Mapper, Session, object_session
from sqlalchemy.orm.attributes import instance_state
from sqlalchemy.sql.elements import BinaryExpression, BindParameter

from .. import settings
from ..i18n import translate
from ..model import AuditEntry, Base, PrivacySetting, utcnow
from ..storage import Database
from .privacy.inventory import logged_columns

NOT_AUDITED = frozenset({"audit_entry"})
DEFAULT_AUDIT_DAYS = 1095
_CHUNK = 500


class AuditError(Exception):
    """A change the log cannot attribute to a record (our bug: fix the code path, not the log)."""


@dataclass(frozen=True, slots=True)
class Change:
    """What `add_listener` callbacks receive: one logged change or event."""

    table: str
    record_id: int | None
    action: str
    author: str
    source: str
    at: datetime
    fields: tuple[str, ...]
    person_id: int | None
    meeting_id: int | None


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: datetime  # UTC
    author: str
    source: str
    action: str
    table: str
    record_id: int | None
    person_id: int | None
    meeting_id: int | None
    fields: tuple[str, ...]
    detail: str


@dataclass(frozen=True)
class AuditQuery:
    person_id: int | None = None
    meeting_id: int | None = None
    table: str | None = None
    record_id: int | None = None
    author: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: int | None = 2000


# --- who and by which path ------------------------------------------------------------------------

_defaults: dict[str, str] = {"source": "", "author": ""}
_path: ContextVar[tuple[str, ...]] = ContextVar("audit_path", default=())
_author: ContextVar[str] = ContextVar("audit_author", default="")


def set_default(*, source: str | None = None, author: str | None = None) -> None:
    """The process's root path ("gui", "cli") and optionally a fixed author (tests, scripted clients)."""
    if source is not None:
        _defaults["source"] = source
    if author is not None:
        _defaults["author"] = author


@contextmanager
def acting(source: str | None = None, author: str | None = None) -> Iterator[None]:
    """Changes inside come by `source` (appended to the outer path) and/or are made by `author`."""
    path_token = _path.set((*_path.get(), source)) if source else None
    author_token = _author.set(author) if author else None
    try:
        yield
    finally:
        if path_token is not None:
            _path.reset(path_token)
        if author_token is not None:
            _author.reset(author_token)


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers, services): still a log entry
        return "unknown"


def current_author() -> str:
    """The name set in settings (`user_name`), else the operating-system user."""
    name = _author.get() or _defaults["author"]
    if not name:
        configured = settings.get("user_name")
        name = configured.strip() if isinstance(configured, str) else ""
    return (name or os_user())[:120]


def current_source() -> str:
    parts = [p for p in (_defaults["source"], *_path.get()) if p]
    return "/".join(dict.fromkeys(parts))[:60] or "app"


# --- what a row is about --------------------------------------------------------------------------

@dataclass
class _Entry:
    table: str
    record_id: int | None
    action: str
    fields: tuple[str, ...] = ()
    detail: str = ""
    person_id: int | None = None
    meeting_id: int | None = None
    parent: tuple[str, int] | None = None  # (table, id) to take person and meeting from


@dataclass(frozen=True)
class _Shape:
    """Where a table's rows say whom and which meeting they are about."""

    person: str | None
    meeting: str | None
    parents: tuple[tuple[str, str], ...]  # (column, parent table) for rows that say it through a parent


def _tables() -> dict[str, Table]:
    return dict(Base.metadata.tables)


@cache
def _shape(name: str) -> _Shape:
    table = _tables()[name]
    person = "id" if name == "person" else None
    meeting = "id" if name == "meeting" else None
    parents: list[tuple[str, str]] = []
    for column in table.columns:
        for fk in column.foreign_keys:
            target = fk.column.table.name
            if target == "person" and person is None:
                person = column.name
            elif target == "meeting" and meeting is None:
                meeting = column.name
            elif target not in ("person", "meeting"):
                parents.append((column.name, target))
    useful = tuple((c, t) for c, t in parents if t != name and (_shape(t).person or _shape(t).meeting))
    return _Shape(person, meeting, useful)


@cache
def _cascades(name: str) -> tuple[tuple[str, str, str], ...]:
    """(child table, foreign-key column, CASCADE | SET NULL) for rows the database changes itself."""
    found = []
    for child in _tables().values():
        for column in child.columns:
            for fk in column.foreign_keys:
                rule = (fk.ondelete or "").upper()
                if fk.column.table.name == name and rule in ("CASCADE", "SET NULL") and child.name not in NOT_AUDITED:
                    found.append((child.name, column.name, rule))
    return tuple(found)


def _detail(table: str, values: dict[str, Any], names: Iterable[str] | None = None,
            logged: frozenset[str] | None = None) -> str:
    """The values the log may show (`logged`, the privacy inventory's choice: given by a bulk path once)."""
    logged = logged if logged is not None else logged_columns(table)
    chosen = [n for n in (names if names is not None else values) if n in logged and values.get(n) is not None]
    return ", ".join(f"{n}={getattr(values[n], 'value', values[n])}" for n in sorted(chosen))[:200]


def _entry(table: str, action: str, row: dict[str, Any], fields: tuple[str, ...] = (), detail: str = "") -> _Entry:
    shape = _shape(table)
    entry = _Entry(table, row.get("id"), action, fields, detail,
                   row.get(shape.person) if shape.person else None,
                   row.get(shape.meeting) if shape.meeting else None)
    if entry.person_id is None or entry.meeting_id is None:
        for column, parent in shape.parents:
            if row.get(column) is not None:
                entry.parent = (parent, int(row[column]))
                break
    return entry


def _resolve_parents(conn: Connection, entries: list[_Entry], known: dict[tuple[str, int], tuple[Any, Any]]) -> None:
    """Fill person and meeting from the parent row (a check-in's registration), one query per parent table."""
    wanted: dict[str, set[int]] = {}
    for e in entries:
        if e.parent is not None and e.parent not in known:
            wanted.setdefault(e.parent[0], set()).add(e.parent[1])
    for parent, ids in wanted.items():
        shape, table = _shape(parent), _tables()[parent]
        columns = [table.c.id, table.c[shape.person] if shape.person else None,
                   table.c[shape.meeting] if shape.meeting else None]
        chosen = [c for c in columns if c is not None]
        ordered = sorted(ids)
        for start in range(0, len(ordered), _CHUNK):
            for row in conn.execute(select(*chosen).where(table.c.id.in_(ordered[start:start + _CHUNK]))):
                values = dict(zip([c.name for c in chosen], row, strict=True))
                known[(parent, row[0])] = (values.get(shape.person or ""), values.get(shape.meeting or ""))
    for e in entries:
        if e.parent is not None and e.parent in known:
            person, meeting = known[e.parent]
            e.person_id = e.person_id if e.person_id is not None else person
            e.meeting_id = e.meeting_id if e.meeting_id is not None else meeting


def _cascade_entries(conn: Connection, table: str, ids: Sequence[int]) -> list[_Entry]:
    """The rows the database itself deletes or nulls when `ids` of `table` are deleted (read beforehand)."""
    found: list[_Entry] = []
    for child_name, column, rule in _cascades(table):
        child = _tables()[child_name]
        keys = [c for c in child.columns if c.name == "id" or c.foreign_keys]
        hit: list[int] = []
        for start in range(0, len(ids), _CHUNK):
            for row in conn.execute(select(*keys).where(child.c[column].in_(ids[start:start + _CHUNK]))):
                values = dict(zip([c.name for c in keys], row, strict=True))
                if rule == "CASCADE":
                    found.append(_entry(child_name, "delete", values))
                    hit.append(values["id"])
                else:
                    found.append(_entry(child_name, "update", values, (column,)))
        if hit:
            found.extend(_cascade_entries(conn, child_name, hit))
    return found


# --- writing ----------------------------------------------------------------------------------------

_listeners: list[Callable[[Connection, list[Change]], None]] = []


def add_listener(listener: Callable[[Connection, list[Change]], None]) -> None:
    """`listener(connection, changes)` after every write to the log, in the same transaction."""
    if listener not in _listeners:
        _listeners.append(listener)


def remove_listener(listener: Callable[[Connection, list[Change]], None]) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def _write(conn: Connection, entries: list[_Entry]) -> None:
    if not entries:
        return
    _resolve_parents(conn, entries, {})
    author, source, at = current_author(), current_source(), utcnow()
    if len(entries) < 50:
        conn.execute(insert(cast(Table, AuditEntry.__table__)), [  # a declarative class's table (typed FromClause)
            {"at": at, "author": author, "source": source, "action": e.action, "table_name": e.table,
             "record_id": e.record_id, "person_id": e.person_id, "meeting_id": e.meeting_id,
             "fields": ",".join(e.fields)[:1000], "detail": e.detail} for e in entries])
    else:
        _write_many(conn, entries, at, author, source)
    if _listeners:
        changes = [Change(e.table, e.record_id, e.action, author, source, at, e.fields, e.person_id, e.meeting_id)
                   for e in entries]
        for listener in list(_listeners):
            listener(conn, changes)


def _write_many(conn: Connection, entries: list[_Entry], at: datetime, author: str, source: str) -> None:
    """A bulk path's entries (an import's 40,000) through the driver's executemany: SQLAlchemy's per-row
    parameter handling cost more than the inserts themselves. The time is bound once, as the column type
    would bind it."""
    dialect = conn.dialect
    column = AuditEntry.__table__.c.at
    processor = column.type.dialect_impl(dialect).bind_processor(dialect)
    bound_at = processor(at) if processor else at
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = (f"INSERT INTO audit_entry (at, author, source, action, table_name, record_id, person_id, meeting_id, "
           f"fields, detail) VALUES ({', '.join([mark] * 10)})")
    rows = [(bound_at, author, source, e.action, e.table, e.record_id, e.person_id, e.meeting_id,
             ",".join(e.fields)[:1000], e.detail) for e in entries]
    for start in range(0, len(rows), 5000):
        conn.exec_driver_sql(sql, rows[start:start + 5000])


# --- capture: ORM flushes -------------------------------------------------------------------------

_SESSION_CONNECTIONS: weakref.WeakSet[Connection] = weakref.WeakSet()
_IN_FLUSH: weakref.WeakSet[Connection] = weakref.WeakSet()
_PENDING = "klimamoeder_audit_pending"


def _values(target: object, mapper: Mapper[Any]) -> dict[str, Any]:
    loaded = instance_state(target).dict
    return {prop.columns[0].name: loaded.get(prop.key) for prop in mapper.column_attrs}


def _pending(target: object) -> list[_Entry] | None:
    session = object_session(target)
    return None if session is None else session.info.setdefault(_PENDING, [])


def _mapper_table(mapper: Mapper[Any]) -> str | None:
    name = getattr(mapper.local_table, "name", None)
    return name if name and name not in NOT_AUDITED else None


@event.listens_for(Base, "before_insert", propagate=True)
@event.listens_for(Base, "before_update", propagate=True)
def _flush_begins(mapper: Mapper[Any], connection: Connection, target: object) -> None:
    _IN_FLUSH.add(connection)


@event.listens_for(Base, "after_insert", propagate=True)
def _inserted(mapper: Mapper[Any], connection: Connection, target: object) -> None:
    table, pending = _mapper_table(mapper), _pending(target)
    if table and pending is not None:
        values = _values(target, mapper)
        pending.append(_entry(table, "create", values, detail=_detail(table, values)))


@event.listens_for(Base, "after_update", propagate=True)
def _updated(mapper: Mapper[Any], connection: Connection, target: object) -> None:
    table, pending = _mapper_table(mapper), _pending(target)
    if not table or pending is None:
        return
    state = instance_state(target)
    version = mapper.version_id_col.name if mapper.version_id_col is not None else None
    fields = tuple(prop.columns[0].name for prop in mapper.column_attrs
                   if prop.columns[0].name != version and state.attrs[prop.key].history.has_changes())
    if fields:
        values = _values(target, mapper)
        pending.append(_entry(table, "update", values, fields, _detail(table, values, fields)))


@event.listens_for(Base, "before_delete", propagate=True)
def _deleting(mapper: Mapper[Any], connection: Connection, target: object) -> None:
    _IN_FLUSH.add(connection)
    table, pending = _mapper_table(mapper), _pending(target)
    if not table or pending is None:
        return
    values = _values(target, mapper)
    found = [_entry(table, "delete", values)]
    if values.get("id") is not None:
        found.extend(_cascade_entries(connection, table, [values["id"]]))
    _resolve_parents(connection, found, {})  # now: the parents may go in this flush too
    pending.extend(found)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: Any) -> None:
    pending: list[_Entry] = session.info.pop(_PENDING, [])
    conn = session.connection()
    _IN_FLUSH.discard(conn)
    seen: set[tuple[str, int | None, str]] = set()
    unique = []
    for e in pending:
        key = (e.table, e.record_id, e.action)
        if e.record_id is None or key not in seen:
            seen.add(key)
            unique.append(e)
    _write(conn, unique)


@event.listens_for(Session, "after_begin")
def _session_began(session: Session, _transaction: Any, connection: Connection) -> None:
    _SESSION_CONNECTIONS.add(connection)
    _IN_FLUSH.discard(connection)


@event.listens_for(Session, "after_soft_rollback")
def _rolled_back(session: Session, _previous: Any) -> None:
    session.info.pop(_PENDING, None)


# --- capture: statements a use case executes itself ----------------------------------------------

_CORE_PENDING = "klimamoeder_audit_core"


def _statement_table(statement: Any) -> str | None:
    table = getattr(statement, "table", None)
    name = getattr(table, "name", None)
    return name if name in _tables() and name not in NOT_AUDITED else None


def _set_columns(statement: Insert | Update, params: Sequence[dict[str, Any]]) -> list[str]:
    """Column names a DML statement writes: its `.values(...)` plus parameters named like columns."""
    table = _tables()[_statement_table(statement) or ""]
    names = [getattr(key, "key", None) or getattr(key, "name", None) or str(key)
             for key in getattr(statement, "_values", None) or {}]
    for row in params[:1]:
        names.extend(k for k in row if k in table.c)
    return [n for n in dict.fromkeys(names) if n in table.c]


def _id_parameter(statement: Update | Delete) -> str | None:
    """`WHERE id = :b_id` executed many times: the parameter holding each row's id."""
    where = statement.whereclause
    if isinstance(where, BinaryExpression) and isinstance(where.right, BindParameter):
        left = where.left
        if isinstance(left, Column) and left.name == "id":
            return str(where.right.key)
    return None


def _affected(conn: Connection, statement: Update | Delete, table: str,
              params: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows an UPDATE or DELETE will touch, read before it runs (ids and foreign keys only)."""
    t = _tables()[table]
    keys = [c for c in t.columns if c.name == "id" or c.foreign_keys]
    names = [c.name for c in keys]
    by_id = _id_parameter(statement)
    if by_id is not None and params:
        ids = [row[by_id] for row in params]
        rows: list[dict[str, Any]] = []
        for start in range(0, len(ids), _CHUNK):
            rows.extend(dict(zip(names, r, strict=True))
                        for r in conn.execute(select(*keys).where(t.c.id.in_(ids[start:start + _CHUNK]))))
        return rows
    query = select(*keys)
    if statement.whereclause is not None:
        query = query.where(statement.whereclause)
    found: dict[Any, dict[str, Any]] = {}
    for row_params in params or [{}]:
        for r in conn.execute(query, row_params):
            found[r[0]] = dict(zip(names, r, strict=True))
    return list(found.values())


def _core_entries(conn: Connection, statement: Any, params: Sequence[dict[str, Any]]) -> list[_Entry]:
    table = _statement_table(statement)
    if table is None:
        return []
    if isinstance(statement, Insert):
        rows = list(params) or [{getattr(k, "key", str(k)): v for k, v in (statement._values or {}).items()}]
        if any(row.get("id") is None for row in rows):
            raise AuditError(f"INSERT into {table} without ids: allocate them first so the audit log can name "
                             "each record (see services/audit.py)")
        return [_entry(table, "create", row, detail=_detail(table, row)) for row in rows]
    affected = _affected(conn, statement, table, params)
    if isinstance(statement, Update):
        fields = tuple(n for n in _set_columns(statement, params) if n != "version")
        return [_entry(table, "update", row, fields) for row in affected] if fields else []
    entries = [_entry(table, "delete", row) for row in affected]
    return entries + _cascade_entries(conn, table, [row["id"] for row in affected])


@event.listens_for(Engine, "before_execute")
def _before_execute(conn: Connection, statement: Any, multiparams: Any, params: Any, _options: Any) -> None:
    if not isinstance(statement, (Insert, Update, Delete)) or conn not in _SESSION_CONNECTIONS:
        return
    if conn in _IN_FLUSH:
        return  # the ORM's own statements: logged by the mapper events above
    rows = list(multiparams) if multiparams else ([params] if params else [])
    entries = _core_entries(conn, statement, rows)
    if entries:
        _resolve_parents(conn, entries, {})
    conn.info.setdefault(_CORE_PENDING, []).append((statement, entries))


@event.listens_for(Engine, "after_execute")
def _after_execute(conn: Connection, statement: Any, *_args: Any) -> None:
    stack = conn.info.get(_CORE_PENDING)
    if not stack or stack[-1][0] is not statement:
        return
    _statement, entries = stack.pop()
    _write(conn, entries)


@event.listens_for(Engine, "handle_error")
def _failed(context: Any) -> None:
    conn = context.connection
    if conn is not None and conn.info.get(_CORE_PENDING):
        conn.info[_CORE_PENDING].clear()


# --- bulk paths -------------------------------------------------------------------------------------

def allocate_ids(s: Session, entity: type[Any], count: int) -> list[int]:
    """Ids for `count` rows a bulk path is about to insert: known before the executemany, so the log can
    name each record (and one executemany inserts them all without RETURNING)."""
    if count == 0:
        return []
    table = entity.__table__
    if s.get_bind().dialect.name == "postgresql":
        sequence = s.scalar(text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table.name})
        return list(s.scalars(text("SELECT nextval(:sequence) FROM generate_series(1, :count)"),
                              {"sequence": sequence, "count": count}))
    # SQLite: every writing transaction began with BEGIN IMMEDIATE, so nobody else inserts meanwhile.
    first = (s.scalar(select(func.max(table.c.id))) or 0) + 1
    return list(range(first, first + count))


def log_inserted(conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Rows a bulk path inserts straight through the driver (`services/bulk.py`), given as it gives them."""
    if table in NOT_AUDITED or table not in _tables():
        return
    if "id" not in columns:
        raise AuditError(f"bulk INSERT into {table} without ids: allocate them first (audit.allocate_ids)")
    shape = _shape(table)
    logged = logged_columns(table)
    wanted = {"id", *(c for c in (shape.person, shape.meeting) if c), *(c for c, _t in shape.parents), *logged}
    index = [(name, i) for i, name in enumerate(columns) if name in wanted]
    shown = sorted(name for name, _i in index if name in logged)  # once, not per row (a 20,000-row import)
    entries = []
    for row in rows:
        values = {name: row[i] for name, i in index}
        entries.append(_entry(table, "create", values, detail=_detail(table, values, shown, logged)))
    _write(conn, entries)


# --- explicit events --------------------------------------------------------------------------------

def record(s: Session, action: str, table: str, record_id: int | None = None, *, person_id: int | None = None,
           meeting_id: int | None = None, fields: Sequence[str] = (), detail: str = "") -> None:
    """An event that is not a row change (export, print, erase, anonymise, purge), in `s`'s transaction.

    `detail` must not hold personal data: a document kind, a count, a file type.
    """
    _write(s.connection(), [_Entry(table, record_id, action, tuple(fields), detail[:200], person_id, meeting_id)])


def record_each(s: Session, action: str, table: str, person_ids: Sequence[int], detail: str = "") -> None:
    """One event per person (an erasure of a batch): each person's own history shows it."""
    _write(s.connection(), [_Entry(table, pid, action, (), detail[:200], pid, None) for pid in person_ids])


def log_event(db: Database, action: str, table: str, record_id: int | None = None, **details: Any) -> None:
    """`record` in its own transaction (after a read-only use case such as printing a list)."""
    with db.session() as s:
        record(s, action, table, record_id, **details)


def log_backup(db: Database, target: Path) -> None:
    """A backup was written: erasure tells the user which backups made since a person was recorded still hold
    them, so the place is kept (a path the user chose; no personal data of participants)."""
    log_event(db, "backup", "database", detail=str(target.resolve())[-200:])


# --- reading ------------------------------------------------------------------------------------------

def _row(e: AuditEntry) -> AuditRow:
    return AuditRow(e.id, e.at, e.author, e.source, e.action, e.table_name, e.record_id, e.person_id, e.meeting_id,
                    tuple(f for f in e.fields.split(",") if f), e.detail)


def entries(db: Database, query: AuditQuery | None = None) -> list[AuditRow]:
    """Log entries matching every given filter, newest first."""
    q = query or AuditQuery()
    statement = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    for column, value in ((AuditEntry.person_id, q.person_id), (AuditEntry.meeting_id, q.meeting_id),
                          (AuditEntry.table_name, q.table), (AuditEntry.record_id, q.record_id),
                          (AuditEntry.author, q.author), (AuditEntry.action, q.action)):
        if value is not None:
            statement = statement.where(column == value)
    if q.since is not None:
        statement = statement.where(AuditEntry.at >= q.since)
    if q.until is not None:
        statement = statement.where(AuditEntry.at < q.until)
    if q.limit:
        statement = statement.limit(q.limit)
    with db.read() as s:
        return [_row(e) for e in s.scalars(statement)]


def history(db: Database, table: str, record_id: int) -> list[AuditRow]:
    """The record's own entries and those of records about the same person and meeting, oldest first.

    A registration's history includes its check-ins, the replies and the deliveries of that person for
    that meeting; a person's includes everything about them. Works after the record is gone.
    """
    with db.read() as s:
        first = _first_entry(s, table, record_id)
        own = list(s.scalars(select(AuditEntry).where(AuditEntry.table_name == table,
                                                      AuditEntry.record_id == record_id, AuditEntry.id >= first)))
        related = [and_(AuditEntry.table_name == table, AuditEntry.record_id == record_id)]
        if table == "person":
            related.append(AuditEntry.person_id == record_id)
        else:
            subject = next(((e.person_id, e.meeting_id) for e in own
                            if e.person_id is not None and e.meeting_id is not None), None)
            if subject is not None:
                related.append(and_(AuditEntry.person_id == subject[0], AuditEntry.meeting_id == subject[1],
                                    AuditEntry.table_name != table))
        found = s.scalars(select(AuditEntry).where(or_(*related), AuditEntry.id >= first)
                          .order_by(AuditEntry.at, AuditEntry.id))
        return [_row(e) for e in found]


def _first_entry(s: Session, table: str, record_id: int) -> int:
    """The entry that created this record: SQLite may give a deleted record's id to a new one, and the
    history (or an access export) of the new one must not include the old one's."""
    created = s.scalar(select(func.max(AuditEntry.id)).where(
        AuditEntry.table_name == table, AuditEntry.record_id == record_id, AuditEntry.action == "create"))
    return int(created or 0)


def about_person(db: Database, person_id: int) -> list[AuditRow]:
    """Every entry about the person (their record, registrations, replies, …) since they were created."""
    with db.read() as s:
        first = _first_entry(s, "person", person_id)
        found = s.scalars(select(AuditEntry).where(AuditEntry.person_id == person_id, AuditEntry.id >= first)
                          .order_by(AuditEntry.at, AuditEntry.id))
        return [_row(e) for e in found]


def authors(db: Database) -> list[str]:
    with db.read() as s:
        return sorted(a for a in s.scalars(select(AuditEntry.author).distinct()) if a)


ACTIONS = ("create", "update", "delete", "export", "print", "backup", "erase", "anonymise", "consent", "purge")


def describe_action(action: str) -> str:
    """An action in the reader's language ("created", "erased", …)."""
    return {
        "create": translate("Audit", "created"), "update": translate("Audit", "changed"),
        "delete": translate("Audit", "deleted"), "export": translate("Audit", "exported"),
        "print": translate("Audit", "printed"), "erase": translate("Audit", "erased"),
        "anonymise": translate("Audit", "anonymised"), "consent": translate("Audit", "consent recorded"),
        "purge": translate("Audit", "log entries removed"), "backup": translate("Audit", "backed up"),
    }.get(action, action)


def describe(row: AuditRow) -> str:
    """One readable line for a history view; never more than the entry holds (no values)."""
    parts = [f"{row.table} {row.record_id}" if row.record_id is not None else row.table, describe_action(row.action)]
    if row.fields:
        parts.append("(" + ", ".join(row.fields) + ")")
    if row.detail:
        parts.append(f"[{row.detail}]")
    return translate("Audit", "{what} by {author} via {source}").format(
        what=" ".join(parts), author=row.author or "?", source=row.source or "?")


# --- the log's own retention ----------------------------------------------------------------------

def audit_days(db: Database) -> int:
    with db.read() as s:
        days = s.scalar(select(PrivacySetting.audit_days).where(PrivacySetting.id == 1))
    return int(days) if days else DEFAULT_AUDIT_DAYS


def set_audit_days(db: Database, days: int) -> None:
    if not 30 <= days <= 36500:
        from .errors import DomainError

        raise DomainError(translate("Audit", "Keep the log between 30 days and 100 years."), field="audit_days")
    with db.session() as s:
        row = s.get(PrivacySetting, 1)
        if row is None:
            s.add(PrivacySetting(id=1, audit_days=days))
        else:
            row.audit_days = days


def purge(db: Database, now: datetime | None = None) -> int:
    """Remove entries older than the log's retention; the removal itself is logged (count only)."""
    cutoff = (now or utcnow()) - timedelta(days=audit_days(db))
    with db.session() as s:
        removed = s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.at < cutoff)) or 0
        if removed:
            s.execute(delete(AuditEntry).where(AuditEntry.at < cutoff))
            record(s, "purge", "audit_entry", detail=f"{removed}")
    return int(removed)
