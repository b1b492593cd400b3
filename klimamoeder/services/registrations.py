"""Invitations and registrations for a meeting: the one status rule, bulk edits with undo.

Rules kept here, whoever calls (`SeatRule`, the only code that changes a registration's status):
- Transitions: `TRANSITIONS` says which status may follow which.
- Capacity: beyond `Meeting.capacity` registered people, a registration goes on the wait list; the wait
  list exists only while the meeting is full. When a seat frees up (someone cancels, declines, is removed,
  or the capacity is raised) the first on the wait list (oldest `status_changed_at`) moves up at once, and
  the result names who moved so the user sees it.
- Concurrency: every use case that takes or frees a seat locks the meeting row first (`lock_meeting`).
- The registration deadline: registering after it raises `DeadlinePassed`; an organiser may override.
- Every change returns a `ChangeResult` holding the registrations as they were, so `undo_change` restores
  exactly what was there (including removed registrations and their check-ins).
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Dialect, Select, Text, bindparam, cast, delete, func, literal_column, select
from sqlalchemy.orm import Session, joinedload, selectinload

from ..i18n import translate
from ..model import (
    CheckIn,
    Meeting,
    Membership,
    Organisation,
    ParticipantRole,
    Person,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    utcnow,
)
from ..model.base import UTCDateTime
from ..storage import Database
from .bulk import Query, iter_tuples
from .edit_conflicts import (
    EDIT,
    REGISTRATION,
    Conflict,
    EditConflict,
    deletion_conflict,
    field_versions,
    merge_or_raise,
    once_more_if_stale,
)
from .errors import DomainError, NotFound
from .progress import Progress
from .timeutil import days_between, to_local

Status = RegistrationStatus

# Which status may follow which. Undo bypasses this (it restores what was).
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.INVITED: frozenset({Status.REGISTERED, Status.WAITLISTED, Status.DECLINED, Status.CANCELLED}),
    Status.REGISTERED: frozenset({Status.WAITLISTED, Status.DECLINED, Status.CANCELLED}),
    Status.WAITLISTED: frozenset({Status.REGISTERED, Status.DECLINED, Status.CANCELLED}),
    Status.DECLINED: frozenset({Status.INVITED, Status.REGISTERED, Status.WAITLISTED, Status.CANCELLED}),
    Status.CANCELLED: frozenset({Status.INVITED, Status.REGISTERED, Status.WAITLISTED}),
}
_CHUNK = 500


class DeadlinePassed(DomainError):
    """Registering after the deadline: the GUI asks whether to register anyway (override)."""

    def __init__(self, deadline: datetime) -> None:
        super().__init__(translate(
            "Registrations", "The registration deadline ({deadline}) has passed."
        ).format(deadline=f"{deadline:%Y-%m-%d %H:%M}"), field="registration_deadline")
        self.deadline = deadline


class RegistrationRow(NamedTuple):
    """One line of the registrations table: plain values, cheap enough for 100,000 of them (a named tuple is
    made in one C call; a frozen dataclass sets each of its 17 fields through `object.__setattr__`)."""

    id: int
    person_id: int
    name: str
    organisation: str
    email: str
    job_title: str
    phone: str
    status: Status
    role: ParticipantRole
    days: tuple[str, ...]  # ISO dates; empty = every day
    dietary: str
    accessibility: str
    notes: str
    source: RegistrationSource
    created_stored: str | datetime  # as the driver gives it: see `created_at`
    status_changed_stored: str | datetime
    checked_in: tuple[str, ...]  # ISO days with a check-in
    # Rises with every save; a save based on an older one is merged or a conflict.
    version: int = 0

    def fields(self) -> RegistrationInput:
        """The values the registration form (or a cell) starts from."""
        return RegistrationInput(self.status, self.role, self.days, self.dietary, self.accessibility, self.notes,
                                 self.source)

    # The instants are converted when asked for (an export's "registered at"), not for every row of a table that
    # never shows them: at 20,000 rows converting both was 31 of the 48 ms it took to make the rows.
    @property
    def created_at(self) -> datetime:
        return UTCDateTime.from_stored(self.created_stored)

    @property
    def status_changed_at(self) -> datetime:
        return UTCDateTime.from_stored(self.status_changed_stored)


@dataclass(frozen=True)
class RegistrationInput:
    status: Status = Status.REGISTERED
    role: ParticipantRole = ParticipantRole.PARTICIPANT
    days: tuple[str, ...] = ()
    dietary: str = ""
    accessibility: str = ""
    notes: str = ""
    source: RegistrationSource = RegistrationSource.MANUAL


@dataclass(frozen=True)
class RegistrationSnapshot:
    """Everything about one registration, to put it back exactly."""

    id: int
    meeting_id: int
    person_id: int | None  # None: anonymised by retention
    values: tuple[tuple[str, object], ...]
    check_ins: tuple[tuple[date, datetime], ...]


@dataclass(frozen=True)
class Promotion:
    registration_id: int
    name: str


@dataclass(frozen=True)
class ChangeResult:
    meeting_id: int
    before: tuple[RegistrationSnapshot, ...] = ()  # every touched registration as it was
    created: tuple[int, ...] = ()
    changed: tuple[int, ...] = ()
    unchanged: int = 0
    waitlisted: tuple[str, ...] = ()  # asked to register, put on the wait list (capacity)
    promoted: tuple[Promotion, ...] = ()
    problems: tuple[str, ...] = field(default=())


_SNAPSHOT_FIELDS = ("status", "role", "days", "dietary", "accessibility", "notes", "source", "created_at",
                    "status_changed_at", "reply_status", "reply_comment", "reply_sequence", "reply_stamp")


def snapshot(reg: Registration) -> RegistrationSnapshot:
    values = tuple((name, list(v) if isinstance(v := getattr(reg, name), list) else v) for name in _SNAPSHOT_FIELDS)
    checks = tuple(sorted((c.day, c.at) for c in reg.check_ins))
    return RegistrationSnapshot(reg.id, reg.meeting_id, reg.person_id, values, checks)


def load_meeting(s: Session, meeting_id: int) -> Meeting:
    meeting = s.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(translate("Errors", "There is no meeting with id {id}.").format(id=meeting_id))
    return meeting


def meeting_days(meeting: Meeting) -> list[date]:
    return days_between(meeting.start, meeting.end, meeting.time_zone)


def check_deadline(meeting: Meeting, override: bool, now: datetime | None = None) -> None:
    deadline = meeting.registration_deadline
    if deadline is not None and not override and (now or utcnow()) > deadline:
        raise DeadlinePassed(to_local(deadline, meeting.time_zone))


def deadline_passed(db: Database, meeting_id: int, now: datetime | None = None) -> datetime | None:
    """The deadline in the meeting's zone if it has passed, else None: lets the GUI ask before acting."""
    with db.read() as s:
        meeting = load_meeting(s, meeting_id)
        deadline = meeting.registration_deadline
        if deadline is not None and (now or utcnow()) > deadline:
            return to_local(deadline, meeting.time_zone)
        return None


