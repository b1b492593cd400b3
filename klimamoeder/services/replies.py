"""Calendar replies: judge each reply on its own and apply what attendees answered, through the seat rule.

Every file is read and judged in its own transaction, so one broken file is one line naming that file
and the others are applied. Each reply gets one outcome:
- applied: the answer is stored and the status changed through `registrations.SeatRule` (an acceptance
  when the meeting is full lands on the wait list; a decline frees a seat for the first in line);
- stale: the attendee's own newer answer is already stored (a lower SEQUENCE, or an older DTSTAMP for
  the same SEQUENCE);
- older_version: it answers a version of the invitation that was superseded (the time moved since):
  it waits in the review list, because the person never accepted the time as it is now;
- review: a person must decide (unknown meeting or address, the organiser's own reply, someone never
  sent the invitation, a delegation, a counter-proposal, a SEQUENCE higher than any we sent, a broken
  property), with the reason;
- duplicate: the same reply (UID, attendee, SEQUENCE, DTSTAMP and content) was judged before;
- not_a_reply: the file holds no calendar reply (an invitation, a feed, unreadable text).
Review entries are resolved in the window or the CLI: apply, assign to a person, dismiss. A file whose
entry is still waiting can be imported again once its cause is fixed (e.g. the address was added to the
person), and is then judged afresh.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..exports.reply_parser import ParsedReply, one_line, parse_reply_file
from ..i18n import translate
from ..model import (
    CalendarReply,
    DeliveryStatus,
    InvitationDelivery,
    Meeting,
    MessageMethod,
    Person,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    ReplyStatus,
    utcnow,
)
from ..storage import Database
from .audit import acting
from .errors import DomainError, NotFound
from .progress import Progress
from .registrations import SeatRule

log = logging.getLogger(__name__)

APPLIED, STALE, OLDER, REVIEW, DUPLICATE, NOT_A_REPLY = (
    "applied", "stale", "older_version", "review", "duplicate", "not_a_reply")
OUTCOMES = (APPLIED, STALE, OLDER, REVIEW, DUPLICATE, NOT_A_REPLY)
# What became of a review entry.
RESOLVED, DISMISSED, REIMPORTED = "resolved", "dismissed", "reimported"
WAITING = (REVIEW, OLDER)  # shown in the review list
_PARTSTAT = {"ACCEPTED": ReplyStatus.ACCEPTED, "DECLINED": ReplyStatus.DECLINED,
             "TENTATIVE": ReplyStatus.TENTATIVE, "DELEGATED": ReplyStatus.DELEGATED}
_ANSWERS = (ReplyStatus.ACCEPTED, ReplyStatus.DECLINED, ReplyStatus.TENTATIVE)


@dataclass(frozen=True)
class ReplyOutcome:
    source_name: str
    outcome: str
    reason: str
    attendee_email: str
    meeting_title: str
    person_name: str
    partstat: str
    sequence: int = 0
    meeting_id: int | None = None
    status: str = ""  # the registration's status afterwards ('' when nothing was applied)
    promoted: tuple[str, ...] = ()  # moved up from the wait list because of this reply

    def as_json(self) -> dict[str, object]:
        return {"file": self.source_name, "outcome": self.outcome, "reason": self.reason,
                "attendee": self.attendee_email, "answer": self.partstat.lower(), "sequence": self.sequence,
                "meeting_id": self.meeting_id, "meeting": self.meeting_title, "person": self.person_name,
                "status": self.status, "promoted": list(self.promoted)}


@dataclass(frozen=True)
class ImportSummary:
    outcomes: tuple[ReplyOutcome, ...]

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)


@dataclass(frozen=True)
class ReviewItem:
    id: int
    received_at: datetime
    source_name: str
    method: str
    attendee_email: str
    partstat: str
    comment: str
    reason: str
    meeting_id: int | None
    meeting_title: str
    outcome: str = REVIEW
    person_id: int | None = None
    person_name: str = ""
    sequence: int = 0

    @property
    def can_apply(self) -> bool:
        """An answer, a meeting and a person: what 'apply' needs."""
        return self.meeting_id is not None and self.person_id is not None and self.partstat in (
            "accepted", "declined", "tentative")


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _person(s: Session, address: str) -> Person | None:
    if not address:
        return None
    person = s.scalar(select(Person).where(func.lower(Person.email) == address))
    if person is not None:
        return person
    for candidate in s.scalars(select(Person).where(Person.other_emails.is_not(None))):
        if address in {a.strip().lower() for a in candidate.other_emails or []}:
            return candidate
    return None


def _sent_sequence(s: Session, meeting: Meeting) -> int:
    """The highest SEQUENCE of this meeting that anyone can have: the meeting's, or any delivered."""
    delivered = s.scalar(select(func.max(InvitationDelivery.sequence)).where(
        InvitationDelivery.meeting_id == meeting.id)) or 0
    return max(meeting.calendar_sequence, delivered)


