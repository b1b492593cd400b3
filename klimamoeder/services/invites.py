"""Calendar invitations: who gets what, sending, drafts, retries and the .ics exports.

The delivery log (`InvitationDelivery`) is the memory: a person whose last delivered
message is a REQUEST for the meeting as it is now is up to date and never gets the
same version twice. The SEQUENCE is the meeting's own (`services.sequence` raises it on
every change of time, place or status, whatever path made it); when it is above what
was delivered, everyone still invited gets the update. A message to someone whose last
message it must outrank (a withdrawal, a re-invitation) raises it further when sent.
Uninvited people (registration cancelled) get a CANCEL naming only them; a cancelled
meeting sends a CANCEL with STATUS:CANCELLED to everyone who had the invitation.
Each delivery row keeps the fingerprint of the version it carried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.message import Message
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from sqlalchemy import Row, select
from sqlalchemy.orm import Session, joinedload, selectinload

from .. import heap
from ..exports.ical import build_cancel, build_publish, build_request, check_invitation
from ..exports.mail import as_draft, build_message
from ..i18n import translate
from ..model import (
    AgendaItem,
    AgendaPerson,
    DeliveryStatus,
    InvitationDelivery,
    Language,
    Meeting,
    MeetingStatus,
    MessageMethod,
    Network,
    Person,
    Registration,
    RegistrationStatus,
    utcnow,
)
from ..safe_files import write_file
from ..storage import Database
from . import invite_content as content
from . import outbox
from .bulk import fetch_tuples
from .errors import DomainError, NotFound
from .progress import Progress
from .registrations import ChangeResult, SeatRule, lock_meeting

STILL_INVITED = (RegistrationStatus.INVITED, RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED)
DONE = (DeliveryStatus.SENT, DeliveryStatus.DRAFTED)
# Actions: what a person would get now.
REQUEST, UPDATE, CANCEL, UNINVITE, NOTHING = "request", "update", "cancel", "uninvite", "nothing"


@dataclass(frozen=True)
class Recipient:
    person_id: int
    name: str
    email: str
    language: str
    registration_status: str
    action: str
    reason: str
    last_status: str  # '' (never), sent, failed, drafted
    last_error: str
    last_sequence: int | None
    last_at: datetime | None

    @property
    def failed(self) -> bool:
        return self.last_status == DeliveryStatus.FAILED.value and self.action != NOTHING


@dataclass(frozen=True)
class SendPlan:
    meeting_id: int
    title: str
    sequence: int  # the SEQUENCE the next messages carry
    bumps_sequence: bool  # higher than any delivered so far: the meeting changed since the last invitation
    all_day: bool
    cancelled: bool
    recipients: tuple[Recipient, ...]

    @property
    def to_send(self) -> tuple[Recipient, ...]:
        return tuple(r for r in self.recipients if r.action != NOTHING)

    @property
    def failed(self) -> tuple[Recipient, ...]:
        return tuple(r for r in self.recipients if r.failed)


@dataclass(frozen=True)
class Outcome:
    person_id: int
    name: str
    action: str
    ok: bool
    error: str = ""


@dataclass(frozen=True)
class SendResult:
    sequence: int
    outcomes: tuple[Outcome, ...]

    @property
    def delivered(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.ok)

    @property
    def failed(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if not o.ok)


class Transport(Protocol):
    """Where messages go: an SMTP connection or a drafts folder."""

    status: DeliveryStatus

    def send(self, message: Message, sender: str, recipient: str) -> None: ...


class DraftFolder:
    """Writes each message as an .eml draft (Outlook opens it ready to send)."""

    status = DeliveryStatus.DRAFTED

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.written: list[Path] = []

    def send(self, message: Message, sender: str, recipient: str) -> None:
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", recipient) or "draft"
        name = f"{len(self.written) + 1:04d}-{stem}"
        path, copy = self.folder / f"{name}.eml", 1
        while path.exists():  # drafts saved into this folder before (perhaps edited since) are kept
            copy += 1
            path = self.folder / f"{name}-{copy}.eml"
        write_file(path, as_draft(message), overwrite=False)  # type: ignore[arg-type]
        self.written.append(path)


def _meeting(s: Session, meeting_id: int) -> Meeting:
    meeting = s.get(Meeting, meeting_id, options=[joinedload(Meeting.venue), selectinload(Meeting.agenda)])
    if meeting is None:
        raise NotFound(translate("Errors", "There is no meeting with id {id}.").format(id=meeting_id))
    return meeting


class Invitee(NamedTuple):
    """A registration as the plan reads it: the driver's values, enums converted once per distinct value."""

    person_id: int
    status: RegistrationStatus
    name: str
    email: str | None
    language: Language