def clean_days(meeting: Meeting, days: Iterable[str]) -> list[str]:
    """Validated ISO days of the meeting; all of them means every day and is stored as []."""
    valid = [d.isoformat() for d in meeting_days(meeting)]
    chosen = sorted({d.strip() for d in days if d.strip()})
    for day in chosen:
        if day not in valid:
            raise DomainError(translate("Errors", "{day} is not a day of this meeting ({days}).").format(
                day=day, days=", ".join(valid)), field="days")
    return [] if set(chosen) == set(valid) else chosen


class TransitionRefused(DomainError):
    """The transitions table does not allow this change (e.g. a declined person straight to cancelled)."""


def lock_meeting(s: Session, meeting_id: int) -> Meeting:
    """The meeting, locked for the rest of the transaction: seats are counted by one use case at a time.

    PostgreSQL: `SELECT … FOR UPDATE` on the meeting row, so two clients racing for the last seat
    queue here and the second counts after the first committed. SQLite: the write transaction began
    with `BEGIN IMMEDIATE` and already holds the only write lock (FOR UPDATE is not rendered there).
    """
    meeting = s.scalars(select(Meeting).where(Meeting.id == meeting_id).with_for_update()
                        .execution_options(populate_existing=True)).first()
    if meeting is None:
        raise NotFound(translate("Errors", "There is no meeting with id {id}.").format(id=meeting_id))
    return meeting


