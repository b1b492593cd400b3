"""B2B sessions: set one up, keep its participants in step with the registrations, read it whole.

Participants are the meeting's registrations with status *registered*; B2B only reads
registrations and never changes their status (that is the one status rule's business).
A registration that stops being registered keeps its participant row but is no longer
planned; the conflict check points out meetings that still name it.

`load_session` returns plain dataclasses (`SessionData`), which the grid, the exports, the
scheduler and the CLI all read, so they all see the same slots and the same pairs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..i18n import translate
from ..model import (
    B2BDelegation,
    B2BMeeting,
    B2BParticipant,
    B2BPeriod,
    B2BPeriodKind,
    B2BPriority,
    B2BRequest,
    B2BRequestStatus,
    B2BSession,
    B2BTable,
    Meeting,
    ParticipantRole,
    Person,
    Registration,
    RegistrationStatus,
)
from ..storage import Database
from .b2b_slots import Interval, Slot, lay_out, overlaps, parse_intervals
from .errors import DomainError, NotFound
from .registrations import shown_name

MAX_DELEGATION = 3
# Who runs the event does not take part in it: these registrations are not made B2B participants.
NOT_AT_TABLES = (ParticipantRole.ORGANISER, ParticipantRole.STAFF, ParticipantRole.PRESS)


@dataclass(frozen=True)
class SessionSettings:
    windows: tuple[Interval, ...]
    slot_minutes: int
    table_count: int
    breaks: tuple[Interval, ...] = ()
    location: str = ""
    auto_accept: bool = False
    default_max_meetings: int | None = None
    fixed_tables: tuple[tuple[int, int], ...] | None = None  # (table number, delegation id); None: keep


@dataclass(frozen=True)
class PersonRow:
    participant_id: int
    person_id: int | None  # None: the registration was anonymised by retention (named "(anonymised)", no address)
    name: str
    email: str
    organisation: str
    delegation_id: int
    max_meetings: int | None
    unavailable: tuple[Interval, ...]
    registered: bool
    language: str = "en"


@dataclass(frozen=True)
class DelegationRow:
    id: int
    name: str
    members: tuple[int, ...]  # participant ids
    table: int | None  # a table of its own


@dataclass(frozen=True)
class RequestRow:
    id: int
    requester_id: int
    target_id: int
    priority: B2BPriority
    status: B2BRequestStatus
    accepted: bool  # accepted, or pending under the session's auto-accept


@dataclass(frozen=True)
class MeetingRow:
    id: int
    a: int  # delegation ids, a < b
    b: int
    start: datetime
    table: int
    locked: bool
    version: int
    source: str
    sequence: int = 0


@dataclass(frozen=True)
class PairRow:
    """Two delegations with an accepted request between them: what the scheduler tries to place."""

    a: int
    b: int
    must: bool
    order: int  # the earliest request's id: first come, first served for the greedy plan


@dataclass(frozen=True)
class SessionData:
    session_id: int
    meeting_id: int
    meeting_title: str
    time_zone: str
    slot_minutes: int
    table_count: int
    location: str
    auto_accept: bool
    default_max_meetings: int | None
    published_at: datetime | None
    windows: tuple[Interval, ...]
    breaks: tuple[Interval, ...]
    slots: tuple[Slot, ...]
    delegations: tuple[DelegationRow, ...]
    people: tuple[PersonRow, ...]
    requests: tuple[RequestRow, ...]
    meetings: tuple[MeetingRow, ...]
    _by_id: dict[str, dict[int, object]] = field(default_factory=dict, compare=False, repr=False)

    def delegation(self, delegation_id: int) -> DelegationRow:
        return self._index("delegations", self.delegations)[delegation_id]  # type: ignore[return-value]

    def person(self, participant_id: int) -> PersonRow:
        return self._index("people", self.people, "participant_id")[participant_id]  # type: ignore[return-value]

    def _index(self, name: str, rows: Sequence[object], key: str = "id") -> dict[int, object]:
        if name not in self._by_id:
            self._by_id[name] = {getattr(r, key): r for r in rows}
        return self._by_id[name]

    def slot_at(self, start: datetime) -> Slot | None:
        return next((s for s in self.slots if s.start == start), None)

    def members(self, delegation_id: int, *, registered_only: bool = True) -> list[PersonRow]:
        rows = [self.person(p) for p in self.delegation(delegation_id).members]
        return [r for r in rows if r.registered or not registered_only]

    def available(self, delegation_id: int, slot: Slot) -> bool:
        """Every registered member can meet in `slot` (and there is one)."""
        members = self.members(delegation_id)
        return bool(members) and not any(overlaps(slot, m.unavailable) for m in members)

    def cap(self, delegation_id: int) -> int:
        """Most meetings the delegation may have: the strictest member's limit."""
        limits = [m.max_meetings if m.max_meetings is not None else self.default_max_meetings
                  for m in self.members(delegation_id)]
        return min((limit for limit in limits if limit is not None), default=len(self.slots))

    def pairs(self) -> tuple[tuple[PairRow, ...], frozenset[tuple[int, int]]]:
        """Accepted pairs (must if any request says must) and the no-thanks pairs, by delegation."""
        refused: set[tuple[int, int]] = set()
        found: dict[tuple[int, int], PairRow] = {}
        for request in sorted(self.requests, key=lambda r: r.id):
            a = self.person(request.requester_id).delegation_id
            b = self.person(request.target_id).delegation_id
            key = (min(a, b), max(a, b))
            if a == b:
                continue
            if request.status == B2BRequestStatus.NO_THANKS:
                refused.add(key)
            elif request.accepted:
                old = found.get(key)
                must = request.priority == B2BPriority.MUST or (old is not None and old.must)
                found[key] = PairRow(key[0], key[1], must, old.order if old else request.id)
        return tuple(p for k, p in found.items() if k not in refused), frozenset(refused)

    def delegation_label(self, delegation_id: int) -> str:
        row = self.delegation(delegation_id)
        names = ", ".join(m.name for m in self.members(delegation_id, registered_only=False))
        return f"{row.name} ({names})" if names and names != row.name else row.name


