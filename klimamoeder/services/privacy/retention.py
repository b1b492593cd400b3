"""Retention that runs itself: what each network's policy says is due, and anonymising it.

`due(db, now)` is THE rule: the CLI (`privacy retention [--apply]`), the window (Personal data → Retention,
and the check at start) and `apply` all ask it, so what is listed is exactly what is done. What a rule
removes comes from the inventory (`Rule.REGISTRATION`, `Rule.NEEDS`), not from a list kept here:

- a meeting that ended more than the network's `needs_days` ago (default 30) loses dietary and
  accessibility needs;
- one that ended more than `registration_days` ago (default 2 years) loses who registered (the
  registration row stays, without its person, so headcounts per day, roles and statuses survive), notes,
  reply comments, and the rows of its calendar replies and delivery logs;
- calendar replies that never matched a meeting go after the default period from when they came in;
- a person whose every registration is so anonymised, who speaks on no agenda (published programmes are
  kept) and whose organisation is a member of no network, is erased (the one erasure, `erasure.erase_rows`).

Organisations, meetings, agendas and check-ins (counted per day) are kept. Every anonymisation is logged
(meeting id and counts only), in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, delete, exists, func, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from ...i18n import translate
from ...model import AuditEntry, Base, Meeting, Network, PrivacySetting, RetentionPolicy, utcnow
from ...storage import Database
from .. import audit
from ..errors import DomainError
from .erasure import erase_rows
from .inventory import ROW, Rule, personal_columns

DEFAULT_REGISTRATION_DAYS = 730
DEFAULT_NEEDS_DAYS = 30
_CHUNK = 500


@dataclass(frozen=True)
class Policy:
    network_id: int
    network: str
    registration_days: int = DEFAULT_REGISTRATION_DAYS
    needs_days: int = DEFAULT_NEEDS_DAYS
    apply_automatically: bool = False


@dataclass(frozen=True)
class DueMeeting:
    """One meeting with something due: `rule` is "registration" (everything) or "needs" (needs only)."""

    meeting_id: int
    network: str
    title: str
    end: datetime
    rule: str
    registrations: int  # registrations that still hold something the rule removes
    rows: dict[str, int] = field(default_factory=dict)  # other tables: rows that go

    def as_json(self) -> dict[str, Any]:
        return {"meeting_id": self.meeting_id, "network": self.network, "title": self.title,
                "end": self.end.isoformat(), "rule": self.rule, "registrations": self.registrations,
                "rows": self.rows}


@dataclass(frozen=True)
class RetentionReport:
    at: datetime
    meetings: tuple[DueMeeting, ...]
    people: tuple[int, ...]  # people erased because nothing keeps them any longer
    unmatched_replies: int  # replies that never matched a meeting, past the default period
    automatic: bool  # every network with something due applies automatically
    log_entries: int = 0  # change-log entries older than the log's own retention (always removed)

    @property
    def nothing_due(self) -> bool:
        return not (self.meetings or self.people or self.unmatched_replies or self.log_entries)

    def as_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(), "meetings": [m.as_json() for m in self.meetings],
                "people": len(self.people), "unmatched_replies": self.unmatched_replies,
                "log_entries": self.log_entries, "automatic": self.automatic}


# --- policies ---------------------------------------------------------------------------------------

def policies(db: Database) -> list[Policy]:
    """Every network's policy (the defaults where none was set), by network name."""
    with db.read() as s:
        return _policies(s)


def _policies(s: Session) -> list[Policy]:
    rows = {p.network_id: p for p in s.scalars(select(RetentionPolicy))}
    found = []
    for network in s.scalars(select(Network).order_by(Network.name)):
        row = rows.get(network.id)
        found.append(Policy(network.id, network.short_name or network.name) if row is None else
                     Policy(network.id, network.short_name or network.name, row.registration_days, row.needs_days,
                            row.apply_automatically))
    return found