class SeatRule:
    """The one rule for a registration's status: transitions, capacity, wait list and promotion.

    Every path that changes a status goes through one of these per use case (register, invite,
    reply, import, uninvite, cancel, remove, merge, capacity change):
    - `decide(old, wanted)` checks the transitions table and the seats and returns the status the
      registration gets; it keeps the counts, so a bulk path (the import) calls it row by row on plain
      values and writes the outcome itself, without a copy of the rule;
    - `change(reg, wanted)` is `decide` for one ORM registration; `leave(reg)` for one being deleted;
    - `promote()` fills free seats from the wait list, first come first served (the oldest
      `status_changed_at` first), and names who moved up.
    The wait list exists only while the meeting is full: asking to wait-list someone while a seat is
    free (or the meeting has no capacity) gives them the seat. Build it with `SeatRule.lock(...)`,
    which locks the meeting row first.
    """

    def __init__(self, s: Session, meeting: Meeting, now: datetime | None = None) -> None:
        self.s, self.meeting, self.now = s, meeting, now or utcnow()
        counts = dict(s.execute(select(Registration.status, func.count()).where(
            Registration.meeting_id == meeting.id,
            Registration.status.in_([Status.REGISTERED, Status.WAITLISTED])).group_by(Registration.status)).all())
        self.registered: int = counts.get(Status.REGISTERED, 0)
        self.waiting: int = counts.get(Status.WAITLISTED, 0)
        self.waitlisted: list[str] = []  # asked for a seat, got the wait list
        self.touched: dict[int, RegistrationSnapshot] = {}
        self.promoted: list[Promotion] = []

    @classmethod
    def lock(cls, s: Session, meeting_id: int, now: datetime | None = None) -> SeatRule:
        return cls(s, lock_meeting(s, meeting_id), now)

    @property
    def capacity(self) -> int | None:
        return self.meeting.capacity

    def free_seats(self) -> float:
        capacity = self.meeting.capacity
        return float("inf") if capacity is None else capacity - self.registered

    # --- the rule ---------------------------------------------------------------
    def allowed(self, old: Status, wanted: Status) -> bool:
        return wanted == old or wanted in TRANSITIONS[old]

    def decide(self, old: Status | None, wanted: Status, name: str = "") -> Status:
        """The status a registration in `old` (None: new) gets when `wanted` is asked; keeps the counts."""
        if old is not None and not self.allowed(old, wanted):
            raise TransitionRefused(translate("Errors", "{name}: cannot change from {old} to {new}.").format(
                name=name, old=old.value, new=wanted.value), field="status")
        if wanted == old:
            return old
        self._count(old, -1)
        new = wanted
        if wanted in (Status.REGISTERED, Status.WAITLISTED):
            # A seat is taken only while more seats are free than people wait for them (first come, first served).
            new = Status.REGISTERED if self.free_seats() > self.waiting else Status.WAITLISTED
            if wanted is Status.REGISTERED and new is Status.WAITLISTED and old is not Status.WAITLISTED:
                self.waitlisted.append(name)
        self._count(new, +1)
        return new

    def _count(self, status: Status | None, step: int) -> None:
        if status is Status.REGISTERED:
            self.registered += step
        elif status is Status.WAITLISTED:
            self.waiting += step

    # --- ORM registrations -------------------------------------------------------
    def remember(self, reg: Registration) -> None:
        if reg.id is not None and reg.id not in self.touched:
            self.touched[reg.id] = snapshot(reg)

    def change(self, reg: Registration, wanted: Status) -> Status:
        """Ask for `wanted`; the registration gets what the rule decides (a full meeting: the wait list)."""
        old = reg.status
        new = self.decide(old, wanted, shown_name(reg))
        self._set(reg, new)
        return new

    def leave(self, reg: Registration) -> None:
        """`reg` is about to be deleted: its seat or wait-list place is free."""
        self.remember(reg)
        self._count(reg.status, -1)

    def combine(self, keep: Registration, other: Registration) -> None:
        """Two registrations of one person (a merge): the keeper gets the more committed status, and so
        keeps a seat either of them held; `other` is deleted by the caller."""
        self.leave(other)
        rank = (Status.CANCELLED, Status.DECLINED, Status.INVITED, Status.WAITLISTED, Status.REGISTERED)
        if rank.index(other.status) > rank.index(keep.status):
            self.remember(keep)
            self._count(keep.status, -1)
            self._count(other.status, +1)
            keep.status, keep.status_changed_at = other.status, other.status_changed_at

    def _set(self, reg: Registration, new: Status) -> None:
        if new == reg.status:
            return  # unchanged, and a wait-listed person keeps their place in the queue
        self.remember(reg)
        reg.status, reg.status_changed_at = new, self.now

    def promote(self) -> list[Promotion]:
        """Fill every free seat from the wait list, first come first served; returns who moved up."""
        free = self.free_seats()
        if free <= 0 or self.waiting <= 0:
            return []
        self.s.flush()
        query = (select(Registration).where(Registration.meeting_id == self.meeting.id,
                                            Registration.status == Status.WAITLISTED)
                 .order_by(Registration.status_changed_at, Registration.id)
                 .options(joinedload(Registration.person), selectinload(Registration.check_ins)))
        if free != float("inf"):
            query = query.limit(int(free))
        moved: list[Promotion] = []
        for reg in self.s.scalars(query).unique():
            self._count(Status.WAITLISTED, -1)
            self._count(Status.REGISTERED, +1)
            self._set(reg, Status.REGISTERED)
            moved.append(Promotion(reg.id, shown_name(reg)))
        self.s.flush()
        self.promoted.extend(moved)
        return moved

    def check(self) -> None:
        """Refuse a state the rule would never produce (used after an undo restored old values)."""
        capacity = self.meeting.capacity
        if (capacity is not None and self.registered > capacity) or (self.free_seats() > 0 and self.waiting > 0):
            raise DomainError(translate(
                "Errors", "This cannot be undone: the registrations changed meanwhile. Reload and change them "
                          "by hand."))