def _meeting(s: Session, meeting_id: int) -> Meeting:
    meeting = s.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(translate("Errors", "There is no meeting with id {id}.").format(id=meeting_id))
    return meeting


def session_row(s: Session, meeting_id: int) -> B2BSession:
    _meeting(s, meeting_id)
    row = s.scalar(select(B2BSession).where(B2BSession.meeting_id == meeting_id))
    if row is None:
        raise NotFound(translate("B2B", "This meeting has no B2B session yet; set one up first "
                                        "(klimamoeder b2b session)."))
    return row


def has_session(db: Database, meeting_id: int) -> bool:
    with db.read() as s:
        return s.scalar(select(B2BSession.id).where(B2BSession.meeting_id == meeting_id)) is not None


def _validate(settings: SessionSettings, meeting: Meeting) -> list[Slot]:
    if not 5 <= settings.slot_minutes <= 240:
        raise DomainError(translate("B2B", "A slot lasts from 5 to 240 minutes, not {minutes}.").format(
            minutes=settings.slot_minutes), field="slot_minutes")
    if not 1 <= settings.table_count <= 1000:
        raise DomainError(translate("B2B", "The number of tables must be from 1 to 1000, not {tables}.").format(
            tables=settings.table_count), field="tables")
    for start, end in (*settings.windows, *settings.breaks):
        if end <= start:
            raise DomainError(translate("B2B", "A time window or break must end after it starts ({start})."
                                        ).format(start=start.isoformat()), field="start")
    for start, end in settings.windows:
        if start < meeting.start or end > meeting.end:
            raise DomainError(translate("B2B", "The B2B time window must lie within the meeting's own start "
                                               "and end."), field="start")
    slots = list(lay_out(settings.windows, settings.breaks, settings.slot_minutes))
    if not slots:
        raise DomainError(translate("B2B", "No slot fits: the windows are shorter than one slot, or the breaks "
                                           "cover them."), field="slot_minutes")
    if settings.default_max_meetings is not None and settings.default_max_meetings < 0:
        raise DomainError(translate("B2B", "A meeting limit cannot be negative."), field="max_meetings")
    return slots


def save_session(db: Database, meeting_id: int, settings: SessionSettings) -> int:
    """Create or change the meeting's B2B session, then bring its participants in step (one transaction)."""
    with db.session() as s:
        return write_session(s, meeting_id, settings)


def write_session(s: Session, meeting_id: int, settings: SessionSettings) -> int:
    meeting = _meeting(s, meeting_id)
    _validate(settings, meeting)
    row = s.scalar(select(B2BSession).where(B2BSession.meeting_id == meeting_id))
    if row is None:
        row = B2BSession(meeting_id=meeting_id)
        s.add(row)
    row.slot_minutes, row.table_count = settings.slot_minutes, settings.table_count
    row.location, row.auto_accept = settings.location, settings.auto_accept
    row.default_max_meetings = settings.default_max_meetings
    row.periods = [B2BPeriod(kind=B2BPeriodKind.WINDOW, start=a, end=b) for a, b in settings.windows] + [
        B2BPeriod(kind=B2BPeriodKind.BREAK, start=a, end=b) for a, b in settings.breaks]
    s.flush()
    _sync_participants(s, row)
    if settings.fixed_tables is not None:
        _set_fixed_tables(s, row, settings.fixed_tables)
    for table in row.tables:
        if table.number > row.table_count:
            raise DomainError(translate("B2B", "Table {number} is given to a delegation but there are only "
                                               "{tables} tables.").format(number=table.number,
                                                                          tables=row.table_count))
    return row.id


