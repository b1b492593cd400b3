"""Mails after the invitation: a reminder to invitees who have not answered, practical information to the registered.

Each goes to one person in their own language (Person.language), from the meeting's
organiser, with the texts the secretariat edited for the meeting (or the built-in ones):
placeholders such as {name}, {meeting}, {date}, {venue}, {link}, {deadline} are filled per
person. Sending reuses the invitations' transports, outcome types and letter layout; every
attempt is logged in `FollowUpDelivery`, so nobody gets the same follow-up twice and failed
ones can be sent again.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date, datetime
from email.message import Message
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ..exports.mail import build_text_message, format_date, format_when
from ..i18n import translate
from ..model import (
    DeliveryStatus,
    FollowUpDelivery,
    InvitationDelivery,
    MailTemplate,
    Meeting,
    MessageMethod,
    Registration,
    RegistrationStatus,
    ReplyStatus,
    utcnow,
)
from ..storage import Database
from . import invite_content, outbox
from .errors import DomainError, NotFound
from .invites import DONE, Outcome, SendResult, Transport
from .progress import Progress
from .registrations import lock_meeting

REMINDER, PRACTICAL = "reminder", "practical"
KINDS = (REMINDER, PRACTICAL)
LANGUAGES = ("da", "en")
PLACEHOLDERS = ("name", "meeting", "date", "venue", "link", "deadline", "organiser")
_WRITE_HERE = "»"  # the built-in practical text marks where the secretariat must write

# The recipient's language, not the user's: these texts are the defaults of editable templates, kept here in
# both languages like the invitation letters (exports/mail.py).
DEFAULTS: dict[tuple[str, str], tuple[str, str]] = {
    (REMINDER, "en"): ("Reminder: {meeting}", (
        "Dear {name},\n\n"
        "You are invited to {meeting}, {date}.\n"
        "Venue: {venue}\n"
        "Online: {link}\n\n"
        "We have not had your answer yet. Please answer by {deadline} with the Accept or Decline buttons of the "
        "invitation in your calendar, or reply to this e-mail.\n\n"
        "Kind regards\n{organiser}")),
    (REMINDER, "da"): ("Påmindelse: {meeting}", (
        "Kære {name}\n\n"
        "Du er inviteret til {meeting}, {date}.\n"
        "Sted: {venue}\n"
        "Online: {link}\n\n"
        "Vi har endnu ikke fået dit svar. Svar venligst senest {deadline} med knapperne Accepter eller Afvis i "
        "invitationen i din kalender, eller svar på denne e-mail.\n\n"
        "Med venlig hilsen\n{organiser}")),
    (PRACTICAL, "en"): ("Practical information: {meeting}", (
        "Dear {name},\n\n"
        "Thank you for registering for {meeting}, {date}.\n"
        "Venue: {venue}\n"
        "Online: {link}\n\n"
        f"{_WRITE_HERE} Write the practical information here: arrival, parking, meals, what to bring.\n\n"
        "Kind regards\n{organiser}")),
    (PRACTICAL, "da"): ("Praktisk information: {meeting}", (
        "Kære {name}\n\n"
        "Tak for din tilmelding til {meeting}, {date}.\n"
        "Sted: {venue}\n"
        "Online: {link}\n\n"
        f"{_WRITE_HERE} Skriv den praktiske information her: ankomst, parkering, forplejning, hvad man skal have "
        "med.\n\n"
        "Med venlig hilsen\n{organiser}")),
}
_SOON = {"en": "as soon as you can", "da": "hurtigst muligt"}


@dataclass(frozen=True)
class Template:
    kind: str
    language: str
    subject: str
    body: str
    edited: bool  # False: the built-in text


@dataclass(frozen=True)
class FollowUpRecipient:
    person_id: int
    name: str
    email: str
    language: str
    will_send: bool
    reason: str  # why not, when not
    last_status: str  # '' (never), sent, failed, drafted
    last_error: str
    last_at: datetime | None


@dataclass(frozen=True)
class FollowUpPlan:
    meeting_id: int
    kind: str
    title: str
    recipients: tuple[FollowUpRecipient, ...]

    @property
    def to_send(self) -> tuple[FollowUpRecipient, ...]:
        return tuple(r for r in self.recipients if r.will_send)


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise DomainError(translate("FollowUps", "Unknown kind of mail: {kind}.").format(kind=kind))


def placeholders_in(text: str) -> list[str]:
    """The placeholder names used in `text`; raises `DomainError` for a broken or unknown one."""
    names: list[str] = []
    try:
        for _literal, field, spec, conversion in string.Formatter().parse(text):
            if field is None:
                continue
            if field not in PLACEHOLDERS or spec or conversion:
                raise DomainError(translate(
                    "FollowUps", "Unknown placeholder {{{field}}}: use {known}.").format(
                    field=field, known=", ".join("{" + p + "}" for p in PLACEHOLDERS)))
            names.append(field)
    except ValueError as error:
        raise DomainError(translate(
            "FollowUps", "A brace is not closed in the text ({error}); write {{{{ and }}}} for a brace itself.").format(
            error=error)) from error
    return names


def fill(text: str, values: dict[str, str]) -> str:
    """Fill the placeholders; a line whose placeholders are all empty (no venue, no link) is left out."""
    lines = []
    for line in text.split("\n"):
        used = placeholders_in(line)
        if used and not any(values.get(name, "") for name in used):
            continue
        lines.append(line.format_map(values))
    return "\n".join(lines)


def _stored(s: Session, meeting_id: int, kind: str, language: str) -> MailTemplate | None:
    return s.scalar(select(MailTemplate).where(MailTemplate.meeting_id == meeting_id, MailTemplate.kind == kind,
                                               MailTemplate.language == language))


def template(db: Database, meeting_id: int, kind: str, language: str) -> Template:
    _check_kind(kind)
    with db.read() as s:
        row = _stored(s, meeting_id, kind, language)
        if row is not None:
            return Template(kind, language, row.subject, row.body, True)
    subject, body = DEFAULTS[(kind, language if language in LANGUAGES else "en")]
    return Template(kind, language, subject, body, False)


def save_template(db: Database, meeting_id: int, kind: str, language: str, subject: str, body: str) -> None:
    """Keep the secretariat's text for this meeting; the placeholders are checked first."""
    _check_kind(kind)
    if language not in LANGUAGES:
        raise DomainError(translate("FollowUps", "Unknown language: {language}.").format(language=language))
    if not subject.strip() or not body.strip():
        raise DomainError(translate("FollowUps", "Write a subject and a text."))
    placeholders_in(subject)
    placeholders_in(body)
    with db.session() as s:
        if s.get(Meeting, meeting_id) is None:
            raise NotFound(translate("Errors", "There is no meeting with id {id}.").format(id=meeting_id))
        row = _stored(s, meeting_id, kind, language)
        if row is None:
            row = MailTemplate(meeting_id=meeting_id, kind=kind, language=language)
            s.add(row)
        row.subject, row.body, row.updated_at = subject.strip(), body.rstrip() + "\n", utcnow()