def _load_registrations(s: Session, meeting_id: int, ids: Sequence[int]) -> list[Registration]:
    found: list[Registration] = []
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), _CHUNK):
        found.extend(s.scalars(select(Registration).where(
            Registration.meeting_id == meeting_id, Registration.id.in_(unique[start:start + _CHUNK]))
            .options(selectinload(Registration.check_ins), joinedload(Registration.person))))
    if len(found) != len(unique):
        raise NotFound(translate("Errors", "Some of the chosen registrations no longer exist. Reload and try again."))
    return found


def shown_name(reg: Registration) -> str:
    """The registered person's name; an anonymised registration (retention) has none any longer."""
    return reg.person.name if reg.person is not None else translate("Privacy", "(anonymised)")


def _check_transition(rule: SeatRule, reg: Registration, wanted: Status) -> str | None:
    if rule.allowed(reg.status, wanted):
        return None
    return translate("Errors", "{name}: cannot change from {old} to {new}.").format(
        name=shown_name(reg), old=reg.status.value, new=wanted.value)


# --- listing ------------------------------------------------------------------

def list_registrations(db: Database, meeting_id: int) -> list[RegistrationRow]:
    """Every registration of the meeting as plain rows: one joined query (plus one for the check-ins).

    Read at the speed of the database for 100,000 rows: the driver's plain tuples (`bulk.iter_tuples`: no ORM
    object, no SQLAlchemy row or type processing per row), `days` read as its stored JSON text and decoded once
    per distinct value (most rows share `[]` or a few day sets), the enums and instants converted once per
    distinct value (by the enum's own values), the instants kept as stored until asked for (`RegistrationRow.
    created_at`), repeated texts kept once in memory.
    """
    with db.read() as s:
        conn = s.connection()
        checked: dict[int, list[str]] = {}
        for reg_id, day in conn.execute(
            select(CheckIn.registration_id, CheckIn.day).join(Registration)
            .where(Registration.meeting_id == meeting_id).order_by(CheckIn.day)
        ):
            checked.setdefault(reg_id, []).append(day.isoformat())
        rows = iter_tuples(conn, (
            select(Registration.id, Registration.person_id, Person.name, Organisation.name, Person.email,
                   Person.job_title, Person.phone, Registration.status, Registration.role,
                   cast(Registration.days, Text), Registration.dietary, Registration.accessibility,
                   Registration.notes, Registration.source, Registration.created_at, Registration.status_changed_at,
                   Registration.version)
            .join(Person, Person.id == Registration.person_id)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .where(Registration.meeting_id == meeting_id)
            .order_by(Registration.id)
        ))
        days = DaysDecoder()
        same: dict[str, str] = {}
        share = same.setdefault
        status, role, source = _members(Status), _members(ParticipantRole), _members(RegistrationSource)
        no_check_ins: tuple[str, ...] = ()
        return [
            RegistrationRow(r[0], r[1], r[2], share(r[3], r[3]) if r[3] else "", r[4] or "", share(r[5], r[5]),
                            r[6], status[r[7]], role[r[8]], days(r[9]), share(r[10], r[10]), r[11], r[12],
                            source[r[13]], r[14], r[15],
                            tuple(checked[r[0]]) if r[0] in checked else no_check_ins, r[16])
            for r in rows
        ]


def _members(kind: type[enum.Enum]) -> dict[str, Any]:
    """A stored enum value → its member (what the column type does per row, as one dictionary lookup)."""
    return {member.value: member for member in kind}