def _never_invited(s: Session, meeting: Meeting, person: Person) -> bool:
    """Invitations went out by e-mail, but none to this person: a forwarded invitation."""
    sent = (InvitationDelivery.meeting_id == meeting.id, InvitationDelivery.method == MessageMethod.REQUEST,
            InvitationDelivery.status.in_([DeliveryStatus.SENT, DeliveryStatus.DRAFTED]))
    if not s.scalar(select(func.count()).select_from(InvitationDelivery).where(*sent)):
        return False  # invited by an exported file or by hand: the list is what we know
    return not s.scalar(select(func.count()).select_from(InvitationDelivery).where(
        *sent, InvitationDelivery.person_id == person.id))


def _judge(s: Session, reply: ParsedReply, row: CalendarReply) -> tuple[str, str, Registration | None]:
    """The outcome and its reason; the registration to change when applied. Fills the row's meeting/person."""
    if reply.problem:
        return (REVIEW if reply.method == "TNEF" else NOT_A_REPLY), reply.problem, None
    if reply.method in ("COUNTER", "REFRESH", "DECLINECOUNTER"):
        return REVIEW, translate(
            "Replies", "{method} from an attendee: answer it by hand.").format(method=reply.method), None
    if reply.method not in ("REPLY", ""):
        return NOT_A_REPLY, translate("Replies", "Not a reply (METHOD:{method}).").format(method=reply.method), None
    meeting = s.scalar(select(Meeting).where(Meeting.calendar_uid == reply.uid)) if reply.uid else None
    if meeting is None:
        return REVIEW, translate("Replies", "No meeting has this calendar UID."), None
    row.meeting_id = meeting.id
    if reply.attendee_count != 1:
        return REVIEW, translate("Replies", "A reply must name exactly one attendee; this one names {n}.").format(
            n=reply.attendee_count), None
    if reply.attendee_email and reply.attendee_email == meeting.organiser_email.strip().lower():
        return REVIEW, translate("Replies", "This is the organiser's own answer, not an invitee's."), None
    person = _person(s, reply.attendee_email)
    if person is None:
        return REVIEW, translate("Replies", "The address is not known (an alias or a delegate?)."), None
    row.person_id = person.id
    reg = s.scalar(select(Registration).where(Registration.meeting_id == meeting.id,
                                              Registration.person_id == person.id))
    if reg is None:
        return REVIEW, translate("Replies", "This person is not on the meeting's list."), None
    if reply.broken:
        return REVIEW, reply.broken, None
    if _never_invited(s, meeting, person):
        return REVIEW, translate("Replies", "This person was never sent the invitation (was it forwarded?)."), None
    if reply.partstat == "DELEGATED" or reply.delegated_to:
        return REVIEW, translate("Replies", "The invitation was delegated to someone else."), None
    if reply.partstat not in ("ACCEPTED", "DECLINED", "TENTATIVE"):
        return REVIEW, translate(
            "Replies", "The reply gives no answer ({partstat}).").format(partstat=reply.partstat or "-"), None
    sent = _sent_sequence(s, meeting)
    if reply.sequence > sent:
        # An attendee cannot raise SEQUENCE (RFC 5546); applying it would lock out their genuine answers.
        return REVIEW, translate("Replies", "It answers version {theirs} of the invitation, but the newest sent is "
                                            "{ours}.").format(theirs=reply.sequence, ours=sent), None
    stamp, stored = _utc(reply.stamp), _utc(reg.reply_stamp)
    if reg.reply_sequence is not None:
        if (reply.sequence, stamp) == (reg.reply_sequence, stored) and _PARTSTAT[reply.partstat] == reg.reply_status:
            return DUPLICATE, translate("Replies", "This reply was applied before."), None
        if reply.sequence < reg.reply_sequence:
            return STALE, translate(
                "Replies", "Answers an older version of the invitation than the answer already stored."), None
        if reply.sequence == reg.reply_sequence and stamp and stored and stamp <= stored:
            return STALE, translate("Replies", "A newer answer to the same version is already stored."), None
    if reply.sequence < meeting.calendar_sequence:
        return OLDER, translate("Replies", "Answered an older version of the invitation (version {theirs}; the "
                                           "meeting has changed since, now version {ours}).").format(
            theirs=reply.sequence, ours=meeting.calendar_sequence), None
    if reg.status == RegistrationStatus.CANCELLED and reply.partstat != "DECLINED":
        return REVIEW, translate("Replies", "The person's invitation was withdrawn; the answer needs a decision."), None
    return APPLIED, "", reg