def _set_fixed_tables(s: Session, session: B2BSession, fixed: Sequence[tuple[int, int]]) -> None:
    numbers = [n for n, _d in fixed]
    if len(set(numbers)) != len(numbers) or len({d for _n, d in fixed}) != len(fixed):
        raise DomainError(translate("B2B", "A table can be fixed to one delegation, and a delegation to one table."))
    own = set(s.scalars(select(B2BDelegation.id).where(B2BDelegation.session_id == session.id)))
    if any(d not in own for _n, d in fixed):
        raise NotFound(translate("B2B", "That delegation is not part of this B2B session."))
    session.tables.clear()
    s.flush()
    session.tables.extend(B2BTable(number=n, delegation_id=d) for n, d in fixed)


def _sync_participants(s: Session, session: B2BSession) -> int:
    """Add every registered registration not yet a participant, in a delegation of its organisation.

    People of one organisation join that organisation's delegation while it has room for them
    (at most three), else start a new one; people without an organisation meet alone.
    """
    known = set(s.scalars(select(B2BParticipant.registration_id).where(B2BParticipant.session_id == session.id)))
    new = [r for r in s.scalars(
        select(Registration).where(Registration.meeting_id == session.meeting_id,
                                   Registration.status == RegistrationStatus.REGISTERED,
                                   Registration.role.not_in(NOT_AT_TABLES))
        .options(selectinload(Registration.person).selectinload(Person.organisation))
        .order_by(Registration.id)) if r.id not in known]
    delegations = list(s.scalars(select(B2BDelegation).where(B2BDelegation.session_id == session.id)
                                 .options(selectinload(B2BDelegation.members))))
    joined = 0
    for registration in new:
        person = registration.person
        if person is None:  # anonymised by retention: nobody to seat at a table
            continue
        joined += 1
        organisation = person.organisation
        target = None
        if organisation is not None:
            target = next((d for d in delegations if d.organisation_id == organisation.id
                           and len(d.members) < MAX_DELEGATION), None)
        if target is None:
            target = B2BDelegation(session_id=session.id, name=organisation.name if organisation else person.name,
                                   organisation_id=organisation.id if organisation else None)
            s.add(target)
            delegations.append(target)
        target.members.append(B2BParticipant(session_id=session.id, registration_id=registration.id,
                                             unavailable=[]))
    s.flush()
    return joined


def sync_participants(db: Database, meeting_id: int) -> int:
    """Take in people who registered since the session was set up; returns how many joined."""
    with db.session() as s:
        return _sync_participants(s, session_row(s, meeting_id))


def move_to_delegation(db: Database, meeting_id: int, participant_id: int, delegation_id: int | None,
                       name: str | None = None) -> int:
    """Put a participant into another delegation (None: a new one of their own); returns its id.

    A new delegation is named `name` (undo gives back the old name) or else after the person.
    A delegation left empty is removed, and with it its meetings (they have nobody to sit at them).
    """
    with db.session() as s:
        session = session_row(s, meeting_id)
        participant = s.get(B2BParticipant, participant_id)
        if participant is None or participant.session_id != session.id:
            raise NotFound(translate("B2B", "That participant is not part of this B2B session."))
        old = participant.delegation
        if delegation_id is None:
            person = participant.registration.person  # None: anonymised by retention
            own_name = (name or shown_name(participant.registration)).strip()[:200]
            target = B2BDelegation(session_id=session.id, name=own_name,
                                   organisation_id=person.organisation_id if person else None)
            s.add(target)
        else:
            found = s.get(B2BDelegation, delegation_id)
            if found is None or found.session_id != session.id:
                raise NotFound(translate("B2B", "That delegation is not part of this B2B session."))
            target = found
            if len([m for m in target.members if m.id != participant.id]) >= MAX_DELEGATION:
                raise DomainError(translate("B2B", "A delegation has at most three people; {name} is full.").format(
                    name=target.name))
        participant.delegation = target
        s.flush()
        if not old.members:
            s.delete(old)
        return target.id