def _answered(reg: Registration) -> bool:
    return reg.reply_status not in (None, ReplyStatus.NEEDS_ACTION)


def _plan(s: Session, meeting: Meeting, kind: str) -> list[tuple[FollowUpRecipient, Registration]]:
    registrations = s.scalars(select(Registration).where(Registration.meeting_id == meeting.id)
                              .options(joinedload(Registration.person)).order_by(Registration.id)).all()
    history: dict[int, list[FollowUpDelivery]] = {}
    for row in s.scalars(select(FollowUpDelivery).where(FollowUpDelivery.meeting_id == meeting.id,
                                                        FollowUpDelivery.kind == kind).order_by(FollowUpDelivery.id)):
        history.setdefault(row.person_id, []).append(row)
    invited = set(s.scalars(select(InvitationDelivery.person_id).where(
        InvitationDelivery.meeting_id == meeting.id, InvitationDelivery.method == MessageMethod.REQUEST,
        InvitationDelivery.status.in_(DONE))))
    organiser = meeting.organiser_email.strip().lower()
    planned = []
    for reg in registrations:
        if reg.person is None:  # anonymised by retention: nobody left to write to
            continue
        person, rows = reg.person, history.get(reg.person.id, [])
        email = (person.email or "").strip()
        reason = ""
        if not email:
            reason = translate("FollowUps", "no e-mail address")
        elif email.lower() == organiser:
            reason = translate("FollowUps", "the organiser")
        elif any(r.status in DONE for r in rows):
            reason = translate("FollowUps", "already sent")
        elif outbox.in_flight(rows):
            reason = outbox.in_flight_reason()
        elif (kind == REMINDER and reg.status != RegistrationStatus.INVITED) or (kind == REMINDER and _answered(reg)):
            reason = translate("FollowUps", "has answered")
        elif kind == REMINDER and reg.person_id not in invited:
            reason = translate("FollowUps", "never sent the invitation")
        elif kind == PRACTICAL and reg.status != RegistrationStatus.REGISTERED:
            reason = translate("FollowUps", "not registered")
        last = rows[-1] if rows else None
        planned.append((FollowUpRecipient(
            person_id=person.id, name=person.name, email=email, language=person.language.value,
            will_send=not reason, reason=reason, last_status=last.status.value if last else "",
            last_error=last.error if last and last.status == DeliveryStatus.FAILED else "",
            last_at=last.at if last else None), reg))
    return planned


def _meeting(s: Session, meeting_id: int) -> Meeting:
    meeting = s.get(Meeting, meeting_id, options=[joinedload(Meeting.venue)])
    if meeting is None:
        raise NotFound(translate("Errors", "There is no meeting with id {id}.").format(id=meeting_id))
    return meeting