def set_policy(db: Database, network_id: int, registration_days: int, needs_days: int,
               apply_automatically: bool) -> Policy:
    if not 30 <= registration_days <= 36500:
        raise DomainError(translate("Privacy", "Keep registration details between 30 days and 100 years."),
                          field="registration_days")
    if not 0 <= needs_days <= registration_days:
        raise DomainError(translate("Privacy", "Needs are kept at most as long as the registration details."),
                          field="needs_days")
    with db.session() as s:
        row = s.scalar(select(RetentionPolicy).where(RetentionPolicy.network_id == network_id))
        if row is None:
            row = RetentionPolicy(network_id=network_id)
            s.add(row)
        row.registration_days, row.needs_days = registration_days, needs_days
        row.apply_automatically = apply_automatically
    return next(p for p in policies(db) if p.network_id == network_id)


# --- the rule -----------------------------------------------------------------------------------------

def _tables() -> dict[str, Table]:
    return dict(Base.metadata.tables)


def _columns(rule: Rule) -> dict[str, object]:
    """Registration columns the rule empties, with what anonymising writes there (from the inventory)."""
    return {c: d.blank for c, d in personal_columns("registration").items()
            if d.rule is rule and d.blank is not ROW}


def _held(rule: Rule) -> Any:
    """A registration still holds something `rule` removes."""
    t = _tables()["registration"]
    return or_(*[t.c[c].is_not(None) if blank is None else t.c[c] != blank for c, blank in _columns(rule).items()])


def _meeting_rows() -> list[tuple[str, ColumnElement[Any]]]:
    """(table, meeting id expression) for every table whose rows go with the registration rule: declared
    `Personal(Rule.REGISTRATION)` with the whole row removed, and tied to a meeting directly or through a parent."""
    found: list[tuple[str, ColumnElement[Any]]] = []
    for name, table in _tables().items():
        if name == "registration" or not any(d.rule is Rule.REGISTRATION and d.blank is ROW
                                              for d in personal_columns(name).values()):
            continue
        if "meeting_id" in table.c:
            found.append((name, table.c.meeting_id))
            continue
        for column in table.columns:
            for fk in column.foreign_keys:
                parent = fk.column.table
                if "meeting_id" in parent.c:
                    found.append((name, select(parent.c.meeting_id).where(parent.c.id == column)
                                  .scalar_subquery()))
    return found


def _count(s: Session, query: Any) -> int:
    return int(s.scalar(select(func.count()).select_from(query.subquery())) or 0)


def _due_meetings(s: Session, now: datetime) -> list[tuple[DueMeeting, Policy]]:
    by_network = {p.network_id: p for p in _policies(s)}
    reg = _tables()["registration"]
    found = []
    for meeting in s.scalars(select(Meeting).order_by(Meeting.end, Meeting.id)):
        policy = by_network[meeting.network_id]
        if meeting.end < now - timedelta(days=policy.registration_days):
            rule = Rule.REGISTRATION
            held = or_(_held(Rule.REGISTRATION), _held(Rule.NEEDS))
            rows = {name: _count(s, select(_tables()[name].c.id).where(expr == meeting.id))
                    for name, expr in _meeting_rows()}
        elif meeting.end < now - timedelta(days=policy.needs_days):
            rule, held, rows = Rule.NEEDS, _held(Rule.NEEDS), {}
        else:
            continue
        registrations = _count(s, select(reg.c.id).where(reg.c.meeting_id == meeting.id, held))
        rows = {k: v for k, v in rows.items() if v}
        if registrations or rows:
            found.append((DueMeeting(meeting.id, policy.network, meeting.title, meeting.end, rule.value,
                                     registrations, rows), policy))
    return found


