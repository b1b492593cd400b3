"""Erasure (GDPR art. 17): one person removed from every table, and the bytes gone from the file.

What goes is decided by the inventory, not by a list kept here: every table with a foreign key to
`person` loses the person's rows (the database's ON DELETE CASCADE, or here for the SET NULL ones whose
inventory decision says the row goes, such as calendar replies), rows of those rows follow (check-ins,
B2B participation), and calendar replies that name the person only by address (review entries, replies
from before the person was known) are found by their address in the reply itself. Staff columns
(`Rule.STAFF`) holding the person's name or address are blanked.

Free text the secretariat wrote (an agenda item "Keynote by …", another person's notes) is not
rewritten behind the user's back: `mentions` finds every remaining occurrence of the name or an address
in every text column, and the result names them so the user can edit them.

On SQLite `secure_delete` is on (storage.py) and the WAL is checkpointed and truncated afterwards, so the
deleted bytes are overwritten in the file itself. Backups are copies the program cannot change: the
result says which of them still hold the person.
"""

from __future__ import annotations

import mmap
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import JSON, Connection, Enum, String, Table, Text, cast, delete, func, or_, select, update
from sqlalchemy.orm import Session

from ...i18n import translate
from ...model import AuditEntry, Base, Person
from ...safe_files import before_upgrade_copies
from ...storage import Database, sqlite_path
from .. import audit
from ..errors import NotFound
from .inventory import ROW, Personal, Rule, decision, personal_columns

_CHUNK = 500


@dataclass(frozen=True)
class Mention:
    """A remaining occurrence of the person's name or address in free text someone wrote."""

    table: str
    column: str
    record_id: int | None


@dataclass(frozen=True)
class BackupHolding:
    """A copy of the database that may still hold the person."""

    path: str
    made: datetime | None  # when (from the audit log; None for before-upgrade copies found on disk)
    holds: bool | None  # True: the name or address is in it; None: cannot tell (missing or compressed)


@dataclass(frozen=True)
class ErasurePlan:
    person_id: int
    rows: dict[str, int]  # table → rows that go (or are blanked), the person's own row included
    mentions: tuple[Mention, ...]
    backups: tuple[BackupHolding, ...]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


@dataclass(frozen=True)
class ErasureResult:
    person_id: int
    rows: dict[str, int]
    mentions: tuple[Mention, ...]  # left in free text: the user edits these
    backups: tuple[BackupHolding, ...]
    checkpointed: bool  # SQLite: the WAL was written back and truncated


# --- who ----------------------------------------------------------------------------------------------

def person_by_email(db: Database, email: str) -> int:
    """The person whose main or other address is `email` (any case), or NotFound naming the address."""
    from ..people import normalise_email, owner_of_email

    with db.read() as s:
        found = owner_of_email(s, normalise_email(email.strip()))
    if found is None:
        raise NotFound(translate("Privacy", "Nobody has the address {email}.").format(email=email.strip()))
    return found


def _needles(s: Session, person_id: int) -> tuple[str, list[str]]:
    names, addresses = _needles_of(s, [person_id])
    return names[0], addresses


def _needles_of(s: Session, person_ids: list[int]) -> tuple[list[str], list[str]]:
    """The names and (lower-cased) addresses of the people; NotFound naming an id that is not there."""
    names: list[str] = []
    addresses: list[str] = []
    found: set[int] = set()
    for start in range(0, len(person_ids), _CHUNK):
        chunk = person_ids[start:start + _CHUNK]
        for pid, name, email, others in s.execute(select(Person.id, Person.name, Person.email, Person.other_emails)
                                                  .where(Person.id.in_(chunk))):
            found.add(pid)
            names.append(name)
            addresses += [a.lower() for a in [email or "", *(others or [])] if a]
    missing = [pid for pid in person_ids if pid not in found]
    if missing:
        raise NotFound(translate("Errors", "There is no person with id {id}.").format(id=missing[0]))
    return names, list(dict.fromkeys(addresses))