def _plan(s: Session, meeting: Meeting) -> tuple[int, bool, list[tuple[Recipient, Invitee]]]:
    """Who gets what now, with each registration's person and status (`Invitee`).

    Plain column values, not ORM objects: a 5,000-attendee meeting's plan is read in two queries without
    building (and tracking) 10,000 objects; the SEQUENCE itself is the meeting's (`services/sequence.py`).
    """
    statuses = {m.value: m for m in RegistrationStatus}
    languages = {m.value: m for m in Language}
    registrations = [
        Invitee(pid, statuses[status], name, email, languages[language])
        for pid, status, name, email, language in fetch_tuples(s.connection(), (
            select(Person.id, Registration.status, Person.name, Person.email, Person.language)
            .join(Person, Person.id == Registration.person_id)
            .where(Registration.meeting_id == meeting.id).order_by(Registration.id)))]
    history: dict[int, list[Row[*tuple[Any, ...]]]] = {}
    delivery = InvitationDelivery
    for row in s.execute(select(delivery.person_id, delivery.status, delivery.method, delivery.sequence,
                                delivery.content_fingerprint, delivery.error, delivery.at)
                         .where(delivery.meeting_id == meeting.id).order_by(delivery.id)):
        history.setdefault(row.person_id, []).append(row)
    current = content.fingerprint(meeting)
    sequence = meeting.calendar_sequence
    organiser = meeting.organiser_email.strip().lower()
    cancelled = meeting.status == MeetingStatus.CANCELLED
    now = utcnow()
    changed = any(d.status in DONE and d.sequence >= sequence and d.content_fingerprint != current
                  for rows in history.values() for d in rows)
    needed = sequence + 1 if changed else sequence
    planned: list[tuple[Recipient, Invitee]] = []
    for reg in registrations:
        rows = history.get(reg.person_id, [])
        done = [d for d in rows if d.status in DONE]
        holds = bool(done) and done[-1].method == MessageMethod.REQUEST
        in_flight = outbox.in_flight(rows, now)
        email = (reg.email or "").strip()
        action, reason = NOTHING, ""
        if in_flight:
            reason = outbox.in_flight_reason()
        elif not email:
            reason = translate("Invites", "no e-mail address")
        elif email.lower() == organiser:
            reason = translate("Invites", "the organiser")
        elif cancelled:
            action, reason = (CANCEL, "") if holds else (NOTHING, translate("Invites", "never had the invitation"))
        elif reg.status in STILL_INVITED:
            if holds and done[-1].content_fingerprint == current:
                reason = translate("Invites", "up to date")
            else:
                action = UPDATE if holds else REQUEST
        elif reg.status == RegistrationStatus.CANCELLED and holds:
            action = UNINVITE
        else:
            declined = reg.status == RegistrationStatus.DECLINED
            reason = translate("Invites", "declined") if declined else translate("Invites", "not invited")
        if action != NOTHING and done and (action != REQUEST or done[-1].method == MessageMethod.CANCEL):
            needed = max(needed, done[-1].sequence + 1)  # every new message to someone outranks their last
        last = rows[-1] if rows else None
        planned.append((Recipient(
            person_id=reg.person_id, name=reg.name, email=email, language=reg.language.value,
            registration_status=reg.status.value, action=action, reason=reason,
            last_status=last.status.value if last else "",
            last_error=last.error if last and last.status == DeliveryStatus.FAILED else "",
            last_sequence=last.sequence if last else None, last_at=last.at if last else None,
        ), reg))
    delivered = [d.sequence for rows in history.values() for d in rows if d.status in DONE]
    return needed, bool(delivered) and needed > max(delivered), planned


def plan_invitations(db: Database, meeting_id: int) -> SendPlan:
    """Who would get what if the user pressed Send now (also the CLI's --dry-run)."""
    with db.read() as s:
        meeting = _meeting(s, meeting_id)
        sequence, bump, rows = _plan(s, meeting)
        return SendPlan(meeting.id, meeting.title, sequence, bump, meeting.all_day,
                        meeting.status == MeetingStatus.CANCELLED, tuple(r for r, _ in rows))


@dataclass
class _Outgoing:
    recipient: Recipient
    method: MessageMethod
    sender: str
    message: Message
    claim: int = 0  # the SENDING row that reserves this delivery


def event_language(meeting: Meeting, language: str | None = None) -> str:
    """The calendar entry's language: the one the user picked for this send, else the meeting's."""
    return language if language in ("da", "en") else meeting.language.value