class DaysDecoder:
    """`Registration.days` as a tuple of ISO dates, decoded once per distinct stored value.

    Reads the column as text (`cast(Registration.days, Text)`): on SQLite that is the stored JSON, on
    PostgreSQL the server's text form of it; a driver that hands back a list is accepted too.
    """

    def __init__(self) -> None:
        self._known: dict[str, tuple[str, ...]] = {}

    def __call__(self, value: str | list[str] | None) -> tuple[str, ...]:
        if not value:
            return ()
        if not isinstance(value, str):
            return tuple(value)
        known = self._known.get(value)
        if known is None:
            known = self._known[value] = tuple(json.loads(value))
        return known


# --- the registrations table ------------------------------------------------------

StoredRow = tuple[Any, ...]  # a row of `read_table`: the driver's own tuple, values as stored


class At:
    """The positions in a `StoredRow`: `row[At.NAME]`."""

    (ID, PERSON_ID, NAME, ORGANISATION, EMAIL, STATUS, ROLE, DAYS, DIETARY, ACCESSIBILITY, NOTES, SOURCE, VERSION,
     CHECKED_IN) = range(14)


@dataclass(frozen=True)
class MeetingTable:
    """A meeting's registrations as the registrations table reads them (`read_table`)."""

    meeting_id: int
    title: str
    capacity: int | None
    days: list[date]
    rows: list[StoredRow]  # ordered by registration id


def read_table(db: Database, meeting_id: int, progress: Progress | None = None) -> MeetingTable:
    """The meeting and all its registrations for the registrations table: one query for the rows, in one read.

    The rows are the driver's own tuples, as its cursor returns them (`bulk.Query`): no ORM object, no
    SQLAlchemy row or type processing and no object of ours per row, as a bare table model over a list of tuples
    would hold them. Values are as stored: statuses, roles and sources as their enum values, `days` as its JSON
    text, the days with a check-in as one text ("2030-10-05,2030-10-06", None without), the organisation and
    e-mail None when there is none. `Stored` turns them into domain values, each distinct value once, when they
    are needed (a cell shown, a selected row, the headcounts). Only the columns the table and its actions use:
    job title, phone and instants are `list_registrations`'. A cancelled `progress` stops the read within a
    few thousand rows (`Cancelled`).
    """
    with db.read() as s:
        meeting = load_meeting(s, meeting_id)
        rows = _TABLE_QUERY.fetchall(s.connection(), progress, meeting_id=meeting_id)
        return MeetingTable(meeting_id, meeting.title, meeting.capacity, meeting_days(meeting), rows)


def _table_statement(dialect: Dialect) -> Select[*tuple[Any, ...]]:
    if dialect.name == "postgresql":
        days_checked_in = func.string_agg(func.to_char(CheckIn.day, literal_column("'YYYY-MM-DD'")),
                                          literal_column("','"))
    else:  # SQLite stores a date as its ISO text
        days_checked_in = func.group_concat(CheckIn.day, literal_column("','"))
    checked_in = (select(days_checked_in).where(CheckIn.registration_id == Registration.id).scalar_subquery())
    return (
        select(Registration.id, Registration.person_id, Person.name, Organisation.name, Person.email,
               Registration.status, Registration.role, cast(Registration.days, Text), Registration.dietary,
               Registration.accessibility, Registration.notes, Registration.source, Registration.version, checked_in)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Registration.meeting_id == bindparam("meeting_id"))
        .order_by(Registration.id)
    )


_TABLE_QUERY = Query(_table_statement)


class TableRegistration(NamedTuple):
    """One row of `read_table` as domain values (`Stored.registration`): what the window acts on."""

    id: int
    person_id: int
    name: str
    organisation: str
    email: str
    status: Status
    role: ParticipantRole
    days: tuple[str, ...]  # ISO dates; empty = every day
    dietary: str
    accessibility: str
    notes: str
    source: RegistrationSource
    version: int
    checked_in: tuple[str, ...]  # ISO days with a check-in

    def fields(self) -> RegistrationInput:
        """The values the registration form (or a cell) starts from."""
        return RegistrationInput(self.status, self.role, self.days, self.dietary, self.accessibility, self.notes,
                                 self.source)


class _Decoded(dict[Any, Any]):
    """Stored value → domain value, each distinct value decoded once (a hit is one dictionary lookup)."""

    def __init__(self, decode: Callable[[Any], Any]) -> None:
        super().__init__()
        self.decode = decode

    def __missing__(self, stored: Any) -> Any:
        value = self[stored] = self.decode(stored)
        return value