# --- which rows ---------------------------------------------------------------------------------------

def _tables() -> dict[str, Table]:
    return dict(Base.metadata.tables)


def _unfold(value: str) -> str:
    """iCalendar folds long lines (CRLF + space): an address can be split across a fold."""
    return re.sub(r"\r?\n[ \t]", "", value)


def _reply_rows(s: Session, person_ids: list[int], addresses: list[str]) -> list[int]:
    """Calendar replies by the people: linked to them, or naming one of their addresses anywhere.

    Read in Python rather than with LIKE: the address in a reply file may be folded across two lines. Each
    reply's addresses are pulled out once (`mailto:` and the attendee), so a batch of 20,000 people costs one
    pass over the replies, not one per person."""
    table = _tables()["calendar_reply"]
    found: set[int] = set()
    for start in range(0, len(person_ids), _CHUNK):
        found.update(s.scalars(select(table.c.id).where(table.c.person_id.in_(person_ids[start:start + _CHUNK]))))
    if addresses:
        wanted = set(addresses)
        columns = [table.c.attendee_email, table.c.raw, table.c.comment, table.c.source_name, table.c.reason]
        for row in s.execute(select(table.c.id, *columns).execution_options(yield_per=500)):
            haystack = _unfold(" ".join(str(v or "") for v in row[1:])).lower()
            if wanted & set(_ADDRESS.findall(haystack)) or (len(wanted) < 50 and any(a in haystack for a in wanted)):
                found.add(int(row[0]))
    return sorted(found)


_ADDRESS = re.compile(r"[^\s:;<>\"',()\[\]]+@[^\s:;<>\"',()\[\]]+")


def _dependants(s: Session, table_name: str, ids: list[int], into: dict[str, set[int]]) -> None:
    """Rows that go with `ids` of `table_name` by ON DELETE CASCADE, recursively."""
    for child in _tables().values():
        for column in child.columns:
            for fk in column.foreign_keys:
                if fk.column.table.name != table_name or (fk.ondelete or "").upper() != "CASCADE":
                    continue
                hit: list[int] = []
                for start in range(0, len(ids), _CHUNK):
                    hit += list(s.scalars(select(child.c.id).where(column.in_(ids[start:start + _CHUNK]))))
                known = into.setdefault(child.name, set())
                new = [i for i in hit if i not in known]
                known.update(new)
                if new:
                    _dependants(s, child.name, new, into)


Ids = dict[str, set[int]]  # table → row ids


def _rows(s: Session, person_ids: list[int], names: list[str], addresses: list[str]) -> tuple[Ids, Ids]:
    """Every row that goes, and (separately) the rows whose staff columns name the people.

    Rows that go: the people, rows pointing at them (and their rows, by the database's cascades), rows
    whose reference the database would only set to NULL where the inventory says the row goes (a reply),
    and their replies found by address."""
    rows: dict[str, set[int]] = {"person": set(person_ids)}
    _dependants(s, "person", person_ids, rows)
    for child in _tables().values():
        for column in child.columns:
            if any(fk.column.table.name == "person" and (fk.ondelete or "").upper() == "SET NULL"
                   for fk in column.foreign_keys):
                d = decision(child.name, column.name)
                if isinstance(d, Personal) and d.blank is ROW:
                    for start in range(0, len(person_ids), _CHUNK):
                        rows.setdefault(child.name, set()).update(
                            s.scalars(select(child.c.id).where(column.in_(person_ids[start:start + _CHUNK]))))
    replies = _reply_rows(s, person_ids, addresses)
    rows.setdefault("calendar_reply", set()).update(replies)
    _dependants(s, "calendar_reply", replies, rows)
    staff: dict[str, set[int]] = {}
    wanted = sorted({v.lower() for v in (*names, *addresses) if v})
    for table, column_name in _staff_columns():
        t = _tables()[table]
        for start in range(0, len(wanted), _CHUNK):
            staff.setdefault(table, set()).update(
                s.scalars(select(t.c.id).where(func.lower(t.c[column_name]).in_(wanted[start:start + _CHUNK]))))
    return ({t: ids for t, ids in rows.items() if ids}, {t: ids for t, ids in staff.items() if ids})