def _prepare(db: Database, meeting_id: int, person_ids: set[int] | None, *, language: str | None = None,
             dry_run: bool = False) -> tuple[int, str, list[_Outgoing]]:
    """Build and check every message, then claim each one with a SENDING row and commit (never in a dry run).

    Nothing leaves before this transaction has committed (the SEQUENCE bump and the claims with it): a
    save that fails here sends nothing. The meeting row is locked, so two PCs pressing Send at once queue
    here, and the second sees the first one's claims and leaves those people out.
    The dry run (`rehearse`) is this very function with the transaction rolled back, so a rehearsal
    refuses exactly what the real send would refuse.
    """
    with db.session() as s:
        if not dry_run:
            lock_meeting(s, meeting_id)
        meeting = _meeting(s, meeting_id)
        if not meeting.organiser_email.strip():
            raise DomainError(translate(
                "Invites", "The meeting has no organiser e-mail address; replies would have nowhere to go."),
                field="organiser_email")
        sequence, _bump, rows = _plan(s, meeting)
        event_lang = event_language(meeting, language)
        chosen = [recipient for recipient, _reg in rows if recipient.action != NOTHING
                  and (person_ids is None or recipient.person_id in person_ids)]
        people = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_([r.person_id for r in chosen])))}
        outgoing: list[_Outgoing] = []
        problems: list[str] = []
        stamp = utcnow()
        for recipient in chosen:
            person = people[recipient.person_id]
            data = content.event_data(meeting, event_lang, sequence)
            party = [content.attendee(person)]
            if recipient.action in (REQUEST, UPDATE):
                ics, method = build_request(data, party, stamp), MessageMethod.REQUEST
            else:
                ics = build_cancel(data, party, stamp, whole_meeting=recipient.action == CANCEL)
                method = MessageMethod.CANCEL
            problems += check_invitation(ics)
            letter = content.letter(meeting, person, recipient.action.upper())
            outgoing.append(_Outgoing(recipient, method, meeting.organiser_email,
                                      build_message(letter, ics, method.value)))
        if problems:
            raise DomainError(translate(
                "Invites", "Nothing was sent: the invitation breaks these rules:\n{problems}").format(
                problems="\n".join(sorted(set(problems)))), field="invitation")
        fingerprint = content.fingerprint(meeting)
        if dry_run:
            s.rollback()
            return sequence, fingerprint, outgoing
        if outgoing and sequence != meeting.calendar_sequence:
            meeting.calendar_sequence = sequence
            fingerprint = content.fingerprint(meeting)
        for item in outgoing:
            claim = InvitationDelivery(meeting_id=meeting_id, person_id=item.recipient.person_id,
                                       method=item.method, sequence=sequence, status=DeliveryStatus.SENDING,
                                       error="", content_fingerprint=fingerprint, at=stamp,
                                       message_id=str(item.message["Message-ID"] or "")[:300])
            s.add(claim)
            s.flush()
            item.claim = claim.id
        return sequence, fingerprint, outgoing


def send_invitations(db: Database, meeting_id: int, transport: Transport, progress: Progress | None = None,
                     person_ids: set[int] | None = None, language: str | None = None) -> SendResult:
    """Send what the plan says (or only to `person_ids`, e.g. a retry of the failed ones).

    Each message is claimed in the delivery log and committed before it leaves (`_prepare`, `outbox`), and
    its outcome is logged as soon as it happened, in its own transaction, so a crash or a cancel halfway never
    loses track of who already has the message, and no message goes out for a change that was not saved.
    `language` overrides the meeting's language for the calendar entry; each person's letter is in their
    own language.
    """
    sequence, _fingerprint, outgoing = _prepare(db, meeting_id, person_ids, language=language)
    outcomes = outbox.deliver(
        db, InvitationDelivery, outgoing,
        lambda item: transport.send(item.message, item.sender, item.recipient.email), transport.status,
        lambda item, ok, error: Outcome(item.recipient.person_id, item.recipient.name, item.recipient.action, ok,
                                        error),
        progress or Progress())
    return SendResult(sequence, tuple(outcomes))


def retry_failed(db: Database, meeting_id: int, transport: Transport,
                 progress: Progress | None = None) -> SendResult:
    failed = {r.person_id for r in plan_invitations(db, meeting_id).failed}
    return send_invitations(db, meeting_id, transport, progress, person_ids=failed)


def rehearse(db: Database, meeting_id: int, language: str | None = None) -> tuple[int, int]:
    """Every message built and checked as `send_invitations` would, nothing sent or stored.

    Returns (messages, SEQUENCE they would carry); raises the same `DomainError` a real send would.
    """
    sequence, _fingerprint, outgoing = _prepare(db, meeting_id, None, language=language, dry_run=True)
    return len(outgoing), sequence