def _check_in_days(stored: str | None) -> tuple[str, ...]:
    return tuple(sorted(stored.split(","))) if stored else ()


class Stored:
    """The stored values of `read_table` rows as domain values, each distinct value decoded once: look-ups
    `days[row[At.DAYS]]` and `checked_in[row[At.CHECKED_IN]]` (tuples of ISO dates), `status[row[At.STATUS]]`…"""

    status: Mapping[str, Status] = _members(Status)
    role: Mapping[str, ParticipantRole] = _members(ParticipantRole)
    source: Mapping[str, RegistrationSource] = _members(RegistrationSource)

    def __init__(self) -> None:
        self.days: Mapping[Any, tuple[str, ...]] = _Decoded(DaysDecoder())
        self.checked_in: Mapping[str | None, tuple[str, ...]] = _Decoded(_check_in_days)

    def registration(self, row: StoredRow) -> TableRegistration:
        return TableRegistration(row[At.ID], row[At.PERSON_ID], row[At.NAME], row[At.ORGANISATION] or "",
                                 row[At.EMAIL] or "", self.status[row[At.STATUS]], self.role[row[At.ROLE]],
                                 self.days[row[At.DAYS]], row[At.DIETARY], row[At.ACCESSIBILITY], row[At.NOTES],
                                 self.source[row[At.SOURCE]], row[At.VERSION], self.checked_in[row[At.CHECKED_IN]])


# --- invitations --------------------------------------------------------------

def invite(db: Database, meeting_id: int, person_ids: Iterable[int],
           role: ParticipantRole = ParticipantRole.PARTICIPANT,
           source: RegistrationSource = RegistrationSource.MANUAL) -> ChangeResult:
    """Invite people; those already on the meeting's list are left as they are (counted as unchanged)."""
    with db.session() as s:
        load_meeting(s, meeting_id)
        return _invite(s, meeting_id, list(dict.fromkeys(person_ids)), role, source)


def _invite(s: Session, meeting_id: int, person_ids: list[int], role: ParticipantRole,
            source: RegistrationSource) -> ChangeResult:
    rule = SeatRule.lock(s, meeting_id)
    present = set(s.scalars(select(Registration.person_id).where(Registration.meeting_id == meeting_id)))
    now = rule.now
    new = [Registration(meeting_id=meeting_id, person_id=pid, status=rule.decide(None, Status.INVITED), role=role,
                        days=[], source=source, created_at=now, status_changed_at=now)
           for pid in person_ids if pid not in present]
    s.add_all(new)
    s.flush()
    return ChangeResult(meeting_id, created=tuple(r.id for r in new), unchanged=len(person_ids) - len(new))


def invite_network_members(db: Database, meeting_id: int, network_id: int | None = None) -> ChangeResult:
    """Invite everyone working for a member organisation of the network (default: the meeting's own)."""
    with db.session() as s:
        meeting = load_meeting(s, meeting_id)
        network = network_id if network_id is not None else meeting.network_id
        people = s.scalars(
            select(Person.id).join(Membership, Membership.organisation_id == Person.organisation_id)
            .where(Membership.network_id == network).order_by(Person.id)
        ).all()
        return _invite(s, meeting_id, list(dict.fromkeys(people)), ParticipantRole.PARTICIPANT,
                       RegistrationSource.MANUAL)


def invite_from_meeting(db: Database, meeting_id: int, earlier_meeting_id: int,
                        statuses: Iterable[Status] = (Status.REGISTERED,)) -> ChangeResult:
    """Invite the participants of an earlier meeting (by default those who were registered)."""
    if earlier_meeting_id == meeting_id:
        raise DomainError(translate("Errors", "Choose another meeting to invite its participants from."))
    with db.session() as s:
        load_meeting(s, meeting_id)
        load_meeting(s, earlier_meeting_id)
        # people, not registrations: one anonymised by retention has nobody left to invite
        people = s.scalars(
            select(Person.id).join(Registration, Registration.person_id == Person.id)
            .where(Registration.meeting_id == earlier_meeting_id, Registration.status.in_(list(statuses)))
            .order_by(Registration.id)
        ).all()
        return _invite(s, meeting_id, list(people), ParticipantRole.PARTICIPANT, RegistrationSource.MANUAL)


# --- registering and changing -------------------------------------------------