def _staff_columns() -> list[tuple[str, str]]:
    """Columns naming a member of the secretariat (an organiser), blanked when that person is erased."""
    return [(t, c) for t in _tables() for c, d in personal_columns(t).items()
            if d.rule is Rule.STAFF and d.blank is not ROW]


def rows_about(s: Session, person_id: int) -> tuple[Ids, Ids]:
    """Every row about the person (what erasure removes), and the rows naming them as staff: the access
    export shows exactly what erasure would take, from the same rule."""
    name, addresses = _needles(s, person_id)
    return _rows(s, [person_id], [name], addresses)


# --- free text that still mentions them ------------------------------------------------------------

def _text_columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if isinstance(c.type, String | Text | JSON) and not isinstance(c.type, Enum)]


def mentions(s: Session | Connection, needles: Iterable[str], skip: dict[str, set[int]] | None = None) -> list[Mention]:
    """Every row of every table whose text columns contain one of `needles` (case as typed, and lower-case)."""
    wanted = sorted({v for n in needles if len(n) >= 4 for v in (n, n.lower())})  # "Bo" is in "Board"
    found: list[Mention] = []
    if not wanted:
        return found
    for name, table in _tables().items():
        columns = _text_columns(table)
        if not columns or "id" not in table.c:
            continue
        for column in columns:
            as_text = cast(table.c[column], Text)
            query = select(table.c.id).where(or_(*[as_text.contains(v, autoescape=True) for v in wanted]))
            for record_id in s.execute(query).scalars():
                if skip is None or record_id not in skip.get(name, set()):
                    found.append(Mention(name, column, record_id))
    return sorted(found, key=lambda m: (m.table, m.column, m.record_id or 0))


# --- backups ----------------------------------------------------------------------------------------

def _file_holds(path: Path, needles: list[str]) -> bool | None:
    try:
        with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
            if not data[:16].startswith(b"SQLite format 3"):
                return None  # pg_dump's custom format is compressed: cannot tell from the bytes
            return any(data.find(n.encode()) >= 0 for n in needles if n)
    except (OSError, ValueError):
        return None


def backups_holding(db: Database, person_id: int, needles: list[str]) -> list[BackupHolding]:
    """Before-upgrade copies beside the file that hold the person, and every backup made (logged) since
    the person was first recorded: a backup's own retention is the secretariat's, not the program's."""
    found: list[BackupHolding] = []
    path = sqlite_path(db.url)
    if path is not None:
        for copy in before_upgrade_copies(path):
            holds = _file_holds(copy, needles)
            if holds is not False:
                found.append(BackupHolding(str(copy), None, holds))
    with db.read() as s:
        since = s.scalar(select(func.min(AuditEntry.at)).where(AuditEntry.person_id == person_id))
        made = s.execute(select(AuditEntry.at, AuditEntry.detail).where(
            AuditEntry.action == "backup", AuditEntry.at >= since) if since is not None else
            select(AuditEntry.at, AuditEntry.detail).where(AuditEntry.action == "backup")).all()
    for at, where in made:
        target = Path(where)
        holds = _file_holds(target, needles) if target.is_file() else None
        if holds is not False:
            found.append(BackupHolding(where, at, holds))
    return found


# --- the use cases ------------------------------------------------------------------------------------

def plan(db: Database, person_id: int) -> ErasurePlan:
    """What `erase` would remove, what free text would still mention them, which backups hold them."""
    with db.read() as s:
        name, addresses = _needles(s, person_id)
        rows, staff = _rows(s, [person_id], [name], addresses)
        left = mentions(s, [name, *addresses], _merge(rows, staff))
    return ErasurePlan(person_id, _counts(rows, staff), tuple(left),
                       tuple(backups_holding(db, person_id, [name, *addresses])))