def _apply(s: Session, reg: Registration, partstat: ReplyStatus, comment: str, sequence: int,
           stamp: datetime | None) -> SeatRule:
    """Store the answer and ask the seat rule for the status it means (it decides: wait list, promotion)."""
    wanted = {ReplyStatus.ACCEPTED: RegistrationStatus.REGISTERED,
              ReplyStatus.DECLINED: RegistrationStatus.DECLINED}.get(partstat, reg.status)
    rule = SeatRule.lock(s, reg.meeting_id)
    if rule.allowed(reg.status, wanted):
        rule.change(reg, wanted)
        rule.promote()
    reg.reply_status = partstat
    reg.reply_comment = comment
    reg.reply_sequence = sequence
    reg.reply_stamp = stamp
    return rule


def _earlier(s: Session, identity: str) -> CalendarReply | None:
    if not identity:
        return None
    return s.scalars(select(CalendarReply).where(
        CalendarReply.identity == identity, CalendarReply.outcome.notin_([DUPLICATE, REIMPORTED]))
        .order_by(CalendarReply.id.desc()).limit(1)).first()


def _import_one(s: Session, reply: ParsedReply) -> ReplyOutcome:
    row = CalendarReply(
        received_at=utcnow(), source_name=reply.source_name[:300], method=(reply.method or "REPLY")[:20],
        uid=reply.uid[:300], attendee_email=reply.attendee_email[:254], partstat=_PARTSTAT.get(reply.partstat),
        comment=reply.comment, sequence=reply.sequence, stamp=reply.stamp, raw=reply.raw,
        identity=reply.identity,
    )
    earlier = _earlier(s, reply.identity)
    reg: Registration | None = None
    if earlier is not None and earlier.outcome not in WAITING:
        outcome, reason = DUPLICATE, translate("Replies", "This reply was imported before.")
    else:
        outcome, reason, reg = _judge(s, reply, row)
        if earlier is not None:
            earlier.outcome = REIMPORTED  # judged afresh: the new row takes its place in the list
    rule = _apply(s, reg, _PARTSTAT[reply.partstat], reply.comment, reply.sequence, reply.stamp) \
        if outcome == APPLIED and reg is not None else None
    row.outcome, row.reason = outcome, one_line(reason, 500)
    s.add(row)
    s.flush()
    meeting = s.get(Meeting, row.meeting_id) if row.meeting_id else None
    person = s.get(Person, row.person_id) if row.person_id else None
    return ReplyOutcome(reply.source_name, outcome, one_line(reason), reply.attendee_email,
                        meeting.title if meeting else "", person.name if person else "", reply.partstat,
                        reply.sequence, row.meeting_id, reg.status.value if reg is not None else "",
                        tuple(p.name for p in rule.promoted) if rule else ())


def _import_file(db: Database, name: str, data: bytes) -> list[ReplyOutcome]:
    """One file, one transaction: whatever goes wrong in it is one line naming the file."""
    try:
        with db.session() as s:
            return [_import_one(s, reply) for reply in parse_reply_file(name, data)]
    except DomainError as error:
        return [ReplyOutcome(name, NOT_A_REPLY, one_line(str(error)), "", "", "", "")]
    except Exception as error:  # our bug or the database's; the other files still count
        log.exception("Reply file could not be judged (%s)", type(error).__name__)
        return [ReplyOutcome(name, NOT_A_REPLY, translate(
            "Replies", "Unexpected error ({kind}); nothing from this file was applied.").format(
            kind=type(error).__name__), "", "", "", "")]


def import_replies(db: Database, files: Sequence[tuple[str, bytes]], progress: Progress | None = None
                   ) -> ImportSummary:
    """Judge and apply every file on its own (each in its own transaction)."""
    progress = progress or Progress()
    outcomes: list[ReplyOutcome] = []
    for number, (name, data) in enumerate(files):
        progress.step(number, len(files), name)
        with acting("reply"):
            outcomes.extend(_import_file(db, name, data))
    progress.step(len(files), len(files), "")
    return ImportSummary(tuple(outcomes))


def preview_replies(db: Database, files: Sequence[tuple[str, bytes]]) -> ImportSummary:
    """What `import_replies` would do, changing nothing: each file is judged in a transaction that is rolled back.

    For dry runs (`fetch replies --dry-run`): the same judgement, so the preview cannot drift from the real thing.
    """
    outcomes: list[ReplyOutcome] = []
    for name, data in files:
        with db.read() as s:
            outcomes.extend(_import_one(s, reply) for reply in parse_reply_file(name, data))
    return ImportSummary(tuple(outcomes))


