"""Bilateral meetings' calendar invitations by e-mail: who gets what, sending, drafts, retries, previews.

The meeting invitations' machinery (`invites`: the transports, one message per recipient naming only
them, `exports.ical` and `exports.mail`, the calendar rules check) applied to one event per pair of
delegations. Each event's UID is the pair's (`b2b_documents.event_uid`), its SEQUENCE the bilateral
meeting's own, raised by the one rule in `services/sequence.py` when the meeting moves. The memory is
`B2BDelivery`, one row per attempt per person and event, holding what the message showed:

- a registered member of a planned pair who never had the event gets a REQUEST (table first in
  LOCATION, in the person's language); one who holds an older version gets it again with a higher
  SEQUENCE (an update); one whose copy matches is up to date and gets nothing: never the same version
  twice;
- everyone holding the event of a pair that re-planning dropped gets a CANCEL (STATUS:CANCELLED) with
  what they were told; someone who left a delegation (or is no longer registered) gets a CANCEL naming
  only them;
- each message is claimed in the log (status `sending`) in the transaction that also raises the
  SEQUENCE, and leaves only after that transaction committed; the outcome is written after. A claim
  whose outcome never came (a crash in between) is held back and shown: such a message may have
  arrived, so only the user's retry sends it again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import Message
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..exports.ical import EventData, Party, build_cancel, build_request, check_invitation
from ..exports.mail import Letter, MessageFacts, build_message, format_when, html_body, plain_body, subject
from ..i18n import translate
from ..model import (
    B2BDelivery,
    B2BDeliveryStatus,
    B2BMeeting,
    B2BSession,
    Meeting,
    MessageMethod,
    Person,
    utcnow,
)
from ..storage import Database
from .b2b import MeetingRow, SessionData, read_session, session_row
from .b2b_documents import event_uid, meeting_event
from .errors import DomainError
from .invite_rehearsal import InvitePreview, read_event
from .invites import CANCEL, NOTHING, REQUEST, UNINVITE, UPDATE, Transport
from .progress import Progress

DONE = (B2BDeliveryStatus.SENT, B2BDeliveryStatus.DRAFTED)
_LABELS = {
    "en": {"with": "With", "yours": "Your delegation", "at": "During"},
    "da": {"with": "Med", "yours": "Din delegation", "at": "Under"},
}


def labels(language: str) -> dict[str, str]:
    """Texts of the calendar entry and letter, in the *reader's* language (not the user's)."""
    return _LABELS.get(language, _LABELS["en"])


@dataclass(frozen=True)
class Facts:
    """What one person's copy of an event shows; a copy that differs from the current one needs an update."""

    start: datetime
    end: datetime
    summary: str
    location: str


@dataclass(frozen=True)
class B2BRecipient:
    uid: str
    b2b_meeting_id: int | None  # None: the pair no longer meets (its event is cancelled)
    event: str  # "Delegation A – Delegation B"
    start: datetime
    table: int | None
    person_id: int
    name: str
    email: str
    language: str
    action: str  # invites.REQUEST, UPDATE, CANCEL, UNINVITE or NOTHING
    reason: str
    sequence: int  # the SEQUENCE the message would carry
    last_status: str  # '' (never), sending, sent, drafted, failed
    last_error: str
    last_sequence: int | None
    last_at: datetime | None

    @property
    def key(self) -> tuple[str, int]:
        return self.uid, self.person_id

    @property
    def interrupted(self) -> bool:
        """The last attempt was claimed but its outcome never recorded: it may have arrived."""
        return self.last_status == B2BDeliveryStatus.SENDING.value

    @property
    def sendable(self) -> bool:
        return self.action != NOTHING and not self.interrupted

    @property
    def failed(self) -> bool:
        """Worth a retry: not delivered, or interrupted (the user decides to send it again)."""
        return self.action != NOTHING and self.last_status in (B2BDeliveryStatus.FAILED.value,
                                                               B2BDeliveryStatus.SENDING.value)


@dataclass(frozen=True)
class B2BSendPlan:
    meeting_id: int
    title: str
    time_zone: str
    published: bool
    recipients: tuple[B2BRecipient, ...]

    @property
    def to_send(self) -> tuple[B2BRecipient, ...]:
        return tuple(r for r in self.recipients if r.sendable)

    @property
    def failed(self) -> tuple[B2BRecipient, ...]:
        return tuple(r for r in self.recipients if r.failed)

    @property
    def events(self) -> int:
        """Bilateral events with at least one message to send."""
        return len({r.uid for r in self.to_send})