def _merge(*parts: dict[str, set[int]]) -> dict[str, set[int]]:
    merged: dict[str, set[int]] = {}
    for part in parts:
        for table, ids in part.items():
            merged.setdefault(table, set()).update(ids)
    return merged


def _counts(*parts: dict[str, set[int]]) -> dict[str, int]:
    return {table: len(ids) for table, ids in sorted(_merge(*parts).items())}


def erase_rows(s: Session, person_ids: int | Sequence[int]) -> dict[str, int]:
    """The erasure itself inside the caller's transaction (also `people.delete_person`'s and retention's, which
    gives its people as one batch: the same rule, a few queries per 500 people instead of dozens per person).

    Rows the database would not delete itself are deleted here, then the people (the database's cascades
    take the rest); staff columns naming them are blanked. Each erasure is logged, with counts only."""
    ids = [person_ids] if isinstance(person_ids, int) else sorted(set(person_ids))
    if not ids:
        return {}
    names, addresses = _needles_of(s, ids)
    rows, staff = _rows(s, ids, names, addresses)
    cascaded: dict[str, set[int]] = {}
    _dependants(s, "person", ids, cascaded)
    for table, found in rows.items():
        explicit = sorted(found - cascaded.get(table, set()))
        if table == "person" or not explicit:
            continue
        t = _tables()[table]
        for start in range(0, len(explicit), _CHUNK):
            s.execute(delete(t).where(t.c.id.in_(explicit[start:start + _CHUNK])))
    wanted = sorted({v.lower() for v in (*names, *addresses) if v})
    for table, column in _staff_columns():
        t = _tables()[table]
        targets = sorted(staff.get(table, set()) - rows.get(table, set()))
        if targets:
            values: dict[str, object] = {column: personal_columns(table)[column].blank}
            if "version" in t.c:
                values["version"] = t.c.version + 1  # an open editor of the meeting sees it changed
            s.execute(update(t).where(t.c.id.in_(targets), func.lower(t.c[column]).in_(wanted)).values(values))
    person = _tables()["person"]
    for start in range(0, len(ids), _CHUNK):
        s.execute(delete(person).where(person.c.id.in_(ids[start:start + _CHUNK])))
    counts = _counts(rows, staff)
    detail = ", ".join(f"{table}={n}" for table, n in counts.items())
    audit.record_each(s, "erase", "person", ids, detail=detail if len(ids) == 1 else f"batch of {len(ids)}")
    return counts


def erase(db: Database, person_id: int) -> ErasureResult:
    """Erase the person in one transaction, then overwrite the freed bytes (SQLite) and say what is left."""
    with db.read() as s:
        name, addresses = _needles(s, person_id)
    backups = backups_holding(db, person_id, [name, *addresses])
    with db.session() as s:
        counts = erase_rows(s, person_id)
    checkpointed = checkpoint(db)
    with db.read() as s:
        left = mentions(s, [name, *addresses])
    return ErasureResult(person_id, counts, tuple(left), tuple(backups), checkpointed)


def checkpoint(db: Database) -> bool:
    """SQLite: write the WAL back into the file and truncate it, so deleted rows survive in neither.

    `secure_delete` (always on) has zeroed the freed space inside the pages; the WAL still held the
    pages as they were before the delete until this checkpoint."""
    if not db.is_sqlite:
        return False
    with db.engine.connect() as conn:  # outside any transaction: a checkpoint cannot run inside one
        raw = conn.connection.driver_connection
        assert raw is not None
        busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy


__all__ = ["BackupHolding", "ErasurePlan", "ErasureResult", "Mention", "checkpoint", "erase", "erase_rows",
           "mentions", "person_by_email", "plan"]
