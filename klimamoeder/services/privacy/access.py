"""Access export (GDPR art. 15): everything Klimamøder holds about one person, as JSON and as a readable PDF.

"Everything" is decided by the same rule as erasure (`erasure.rows_about`): every row that erasure would
remove is shown here with all its columns, the columns naming them as staff (a meeting's organiser) too,
plus what a reader needs to understand the rows (the meetings' titles and dates, the organisation and its
memberships) and the audit log's entries about them. The export itself is logged (no file name, no values).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from ...model import Base
from ...storage import Database
from .. import audit
from .erasure import rows_about

_CHUNK = 500


@dataclass(frozen=True)
class AccessExport:
    """What is held about one person; `as_json()` is the machine-readable export."""

    person_id: int
    name: str
    email: str
    language: str
    generated_at: datetime
    records: dict[str, list[dict[str, Any]]]  # table → rows (every column)
    meetings: dict[int, dict[str, Any]]  # the meetings the rows refer to: title, start, end
    organisation: dict[str, Any] | None  # where they work, with the organisation's memberships
    audit: list[dict[str, Any]]  # the log's entries about them (ids, field names; no values)

    def as_json(self) -> dict[str, Any]:
        return {"person_id": self.person_id, "generated_at": self.generated_at.isoformat(),
                "records": self.records, "meetings": {str(k): v for k, v in self.meetings.items()},
                "organisation": self.organisation, "audit_log": self.audit}


def plain(value: Any) -> Any:
    """A column value as JSON: instants and dates ISO 8601, enumerations by their value."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def _tables() -> dict[str, Table]:
    return dict(Base.metadata.tables)


def _read(s: Session, table: str, ids: set[int], columns: list[str] | None = None) -> list[dict[str, Any]]:
    t = _tables()[table]
    chosen = [t.c.id, *[t.c[c] for c in columns]] if columns else list(t.columns)
    ordered = sorted(ids)
    found: list[dict[str, Any]] = []
    for start in range(0, len(ordered), _CHUNK):
        query = select(*chosen).where(t.c.id.in_(ordered[start:start + _CHUNK])).order_by(t.c.id)
        found.extend({c.name: plain(v) for c, v in zip(chosen, row, strict=True)} for row in s.execute(query))
    return found


def _meetings(s: Session, records: dict[str, list[dict[str, Any]]]) -> dict[int, dict[str, Any]]:
    ids = {row["meeting_id"] for rows in records.values() for row in rows if row.get("meeting_id")}
    ids |= {row["id"] for row in records.get("meeting", [])}
    t = _tables()["meeting"]
    return {row.id: {"title": row.title, "start": plain(row.start), "end": plain(row.end),
                     "time_zone": row.time_zone}
            for row in s.execute(select(t.c.id, t.c.title, t.c.start, t.c.end, t.c.time_zone)
                                 .where(t.c.id.in_(sorted(ids))))} if ids else {}


def _organisation(s: Session, organisation_id: int | None) -> dict[str, Any] | None:
    if organisation_id is None:
        return None
    org, membership, network = _tables()["organisation"], _tables()["membership"], _tables()["network"]
    row = s.execute(select(org).where(org.c.id == organisation_id)).mappings().first()
    if row is None:
        return None
    members = s.execute(select(network.c.name, membership.c.role, membership.c.since)
                        .join(network, network.c.id == membership.c.network_id)
                        .where(membership.c.organisation_id == organisation_id).order_by(network.c.name))
    return {**{k: plain(v) for k, v in row.items()},
            "memberships": [{"network": n, "role": plain(r), "since": plain(d)} for n, r, d in members]}


def collect(db: Database, person_id: int, now: datetime | None = None) -> AccessExport:
    """Everything about the person, read in one consistent snapshot."""
    from ...model import utcnow
    from .inventory import Rule, personal_columns

    with db.read() as s:
        rows, staff = rows_about(s, person_id)
        records = {table: _read(s, table, ids) for table, ids in sorted(rows.items())}
        for table, ids in sorted(staff.items()):
            columns = [c for c, d in personal_columns(table).items() if d.rule is Rule.STAFF]
            records.setdefault(table, []).extend(_read(s, table, ids, columns))
        person = records["person"][0]
        meetings = _meetings(s, records)
        organisation = _organisation(s, person.get("organisation_id"))
    entries = [{"at": r.at.isoformat(), "author": r.author, "source": r.source, "action": r.action,
                "table": r.table, "record_id": r.record_id, "meeting_id": r.meeting_id, "fields": list(r.fields),
                "detail": r.detail} for r in audit.about_person(db, person_id)]
    return AccessExport(person_id, str(person["name"]), str(person.get("email") or ""),
                        str(person.get("language") or "en"), now or utcnow(), records, meetings, organisation,
                        entries)


def log_export(db: Database, export: AccessExport, kind: str) -> None:
    """The export is an event in the log: which person, which format; never the file's place or content."""
    audit.log_event(db, "export", "person", export.person_id, person_id=export.person_id,
                    detail=f"access export ({kind})")
