"""Bulk reads and inserts straight through the DB-API, for tables and imports at the speed of the database.

`fetch_tuples` runs a SELECT that SQLAlchemy compiled on the session's own connection (same transaction) and
returns the driver's plain tuples with the values as stored (enum values as text, instants as the driver gives
them, JSON cast to text): no SQLAlchemy `Row` and no type processing per row, which for 20,000 registrations
cost more than the database's own work. The caller converts each distinct value once.

SQLAlchemy's Core `executemany` processes every parameter of every row through its column type (enum to
text, list to JSON, aware instant to the stored form) and builds a parameter dictionary per row: for a
20,000-row import that was a third of the time. Here the statement is compiled by SQLAlchemy once (so
quoting, placeholders and PostgreSQL's casts are the dialect's own), every value is converted by the
same column type's own bind processor — once per distinct value, as an import repeats the same status,
role, day set and instant on every row — and the rows go to the driver as plain tuples, on SQLite and
on PostgreSQL (psycopg) alike. Columns the caller does not give get their Python-side default, as Core
would give them.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Connection, Dialect, Select, Table, insert
from sqlalchemy.sql.compiler import SQLCompiler

from . import audit
from .progress import Cancelled, Progress


def fetch_tuples(conn: Connection, statement: Select[*tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """All rows of `statement` as the driver's tuples (see the module's docstring), in one `fetchall`."""
    cursor = _execute(conn, statement)
    try:
        return cast(list[tuple[Any, ...]], cursor.fetchall())
    finally:
        cursor.close()


def iter_tuples(conn: Connection, statement: Select[*tuple[Any, ...]], batch: int = 5000) -> Iterator[tuple[Any, ...]]:
    """The rows of `statement` as the driver's tuples, fetched `batch` at a time: a caller that turns them into
    its own rows never holds all raw tuples and all its rows at once (100,000 registrations: ~50 MB less)."""
    cursor = _execute(conn, statement)
    try:
        while rows := cursor.fetchmany(batch):
            yield from rows
    finally:
        cursor.close()


def _execute(conn: Connection, statement: Select[*tuple[Any, ...]]) -> Any:
    """`statement` compiled by SQLAlchemy for the connection's dialect, run on its DB-API cursor."""
    # IN lists expanded into the SQL now (SQLAlchemy otherwise expands them at execution).
    compiled = statement.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    return _run(conn, compiled, None)


def _run(conn: Connection, compiled: SQLCompiler, values: Mapping[str, Any] | None) -> Any:
    params = compiled.construct_params(values) or {}
    # The binds' own conversions (a meeting id needs none; an enum does). A tuple bind (`tuple_(…).in_`) would
    # have a sequence of them instead: no statement read here has one.
    processors = cast(Mapping[str, Callable[[Any], Any]], compiled._bind_processors)
    converted = {key: processors[key](value) if key in processors else value for key, value in params.items()}
    arguments: Any = [converted[key] for key in compiled.positiontup or ()] if compiled.positional else converted
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(compiled.string, arguments)
    except BaseException:
        cursor.close()
        raise
    return cursor


class Query:
    """A SELECT read on every click (a table's load): built once per database dialect with named parameters
    (`bindparam`), compiled once, and run like `fetch_tuples` with the values of this call.

    Compiling the registrations table's joined query took SQLAlchemy ~5 ms, each time, before the database
    did anything; a table of a few hundred rows was read in less.
    """

    def __init__(self, build: Callable[[Dialect], Select[*tuple[Any, ...]]]) -> None:
        self._build = build
        self._compiled: weakref.WeakKeyDictionary[Dialect, SQLCompiler] = weakref.WeakKeyDictionary()

    def fetchall(self, conn: Connection, progress: Progress | None = None, **values: Any) -> list[tuple[Any, ...]]:
        """All rows as the driver's tuples, the parameters named as in the statement. With `progress`, a
        cancelled read stops within a batch of rows (`Cancelled`): a load made stale by the user's next click
        does not read 100,000 rows on, holding the interpreter, while the new one runs."""
        dialect = conn.dialect
        compiled = self._compiled.get(dialect)
        if compiled is None:
            compiled = self._compiled[dialect] = self._build(dialect).compile(dialect=dialect)
        cursor = _run(conn, compiled, values)
        try:
            rows: list[tuple[Any, ...]] = []
            while batch := cursor.fetchmany(_BATCH):
                rows += batch
                if progress is not None and progress.cancelled:
                    raise Cancelled
            return rows
        finally:
            cursor.close()