def _people_due(s: Session, meeting_ids: list[int]) -> list[int]:
    """People whose every registration is in `meeting_ids`, with no agenda role, at no member organisation."""
    if not meeting_ids:
        return []
    t = _tables()
    reg, person, speaker, member = t["registration"], t["person"], t["agenda_person"], t["membership"]
    kept_elsewhere = exists().where(reg.c.person_id == person.c.id, reg.c.meeting_id.not_in(meeting_ids))
    speaks = exists().where(speaker.c.person_id == person.c.id)
    works_for_member = exists().where(member.c.organisation_id == person.c.organisation_id)
    registered_there = exists().where(reg.c.person_id == person.c.id, reg.c.meeting_id.in_(meeting_ids))
    return list(s.scalars(select(person.c.id).where(registered_there, ~kept_elsewhere, ~speaks, ~works_for_member)
                          .order_by(person.c.id)))


def _unmatched(s: Session, now: datetime) -> Any:
    replies = _tables()["calendar_reply"]
    return select(replies.c.id).where(replies.c.meeting_id.is_(None),
                                      replies.c.received_at < now - timedelta(days=DEFAULT_REGISTRATION_DAYS))


def _report(s: Session, now: datetime) -> RetentionReport:
    meetings = _due_meetings(s, now)
    whole = [m.meeting_id for m, _p in meetings if m.rule == Rule.REGISTRATION.value]
    automatic = all(p.apply_automatically for _m, p in meetings)  # the log's own retention is always automatic
    days = s.scalar(select(PrivacySetting.audit_days).where(PrivacySetting.id == 1)) or audit.DEFAULT_AUDIT_DAYS
    old_entries = _count(s, select(AuditEntry.id).where(AuditEntry.at < now - timedelta(days=days)))
    return RetentionReport(now, tuple(m for m, _p in meetings), tuple(_people_due(s, whole)),
                           _count(s, _unmatched(s, now)), automatic, old_entries)


def due(db: Database, now: datetime | None = None) -> RetentionReport:
    """What the policies say is due at `now` (default: now): listed, nothing changed."""
    with db.read() as s:
        return _report(s, now or utcnow())


def apply(db: Database, now: datetime | None = None) -> RetentionReport:
    """Anonymise exactly what `due` lists, in one transaction; the report says what was done."""
    at = now or utcnow()
    with db.session() as s, audit.acting("retention"):
        report = _report(s, at)
        reg = _tables()["registration"]
        for meeting in report.meetings:
            rules = [Rule.NEEDS] if meeting.rule == Rule.NEEDS.value else [Rule.REGISTRATION, Rule.NEEDS]
            blank = {c: b for rule in rules for c, b in _columns(rule).items()}
            s.execute(update(reg).where(reg.c.meeting_id == meeting.meeting_id, or_(*[_held(r) for r in rules]))
                      .values(blank))
            if meeting.rule == Rule.REGISTRATION.value:
                for name, expr in _meeting_rows():
                    table = _tables()[name]
                    s.execute(delete(table).where(table.c.id.in_(
                        select(table.c.id).where(expr == meeting.meeting_id).scalar_subquery())))
            audit.record(s, "anonymise", "meeting", meeting.meeting_id, meeting_id=meeting.meeting_id,
                         detail=f"rule={meeting.rule}, registrations={meeting.registrations}"[:200])
        if report.people:  # their registrations are anonymised by now: erasure leaves them
            erase_rows(s, report.people)
        if report.unmatched_replies:
            replies = _tables()["calendar_reply"]
            s.execute(delete(replies).where(replies.c.id.in_(_unmatched(s, at).scalar_subquery())))
    if report.log_entries:
        audit.purge(db, at)
    if not report.nothing_due and db.is_sqlite:
        from .erasure import checkpoint

        checkpoint(db)
    return report


def run_at_start(db: Database, now: datetime | None = None) -> RetentionReport:
    """At start: apply when every network with something due says "apply automatically", else only list."""
    report = due(db, now)
    return apply(db, now) if report.automatic and not report.nothing_due else report


__all__ = ["DueMeeting", "Policy", "RetentionReport", "apply", "due", "policies", "run_at_start",
           "set_policy"]