@dataclass(frozen=True)
class B2BOutcome:
    uid: str
    event: str
    person_id: int
    name: str
    action: str
    ok: bool
    error: str = ""


@dataclass(frozen=True)
class B2BSendResult:
    outcomes: tuple[B2BOutcome, ...]

    @property
    def delivered(self) -> tuple[B2BOutcome, ...]:
        return tuple(o for o in self.outcomes if o.ok)

    @property
    def failed(self) -> tuple[B2BOutcome, ...]:
        return tuple(o for o in self.outcomes if not o.ok)


@dataclass(frozen=True)
class _Sent:
    """One delivery row as the plan reads it."""

    person_id: int
    method: MessageMethod
    sequence: int
    status: B2BDeliveryStatus
    error: str
    facts: Facts
    at: datetime


@dataclass(frozen=True)
class _Context:
    data: SessionData
    location: str  # where the tables stand, then the venue
    organiser: Party
    history: dict[str, dict[int, list[_Sent]]]  # uid -> person -> attempts, oldest first
    others: dict[int, tuple[str, str, str]]  # people who hold an event but are no participant: name, e-mail, language


@dataclass
class _Planned:
    recipient: B2BRecipient
    data: EventData
    facts: Facts
    meeting: MeetingRow | None


# --- the plan ------------------------------------------------------------------------------------------

def _facts(event: EventData) -> Facts:
    return Facts(event.start, event.end, event.summary, event.location)


def _event(context: _Context, m: MeetingRow, language: str, sequence: int) -> EventData:
    """The event as the .ics export shows it (table first in LOCATION, in the reader's language)."""
    return meeting_event(context.data, m, context.location, context.organiser, language, sequence)


def _told_event(context: _Context, uid: str, facts: Facts, sequence: int) -> EventData:
    """The event as the person was last told of it: a cancellation repeats it."""
    return EventData(uid=uid, sequence=sequence, summary=facts.summary, start=facts.start, end=facts.end,
                     time_zone=context.data.time_zone, organiser=context.organiser, location=facts.location,
                     categories=("B2B",))


def _last(rows: list[_Sent]) -> tuple[list[_Sent], bool]:
    done = [r for r in rows if r.status in DONE]
    return done, bool(done) and done[-1].method == MessageMethod.REQUEST


def _plan_event(context: _Context, uid: str, m: MeetingRow | None) -> list[_Planned]:
    """Who gets what of one event, all with the one SEQUENCE its next messages carry."""
    data, history = context.data, context.history.get(uid, {})
    attendees = {p.person_id: p for d in ((m.a, m.b) if m else ()) for p in data.members(d)
                 if p.person_id is not None}  # anonymised by retention: nobody left to write to
    holders = [pid for pid in history if pid not in attendees]
    organiser = context.organiser.email.strip().lower()
    top = max((r.sequence for rows in history.values() for r in rows if r.status in DONE), default=0)
    sequence = max(m.sequence if m else 0, top)  # never below a version anyone holds
    drafts: list[tuple[int, str, str, str, str, str, Facts | None]] = []
    for pid in [*attendees, *holders]:
        done, holds = _last(history.get(pid, []))
        if pid in attendees:
            person = attendees[pid]
            name, email, language = person.name, person.email.strip(), person.language
            wanted: Facts | None = _facts(_event(context, m, language, 0)) if m else None
            action, reason = NOTHING, ""
            if not email:
                reason = translate("Invites", "no e-mail address")
            elif email.lower() == organiser:
                reason = translate("Invites", "the organiser")
            elif holds and done[-1].facts == wanted:
                reason = translate("Invites", "up to date")
            else:
                action = UPDATE if holds else REQUEST
        else:
            if not holds:
                continue  # never had it, or already told it is off
            name, email, language = context.others.get(pid) or next(
                ((p.name, p.email, p.language) for p in data.people if p.person_id == pid), ("", "", "en"))
            email = email.strip()
            action, reason, wanted = (UNINVITE if m else CANCEL), "", None
        if action != NOTHING and done and (action != REQUEST or done[-1].method == MessageMethod.CANCEL):
            sequence = max(sequence, done[-1].sequence + 1)  # every new message to someone outranks their last
        drafts.append((pid, name, email, language, action, reason, wanted))
    title = (f"{data.delegation(m.a).name} – {data.delegation(m.b).name}" if m else
             next((r.facts.summary for rows in history.values() for r in reversed(rows)), uid).removeprefix("B2B: "))
    planned = []
    for pid, name, email, language, action, reason, wanted in drafts:
        rows = history.get(pid, [])
        done, _holds = _last(rows)
        last = rows[-1] if rows else None
        if m is not None and action != UNINVITE:
            event = _event(context, m, language, sequence)
        else:
            event = _told_event(context, uid, done[-1].facts, sequence)  # a CANCEL goes only to holders
        recipient = B2BRecipient(
            uid=uid, b2b_meeting_id=m.id if m else None, event=title, start=m.start if m else event.start,
            table=m.table if m else None, person_id=pid, name=name, email=email, language=language,
            action=action, reason=reason, sequence=sequence,
            last_status=last.status.value if last else "", last_error=last.error if last else "",
            last_sequence=last.sequence if last else None, last_at=last.at if last else None)
        planned.append(_Planned(recipient, event, wanted or _facts(event), m))
    return planned


