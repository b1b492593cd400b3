"""Seats and answers by e-mail address: the scriptable side of the seat rule (the CLI's use cases).

`klimamoeder registrations / register / set-status / update meeting` call these; each is one
transaction and changes statuses only through `registrations.SeatRule`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from ..i18n import translate
from ..model import Language, MeetingStatus, Person, Registration, RegistrationStatus, Venue
from ..storage import Database
from . import invites
from .errors import DomainError, NotFound
from .meetings import MeetingInput, get_meeting, update_meeting
from .people import normalise_email
from .registrations import (
    ChangeResult,
    RegistrationInput,
    load_meeting,
    register_in,
    set_status_in,
    shown_name,
)
from .timeutil import to_local

Status = RegistrationStatus


@dataclass(frozen=True)
class RegistrationLine:
    """One registration as `klimamoeder registrations` prints it."""

    name: str
    email: str
    status: str
    role: str
    days: tuple[str, ...]  # ISO dates; empty = every day
    wait_list_position: int | None  # 1 = next to move up
    answer: str  # the calendar reply: needs_action, accepted, tentative, declined, delegated
    answered_sequence: int | None  # the invitation version the stored answer was for

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "email": self.email, "status": self.status, "role": self.role,
                "days": list(self.days), "wait_list_position": self.wait_list_position, "answer": self.answer,
                "answered_sequence": self.answered_sequence}


def registration_lines(db: Database, meeting_id: int) -> list[RegistrationLine]:
    """Every registration, registered first, then the wait list in its order, then the rest."""
    with db.read() as s:
        load_meeting(s, meeting_id)
        regs = s.scalars(select(Registration).where(Registration.meeting_id == meeting_id)
                         .options(joinedload(Registration.person))
                         .order_by(Registration.status_changed_at, Registration.id)).all()
        order = {Status.REGISTERED: 0, Status.WAITLISTED: 1, Status.INVITED: 2, Status.DECLINED: 3,
                 Status.CANCELLED: 4}
        lines: list[RegistrationLine] = []
        position = 0
        for reg in sorted(regs, key=lambda r: order[r.status]):
            if reg.person is None:  # anonymised by retention: counted in headcounts, listed nowhere
                continue
            if reg.status is Status.WAITLISTED:
                position += 1
            lines.append(RegistrationLine(
                reg.person.name, reg.person.email or "", reg.status.value, reg.role.value, tuple(reg.days or ()),
                position if reg.status is Status.WAITLISTED else None, reg.reply_status.value,
                reg.reply_sequence))
        return lines


def _person(s: Session, email: str) -> Person | None:
    wanted = email.strip().lower()
    person = s.scalar(select(Person).where(func.lower(Person.email) == wanted))
    if person is not None:
        return person
    for candidate in s.scalars(select(Person).where(Person.other_emails.is_not(None))):
        if wanted in (o.lower() for o in candidate.other_emails or []):
            return candidate
    return None


def _registration(s: Session, meeting_id: int, email: str) -> Registration:
    person = _person(s, email)
    reg = None if person is None else s.scalar(select(Registration).where(
        Registration.meeting_id == meeting_id, Registration.person_id == person.id))
    if reg is None:
        raise NotFound(translate("Seats", "{email} is not on this meeting's list.").format(email=email))
    return reg


@dataclass(frozen=True)
class SeatOutcome:
    name: str
    status: str  # what the rule decided
    result: ChangeResult


def register_email(db: Database, meeting_id: int, email: str, name: str = "",
                   override_deadline: bool = False) -> SeatOutcome:
    """Register someone by address (a new person when `name` is given); a full meeting wait-lists them."""
    with db.session() as s:
        load_meeting(s, meeting_id)
        person = _person(s, email)
        if person is None:
            if not name.strip():
                raise NotFound(translate("Seats", "Nobody has the e-mail address {email}; give --name to add "
                                                  "them.").format(email=email))
            person = Person(name=" ".join(name.split()), email=normalise_email(email), other_emails=[],
                            language=Language.DANISH)
            s.add(person)
            s.flush()
        reg = s.scalar(select(Registration).where(Registration.meeting_id == meeting_id,
                                                  Registration.person_id == person.id))
        if reg is None:
            result = register_in(s, meeting_id, person.id, RegistrationInput(status=Status.REGISTERED),
                                 override_deadline)
        else:  # keep what is known about them (days, diet); only the status changes
            result = set_status_in(s, meeting_id, [reg.id], Status.REGISTERED, override_deadline)
        reg = s.scalar(select(Registration).where(Registration.meeting_id == meeting_id,
                                                  Registration.person_id == person.id))
        assert reg is not None
        return SeatOutcome(person.name, reg.status.value, result)


def set_status_email(db: Database, meeting_id: int, email: str, status: Status,
                     override_deadline: bool = False) -> SeatOutcome:
    """Any status change for one person, through the same rule as every other path."""
    with db.session() as s:
        reg = _registration(s, meeting_id, email)
        result = set_status_in(s, meeting_id, [reg.id], status, override_deadline)
        s.refresh(reg)
        return SeatOutcome(shown_name(reg), reg.status.value, result)


@dataclass(frozen=True)
class MeetingUpdate:
    promoted: tuple[str, ...]
    sequence: int
    cancelled: bool
    due: tuple[tuple[str, str], ...]  # (name, action) of everyone an update/cancellation is due to


def update_meeting_fields(db: Database, meeting_id: int, *, capacity: int | None = None,
                          start: datetime | None = None, end: datetime | None = None, venue: str | None = None,
                          cancel: bool = False) -> MeetingUpdate:
    """Change capacity, time, venue or cancel; says who moved up and whom an update is due to."""
    details = get_meeting(db, meeting_id)
    fields: MeetingInput = details.fields
    changes: dict[str, object] = {}
    if capacity is not None:
        changes["capacity"] = capacity
    if start is not None or end is not None:
        new_start = _wall(start, fields.time_zone) if start else fields.start
        new_end = _wall(end, fields.time_zone) if end else new_start + (fields.end - fields.start)
        changes.update(start=new_start, end=new_end)
    if venue is not None:
        changes["venue_id"] = _venue_id(db, venue)
    if cancel:
        changes["status"] = MeetingStatus.CANCELLED
    if not changes:
        raise DomainError(translate("Seats", "Nothing to change: give --capacity, --start, --end, --venue or "
                                             "--cancel."))
    saved = update_meeting(db, meeting_id, replace(fields, **changes), details.version)  # type: ignore[arg-type]
    plan = invites.plan_invitations(db, meeting_id)
    due = tuple((r.name, r.action) for r in plan.to_send)
    return MeetingUpdate(saved.promoted, saved.calendar_sequence, plan.cancelled, due)


def _wall(moment: datetime, zone: str) -> datetime:
    """An ISO time as the meeting's wall-clock time (a given offset is converted to the meeting's zone)."""
    return to_local(moment, zone).replace(tzinfo=None) if moment.tzinfo else moment


def _venue_id(db: Database, name: str) -> int | None:
    if not name.strip():
        return None
    with db.read() as s:
        found = s.scalars(select(Venue.id).where(func.lower(Venue.name) == name.strip().lower())).all()
    if len(found) != 1:
        raise NotFound(translate("Seats", "There is no venue called '{name}'.").format(name=name)
                       if not found else translate("Seats", "Several venues are called '{name}'.").format(name=name))
    return int(found[0])