def register(db: Database, meeting_id: int, person_id: int, data: RegistrationInput,
             override_deadline: bool = False, now: datetime | None = None, *,
             expected_version: int | None = None, base: RegistrationInput | None = None) -> ChangeResult:
    """Register (or update) one person; beyond capacity they land on the wait list.

    Editing an existing registration passes the version it showed and the values it started from (`base`):
    a save that lost a race is merged field by field, or raises `EditConflict` where both changed a field.
    """

    def work() -> ChangeResult:
        with db.session() as s:
            return register_in(s, meeting_id, person_id, data, override_deadline, now,
                               expected_version=expected_version, base=base)

    return once_more_if_stale(work)


def registration_title(name: str) -> str:
    return translate("Conflicts", "The registration of {name}").format(name=name)


def registration_input(reg: Registration) -> RegistrationInput:
    return RegistrationInput(reg.status, reg.role, tuple(reg.days or ()), reg.dietary, reg.accessibility,
                             reg.notes, reg.source)


def _merged_edit(s: Session, reg: Registration | None, person_id: int, data: RegistrationInput,
                 expected_version: int, base: RegistrationInput | None) -> RegistrationInput:
    """The input to save for an edit of an existing registration that someone may have saved first."""
    if reg is None:  # removed while being edited
        name = s.scalar(select(Person.name).where(Person.id == person_id)) or ""
        original = base or data
        raise EditConflict(Conflict(REGISTRATION, 0, registration_title(name), EDIT, original, data, None, None,
                                    field_versions(original, data, None, ("source",))))
    if reg.version == expected_version:
        return data
    return merge_or_raise(REGISTRATION, reg.id, registration_title(shown_name(reg)), base, data,
                          registration_input(reg), reg.version, ignore=("source",))


def register_in(s: Session, meeting_id: int, person_id: int, data: RegistrationInput,
                override_deadline: bool = False, now: datetime | None = None, *,
                expected_version: int | None = None, base: RegistrationInput | None = None) -> ChangeResult:
    """`register` inside a caller's transaction (the CLI creates the person in the same one)."""
    rule = SeatRule.lock(s, meeting_id, now)
    meeting = rule.meeting
    if s.get(Person, person_id) is None:
        raise NotFound(translate("Errors", "There is no person with id {id}.").format(id=person_id))
    reg = s.scalar(select(Registration).where(Registration.meeting_id == meeting_id,
                                              Registration.person_id == person_id))
    if expected_version is not None:
        data = _merged_edit(s, reg, person_id, data, expected_version, base)
    days = clean_days(meeting, data.days)
    created: tuple[int, ...] = ()
    if reg is None:
        if data.status in (Status.REGISTERED, Status.WAITLISTED):
            check_deadline(meeting, override_deadline, now)
        reg = Registration(meeting_id=meeting_id, person_id=person_id, status=rule.decide(None, Status.INVITED),
                           days=[], source=data.source, created_at=rule.now, status_changed_at=rule.now)
        s.add(reg)
        s.flush()
        created = (reg.id,)
    else:
        rule.remember(reg)
        problem = _check_transition(rule, reg, data.status)
        if problem:
            raise TransitionRefused(problem, field="status")
        if data.status is Status.REGISTERED and reg.status is not Status.REGISTERED:
            check_deadline(meeting, override_deadline, now)
    reg.role, reg.days = data.role, days
    reg.dietary, reg.accessibility, reg.notes = data.dietary.strip(), data.accessibility.strip(), data.notes
    rule.change(reg, data.status)
    rule.promote()
    s.flush()
    return _result(rule, created=created, changed=(reg.id,))


def set_status(db: Database, meeting_id: int, ids: Sequence[int], status: Status,
               override_deadline: bool = False, now: datetime | None = None) -> ChangeResult:
    """Change the status of one or many registrations (all or nothing if a transition is not allowed)."""
    with db.session() as s:
        return set_status_in(s, meeting_id, ids, status, override_deadline, now)


def set_status_in(s: Session, meeting_id: int, ids: Sequence[int], status: Status,
                  override_deadline: bool = False, now: datetime | None = None) -> ChangeResult:
    """`set_status` inside a caller's transaction."""
    rule = SeatRule.lock(s, meeting_id, now)
    meeting = rule.meeting
    regs = _load_registrations(s, meeting_id, ids)
    problems = [p for p in (_check_transition(rule, r, status) for r in regs) if p]
    if problems:
        shown = "\n".join(problems[:10])
        more = len(problems) - 10
        if more > 0:
            shown += "\n" + translate("Errors", "…and {count} more.").format(count=more)
        raise TransitionRefused(shown, field="status")
    if status is Status.REGISTERED and any(r.status is not Status.REGISTERED for r in regs):
        check_deadline(meeting, override_deadline, now)
    # Wait-listed people keep their queue order when registered together.
    regs.sort(key=lambda r: (r.status is not Status.WAITLISTED, r.status_changed_at, r.id))
    before = {r.id: r.status for r in regs}
    for reg in regs:
        rule.change(reg, status)
    rule.promote()
    s.flush()
    changed = tuple(r.id for r in regs if r.status != before[r.id])
    return _result(rule, changed=changed, unchanged=len(regs) - len(changed))