def rename_delegation(db: Database, meeting_id: int, delegation_id: int, name: str) -> None:
    name = name.strip()
    if not name:
        raise DomainError(translate("B2B", "A delegation needs a name."), field="name")
    with db.session() as s:
        session = session_row(s, meeting_id)
        row = s.get(B2BDelegation, delegation_id)
        if row is None or row.session_id != session.id:
            raise NotFound(translate("B2B", "That delegation is not part of this B2B session."))
        row.name = name[:200]


def set_limits(db: Database, meeting_id: int, participant_id: int, max_meetings: int | None,
               unavailable: Sequence[Interval] | None = None) -> None:
    """A participant's own meeting limit (None: the session's) and the times they cannot meet."""
    if max_meetings is not None and max_meetings < 0:
        raise DomainError(translate("B2B", "A meeting limit cannot be negative."), field="max_meetings")
    with db.session() as s:
        session = session_row(s, meeting_id)
        row = s.get(B2BParticipant, participant_id)
        if row is None or row.session_id != session.id:
            raise NotFound(translate("B2B", "That participant is not part of this B2B session."))
        row.max_meetings = max_meetings
        if unavailable is not None:
            row.unavailable = [f"{a.isoformat()}/{b.isoformat()}" for a, b in unavailable]


def _person_row(p: B2BParticipant) -> PersonRow:
    person = p.registration.person  # None once retention anonymised the registration: the seat stays, unnamed
    return PersonRow(
        participant_id=p.id, person_id=person.id if person else None, name=shown_name(p.registration),
        email=(person.email or "") if person else "",
        organisation=person.organisation.name if person and person.organisation else "",
        delegation_id=p.delegation_id, max_meetings=p.max_meetings,
        unavailable=tuple(parse_intervals(p.unavailable or [])),
        registered=p.registration.status == RegistrationStatus.REGISTERED,
        language=person.language.value if person else "en")


def load_session(db: Database, meeting_id: int) -> SessionData:
    """Everything about the meeting's B2B session, read in one go."""
    with db.read() as s:
        return read_session(s, meeting_id)


def read_session(s: Session, meeting_id: int) -> SessionData:
    session = session_row(s, meeting_id)
    meeting = _meeting(s, meeting_id)
    windows = tuple((p.start, p.end) for p in session.periods if p.kind == B2BPeriodKind.WINDOW)
    breaks = tuple((p.start, p.end) for p in session.periods if p.kind == B2BPeriodKind.BREAK)
    participants = s.scalars(
        select(B2BParticipant).where(B2BParticipant.session_id == session.id)
        .options(selectinload(B2BParticipant.registration).selectinload(Registration.person)
                 .selectinload(Person.organisation)).order_by(B2BParticipant.id)).all()
    people = tuple(_person_row(p) for p in participants)
    fixed = {t.delegation_id: t.number for t in session.tables}
    by_delegation = {k: tuple(p.participant_id for p in g)
                     for k, g in groupby(sorted(people, key=lambda p: p.delegation_id), key=lambda p: p.delegation_id)}
    delegations = tuple(DelegationRow(d.id, d.name, by_delegation.get(d.id, ()), fixed.get(d.id)) for d in s.scalars(
        select(B2BDelegation).where(B2BDelegation.session_id == session.id).order_by(B2BDelegation.id)))
    requests = tuple(RequestRow(
        r.id, r.requester_id, r.target_id, r.priority, r.status,
        r.status == B2BRequestStatus.ACCEPTED or (r.status == B2BRequestStatus.PENDING and session.auto_accept))
        for r in s.scalars(select(B2BRequest).where(B2BRequest.session_id == session.id).order_by(B2BRequest.id)))
    meetings = tuple(MeetingRow(m.id, m.delegation_a_id, m.delegation_b_id, m.start, m.table, m.locked, m.version,
                                m.source, m.calendar_sequence)
                     for m in s.scalars(select(B2BMeeting).where(B2BMeeting.session_id == session.id)
                                        .order_by(B2BMeeting.start, B2BMeeting.table, B2BMeeting.id)))
    return SessionData(
        session_id=session.id, meeting_id=meeting_id, meeting_title=meeting.title, time_zone=meeting.time_zone,
        slot_minutes=session.slot_minutes, table_count=session.table_count, location=session.location,
        auto_accept=session.auto_accept, default_max_meetings=session.default_max_meetings,
        published_at=session.published_at, windows=windows, breaks=breaks,
        slots=lay_out(windows, breaks, session.slot_minutes), delegations=delegations, people=people,
        requests=requests, meetings=meetings)