def _plan(context: _Context) -> list[_Planned]:
    data = context.data
    current = {event_uid(data.session_id, m.a, m.b): m for m in data.meetings}
    planned: list[_Planned] = []
    for uid, m in sorted(current.items(), key=lambda item: (item[1].start, item[1].table)):
        planned += _plan_event(context, uid, m)
    dropped = [uid for uid in context.history if uid not in current]
    for uid in sorted(dropped, key=lambda u: max(r.facts.start for rows in context.history[u].values()
                                                 for r in rows)):
        planned += _plan_event(context, uid, None)
    return planned


def _context(s: Session, meeting_id: int) -> tuple[_Context, Meeting, B2BSession]:
    session = session_row(s, meeting_id)
    meeting = s.get(Meeting, meeting_id)
    assert meeting is not None
    data = read_session(s, meeting_id)
    history: dict[str, dict[int, list[_Sent]]] = {}
    d = B2BDelivery
    for row in s.execute(select(d.event_uid, d.person_id, d.method, d.sequence, d.status, d.error, d.start, d.end,
                                d.summary, d.location, d.at).where(d.session_id == session.id).order_by(d.id)):
        history.setdefault(row.event_uid, {}).setdefault(row.person_id, []).append(_Sent(
            row.person_id, row.method, row.sequence, row.status, row.error,
            Facts(row.start, row.end, row.summary, row.location), row.at))
    known = {p.person_id for p in data.people}
    missing = {pid for people in history.values() for pid in people} - known
    others = {p.id: (p.name, p.email or "", p.language.value)
              for p in s.scalars(select(Person).where(Person.id.in_(missing)))} if missing else {}
    venue = meeting.venue.one_line if meeting.venue else ""
    context = _Context(data, ", ".join(p for p in (data.location, venue) if p),
                       Party(meeting.organiser_name, meeting.organiser_email), history, others)
    return context, meeting, session


def plan_b2b_invitations(db: Database, meeting_id: int) -> B2BSendPlan:
    """Who would get what if the user pressed Send now (also the CLI's --dry-run)."""
    with db.read() as s:
        context, meeting, session = _context(s, meeting_id)
        return B2BSendPlan(meeting_id, meeting.title, meeting.time_zone, session.published_at is not None,
                           tuple(p.recipient for p in _plan(context)))


# --- building, claiming, sending ----------------------------------------------------------------------

@dataclass
class _Outgoing:
    recipient: B2BRecipient
    method: MessageMethod
    sender: str
    message: Message
    letter: Letter
    ics: bytes
    facts: Facts
    claim: int = 0  # the `sending` row that reserves this delivery


def _letter(context: _Context, meeting: Meeting, planned: _Planned) -> Letter:
    recipient, event = planned.recipient, planned.data
    words = labels(recipient.language)
    extra: list[tuple[str, str]] = [(words["at"], meeting.title)]
    m = planned.meeting
    if m is not None and recipient.action != UNINVITE:
        data = context.data
        own = next((d for d in (m.a, m.b) if any(p.person_id == recipient.person_id for p in data.members(d))), m.a)
        other = m.b if own == m.a else m.a
        extra.append((words["with"], "; ".join(
            f"{p.name}, {p.organisation}" if p.organisation else p.name for p in data.members(other))))
        colleagues = [p.name for p in data.members(own) if p.person_id != recipient.person_id]
        if colleagues:
            extra.append((words["yours"], ", ".join(colleagues)))
    facts = MessageFacts(title=event.summary, when=format_when(event.start, event.end, ZoneInfo(event.time_zone),
                                                              False, recipient.language),
                         where=event.location, extra=tuple(extra))
    return Letter(kind=recipient.action.upper(), language=recipient.language, sender_name=meeting.organiser_name,
                  sender_email=meeting.organiser_email, recipient_name=recipient.name,
                  recipient_email=recipient.email, facts=facts)