def plan_follow_up(db: Database, meeting_id: int, kind: str) -> FollowUpPlan:
    """Who would get the mail if the user pressed Send now (also the CLI's --dry-run)."""
    _check_kind(kind)
    with db.read() as s:
        meeting = _meeting(s, meeting_id)
        return FollowUpPlan(meeting.id, kind, meeting.title, tuple(r for r, _ in _plan(s, meeting, kind)))


def _values(meeting: Meeting, name: str, language: str, answer_by: date | None) -> dict[str, str]:
    zone = ZoneInfo(meeting.time_zone)
    deadline = answer_by or (meeting.registration_deadline.astimezone(zone).date()
                             if meeting.registration_deadline else None)
    return {
        "name": name, "meeting": meeting.title, "organiser": meeting.organiser_name,
        "date": format_when(meeting.start, meeting.end, zone, meeting.all_day, language),
        "venue": invite_content.location(meeting), "link": meeting.online_link,
        "deadline": format_date(deadline, language) if deadline else _SOON.get(language, _SOON["en"]),
    }


@dataclass(frozen=True)
class _Outgoing:
    recipient: FollowUpRecipient
    sender: str
    message: Message
    claim: int = 0  # the SENDING row that reserves this message (services/outbox.py)


def _texts(s: Session, meeting: Meeting, kind: str, languages: set[str]) -> dict[str, tuple[str, str]]:
    texts: dict[str, tuple[str, str]] = {}
    for language in sorted(languages):
        row = _stored(s, meeting.id, kind, language)
        subject, body = (row.subject, row.body) if row else DEFAULTS[(kind, language if language in LANGUAGES
                                                                      else "en")]
        if kind == PRACTICAL and _WRITE_HERE in body:
            names = {"da": translate("FollowUps", "the Danish text"), "en": translate("FollowUps", "the English text")}
            raise DomainError(translate(
                "FollowUps", "Write the practical information first ({text} still has the paragraph marked »).").format(
                text=names.get(language, language)))
        texts[language] = (subject, body)
    return texts


def render_text(db: Database, meeting_id: int, language: str, name: str, subject: str, body: str,
                answer_by: date | None = None) -> tuple[str, str]:
    """Subject and text as `name` would read them (the window's preview of a text not saved yet)."""
    with db.read() as s:
        values = _values(_meeting(s, meeting_id), name, language, answer_by)
    return " ".join(fill(subject, values).split()), fill(body, values)


def _prepare(db: Database, meeting_id: int, kind: str, person_ids: set[int] | None,
             answer_by: date | None) -> list[_Outgoing]:
    """Every message built before the first is sent (a broken template stops them all), then each one claimed
    and committed before any leaves (services/outbox.py; two PCs sending at once never send one twice)."""
    with db.session() as s:
        lock_meeting(s, meeting_id)
        meeting = _meeting(s, meeting_id)
        if not meeting.organiser_email.strip():
            raise DomainError(translate(
                "Invites", "The meeting has no organiser e-mail address; replies would have nowhere to go."))
        chosen = [r for r, _ in _plan(s, meeting, kind)
                  if r.will_send and (person_ids is None or r.person_id in person_ids)]
        texts = _texts(s, meeting, kind, {r.language for r in chosen})
        outgoing = []
        stamp = utcnow()
        for recipient in chosen:
            subject, body = texts[recipient.language]
            values = _values(meeting, recipient.name, recipient.language, answer_by)
            message = build_text_message(meeting.organiser_name, meeting.organiser_email, recipient.name,
                                         recipient.email, " ".join(fill(subject, values).split()), fill(body, values))
            claim = FollowUpDelivery(meeting_id=meeting_id, person_id=recipient.person_id, kind=kind,
                                     status=DeliveryStatus.SENDING, error="",
                                     message_id=str(message["Message-ID"] or "")[:300], at=stamp)
            s.add(claim)
            s.flush()
            outgoing.append(_Outgoing(recipient, meeting.organiser_email, message, claim.id))
        return outgoing


def send_follow_up(db: Database, meeting_id: int, kind: str, transport: Transport, progress: Progress | None = None,
                   person_ids: set[int] | None = None, answer_by: date | None = None) -> SendResult:
    """Send the follow-up to everyone the plan names (or only `person_ids`); each logged as it happens."""
    _check_kind(kind)
    outgoing = _prepare(db, meeting_id, kind, person_ids, answer_by)
    outcomes = outbox.deliver(
        db, FollowUpDelivery, outgoing, lambda item: transport.send(item.message, item.sender, item.recipient.email),
        transport.status, lambda item, ok, error: Outcome(item.recipient.person_id, item.recipient.name, kind, ok,
                                                          error),
        progress or Progress())
    return SendResult(0, tuple(outcomes))