_BATCH = 5000  # rows read between two looks at `Progress.cancelled` (~5 ms of the database's work)


def slices(rows: Sequence[Any], size: int = 10_000) -> Iterator[Sequence[Any]]:
    """`rows` in parts of `size`, in order. A pass over many rows in one C call (`Counter`, `zip`, `map`) holds the
    interpreter until it ends, ~20 ms for 100,000 rows, in which the window's thread cannot run; part by part,
    it gets its turn in between."""
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


class BulkInsert:
    """`INSERT INTO table (columns…)` for many rows, given as tuples in the order of `columns`."""

    def __init__(self, conn: Connection, table: Table, columns: Sequence[str]) -> None:
        dialect = conn.dialect
        self.conn, self.table, self.given = conn, table.name, tuple(columns)
        given = set(columns)
        defaults = {c.key: _python_default(c) for c in table.c
                    if c.key not in given and c.default is not None and _python_default(c) is not _NONE}
        self.columns = [*columns, *defaults]
        self.constants = tuple(defaults.values())
        compiled = insert(table).compile(dialect=dialect, column_keys=self.columns)
        self.sql = compiled.string
        names = list(compiled.positiontup or ()) if compiled.positional else list(self.columns)
        self.order = [self.columns.index(name) for name in names]
        self.named = None if compiled.positional else names
        self.prepare: list[Callable[[Any], Any] | None] = [
            table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in self.columns]

    def run(self, rows: Sequence[Sequence[Any]]) -> int:
        """Insert the rows (one `executemany`); returns how many."""
        if not rows:
            return 0
        columns: list[Sequence[Any]] = list(zip(*rows, strict=True))
        columns += [(value,) * len(rows) for value in self.constants]
        for index, process in enumerate(self.prepare):
            if process is not None:
                columns[index] = _converted(columns[index], process)
        ordered = [columns[i] for i in self.order]
        params: list[Any] = list(zip(*ordered, strict=True))
        if self.named is not None:
            params = [dict(zip(self.named, row, strict=True)) for row in params]
        self.conn.exec_driver_sql(self.sql, params)
        audit.log_inserted(self.conn, self.table, self.given, rows)  # the one change log names every new row
        return len(rows)


def _converted(values: Sequence[Any], process: Callable[[Any], Any]) -> list[Any]:
    """A column's values in the driver's form, each distinct value converted once (an import repeats the same
    status, role, day set and instant on every row)."""
    if any(type(v) is list for v in values):  # a day set: the same list content converts the same
        values = [tuple(v) if type(v) is list else v for v in values]
    known = {v: None if v is None else process(list(v) if type(v) is tuple else v) for v in set(values)}
    return list(map(known.__getitem__, values))


class _NoDefault:
    pass


_NONE = _NoDefault()


def _python_default(column: Any) -> Any:
    """The value Core would insert for a column left out: a scalar default, or a callable's result (once per
    statement); `_NONE` for none or one the database computes (a sequence, a server default)."""
    default = column.default
    if default is None or getattr(default, "is_sequence", False):
        return _NONE
    if default.is_scalar:
        return default.arg
    if default.is_callable:
        return default.arg(None)  # SQLAlchemy wraps a no-argument callable to take the execution context
    return _NONE