def _build(context: _Context, meeting: Meeting, planned: _Planned, stamp: datetime) -> _Outgoing:
    recipient = planned.recipient
    party = [Party(recipient.name, recipient.email)]
    if recipient.action in (REQUEST, UPDATE):
        ics, method = build_request(planned.data, party, stamp), MessageMethod.REQUEST
    else:
        ics = build_cancel(planned.data, party, stamp, whole_meeting=recipient.action == CANCEL)
        method = MessageMethod.CANCEL
    letter = _letter(context, meeting, planned)
    return _Outgoing(recipient, method, meeting.organiser_email, build_message(letter, ics, method.value), letter,
                     ics, _facts(planned.data))


def _prepare(db: Database, meeting_id: int, keys: set[tuple[str, int]] | None, *,
             dry_run: bool = False) -> list[_Outgoing]:
    """Build and check every message; then raise the events' SEQUENCEs and claim each message, and commit.

    Nothing leaves before this transaction has committed; a refusal (a message breaking a calendar rule,
    no organiser address) sends nothing. The session row is locked, so two senders queue here and the
    second sees the first one's claims. The dry run is this function rolled back.
    """
    with db.session() as s:
        s.execute(select(B2BSession.id).where(B2BSession.meeting_id == meeting_id).with_for_update())
        context, meeting, session = _context(s, meeting_id)
        if not meeting.organiser_email.strip():
            raise DomainError(translate(
                "Invites", "The meeting has no organiser e-mail address; replies would have nowhere to go."),
                field="organiser_email")
        chosen = [p for p in _plan(context) if (p.recipient.sendable if keys is None else
                                                p.recipient.key in keys and p.recipient.action != NOTHING)]
        stamp = utcnow()
        outgoing = [_build(context, meeting, p, stamp) for p in chosen]
        problems = sorted({problem for item in outgoing for problem in check_invitation(item.ics)})
        if problems:
            raise DomainError(translate(
                "Invites", "Nothing was sent: the invitation breaks these rules:\n{problems}").format(
                problems="\n".join(problems)), field="invitation")
        if dry_run:
            s.rollback()
            return outgoing
        raised = {p.recipient.b2b_meeting_id: p.recipient.sequence for p in chosen if p.recipient.b2b_meeting_id}
        for row in s.scalars(select(B2BMeeting).where(B2BMeeting.id.in_(raised))):
            if raised[row.id] > row.calendar_sequence:
                row.calendar_sequence = raised[row.id]  # the exported .ics shows the version people got
        for item in outgoing:
            claim = B2BDelivery(session_id=session.id, event_uid=item.recipient.uid,
                                person_id=item.recipient.person_id, method=item.method,
                                sequence=item.recipient.sequence, status=B2BDeliveryStatus.SENDING, error="",
                                start=item.facts.start, end=item.facts.end, summary=item.facts.summary[:300],
                                location=item.facts.location[:300],
                                message_id=str(item.message["Message-ID"] or "")[:300], at=stamp)
            s.add(claim)
            s.flush()
            item.claim = claim.id
        return outgoing


def _record(db: Database, item: _Outgoing, status: B2BDeliveryStatus, error: str = "") -> None:
    with db.session() as s:
        claim = s.get(B2BDelivery, item.claim)
        if claim is not None:
            claim.status, claim.error, claim.at = status, error[:500], utcnow()


def _release(db: Database, unsent: Sequence[_Outgoing]) -> None:
    """Claims of messages that never left (the user cancelled, or an error stopped the loop) are dropped."""
    if unsent:
        with db.session() as s:
            s.execute(delete(B2BDelivery).where(B2BDelivery.id.in_([i.claim for i in unsent]),
                                                B2BDelivery.status == B2BDeliveryStatus.SENDING))


