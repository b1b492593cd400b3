"""Calendar replies: apply what attendees answered to their registrations.

Matched by UID, then by the attendee's address in any letter case (also the person's
other addresses). Never guessed: an unknown meeting or person, a delegation, a
counter-proposal or a refresh request goes to the review list. A reply to an older
SEQUENCE than the answer already stored, or an older DTSTAMP for the same SEQUENCE,
is stale and changes nothing; the same reply twice changes nothing either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..exports.reply_parser import ParsedReply, parse_reply_file
from ..i18n import translate
from ..model import CalendarReply, Meeting, Person, Registration, RegistrationStatus, ReplyStatus, utcnow
from ..storage import Database
from .errors import DomainError, NotFound
from .progress import Progress
from .registrations import SeatRule

APPLIED, STALE, DUPLICATE, REVIEW, RESOLVED = "applied", "stale", "duplicate", "review", "resolved"
_PARTSTAT = {"ACCEPTED": ReplyStatus.ACCEPTED, "DECLINED": ReplyStatus.DECLINED,
             "TENTATIVE": ReplyStatus.TENTATIVE, "DELEGATED": ReplyStatus.DELEGATED}


@dataclass(frozen=True)
class ReplyOutcome:
    source_name: str
    outcome: str
    reason: str
    attendee_email: str
    meeting_title: str
    person_name: str
    partstat: str


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


def _utc(moment: datetime | None) -> datetime | None:
    return moment.astimezone(UTC) if moment is not None else None


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


def _decide(s: Session, reply: ParsedReply, row: CalendarReply) -> tuple[str, str, Registration | None]:
    """The outcome and its reason; the registration to change when applied."""
    if reply.problem:
        return REVIEW, reply.problem, None
    if reply.method in ("COUNTER", "REFRESH", "DECLINECOUNTER"):
        return REVIEW, translate(
            "Replies", "{method} from an attendee: answer it by hand.").format(method=reply.method), None
    if reply.method not in ("REPLY", ""):
        return REVIEW, translate("Replies", "Not a reply (METHOD:{method}).").format(method=reply.method), None
    meeting = s.scalar(select(Meeting).where(Meeting.calendar_uid == reply.uid)) if reply.uid else None
    if meeting is None:
        return REVIEW, translate("Replies", "No meeting has this calendar UID."), None
    row.meeting_id = meeting.id
    if reply.attendee_count != 1:
        return REVIEW, translate("Replies", "A reply must name exactly one attendee; this one names {n}.").format(
            n=reply.attendee_count), None
    person = _person(s, reply.attendee_email)
    if person is None:
        return REVIEW, translate("Replies", "The address is not known (an alias or a delegate?)."), None
    row.person_id = person.id
    reg = s.scalar(select(Registration).where(Registration.meeting_id == meeting.id,
                                              Registration.person_id == person.id))
    if reg is None:
        return REVIEW, translate("Replies", "This person is not on the meeting's list."), None
    if reply.partstat == "DELEGATED" or reply.delegated_to:
        return REVIEW, translate("Replies", "The invitation was delegated to someone else."), None
    if reply.partstat not in ("ACCEPTED", "DECLINED", "TENTATIVE"):
        return REVIEW, translate(
            "Replies", "The reply gives no answer ({partstat}).").format(partstat=reply.partstat or "-"), None
    stamp, stored = _utc(reply.stamp), _utc(reg.reply_stamp)
    if reg.reply_sequence is not None:
        if (reply.sequence, stamp) == (reg.reply_sequence, stored) and _PARTSTAT[reply.partstat] == reg.reply_status:
            return DUPLICATE, translate("Replies", "This reply was applied before."), None
        if reply.sequence < reg.reply_sequence:
            return STALE, translate(
                "Replies", "Answers an older version of the invitation than the answer already stored."), None
        if reply.sequence == reg.reply_sequence and stamp and stored and stamp <= stored:
            return STALE, translate("Replies", "A newer answer to the same version is already stored."), None
    if reg.status == RegistrationStatus.CANCELLED and reply.partstat != "DECLINED":
        return REVIEW, translate("Replies", "The person's invitation was withdrawn; the answer needs a decision."), None
    return APPLIED, "", reg


def _apply(s: Session, reg: Registration, reply: ParsedReply) -> None:
    status = _PARTSTAT[reply.partstat]
    wanted = {ReplyStatus.ACCEPTED: RegistrationStatus.REGISTERED,
              ReplyStatus.DECLINED: RegistrationStatus.DECLINED}.get(status, reg.status)
    rule = SeatRule.lock(s, reg.meeting_id)
    if rule.allowed(reg.status, wanted):
        rule.change(reg, wanted)  # a full meeting: the wait list; a decline frees a seat for the next in line
        rule.promote()
    reg.reply_status = status
    reg.reply_comment = reply.comment
    reg.reply_sequence = reply.sequence
    reg.reply_stamp = reply.stamp


def _seen_before(s: Session, reply: ParsedReply) -> bool:
    if reply.problem or not reply.uid:
        return False
    stamp = CalendarReply.stamp.is_(None) if reply.stamp is None else CalendarReply.stamp == reply.stamp
    return (s.scalar(select(func.count()).select_from(CalendarReply).where(
        CalendarReply.uid == reply.uid, CalendarReply.attendee_email == reply.attendee_email,
        CalendarReply.sequence == reply.sequence, CalendarReply.partstat == _PARTSTAT.get(reply.partstat),
        CalendarReply.method == (reply.method or "REPLY"), stamp,
        CalendarReply.outcome != DUPLICATE)) or 0) > 0


def _import_one(s: Session, reply: ParsedReply) -> ReplyOutcome:
    row = CalendarReply(
        received_at=utcnow(), source_name=reply.source_name[:300], method=(reply.method or "REPLY")[:20],
        uid=reply.uid[:300], attendee_email=reply.attendee_email[:254], partstat=_PARTSTAT.get(reply.partstat),
        comment=reply.comment, sequence=reply.sequence, stamp=reply.stamp, raw=reply.raw,
    )
    if _seen_before(s, reply):
        outcome, reason, reg = DUPLICATE, translate("Replies", "This reply was imported before."), None
    else:
        outcome, reason, reg = _decide(s, reply, row)
    if outcome == APPLIED and reg is not None:
        _apply(s, reg, reply)
    row.outcome, row.reason = outcome, reason[:500]
    s.add(row)
    s.flush()
    meeting = s.get(Meeting, row.meeting_id) if row.meeting_id else None
    person = s.get(Person, row.person_id) if row.person_id else None
    return ReplyOutcome(reply.source_name, outcome, reason, reply.attendee_email,
                        meeting.title if meeting else "", person.name if person else "", reply.partstat)


def import_replies(db: Database, files: Sequence[tuple[str, bytes]], progress: Progress | None = None
                   ) -> ImportSummary:
    """Read every file and apply its replies, all in one transaction (all or nothing)."""
    progress = progress or Progress()
    outcomes: list[ReplyOutcome] = []
    with db.session() as s:
        for number, (name, data) in enumerate(files):
            progress.step(number, len(files), name)
            for reply in parse_reply_file(name, data):
                outcomes.append(_import_one(s, reply))
                s.flush()
        progress.step(len(files), len(files), "")
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


def review_items(db: Database) -> list[ReviewItem]:
    with db.session() as s:
        rows = s.scalars(select(CalendarReply).where(CalendarReply.outcome == REVIEW)
                         .order_by(CalendarReply.received_at, CalendarReply.id)).all()
        titles = {m.id: m.title for m in s.scalars(select(Meeting).where(
            Meeting.id.in_({r.meeting_id for r in rows if r.meeting_id})))}
        return [ReviewItem(r.id, r.received_at, r.source_name, r.method, r.attendee_email,
                           r.partstat.value if r.partstat else "", r.comment, r.reason, r.meeting_id,
                           titles.get(r.meeting_id, "") if r.meeting_id else "") for r in rows]


def resolve_review(db: Database, reply_id: int, note: str = "") -> None:
    """The user dealt with it by hand: take it off the list, keep it for the record."""
    with db.session() as s:
        row = s.get(CalendarReply, reply_id)
        if row is None or row.outcome != REVIEW:
            raise NotFound(translate("Replies", "This reply is no longer waiting for review."))
        row.outcome = RESOLVED
        row.reason = (note or row.reason)[:500]