def import_reply_paths(db: Database, paths: Sequence[Path], progress: Progress | None = None) -> ImportSummary:
    files: list[tuple[str, bytes]] = []
    for path in paths:
        try:
            files.append((path.name, path.read_bytes()))
        except OSError as error:
            raise DomainError(translate("Replies", "Cannot read {path}: {error}").format(
                path=path, error=error.strerror or error)) from error
    return import_replies(db, files, progress)


# --- the review list -------------------------------------------------------------------

def review_items(db: Database) -> list[ReviewItem]:
    with db.read() as s:
        rows = s.scalars(select(CalendarReply).where(CalendarReply.outcome.in_(WAITING))
                         .order_by(CalendarReply.received_at, CalendarReply.id)).all()
        titles = {m.id: m.title for m in s.scalars(select(Meeting).where(
            Meeting.id.in_({r.meeting_id for r in rows if r.meeting_id})))}
        names = dict(s.execute(select(Person.id, Person.name).where(
            Person.id.in_({r.person_id for r in rows if r.person_id}))).all())
        return [ReviewItem(r.id, r.received_at, r.source_name, r.method, r.attendee_email,
                           r.partstat.value if r.partstat else "", r.comment, r.reason, r.meeting_id,
                           titles.get(r.meeting_id, "") if r.meeting_id else "", r.outcome, r.person_id,
                           names.get(r.person_id, "") if r.person_id else "", r.sequence) for r in rows]


def _waiting(s: Session, reply_id: int) -> CalendarReply:
    row = s.get(CalendarReply, reply_id)
    if row is None or row.outcome not in WAITING:
        raise NotFound(translate("Replies", "This reply is no longer waiting for review."))
    return row


def _apply_row(s: Session, row: CalendarReply, person: Person) -> ReplyOutcome:
    if row.meeting_id is None:
        raise DomainError(translate("Replies", "The reply's meeting is not known, so it cannot be applied. "
                                               "Dismiss it."))
    if row.partstat not in _ANSWERS:
        raise DomainError(translate("Replies", "The reply gives no answer to apply. Dismiss it."))
    meeting = s.get(Meeting, row.meeting_id)
    assert meeting is not None
    reg = s.scalar(select(Registration).where(Registration.meeting_id == meeting.id,
                                              Registration.person_id == person.id))
    if reg is None:  # someone the invitation was forwarded to: they join the list first
        rule = SeatRule.lock(s, meeting.id)
        reg = Registration(meeting_id=meeting.id, person_id=person.id, status=rule.decide(None,
                           RegistrationStatus.INVITED), days=[], source=RegistrationSource.CALENDAR_REPLY,
                           created_at=rule.now, status_changed_at=rule.now)
        s.add(reg)
        s.flush()
    # A SEQUENCE above ours is never stored: it would make the attendee's genuine answers look stale.
    sequence = min(row.sequence, _sent_sequence(s, meeting))
    rule = _apply(s, reg, row.partstat, row.comment, sequence, row.stamp)
    row.person_id, row.outcome = person.id, RESOLVED
    row.reason = one_line(translate("Replies", "Applied from the review list: {reason}").format(reason=row.reason),
                          500)
    s.flush()
    return ReplyOutcome(row.source_name, APPLIED, "", row.attendee_email, meeting.title, person.name,
                        row.partstat.value.upper(), row.sequence, meeting.id, reg.status.value,
                        tuple(p.name for p in rule.promoted))


def apply_review(db: Database, reply_id: int) -> ReplyOutcome:
    """Apply a waiting reply as it is (an older version, a broken DTSTAMP, a forwarded invitation…)."""
    with db.session() as s:
        row = _waiting(s, reply_id)
        person = s.get(Person, row.person_id) if row.person_id else None
        if person is None:
            raise DomainError(translate("Replies", "The reply's address is not known: assign it to a person."))
        return _apply_row(s, row, person)


def assign_review(db: Database, reply_id: int, person_id: int, remember_address: bool = True) -> ReplyOutcome:
    """The reply is this person's answer (an alias, a private address): apply it to them and, if wanted,
    remember the address as one of theirs so their next replies are matched."""
    with db.session() as s:
        row = _waiting(s, reply_id)
        person = s.get(Person, person_id)
        if person is None:
            raise NotFound(translate("Errors", "There is no person with id {id}.").format(id=person_id))
        address = row.attendee_email.strip().lower()
        if remember_address and address and _person(s, address) is None:
            person.other_emails = sorted({*(person.other_emails or []), address} - {person.email or ""})
        return _apply_row(s, row, person)


def dismiss_review(db: Database, reply_id: int, note: str = "") -> None:
    """The user dealt with it by hand (or it needs nothing): off the list, kept for the record."""
    with db.session() as s:
        row = _waiting(s, reply_id)
        row.outcome = DISMISSED
        row.reason = one_line(note or row.reason, 500)


resolve_review = dismiss_review  # the name the first release used