def send_b2b_invitations(db: Database, meeting_id: int, transport: Transport, progress: Progress | None = None,
                         keys: Iterable[tuple[str, int]] | None = None) -> B2BSendResult:
    """Send what the plan says (or only the (event UID, person) `keys`, e.g. a retry of the failed ones).

    Each message is claimed and committed before it leaves (`_prepare`) and its outcome is logged in its
    own transaction as soon as it is known, so a crash or a cancel halfway never loses track of who has
    which version, and nothing goes out for a change that was not saved.
    """
    from .mailer import DeliveryFailed

    progress = progress or Progress()
    outgoing = _prepare(db, meeting_id, None if keys is None else set(keys))
    outcomes: list[B2BOutcome] = []
    reached = 0  # messages handed to the transport: whatever happens next, their claims stay
    try:
        for number, item in enumerate(outgoing):
            progress.step(number, len(outgoing), translate(
                "Invites", "Sending {n} of {total}").format(n=number + 1, total=len(outgoing)))
            reached = number + 1
            r = item.recipient
            try:
                transport.send(item.message, item.sender, r.email)
            except DeliveryFailed as error:
                _record(db, item, B2BDeliveryStatus.FAILED, str(error) or "failed")
                outcomes.append(B2BOutcome(r.uid, r.event, r.person_id, r.name, r.action, False, str(error)))
                continue
            _record(db, item, B2BDeliveryStatus(transport.status.value))
            outcomes.append(B2BOutcome(r.uid, r.event, r.person_id, r.name, r.action, True))
    finally:
        _release(db, outgoing[reached:])
    progress.step(len(outgoing), len(outgoing), "")
    return B2BSendResult(tuple(outcomes))


def retry_failed(db: Database, meeting_id: int, transport: Transport,
                 progress: Progress | None = None) -> B2BSendResult:
    """Send again what was not delivered, and what was interrupted (it may have arrived: the user's call)."""
    keys = {r.key for r in plan_b2b_invitations(db, meeting_id).failed}
    return send_b2b_invitations(db, meeting_id, transport, progress, keys)


def rehearse(db: Database, meeting_id: int) -> int:
    """Every message built and checked as the send would, nothing sent or stored; how many there would be."""
    return len(_prepare(db, meeting_id, None, dry_run=True))


# --- before sending: what blocks it, and a preview ---------------------------------------------------

@dataclass(frozen=True)
class B2BRehearsal:
    """What the send dialog shows before anything goes out, from one dry run of the real send."""

    plan: B2BSendPlan
    mail_problem: str | None  # why e-mail cannot be sent with the saved settings (drafts still can)
    problem: str | None  # why nothing can be sent now at all (nobody to tell, a message breaking a rule…)
    previews: tuple[InvitePreview, ...]  # one per reader language, as the first of them gets it


def _previews(outgoing: Sequence[_Outgoing], zone: str) -> tuple[InvitePreview, ...]:
    people: dict[str, set[int]] = {}
    first: dict[str, _Outgoing] = {}
    for item in outgoing:
        people.setdefault(item.recipient.language, set()).add(item.recipient.person_id)
        first.setdefault(item.recipient.language, item)
    counts = {language: len(ids) for language, ids in people.items()}
    return tuple(InvitePreview(
        language=language, event_language=language, people=counts[language], recipient=item.recipient.name,
        subject=subject(item.letter), text=plain_body(item.letter), html=html_body(item.letter),
        event=read_event(item.ics, zone, language), ics=item.ics.decode("utf-8"))
        for language, item in sorted(first.items(), key=lambda kv: (-counts[kv[0]], kv[0])))


def rehearsal(db: Database, meeting_id: int, *, mail: bool = True) -> B2BRehearsal:
    """The plan, what would stop the send, and a preview per language: the real send's preparation rolled
    back, so it refuses exactly what the send refuses (`mail=False`: leave the mail settings out)."""
    from .invite_rehearsal import mail_setup_problem

    plan = plan_b2b_invitations(db, meeting_id)
    mail_problem = mail_setup_problem() if mail else None
    if not plan.to_send:
        return B2BRehearsal(plan, mail_problem, translate("Invites", "Nobody needs a message now."), ())
    try:
        outgoing = _prepare(db, meeting_id, None, dry_run=True)
    except DomainError as error:
        return B2BRehearsal(plan, mail_problem, error.message, ())
    return B2BRehearsal(plan, mail_problem, None, _previews(outgoing, plan.time_zone))