def set_role(db: Database, meeting_id: int, ids: Sequence[int], role: ParticipantRole) -> ChangeResult:
    with db.session() as s:
        regs = _load_registrations(s, meeting_id, ids)
        before = tuple(snapshot(r) for r in regs if r.role != role)
        for reg in regs:
            reg.role = role
        return ChangeResult(meeting_id, before=before, changed=tuple(b.id for b in before),
                            unchanged=len(regs) - len(before))


def remove(db: Database, meeting_id: int, ids: Sequence[int], now: datetime | None = None,
           seen: Mapping[int, tuple[int, RegistrationInput]] | None = None) -> ChangeResult:
    """Take registrations off the meeting; a freed place goes to the first on the wait list.

    With `seen` (each registration's version and values as the user saw them), one someone changed since
    raises `EditConflict` showing what they changed: the user removes it anyway, or keeps it.
    """
    with db.session() as s:
        rule = SeatRule.lock(s, meeting_id, now)
        regs = _load_registrations(s, meeting_id, ids)
        for reg in regs:
            version, original = (seen or {}).get(reg.id, (reg.version, None))
            if reg.version != version and original is not None:
                deletion_conflict(REGISTRATION, reg.id, registration_title(shown_name(reg)), original,
                                  registration_input(reg), reg.version, ignore=("source",))
        for reg in regs:
            rule.leave(reg)
            s.delete(reg)
        s.flush()
        rule.promote()
        return _result(rule, changed=tuple(r.id for r in regs))


def promote_from_wait_list(db: Database, meeting_id: int) -> ChangeResult:
    """Fill every open place from the wait list (after the capacity was raised)."""
    with db.session() as s:
        rule = SeatRule.lock(s, meeting_id)
        promoted = rule.promote()
        return _result(rule, changed=tuple(p.registration_id for p in promoted))


def _result(rule: SeatRule, created: tuple[int, ...] = (), changed: tuple[int, ...] = (),
            unchanged: int = 0) -> ChangeResult:
    """What one use case did, with every touched registration as it was (for undo)."""
    before = tuple(v for k, v in rule.touched.items() if k not in created)
    return ChangeResult(rule.meeting.id, before=before, created=created, changed=changed, unchanged=unchanged,
                        waitlisted=tuple(rule.waitlisted), promoted=tuple(rule.promoted))


def undo_change(db: Database, result: ChangeResult) -> None:
    """Put back exactly what `result` changed: created rows go, touched rows get their old values and check-ins.

    Refused (nothing changes) when the result would break the seat rule because others changed the
    registrations meanwhile (a shared database).
    """
    with db.session() as s:
        lock_meeting(s, result.meeting_id)
        for start in range(0, len(result.created), _CHUNK):
            s.execute(delete(Registration).where(Registration.id.in_(result.created[start:start + _CHUNK])))
        ids = [b.id for b in result.before]
        for start in range(0, len(ids), _CHUNK):  # check-ins are put back as they were, below
            s.execute(delete(CheckIn).where(CheckIn.registration_id.in_(ids[start:start + _CHUNK])))
        existing = {r.id: r for r in _existing(s, ids)}
        for snap in result.before:
            reg = existing.get(snap.id)
            if reg is None:
                reg = Registration(id=snap.id, meeting_id=snap.meeting_id, person_id=snap.person_id)
                s.add(reg)
            for name, value in snap.values:
                setattr(reg, name, list(value) if isinstance(value, list) else value)
        s.flush()
        s.add_all(CheckIn(registration_id=snap.id, day=day, at=at) for snap in result.before
                  for day, at in snap.check_ins)
        s.flush()
        SeatRule.lock(s, result.meeting_id).check()


def _existing(s: Session, ids: list[int]) -> list[Registration]:
    found: list[Registration] = []
    for start in range(0, len(ids), _CHUNK):
        found.extend(s.scalars(select(Registration).where(Registration.id.in_(ids[start:start + _CHUNK]))
                               .execution_options(populate_existing=True)))
    return found