def set_all_day(db: Database, meeting_id: int, all_day: bool) -> None:
    """All-day dates or timed start and end; a change makes the next send an update."""
    with db.session() as s:
        _meeting(s, meeting_id).all_day = all_day


def cancel_meeting(db: Database, meeting_id: int) -> None:
    """Mark the meeting cancelled; the next send tells everyone who had the invitation."""
    with db.session() as s:
        _meeting(s, meeting_id).status = MeetingStatus.CANCELLED


def uninvite(db: Database, meeting_id: int, person_id: int) -> ChangeResult:
    """Withdraw one person's invitation; the next send gives them (only) a CANCEL. A freed seat goes to
    the first on the wait list (the one status rule decides)."""
    with db.session() as s:
        rule = SeatRule.lock(s, meeting_id)
        reg = s.scalar(select(Registration).where(Registration.meeting_id == meeting_id,
                                                  Registration.person_id == person_id))
        if reg is None:
            raise NotFound(translate("Invites", "This person is not on the meeting's list."))
        rule.change(reg, RegistrationStatus.CANCELLED)
        rule.promote()
        return ChangeResult(meeting_id, before=tuple(rule.touched.values()), changed=(reg.id,),
                            promoted=tuple(rule.promoted))


def export_invites(db: Database, meeting_id: int, language: str | None = None) -> bytes:
    """One .ics with every invitee as ATTENDEE, for the organiser's own calendar."""
    with heap.bulk(), db.read() as s:  # icalendar makes ~100 objects per attendee: no collection walking them
        meeting = _meeting(s, meeting_id)
        sequence, _bump, rows = _plan(s, meeting)
        organiser = meeting.organiser_email.strip().lower()
        people = [reg for _r, reg in rows
                  if reg.status in STILL_INVITED and reg.email and reg.email.lower() != organiser]
        if not people:
            raise DomainError(translate("Invites", "Nobody with an e-mail address is invited to this meeting yet."))
        if not organiser:
            raise DomainError(translate(
                "Invites", "The meeting has no organiser e-mail address; replies would have nowhere to go."),
                field="organiser_email")
        data = content.event_data(meeting, event_language(meeting, language), sequence)
        parties = [content.attendee(p) for p in people]
        if meeting.status == MeetingStatus.CANCELLED:
            return build_cancel(data, parties, utcnow(), whole_meeting=True)
        return build_request(data, parties, utcnow())


def export_calendar(db: Database, network: str | None = None, language: str = "en") -> bytes:
    """A METHOD:PUBLISH feed of the network's meetings (or all); drafts are left out."""
    with db.read() as s:
        query = (select(Meeting).join(Meeting.network).where(Meeting.status != MeetingStatus.DRAFT)
                 .options(joinedload(Meeting.venue), selectinload(Meeting.agenda)).order_by(Meeting.start))
        name = translate("Invites", "Klimamøder meetings")
        if network:
            found = s.scalar(select(Network).where(
                (Network.short_name.ilike(network)) | (Network.name.ilike(network))))
            if found is None:
                raise NotFound(translate("Invites", "There is no network called '{name}'.").format(name=network))
            query = query.where(Meeting.network_id == found.id)
            name = found.name
        meetings = s.scalars(query).unique().all()
        return build_publish([content.event_data(m, language) for m in meetings], utcnow(), name)


def person_for_email(db: Database, email: str) -> int:
    """The person with this address (main or other), in any letter case."""
    wanted = email.strip().lower()
    with db.read() as s:
        for person_id, main, others in s.execute(select(Person.id, Person.email, Person.other_emails)):
            if (main or "").lower() == wanted or wanted in (o.lower() for o in others or []):
                return int(person_id)
    raise NotFound(translate("Invites", "Nobody has the e-mail address {email}.").format(email=email))


def speaker_agenda(db: Database, meeting_id: int, person_id: int) -> bytes:
    """A speaker's or moderator's own agenda items as events (PUBLISH)."""
    with db.read() as s:
        meeting = _meeting(s, meeting_id)
        items = s.scalars(
            select(AgendaItem).join(AgendaPerson).where(AgendaItem.meeting_id == meeting_id,
                                                        AgendaPerson.person_id == person_id)
            .options(joinedload(AgendaItem.room)).order_by(AgendaItem.start)
        ).unique().all()
        if not items:
            raise DomainError(translate("Invites", "This person has no item on the agenda."))
        return build_publish([content.agenda_event(meeting, item) for item in items], utcnow())
